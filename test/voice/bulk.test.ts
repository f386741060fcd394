// set-voice-user --csv / --jsonl: everything checked before anything changes, across rows too; the bulk modes.
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cp, peek, tempDir } from '../helpers/store.js';
import { numberOf, voiceTenant, type VoiceTenant } from './fixtures.js';

let t: VoiceTenant;
beforeEach(async () => {
  t = await voiceTenant();
});

interface Row {
  Row: number;
  Identity: string;
  TelephoneNumber: string;
  LocationID: string;
  Result: string;
  ErrorId: string;
  Message: string;
}

const file = (name: string, text: string) => {
  const f = path.join(tempDir(), name);
  fs.writeFileSync(f, text);
  return f;
};
const bulk = async (args: string[], stdin?: string) => {
  const r = await cp(t.store, ['set-voice-user', ...args, '-o', 'json'], { stdin });
  return { ...r, rows: r.out ? r.json<Row[]>() : [] };
};
const assigned = () => peek<{ n: number }>(t.store, 'SELECT COUNT(*) AS n FROM numbers WHERE user_id IS NOT NULL')[0]!.n;
const auditRows = () => peek<{ n: number }>(t.store, "SELECT COUNT(*) AS n FROM audit_log WHERE operation = 'Set-CsOnlineVoiceUser'")[0]!.n;

