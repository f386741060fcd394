// set-user-license: give SKUs to and take them from a user, or many users from a CSV/JSONL file.
import { loadRun } from '../load.js';
import { BULK_PARAMS } from '../bulk-params.js';
import { CHANGE_PARAMS, USER_IDENTITY } from '../common.js';
import type { CmdletDef } from '../types.js';

export const setUserLicenseCommand: CmdletDef = {
  name: 'set-user-license',
  cmdlet: 'Set-MsolUserLicense',
  summary: 'Assign and remove licences on a user (or on many users with --csv), enforcing the licence rules.',
  kind: 'change',
  params: [
    { ...USER_IDENTITY, positional: 0, csv: true },
    {
      name: 'AddLicenses',
      flag: 'add-licenses',
      kind: 'list',
      csv: true,
      valueName: 'SKU,SKU',
      help: 'SKUs to assign, e.g. MCOEV,MCOPSTN1 (Phone System first, or in the same request).',
    },
    { name: 'RemoveLicenses', flag: 'remove-licenses', kind: 'list', csv: true, valueName: 'SKU,SKU', help: 'SKUs to take away.' },
    ...BULK_PARAMS,
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan set-user-license ken.myer@contoso.com --add-licenses MCOEV,MCOPSTN1',
    'callplan Set-MsolUserLicense -UserPrincipalName ken.myer@contoso.com -AddLicenses MCOPSTN2 -RemoveLicenses MCOPSTN1',
    'callplan set-user-license --csv licences.csv --report licences-result.csv',
  ],
  load: loadRun('set-user-license'),
};
