// import-users: many new users from a CSV or JSONL file, checked first, all or nothing by default.
import { loadRun } from '../load.js';
import { BULK_PARAMS } from '../bulk-params.js';
import { CHANGE_PARAMS } from '../common.js';
import type { CmdletDef } from '../types.js';

export const importUsersCommand: CmdletDef = {
  name: 'import-users',
  summary: "Add users from a CSV (or JSONL) file with add-user's columns; every row is checked first, all or nothing unless --continue-on-error.",
  kind: 'change',
  params: [...BULK_PARAMS, ...CHANGE_PARAMS],
  examples: [
    'callplan import-users --csv users.csv --report users-result.csv',
    'callplan import-users --csv users.csv --whatif',
    'cat users.jsonl | callplan import-users --jsonl - --continue-on-error',
  ],
  load: loadRun('import-users'),
};
