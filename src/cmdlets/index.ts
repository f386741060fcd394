// The registry: every command's parameter table, in the order --help lists them.
import { getAuditLogCommand } from './get-audit-log/parameters.js';
import { initCommand } from './init/parameters.js';
import { statusCommand } from './status/parameters.js';
import type { CmdletDef } from './types.js';

export const REGISTRY: readonly CmdletDef[] = [initCommand, statusCommand, getAuditLogCommand];
