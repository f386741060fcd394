// A real SMTP server in the test process (smtp-server on 127.0.0.1, an ephemeral port) that keeps what it received,
// parsed with mailparser; and tenants with users holding numbers, ready to be told.
import net from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach } from 'vitest';
import { seedVoice } from '../helpers/bulk-seed.js';
import { cp, exec, newStore, peek } from '../helpers/store.js';
import { voiceTenant, type VoiceTenant } from '../voice/fixtures.js';

/** One message as the server received it. */
export interface Received {
  /** RCPT TO addresses. */
  to: string[];
  from: string;
  raw: string;
  mail: ParsedMail;
}

/** A running server. */
export interface TestSmtp {
  port: number;
  /** smtp://127.0.0.1:port (with user:pass when given). */
  url: (auth?: string) => string;
  received: Received[];
  /** Connections opened (to show the transport is pooled). */
  connections: number;
  close(): Promise<void>;
}

const running: TestSmtp[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

/** Starts an SMTP server; `starttls` keeps STARTTLS on (smtp-server's own self-signed certificate); `delayMs` answers each message late. */
export async function startSmtp(
  opts: { auth?: { user: string; pass: string }; rejectRecipient?: (address: string) => boolean; starttls?: boolean; delayMs?: number } = {},
): Promise<TestSmtp> {
  const received: Received[] = [];
  let connections = 0;
  const options: SMTPServerOptions = {
    logger: false,
    disabledCommands: opts.starttls ? [] : ['STARTTLS'],
    authOptional: !opts.auth,
    allowInsecureAuth: true,
    onConnect(_session, cb) {
      connections++;
      cb();
    },
    onAuth(auth, _session, cb) {
      if (opts.auth && auth.username === opts.auth.user && auth.password === opts.auth.pass) cb(null, { user: auth.username });
      else cb(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, cb) {
      if (opts.rejectRecipient?.(address.address)) {
        const err = new Error(`No such user here: ${address.address}`) as Error & { responseCode: number };
        err.responseCode = 550;
        cb(err);
        return;
      }
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        // The message counts as received once parsed, before the client hears 250.
        simpleParser(raw)
          .then((mail) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              raw: raw.toString('utf8'),
              mail,
            });
            // delayMs: a slow server, so that runs overlap.
            if (opts.delayMs) setTimeout(() => cb(), opts.delayMs);
            else cb();
          })
          .catch((err: Error) => cb(err));
      });
    },
  };
  const server = new SMTPServer(options);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as net.AddressInfo).port;
  let closed = false;
  const s: TestSmtp = {
    port,
    url: (auth) => `smtp://${auth ? `${auth}@` : ''}127.0.0.1:${port}`,
    received,
    get connections() {
      return connections;
    },
    close: () =>
      closed
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            closed = true;
            server.close(() => resolve());
          }),
  };
  running.push(s);
  return s;
}

/** A port nothing listens on (opened, then closed again). */
export async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** A store with `n` licensed users user0000000@contoso.com… each holding a number (+1 425 600 xxxx) at the seeded Redmond location, with emails. */
export function notifyTenant(
  n: number,
  opts: { emails?: boolean } = {},
): { store: string; locationId: string; upn: (i: number) => string; number: (i: number) => string } {
  const store = newStore();
  const seeded = seedVoice(store, n, n);
  exec(
    store,
    `UPDATE numbers SET user_id = (SELECT u.id FROM users u WHERE u.upn = 'user' || substr('0000000' || (numbers.number - 14256000000), -7) || '@contoso.com'),
                        target_type = 'user', location_id = (SELECT id FROM locations WHERE location_id = '${seeded.locationId}')
     WHERE number BETWEEN '14256000000' AND '${14256000000 + n - 1}'`,
  );
  exec(store, "UPDATE users SET enterprise_voice = 1 WHERE upn LIKE 'user%@contoso.com'");
  if (opts.emails !== false) exec(store, "UPDATE users SET email = upn WHERE upn LIKE 'user%@contoso.com'");
  return { store, ...seeded };
}

/** The voice tenant with people to tell: ann (US number, "Building 64, Floor 1"), bob (US number, default location),
 * gus (GB number, London), cat (a number but no email), dan (an email but no number). */
export async function peopleToTell(): Promise<VoiceTenant & { annNumber: string; bobNumber: string; gusNumber: string; catNumber: string }> {
  const t = await voiceTenant();
  const ok = async (args: string[]) => {
    const r = await cp(t.store, args);
    if (r.code !== 0) throw new Error(`${args.join(' ')}: ${r.err}`);
  };
  for (const u of ['ann', 'bob', 'gus', 'dan']) await ok(['set-user', `${u}@contoso.com`, '--email', `${u}@contoso.com`]);
  await ok(['set-user', 'ann@contoso.com', '--display-name', 'Ann Beaker']);
  await ok(['set-voice-user', 'ann@contoso.com', '--telephone-number', t.us[0]!, '--location-id', t.usLocation2]);
  await ok(['set-voice-user', 'bob@contoso.com', '--telephone-number', t.us[1]!, '--location-id', t.usLocation]);
  await ok(['set-voice-user', 'gus@contoso.com', '--telephone-number', t.gb[0]!]);
  await ok(['set-voice-user', 'cat@contoso.com', '--telephone-number', t.us[2]!, '--location-id', t.usLocation]);
  return { ...t, annNumber: t.us[0]!, bobNumber: t.us[1]!, gusNumber: t.gb[0]!, catNumber: t.us[2]! };
}

/** Users still to tell, by UPN (the pending definition of status). */
export function pendingUpns(store: string): string[] {
  return peek<{ upn: string }>(
    store,
    `SELECT u.upn FROM users u JOIN numbers n ON n.user_id = u.id
     WHERE u.notified_number IS NOT n.number OR u.notified_location_id IS NOT n.location_id ORDER BY u.upn_key`,
  ).map((r) => r.upn);
}
