// Directory changes: creating users (add-user and import-users share one plan, for one row or 100,000) and editing one (set-user).
import { randomUUID } from 'node:crypto';
import { iso, type Clock } from '../clock.js';
import { countryLabel } from '../domain/countries.js';
import { checkField, checkNewUser, quoted, userDifferences, type NewUser, type UserFields } from '../domain/users.js';
import { OperationError, UsageError, type Problem } from '../errors.js';
import { writeAudit } from '../store/audit.js';
import { listSkus } from '../store/catalog.js';
import { licensesOfUsers } from '../store/licenses.js';
import type { DB } from '../store/open.js';
import { writeTx } from '../store/sql.js';
import type { Tenant } from '../store/tenants.js';
import { findUser, numbersOfUsers, objectIdsInUse, resolveUsers, updateUserFields, userInserter, type User, type UserEdit } from '../store/users.js';
import { judge, type BulkMode, type PlannedRow, type Verdict } from './bulk.js';

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

/** A row's verdict with the user it concerns. */
export interface UserVerdict extends Verdict<NewUser> {
  upn: string;
  objectId: string;
}

/** Adds a DuplicateRow problem to every row that shares a key with another row (one map per field, no key strings built). */
function flagDuplicates(planned: PlannedRow<NewUser>[], fields: readonly string[], keysOf: (i: number) => (string | undefined)[]): void {
  const groups = fields.map(() => new Map<string, number | number[]>());
  planned.forEach((_, i) => {
    keysOf(i).forEach((key, f) => {
      if (key === undefined) return;
      const g = groups[f]!;
      const seen = g.get(key);
      if (seen === undefined) g.set(key, i);
      else if (typeof seen === 'number') g.set(key, [seen, i]);
      else seen.push(i);
    });
  });
  groups.forEach((g, f) => {
    for (const [key, rows] of g) {
      if (typeof rows === 'number') continue;
      const field = fields[f]!;
      const where = rows.map((i) => planned[i]!.row).join(', ');
      for (const i of rows) {
        const p = planned[i]!;
        if (p.problems.some((x) => x.errorId === 'DuplicateRow')) continue;
        p.problems.push({ field, errorId: 'DuplicateRow', message: `${field} ${quoted(key)} is on rows ${where}; give each user one row.` });
      }
    }
  });
}

/** Checks every request (shape, duplicates across rows, clashes with the store) with a few set queries. */
function planNewUsers(db: DB, tenantId: number, requests: readonly UserRequest[], newId: () => string): { planned: PlannedRow<NewUser>[]; subjects: { upn: string; objectId: string }[] } {
  // A row the reader could not read (bad JSON, ragged CSV) reports only that: its cells may be misaligned.
  const checked = requests.map((r) => (r.problems.length ? { given: {} as UserFields, problems: [] as Problem[], user: undefined } : checkNewUser(r.fields, newId)));
  const planned: PlannedRow<NewUser>[] = requests.map((r, i) => ({ row: r.row, problems: [...r.problems, ...checked[i]!.problems], change: checked[i]!.user }));
  // A generated ObjectId is shown only once the user is created (a re-run would generate another).
  const subjects = requests.map((r, i) => ({ upn: checked[i]!.user?.upn ?? r.fields.upn?.trim() ?? '', objectId: checked[i]!.given.objectId ?? '' }));
  flagDuplicates(planned, ['UserPrincipalName', 'SipAddress', 'ObjectId'], (i) => [
    requests[i]!.fields.upn?.trim().toLowerCase() || undefined,
    checked[i]!.user?.sipAddress.toLowerCase(),
    checked[i]!.given.objectId,
  ]);

  const open = planned.map((p, i) => i).filter((i) => planned[i]!.problems.length === 0 && planned[i]!.change);
  const existing = resolveUsers(db, tenantId, open.map((i) => planned[i]!.change!.upn));
  const fresh: number[] = [];
  open.forEach((i, k) => {
    const stored = existing[k];
    const p = planned[i]!;
    if (!stored) return void fresh.push(i);
    const diffs = userDifferences(stored, checked[i]!.given);
    subjects[i]!.objectId = stored.objectId;
    p.change = undefined;
    if (diffs.length === 0) p.note = `already exists with these values (ObjectId ${stored.objectId}).`;
    else p.problems.push({ field: 'UserPrincipalName', errorId: 'UserAlreadyExists', message: `${stored.upn} already exists with other values: ${diffs.join(', ')}. Change it with callplan set-user, or fix the row.` });
  });
  const sipOwners = resolveUsers(db, tenantId, fresh.map((i) => planned[i]!.change!.sipAddress));
  const idsTaken = objectIdsInUse(db, fresh.map((i) => planned[i]!.change!.objectId));
  fresh.forEach((i, k) => {
    const p = planned[i]!;
    const u = p.change!;
    const owner = sipOwners[k];
    if (owner) p.problems.push({ field: 'SipAddress', errorId: 'UserAlreadyExists', message: `SipAddress ${quoted(u.sipAddress)} already belongs to ${owner.upn}.` });
    if (idsTaken.has(u.objectId)) p.problems.push({ field: 'ObjectId', errorId: 'UserAlreadyExists', message: `ObjectId ${u.objectId} is already used by another user.` });
  });
  return { planned, subjects };
}

