// Delivering messages: a pooled SMTP transport (nodemailer) or .eml files (nodemailer's MailComposer), and SMTP failures
// turned into stable ErrorIds. nodemailer is imported here, lazily, only when something is really sent or written.
import fs from 'node:fs';
import path from 'node:path';
import { openOutputFile, type OutputFile, type WriteGuard } from '../files/output-file.js';
import type { Destination } from './destination.js';
import { redactUrl } from './destination.js';

/** One message, ready for a transport. */
export interface OutgoingMail {
  from: string;
  to: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  /** <id@domain>: set by us so that the SMTP and .eml paths record the same kind of id. */
  messageId: string;
  date: Date;
  /** The .eml file name (file transport). */
  fileName: string;
}

/** What happened to one message. */
export type Delivery =
  | { ok: true; messageId: string; detail: string; path?: string | undefined }
  | { ok: false; errorId: string; message: string; hint?: string | undefined; fatal: boolean };

/** A failed delivery. */
export type Failure = Extract<Delivery, { ok: false }>;

/** A transport: how many messages may be in flight, a check before the first message, send, close. */
export interface Sender {
  kind: 'SMTP' | 'File';
  parallel: number;
  /** Opens a connection (and signs in) or prepares the folder; a failure here applies to every message. */
  check(): Promise<Failure | undefined>;
  send(mail: OutgoingMail): Promise<Delivery>;
  close(): Promise<void>;
}

/** Pool size: a few connections, as most relays limit concurrent connections per client. */
export const SMTP_POOL = { maxConnections: 3, maxMessages: 100 } as const;

interface SmtpError {
  code?: string;
  responseCode?: number;
  command?: string;
  response?: string;
  rejected?: string[];
  message?: string;
}

const TLS_PROBLEM = /certificate|self[- ]signed|\bSSL\b|\bTLS\b|wrong version number|handshake|CERT_|unable to verify/i;

/** Turns a nodemailer error into an ErrorId; `fatal` failures (connection, TLS, sign-in, sender) would fail every message. */
export function classifySmtpError(err: unknown, server: string): Failure {
  const e = (err ?? {}) as SmtpError;
  const said = (e.response ?? e.message ?? String(err)).replace(/\s+/g, ' ').trim();
  const code = e.code ?? '';
  if (code === 'EAUTH' || code === 'ENOAUTH' || e.responseCode === 530 || e.responseCode === 535) {
    return {
      ok: false,
      fatal: true,
      errorId: 'SmtpAuthFailed',
      message: `the SMTP server ${server} refused the sign-in: ${said}`,
      hint: 'Check the user name and password in the URL (smtp://user:pass@host:port; %-encode @ : / in them).',
    };
  }
  if (code === 'ETLS' || ((code === 'ESOCKET' || code === 'ECONNECTION') && TLS_PROBLEM.test(said))) {
    return {
      ok: false,
      fatal: true,
      errorId: 'SmtpTlsFailed',
      message: `TLS with the SMTP server ${server} failed: ${said}`,
      hint: 'smtps:// is TLS from the start (port 465), smtp:// upgrades with STARTTLS (port 587/25). For a server with a self-signed certificate add ?tls.rejectUnauthorized=false to the URL.',
    };
  }
  if (['ECONNECTION', 'ESOCKET', 'ETIMEDOUT', 'EDNS', 'EPROXY', 'ECONFIG'].includes(code) || e.command === 'CONN') {
    return {
      ok: false,
      fatal: true,
      errorId: 'SmtpConnectionFailed',
      message: `cannot talk to the SMTP server ${server}: ${said}`,
      hint: 'Check the host and port in the URL and that the server is running.',
    };
  }
  if (code === 'EENVELOPE' && (e.rejected?.length || /^RCPT/i.test(e.command ?? ''))) {
    return { ok: false, fatal: false, errorId: 'RecipientRejected', message: `the SMTP server refused the recipient: ${said}` };
  }
  if (code === 'EENVELOPE') {
    return {
      ok: false,
      fatal: true,
      errorId: 'SenderRejected',
      message: `the SMTP server refused the sender: ${said}`,
      hint: 'Give a sender the server accepts with --from.',
    };
  }
  if (code === 'EMESSAGE') return { ok: false, fatal: false, errorId: 'MessageRejected', message: `the SMTP server refused the message: ${said}` };
  return { ok: false, fatal: code === 'EPROTOCOL', errorId: 'SmtpFailed', message: `sending through ${server} failed: ${said}` };
}

