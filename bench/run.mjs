// npm run bench: the performance targets of issue 10, each measured as a ratio against its baseline in the same run.
// Prints a table of medians and ratios and writes bench/out/results.json. Not part of CI.
//   RUNS=5 (runs per scenario)   QUICK=1 (smaller data, for a smoke run)   SKIP=rss,users (skip scenarios)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateStore, tenantNumber, upn } from './lib/generate.mjs';
import { median, timeCommand } from './lib/timing.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin', 'callplan.js');
const node = process.execPath;
const RUNS = Number(process.env.RUNS ?? 5);
const QUICK = process.env.QUICK === '1';
const SKIP = new Set((process.env.SKIP ?? '').split(',').filter(Boolean));
const NUMBERS = QUICK ? 100_000 : 1_000_000;
const ROWS = QUICK ? 10_000 : 100_000;
const RSS_ROWS = QUICK ? 100_000 : 1_000_000;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'callplan-bench-'));
const env = { CALLPLAN_NOW: '2026-11-26T09:00:00Z', NO_COLOR: '1' };
const results = [];

/** Copies a template store to a fresh file (untimed). */
function fresh(template, name) {
  const f = path.join(work, name);
  for (const s of ['', '-wal', '-shm']) fs.rmSync(f + s, { force: true });
  fs.copyFileSync(template, f);
  return f;
}

/** Times two commands alternately RUNS times (after one warm-up each) and records medians and their ratio. */
function compare(name, target, measured, baseline, opts = {}) {
  const a = [];
  const b = [];
  let rss = 0;
  for (let i = -1; i < RUNS; i++) {
    opts.before?.();
    const m = measured();
    opts.between?.();
    const base = baseline();
    if (i < 0) continue; // warm-up: file cache, page cache
    a.push(m.ms);
    b.push(base.ms);
    rss = Math.max(rss, m.rssMb);
  }
  const row = {
    name,
    callplanMs: median(a),
    baselineMs: median(b),
    ratio: median(a) / median(b),
    target,
    met: median(a) / median(b) <= target,
    peakRssMb: rss,
  };
  results.push(row);
  console.error(`${name}: ${row.callplanMs.toFixed(1)} ms vs ${row.baselineMs.toFixed(1)} ms → ${row.ratio.toFixed(2)}× (target ≤ ${target}×)`);
}

const cp =
  (args, extra = {}) =>
  () =>
    timeCommand([node, bin, ...args], { env, ...extra });

// 1. Cold start.
if (!SKIP.has('cold')) compare('cold start: callplan --version vs node -e 0', 1.6, cp(['--version']), () => timeCommand([node, '-e', '0']));

// 2 and 3 on one big store.
let big;
if (!SKIP.has('numbers')) {
  console.error(`generating a store with ${NUMBERS.toLocaleString('en-US')} tenant numbers…`);
  big = path.join(work, 'big.db');
  await generateStore(big, { numbers: NUMBERS, pool: 200_000, users: 1000 });
  compare(
    'get-number --telephone-number-starts-with 1425 --is-not-assigned -o json vs --version',
    1.3,
    cp(['get-number', '--store', big, '--telephone-number-starts-with', '1425', '--is-not-assigned', '-o', 'json']),
    cp(['--version']),
  );
  let reservation;
  compare(
    'reserve --quantity 500 vs --version',
    1.3,
    () => {
      const r = timeCommand(
        [node, bin, 'reserve', '--store', big, '--inventory-type', 'Subscriber', '--city', 'NOAM-US-WA-SE', '--quantity', '500', '-o', 'json'],
        { env },
      );
      reservation = JSON.parse(r.stdout).ReservationId;
      return r;
    },
    cp(['--version']),
    {
      between: () => spawnSync(node, [bin, 'clear-reservation', '--store', big, reservation], { env: { ...process.env, ...env } }),
    },
  );
}

