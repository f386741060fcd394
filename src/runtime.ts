// What running a command needs, in one lazily loaded module: the store, the settle step, the renderer and every
// command's run function. The bundle then loads this as a handful of files instead of one chunk per command and
// per shared module (module loading, not code size, dominated start-up). Heavy libraries (zod, libphonenumber-js,
// inquirer, nodemailer, commander, csv-parse) stay behind their own lazy imports inside.
export * as acquire from './cmdlets/acquire/run.js';
export * as addAddress from './cmdlets/add-address/run.js';
export * as addLocation from './cmdlets/add-location/run.js';
export * as addUser from './cmdlets/add-user/run.js';
export * as buyLicense from './cmdlets/buy-license/run.js';
export * as cancelPortOrder from './cmdlets/cancel-port-order/run.js';
export * as clearReservation from './cmdlets/clear-reservation/run.js';
export * as getAddress from './cmdlets/get-address/run.js';
export * as getAuditLog from './cmdlets/get-audit-log/run.js';
export * as getInventory from './cmdlets/get-inventory/run.js';
export * as getLicense from './cmdlets/get-license/run.js';
export * as getLocation from './cmdlets/get-location/run.js';
export * as getNotification from './cmdlets/get-notification/run.js';
export * as getNumber from './cmdlets/get-number/run.js';
export * as getPortOrder from './cmdlets/get-port-order/run.js';
export * as getReservation from './cmdlets/get-reservation/run.js';
export * as getUser from './cmdlets/get-user/run.js';
export * as getVoiceUser from './cmdlets/get-voice-user/run.js';
export * as importUsers from './cmdlets/import-users/run.js';
export * as init from './cmdlets/init/run.js';
export * as newPortOrder from './cmdlets/new-port-order/run.js';
export * as notifyUsers from './cmdlets/notify-users/run.js';
export * as releaseNumber from './cmdlets/release-number/run.js';
export * as removeAddress from './cmdlets/remove-address/run.js';
export * as removeLicense from './cmdlets/remove-license/run.js';
export * as removeLocation from './cmdlets/remove-location/run.js';
export * as reserve from './cmdlets/reserve/run.js';
export * as setAddress from './cmdlets/set-address/run.js';
export * as setLocation from './cmdlets/set-location/run.js';
export * as setPortOrder from './cmdlets/set-port-order/run.js';
export * as setUser from './cmdlets/set-user/run.js';
export * as setUserLicense from './cmdlets/set-user-license/run.js';
export * as setVoiceUser from './cmdlets/set-voice-user/run.js';
export * as status from './cmdlets/status/run.js';
export * as testAddress from './cmdlets/test-address/run.js';
export * as wizard from './cmdlets/wizard/run.js';

export { openStore } from './store/open.js';
export { settle } from './services/settle.js';
export { isSeeded, resolveTenant } from './store/tenants.js';
export { pickColumns, render, renderPages } from './output/render.js';
