// The defects a hostile run found (issue 14), one class per block: path safety, foreign stores, file names, lock scope,
// write failures, escaping, the clock and parsing. Each refused run leaves the store byte-identical.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BIN, runBin } from '../helpers/bin.js';
import { storeDigest } from '../helpers/digest.js';
import { at, cp, exec, newStore, peek, tempDir } from '../helpers/store.js';
import { licensedUser, voiceTenant } from '../voice/fixtures.js';

const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const NO_INTERNALS = /SQLITE_|InternalError|at .*\.js:\d+|node:internal/;

/** The store's bytes, with its -wal if there is one (what a refused run must leave alone). */
function bytesOf(store: string): string {
  const wal = fs.existsSync(`${store}-wal`) ? fs.readFileSync(`${store}-wal`).toString('hex') : '';
  return fs.readFileSync(store).toString('hex') + '|' + wal;
}

function write(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** The files a process has open (Linux /proc). */
function openFiles(pid: number): string[] {
  try {
    return fs.readdirSync(`/proc/${pid}/fd`).map((fd) => {
      try {
        return fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        return '';
      }
    });
  } catch {
    return [];
  }
}

/** Polls a condition until it holds (at most 2,000 polls; the test fails if it never does). */
async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (cond()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('condition never held');
}

const USERS_CSV = 'UserPrincipalName\nnew1@contoso.com\n';

describe('path safety: no output file is ever the store, its journal files or an input of the run', () => {
  const bulk = async (): Promise<{ store: string; dir: string; runs: Record<string, (report: string, input?: string) => string[]> }> => {
    const t = await voiceTenant();
    const dir = tempDir();
    const users = write(dir, 'users.csv', USERS_CSV);
    const lic = write(dir, 'lic.csv', 'Identity,AddLicenses\nann@contoso.com,MCOEV\n');
    const voice = write(dir, 'voice.csv', `Identity,TelephoneNumber,LocationID\nann@contoso.com,${t.us[0]!},${t.usLocation}\n`);
    return {
      store: t.store,
      dir,
      runs: {
        'import-users': (report, input = users) => ['import-users', '--csv', input, '--report', report],
        'set-user-license': (report, input = lic) => ['set-user-license', '--csv', input, '--report', report],
        'set-voice-user': (report, input = voice) => ['set-voice-user', '--csv', input, '--report', report],
      },
    };
  };

  it.each(['import-users', 'set-user-license', 'set-voice-user'])(
    '%s --report naming the store, -wal, -shm or -journal is refused and the store is untouched',
    async (cmd) => {
      const { store, runs } = await bulk();
      const before = bytesOf(store);
      const digest = storeDigest(store);
      for (const target of [store, `${store}-wal`, `${store}-shm`, `${store}-journal`, `${path.dirname(store)}/./${path.basename(store)}`]) {
        const r = runBin(['--store', store, ...runs[cmd]!(target)]);
        expect(r.code, target).toBe(2);
        expect(r.stderr).toMatch(/^callplan: UnsafeOutputPath: .* Hint: /);
        expect(bytesOf(store)).toBe(before);
      }
      expect(runBin(['--store', store, 'get-user', 'ann@contoso.com']).code).toBe(0); // the store is still the store
      expect(storeDigest(store)).toBe(digest);
    },
  );

  it('a symlink or hard link to the store is the store', async () => {
    const { store, dir, runs } = await bulk();
    const before = bytesOf(store);
    fs.symlinkSync(store, path.join(dir, 'link.db'));
    fs.linkSync(store, path.join(dir, 'hard.db'));
    for (const target of [path.join(dir, 'link.db'), path.join(dir, 'hard.db')]) {
      const r = runBin(['--store', store, ...runs['import-users']!(target)]);
      expect(r.code, target).toBe(2);
      expect(r.stderr).toMatch(/UnsafeOutputPath/);
    }
    expect(bytesOf(store)).toBe(before);
  });

  it('--report naming the input (same path, relative, symlink, hard link) is refused before the input is read', async () => {
    const { store, dir, runs } = await bulk();
    const input = path.join(dir, 'users.csv');
    fs.symlinkSync(input, path.join(dir, 'users-link.csv'));
    fs.linkSync(input, path.join(dir, 'users-hard.csv'));
    const digest = storeDigest(store);
    for (const report of [input, 'users.csv', './sub/../users.csv', path.join(dir, 'users-link.csv'), path.join(dir, 'users-hard.csv')]) {
      fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
      const r = runBin(['--store', store, ...runs['import-users']!(report, input)], { cwd: dir });
      expect(r.code, report).toBe(2);
      expect(r.stderr).toMatch(/UnsafeOutputPath: .*input/);
      expect(fs.readFileSync(input, 'utf8')).toBe(USERS_CSV);
    }
    expect(storeDigest(store)).toBe(digest);
  });

  it('a report is written whole and private (0600), and a failed run keeps the old report', async () => {
    const { store, dir, runs } = await bulk();
    const report = path.join(dir, 'report.csv');
    expect(runBin(['--store', store, ...runs['import-users']!(report)]).code).toBe(0);
    expect(fs.statSync(report).mode & 0o777).toBe(0o600);
    const first = fs.readFileSync(report, 'utf8');
    expect(first).toMatch(/new1@contoso.com.*Created/);
    const bad = write(dir, 'bad.csv', 'UserPrincipalName\nnot-a-upn\n');
    expect(runBin(['--store', store, ...runs['import-users']!(report, bad)]).code).toBe(1);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]); // no temp files left behind
  });
});

