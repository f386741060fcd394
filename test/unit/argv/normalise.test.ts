// Table tests for the PowerShell -> kebab normaliser (SPEC §3).
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/argv/normalise.js';
import { parseCanonical } from '../../../src/argv/coerce.js';
import { CHANGE_PARAMS, GLOBAL_PARAMS } from '../../../src/params/common.js';
import type { CmdletDef } from '../../../src/cmdlets/types.js';
import { UsageError } from '../../../src/errors.js';

const load = () => Promise.reject(new Error('not loaded in tests'));

const setVoiceUser: CmdletDef = {
  name: 'set-voice-user',
  cmdlet: 'Set-CsOnlineVoiceUser',
  summary: '',
  kind: 'change',
  examples: [],
  load,
  params: [
    { name: 'Identity', flag: 'identity', kind: 'string', positional: 0, help: '' },
    { name: 'TelephoneNumber', flag: 'telephone-number', kind: 'string', nullable: true, help: '' },
    { name: 'LocationID', flag: 'location-id', kind: 'string', help: '' },
    { name: 'Force', flag: 'force', kind: 'switch', help: '' },
    { name: 'Csv', flag: 'csv', kind: 'string', help: '' },
    { name: 'ContinueOnError', flag: 'continue-on-error', kind: 'switch', help: '' },
    ...CHANGE_PARAMS,
  ],
};

const getNumber: CmdletDef = {
  name: 'get-number',
  cmdlet: 'Get-CsOnlineTelephoneNumber',
  summary: '',
  kind: 'listing',
  examples: [],
  load,
  params: [
    { name: 'TelephoneNumber', flag: 'telephone-number', kind: 'string', help: '' },
    { name: 'TelephoneNumberStartsWith', flag: 'telephone-number-starts-with', kind: 'string', help: '' },
    { name: 'TelephoneNumberGreaterThan', flag: 'telephone-number-greater-than', kind: 'string', help: '' },
    { name: 'CapitalOrMajorCity', flag: 'capital-or-major-city', aliases: ['CityCode'], kind: 'string', help: '' },
    { name: 'IsNotAssigned', flag: 'is-not-assigned', kind: 'switch', help: '' },
    { name: 'InventoryType', flag: 'inventory-type', kind: 'enum', values: ['Subscriber', 'Service'], help: '' },
    { name: 'ResultSize', flag: 'result-size', kind: 'string', help: '' },
  ],
};

const release: CmdletDef = {
  name: 'release-number',
  cmdlet: 'Remove-CsOnlineTelephoneNumber',
  summary: '',
  kind: 'change',
  examples: [],
  load,
  params: [{ name: 'TelephoneNumber', flag: 'telephone-number', aliases: ['TelephoneNumbers'], kind: 'list', help: '' }, ...CHANGE_PARAMS],
};

const REG = [setVoiceUser, getNumber, release];
const n = (argv: string[]) => normalise(argv, REG, GLOBAL_PARAMS);
const args = (argv: string[]) => n(argv).args;
const usageId = (argv: string[]): string => {
  try {
    n(argv);
  } catch (e) {
    if (e instanceof UsageError) return e.errorId;
    throw e;
  }
  return 'no error';
};

