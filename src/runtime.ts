// What running a command needs, in one lazily loaded module: the store, the settle step, the renderer and every
// command's run function. The bundle then loads this as a handful of files instead of one chunk per command and
// per shared module (module loading, not code size, dominated start-up). Heavy libraries (zod, libphonenumber-js,
// inquirer, nodemailer, commander, csv-parse) stay behind their own lazy imports inside.
export * as acquire from './cmdlets/number/acquire/run.js';
export * as addAddress from './cmdlets/address/add/run.js';
export * as addLocation from './cmdlets/location/add/run.js';
export * as addUser from './cmdlets/user/add/run.js';
export * as buyLicense from './cmdlets/license/buy/run.js';
export * as cancelPortOrder from './cmdlets/port-order/cancel/run.js';
export * as clearReservation from './cmdlets/number/clear-reservation/run.js';
export * as getAddress from './cmdlets/address/get/run.js';
export * as getAuditLog from './cmdlets/audit-log/get/run.js';
export * as getInventory from './cmdlets/number/get-inventory/run.js';
export * as getLicense from './cmdlets/license/get/run.js';
export * as getLocation from './cmdlets/location/get/run.js';
export * as getNotification from './cmdlets/notification/get/run.js';
export * as getNumber from './cmdlets/number/get/run.js';
export * as getPortOrder from './cmdlets/port-order/get/run.js';
export * as getReservation from './cmdlets/number/get-reservation/run.js';
export * as getUser from './cmdlets/user/get/run.js';
export * as getVoiceUser from './cmdlets/voice-user/get/run.js';
export * as importUsers from './cmdlets/user/import/run.js';
export * as init from './cmdlets/setup/init/run.js';
export * as newPortOrder from './cmdlets/port-order/new/run.js';
export * as notifyUsers from './cmdlets/notification/notify-users/run.js';
export * as releaseNumber from './cmdlets/number/release/run.js';
export * as removeAddress from './cmdlets/address/remove/run.js';
export * as removeLicense from './cmdlets/license/remove/run.js';
export * as removeLocation from './cmdlets/location/remove/run.js';
export * as reserve from './cmdlets/number/reserve/run.js';
export * as setAddress from './cmdlets/address/set/run.js';
export * as setLocation from './cmdlets/location/set/run.js';
export * as setPortOrder from './cmdlets/port-order/set/run.js';
export * as setUser from './cmdlets/user/set/run.js';
export * as setUserLicense from './cmdlets/user/set-license/run.js';
export * as setVoiceUser from './cmdlets/voice-user/set/run.js';
export * as status from './cmdlets/setup/status/run.js';
export * as testAddress from './cmdlets/address/test/run.js';
export * as wizard from './cmdlets/setup/wizard/run.js';

export { openStore } from './store/open.js';
export { settle } from './services/settle.js';
export { isSeeded, resolveTenant } from './store/tenants.js';
export { pickColumns, render, renderPages } from './output/render.js';
