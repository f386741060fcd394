// The registry: every command's parameter table, in the order --help lists them.
import { acquireCommand } from './acquire/parameters.js';
import { clearReservationCommand } from './clear-reservation/parameters.js';
import { getAuditLogCommand } from './get-audit-log/parameters.js';
import { getInventoryCommand } from './get-inventory/parameters.js';
import { getNumberCommand } from './get-number/parameters.js';
import { getReservationCommand } from './get-reservation/parameters.js';
import { initCommand } from './init/parameters.js';
import { releaseNumberCommand } from './release-number/parameters.js';
import { newPortOrderCommand } from './new-port-order/parameters.js';
import { getPortOrderCommand } from './get-port-order/parameters.js';
import { setPortOrderCommand } from './set-port-order/parameters.js';
import { cancelPortOrderCommand } from './cancel-port-order/parameters.js';
import { reserveCommand } from './reserve/parameters.js';
import { statusCommand } from './status/parameters.js';
import { wizardCommand } from './wizard/parameters.js';
import { addUserCommand } from './add-user/parameters.js';
import { buyLicenseCommand } from './buy-license/parameters.js';
import { getLicenseCommand } from './get-license/parameters.js';
import { getUserCommand } from './get-user/parameters.js';
import { importUsersCommand } from './import-users/parameters.js';
import { removeLicenseCommand } from './remove-license/parameters.js';
import { setUserLicenseCommand } from './set-user-license/parameters.js';
import { setUserCommand } from './set-user/parameters.js';
import { setVoiceUserCommand } from './set-voice-user/parameters.js';
import { getVoiceUserCommand } from './get-voice-user/parameters.js';
import { addAddressCommand } from './add-address/parameters.js';
import { testAddressCommand } from './test-address/parameters.js';
import { getAddressCommand } from './get-address/parameters.js';
import { setAddressCommand } from './set-address/parameters.js';
import { removeAddressCommand } from './remove-address/parameters.js';
import { addLocationCommand } from './add-location/parameters.js';
import { getLocationCommand } from './get-location/parameters.js';
import { setLocationCommand } from './set-location/parameters.js';
import { removeLocationCommand } from './remove-location/parameters.js';
import { notifyUsersCommand } from './notify-users/parameters.js';
import { getNotificationCommand } from './get-notification/parameters.js';
import type { CmdletDef } from './types.js';

export const REGISTRY: readonly CmdletDef[] = [
  initCommand,
  statusCommand,
  wizardCommand,
  // Licences and users
  buyLicenseCommand,
  removeLicenseCommand,
  getLicenseCommand,
  addUserCommand,
  importUsersCommand,
  getUserCommand,
  setUserCommand,
  setUserLicenseCommand,
  // Numbers
  getInventoryCommand,
  reserveCommand,
  getReservationCommand,
  acquireCommand,
  clearReservationCommand,
  getNumberCommand,
  releaseNumberCommand,
  // Transfer (port-in) orders
  newPortOrderCommand,
  getPortOrderCommand,
  setPortOrderCommand,
  cancelPortOrderCommand,
  // Emergency addresses and locations
  addAddressCommand,
  testAddressCommand,
  getAddressCommand,
  setAddressCommand,
  removeAddressCommand,
  addLocationCommand,
  getLocationCommand,
  setLocationCommand,
  removeLocationCommand,
  // Voice users
  setVoiceUserCommand,
  getVoiceUserCommand,
  // Telling users their number
  notifyUsersCommand,
  getNotificationCommand,
  getAuditLogCommand,
];
