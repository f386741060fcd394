// The documented cmdlet examples through the real binary (PowerShell syntax, exit codes, colour only when asked).
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { cp, newStore } from '../helpers/store.js';

describe('documented examples through bin/callplan.js', () => {
  it('New-CsOnlineLisCivicAddress, New-CsOnlineLisLocation, Get-CsOnlineLisLocation, Remove-CsOnlineLisLocation', () => {
    const store = newStore();
    const add = runBin([
      '--store',
      store,
      'New-CsOnlineLisCivicAddress',
      '-HouseNumber',
      '3910',
      '-StreetName',
      'Smith',
      '-StreetSuffix',
      'Street',
      '-PostDirectional',
      'NE',
      '-City',
      'Redmond',
      '-StateorProvince',
      'Washington',
      '-Country',
      'US',
      '-PostalCode',
      '98052',
      '-Description',
      'West Coast Headquarters',
      '-CompanyName',
      'Contoso',
    ]);
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/Address was updated:\n {2}StateOrProvince\s+Washington → WA/);
    expect(add.stdout).not.toContain('\u001b[');
    const id = /CivicAddressId\s+: ([0-9a-f-]{36})/.exec(add.stdout)![1]!;

    const loc = runBin(['--store', store, 'New-CsOnlineLisLocation', '-CivicAddressId', id, '-Location', 'Office 101, 1st Floor']);
    expect(loc.code).toBe(0);
    expect(loc.stdout).toMatch(/Location\s+: Office 101, 1st Floor/);

    const get = runBin([
      '--store',
      store,
      'Get-CsOnlineLisLocation',
      '-Location',
      'Office 101, 1st Floor',
      '-o',
      'csv',
      '--properties',
      'Location,City,StateOrProvince',
    ]);
    expect(get.stdout).toBe('Location,City,StateOrProvince\n"Office 101, 1st Floor",Redmond,WA\n');

    const rm = runBin(['--store', store, 'Remove-CsOnlineLisLocation', '-LocationId', '788dd820-c136-4255-9f61-24b880ad0763']);
    expect(rm.code).toBe(1);
    expect(rm.stderr).toMatch(/^callplan: LocationNotFound: /);

    const json = runBin(['--store', store, 'Remove-CsOnlineLisCivicAddress', '-CivicAddressId', 'ee38d9a5-33dc-4a32-9fb8-f234cedb91ac', '-o', 'json']);
    expect(JSON.parse(json.stderr)).toMatchObject({ ErrorId: 'AddressNotFound', ExitCode: 1 });
  });

  it('a rejected address is one error line with the reason and hint (exit 1)', () => {
    const r = runBin([
      '--store',
      newStore(),
      'add-address',
      '--street-name',
      '148',
      '--city',
      'Redmond',
      '--state',
      'WA',
      '--country',
      'US',
      '--postal-code',
      '98052',
      '--company-name',
      'C',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^callplan: AddressRejected: the address was rejected \(StreetNumberNeedsOrdinal\): .* Hint: write 148th .*\n$/);
  });
});

describe('colour', () => {
  it('changes are green when colour is on, plain otherwise', async () => {
    const args = [
      'New-CsOnlineLisCivicAddress',
      '-StreetName',
      'Smith',
      '-City',
      'Redmond',
      '-StateorProvince',
      'Washington',
      '-Country',
      'US',
      '-PostalCode',
      '98052',
      '-CompanyName',
      'Contoso',
    ];
    const coloured = await cp(newStore(), args, { env: { FORCE_COLOR: '1' } });
    expect(coloured.out).toContain('\u001b[32mAddress was updated:');
    expect(coloured.out).toContain('\u001b[32mWA');
    const plain = await cp(newStore(), args, { env: { NO_COLOR: '1' } });
    expect(plain.out).not.toContain('\u001b[');
  });
});
