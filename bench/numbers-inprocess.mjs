// Issue 5: inside one process on a 1,000,000-number store, time reserving 500 numbers and a get-number prefix query.
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../dist/store/open.js';
import { defaultTenant } from '../dist/store/tenants.js';
import { reserve } from '../dist/services/reserve.js';
import { clearReservation } from '../dist/services/acquire.js';
import { queryNumbers } from '../dist/store/numbers.js';
import { generateStore } from './lib/generate.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

const file = path.join(os.tmpdir(), 'callplan-bench-numbers.db');
const t = process.hrtime.bigint();
await generateStore(file, { numbers: 1_000_000, pool: 200_000, users: 1000 });
console.log(`generated 1,000,000 tenant numbers + 200,000 pool numbers in ${ms(t).toFixed(0)} ms`);

const { db } = openStore(file);
const tenant = defaultTenant(db);
const runs = 15;
const reserveTimes = [];
const queryTimes = [];
for (let i = 0; i < runs; i++) {
  const now = new Date(Date.parse('2026-11-26T09:00:00Z') + i * 1000);
  let t0 = process.hrtime.bigint();
  const r = reserve(db, tenant, now, { inventoryType: 'Subscriber', tollFree: false, city: 'NOAM-US-WA-SE', quantity: 500, whatIf: false });
  reserveTimes.push(ms(t0));
  clearReservation(db, tenant, now, { reservationId: r.reservationId, whatIf: false });
  t0 = process.hrtime.bigint();
  const rows = queryNumbers(db, { tenantId: tenant.id, startsWith: '1425', isNotAssigned: true, limit: 501 });
  queryTimes.push(ms(t0));
  if (rows.length !== 501) throw new Error('unexpected row count');
}
db.close();
console.log(`reserve 500 numbers (median of ${runs}):       ${median(reserveTimes).toFixed(2)} ms`);
console.log(`get-number prefix 1425, not assigned, 500 rows: ${median(queryTimes).toFixed(2)} ms`);
