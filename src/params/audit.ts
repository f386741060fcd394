import { param } from './define.js';

export const Operation = param({
  name: 'Operation',
  flag: 'operation',
  kind: 'string',
  valueName: 'CMDLET',
  help: 'Only this operation (e.g. Set-CsOnlineVoiceUser).',
});

export const Since = param({ name: 'Since', flag: 'since', kind: 'string', valueName: 'TIME', help: 'Only changes at or after this ISO-8601 time.' });

export const Until = param({ name: 'Until', flag: 'until', kind: 'string', valueName: 'TIME', help: 'Only changes before this ISO-8601 time.' });