/** The mail fields nodemailer takes (the same for SMTP and .eml). */
function mailOptions(m: OutgoingMail) {
  return { from: m.from, to: { name: m.to.name, address: m.to.address }, subject: m.subject, text: m.text, html: m.html, messageId: m.messageId, date: m.date };
}

/** A pooled SMTP transport for the URL (url query options such as ?tls.rejectUnauthorized=false apply). */
async function smtpSender(url: string): Promise<Sender> {
  const nodemailer = await import('nodemailer');
  const server = redactUrl(url);
  const transport = nodemailer.createTransport({
    url,
    pool: true,
    ...SMTP_POOL,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    // Messages are built from our own strings; never let a value make nodemailer read a file or fetch a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return {
    kind: 'SMTP',
    parallel: SMTP_POOL.maxConnections * 2,
    async check() {
      try {
        await transport.verify();
        return undefined;
      } catch (err) {
        return classifySmtpError(err, server);
      }
    },
    async send(m) {
      try {
        const info = await transport.sendMail(mailOptions(m));
        if (info.rejected.length && !info.accepted.length)
          return classifySmtpError({ code: 'EENVELOPE', rejected: info.rejected, response: info.response }, server);
        return { ok: true, messageId: info.messageId || m.messageId, detail: info.response };
      } catch (err) {
        return classifySmtpError(err, server);
      }
    },
    async close() {
      transport.close();
    },
  };
}

/** Writes each message as an RFC 5322 .eml file (CRLF lines) into `dir`, atomically (temp file, then rename). */
async function fileSender(dir: string, guard: WriteGuard): Promise<Sender> {
  const { default: MailComposer } = await import('nodemailer/lib/mail-composer');
  return {
    kind: 'File',
    parallel: 8,
    async check() {
      try {
        fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
        fs.accessSync(dir, fs.constants.W_OK);
        return undefined;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? 'unwritable';
        return {
          ok: false,
          fatal: true,
          errorId: 'OutputFolderUnusable',
          message: `cannot write .eml files into ${dir} (${code === 'EEXIST' || code === 'ENOTDIR' ? 'it is not a folder' : code}).`,
        };
      }
    },
    async send(m) {
      const file = path.join(dir, m.fileName);
      let out: OutputFile | undefined;
      try {
        const raw = await new MailComposer({ ...mailOptions(m), newline: 'windows', disableFileAccess: true, disableUrlAccess: true }).compile().build();
        // Checked like every file callplan writes (never the store, never an input), private, renamed into place.
        out = openOutputFile(file, guard, '-Out', { when: 'the user stays pending', durable: false });
        out.write(raw);
        out.commit();
        return { ok: true, messageId: m.messageId, detail: file, path: file };
      } catch (err) {
        out?.discard();
        const e = err as Error & { errorId?: string };
        const fatal = e.errorId === 'UnsafeOutputPath';
        return { ok: false, fatal, errorId: e.errorId ?? 'FileWriteFailed', message: e.errorId ? e.message : `cannot write ${file}: ${e.message}` };
      }
    },
    async close() {},
  };
}

/** Opens the transport of a destination. */
export function openSender(d: Destination, guard: WriteGuard): Promise<Sender> {
  return d.kind === 'smtp' ? smtpSender(d.url) : fileSender(d.dir, guard);
}
