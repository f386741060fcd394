// Output formats against golden files, colour rules, control characters and CSV formula neutralisation.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render, type OutputFormat } from '../../../src/output/render.js';
import { neutraliseFormula, safeText } from '../../../src/text/sanitize.js';
import { PLAIN, loadStyle } from '../../../src/output/style.js';
import { wantsColor } from '../../../src/cli.js';

const records = [
  { Id: '14255550100', CityCode: 'NOAM-US-WA-RD', InventoryType: 'Subscriber', UserId: null, Assigned: false, Tags: ['a', 'b'] },
  { Id: '442079460000', CityCode: 'EMEA-GB-ENG-LND', InventoryType: 'Service', UserId: '3c37e1c7-78f9-4703-82ee-a6b68516794e', Assigned: true, Tags: [] },
];
const plain = PLAIN;
const golden = (name: string) => fs.readFileSync(new URL(`../../../fixtures/golden/${name}`, import.meta.url), 'utf8');

describe('render', () => {
  const formats: [OutputFormat, string][] = [
    ['table', 'numbers.table.txt'],
    ['list', 'numbers.list.txt'],
    ['json', 'numbers.json'],
    ['jsonl', 'numbers.jsonl'],
    ['csv', 'numbers.csv'],
  ];
  it.each(formats)('%s matches its golden file', (format, file) => {
    expect(render(records, { format, style: plain })).toBe(golden(file));
  });

  it('--properties picks columns in the given order, any case', () => {
    expect(render(records, { format: 'csv', style: plain, properties: ['cityCode', 'ID'] })).toBe(
      'CityCode,Id\nNOAM-US-WA-RD,14255550100\nEMEA-GB-ENG-LND,442079460000\n',
    );
  });

  it('--properties naming an unknown property is a usage error listing the known ones', () => {
    expect(() => render(records, { format: 'table', style: plain, properties: ['Nope'] })).toThrow(
      expect.objectContaining({ errorId: 'UnknownProperty', hint: expect.stringMatching(/Properties: Id, CityCode/) as unknown }),
    );
  });

  it('JSON ignores --properties and carries every property', () => {
    const parsed = JSON.parse(render(records, { format: 'json', style: plain, properties: ['Id'] })) as object[];
    expect(Object.keys(parsed[0]!)).toContain('CityCode');
  });

  it('default columns limit the table but not JSON', () => {
    expect(render(records, { format: 'table', style: plain, columns: ['Id'] })).toBe('Id\n------------\n14255550100\n442079460000\n');
  });

  it('an empty result prints nothing in table form and [] in JSON', () => {
    expect(render([], { format: 'table', style: plain })).toBe('');
    expect(render([], { format: 'json', style: plain })).toBe('[]\n');
  });
});

describe('safe output', () => {
  const evil = { DisplayName: 'Ken\u001b[31mRED\u001b[0m\u0007 \u009b2J\u202eevil\nnext' };
  it('escapes control characters in table, list and csv', () => {
    for (const format of ['table', 'list', 'csv'] as const) {
      const out = render([evil], { format, style: plain });
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
      expect(out).toContain('Ken\\x1B[31mRED');
    }
  });
  it('escapes C1 controls and bidi overrides in JSON too', () => {
    const out = render([evil], { format: 'json', style: plain });
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(JSON.parse(out)).toEqual([evil]);
  });
  it('safeText makes newlines and tabs visible', () => {
    expect(safeText('a\tb\r\nc')).toBe('a\\tb\\r\\nc');
  });
  it('neutralises formula cells but keeps E.164 numbers', () => {
    expect(neutraliseFormula('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('-2+3')).toBe("'-2+3");
    expect(neutraliseFormula('+1-2')).toBe("'+1-2");
    expect(neutraliseFormula('+14255550100')).toBe('+14255550100');
    expect(neutraliseFormula('Ken Myer')).toBe('Ken Myer');
  });
  it('neutralises formulas in rendered CSV', () => {
    expect(render([{ Name: '=cmd|" /C calc"!A0' }], { format: 'csv', style: plain })).toBe('Name\n"\'=cmd|"" /C calc""!A0"\n');
  });
});

describe('colour', () => {
  it('only on a TTY, never with NO_COLOR, forced with FORCE_COLOR', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({ isTTY: false }, {})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(wantsColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
  });
  it('a coloured table carries ANSI codes only for styling', async () => {
    const out = render(records, { format: 'table', style: await loadStyle(true) });
    expect(out).toContain('\u001b[1m');
  });
});
