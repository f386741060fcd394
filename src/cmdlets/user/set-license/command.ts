// set-user-license: give SKUs to and take them from a user, or many users from a CSV/JSONL file.
import { type OptionsOf, use } from '../../../params/define.js';
import { ContinueOnError, Csv, Jsonl, Report } from '../../../params/bulk.js';
import { Confirm, WhatIf } from '../../../params/common.js';
import { AddLicenses, RemoveLicenses } from '../../../params/licenses.js';
import { Identity } from '../../../params/users.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(Identity, { positional: 0, csv: true }),
  use(AddLicenses, { csv: true }),
  use(RemoveLicenses, { csv: true }),
  Csv,
  Jsonl,
  ContinueOnError,
  Report,
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const setUserLicenseCommand = defineCommand({
  name: 'set-user-license',
  cmdlet: 'Set-MsolUserLicense',
  summary: 'Assign and remove licences on a user (or on many users with --csv), enforcing the licence rules.',
  kind: 'change',
  params,
  examples: [
    'callplan set-user-license ken.myer@contoso.com --add-licenses MCOEV,MCOPSTN1',
    'callplan Set-MsolUserLicense -UserPrincipalName ken.myer@contoso.com -AddLicenses MCOPSTN2 -RemoveLicenses MCOPSTN1',
    'callplan set-user-license --csv licences.csv --report licences-result.csv',
  ],
  load: async () => (await import('../../../runtime.js')).setUserLicense,
});
