// The set-voice-user batch: a temp table of requests, set-based lookups for a chunk of them, the cross-row checks and
// the set-based apply. Memory stays flat however many rows a file has: the rows live in SQLite's temp store.
import { crossRowMessage, type CrossRowFacts, type VoiceLocationFacts, type VoiceNumberFacts, type VoicePlan, type VoiceUserFacts } from '../domain/voice.js';
import { prefixUpperBound } from '../domain/phone.js';
import { identityKind } from './users.js';
import type { DB } from './open.js';
import { BATCH_RESULT_SQL, createBatchTables } from './batch-table.js';
import { skusGranting } from './licenses.js';
import { stmt } from './sql.js';

/** A request as read from the command line or a file. */
export interface RawRequest {
  row: number;
  identity: string;
  /** undefined: -TelephoneNumber not given; '': remove; else the text given. */
  number: string | undefined;
  location: string | undefined;
  force: boolean;
  /** A shape problem found while reading (bad cell). */
  errorId?: string | undefined;
  message?: string | undefined;
}

/** A row of the batch as the planner reads it. */
export interface BatchRow {
  row: number;
  identity: string;
  number_raw: string | null;
  number_given: number;
  location_raw: string | null;
  force: number;
}

/** (Re)creates the batch tables for this connection. */
export function createBatch(db: DB): void {
  createBatchTables(
    db,
    'voice_batch',
    `
      row           INTEGER PRIMARY KEY,
      identity      TEXT NOT NULL,
      number_raw    TEXT,
      number_given  INTEGER NOT NULL,
      location_raw  TEXT,
      force         INTEGER NOT NULL,
      status        TEXT NOT NULL,
      kind          TEXT,
      user_id       INTEGER,
      upn           TEXT,
      new_number_id INTEGER,
      new_digits    TEXT,
      old_number_id INTEGER,
      old_digits    TEXT,
      location_row  INTEGER,
      location_id   TEXT,
      holder_id     INTEGER,
      holder_upn    TEXT,
      error_id      TEXT,
      message       TEXT,
      cross_facts   TEXT
    `,
  );
}

/** What the planner decided for one request, as stored in the batch. */
export interface RowPlan {
  req: RawRequest;
  /** 'nextfree' rows wait for --next-free; the others carry their plan. */
  plan: VoicePlan | 'nextfree';
  user: VoiceUserFacts | undefined;
  newDigits?: string | undefined;
  oldDigits?: string | undefined;
  locationId?: string | undefined;
  /** An unchanged row's user keeps this number (so no other row may take it). */
  keptNumberId?: number | undefined;
}

/** What a row's plan says, as stored: where the planner leaves facts about the number and the location. */
type PlanFacts = Pick<RowPlan, 'newDigits' | 'oldDigits' | 'locationId' | 'keptNumberId'>;

/** The plan columns of a row (status … message), in PLAN_COLUMNS order; insertPlans and savePlan write the same. */
function planValues(p: VoicePlan | 'nextfree', u: VoiceUserFacts | undefined, f: PlanFacts): unknown[] {
  const loc = f.locationId ?? null;
  if (p === 'nextfree') return ['nextfree', null, u?.id ?? null, u?.upn ?? null, null, null, null, null, null, loc, null, null, null, null];
  if (p.status === 'plan') {
    return [
      'plan',
      p.kind,
      p.userId,
      u?.upn ?? null,
      p.newNumberId,
      f.newDigits ?? null,
      p.oldNumberId,
      f.oldDigits ?? null,
      p.locationRow,
      loc,
      p.holderId,
      p.holderUpn,
      null,
      p.message,
    ];
  }
  return [
    p.status,
    null,
    u?.id ?? null,
    u?.upn ?? null,
    f.keptNumberId ?? null,
    f.newDigits ?? null,
    null,
    null,
    null,
    loc,
    null,
    null,
    p.status === 'failed' ? p.errorId : null,
    p.message,
  ];
}

const PLAN_COLUMNS = [
  'status',
  'kind',
  'user_id',
  'upn',
  'new_number_id',
  'new_digits',
  'old_number_id',
  'old_digits',
  'location_row',
  'location_id',
  'holder_id',
  'holder_upn',
  'error_id',
  'message',
];

