// Start-up cost: nodemailer (and zod) load only on the paths that send; nothing every command loads imports them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Bare package names reached from `entry` through static imports only (`import … from`, not `await import()`). */
function staticPackages(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
      else packages.add(spec);
    }
  };
  visit(path.join(SRC, entry));
  return packages;
}

describe('lazy loading', () => {
  it('the CLI and the set-voice-user command do not import nodemailer or zod statically', () => {
    expect(staticPackages('catalog/load.ts')).toContain('zod'); // the walker does see static imports
    for (const entry of ['cli.ts', 'cmdlets/voice-user/set/run.ts', 'cmdlets/notification/get/run.ts']) {
      const pkgs = [...staticPackages(entry)];
      expect(
        pkgs.filter((p) => p.startsWith('nodemailer') || p === 'zod'),
        entry,
      ).toEqual([]);
    }
  });

  it('the runtime every command loads imports no heavy library statically', () => {
    const heavy = (p: string) => /^(nodemailer|zod|libphonenumber-js|@inquirer|commander|csv-parse|ora|chalk)/.test(p);
    expect([...staticPackages('runtime.ts')].filter(heavy)).toEqual([]);
    expect([...staticPackages('cli.ts')].filter(heavy)).toEqual([]);
  });

  it('the notify path imports nodemailer only lazily', () => {
    expect([...staticPackages('cmdlets/notification/notify-users/run.ts')].filter((p) => p.startsWith('nodemailer'))).toEqual([]);
    expect(fs.readFileSync(path.join(SRC, 'notify/transport.ts'), 'utf8')).toContain("await import('nodemailer')");
  });
});
