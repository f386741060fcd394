// What running a command needs, in one lazily loaded module: the store, the settle step, the renderer and every
// command's run function. The bundle then loads this as a handful of files instead of one chunk per command and
// per shared module (module loading, not code size, dominated start-up). Heavy libraries (zod, libphonenumber-js,
// inquirer, nodemailer, commander, csv-parse) stay behind their own lazy imports inside.
import type { CommandModule } from './cmdlets/types.js';
import * as acquire from './cmdlets/acquire/run.js';
import * as addAddress from './cmdlets/add-address/run.js';
import * as addLocation from './cmdlets/add-location/run.js';
import * as addUser from './cmdlets/add-user/run.js';
import * as buyLicense from './cmdlets/buy-license/run.js';
import * as cancelPortOrder from './cmdlets/cancel-port-order/run.js';
import * as clearReservation from './cmdlets/clear-reservation/run.js';
import * as getAddress from './cmdlets/get-address/run.js';
import * as getAuditLog from './cmdlets/get-audit-log/run.js';
import * as getInventory from './cmdlets/get-inventory/run.js';
import * as getLicense from './cmdlets/get-license/run.js';
import * as getLocation from './cmdlets/get-location/run.js';
import * as getNotification from './cmdlets/get-notification/run.js';
import * as getNumber from './cmdlets/get-number/run.js';
import * as getPortOrder from './cmdlets/get-port-order/run.js';
import * as getReservation from './cmdlets/get-reservation/run.js';
import * as getUser from './cmdlets/get-user/run.js';
import * as getVoiceUser from './cmdlets/get-voice-user/run.js';
import * as importUsers from './cmdlets/import-users/run.js';
import * as init from './cmdlets/init/run.js';
import * as newPortOrder from './cmdlets/new-port-order/run.js';
import * as notifyUsers from './cmdlets/notify-users/run.js';
import * as releaseNumber from './cmdlets/release-number/run.js';
import * as removeAddress from './cmdlets/remove-address/run.js';
import * as removeLicense from './cmdlets/remove-license/run.js';
import * as removeLocation from './cmdlets/remove-location/run.js';
import * as reserve from './cmdlets/reserve/run.js';
import * as setAddress from './cmdlets/set-address/run.js';
import * as setLocation from './cmdlets/set-location/run.js';
import * as setPortOrder from './cmdlets/set-port-order/run.js';
import * as setUser from './cmdlets/set-user/run.js';
import * as setUserLicense from './cmdlets/set-user-license/run.js';
import * as setVoiceUser from './cmdlets/set-voice-user/run.js';
import * as status from './cmdlets/status/run.js';
import * as testAddress from './cmdlets/test-address/run.js';
import * as wizard from './cmdlets/wizard/run.js';

export { openStore } from './store/open.js';
export { settle } from './services/settle.js';
export { isSeeded, resolveTenant } from './store/tenants.js';
export { pickColumns, render, renderPages } from './output/render.js';

/** Every command's implementation by command name. */
export const RUNS: Readonly<Record<string, CommandModule>> = {
  'acquire': acquire,
  'add-address': addAddress,
  'add-location': addLocation,
  'add-user': addUser,
  'buy-license': buyLicense,
  'cancel-port-order': cancelPortOrder,
  'clear-reservation': clearReservation,
  'get-address': getAddress,
  'get-audit-log': getAuditLog,
  'get-inventory': getInventory,
  'get-license': getLicense,
  'get-location': getLocation,
  'get-notification': getNotification,
  'get-number': getNumber,
  'get-port-order': getPortOrder,
  'get-reservation': getReservation,
  'get-user': getUser,
  'get-voice-user': getVoiceUser,
  'import-users': importUsers,
  'init': init,
  'new-port-order': newPortOrder,
  'notify-users': notifyUsers,
  'release-number': releaseNumber,
  'remove-address': removeAddress,
  'remove-license': removeLicense,
  'remove-location': removeLocation,
  'reserve': reserve,
  'set-address': setAddress,
  'set-location': setLocation,
  'set-port-order': setPortOrder,
  'set-user': setUser,
  'set-user-license': setUserLicense,
  'set-voice-user': setVoiceUser,
  'status': status,
  'test-address': testAddress,
  'wizard': wizard,
};