/** Inserts planned requests into the batch (one statement per row, inside the command's transaction). */
export function insertPlans(db: DB, rows: readonly RowPlan[]): void {
  const ins = stmt(
    db,
    `INSERT INTO temp.voice_batch (row, identity, number_raw, number_given, location_raw, force, ${PLAN_COLUMNS.join(', ')})
     VALUES (?, ?, ?, ?, ?, ?, ${PLAN_COLUMNS.map(() => '?').join(', ')})`,
  );
  for (const { req: r, plan, user, ...facts } of rows) {
    ins.run(r.row, r.identity, r.number ?? null, r.number === undefined ? 0 : 1, r.location ?? null, r.force ? 1 : 0, ...planValues(plan, user, facts));
  }
}

/** Resolves identities (UPN, sip: address, ObjectId) of a tenant with their licence grants, one set query per identity kind. */
export function resolveVoiceUsers(db: DB, tenantId: number, identities: readonly string[]): Map<string, VoiceUserFacts> {
  const byKind = { upn_key: [] as string[], sip_key: [] as string[], object_id: [] as string[] };
  const keyOf = new Map<string, string>();
  for (const id of identities) {
    const k = identityKind(id);
    byKind[k.column].push(k.key);
    keyOf.set(id, `${k.column}:${k.key}`);
  }
  const found = new Map<string, VoiceUserFacts>();
  // The SKUs that give each grant, as IN lists (a primary-key probe each, no join to skus per user).
  const inList = (skus: string[]) => (skus.length ? skus.map((x) => `'${x.replace(/'/g, "''")}'`).join(', ') : "''");
  const ps = inList(skusGranting(db, 'PhoneSystem'));
  const cp = inList(skusGranting(db, 'CallingPlan'));
  for (const column of ['upn_key', 'sip_key', 'object_id'] as const) {
    if (!byKind[column].length) continue;
    const rows = stmt(
      db,
      `SELECT j.value, u.id, u.upn, u.usage_location, u.enterprise_voice,
              EXISTS (SELECT 1 FROM user_licenses ul WHERE ul.user_id = u.id AND ul.sku IN (${ps})) AS ps,
              EXISTS (SELECT 1 FROM user_licenses ul WHERE ul.user_id = u.id AND ul.sku IN (${cp})) AS cp
       FROM json_each(?) j CROSS JOIN users u ON u.${column} = j.value WHERE u.tenant_id = ?`,
    )
      .raw(true)
      .all(JSON.stringify(byKind[column]), tenantId) as [string, number, string, string | null, number, number, number][];
    for (const [key, id, upn, usageLocation, ev, ps, cp] of rows) {
      found.set(`${column}:${key}`, { id, upn, usageLocation, hasPhoneSystem: ps === 1, hasCallingPlan: cp === 1, enterpriseVoice: ev === 1 });
    }
  }
  const out = new Map<string, VoiceUserFacts>();
  for (const id of identities) {
    const u = found.get(keyOf.get(id)!);
    if (u) out.set(id, u);
  }
  return out;
}

const NUMBER_FACTS_SQL = `
  SELECT n.id, n.number, n.country, n.number_type, n.tenant_id, n.activation_state, n.user_id, n.target_type, n.location_id,
         n.origin_location_id, r.tenant_id AS res_tenant, CASE WHEN r.status = 'Active' THEN r.expires_at END AS res_expires,
         CASE WHEN n.user_id IS NOT NULL THEN (SELECT upn FROM users hu WHERE hu.id = n.user_id) END AS holder_upn
  FROM json_each(?) j CROSS JOIN numbers n ON n.%COL% = j.value
  LEFT JOIN reservations r ON r.id = n.reservation_id`;

/** A row of NUMBER_FACTS_SQL read as an array (raw mode: no intermediate object per row on the bulk path). */
type NumberRowArray = [
  number,
  string,
  string,
  VoiceNumberFacts['numberType'],
  number | null,
  string,
  number | null,
  string | null,
  number | null,
  number | null,
  number | null,
  string | null,
  string | null,
];