describe('bulk set-voice-user', () => {
  it('reads headers in any case and spelling, with a BOM and CRLF', async () => {
    const csv = file(
      'a.csv',
      `\uFEFFidentity,TELEPHONENUMBER,locationid\r\nann@contoso.com,${t.us[0]},${t.usLocation}\r\nbob@contoso.com,${t.us[1]!.slice(1)},${t.usLocation}\r\n`,
    );
    const r = await bulk(['--csv', csv]);
    expect(r.code, r.err).toBe(0);
    expect(r.rows.map((x) => [x.Row, x.Result])).toEqual([
      [2, 'Assigned'],
      [3, 'Assigned'],
    ]);
    expect(r.err).toContain('2 Assigned.');
    expect(numberOf(t.store, 'bob@contoso.com')).toBe(t.us[1]!.slice(1));
  });

  it('is all-or-nothing by default: any failed row changes nothing, and every bad row is reported', async () => {
    const csv = file(
      'b.csv',
      [
        'Identity,TelephoneNumber,LocationID',
        `ann@contoso.com,${t.us[0]},${t.usLocation}`,
        `nobody@contoso.com,${t.us[1]},${t.usLocation}`,
        `bob@contoso.com,${t.us[2]},`,
        `cat@contoso.com,not-a-number,${t.usLocation}`,
      ].join('\n'),
    );
    const before = auditRows();
    const r = await bulk(['--csv', csv]);
    expect(r.code).toBe(1);
    expect(r.rows.map((x) => [x.Result, x.ErrorId])).toEqual([
      ['Skipped', ''],
      ['Failed', 'UserNotFound'],
      ['Failed', 'LocationRequired'],
      ['Failed', 'InvalidNumber'],
    ]);
    expect(r.err).toContain('3 Failed, 1 Skipped — nothing was changed.');
    expect(assigned()).toBe(0);
    expect(auditRows()).toBe(before);
  });

  it('--continue-on-error applies the good rows and still exits 1', async () => {
    const csv = file(
      'c.csv',
      `Identity,TelephoneNumber,LocationID\nann@contoso.com,${t.us[0]},${t.usLocation}\nnobody@contoso.com,${t.us[1]},${t.usLocation}\n`,
    );
    const r = await bulk(['--csv', csv, '--continue-on-error']);
    expect(r.code).toBe(1);
    expect(r.rows.map((x) => x.Result)).toEqual(['Assigned', 'Failed']);
    expect(assigned()).toBe(1);
  });

  it('checks across rows: one number for two users, one user twice', async () => {
    const csv = file(
      'd.csv',
      [
        'Identity,TelephoneNumber,LocationID',
        `ann@contoso.com,${t.us[0]},${t.usLocation}`,
        `bob@contoso.com,${t.us[0]},${t.usLocation}`,
        `cat@contoso.com,${t.us[1]},${t.usLocation}`,
        `cat@contoso.com,${t.us[2]},${t.usLocation}`,
        `dan@contoso.com,${t.us[3]},${t.usLocation}`,
      ].join('\n'),
    );
    const r = await bulk(['--csv', csv, '--continue-on-error']);
    expect(r.rows.map((x) => [x.Result, x.ErrorId])).toEqual([
      ['Failed', 'DuplicateNumber'],
      ['Failed', 'DuplicateNumber'],
      ['Failed', 'DuplicateUser'],
      ['Failed', 'DuplicateUser'],
      ['Assigned', ''],
    ]);
    expect(r.rows[0]!.Message).toContain('rows 2, 3');
    expect(r.rows[2]!.Message).toContain('rows 4, 5');
  });

  it('a number one row leaves with its user (a new location, or unchanged) cannot go to another row, even with -Force', async () => {
    await cp(t.store, ['set-voice-user', 'ann@contoso.com', '--telephone-number', t.us[0]!, '--location-id', t.usLocation]);
    await cp(t.store, ['set-voice-user', 'bob@contoso.com', '--telephone-number', t.us[1]!, '--location-id', t.usLocation]);
    const jsonl = [
      JSON.stringify({ Identity: 'ann@contoso.com', LocationID: t.usLocation2 }),
      JSON.stringify({ Identity: 'bob@contoso.com', TelephoneNumber: t.us[1], LocationID: t.usLocation }),
      JSON.stringify({ Identity: 'cat@contoso.com', TelephoneNumber: t.us[0], LocationID: t.usLocation, Force: true }),
      JSON.stringify({ Identity: 'dan@contoso.com', TelephoneNumber: t.us[1], LocationID: t.usLocation, Force: true }),
    ].join('\n');
    const before = auditRows();
    const r = await bulk(['--jsonl', file('k.jsonl', jsonl), '--continue-on-error']);
    expect(r.code).toBe(1);
    expect(r.rows.map((x) => [x.Row, x.Result, x.ErrorId])).toEqual([
      [1, 'Failed', 'DuplicateNumber'],
      [2, 'Failed', 'DuplicateNumber'],
      [3, 'Failed', 'DuplicateNumber'],
      [4, 'Failed', 'DuplicateNumber'],
    ]);
    expect(r.rows[0]!.Message).toBe(`number ${t.us[0]} is asked for in rows 1, 3; a number goes to one user.`);
    expect(r.rows[1]!.Message).toBe(`number ${t.us[1]} is asked for in rows 2, 4; a number goes to one user.`);
    expect(numberOf(t.store, 'ann@contoso.com')).toBe(t.us[0]!.slice(1));
    expect(numberOf(t.store, 'bob@contoso.com')).toBe(t.us[1]!.slice(1));
    expect(auditRows()).toBe(before);
  });

  it('swaps two users’ numbers in one file without -Force, and refuses a number whose holder keeps it', async () => {
    await cp(t.store, ['set-voice-user', 'ann@contoso.com', '--telephone-number', t.us[0]!, '--location-id', t.usLocation]);
    await cp(t.store, ['set-voice-user', 'bob@contoso.com', '--telephone-number', t.us[1]!, '--location-id', t.usLocation]);
    const swap = file('e.csv', `Identity,TelephoneNumber,LocationID\nann@contoso.com,${t.us[1]},${t.usLocation}\nbob@contoso.com,${t.us[0]},${t.usLocation}\n`);
    const r = await bulk(['--csv', swap]);
    expect(r.code, r.err).toBe(0);
    expect(numberOf(t.store, 'ann@contoso.com')).toBe(t.us[1]!.slice(1));
    expect(numberOf(t.store, 'bob@contoso.com')).toBe(t.us[0]!.slice(1));
    const take = file('f.csv', `Identity,TelephoneNumber,LocationID\ncat@contoso.com,${t.us[0]},${t.usLocation}\n`);
    const refused = await bulk(['--csv', take]);
    expect(refused.rows[0]).toMatchObject({ Result: 'Failed', ErrorId: 'NumberAlreadyAssigned' });
    expect(refused.rows[0]!.Message).toContain('bob@contoso.com');
  });

  it('a re-run of the same file is idempotent: rows already true are Unchanged', async () => {
    const csv = file('g.csv', `Identity,TelephoneNumber,LocationID\nann@contoso.com,${t.us[0]},${t.usLocation}\nbob@contoso.com,${t.us[1]},${t.usLocation}\n`);
    await bulk(['--csv', csv]);
    const audit = auditRows();
    const again = await bulk(['--csv', csv]);
    expect(again.code).toBe(0);
    expect(again.rows.map((x) => x.Result)).toEqual(['Unchanged', 'Unchanged']);
    expect(auditRows()).toBe(audit);
  });

  it('--whatif prints the plan and changes nothing', async () => {
    const csv = file('h.csv', `Identity,TelephoneNumber,LocationID\nann@contoso.com,${t.us[0]},${t.usLocation}\n`);
    const r = await bulk(['--csv', csv, '--whatif']);
    expect(r.rows[0]!.Result).toBe('WhatIf');
    expect(assigned()).toBe(0);
  });

  it('--report writes the per-row results as CSV', async () => {
    const csv = file(
      'i.csv',
      `Identity,TelephoneNumber,LocationID\nann@contoso.com,${t.us[0]},${t.usLocation}\n=cmd|' /C calc'!A0,${t.us[1]},${t.usLocation}\n`,
    );
    const report = path.join(tempDir(), 'report.csv');
    const r = await cp(t.store, ['set-voice-user', '--csv', csv, '--continue-on-error', '--report', report]);
    expect(r.code).toBe(1);
    const lines = fs.readFileSync(report, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('Row,Identity,TelephoneNumber,LocationID,Result,ErrorId,Message');
    expect(lines[1]).toMatch(/^2,ann@contoso.com,\+\d+,[0-9a-f-]+,Assigned,,/);
    expect(lines[2]).toMatch(/^3,'=cmd\|' \/C calc'!A0,/);
  });

  it('--jsonl and standard input', async () => {
    const lines = [
      JSON.stringify({ Identity: 'ann@contoso.com', TelephoneNumber: t.us[0], LocationID: t.usLocation }),
      JSON.stringify({ identity: 'bob@contoso.com', telephoneNumber: null }),
    ].join('\n');
    const r = await bulk(['--jsonl', '-'], lines);
    expect(r.code, r.err).toBe(0);
    expect(r.rows.map((x) => x.Result)).toEqual(['Assigned', 'Unchanged']);
    const csv = await bulk(['--csv', '-'], `Identity,TelephoneNumber,LocationID\ncat@contoso.com,${t.us[1]},${t.usLocation}\n`);
    expect(csv.rows.map((x) => x.Result)).toEqual(['Assigned']);
  });

  it('--next-free gives rows without a number the next unassigned numbers, skipping ones other rows take', async () => {
    const csv = file(
      'j.csv',
      [
        'Identity,TelephoneNumber,LocationID',
        `ann@contoso.com,,${t.usLocation}`,
        `bob@contoso.com,${t.us[0]},${t.usLocation}`,
        `cat@contoso.com,,${t.usLocation}`,
        'gus@contoso.com,,',
      ].join('\n'),
    );
    const r = await bulk(['--csv', csv, '--next-free']);
    expect(r.code, r.err).toBe(0);
    expect(r.rows.map((x) => x.TelephoneNumber)).toEqual([t.us[1], t.us[0], t.us[2], t.gb[0]]);
    const city = file('k.csv', `Identity,LocationID\ndan@contoso.com,${t.usLocation}\n`);
    const none = await bulk(['--csv', city, '--next-free', '--capital-or-major-city', 'NOAM-US-NY-NY']);
    expect(none.rows[0]).toMatchObject({ Result: 'Failed', ErrorId: 'NoFreeNumber' });
  });

  it('--next-free narrowed by --telephone-number-starts-with (read as get-number reads it) and --capital-or-major-city', async () => {
    const last = t.us[t.us.length - 1]!; // e.g. +14255037307
    const spaced = `+${last.slice(1, 2)} (${last.slice(2, 5)}) ${last.slice(5, -1)}`; // every number of the city but ending digit
    const csv = file('p.csv', `Identity,LocationID\nann@contoso.com,${t.usLocation}\n`);
    const r = await bulk(['--csv', csv, '--next-free', '--telephone-number-starts-with', spaced, '--capital-or-major-city', 'noam-us-wa-rd']);
    expect(r.code, r.err).toBe(0);
    expect(r.rows[0]!.TelephoneNumber.startsWith(last.slice(0, -1))).toBe(true);
    const bad = await cp(t.store, ['set-voice-user', '--csv', csv, '--next-free', '--telephone-number-starts-with', '425-55x']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^callplan: InvalidValue: -TelephoneNumberStartsWith must be digits/);
  });

  it('file problems are usage errors (exit 2) that change nothing', async () => {
    const bulk = (args: string[]) => cp(t.store, ['set-voice-user', ...args]);
    const unknown = await bulk(['--csv', file('l.csv', 'Identity,Phone\nann@contoso.com,+1\n')]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/UnknownColumn: .*'Phone'/);
    const dup = await bulk(['--csv', file('m.csv', 'Identity,TelephoneNumber,Number\nann@contoso.com,+1,+2\n')]);
    expect(dup.err).toMatch(/DuplicateColumn/);
    const quote = await bulk(['--csv', file('n.csv', 'Identity,TelephoneNumber\n"ann@contoso.com,+1\n')]);
    expect(quote.code).toBe(2);
    expect(quote.err).toMatch(/MalformedCsv: .*line 2/);
    const missing = await bulk(['--csv', path.join(tempDir(), 'nope.csv')]);
    expect(missing.err).toMatch(/FileNotFound/);
    expect(assigned()).toBe(0);
  });

  it('-Identity and a file together are refused', async () => {
    const r = await bulk(['ann@contoso.com', '--csv', file('o.csv', 'Identity\nann@contoso.com\n')]);
    expect(r.code).toBe(2);
  });
});
