// The README's worked examples run as written: every ```sh block of "Three tasks, worked", in order, in one bash
// session in an empty folder, with `npx callplan` being this build's binary.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/bin.js';

const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The sh blocks between two headings of the README. */
function blocks(from: string, to: string): string[] {
  const part = readme.slice(readme.indexOf(from), readme.indexOf(to));
  return [...part.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('README worked examples', () => {
  it('run as written, and leave two users with a number, a location and a message', () => {
    const script = blocks('## Three tasks, worked', '## Where the rest is');
    expect(script).toHaveLength(3);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'callplan-readme-'));
    const shim = `npx() { if [ "$1" = callplan ]; then shift; "${process.execPath}" "${BIN}" "$@"; else command npx "$@"; fi; }\n`;
    const r = spawnSync('bash', ['-euo', 'pipefail', '-c', shim + script.join('\n')], {
      cwd: dir,
      encoding: 'utf8',
      // One instant for the whole session: the 10-minute hold never depends on how fast the machine is.
      env: { PATH: process.env.PATH, HOME: dir, CALLPLAN_NOW: '2026-12-04T09:00:00Z', NO_COLOR: '1' },
    });
    expect(r.stderr).not.toMatch(/Error:|Hint:/);
    expect(r.status, r.stderr).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'messages')).sort()).toEqual(['ken.myer@contoso.com.eml', 'pilar.ackerman@contoso.com.eml']);
    expect(fs.readFileSync(path.join(dir, 'results.csv'), 'utf8').match(/Assigned/g)).toHaveLength(2);
    expect(r.stdout).toMatch(/Ken Myer\s+ken\.myer@contoso\.com\s+Online\s+US\s+True\s+14255037300/);
  });
});