function toNumberFacts(r: NumberRowArray, tenantId: number): VoiceNumberFacts {
  const [id, digits, country, numberType, owner, activation, userId, targetType, locationRow, originLocationRow, resTenant, resExpires, holderUpn] = r;
  const owned = owner === tenantId;
  return {
    id,
    digits,
    country,
    numberType,
    owned,
    reservedUntil: resTenant === tenantId && resExpires !== null ? resExpires : null,
    portPending: activation === 'PortPending',
    holderId: owned ? userId : null,
    holderUpn: owned ? holderUpn : null,
    targetType,
    locationRow,
    originLocationRow,
  };
}

/** Runs NUMBER_FACTS_SQL keyed on one column, returning rows as arrays. */
function numberRows(db: DB, column: 'number' | 'user_id', keys: readonly (string | number)[]): NumberRowArray[] {
  return stmt(db, NUMBER_FACTS_SQL.replace('%COL%', column))
    .raw(true)
    .all(JSON.stringify([...new Set(keys)])) as NumberRowArray[];
}

/** Looks numbers up by digits in one query. */
export function numberFacts(db: DB, tenantId: number, digits: readonly string[]): Map<string, VoiceNumberFacts> {
  const out = new Map<string, VoiceNumberFacts>();
  if (!digits.length) return out;
  for (const r of numberRows(db, 'number', digits)) out.set(r[1], toNumberFacts(r, tenantId));
  return out;
}

/** The numbers users hold now, by user id, in one query. */
export function currentNumbers(db: DB, tenantId: number, userIds: readonly number[]): Map<number, VoiceNumberFacts> {
  const out = new Map<number, VoiceNumberFacts>();
  if (!userIds.length) return out;
  for (const r of numberRows(db, 'user_id', userIds)) out.set(r[6]!, toNumberFacts(r, tenantId));
  return out;
}

/** Emergency locations by LocationId (lower-cased GUID), in one query. */
export function locationFactsMany(db: DB, tenantId: number, ids: readonly string[]): Map<string, VoiceLocationFacts> {
  const out = new Map<string, VoiceLocationFacts>();
  if (!ids.length) return out;
  const rows = stmt(
    db,
    `SELECT l.id AS row, l.location_id AS locationId, a.country, a.validation_status = 'Validated' AS validated
     FROM json_each(?) j CROSS JOIN locations l ON l.location_id = j.value JOIN addresses a ON a.id = l.address_id WHERE l.tenant_id = ?`,
  ).all(JSON.stringify([...new Set(ids)]), tenantId) as { row: number; locationId: string; country: string; validated: number }[];
  for (const r of rows) out.set(r.locationId, { row: r.row, locationId: r.locationId, country: r.country, validated: r.validated === 1 });
  return out;
}

/** Stores the plan of one row (a --next-free row, once it has its number). */
export function savePlan(db: DB, row: number, p: VoicePlan, user: VoiceUserFacts | undefined, facts: PlanFacts): void {
  stmt(db, `UPDATE temp.voice_batch SET ${PLAN_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE row = ?`).run(...planValues(p, user, facts), row);
}

/** The rows waiting for a --next-free number, in file order. */
export function nextFreeRows(db: DB): BatchRow[] {
  return stmt(
    db,
    "SELECT row, identity, number_raw, number_given, location_raw, force FROM temp.voice_batch WHERE status = 'nextfree' ORDER BY row",
  ).all() as BatchRow[];
}

/** Numbers already taken by planned rows (so --next-free skips them). */
export function plannedNumberIds(db: DB): Set<number> {
  return new Set(
    (stmt(db, "SELECT new_number_id AS id FROM temp.voice_batch WHERE status = 'plan' AND new_number_id IS NOT NULL").all() as { id: number }[]).map(
      (r) => r.id,
    ),
  );
}

/** A page of the tenant's unassigned user numbers of a country, in number order, after `after` (for --next-free). */
export function freeNumbersPage(
  db: DB,
  tenantId: number,
  country: string,
  after: string,
  filter: { cityCode?: string | undefined; prefix?: string | undefined },
  limit: number,
): string[] {
  const lo = filter.prefix ?? '';
  const hi = filter.prefix ? prefixUpperBound(filter.prefix) : '\uffff';
  const rows = stmt(
    db,
    `SELECT number FROM numbers WHERE tenant_id = ? AND number > ? AND number >= ? AND number < ?
       AND number_type = 'User' AND user_id IS NULL AND target_type IS NULL AND activation_state = 'Activated' AND country = ?
       AND (? IS NULL OR city_code = ?)
     ORDER BY number LIMIT ?`,
  ).all(tenantId, after, lo, hi, country, filter.cityCode ?? null, filter.cityCode ?? null, limit) as { number: string }[];
  return rows.map((r) => r.number);
}

