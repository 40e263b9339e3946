/**
 * Structured logs (pino): JSON lines for machines, readable lines when stderr is a terminal.
 * Secrets never reach a log line: known secret-bearing keys are redacted at the logger.
 */
import { type Logger, pino } from 'pino';

export type { Logger };

const REDACT = [
  'password',
  'pass',
  'token',
  'secret',
  'authorization',
  '*.password',
  '*.pass',
  '*.token',
  '*.secret',
  '*.authorization',
  'headers.authorization',
  'headers.cookie',
];

export function createLogger(options: { level?: string; pretty?: boolean } = {}): Logger {
  const pretty = options.pretty ?? process.stderr.isTTY === true;
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      redact: { paths: REDACT, censor: '[redacted]' },
      base: undefined,
    },
    pretty
      ? pino.transport({
          target: 'pino-pretty',
          options: { destination: 2, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
        })
      : pino.destination(2),
  );
}

/** A logger that drops everything (tests, library use). */
export const silentLogger: Logger = pino({ level: 'silent' });
