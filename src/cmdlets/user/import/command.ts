// import-users: many new users from a CSV or JSONL file, checked first, all or nothing by default.
import { type OptionsOf } from '../../../params/define.js';
import { ContinueOnError, Csv, Jsonl, Report } from '../../../params/bulk.js';
import { Confirm, WhatIf } from '../../../params/common.js';
import { defineCommand } from '../../types.js';

export const params = [Csv, Jsonl, ContinueOnError, Report, WhatIf, Confirm] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const importUsersCommand = defineCommand({
  name: 'import-users',
  summary: "Add users from a CSV (or JSONL) file with add-user's columns; every row is checked first, all or nothing unless --continue-on-error.",
  kind: 'change',
  params,
  examples: [
    'callplan import-users --csv users.csv --report users-result.csv',
    'callplan import-users --csv users.csv --whatif',
    'cat users.jsonl | callplan import-users --jsonl - --continue-on-error',
  ],
  load: async () => (await import('../../../runtime.js')).importUsers,
});