/** Which cross-row checks can find anything: a user seen twice, a number asked twice, a number someone holds. */
export interface CrossRowHints {
  users: boolean;
  numbers: boolean;
  holders: boolean;
}

/**
 * The cross-row checks, set-based: a user twice, a number twice, and numbers held by someone whom the batch does not
 * free (repeated, since a failed row can leave another row's number taken).
 */
export function crossRowChecks(db: DB, hints: CrossRowHints = { users: true, numbers: true, holders: true }): void {
  // The planner saw every row go by, so it knows which checks can find something; the others are skipped.
  if (hints.users) {
    db.exec(`
      WITH d AS (SELECT user_id, group_concat(row, ', ') AS rows FROM temp.voice_batch WHERE user_id IS NOT NULL GROUP BY user_id HAVING COUNT(*) > 1)
      UPDATE temp.voice_batch SET status = 'failed', error_id = 'DuplicateUser', message = NULL,
        cross_facts = json_object('upn', upn, 'rows', d.rows)
      FROM d WHERE voice_batch.user_id = d.user_id AND voice_batch.status <> 'failed';
    `);
  }
  if (hints.numbers) {
    db.exec(`
      -- Every row that leaves a user holding a number counts: an assignment, a new location of the user's number, and
      -- an unchanged row (its user keeps the number).
      WITH d AS (SELECT new_number_id, group_concat(row, ', ') AS rows, (SELECT number FROM numbers WHERE id = new_number_id) AS digits
                 FROM temp.voice_batch WHERE new_number_id IS NOT NULL AND status <> 'failed' GROUP BY new_number_id HAVING COUNT(*) > 1)
      UPDATE temp.voice_batch SET status = 'failed', error_id = 'DuplicateNumber', message = NULL,
        cross_facts = json_object('digits', d.digits, 'rows', d.rows)
      FROM d WHERE voice_batch.new_number_id = d.new_number_id AND voice_batch.status <> 'failed';
    `);
  }
  if (!hints.holders) return;
  const holder = stmt(
    db,
    `UPDATE temp.voice_batch SET status = 'failed', error_id = 'NumberAlreadyAssigned', message = NULL,
       cross_facts = json_object('digits', new_digits, 'holderUpn', holder_upn)
     WHERE status = 'plan' AND holder_id IS NOT NULL AND force = 0
       AND NOT EXISTS (SELECT 1 FROM temp.voice_batch o WHERE o.user_id = voice_batch.holder_id AND o.status = 'plan' AND o.kind IN ('assign', 'remove'))`,
  );
  while (holder.run().changes > 0) {
    // A row that failed may have been the one freeing another row's number: check again.
  }
}

/** The Result of a row: an applied batch's rows are Assigned, or Removed when they took the number away. */
export const VOICE_RESULT_SQL = `CASE WHEN b.status = 'plan' AND m.outcome = 'Assigned' AND b.kind = 'remove' THEN 'Removed' ELSE ${BATCH_RESULT_SQL} END`;

