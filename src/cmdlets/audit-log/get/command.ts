// get-audit-log: every change, with filters.
import { type OptionsOf, use } from '../../../params/define.js';
import { Operation, Since, Until } from '../../../params/audit.js';
import { TelephoneNumber } from '../../../params/numbers.js';
import { ResultSize, Skip } from '../../../params/paging.js';
import { Identity } from '../../../params/users.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(Identity, { help: 'Only changes that concern this user (UPN, sip: address or ObjectId).' }),
  use(TelephoneNumber, { help: 'Only changes that concern this number.', valueName: 'E164' }),
  Operation,
  Since,
  Until,
  use(ResultSize, { help: 'At most N entries (default 1000); Unlimited for all.', default: '1000' }),
  use(Skip, { help: 'Skip the first N entries.', default: 0 }),
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const getAuditLogCommand = defineCommand({
  name: 'get-audit-log',
  aliases: ['Get-CsCallplanAuditLog'],
  summary: 'Every change: time, operation, target, parameters, before, after, result.',
  kind: 'listing',
  params,
  examples: ['callplan get-audit-log --identity ken.myer@contoso.com', 'callplan get-audit-log --since 2026-11-26T00:00:00Z -o csv'],
  load: async () => (await import('../../../runtime.js')).getAuditLog,
});
