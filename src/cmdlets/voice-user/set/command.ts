// set-voice-user (Set-CsOnlineVoiceUser): assign a number and an emergency location to a user, or hundreds of thousands from a file.
import { type OptionsOf, use } from '../../../params/define.js';
import { LocationId } from '../../../params/addresses.js';
import { ContinueOnError, Csv, Jsonl, Report } from '../../../params/bulk.js';
import { Confirm, Force, WhatIf } from '../../../params/common.js';
import { TelephoneNumber, TelephoneNumberStartsWith } from '../../../params/numbers.js';
import { CapitalOrMajorCity } from '../../../params/places.js';
import { DomainController, Identity, NextFree, NotifyUser } from '../../../params/users.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(Identity, { positional: 0, csv: true }),
  use(TelephoneNumber, {
    help: "The number: +E.164, digits with country code or tel:+…; $null or empty removes the user's number.",
    valueName: 'E164',
    nullable: true,
    csv: true,
  }),
  use(LocationId, { help: 'The emergency location (required for US numbers; other numbers default to the location they came with).', csv: true }),
  use(Force, { help: 'Move the number from the user who holds it now (recorded in the audit log).', csv: true }),
  Csv,
  Jsonl,
  ContinueOnError,
  Report,
  NextFree,
  use(CapitalOrMajorCity, { help: 'With --next-free: only numbers of this city code.', valueName: 'CODE' }),
  use(TelephoneNumberStartsWith, { help: 'With --next-free: only numbers starting with these digits.' }),
  NotifyUser,
  DomainController,
  WhatIf,
  Confirm,
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const setVoiceUserCommand = defineCommand({
  name: 'set-voice-user',
  cmdlet: 'Set-CsOnlineVoiceUser',
  summary: 'Assign a telephone number and emergency location to a user (or remove the number); --csv/--jsonl for bulk.',
  kind: 'change',
  params,
  examples: [
    'callplan Set-CsOnlineVoiceUser -Identity ken.myer@contoso.com -TelephoneNumber +14255037311 -LocationID <GUID>',
    "callplan Set-CsOnlineVoiceUser -Identity user@domain.com -TelephoneNumber '$null'",
    'callplan set-voice-user --csv users.csv --report results.csv',
    'callplan set-voice-user --csv users.csv --next-free --capital-or-major-city NOAM-US-WA-RD --whatif',
  ],
  load: async () => (await import('../../../runtime.js')).setVoiceUser,
});
