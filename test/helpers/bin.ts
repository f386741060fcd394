// Runs the real binary (bin/callplan.js) as a child process, for exit codes and end-to-end checks.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/callplan.js', import.meta.url));

/** Result of running the binary. */
export interface BinResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs bin/callplan.js with args and env (CALLPLAN_NOW defaults to the tests' clock). */
export function runBin(args: string[], opts: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {}): BinResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input: opts.input,
    cwd: opts.cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, CALLPLAN_NOW: '2026-11-26T09:00:00.000Z', ...opts.env },
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: r.status ?? (r.signal ? 128 : -1), stdout: r.stdout, stderr: r.stderr };
}

/** Runs the binary without blocking (for several processes at once). */
export function runBinAsync(args: string[], opts: { env?: Record<string, string | undefined> } = {}): Promise<BinResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : -1), stdout, stderr }));
  });
}
