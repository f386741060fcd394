// The documentation: the command reference is generated from the tables and must not drift; the README stays one
// short page; every relative link in the README and docs/ reaches a file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/cmdlets/index.js';
import { referencePage } from '../../src/cmdlets/reference.js';

const root = path.resolve(import.meta.dirname, '../..');
const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');

/** Every Markdown file of the README and docs/. */
function pages(): string[] {
  const out = ['README.md'];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) walk(f);
      else if (f.endsWith('.md')) out.push(f);
    }
  };
  walk('docs');
  return out;
}

describe('docs', () => {
  it('docs/reference/commands.md matches the parameter tables (run npm run docs)', () => {
    expect(read('docs/reference/commands.md')).toBe(referencePage(REGISTRY));
  });

  it('the README is at most 15 KB and has the quick start lines', () => {
    const readme = read('README.md');
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(15 * 1024);
    expect(readme).toContain('npm install && npx callplan wizard');
    expect(readme).toContain('npm test');
  });

  it('every relative link reaches a file', () => {
    const broken: string[] = [];
    for (const page of pages()) {
      for (const m of read(page).matchAll(/\]\(([^)\s#]+)(#[^)]*)?\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        if (!fs.existsSync(path.join(root, path.dirname(page), target))) broken.push(`${page}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
