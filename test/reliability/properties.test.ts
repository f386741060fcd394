// Property-based tests (fast-check): the argv normaliser, the number parser and the CSV reader never crash and
// always either give a well-formed answer or a typed usage error.
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/argv/normalise.js';
import { GLOBAL_PARAMS } from '../../src/params/common.js';
import { REGISTRY } from '../../src/cmdlets/index.js';
import { readRows, coerceRow } from '../../src/csv/read.js';
import { parseNumberInput } from '../../src/domain/phone.js';
import { CallplanError } from '../../src/errors.js';
import { setVoiceUserCommand } from '../../src/cmdlets/voice-user/set/command.js';
import { tempDir } from '../helpers/store.js';
import { Readable } from 'node:stream';

const token = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '-Identity',
    '-TelephoneNumber',
    '$null',
    '$true',
    '-Force:$false',
    '--',
    '-',
    '-o',
    'json',
    '-WhatIf',
    '-Tele',
    'Set-CsOnlineVoiceUser',
    'get-number',
    '1,',
    ',2',
  ),
  fc.string().map((s) => `-${s}`),
  fc.string().map((s) => `--${s}`),
);

describe('properties', () => {
  it('the argv normaliser returns canonical args or throws a CallplanError — never anything else', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (argv) => {
        try {
          const n = normalise(argv, REGISTRY, GLOBAL_PARAMS);
          if (n.command) {
            expect(n.args[0]).toBe(n.command.name);
            for (const a of n.args.slice(1)) expect(a).toMatch(/^--[a-z0-9-]+(=[\s\S]*)?$/);
          }
        } catch (err) {
          expect(err).toBeInstanceOf(CallplanError);
          expect((err as CallplanError).exitCode).toBe(2);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('the normaliser is insensitive to the case of cmdlet and parameter names', () => {
    const flip = (s: string, mask: number[]) => [...s].map((c, i) => (mask[i % mask.length]! % 2 ? c.toUpperCase() : c.toLowerCase())).join('');
    fc.assert(
      fc.property(fc.array(fc.nat(1), { minLength: 1, maxLength: 8 }), (mask) => {
        const argv = ['Set-CsOnlineVoiceUser', '-Identity', 'u@contoso.com', '-TelephoneNumber', '+14255550100', '-Force'];
        const canon = normalise(argv, REGISTRY, GLOBAL_PARAMS).args;
        const names = new Set([0, 1, 3, 5]);
        const flipped = argv.map((a, i) => (names.has(i) ? flip(a, mask) : a));
        expect(normalise(flipped, REGISTRY, GLOBAL_PARAMS).args).toEqual(canon);
      }),
    );
  });

  it('the number parser accepts exactly 7–15 digit numbers with a country code, in any accepted spelling', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = parseNumberInput(s);
        if (r.ok) expect(r.digits).toMatch(/^[1-9]\d{6,14}$/);
        else expect(r.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{6,14}$/), fc.constantFrom('+', '', 'tel:+'), (digits, prefix) => {
        const r = parseNumberInput(prefix + digits);
        expect(r).toEqual({ ok: true, digits });
      }),
    );
  });

  it('the CSV reader turns any bytes into rows or a usage error, never a crash', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.boolean(), async (bytes, header) => {
        const f = path.join(dir, 'fuzz.csv');
        fs.writeFileSync(f, Buffer.concat([Buffer.from(header ? 'Identity,TelephoneNumber,LocationID\n' : ''), Buffer.from(bytes)]));
        try {
          for await (const src of readRows(f, { format: 'csv', params: setVoiceUserCommand.params, required: ['Identity'], stdin: Readable.from([]) })) {
            const row = coerceRow(setVoiceUserCommand.params, src);
            expect(row.row).toBeGreaterThan(0);
          }
        } catch (err) {
          expect(err).toBeInstanceOf(CallplanError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('round trip: any cell values written as CSV are read back the same (when they are valid text)', async () => {
    const dir = tempDir();
    const { stringify } = await import('csv-stringify/sync');
    const cell = fc
      .string({ unit: 'grapheme' })
      .filter((s) => !/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\uFFFD]/.test(s) && s.trim() === s && s !== '');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 5 }), async (rows) => {
        const f = path.join(dir, 'rt.csv');
        fs.writeFileSync(f, stringify([['Identity', 'LocationID'], ...rows]));
        const got: string[][] = [];
        for await (const src of readRows(f, { format: 'csv', params: setVoiceUserCommand.params, stdin: Readable.from([]) })) {
          got.push([src.values.identity ?? '', src.values.locationId ?? '']);
        }
        expect(got).toEqual(rows);
      }),
      { numRuns: 200 },
    );
  });
});
