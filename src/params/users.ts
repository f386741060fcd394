import { param } from './define.js';

export const Identity = param({
  name: 'Identity',
  flag: 'identity',
  aliases: ['UserPrincipalName', 'UPN', 'ObjectId'],
  kind: 'string',
  valueName: 'USER',
  help: 'The user: UserPrincipalName, sip: address or ObjectId.',
});

export const UserPrincipalName = param({
  name: 'UserPrincipalName',
  flag: 'user-principal-name',
  aliases: ['UPN'],
  kind: 'string',
  valueName: 'UPN',
  help: "The user's sign-in name, e.g. ken.myer@contoso.com.",
});

export const DisplayName = param({
  name: 'DisplayName',
  flag: 'display-name',
  kind: 'string',
  valueName: 'NAME',
  help: 'The name people see (default: the UserPrincipalName).',
});

export const UsageLocation = param({
  name: 'UsageLocation',
  flag: 'usage-location',
  kind: 'string',
  valueName: 'CC',
  help: 'Licences: the usage location for picked users that have none (default asked: the tenant country).',
});

export const Email = param({
  name: 'Email',
  flag: 'email',
  aliases: ['Mail', 'EmailAddress'],
  kind: 'string',
  valueName: 'ADDRESS',
  help: 'Where notify-users sends the new-number message.',
});

export const ObjectId = param({ name: 'ObjectId', flag: 'object-id', kind: 'string', valueName: 'GUID', help: "The user's ObjectId (default: a new GUID)." });

export const SipAddress = param({
  name: 'SipAddress',
  flag: 'sip-address',
  kind: 'string',
  valueName: 'SIP',
  help: "The user's SIP address (default: sip: + UserPrincipalName).",
});

export const Licensed = param({ name: 'Licensed', flag: 'licensed', kind: 'switch', help: 'Only users holding Phone System (or E5) and a Calling Plan.' });

export const Unlicensed = param({ name: 'Unlicensed', flag: 'unlicensed', kind: 'switch', help: 'Only users missing Phone System or a Calling Plan.' });

export const HasNumber = param({ name: 'HasNumber', flag: 'has-number', kind: 'switch', help: 'Only users holding a number.' });

export const NoNumber = param({ name: 'NoNumber', flag: 'no-number', kind: 'switch', help: 'Only users without a number.' });

export const NumberAssigned = param({ name: 'NumberAssigned', flag: 'number-assigned', kind: 'switch', help: 'Only users with a number.' });

export const NumberNotAssigned = param({ name: 'NumberNotAssigned', flag: 'number-not-assigned', kind: 'switch', help: 'Only users without a number.' });

export const EnterpriseVoiceStatus = param({
  name: 'EnterpriseVoiceStatus',
  flag: 'enterprise-voice-status',
  kind: 'enum',
  values: ['All', 'Enabled', 'Disabled'],
  valueName: 'STATUS',
  help: 'All, Enabled or Disabled.',
});

export const PSTNConnectivity = param({
  name: 'PSTNConnectivity',
  flag: 'pstn-connectivity',
  kind: 'enum',
  values: ['All', 'Online', 'OnPremises'],
  valueName: 'KIND',
  help: 'Online (Calling Plan), OnPremises (Phone System only) or All.',
});

export const DomainController = param({
  name: 'DomainController',
  flag: 'domain-controller',
  aliases: ['DC'],
  kind: 'string',
  valueName: 'FQDN',
  help: 'Accepted for compatibility with pasted scripts; has no effect.',
});

export const NextFree = param({
  name: 'NextFree',
  flag: 'next-free',
  kind: 'switch',
  help: "Bulk: give each row without a number the next unassigned number of the user's country.",
});

export const NotifyUser = param({
  name: 'NotifyUser',
  flag: 'notify-user',
  kind: 'switch',
  help: 'Then email the users whose rows were Assigned their new number and emergency address (through $CALLPLAN_SMTP_URL; see notify-users).',
});
