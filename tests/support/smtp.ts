/**
 * A real SMTP server on 127.0.0.1 for the notification tests: it keeps every message it accepts
 * (raw, as it arrived) and can refuse recipients or authentication the way real servers do.
 */
import { createServer } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

export interface Received {
  raw: Buffer;
  from: string | null;
  to: string[];
}

export interface TestSmtp {
  port: number;
  url: string;
  received: Received[];
  close(): Promise<void>;
}

export interface TestSmtpOptions {
  /** Listen on this port (default: any free one). */
  port?: number;
  /** An SMTP reply code (e.g. 550, 451) to refuse this recipient with, or `null` to accept. */
  refuseRecipient?: (address: string) => number | null;
  /** Require AUTH and accept only these credentials. */
  credentials?: { user: string; pass: string };
  /** Keep the raw messages (the bench turns this off to count only). */
  keep?: boolean;
}

export async function startSmtp(options: TestSmtpOptions = {}): Promise<TestSmtp> {
  const received: Received[] = [];
  const keep = options.keep ?? true;
  const server = new SMTPServer({
    disabledCommands: options.credentials ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    authOptional: !options.credentials,
    allowInsecureAuth: true,
    logger: false,
    maxClients: 200,
    onAuth(auth, _session, cb) {
      const c = options.credentials;
      if (c && auth.username === c.user && auth.password === c.pass) cb(null, { user: auth.username });
      else cb(smtpError(535, 'Authentication credentials invalid'));
    },
    onRcptTo(address: SMTPServerAddress, _session, cb) {
      const code = options.refuseRecipient?.(address.address) ?? null;
      if (code) cb(smtpError(code, code >= 500 ? 'No such user here' : 'Mailbox busy, try again later'));
      else cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => {
        if (keep) chunks.push(c);
      });
      stream.on('end', () => {
        received.push({
          raw: Buffer.concat(chunks),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((r) => r.address),
        });
        cb();
      });
    },
  });
  const port = options.port ?? (await freePort());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  // A client killed mid-session resets its connection; a mail server carries on (as ours must).
  server.on('error', () => undefined);
  const auth = options.credentials
    ? `${encodeURIComponent(options.credentials.user)}:${encodeURIComponent(options.credentials.pass)}@`
    : '';
  return {
    port,
    url: `smtp://${auth}127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function smtpError(code: number, message: string): Error {
  return Object.assign(new Error(message), { responseCode: code });
}

/** A port nothing listens on right now (to start a server there later). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export function parse(raw: Buffer): Promise<ParsedMail> {
  return simpleParser(raw);
}
