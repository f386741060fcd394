// status: the tenant at a glance.
import { loadRun } from '../load.js';
import type { CmdletDef } from '../types.js';

export const statusCommand: CmdletDef = {
  name: 'status',
  summary: 'The tenant at a glance: the five setup steps, licences, numbers, users, addresses, notifications.',
  kind: 'listing',
  params: [],
  examples: ['callplan status', 'callplan status -o json'],
  load: loadRun('status'),
};
