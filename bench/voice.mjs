// Issue 6: a 100,000-row set-voice-user CSV on a 1,000,000-number / 100,000-user tenant, through the binary, against the
// raw baseline (csv-parse + the same writes in one transaction). Prints both, the ratio, and peak memory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateStore, tenantNumber, upn } from './lib/generate.mjs';
import { median, timeCommand } from './lib/timing.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = path.join(root, 'bin', 'callplan.js');
const rowsN = Number(process.env.ROWS ?? 100_000);
const runs = Number(process.env.RUNS ?? 3);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callplan-bench-voice-'));
const template = path.join(dir, 'template.db');
const g = await generateStore(template, { numbers: 1_000_000, pool: 0, users: Math.max(100_000, rowsN) });
const csv = path.join(dir, 'assign.csv');
const lines = ['Identity,TelephoneNumber,LocationID'];
for (let i = 0; i < rowsN; i++) lines.push(`${upn(i)},+${tenantNumber(i)},${g.locationId}`);
fs.writeFileSync(csv, lines.join('\n') + '\n');

const fresh = (name) => {
  const f = path.join(dir, name);
  for (const s of ['', '-wal', '-shm']) fs.rmSync(f + s, { force: true });
  fs.copyFileSync(template, f);
  return f;
};
const tool = [];
const base = [];
let rss = 0;
for (let i = 0; i < runs; i++) {
  const s1 = fresh('tool.db');
  const t = timeCommand([process.execPath, bin, 'set-voice-user', '--store', s1, '--csv', csv, '-o', 'csv'], { env: { CALLPLAN_NOW: '2026-11-26T09:00:00Z' } });
  tool.push(t.ms);
  rss = Math.max(rss, t.rssMb);
  const s2 = fresh('base.db');
  base.push(timeCommand([process.execPath, path.join(root, 'bench', 'lib', 'baselines.mjs'), 'voice', s2, csv]).ms);
}
const result = { rows: rowsN, callplanMs: median(tool), baselineMs: median(base), ratio: median(tool) / median(base), peakRssMb: rss };
console.log(JSON.stringify(result));
fs.rmSync(dir, { recursive: true, force: true });
