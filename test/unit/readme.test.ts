// The README's command reference is generated from the parameter tables and must not drift.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGISTRY } from '../../src/cmdlets/index.js';
import { REFERENCE_END, REFERENCE_START, commandReference } from '../../src/cmdlets/reference.js';

describe('README', () => {
  const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  it('command reference matches the parameter tables (run npm run readme)', () => {
    const block = readme.slice(readme.indexOf(REFERENCE_START) + REFERENCE_START.length + 1, readme.indexOf(REFERENCE_END));
    expect(block).toBe(commandReference(REGISTRY));
  });
  it('has the quick start lines', () => {
    expect(readme).toContain('npm install && npx callplan wizard');
    expect(readme).toContain('npm test');
  });
});
