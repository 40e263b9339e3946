/**
 * An inbound SMTP listener for forwarded court notices. It takes mail ONLY for the configured
 * recipient addresses (anything else is refused at RCPT TO with 550), refuses messages over the
 * size limit (552), and hands each accepted message whole to `receiveNotice` (recorded like a poll's
 * result); one it could not record is answered 451, so the sender tries again.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { Store } from '../../db/index.ts';
import { MAX_NOTICE_BYTES } from '../../scrapers/nef-mailbox/files.ts';
import { type Logger, silentLogger } from '../log.ts';
import { type NoticeOutcome, receiveNotice } from './nef-notices.ts';

export interface NefSmtpOptions {
  /** Addresses that take notices, e.g. `notices@docketwatch.example.org` (case-insensitive). */
  recipients: string[];
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  maxBytes?: number;
  logger?: Logger;
  onNotice?: (outcome: NoticeOutcome) => void;
}

export interface NefSmtpServer {
  port: number;
  close(): Promise<void>;
}

export async function startNefSmtpServer(
  store: Pick<Store, 'db'>,
  options: NefSmtpOptions,
): Promise<NefSmtpServer> {
  const allowed = new Set(options.recipients.map((r) => r.trim().toLowerCase()));
  const maxBytes = options.maxBytes ?? MAX_NOTICE_BYTES;
  const logger = options.logger ?? silentLogger;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: maxBytes,
    banner: 'docketwatch notices',
    logger: false,
    onRcptTo(address, _session, callback) {
      if (allowed.has(address.address.toLowerCase())) return callback();
      const err = Object.assign(new Error(`<${address.address}>: no such recipient here`), {
        responseCode: 550,
      });
      callback(err);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= maxBytes) chunks.push(chunk);
      });
      stream.on('error', (err) => callback(err));
      stream.on('end', () => {
        if (size > maxBytes || (stream as { sizeExceeded?: boolean }).sizeExceeded) {
          const err = Object.assign(new Error(`message over the ${maxBytes}-byte limit`), {
            responseCode: 552,
          });
          return callback(err);
        }
        const origin = `smtp:${session.envelope.mailFrom ? session.envelope.mailFrom.address : 'unknown'}:${session.id}`;
        const tryLater = () =>
          callback(
            Object.assign(new Error('notice could not be stored; try again later'), { responseCode: 451 }),
          );
        receiveNotice(store, Buffer.concat(chunks), origin).then(
          (outcome) => {
            options.onNotice?.(outcome);
            if (outcome.status !== 'failed') return callback();
            logger.error({ origin, reason: outcome.reason }, 'forwarded notice could not be recorded');
            tryLater();
          },
          (err: unknown) => {
            logger.error({ err, origin }, 'forwarded notice could not be recorded');
            tryLater();
          },
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  // A sender that drops its connection (ECONNRESET) is an error of that connection: logged, and the
  // listener (and the worker around it) goes on.
  server.on('error', (err) => logger.warn({ err }, 'inbound SMTP connection failed'));
  const port = (server.server.address() as AddressInfo).port;
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
