// The real binary: version, help, init output, errors and exit codes (SPEC §5).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/cmdlets/index.js';
import { runBin } from '../helpers/bin.js';
import { newStore, tempDir } from '../helpers/store.js';

describe('callplan binary', () => {
  it('--version prints the package version', () => {
    const r = runBin(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^callplan \d+\.\d+\.\d+\n$/);
  });

  it('--help lists every command with its cmdlet name', () => {
    const r = runBin(['--help']);
    expect(r.code).toBe(0);
    for (const c of REGISTRY) {
      expect(r.stdout).toContain(c.name);
      if (c.cmdlet) expect(r.stdout).toContain(c.cmdlet);
    }
  });

  it('<command> --help shows the parameter table with PowerShell names', () => {
    const r = runBin(['get-audit-log', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--telephone-number <E164>');
    expect(r.stdout).toMatch(/PowerShell:\s+-TelephoneNumber/);
  });

  it('init --store prints the tenant and the catalog countries and cities; -o json gives the same as JSON', () => {
    const dir = tempDir();
    const store = path.join(dir, 's.db');
    const r = runBin(['init', '--store', store]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Tenant\s+Contoso \([0-9a-f-]{36}\), country US — created/);
    expect(r.stdout).toContain('United States (+1)');
    expect(r.stdout).toMatch(/NOAM-US-WA-RD\s+Redmond/);
    expect(fs.statSync(store).mode & 0o777).toBe(0o600);

    const j = runBin(['init', '--store', store, '-o', 'json']);
    expect(j.code).toBe(0);
    const json = JSON.parse(j.stdout) as {
      Tenant: { Name: string; Created: boolean };
      Catalog: { Countries: { Code: string }[]; Cities: { CityCode: string }[] };
    };
    expect(json.Tenant).toMatchObject({ Name: 'Contoso', Created: false });
    expect(json.Catalog.Countries.map((c) => c.Code)).toEqual(expect.arrayContaining(['US', 'CA', 'GB', 'FR', 'DE', 'NL', 'IE', 'ES']));
    expect(json.Catalog.Cities.map((c) => c.CityCode)).toContain('NOAM-US-NY-NY');
  });

  it('init --tenant-name adds a second tenant to an existing store', () => {
    const store = newStore();
    const r = runBin(['init', '--store', store, '--tenant-name', 'Fabrikam', '--country', 'gb', '-o', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).Tenant).toMatchObject({ Name: 'Fabrikam', Country: 'GB', Created: true });
    const s = runBin(['status', '--store', store, '--tenant', 'fabrikam', '-o', 'json']);
    expect(JSON.parse(s.stdout).Tenant.Name).toBe('Fabrikam');
  });

  it('init -WhatIf checks the catalog file and the country, and writes nothing', () => {
    const store = newStore();
    const audit = () => (JSON.parse(runBin(['get-audit-log', '--store', store, '--first', 'Unlimited', '-o', 'json']).stdout) as unknown[]).length;
    const before = audit();
    const r = runBin(['init', '--store', store, '--tenant-name', 'Fabrikam', '--country', 'gb', '--catalog', 'fixtures/catalog.json', '-WhatIf', '-o', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      { Change: 'Load catalog', Target: expect.stringMatching(/^callplan default catalog \(.*catalog\.json\)$/) as unknown, Result: 'WhatIf' },
      { Change: 'Create tenant', Target: 'Fabrikam (GB)', Result: 'WhatIf' },
    ]);
    expect(runBin(['status', '--store', store, '--tenant', 'Fabrikam']).stderr).toMatch(/TenantNotFound/);
    expect(audit()).toBe(before);
    expect(runBin(['init', '--store', store, '--tenant-name', 'X', '--country', 'G', '-WhatIf']).stderr).toMatch(/^callplan: InvalidCountry: /);
  });

  it('any command on a missing store creates it with the default catalog and tenant', () => {
    const store = path.join(tempDir(), 'auto.db');
    const r = runBin(['status', '--store', store]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Contoso');
    expect(fs.existsSync(store)).toBe(true);
  });

  it('uses CALLPLAN_STORE, then the per-user data folder', () => {
    const dir = tempDir();
    const viaEnv = path.join(dir, 'env.db');
    expect(runBin(['status'], { env: { CALLPLAN_STORE: viaEnv } }).code).toBe(0);
    expect(fs.existsSync(viaEnv)).toBe(true);
    const home = tempDir();
    expect(runBin(['status'], { env: { HOME: home, XDG_DATA_HOME: undefined } }).code).toBe(0);
    expect(fs.existsSync(path.join(home, '.local', 'share', 'callplan', 'callplan.db'))).toBe(true);
  });

  const usage: [string, string[], string][] = [
    ['unknown command', ['Get-CsNothing'], 'UnknownCommand'],
    ['unknown parameter', ['status', '-Nope'], 'UnknownParameter'],
    ['bad output format', ['status', '-o', 'xml'], 'InvalidValue'],
    ['missing value', ['get-audit-log', '--first'], 'MissingValue'],
    ['bad number value', ['get-audit-log', '--first', 'ten'], 'InvalidValue'],
  ];
  it.each(usage)('%s is exit 2 with one line naming the ErrorId', (_n, args, id) => {
    const r = runBin(['--store', newStore(), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^callplan: ${id}: .+\\n$`));
    expect(r.stdout).toBe('');
  });

  it('with -o json an error is a JSON object on stderr', () => {
    const r = runBin(['--store', newStore(), 'status', '-Nope', '-o', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ ErrorId: 'UnknownParameter', ExitCode: 2 });
  });

  it('an invalid CALLPLAN_NOW is a usage error', () => {
    const r = runBin(['--store', newStore(), 'status'], { env: { CALLPLAN_NOW: 'tomorrow' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/InvalidClock/);
  });

  it('an unknown tenant is exit 1 naming the tenants', () => {
    const r = runBin(['--store', newStore(), 'status', '--tenant', 'Nobody']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/TenantNotFound: .*Tenants: Contoso/);
  });

  it('a file that is not a store is exit 3 and is not overwritten', () => {
    const file = path.join(tempDir(), 'notes.db');
    fs.writeFileSync(file, 'not sqlite at all, just some text that is long enough');
    const r = runBin(['status', '--store', file]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^callplan: StoreCorrupt: /);
    expect(fs.readFileSync(file, 'utf8')).toBe('not sqlite at all, just some text that is long enough');
  });

  it('a store from a newer version is exit 3', () => {
    const store = newStore();
    const db = new Database(store);
    db.pragma('user_version = 999');
    db.close();
    const r = runBin(['status', '--store', store]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/StoreTooNew: .*newer callplan/);
  });

  it('a missing folder is exit 3', () => {
    const r = runBin(['status', '--store', path.join(tempDir(), 'nope', 's.db')]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/StoreDirectoryMissing/);
  });

  it('a store locked by another writer past the timeout is exit 3 (StoreLocked), not a raw SQLITE_BUSY', () => {
    const store = newStore();
    const db = new Database(store);
    db.exec('BEGIN EXCLUSIVE');
    try {
      const r = runBin(['init', '--store', store, '--tenant-name', 'Blocked'], { env: { CALLPLAN_BUSY_TIMEOUT: '200' } });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^callplan: StoreLocked: /);
    } finally {
      db.exec('ROLLBACK');
      db.close();
    }
  });

  it('NO_COLOR output has no escape codes', () => {
    const r = runBin(['--store', newStore(), 'status'], { env: { NO_COLOR: '1' } });
    expect(r.stdout).not.toContain('\u001b[');
  });
});
