// The parameter vocabulary: every PowerShell parameter is declared once in src/params/, and every command takes the
// declarations as they are (its own help, default or position at most; never its own spelling, aliases or kind).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionKey } from '../../src/argv/coerce.js';
import { paramKey } from '../../src/argv/normalise.js';
import { REGISTRY } from '../../src/cmdlets/index.js';
import { ADDRESS_FIELDS } from '../../src/domain/address/fields.js';
import type { ParamDef } from '../../src/params/define.js';

const root = path.resolve(import.meta.dirname, '../..');
const paramsDir = path.join(root, 'src/params');
const files = fs.readdirSync(paramsDir).filter((f) => f.endsWith('.ts') && f !== 'define.ts');

/** Every declaration, with the file and export that hold it. */
async function declarations(): Promise<{ file: string; exported: string; p: ParamDef }[]> {
  const out: { file: string; exported: string; p: ParamDef }[] = [];
  for (const file of files) {
    const mod = (await import(path.join(paramsDir, file))) as Record<string, unknown>;
    for (const [exported, v] of Object.entries(mod)) {
      if (v && typeof v === 'object' && !Array.isArray(v) && 'name' in v && 'flag' in v && 'kind' in v) out.push({ file, exported, p: v as ParamDef });
    }
  }
  return out;
}

/** The PowerShell names declared in the source text of src/params/ (`name: '…'` inside param({…})). */
function declaredNamesInSource(): string[] {
  return files.flatMap((f) => [...fs.readFileSync(path.join(paramsDir, f), 'utf8').matchAll(/param\(\{\s*name: '([A-Za-z]+)'/g)].map((m) => m[1]!));
}

/**
 * Aliases that are another declaration's name: -Identity takes -UserPrincipalName and -ObjectId (add-user's new user
 * has both); -OrderId takes the port-order cmdlets' -Identity; acquire's and the port orders' -TelephoneNumbers take
 * -TelephoneNumber. No command takes both of a pair.
 */
const OVERLAPS = [
  ['TelephoneNumbers', 'TelephoneNumber'],
  ['OrderId', 'Identity'],
  ['Identity', 'UserPrincipalName'],
  ['Identity', 'ObjectId'],
];

/** The spelling of a parameter: what no command may change. */
const spelling = (p: ParamDef) => ({ name: p.name, flag: p.flag, aliases: p.aliases ?? [], short: p.short, values: p.values });

describe('src/params: one declaration per PowerShell parameter', () => {
  it('lists every declared name once (case-insensitive), and each export is named for its parameter', async () => {
    const names = declaredNamesInSource();
    expect(names.length).toBeGreaterThan(100);
    const seen = new Map<string, number>();
    for (const n of names) seen.set(n.toLowerCase(), (seen.get(n.toLowerCase()) ?? 0) + 1);
    expect([...seen].filter(([, c]) => c > 1).map(([n]) => n)).toEqual([]);
    for (const d of await declarations()) expect(d.exported, `${d.file}: ${d.exported}`).toBe(d.p.name);
  });

  it('fails on a second declaration of a name (the check above, on a copy with one added)', () => {
    const names = [...declaredNamesInSource(), 'TelephoneNumber'];
    const dup = names.filter((n, i) => names.findIndex((m) => m.toLowerCase() === n.toLowerCase()) !== i);
    expect(dup).toEqual(['TelephoneNumber']);
  });

  it('no parameter is declared outside src/params/ (no `flag:` object literal in any other source file)', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const f = path.join(dir, e.name);
        if (e.isDirectory()) walk(f);
        else if (f.endsWith('.ts') && !f.startsWith(paramsDir) && /\{\s*name: '[A-Za-z]+',\s*flag: '/.test(fs.readFileSync(f, 'utf8')))
          offenders.push(path.relative(root, f));
      }
    };
    walk(path.join(root, 'src'));
    expect(offenders).toEqual([]);
  });

  it('every command takes declarations with their own spelling; many() only makes a list, prefixed() only adds a prefix', async () => {
    const byName = new Map((await declarations()).map((d) => [d.p.name, d.p]));
    for (const c of REGISTRY) {
      for (const p of c.params) {
        const base = byName.get(p.name) ?? byName.get(p.name.replace(/^Address/, ''));
        expect(base, `${c.name} -${p.name} is declared in src/params/`).toBeDefined();
        if (base!.name === p.name) {
          expect(spelling(p), `${c.name} -${p.name}`).toEqual(spelling(base!));
          expect(p.kind === base!.kind || (p.kind === 'list' && base!.kind !== 'switch'), `${c.name} -${p.name} kind`).toBe(true);
        } else {
          expect({ flag: p.flag, aliases: p.aliases, kind: p.kind }).toEqual({ flag: `address-${base!.flag}`, aliases: undefined, kind: base!.kind });
        }
      }
    }
  });

  it('within a command every name, flag and alias reaches one parameter', () => {
    for (const c of REGISTRY) {
      const owner = new Map<string, string>();
      for (const p of c.params) {
        for (const k of new Set([p.name, p.flag, ...(p.aliases ?? [])].map(paramKey))) {
          expect(owner.get(k), `${c.name}: '${k}' of -${p.name}`).toBeUndefined();
          owner.set(k, p.name);
        }
      }
    }
  });

  it('an alias names another declaration only where no command takes both, and only these', async () => {
    const decls = (await declarations()).map((d) => d.p);
    const names = new Map(decls.map((p) => [paramKey(p.name), p.name]));
    const overlaps = decls.flatMap((p) => (p.aliases ?? []).filter((a) => names.has(paramKey(a))).map((a) => [p.name, names.get(paramKey(a))!] as const));
    expect(overlaps, JSON.stringify(overlaps)).toEqual(OVERLAPS);
    for (const c of REGISTRY)
      for (const [a, b] of overlaps) expect(c.params.some((p) => p.name === a) && c.params.some((p) => p.name === b), c.name).toBe(false);
  });

  it('the address fields of the domain are the option keys of declarations', async () => {
    const keys = new Set((await declarations()).map((d) => optionKey(d.p.flag)));
    for (const f of ADDRESS_FIELDS) expect(keys.has(f), f).toBe(true);
  });
});
