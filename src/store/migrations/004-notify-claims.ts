// Migration 4: claims, so that two notify-users runs on one tenant never tell the same user twice. A run holds a lease
// (renewed while it sends) and names its process; a claim on a user is live while its run is: the lease has not
// lapsed and, on this host, the process still exists (so Ctrl+C or kill -9 frees the users at once).
import type { Migration } from './index.js';

export const migration004: Migration = {
  version: 4,
  name: 'notification claims: one notify-users run at a time tells a user',
  up: `
    CREATE TABLE notify_runs (
      run_id     TEXT PRIMARY KEY,
      tenant_id  INTEGER NOT NULL REFERENCES tenants(id),
      host       TEXT NOT NULL,
      pid        INTEGER NOT NULL,
      started_at TEXT NOT NULL,
      expires_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE notify_claims (
      user_id INTEGER PRIMARY KEY REFERENCES users(id),
      run_id  TEXT NOT NULL REFERENCES notify_runs(run_id)
    );
    CREATE INDEX notify_claims_run ON notify_claims(run_id);
  `,
};