describe('normalise', () => {
  const cases: [string, string[], string[]][] = [
    ['kebab form passes through', ['set-voice-user', '--identity', 'a@b.c'], ['set-voice-user', '--identity=a@b.c']],
    ['cmdlet name as command', ['Set-CsOnlineVoiceUser', '-Identity', 'a@b.c'], ['set-voice-user', '--identity=a@b.c']],
    ['cmdlet name in any case', ['set-csonlinevoiceuser', '-identity', 'a@b.c'], ['set-voice-user', '--identity=a@b.c']],
    ['upper-case cmdlet name', ['SET-CSONLINEVOICEUSER', '-IDENTITY', 'a@b.c'], ['set-voice-user', '--identity=a@b.c']],
    ['PowerShell parameter in any case', ['Set-CsOnlineVoiceUser', '-TELEPHONENUMBER', '+1425'], ['set-voice-user', '--telephone-number=+1425']],
    ['unique prefix', ['Set-CsOnlineVoiceUser', '-Tele', '+1425'], ['set-voice-user', '--telephone-number=+1425']],
    ['unique prefix of a kebab flag', ['set-voice-user', '--loc', 'x'], ['set-voice-user', '--location-id=x']],
    ['exact name wins over longer names with it as prefix', ['get-number', '-TelephoneNumber', '1'], ['get-number', '--telephone-number=1']],
    ['documented alias -CityCode', ['Get-CsOnlineTelephoneNumber', '-CityCode', 'NOAM-US-NY-NY'], ['get-number', '--capital-or-major-city=NOAM-US-NY-NY']],
    ['-wi alias of WhatIf', ['Set-CsOnlineVoiceUser', 'a@b.c', '-wi'], ['set-voice-user', '--whatif', '--identity=a@b.c']],
    ['-cf alias of Confirm', ['Set-CsOnlineVoiceUser', 'a@b.c', '-cf'], ['set-voice-user', '--confirm', '--identity=a@b.c']],
    ['-Switch', ['Set-CsOnlineVoiceUser', '-Identity', 'u', '-Force'], ['set-voice-user', '--identity=u', '--force']],
    ['-Switch:$true', ['Set-CsOnlineVoiceUser', '-Identity', 'u', '-Force:$true'], ['set-voice-user', '--identity=u', '--force']],
    ['-Switch:$false drops the switch', ['Set-CsOnlineVoiceUser', '-Identity', 'u', '-Confirm:$false'], ['set-voice-user', '--identity=u']],
    ['--no-switch', ['set-voice-user', '--identity', 'u', '--no-force'], ['set-voice-user', '--identity=u']],
    ['$null value', ['Set-CsOnlineVoiceUser', '-Identity', 'u', '-TelephoneNumber', '$null'], ['set-voice-user', '--identity=u', '--telephone-number=']],
    ['$NULL in any case', ['Set-CsOnlineVoiceUser', '-Identity', 'u', '-TelephoneNumber', '$NULL'], ['set-voice-user', '--identity=u', '--telephone-number=']],
    ['empty value', ['set-voice-user', '--identity', 'u', '--telephone-number', ''], ['set-voice-user', '--identity=u', '--telephone-number=']],
    ['-Param:value', ['Set-CsOnlineVoiceUser', '-Identity:u', '-TelephoneNumber:+1'], ['set-voice-user', '--identity=u', '--telephone-number=+1']],
    ['--flag=value', ['set-voice-user', '--identity=u'], ['set-voice-user', '--identity=u']],
    [
      'positional Identity',
      ['Set-CsOnlineVoiceUser', 'u@contoso.com', '-TelephoneNumber', '+1'],
      ['set-voice-user', '--telephone-number=+1', '--identity=u@contoso.com'],
    ],
    ['comma list', ['Remove-CsOnlineTelephoneNumber', '-TelephoneNumbers', '1,2'], ['release-number', '--telephone-number=1,2']],
    ['comma list split by spaces "1, 2"', ['Remove-CsOnlineTelephoneNumber', '-TelephoneNumber', '1,', '2'], ['release-number', '--telephone-number=1,2']],
    ['comma list split as "1 ,2"', ['Remove-CsOnlineTelephoneNumber', '-TelephoneNumber', '1', ',2'], ['release-number', '--telephone-number=1,2']],
    ['quoted value with spaces kept whole', ['Set-CsOnlineVoiceUser', '-Identity', 'Ken Myer'], ['set-voice-user', '--identity=Ken Myer']],
    ['value "-" (stdin) is a value', ['set-voice-user', '--csv', '-'], ['set-voice-user', '--csv=-']],
    ['global option before the command', ['--store', 's.db', 'get-number'], ['get-number']],
    ['global option after the command', ['get-number', '-o', 'json'], ['get-number']],
    ['PowerShell-style global -Output', ['Get-CsOnlineTelephoneNumber', '-Output', 'csv'], ['get-number']],
    ['-Verbose accepted and ignored', ['Get-CsOnlineTelephoneNumber', '-Verbose'], ['get-number']],
    ['-ErrorAction Stop accepted and ignored', ['Get-CsOnlineTelephoneNumber', '-ErrorAction', 'Stop'], ['get-number']],
    ['-- ends options', ['set-voice-user', '--', '-odd@contoso.com'], ['set-voice-user', '--identity=-odd@contoso.com']],
  ];
  it.each(cases)('%s', (_name, argv, expected) => {
    expect(args(argv)).toEqual(expected);
  });

  it('reads global values', () => {
    const r = n(['-o', 'json', 'get-number', '--store', 's.db', '--properties', 'Id,CityCode', '--tenant', 'Fabrikam']);
    expect(r.globals).toEqual({ output: 'json', store: 's.db', properties: 'Id,CityCode', tenant: 'Fabrikam' });
  });

  it('recognises help in every spelling', () => {
    for (const h of ['-h', '--help', '-?', '-Help']) expect(n(['get-number', h]).help).toBe(true);
  });

  it('recognises --version before a command', () => {
    expect(n(['--version']).version).toBe(true);
  });

  const errors: [string, string[], string][] = [
    ['ambiguous prefix', ['Get-CsOnlineTelephoneNumber', '-TelephoneN', '1'], 'AmbiguousParameter'],
    ['ambiguous prefix -Tele on get-number', ['Get-CsOnlineTelephoneNumber', '-Tele', '1'], 'AmbiguousParameter'],
    ['unknown parameter', ['Get-CsOnlineTelephoneNumber', '-Foo', '1'], 'UnknownParameter'],
    ['unknown command', ['Get-CsFoo'], 'UnknownCommand'],
    ['missing value', ['Set-CsOnlineVoiceUser', '-Identity'], 'MissingValue'],
    ['value looks like a parameter', ['Set-CsOnlineVoiceUser', '-Identity', '-Force'], 'MissingValue'],
    ['parameter given twice', ['Set-CsOnlineVoiceUser', '-Identity', 'a', '-Identity', 'b'], 'DuplicateParameter'],
    ['positional and named Identity', ['Set-CsOnlineVoiceUser', 'a', '-Identity', 'b'], 'DuplicateParameter'],
    ['extra positional', ['Get-CsOnlineTelephoneNumber', 'stray'], 'UnexpectedArgument'],
    ['bad switch value', ['Set-CsOnlineVoiceUser', '-Force:maybe'], 'InvalidSwitchValue'],
  ];
  it.each(errors)('%s is a usage error', (_name, argv, id) => {
    expect(usageId(argv)).toBe(id);
  });

  it('names the candidates of an ambiguous prefix', () => {
    expect(() => n(['Get-CsOnlineTelephoneNumber', '-TelephoneN', '1'])).toThrow(/-TelephoneNumberStartsWith/);
  });

  it('a nullable parameter without a value (a shell ate an unquoted $null) says to quote it', () => {
    try {
      n(['Set-CsOnlineVoiceUser', '-Identity', 'u', '-TelephoneNumber']);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ errorId: 'MissingValue', hint: "To pass $null from a Unix shell, quote it: -TelephoneNumber '$null'." });
    }
    expect(() => n(['Set-CsOnlineVoiceUser', '-Identity'])).toThrow(expect.objectContaining({ hint: undefined }) as Error);
  });

  it('suggests the closest parameter for a typo', () => {
    expect(() => n(['Set-CsOnlineVoiceUser', '-Identiy', 'u'])).toThrow(/Did you mean -Identity\?/);
  });
});

describe('parseCanonical', () => {
  it('coerces enums in any case to their canonical spelling', () => {
    expect(parseCanonical(getNumber.params, ['--inventory-type=subscriber'])).toMatchObject({ inventoryType: 'Subscriber' });
  });
  it('rejects an enum value it does not know, naming the values', () => {
    expect(() => parseCanonical(getNumber.params, ['--inventory-type=Mobile'])).toThrow(/Subscriber, Service/);
  });
  it('keeps an empty nullable value and drops an empty plain one', () => {
    expect(parseCanonical(setVoiceUser.params, ['--telephone-number=', '--location-id='])).toEqual({ telephoneNumber: '', locationId: undefined });
  });
  it('splits lists', () => {
    expect(parseCanonical(release.params, ['--telephone-number=+1, +2,']).telephoneNumber).toEqual(['+1', '+2']);
  });
});
