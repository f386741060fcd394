// The layer rules of eslint.config.js, shown failing on deliberate violations (and passing on what each layer may do).
import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The messages of the rules that fire when `code` sits at `file` (a path inside the project, not written to disk). */
async function lint(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return r!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules (npm run lint)', () => {
  it('a domain/ → store/ import fails', async () => {
    const m = await lint('src/domain/fixture.ts', "import { queryNumbers } from '../store/numbers.js';\nexport const q = queryNumbers;\n");
    expect(m).toEqual([expect.stringMatching(/no-restricted-imports: .*domain\/ is pure/)]);
  });

  it('domain/ may not import output/, services/ or do I/O; a type-only catalog import is allowed', async () => {
    expect(await lint('src/domain/address/fixture.ts', "import { render } from '../../output/render.js';\nexport const r = render;\n")).toHaveLength(1);
    expect(await lint('src/domain/fixture.ts', "import { settle } from '../services/settle.js';\nexport const s = settle;\n")).toHaveLength(1);
    expect(await lint('src/domain/fixture.ts', "import fs from 'node:fs';\nexport const f = fs;\n")).toEqual([expect.stringMatching(/does no I\/O/)]);
    expect(await lint('src/domain/fixture.ts', "import { catalogSchema } from '../catalog/schema.js';\nexport const c = catalogSchema;\n")).toHaveLength(1);
    expect(
      await lint(
        'src/domain/fixture.ts',
        "import type { Grant } from '../catalog/schema.js';\nimport { quoted } from '../text/sanitize.js';\nimport { UsageError } from '../errors.js';\nexport type G = Grant;\nexport const q = [quoted, UsageError];\n",
      ),
    ).toEqual([]);
  });

  it('SQL text or prepare() outside store/ fails; inside store/ it is fine', async () => {
    const sql = "export const n = (db: { prepare(s: string): unknown }) => db.prepare('SELECT count(*) FROM numbers');\n";
    const outside = await lint('src/services/fixture.ts', sql);
    expect(outside).toHaveLength(2);
    expect(outside.every((x) => /SQL lives under src\/store/.test(x))).toBe(true);
    expect(await lint('src/cmdlets/fixture.ts', 'export const q = `DELETE FROM users WHERE id = ${1}`;\n')).toHaveLength(1);
    expect(await lint('src/store/fixture.ts', sql)).toEqual([]);
  });

  it('the wizard may not read or write the store directly (types are fine)', async () => {
    expect(await lint('src/wizard/steps/fixture.ts', "import { queryUsers } from '../../store/users.js';\nexport const q = queryUsers;\n")).toEqual([
      expect.stringMatching(/The wizard reads through services\/queries.ts/),
    ]);
    expect(await lint('src/wizard/steps/fixture.ts', "import type { Tenant } from '../../store/tenants.js';\nexport type T = Tenant;\n")).toEqual([]);
    expect(await lint('src/wizard/steps/fixture.ts', "import { queryUsers } from '../../services/queries.js';\nexport const q = queryUsers;\n")).toEqual([]);
  });

  it('chalk outside output/ fails', async () => {
    expect(await lint('src/wizard/fixture.ts', "import chalk from 'chalk';\nexport const c = chalk;\n")).toEqual([
      expect.stringMatching(/Colour is chosen in src\/output/),
    ]);
    expect(await lint('src/output/fixture.ts', "import chalk from 'chalk';\nexport const c = chalk;\n")).toEqual([]);
  });

  it('process.* outside cli.ts fails', async () => {
    expect(await lint('src/services/fixture.ts', 'export const pid = process.pid;\n')).toEqual([
      expect.stringMatching(/no-restricted-globals: .*Only src\/cli.ts/),
    ]);
    expect(await lint('src/cli.ts', 'export const pid = process.pid;\n')).toEqual([]);
  });
});
