// The message template: a JSON file the admin may replace (subject, text, html with {{placeholders}}), checked when it
// is loaded so a typo is an error before anything is sent, and rendered per user (values HTML-escaped in the html part).
import fs from 'node:fs';
import { closest } from '../domain/text.js';
import { UsageError } from '../errors.js';
import { safeText } from '../text/sanitize.js';
import { packagePath } from '../paths.js';

/** The template shipped with callplan. */
export const DEFAULT_TEMPLATE = packagePath('fixtures', 'notify-template.json');

/** Every placeholder a template may use, with what it stands for (README and errors list them). */
export const PLACEHOLDERS = {
  displayName: "the user's display name",
  userPrincipalName: "the user's sign-in name (UPN)",
  email: "the user's email address",
  organisation: "the organisation's (tenant's) name",
  numberInternational: 'the number in international format, e.g. +1 425 555 0100',
  numberNational: 'the number in national format, e.g. (425) 555-0100',
  numberE164: 'the number in E.164, e.g. +14255550100',
  address: 'the emergency address, one part per line (location name if not the default, street, city/state/postal code, country)',
  addressLine: 'the emergency address on one line, parts separated by commas',
  location: "the emergency location's name (empty for an address's default location)",
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;
/** The values of one message. */
export type TemplateValues = Record<Placeholder, string>;

/** The parts of a template: subject, plain text and HTML. */
export interface Template {
  source: string;
  subject: string;
  text: string;
  html: string;
}

/** A rendered message. */
export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
}

const PARTS = ['subject', 'text', 'html'] as const;
const NUMBER_PLACEHOLDERS: readonly Placeholder[] = ['numberInternational', 'numberNational', 'numberE164'];
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

function invalid(file: string, problem: string): UsageError {
  return new UsageError(
    'InvalidTemplate',
    `template ${safeText(file)}: ${problem}`,
    `A template is JSON with "subject", "text" and "html" (a string or an array of lines); placeholders: ${Object.keys(PLACEHOLDERS)
      .map((p) => `{{${p}}}`)
      .join(' ')}.`,
  );
}

/** Checks one part's placeholders: all known, none left unclosed. */
function checkPlaceholders(file: string, part: string, text: string): Set<string> {
  const used = new Set<string>();
  for (const m of text.matchAll(PLACEHOLDER)) {
    const name = m[1]!;
    if (!(name in PLACEHOLDERS)) {
      const near = closest(name, Object.keys(PLACEHOLDERS), 1);
      throw invalid(file, `unknown placeholder {{${name}}} in ${part}${near.length ? ` (did you mean {{${near[0]}}}?)` : ''}.`);
    }
    used.add(name);
  }
  const rest = text.replace(PLACEHOLDER, '');
  if (rest.includes('{{') || rest.includes('}}')) throw invalid(file, `${part} has a '{{' or '}}' that is not a placeholder like {{displayName}}.`);
  return used;
}

/** Reads and checks a template file (the default one when `file` is undefined). */
export async function loadTemplate(file: string | undefined): Promise<Template> {
  const source = file ?? DEFAULT_TEMPLATE;
  let raw: string;
  try {
    raw = fs.readFileSync(source, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(
      'TemplateNotFound',
      `cannot read the template ${safeText(source)} (${code === 'EISDIR' ? 'it is a folder' : code}).`,
      'Give the path of a JSON template file, or leave out --template for the default.',
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw invalid(source, `not valid JSON (${(err as Error).message}).`);
  }
  const { z } = await import('zod');
  const lines = z.union([z.string(), z.array(z.string())]);
  const schema = z.strictObject({ description: z.string().optional(), subject: z.string(), text: lines, html: lines });
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      throw invalid(
        source,
        `unknown part ${issue.keys.map((k) => `"${k}"`).join(', ')} (a template has "subject", "text", "html" and an optional "description").`,
      );
    }
    if (issue.path.length === 1 && PARTS.includes(where as (typeof PARTS)[number]) && (json as Record<string, unknown>)[where] === undefined) {
      throw invalid(source, `the "${where}" part is missing (a template needs "subject", "text" and "html").`);
    }
    if (issue.path.length === 0) throw invalid(source, 'it must be a JSON object with "subject", "text" and "html".');
    throw invalid(source, `"${where}" must be ${where === 'subject' || where === 'description' ? 'a string' : 'a string or an array of lines'}.`);
  }
  const join = (v: string | string[]) => (Array.isArray(v) ? v.join('\n') : v);
  const t: Template = { source, subject: parsed.data.subject, text: join(parsed.data.text), html: join(parsed.data.html) };
  if (t.subject.trim() === '') throw invalid(source, 'the subject is empty.');
  if (/[\r\n]/.test(t.subject)) throw invalid(source, 'the subject must be one line.');
  for (const part of PARTS) {
    const used = checkPlaceholders(source, part, t[part]);
    if (part !== 'subject' && !NUMBER_PLACEHOLDERS.some((p) => used.has(p))) {
      throw invalid(source, `the ${part} part never shows the number: use {{numberInternational}} or {{numberNational}} in it.`);
    }
  }
  return t;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Control characters other than line breaks (stored text should have none; these never reach a message). */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Renders a template for one user: values as text in subject/text, HTML-escaped (line breaks as <br>) in html. */
export function renderTemplate(t: Template, values: TemplateValues): RenderedMessage {
  const clean = (name: string) => (values[name as Placeholder] ?? '').replace(CONTROL, '');
  return {
    // The subject becomes a header: one line, whatever a value holds.
    subject: t.subject
      .replace(PLACEHOLDER, (_, n: string) => clean(n))
      .replace(/[\r\n]+/g, ' ')
      .trim(),
    text: t.text.replace(PLACEHOLDER, (_, n: string) => clean(n)),
    html: t.html.replace(PLACEHOLDER, (_, n: string) => escapeHtml(clean(n)).replace(/\r?\n/g, '<br>\n')),
  };
}
