// Directory changes: creating users (add-user and import-users share one plan, for one row or 100,000) and editing one (set-user).
import { randomUUID } from 'node:crypto';
import { iso, type Clock } from '../clock.js';
import { countryLabel } from '../domain/countries.js';
import { checkField, checkNewUser, userDifferences, type UserFields } from '../domain/users.js';
import { quoted } from '../text/sanitize.js';
import { OperationError, UsageError, type Problem } from '../errors.js';
import { writeAudit } from '../store/audit.js';
import { listSkus } from '../store/catalog.js';
import { licensesOfUsers } from '../store/licenses.js';
import type { DB } from '../store/open.js';
import { writeTx } from '../store/sql.js';
import type { Tenant } from '../store/tenants.js';
import {
  createUserBatch,
  existingMatches,
  flagDuplicateRows,
  flagStoreClashes,
  insertNewUsers,
  insertUserRows,
  markExisting,
  type CheckedUserRow,
  userResultsPage,
  type UserResult,
} from '../store/user-batch.js';
import { findUser, numbersOfUsers, updateUserFields, type User, type UserEdit } from '../store/users.js';
import { forEachChunk, runBatch, finishBatch, type BatchRun, type BatchSummary, type BulkMode } from './bulk.js';

/** The audit operation of creating a user (add-user and import-users alike). */
export const ADD_USER_OPERATION = 'Add-User';
/** The audit operation of set-user. */
export const SET_USER_OPERATION = 'Set-MsolUser';

/** One user to create: its row (1 for add-user), the fields given, and problems already found reading it. */
export interface UserRequest {
  row: number;
  fields: UserFields;
  problems: Problem[];
}

/** What a create run did: rows per Result, and whether users were written. */
export type CreateSummary = BatchSummary;

/** A finished create-users run, its rows read a page at a time. */
export type UserBatch = CreateSummary & BatchRun<UserResult>;

const CHUNK = 5000;

/** Checks one request's fields (pure rules); a row the reader could not read reports only that (its cells may be misaligned). */
function checkRow(r: UserRequest, newId: () => string): CheckedUserRow {
  const upnKey = r.fields.upn?.trim().toLowerCase() || undefined;
  if (r.problems.length) {
    return {
      row: r.row,
      upnKey,
      subject: r.fields.upn?.trim() ?? '',
      given: {},
      user: undefined,
      errorId: r.problems[0]!.errorId,
      message: r.problems.map((p) => p.message).join(' '),
    };
  }
  const c = checkNewUser(r.fields, newId);
  const first = c.problems[0];
  return {
    row: r.row,
    upnKey,
    subject: c.user?.upn ?? r.fields.upn?.trim() ?? '',
    given: c.given,
    user: c.user,
    errorId: first?.errorId,
    message: first ? c.problems.map((p) => p.message).join(' ') : undefined,
  };
}

/**
 * Creates users (add-user: one request; import-users and the wizard: a file streamed in). Every row is checked first —
 * its fields, duplicates across rows, and clashes with the store — then the good ones are written, all or nothing by
 * default, with audit rows, in one IMMEDIATE transaction. The checked rows wait in a temp table, so memory stays flat.
 * Returns the run: its counts, and its rows a page at a time.
 */
export async function createUsers(
  db: DB,
  tenant: Tenant,
  clock: Clock,
  source: AsyncIterable<UserRequest> | Iterable<UserRequest>,
  mode: BulkMode<UserResult>,
  newId: () => string = randomUUID,
  onRow?: (count: number) => void,
): Promise<UserBatch> {
  createUserBatch(db);
  return runBatch(
    db,
    'user_batch',
    source,
    mode,
    async (rows) => {
      await forEachChunk(
        rows,
        CHUNK,
        (chunk) =>
          insertUserRows(
            db,
            chunk.map((r) => checkRow(r, newId)),
          ),
        onRow,
      );
      flagDuplicateRows(db);
      // Rows whose UPN exists already: identical is Unchanged (a re-run is idempotent), different is refused.
      for (let after = 0; ;) {
        const page = existingMatches(db, tenant.id, after, CHUNK);
        if (!page.length) break;
        for (const m of page) {
          const diffs = userDifferences(m.stored, m.given);
          markExisting(
            db,
            m.row,
            m.stored.objectId,
            diffs.length
              ? `${m.stored.upn} already exists with other values: ${diffs.join(', ')}. Change it with callplan set-user, or fix the row.`
              : undefined,
            `already exists with these values (ObjectId ${m.stored.objectId}).`,
          );
        }
        after = page[page.length - 1]!.row;
      }
      flagStoreClashes(db, tenant.id);
      return finishBatch(db, 'user_batch', mode, 'Created', () => insertNewUsers(db, tenant.id, iso(clock()), ADD_USER_OPERATION));
    },
    (after, limit, onlyFailed) => userResultsPage(db, after, limit, onlyFailed),
  );
}

/** set-user's request: '' clears UsageLocation or Email. */
export interface UserEditRequest {
  identity: string;
  displayName?: string | undefined;
  usageLocation?: string | undefined;
  email?: string | undefined;
}

