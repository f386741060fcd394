// get-voice-user (Get-CsOnlineVoiceUser): users licensed for voice with their number and emergency location.
import { USER_IDENTITY, pagingParams } from '../common.js';
import { loadRun } from '../load.js';
import type { CmdletDef } from '../types.js';

export const getVoiceUserCommand: CmdletDef = {
  name: 'get-voice-user',
  cmdlet: 'Get-CsOnlineVoiceUser',
  summary: 'Voice users (Phone System licence) with their number, enterprise voice and emergency location.',
  kind: 'listing',
  params: [
    { ...USER_IDENTITY, positional: 0, help: 'Only this user (UPN, sip: address or ObjectId).' },
    { name: 'NumberAssigned', flag: 'number-assigned', kind: 'switch', help: 'Only users with a number.' },
    { name: 'NumberNotAssigned', flag: 'number-not-assigned', kind: 'switch', help: 'Only users without a number.' },
    { name: 'LocationId', flag: 'location-id', aliases: ['LocationID'], kind: 'string', valueName: 'GUID', help: 'Only users with this emergency location.' },
    {
      name: 'CivicAddressId',
      flag: 'civic-address-id',
      kind: 'string',
      valueName: 'GUID',
      help: 'Only users whose emergency location is in this civic address.',
    },
    {
      name: 'EnterpriseVoiceStatus',
      flag: 'enterprise-voice-status',
      kind: 'enum',
      values: ['All', 'Enabled', 'Disabled'],
      default: 'All',
      valueName: 'STATUS',
      help: 'All, Enabled or Disabled.',
    },
    {
      name: 'PSTNConnectivity',
      flag: 'pstn-connectivity',
      kind: 'enum',
      values: ['All', 'Online', 'OnPremises'],
      default: 'All',
      valueName: 'KIND',
      help: 'Online (Calling Plan), OnPremises (Phone System only) or All.',
    },
    { name: 'ExpandLocation', flag: 'expand-location', kind: 'switch', help: 'Show the emergency location with its address.' },
    ...pagingParams(100, 'users'),
  ],
  examples: ['callplan Get-CsOnlineVoiceUser -Identity Ken.Myer@contoso.com', 'callplan get-voice-user --number-not-assigned --first Unlimited -o csv'],
  load: loadRun('get-voice-user'),
};
