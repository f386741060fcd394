// Timing helpers for the benchmarks: run a command, take wall time and peak RSS, medians.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Runs a command; returns wall milliseconds and, with rss, peak RSS in MB (through GNU time, which adds its own
 * fork to the wall time — so scenarios that compare start-up times leave rss off). Throws on a non-zero exit.
 */
export function timeCommand(argv, { env = {}, input, okCodes = [0], rss = false } = {}) {
  if (!rss) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(argv[0], argv.slice(1), { env: { ...process.env, ...env }, input, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (!okCodes.includes(r.status)) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
    return { ms, rssMb: 0, stdout: r.stdout, stderr: r.stderr };
  }
  const rssFile = `/tmp/callplan-bench-rss-${process.pid}`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', rssFile, ...argv], {
    env: { ...process.env, ...env },
    input,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!okCodes.includes(r.status)) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const rssKb = Number(fs.readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  fs.rmSync(rssFile, { force: true });
  return { ms, rssMb: rssKb / 1024, stdout: r.stdout, stderr: r.stderr };
}

/** The median of numbers. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