/** Finds a user or raises UserNotFound. */
export function requireUser(db: DB, tenant: Tenant, identity: string): User {
  const u = findUser(db, tenant.id, identity);
  if (!u)
    throw new OperationError(
      'UserNotFound',
      `there is no user ${quoted(identity)} in tenant ${tenant.name}.`,
      'callplan get-user lists the users; add-user creates one.',
    );
  return u;
}

/** Reads set-user's fields into an edit; a bad value is a usage error. */
function checkEdit(req: UserEditRequest): UserEdit {
  const edit: UserEdit = {};
  const read = (field: 'DisplayName' | 'UsageLocation' | 'Email', raw: string | undefined, clearable: boolean): string | null | undefined => {
    if (raw === undefined) return undefined;
    if (raw.trim() === '' && clearable) return null;
    const r = checkField(field, raw);
    if ('problem' in r) throw new UsageError(r.problem.errorId, r.problem.message);
    return r.value;
  };
  const dn = read('DisplayName', req.displayName, false);
  if (dn) edit.displayName = dn;
  const ul = read('UsageLocation', req.usageLocation, true);
  if (ul !== undefined) edit.usageLocation = ul;
  const em = read('Email', req.email, true);
  if (em !== undefined) edit.email = em;
  return edit;
}

/** Refuses a usage location the user's number or Calling Plan does not allow. */
function checkUsageLocation(db: DB, user: User, next: string | null): void {
  const held = numbersOfUsers(db, [user.id]).get(user.id);
  if (held && next !== held.country) {
    throw new OperationError(
      'CountryMismatch',
      `${user.upn} holds +${held.number}, a ${countryLabel(held.country)} number, so the usage location must stay ${held.country}, not ${next ? countryLabel(next) : 'empty'}.`,
      `Remove or change the number first: callplan set-voice-user --identity ${user.upn} --telephone-number $null`,
    );
  }
  if (next === null) {
    const plans = listSkus(db)
      .filter((s) => s.grants.includes('CallingPlan'))
      .map((s) => s.sku);
    const held = (licensesOfUsers(db, [user.id]).get(user.id) ?? []).filter((s) => plans.includes(s));
    if (held.length) {
      throw new OperationError(
        'UsageLocationRequired',
        `${user.upn} holds the Calling Plan ${held.join(', ')}, which needs a usage location.`,
        `Remove it first: callplan set-user-license --identity ${user.upn} --remove-licenses ${held.join(',')}`,
      );
    }
  }
}

/** Edits a user's directory fields (set-user): checks, then writes with an audit row, or only reports with -WhatIf. */
export function editUser(
  db: DB,
  tenant: Tenant,
  clock: Clock,
  req: UserEditRequest,
  whatIf: boolean,
): { user: User; changes: string[]; result: 'Updated' | 'Unchanged' | 'WhatIf' } {
  const edit = checkEdit(req);
  const run = () => {
    const user = requireUser(db, tenant, req.identity);
    const before = { DisplayName: user.displayName, UsageLocation: user.usageLocation, Email: user.email };
    const after = {
      DisplayName: edit.displayName ?? user.displayName,
      UsageLocation: edit.usageLocation === undefined ? user.usageLocation : edit.usageLocation,
      Email: edit.email === undefined ? user.email : edit.email,
    };
    const changes = (Object.keys(before) as (keyof typeof before)[])
      .filter((k) => (before[k] ?? '') !== (after[k] ?? ''))
      .map((k) => `${k} ${before[k] === null ? '(none)' : quoted(before[k])} → ${after[k] === null ? '(none)' : quoted(after[k])}`);
    if (!changes.length) return { user, changes, result: 'Unchanged' as const };
    if (after.UsageLocation !== user.usageLocation) checkUsageLocation(db, user, after.UsageLocation);
    if (whatIf) return { user, changes, result: 'WhatIf' as const };
    updateUserFields(db, user.id, edit);
    const now = iso(clock());
    writeAudit(db, { tenantId: tenant.id, at: now, operation: SET_USER_OPERATION, target: user.upn, parameters: { ...req }, before, after, result: 'Updated' });
    return { user: { ...user, displayName: after.DisplayName, usageLocation: after.UsageLocation, email: after.Email }, changes, result: 'Updated' as const };
  };
  return whatIf ? run() : writeTx(db, run);
}

/**
 * Sets one usage location for several users (the wizard, before licensing them) in one transaction. Each edit checks
 * before it writes, so a refused user leaves nothing behind; the others are set. Returns how many were set and why
 * the rest were refused.
 */
export function setUsageLocations(
  db: DB,
  tenant: Tenant,
  clock: Clock,
  identities: readonly string[],
  usageLocation: string,
): { set: number; problems: unknown[] } {
  const problems: unknown[] = [];
  let set = 0;
  writeTx(db, () => {
    for (const identity of identities) {
      try {
        editUser(db, tenant, clock, { identity, usageLocation }, false);
        set++;
      } catch (err) {
        problems.push(err);
      }
    }
  });
  return { set, problems };
}
