// get-audit-log: every change, with filters.
import { USER_IDENTITY, pagingParams } from '../common.js';
import { loadRun } from '../load.js';
import type { CmdletDef } from '../types.js';

export const getAuditLogCommand: CmdletDef = {
  name: 'get-audit-log',
  aliases: ['Get-CsCallplanAuditLog'],
  summary: 'Every change: time, operation, target, parameters, before, after, result.',
  kind: 'listing',
  params: [
    { ...USER_IDENTITY, help: 'Only changes that concern this user (UPN, sip: address or ObjectId).' },
    { name: 'TelephoneNumber', flag: 'telephone-number', kind: 'string', valueName: 'E164', help: 'Only changes that concern this number.' },
    { name: 'Operation', flag: 'operation', kind: 'string', valueName: 'CMDLET', help: 'Only this operation (e.g. Set-CsOnlineVoiceUser).' },
    { name: 'Since', flag: 'since', kind: 'string', valueName: 'TIME', help: 'Only changes at or after this ISO-8601 time.' },
    { name: 'Until', flag: 'until', kind: 'string', valueName: 'TIME', help: 'Only changes before this ISO-8601 time.' },
    ...pagingParams(1000, 'entries'),
  ],
  examples: ['callplan get-audit-log --identity ken.myer@contoso.com', 'callplan get-audit-log --since 2026-11-26T00:00:00Z -o csv'],
  load: loadRun('get-audit-log'),
};
