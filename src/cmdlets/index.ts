// The registry: every command's parameter table, in the order --help lists them.
import { acquireCommand } from './acquire/parameters.js';
import { clearReservationCommand } from './clear-reservation/parameters.js';
import { getAuditLogCommand } from './get-audit-log/parameters.js';
import { getInventoryCommand } from './get-inventory/parameters.js';
import { getNumberCommand } from './get-number/parameters.js';
import { getReservationCommand } from './get-reservation/parameters.js';
import { initCommand } from './init/parameters.js';
import { releaseNumberCommand } from './release-number/parameters.js';
import { reserveCommand } from './reserve/parameters.js';
import { statusCommand } from './status/parameters.js';
import type { CmdletDef } from './types.js';

export const REGISTRY: readonly CmdletDef[] = [
  initCommand,
  statusCommand,
  // Numbers
  getInventoryCommand,
  reserveCommand,
  getReservationCommand,
  acquireCommand,
  clearReservationCommand,
  getNumberCommand,
  releaseNumberCommand,
  getAuditLogCommand,
];
