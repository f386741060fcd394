// Where messages go — an SMTP server (URL) or a folder of .eml files — checked up front, without loading nodemailer.
import { UsageError } from '../errors.js';
import { safeText } from '../text/sanitize.js';

/** An SMTP server by URL, or a folder to write .eml files into. */
export type Destination = { kind: 'smtp'; url: string } | { kind: 'file'; dir: string };

/** The environment variable holding the default SMTP URL. */
export const SMTP_URL_ENV = 'CALLPLAN_SMTP_URL';

const URL_FORMS =
  'smtp://user:pass@host:587 (STARTTLS when the server offers it), smtps://user:pass@host:465 (TLS from the start); add ?tls.rejectUnauthorized=false only for a server with a self-signed certificate';

/** The URL with its password replaced by *** (for messages and the audit log). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
  }
}

/** Checks an SMTP URL's form (smtp:// or smtps:// with a host); `what` names where it came from. */
export function checkSmtpUrl(url: string, what: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    throw new UsageError('InvalidSmtpUrl', `${what} is not a URL: '${safeText(redactUrl(url))}'.`, `Forms: ${URL_FORMS}.`);
  }
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:') {
    throw new UsageError('InvalidSmtpUrl', `${what} must start with smtp:// or smtps://, not '${safeText(u.protocol)}//'.`, `Forms: ${URL_FORMS}.`);
  }
  if (!u.hostname) throw new UsageError('InvalidSmtpUrl', `${what} names no host: '${safeText(redactUrl(url))}'.`, `Forms: ${URL_FORMS}.`);
  return url.trim();
}

/** The destination of notify-users: exactly one of --smtp / --out, else $CALLPLAN_SMTP_URL; a usage error names both. */
export function resolveDestination(smtp: string | undefined, out: string | undefined, env: Readonly<Record<string, string | undefined>>): Destination {
  if (smtp !== undefined && out !== undefined) {
    throw new UsageError(
      'ConflictingParameters',
      'give -Smtp URL or -Out DIR, not both.',
      'Send through an SMTP server with --smtp, or write .eml files with --out.',
    );
  }
  if (out !== undefined) {
    if (out.trim() === '') throw new UsageError('InvalidValue', '-Out needs a folder.');
    return { kind: 'file', dir: out };
  }
  if (smtp !== undefined) return { kind: 'smtp', url: checkSmtpUrl(smtp, '-Smtp') };
  const fromEnv = env[SMTP_URL_ENV];
  if (fromEnv !== undefined && fromEnv.trim() !== '') return { kind: 'smtp', url: checkSmtpUrl(fromEnv, SMTP_URL_ENV) };
  throw new UsageError(
    'DestinationRequired',
    `say where the messages go: --smtp URL (or set ${SMTP_URL_ENV}) to send them, or --out DIR to write .eml files.`,
    `SMTP URL forms: ${URL_FORMS}.`,
  );
}

/** A human label of a destination (the SMTP URL without its password, or the folder). */
export function describeDestination(d: Destination): string {
  return d.kind === 'smtp' ? redactUrl(d.url) : d.dir;
}

/** Checks a --from value: `address` or `Name <address>`, one line. */
export function checkFrom(from: string): string {
  const s = from.trim();
  if (/[\u0000-\u001f\u007f]/.test(s)) throw new UsageError('InvalidValue', '-From must be one line without control characters.');
  const m = /^(?:"?([^"<>]*)"?\s*)?<([^<>\s]+@[^<>\s]+)>$/.exec(s) ?? /^()([^<>\s"]+@[^<>\s"]+\.[^<>\s"]+)$/.exec(s);
  if (!m || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(m[2]!)) {
    throw new UsageError('InvalidValue', `-From must be an address like noreply@contoso.com or "Teams Phone <noreply@contoso.com>", not '${safeText(from)}'.`);
  }
  return s;
}

/** set-voice-user --notify: the SMTP server of $CALLPLAN_SMTP_URL, checked before anything changes. */
export function notifyDestination(env: Readonly<Record<string, string | undefined>>): Destination {
  const url = env[SMTP_URL_ENV];
  if (url === undefined || url.trim() === '') {
    throw new UsageError(
      'SmtpNotConfigured',
      `--notify sends through the SMTP server in ${SMTP_URL_ENV}, which is not set; nothing was changed.`,
      `Set ${SMTP_URL_ENV}=smtp://user:pass@host:587, or leave out --notify and run notify-users later (--out DIR writes .eml files).`,
    );
  }
  return { kind: 'smtp', url: checkSmtpUrl(url, SMTP_URL_ENV) };
}