/** Creates users: checks every request first, then writes the good ones (all or nothing by default) with audit rows in one transaction. */
export function createUsers(db: DB, tenant: Tenant, clock: Clock, requests: readonly UserRequest[], mode: BulkMode, newId: () => string = randomUUID): UserVerdict[] {
  const run = () => {
    const { planned, subjects } = planNewUsers(db, tenant.id, requests, newId);
    const { verdicts, apply } = judge(planned, mode, 'Created', (u, whatIf) => (whatIf ? `would create ${u.upn}.` : `created ${u.upn} (ObjectId ${u.objectId}).`));
    if (apply.length) {
      const now = iso(clock());
      const insert = userInserter(db, tenant.id, now);
      verdicts.forEach((v, i) => {
        if (v.result !== 'Created' || !v.change) return;
        insert(v.change);
        const req = requests[i]!;
        writeAudit(db, { tenantId: tenant.id, at: now, operation: ADD_USER_OPERATION, target: v.change.upn, parameters: { row: req.row, ...req.fields }, after: v.change, result: 'Created' });
      });
    }
    // The verdicts gain the user they concern in place (no copy of 100,000 objects).
    return verdicts.map((v, i) => Object.assign(v, { upn: subjects[i]!.upn, objectId: v.result === 'Created' ? v.change!.objectId : subjects[i]!.objectId }));
  };
  return mode.whatIf ? run() : writeTx(db, run);
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
  if (!u) throw new OperationError('UserNotFound', `there is no user ${quoted(identity)} in tenant ${tenant.name}.`, 'callplan get-user lists the users; add-user creates one.');
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
    const plans = listSkus(db).filter((s) => s.grants.includes('CallingPlan')).map((s) => s.sku);
    const held = (licensesOfUsers(db, [user.id]).get(user.id) ?? []).filter((s) => plans.includes(s));
    if (held.length) {
      throw new OperationError('UsageLocationRequired', `${user.upn} holds the Calling Plan ${held.join(', ')}, which needs a usage location.`, `Remove it first: callplan set-user-license --identity ${user.upn} --remove-licenses ${held.join(',')}`);
    }
  }
}

/** Edits a user's directory fields (set-user): checks, then writes with an audit row, or only reports with -WhatIf. */
export function editUser(db: DB, tenant: Tenant, clock: Clock, req: UserEditRequest, whatIf: boolean): { user: User; changes: string[]; result: 'Updated' | 'Unchanged' | 'WhatIf' } {
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