// 4. Bulk set-voice-user against csv-parse + the same writes in one transaction.
if (!SKIP.has('voice')) {
  console.error(`generating a store with ${NUMBERS.toLocaleString('en-US')} numbers and ${ROWS.toLocaleString('en-US')} licensed users…`);
  const template = path.join(work, 'voice-template.db');
  const g = await generateStore(template, { numbers: NUMBERS, pool: 0, users: ROWS });
  const csv = path.join(work, 'assign.csv');
  fs.writeFileSync(
    csv,
    ['Identity,TelephoneNumber,LocationID', ...Array.from({ length: ROWS }, (_, i) => `${upn(i)},+${tenantNumber(i)},${g.locationId}`)].join('\n') + '\n',
  );
  let s1;
  let s2;
  compare(
    `set-voice-user --csv (${ROWS.toLocaleString('en-US')} rows) vs raw baseline`,
    1.5,
    () => timeCommand([node, bin, 'set-voice-user', '--store', s1, '--csv', csv], { env, rss: true }),
    () => timeCommand([node, path.join(root, 'bench', 'lib', 'baselines.mjs'), 'voice', s2, csv], { rss: true }),
    { before: () => ((s1 = fresh(template, 'voice-a.db')), (s2 = fresh(template, 'voice-b.db'))) },
  );
}

// 5. import-users against raw INSERTs.
if (!SKIP.has('users')) {
  const template = path.join(work, 'users-template.db');
  await generateStore(template, { numbers: 0, pool: 0, users: 0 });
  const csv = path.join(work, 'users.csv');
  fs.writeFileSync(
    csv,
    [
      'UserPrincipalName,DisplayName,UsageLocation,Email',
      ...Array.from({ length: ROWS }, (_, i) => `new${i}@contoso.com,New User ${i},US,new${i}@contoso.com`),
    ].join('\n') + '\n',
  );
  let s1;
  let s2;
  compare(
    `import-users (${ROWS.toLocaleString('en-US')} rows) vs raw INSERT baseline`,
    1.5,
    () => timeCommand([node, bin, 'import-users', '--store', s1, '--csv', csv], { env, rss: true }),
    () => timeCommand([node, path.join(root, 'bench', 'lib', 'baselines.mjs'), 'users', s2, csv], { rss: true }),
    { before: () => ((s1 = fresh(template, 'users-a.db')), (s2 = fresh(template, 'users-b.db'))) },
  );
}

// 6. Peak memory of a 1,000,000-row bulk assignment.
if (!SKIP.has('rss')) {
  console.error(`generating a store with ${RSS_ROWS.toLocaleString('en-US')} users and numbers…`);
  const store = path.join(work, 'rss.db');
  const g = await generateStore(store, { numbers: RSS_ROWS, pool: 0, users: RSS_ROWS });
  const csv = path.join(work, 'rss.csv');
  const out = fs.createWriteStream(csv);
  out.write('Identity,TelephoneNumber,LocationID\n');
  for (let i = 0; i < RSS_ROWS; i++) out.write(`${upn(i)},+${tenantNumber(i)},${g.locationId}\n`);
  await new Promise((r) => out.end(r));
  const m = timeCommand([node, bin, 'set-voice-user', '--store', store, '--csv', csv], { env, rss: true });
  const row = {
    name: `peak RSS of a ${RSS_ROWS.toLocaleString('en-US')}-row set-voice-user --csv`,
    callplanMs: m.ms,
    peakRssMb: m.rssMb,
    target: 250,
    met: m.rssMb <= 250,
  };
  results.push(row);
  console.error(`${row.name}: ${m.rssMb.toFixed(0)} MB in ${(m.ms / 1000).toFixed(1)} s (target ≤ 250 MB)`);
}

// The table.
const fmt = (n) => (n === undefined ? '' : n.toFixed(1));
const lines = [
  `| Scenario | callplan (median ms) | baseline (median ms) | ratio | target | met |`,
  `| --- | ---: | ---: | ---: | ---: | --- |`,
  ...results.map((r) =>
    r.ratio === undefined
      ? `| ${r.name} | ${fmt(r.callplanMs)} | | ${r.peakRssMb.toFixed(0)} MB | ≤ ${r.target} MB | ${r.met ? 'yes' : 'no'} |`
      : `| ${r.name} | ${fmt(r.callplanMs)} | ${fmt(r.baselineMs)} | ${r.ratio.toFixed(2)}× | ≤ ${r.target}× | ${r.met ? 'yes' : 'no'} |`,
  ),
];
console.log(lines.join('\n'));
const outDir = path.join(root, 'bench', 'out');
fs.mkdirSync(outDir, { recursive: true });
const meta = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, cpu: os.cpus()[0]?.model, runs: RUNS, quick: QUICK };
fs.writeFileSync(path.join(outDir, 'results.json'), JSON.stringify({ ...meta, results }, null, 2) + '\n');
console.error(`written ${path.join('bench', 'out', 'results.json')}`);
fs.rmSync(work, { recursive: true, force: true });
