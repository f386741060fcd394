// Baselines: the raw work a command does, written as plainly as possible, so a ratio shows callplan's own overhead.
// Run as: node bench/lib/baselines.mjs <voice|users> <store> <csv>
import Database from 'better-sqlite3';
import { parse } from 'csv-parse';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';

const [kind, store, csv] = process.argv.slice(2);
const db = new Database(store);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('foreign_keys = ON');
const now = new Date().toISOString();
const rows = [];
for await (const rec of fs.createReadStream(csv).pipe(parse({ bom: true, from_line: 2 }))) rows.push(rec);

if (kind === 'voice') {
  // The same writes set-voice-user makes for each row: number to user, enterprise voice on, one audit row.
  const number = db.prepare(
    "UPDATE numbers SET user_id = (SELECT id FROM users WHERE tenant_id = 1 AND upn_key = ?), target_type = 'user', location_id = (SELECT id FROM locations WHERE location_id = ?) WHERE number = ?",
  );
  const user = db.prepare('UPDATE users SET enterprise_voice = 1 WHERE tenant_id = 1 AND upn_key = ?');
  const audit = db.prepare(
    "INSERT INTO audit_log (tenant_id, at, operation, target, parameters, before, after, result) VALUES (1, ?, 'Set-CsOnlineVoiceUser', ?, ?, ?, ?, 'Assigned')",
  );
  db.transaction(() => {
    for (const [identity, tel, loc] of rows) {
      const key = identity.toLowerCase();
      number.run(key, loc, tel.replace(/^\+/, ''));
      user.run(key);
      audit.run(
        now,
        identity,
        JSON.stringify({ Identity: identity, TelephoneNumber: tel, LocationID: loc }),
        JSON.stringify({ TelephoneNumber: null }),
        JSON.stringify({ TelephoneNumber: tel, LocationID: loc }),
      );
    }
  })();
} else if (kind === 'users') {
  // The same rows import-users writes: one user and one audit row each.
  const user = db.prepare(
    'INSERT INTO users (tenant_id, object_id, upn, upn_key, display_name, sip_address, sip_key, usage_location, email, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const audit = db.prepare(
    "INSERT INTO audit_log (tenant_id, at, operation, target, parameters, after, result) VALUES (1, ?, 'New-CsCallplanUser', ?, '{}', ?, 'Created')",
  );
  db.transaction(() => {
    for (const [upn, name, usage, email] of rows) {
      const id = randomUUID();
      user.run(id, upn, upn.toLowerCase(), name, `sip:${upn}`, `sip:${upn}`.toLowerCase(), usage, email, now);
      audit.run(now, upn, JSON.stringify({ objectId: id, upn }));
    }
  })();
}
db.close();