/** Applies every planned row with a handful of set-based statements (call inside the write transaction). */
export function applyBatch(db: DB, tenantId: number, now: string, operation: string): void {
  // Numbers leaving users (replaced, removed, or moved with -Force) first, so the one-number-per-user index never clashes.
  const moves = stmt(
    db,
    "SELECT EXISTS (SELECT 1 FROM temp.voice_batch WHERE status = 'plan' AND (old_number_id IS NOT NULL AND kind IN ('assign', 'remove') OR holder_id IS NOT NULL)) AS x",
  ).get() as { x: number };
  if (moves.x) {
    db.exec(`
      UPDATE numbers SET user_id = NULL, target_type = NULL, location_id = origin_location_id
       WHERE id IN (SELECT old_number_id FROM temp.voice_batch WHERE status = 'plan' AND kind IN ('assign', 'remove') AND old_number_id IS NOT NULL);
      UPDATE users SET enterprise_voice = 0
       WHERE id IN (SELECT holder_id FROM temp.voice_batch WHERE status = 'plan' AND holder_id IS NOT NULL)
         AND id NOT IN (SELECT user_id FROM temp.voice_batch WHERE status = 'plan');
      UPDATE numbers SET user_id = NULL, target_type = NULL
       WHERE id IN (SELECT new_number_id FROM temp.voice_batch WHERE status = 'plan' AND kind = 'assign' AND holder_id IS NOT NULL);
    `);
  }
  db.exec(`
    UPDATE numbers SET user_id = b.user_id, target_type = 'user', location_id = b.location_row
     FROM temp.voice_batch b WHERE b.status = 'plan' AND b.kind IN ('assign', 'location') AND numbers.id = b.new_number_id;
    UPDATE users SET enterprise_voice = (b.kind <> 'remove')
     FROM temp.voice_batch b WHERE b.status = 'plan' AND users.id = b.user_id AND users.enterprise_voice <> (b.kind <> 'remove');
  `);
  stmt(
    db,
    `INSERT INTO audit_log (tenant_id, at, operation, target, parameters, before, after, result)
     SELECT ?, ?, ?, upn,
            json_object('Identity', identity, 'TelephoneNumber', number_raw, 'LocationID', location_raw, 'Force', json(CASE force WHEN 1 THEN 'true' ELSE 'false' END)),
            json_object('TelephoneNumber', CASE WHEN old_digits IS NULL THEN NULL ELSE '+' || old_digits END,
                        'MovedFrom', holder_upn),
            json_object('TelephoneNumber', CASE WHEN kind = 'remove' THEN NULL ELSE '+' || new_digits END, 'LocationID', location_id,
                        'EnterpriseVoiceEnabled', json(CASE kind WHEN 'remove' THEN 'false' ELSE 'true' END)),
            CASE kind WHEN 'remove' THEN 'Removed' ELSE 'Assigned' END
     FROM temp.voice_batch WHERE status = 'plan' ORDER BY row`,
  ).run(tenantId, now, operation);
}

/** One finished row, as the result record shows it. */
export interface BatchResult {
  row: number;
  identity: string;
  number: string | null;
  locationId: string | null;
  status: string;
  errorId: string | null;
  message: string | null;
}

/** A page of finished rows in file order (for output and the report, without holding them all). */
export function resultsPage(db: DB, afterRow: number, limit: number, onlyFailed = false): BatchResult[] {
  const rows = stmt(
    db,
    `SELECT b.row, b.identity,
            CASE WHEN b.kind = 'remove' THEN '' WHEN b.new_digits IS NOT NULL THEN '+' || b.new_digits ELSE b.number_raw END AS number,
            COALESCE(b.location_id, b.location_raw) AS locationId,
            ${VOICE_RESULT_SQL} AS status,
            b.error_id AS errorId,
            CASE WHEN b.status = 'plan' AND m.outcome = 'Skipped' THEN m.message ELSE b.message END AS message,
            b.cross_facts AS crossFacts
     FROM temp.voice_batch b CROSS JOIN temp.voice_batch_meta m
     WHERE b.row > ? AND (? = 0 OR b.status = 'failed') ORDER BY b.row LIMIT ?`,
  ).all(afterRow, onlyFailed ? 1 : 0, limit) as (BatchResult & { crossFacts: string | null })[];
  // The SQL above found the rows that clash with others; the words are the domain's.
  return rows.map(({ crossFacts, ...r }) => (crossFacts ? { ...r, message: crossRowMessage(r.errorId ?? '', JSON.parse(crossFacts) as CrossRowFacts) } : r));
}

/** The users of rows that ended Assigned (a new number or emergency location), in file order — set-voice-user --notify tells them. */
export function assignedUserIds(db: DB): number[] {
  return (
    stmt(
      db,
      "SELECT b.user_id AS id FROM temp.voice_batch b CROSS JOIN temp.voice_batch_meta m WHERE m.outcome = 'Assigned' AND b.status = 'plan' AND b.kind <> 'remove' ORDER BY b.row",
    ).all() as { id: number }[]
  ).map((r) => r.id);
}
