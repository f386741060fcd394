// The registry: every command's parameter table, in the order --help lists them.
import { acquireCommand } from './number/acquire/command.js';
import { clearReservationCommand } from './number/clear-reservation/command.js';
import { getAuditLogCommand } from './audit-log/get/command.js';
import { getInventoryCommand } from './number/get-inventory/command.js';
import { getNumberCommand } from './number/get/command.js';
import { getReservationCommand } from './number/get-reservation/command.js';
import { initCommand } from './setup/init/command.js';
import { releaseNumberCommand } from './number/release/command.js';
import { newPortOrderCommand } from './port-order/new/command.js';
import { getPortOrderCommand } from './port-order/get/command.js';
import { setPortOrderCommand } from './port-order/set/command.js';
import { cancelPortOrderCommand } from './port-order/cancel/command.js';
import { reserveCommand } from './number/reserve/command.js';
import { statusCommand } from './setup/status/command.js';
import { wizardCommand } from './setup/wizard/command.js';
import { addUserCommand } from './user/add/command.js';
import { buyLicenseCommand } from './license/buy/command.js';
import { getLicenseCommand } from './license/get/command.js';
import { getUserCommand } from './user/get/command.js';
import { importUsersCommand } from './user/import/command.js';
import { removeLicenseCommand } from './license/remove/command.js';
import { setUserLicenseCommand } from './user/set-license/command.js';
import { setUserCommand } from './user/set/command.js';
import { setVoiceUserCommand } from './voice-user/set/command.js';
import { getVoiceUserCommand } from './voice-user/get/command.js';
import { addAddressCommand } from './address/add/command.js';
import { testAddressCommand } from './address/test/command.js';
import { getAddressCommand } from './address/get/command.js';
import { setAddressCommand } from './address/set/command.js';
import { removeAddressCommand } from './address/remove/command.js';
import { addLocationCommand } from './location/add/command.js';
import { getLocationCommand } from './location/get/command.js';
import { setLocationCommand } from './location/set/command.js';
import { removeLocationCommand } from './location/remove/command.js';
import { notifyUsersCommand } from './notification/notify-users/command.js';
import { getNotificationCommand } from './notification/get/command.js';
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
