// Safe output: exported CSV cannot inject formulas, terminal output cannot carry escape sequences from stored text,
// and the store file is created 0600.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/bin.js';
import { exec, newStore, tempDir } from '../helpers/store.js';

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Stores hostile text directly (as if an older tool or another writer had put it there). */
function hostileStore(): string {
  const store = newStore();
  exec(
    store,
    "INSERT INTO users (tenant_id, object_id, upn, upn_key, display_name, sip_address, sip_key, usage_location, created_at) VALUES (1, '11111111-1111-4111-8111-111111111111', 'evil@contoso.com', 'evil@contoso.com', ?, 'sip:evil@contoso.com', 'sip:evil@contoso.com', 'US', '2026-11-26T09:00:00Z')",
    '=HYPERLINK("http://x")\u001b[2J\u001b]0;owned\u0007\u009b31m\u202eevil\r\nnext',
  );
  return store;
}

describe('safe output', () => {
  it.each(['table', 'list', 'csv', 'json', 'jsonl'])('stored escape sequences never reach the terminal (-o %s)', (format) => {
    const r = runBin(['--store', hostileStore(), 'get-user', '-o', format]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toMatch(/evil/);
  });

  it('exported CSV neutralises formula cells', () => {
    const r = runBin(['--store', hostileStore(), 'get-user', '-o', 'csv', '--properties', 'DisplayName,UserPrincipalName']);
    const line = r.stdout.split('\n')[1]!;
    expect(line.startsWith('"\'=HYPERLINK') || line.startsWith("'=HYPERLINK")).toBe(true);
  });

  it('error messages quoting stored or typed text are escaped too', () => {
    const r = runBin(['--store', newStore(), 'get-voice-user', 'x\u001b[31m@contoso.com']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('\\x1B[31m');
  });

  it('a new store file is created 0600, and so are its journal files', () => {
    const store = path.join(tempDir(), 'private.db');
    expect(runBin(['--store', store, 'status']).code).toBe(0);
    expect(fs.statSync(store).mode & 0o777).toBe(0o600);
    for (const s of ['-wal', '-shm']) if (fs.existsSync(store + s)) expect(fs.statSync(store + s).mode & 0o077).toBe(0);
  });
});
