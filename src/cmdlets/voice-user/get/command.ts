// get-voice-user (Get-CsOnlineVoiceUser): users licensed for voice with their number and emergency location.
import { type OptionsOf, use } from '../../../params/define.js';
import { CivicAddressId, ExpandLocation, LocationId } from '../../../params/addresses.js';
import { ResultSize, Skip } from '../../../params/paging.js';
import { EnterpriseVoiceStatus, Identity, NumberAssigned, NumberNotAssigned, PSTNConnectivity } from '../../../params/users.js';
import { defineCommand } from '../../types.js';

export const params = [
  use(Identity, { help: 'Only this user (UPN, sip: address or ObjectId).', positional: 0 }),
  NumberAssigned,
  NumberNotAssigned,
  use(LocationId, { help: 'Only users with this emergency location.' }),
  use(CivicAddressId, { help: 'Only users whose emergency location is in this civic address.' }),
  use(EnterpriseVoiceStatus, { default: 'All' }),
  use(PSTNConnectivity, { default: 'All' }),
  use(ExpandLocation, { help: 'Show the emergency location with its address.' }),
  use(ResultSize, { default: '100' }),
  use(Skip, { help: 'Skip the first N users.', default: 0 }),
] as const;

/** The options run() receives. */
export type Options = OptionsOf<typeof params>;

export const getVoiceUserCommand = defineCommand({
  name: 'get-voice-user',
  cmdlet: 'Get-CsOnlineVoiceUser',
  summary: 'Voice users (Phone System licence) with their number, enterprise voice and emergency location.',
  kind: 'listing',
  params,
  examples: ['callplan Get-CsOnlineVoiceUser -Identity Ken.Myer@contoso.com', 'callplan get-voice-user --number-not-assigned --first Unlimited -o csv'],
  load: async () => (await import('../../../runtime.js')).getVoiceUser,
});
