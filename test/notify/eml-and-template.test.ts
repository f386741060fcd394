// --out DIR (.eml files a mail client opens) and the replaceable message template, checked when it is loaded.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { beforeEach, describe, expect, it } from 'vitest';
import { cp, peek, tempDir } from '../helpers/store.js';
import { peopleToTell, pendingUpns, startSmtp } from './smtp.js';

type Row = { Identity: string; Email: string; TelephoneNumber: string; Result: string; ErrorId: string; Message: string };
let t: Awaited<ReturnType<typeof peopleToTell>>;
beforeEach(async () => {
  t = await peopleToTell();
});

const notify = (args: string[]) => cp(t.store, ['notify-users', ...args, '-o', 'json']);

describe('--out DIR', () => {
  it('writes one RFC 5322 .eml per user, named by UPN, parseable, and marks them notified', async () => {
    const dir = path.join(tempDir(), 'messages');
    const r = await notify(['--out', dir]);
    expect(r.code).toBe(1); // cat: NoEmailAddress
    expect(r.json<Row[]>().map((x) => [x.Identity, x.Result])).toEqual([
      ['ann@contoso.com', 'Written'],
      ['bob@contoso.com', 'Written'],
      ['cat@contoso.com', 'Failed'],
      ['gus@contoso.com', 'Written'],
    ]);
    expect(fs.readdirSync(dir).sort()).toEqual(['ann@contoso.com.eml', 'bob@contoso.com.eml', 'gus@contoso.com.eml']);
    const raw = fs.readFileSync(path.join(dir, 'ann@contoso.com.eml'));
    expect(raw.toString('latin1')).toMatch(/\r\n\r\n/); // CRLF line ends
    expect(raw.toString('latin1')).not.toMatch(/[^\r]\n/);
    const mail = await simpleParser(raw);
    expect(mail.subject).toMatch(/^Your new phone number: \+1 425 /);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0] : undefined).toEqual({ name: 'Ann Beaker', address: 'ann@contoso.com' });
    expect(mail.text).toContain('Building 64, Floor 1');
    expect(mail.html).toContain('above the dial pad');
    expect(mail.date?.toISOString()).toBe('2026-11-26T09:00:00.000Z'); // the store's clock
    const stored = peek<{ transport: string; message_id: string }>(
      t.store,
      "SELECT transport, message_id FROM notifications WHERE recipient = 'ann@contoso.com'",
    )[0]!;
    expect(stored).toEqual({ transport: 'File', message_id: mail.messageId });
    expect(pendingUpns(t.store)).toEqual(['cat@contoso.com']);
    expect((await notify(['--out', dir])).json<Row[]>().map((x) => x.Result)).toEqual(['Failed']); // nothing new
  });

  it('a folder that cannot be made fails every user with OutputFolderUnusable', async () => {
    const file = path.join(tempDir(), 'not-a-folder');
    fs.writeFileSync(file, 'x');
    const r = await notify(['--identity', 'ann@contoso.com', '--out', file]);
    expect(r.code).toBe(1);
    expect(r.json<Row[]>()[0]).toMatchObject({ Result: 'Failed', ErrorId: 'OutputFolderUnusable' });
    expect(pendingUpns(t.store)).toContain('ann@contoso.com');
  });

  it('-WhatIf writes no file', async () => {
    const dir = path.join(tempDir(), 'preview');
    const r = await notify(['--out', dir, '--whatif']);
    expect(r.json<Row[]>()[0]!.Message).toMatch(/^would write "Your new phone number: .*" for ann@contoso.com to .*ann@contoso.com.eml\.$/);
    expect(fs.existsSync(dir)).toBe(false);
  });
});

describe('--template FILE', () => {
  const write = (content: unknown) => {
    const f = path.join(tempDir(), 'template.json');
    fs.writeFileSync(f, typeof content === 'string' ? content : JSON.stringify(content));
    return f;
  };
  const good = {
    subject: 'Hi {{ displayName }}, call me at {{numberE164}}',
    text: ['Dear {{displayName}} of {{organisation}}: {{numberNational}} / {{numberInternational}}', 'Address: {{addressLine}}', 'Location: {{location}}'],
    html: '<p>{{displayName}}: {{numberInternational}}<br>{{address}}</p>',
  };

  it("renders the admin's own template", async () => {
    const smtp = await startSmtp();
    const r = await notify(['--identity', 'ann@contoso.com', '--smtp', smtp.url(), '--template', write(good)]);
    expect(r.code, r.err).toBe(0);
    const m = smtp.received[0]!.mail;
    expect(m.subject).toBe(`Hi Ann Beaker, call me at ${t.annNumber}`);
    expect(m.text).toContain('Address: Building 64, Floor 1, 1 Microsoft Way, Redmond, WA 98052, United States');
    expect(m.text).toContain('Location: Building 64, Floor 1');
    expect(m.html).toContain('<br>Building 64, Floor 1<br>\n1 Microsoft Way<br>');
  });

  const invalid: [string, unknown, RegExp][] = [
    [
      'an unknown placeholder (with the nearest one)',
      { ...good, text: 'Hi {{displayname}} {{numberNational}}' },
      /unknown placeholder \{\{displayname\}\} in text \(did you mean \{\{displayName\}\}\?\)/,
    ],
    ['a missing part', { subject: good.subject, text: good.text }, /the "html" part is missing/],
    ['an unknown part', { ...good, sujbect: 'x' }, /unknown part "sujbect"/],
    ['a part of the wrong type', { ...good, html: 42 }, /"html" must be a string or an array of lines/],
    ['a body without the number', { ...good, html: '<p>Hello {{displayName}}</p>' }, /the html part never shows the number/],
    [
      'an unclosed placeholder',
      { ...good, text: 'Hi {{displayName {{numberNational}}' },
      /text has a '\{\{' or '\}\}' that is not a placeholder|unknown placeholder/,
    ],
    ['a subject over two lines', { ...good, subject: 'a\nb' }, /the subject must be one line/],
    ['text that is not JSON', '{ "subject": ', /not valid JSON/],
    ['a JSON array', '[]', /must be a JSON object/],
  ];
  for (const [what, content, message] of invalid) {
    it(`refuses ${what} before sending anything (InvalidTemplate, exit 2)`, async () => {
      const smtp = await startSmtp();
      const r = await cp(t.store, ['notify-users', '--smtp', smtp.url(), '--template', write(content)]);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/^callplan: InvalidTemplate: template .*template\.json: /);
      expect(r.err).toMatch(message);
      expect(smtp.connections).toBe(0);
      expect(pendingUpns(t.store)).toHaveLength(4);
    });
  }

  it('a missing template file is TemplateNotFound', async () => {
    const r = await cp(t.store, ['notify-users', '--out', tempDir(), '--template', '/nonexistent/t.json']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^callplan: TemplateNotFound: cannot read the template \/nonexistent\/t\.json \(ENOENT\)/);
  });

  it('the shipped template passes its own checks', async () => {
    const { loadTemplate, DEFAULT_TEMPLATE } = await import('../../src/notify/template.js');
    const tpl = await loadTemplate(undefined);
    expect(tpl.source).toBe(DEFAULT_TEMPLATE);
    expect(tpl.subject).toBe('Your new phone number: {{numberInternational}}');
  });
});
