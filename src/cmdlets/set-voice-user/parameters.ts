// set-voice-user (Set-CsOnlineVoiceUser): assign a number and an emergency location to a user, or hundreds of thousands from a file.
import { loadRun } from '../load.js';
import { BULK_PARAMS } from '../bulk-params.js';
import { CHANGE_PARAMS, USER_IDENTITY } from '../common.js';
import type { CmdletDef } from '../types.js';

export const setVoiceUserCommand: CmdletDef = {
  name: 'set-voice-user',
  cmdlet: 'Set-CsOnlineVoiceUser',
  summary: 'Assign a telephone number and emergency location to a user (or remove the number); --csv/--jsonl for bulk.',
  kind: 'change',
  params: [
    { ...USER_IDENTITY, positional: 0, csv: true },
    {
      name: 'TelephoneNumber',
      flag: 'telephone-number',
      aliases: ['Number', 'LineURI'],
      kind: 'string',
      nullable: true,
      csv: true,
      valueName: 'E164',
      help: "The number: +E.164, digits with country code or tel:+…; $null or empty removes the user's number.",
    },
    {
      name: 'LocationID',
      flag: 'location-id',
      aliases: ['LocationId'],
      kind: 'string',
      csv: true,
      valueName: 'GUID',
      help: 'The emergency location (required for US numbers; other numbers default to the location they came with).',
    },
    { name: 'Force', flag: 'force', kind: 'switch', csv: true, help: 'Move the number from the user who holds it now (recorded in the audit log).' },
    ...BULK_PARAMS,
    { name: 'NextFree', flag: 'next-free', kind: 'switch', help: "Bulk: give each row without a number the next unassigned number of the user's country." },
    {
      name: 'CapitalOrMajorCity',
      flag: 'capital-or-major-city',
      aliases: ['CityCode', 'city-code'],
      kind: 'string',
      valueName: 'CODE',
      help: 'With --next-free: only numbers of this city code.',
    },
    {
      name: 'TelephoneNumberStartsWith',
      flag: 'telephone-number-starts-with',
      kind: 'string',
      valueName: 'DIGITS',
      help: 'With --next-free: only numbers starting with these digits.',
    },
    {
      name: 'Notify',
      flag: 'notify',
      kind: 'switch',
      help: 'Then email the users whose rows were Assigned their new number and emergency address (through $CALLPLAN_SMTP_URL; see notify-users).',
    },
    {
      name: 'DomainController',
      flag: 'domain-controller',
      aliases: ['DC'],
      kind: 'string',
      valueName: 'FQDN',
      help: 'Accepted for compatibility with pasted scripts; has no effect.',
    },
    ...CHANGE_PARAMS,
  ],
  examples: [
    'callplan Set-CsOnlineVoiceUser -Identity ken.myer@contoso.com -TelephoneNumber +14255037311 -LocationID <GUID>',
    "callplan Set-CsOnlineVoiceUser -Identity user@domain.com -TelephoneNumber '$null'",
    'callplan set-voice-user --csv users.csv --report results.csv',
    'callplan set-voice-user --csv users.csv --next-free --capital-or-major-city NOAM-US-WA-RD --whatif',
  ],
  load: loadRun('set-voice-user'),
};
