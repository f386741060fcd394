// The real binary: a 100,000-user import (counts, not time), standard input, exit codes of the user commands.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { newStore, peek, tempDir } from '../helpers/store.js';

const count = (store: string, sql: string) => peek<{ n: number }>(store, sql)[0]!.n;

describe('import-users through the binary', () => {
  it('imports 100,000 users from a CSV in one run; a re-run changes nothing', () => {
    const store = newStore();
    const file = path.join(tempDir(), 'users.csv');
    const lines = ['UserPrincipalName,DisplayName,UsageLocation,Email'];
    for (let i = 0; i < 100_000; i++) lines.push(`user${i}@contoso.com,User ${i},${i % 2 ? 'US' : 'GB'},user${i}@contoso.com`);
    fs.writeFileSync(file, lines.join('\r\n') + '\r\n');

    const r = runBin(['import-users', '--csv', file, '--store', store]);
    expect(r.stderr).toBe('callplan: 100,000 Created.\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('100,000 rows (-o csv or --report FILE lists every row).\n');
    expect(count(store, 'SELECT COUNT(*) AS n FROM users')).toBe(100_000);
    expect(count(store, "SELECT COUNT(*) AS n FROM users WHERE usage_location = 'GB'")).toBe(50_000);
    expect(count(store, "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'Add-User'")).toBe(100_000);
    expect(count(store, 'SELECT COUNT(DISTINCT object_id) AS n FROM users')).toBe(100_000);

    const again = runBin(['import-users', '--csv', file, '--store', store, '-o', 'csv']);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('callplan: 100,000 Unchanged.\n');
    expect(again.stdout.trim().split('\n')).toHaveLength(100_001);
    expect(count(store, 'SELECT COUNT(*) AS n FROM users')).toBe(100_000);
  });

  it('reads CSV from standard input; one bad row fails the whole run with exit 1 and writes nothing', () => {
    const store = newStore();
    const r = runBin(['import-users', '--csv', '-', '--store', store], { input: 'UserPrincipalName\na@contoso.com\nnot-an-upn\n' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/2\s+a@contoso\.com\s+Skipped/);
    expect(r.stdout).toMatch(/3\s+not-an-upn\s+Failed\s+InvalidValue/);
    expect(r.stderr).toBe('callplan: 1 Failed, 1 Skipped — nothing was changed.\n');
    expect(count(store, 'SELECT COUNT(*) AS n FROM users')).toBe(0);
  });

  it('a malformed file is a one-line usage error (exit 2), no stack trace', () => {
    const store = newStore();
    const r = runBin(['import-users', '--csv', '-', '--store', store], { input: 'UserPrincipalName,DisplayName\n"a@contoso.com,A\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'callplan: MalformedCsv: standard input, line 2: a quoted cell is never closed (the file ends inside quotes). Hint: Fix the file; nothing was changed.\n',
    );
  });
});

describe('user commands through the binary', () => {
  it('add-user, get-user (Get-CsOnlineUser), set-user (Set-MsolUser) with their exit codes', () => {
    const store = newStore();
    expect(runBin(['add-user', 'ken@contoso.com', '--usage-location', 'US', '--store', store]).code).toBe(0);
    const dup = runBin(['add-user', 'ken@contoso.com', '--store', store]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(/^callplan: UserAlreadyExists: ken@contoso\.com already exists/);
    const bad = runBin(['add-user', 'ken2@contoso.com', '--usage-location', 'UK', '--store', store]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^callplan: InvalidValue: .*for United Kingdom use GB/);
    const set = runBin(['Set-MsolUser', '-UserPrincipalName', 'ken@contoso.com', '-UsageLocation', 'CA', '--store', store]);
    expect(set.code).toBe(0);
    const get = runBin(['Get-CsOnlineUser', 'ken@contoso.com', '--store', store, '-o', 'json']);
    expect(JSON.parse(get.stdout)).toMatchObject({ UserPrincipalName: 'ken@contoso.com', UsageLocation: 'CA' });
    const missing = runBin(['get-user', 'nobody@contoso.com', '--store', store, '-o', 'json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stderr)).toMatchObject({ ErrorId: 'UserNotFound', ExitCode: 1 });
  });
});