describe('foreign stores: anything that is not a callplan store is refused byte-identical', () => {
  const foreign = (setup: (db: Database.Database) => void): string => {
    const file = path.join(tempDir(), 'other.db');
    const db = new Database(file);
    setup(db);
    db.close();
    return file;
  };

  it.each([
    [
      'a notes database',
      (db: Database.Database) => db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('hello')"),
    ],
    ['a database with its own users table', (db: Database.Database) => db.exec('CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)')],
    ['an empty database with a schema version', (db: Database.Database) => db.pragma('user_version = 7')],
  ])('%s → exit 3 NotACallplanStore, journal mode and bytes unchanged', (_what, setup) => {
    const file = foreign(setup);
    const before = fs.readFileSync(file);
    for (const args of [['get-user'], ['add-user', 'a@contoso.com', '--usage-location', 'US'], ['status']]) {
      const r = runBin(['--store', file, ...args]);
      expect(r.code, args.join(' ')).toBe(3);
      expect(r.stderr).toMatch(/^callplan: NotACallplanStore: .* Hint: /);
      expect(r.stderr).not.toMatch(NO_INTERNALS);
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('a negative user_version is a damaged store (exit 3), not an InternalError', () => {
    const store = newStore();
    exec(store, 'PRAGMA user_version = -1');
    const r = runBin(['--store', store, 'get-user']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^callplan: (StoreCorrupt|NotACallplanStore): /);
    expect(r.stderr).not.toMatch(NO_INTERNALS);
  });

  it('a 0-byte file becomes a store only with a message', () => {
    const file = path.join(tempDir(), 'empty.db');
    fs.writeFileSync(file, '');
    const r = runBin(['--store', file, 'get-user']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/empty\b.*new callplan store/i);
    expect(runBin(['--store', file, 'get-user']).stderr).toBe(''); // once
  });

  it('--store and --tenant must not be empty', () => {
    for (const args of [
      ['--store', ''],
      ['--tenant', ''],
    ]) {
      const r = runBin([...args, 'get-user'], { env: { CALLPLAN_STORE: path.join(tempDir(), 's.db') } });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/InvalidValue: .*empty/);
    }
  });

  it('a new store in a read-only folder is refused, like an existing one (even as root)', () => {
    const dir = tempDir();
    fs.chmodSync(dir, 0o555);
    try {
      const r = runBin(['--store', path.join(dir, 'new.db'), 'get-user']);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^callplan: Store\w+: .*read-only|not writable/);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });
});

describe('file names: one .eml per user, never shared', () => {
  it("o'brien, o#brien and o!brien get three files, each named in its row", async () => {
    const t = await voiceTenant();
    const upns = ["o'brien@contoso.com", 'o#brien@contoso.com', 'o!brien@contoso.com'];
    for (const [i, upn] of upns.entries()) {
      await licensedUser(t.store, upn);
      expect((await cp(t.store, ['set-user', upn, '--email', `obrien${i}@contoso.com`])).code).toBe(0);
      expect((await cp(t.store, ['set-voice-user', upn, '--telephone-number', t.us[3 + i]!, '--location-id', t.usLocation])).code).toBe(0);
    }
    const out = path.join(tempDir(), 'eml');
    const r = await cp(t.store, ['notify-users', '--identity', upns.join(','), '--out', out, '-o', 'json']);
    const rows = r.json<{ Identity: string; Result: string; Message: string }[]>();
    expect(rows.map((x) => x.Result)).toEqual(['Written', 'Written', 'Written']);
    const files = fs.readdirSync(out);
    expect(new Set(files).size).toBe(3);
    for (const row of rows) expect(files.some((f) => row.Message.includes(f))).toBe(true);
    for (const f of files) expect(fs.statSync(path.join(out, f)).mode & 0o777).toBe(0o600);
    expect(fs.statSync(out).mode & 0o777).toBe(0o700);
  });
});

describe('lock scope: a bulk run reading a pipe does not hold the store while it waits', () => {
  it('another writer succeeds while import-users --csv - waits for the rest of its input', async () => {
    const store = newStore();
    const child = spawn(process.execPath, [BIN, '--store', store, 'import-users', '--csv', '-'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, CALLPLAN_NOW: at(0) },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const done = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
    child.stdin.write('UserPrincipalName\nslow1@contoso.com\n');
    // Wait (by events seen, not by time) until the child has the store and its -wal open: it is past opening and
    // reading is all that is left, so an old-style run would hold the write lock from here on.
    await until(() => openFiles(child.pid!).some((f) => f === `${store}-wal`));
    // A writer that gives up at once if the store is locked: run it while the pipe is still open.
    const other = runBin(['--store', store, 'add-user', 'other@contoso.com', '--usage-location', 'US'], { env: { CALLPLAN_BUSY_TIMEOUT: '0' } });
    expect(other.stderr).toBe('');
    expect(other.code).toBe(0);
    child.stdin.end('slow2@contoso.com\n');
    expect(await done).toBe(0);
    expect(stderr).toBe('callplan: 2 Created.\n');
    expect(peek<{ upn: string }>(store, 'SELECT upn FROM users ORDER BY upn').map((u) => u.upn)).toEqual([
      'other@contoso.com',
      'slow1@contoso.com',
      'slow2@contoso.com',
    ]);
  });
});

describe('write failures: a report or output that cannot be written', () => {
  it('set-voice-user --report /dev/full assigns nothing: exit 1 FileWriteFailed', async () => {
    const t = await voiceTenant();
    const csv = write(tempDir(), 'good.csv', `Identity,TelephoneNumber,LocationID\nann@contoso.com,${t.us[0]!},${t.usLocation}\n`);
    const digest = storeDigest(t.store);
    const r = runBin(['--store', t.store, 'set-voice-user', '--csv', csv, '--report', '/dev/full']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^callplan: FileWriteFailed: .*nothing was changed|nothing changed/i);
    expect(r.stderr).not.toMatch(NO_INTERNALS);
    expect(storeDigest(t.store)).toBe(digest);
  });

  it('import-users --report /dev/full creates nobody', () => {
    const store = newStore();
    const csv = write(tempDir(), 'u.csv', USERS_CSV);
    const r = runBin(['--store', store, 'import-users', '--csv', csv, '--report', '/dev/full']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/FileWriteFailed/);
    expect(peek(store, 'SELECT upn FROM users')).toEqual([]);
  });

  it.each(['csv', 'json', 'table'])('stdout on a full disk (-o %s) is exit 1 OutputWriteFailed, no stack trace', (format) => {
    const store = newStore();
    exec(
      store,
      "INSERT INTO users (tenant_id, object_id, upn, upn_key, display_name, sip_address, sip_key, usage_location, created_at) VALUES (1, '11111111-1111-4111-8111-111111111111', 'a@contoso.com', 'a@contoso.com', 'A', 'sip:a@contoso.com', 'sip:a@contoso.com', 'US', '2026-11-26T09:00:00Z')",
    );
    const full = fs.openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, '--store', store, 'get-user', '-o', format], {
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        env: { PATH: process.env.PATH, CALLPLAN_NOW: at(0) },
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(format === 'json' ? /^\{"ErrorId":"OutputWriteFailed"/ : /^callplan: OutputWriteFailed: /);
      expect(r.stderr).not.toMatch(NO_INTERNALS);
    } finally {
      fs.closeSync(full);
    }
  });
});

describe('escaping: control characters never enter as names and never leave raw', () => {
  it.each(['T\u001b]0;PWNED\u0007\u001b[31mRED', 'Contoso\u202eevil', 'Contoso\u009b31m'])('init --tenant-name %j is refused', (name) => {
    const store = path.join(tempDir(), 's.db');
    const r = runBin(['--store', store, 'init', '--tenant-name', name]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/InvalidValue|InvalidTenantName/);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('a hostile tenant or SKU name already in a store is escaped in text and JSON alike', () => {
    const store = newStore();
    exec(store, "UPDATE tenants SET name = 'T\u001b]0;PWNED\u0007\u202e\u009bX'");
    exec(store, "UPDATE skus SET name = 'Phone\u001b[31m\u202e\u0085System' WHERE sku = 'MCOEV'");
    for (const args of [
      ['status'],
      ['status', '-o', 'json'],
      ['get-license', '-o', 'json'],
      ['get-license', '-o', 'jsonl'],
      ['get-license'],
      ['get-tenant', '-o', 'json'],
    ]) {
      const r = runBin(['--store', store, ...args]);
      expect(r.stdout + r.stderr, args.join(' ')).not.toMatch(RAW_CONTROL);
    }
    const json = runBin(['--store', store, 'status', '-o', 'json']).stdout;
    expect(json).toContain('\\u202e'); // escaped the JSON way, still valid JSON
    expect(() => JSON.parse(json) as unknown).not.toThrow();
  });

  it('a catalog with control characters is refused as InvalidCatalog', () => {
    const catalog = JSON.parse(fs.readFileSync('fixtures/catalog.json', 'utf8')) as { skus: { name: string }[] };
    catalog.skus[0]!.name = 'Phone\u001b[2JSystem';
    const file = write(tempDir(), 'catalog.json', JSON.stringify(catalog));
    const store = path.join(tempDir(), 's.db');
    const r = runBin(['--store', store, 'init', '--catalog', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/InvalidCatalog: .*control character/);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  it('a huge cell is named, not echoed: messages quote at most a short piece of a value', async () => {
    const store = newStore();
    const big = 'x'.repeat(50_000);
    const r = await cp(store, ['add-user', `${big}@contoso.com`, '--usage-location', 'US']);
    expect(r.code).not.toBe(0);
    expect(r.err.length).toBeLessThan(1000);
    expect(r.err).toMatch(/50,?\d{3} characters/);
  });
});

describe('clock: time never runs backwards for a record', () => {
  const MIN = 60_000;
  const timeLeft = (r: { json<T>(): T }): number => r.json<{ TimeLeftSeconds: number }[]>()[0]!.TimeLeftSeconds;
  it('a hold made at 10:00 never shows more than 10 minutes left, and cannot be acquired before it was made', async () => {
    const store = newStore();
    expect((await cp(store, ['buy-license', 'MCOEV', '--quantity', '5'])).code).toBe(0);
    expect((await cp(store, ['buy-license', 'MCOPSTN1', '--quantity', '5'])).code).toBe(0);
    const made = await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '1', '-o', 'json'], {
      now: at(60 * MIN),
    });
    const id = made.json<{ ReservationId: string }>().ReservationId;
    const early = await cp(store, ['get-reservation', id, '-o', 'json'], { now: at(30 * MIN) });
    expect(timeLeft(early)).toBeLessThanOrEqual(600);
    expect((await cp(store, ['acquire', id, '--all'], { now: at(30 * MIN) })).code).toBe(0);
    const [n] = peek<{ acquired_at: string }>(store, 'SELECT acquired_at FROM numbers WHERE tenant_id IS NOT NULL');
    expect(n!.acquired_at >= at(60 * MIN)).toBe(true); // not before the reservation it came from
  });

  it('a hold made by a machine whose clock is ahead expires 10 minutes after it was made, not later', async () => {
    const store = newStore();
    expect((await cp(store, ['buy-license', 'MCOEV', '--quantity', '5'])).code).toBe(0);
    const made = await cp(store, ['reserve', '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-RD', '--quantity', '1', '-o', 'json'], {
      now: at(60 * MIN),
    });
    const id = made.json<{ ReservationId: string }>().ReservationId;
    for (const minutes of [0, 30, 59, 60, 65]) {
      const r = await cp(store, ['get-reservation', id, '-o', 'json'], { now: at(minutes * MIN) });
      expect(timeLeft(r), `at ${minutes} min`).toBeLessThanOrEqual(600);
    }
  });

  it.each(['2026-02-29T00:00:00Z', '2026-04-31T09:00:00Z', '2026-11-26T24:30:00Z', '2026-11-26T09:61:00Z'])('CALLPLAN_NOW=%s is refused', (now) => {
    const r = runBin(['--store', newStore(), 'get-user'], { env: { CALLPLAN_NOW: now } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^callplan: InvalidClock: /);
  });

  it('get-audit-log --since without a zone means the same instant under every TZ', async () => {
    const store = newStore();
    for (const [i, m] of [0, 30, 120, 600].entries())
      expect((await cp(store, ['add-user', `u${i}@contoso.com`, '--usage-location', 'US'], { now: at(m * 60_000) })).code).toBe(0);
    const counts = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati'].map((tz) => {
      const r = runBin(['--store', store, 'get-audit-log', '--since', '2026-11-26T10:00:00', '--until', '2026-11-26 19:30', '-o', 'json'], { env: { TZ: tz } });
      expect(r.code, tz).toBe(0);
      return (JSON.parse(r.stdout || '[]') as unknown[]).length;
    });
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBe(2);
  });
});

describe('parsing: numbers, extensions and paging values', () => {
  it.each([
    '--telephone-number=-14255037301',
    '--telephone-number=\u221214255037301',
    '--telephone-number=tel:+14255037302;ext=12',
    '--telephone-number=+14255037302;ext=12',
  ])('set-voice-user %s is refused and nothing is assigned', async (arg) => {
    const t = await voiceTenant();
    const digest = storeDigest(t.store);
    const r = runBin(['--store', t.store, 'set-voice-user', 'ann@contoso.com', arg, '--location-id', t.usLocation]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/InvalidNumber: .*(minus sign|extension)/);
    expect(storeDigest(t.store)).toBe(digest);
  });

  it('release-number refuses a negative number instead of releasing +1…', async () => {
    const t = await voiceTenant();
    const digest = storeDigest(t.store);
    const r = runBin(['--store', t.store, 'release-number', `-${t.us[5]!.replace(/^\+/, '')}`]);
    expect(r.code).not.toBe(0);
    expect(storeDigest(t.store)).toBe(digest);
  });

  it.each([
    ['get-user', '--skip', '9223372036854775807'],
    ['get-user', '--first', '9223372036854775807'],
    ['get-user', '--skip', '2147483648'],
    ['get-address', '--result-size', '99999999999999999999'],
    ['get-address', '--number-of-results-to-skip', '9223372036854775807'],
  ])('%s %s %s is a usage error (exit 2)', (...args) => {
    const r = runBin(['--store', newStore(), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^callplan: InvalidValue: .* Hint: /);
    expect(r.stderr).not.toMatch(NO_INTERNALS);
  });
});

describe('encodings and line lengths of bulk files', () => {
  const utf16 = (text: string, be: boolean, bom: boolean): Buffer => {
    const le = Buffer.from(text, 'utf16le');
    const body = be ? Buffer.from(le.map((_, i) => le[i ^ 1]!)) : le;
    return bom ? Buffer.concat([Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe]), body]) : body;
  };

  it.each([
    ['UTF-16LE with BOM', false, true, 'UTF-16LE'],
    ['UTF-16BE with BOM', true, true, 'UTF-16BE'],
    ['UTF-16LE without BOM', false, false, 'UTF-16LE'],
    ['UTF-16BE without BOM', true, false, 'UTF-16BE'],
  ])('a %s CSV is WrongEncoding (use UTF-8), for files and stdin', (_what, be, bom, name) => {
    const store = newStore();
    const data = utf16(USERS_CSV, be, bom);
    const file = path.join(tempDir(), 'u.csv');
    fs.writeFileSync(file, data);
    for (const [args, input] of [
      [['import-users', '--csv', file], undefined],
      [['import-users', '--csv', '-'], data.toString('latin1')],
    ] as const) {
      const r = spawnSync(process.execPath, [BIN, '--store', store, ...args], {
        input: input === undefined ? undefined : Buffer.from(input, 'latin1'),
        encoding: 'utf8',
        env: { PATH: process.env.PATH, CALLPLAN_NOW: at(0) },
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^callplan: WrongEncoding: .*${name}.*UTF-8.* Hint: `));
    }
    expect(peek(store, 'SELECT upn FROM users')).toEqual([]);
  });

  it('a JSONL file in UTF-16 is WrongEncoding too; a stray NUL in UTF-8 stays a cell problem', () => {
    const store = newStore();
    const file = path.join(tempDir(), 'u.jsonl');
    fs.writeFileSync(file, utf16('{"UserPrincipalName":"a@contoso.com"}\n', false, true));
    expect(runBin(['--store', store, 'import-users', '--jsonl', file]).stderr).toMatch(/WrongEncoding/);
    const nul = runBin(['--store', store, 'import-users', '--csv', 'fixtures/hostile/nul-bytes.csv']);
    expect(nul.stderr).not.toMatch(/WrongEncoding/);
  });

  it('an endless line stops with LineTooLong instead of growing memory (file, stdin, /dev/zero)', () => {
    const store = newStore();
    const file = path.join(tempDir(), 'long.csv');
    fs.writeFileSync(file, `UserPrincipalName\n${'a'.repeat(200_000)}\n`);
    const r = runBin(['--store', store, 'import-users', '--csv', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^callplan: LineTooLong: .*line 2 is longer than 65,536 bytes/);
    const piped = runBin(['--store', store, 'import-users', '--jsonl', '-'], { input: 'x'.repeat(300_000) });
    expect(piped.stderr).toMatch(/LineTooLong: standard input, line 1/);
    const zero = runBin(['--store', store, 'import-users', '--csv', '/dev/zero']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toMatch(/WrongEncoding: .*binary/);
    expect(peek(store, 'SELECT upn FROM users')).toEqual([]);
  });
});
