/**
 * Structured logs (pino): readable lines when stderr is a terminal, JSON lines otherwise;
 * `LOG_FORMAT=pretty|json` chooses either way.
 * Secrets never reach a log line: known secret-bearing keys are redacted at the logger.
 */
import { type Logger as PinoLogger, pino } from 'pino';
import { ConfigError } from './errors.ts';

/** A process's own logger (`createLogger`): pino, with levels, `child` and `flush`. */
export type ProcessLogger = PinoLogger;

/**
 * What code that logs needs (fetching, sources, jobs): a `ProcessLogger` is one; tests pass
 * `silentLogger` or a recorder.
 */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

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

/** `LOG_FORMAT`: `pretty` or `json`; anything else is a `ConfigError`, unset follows the terminal. */
export function logFormat(env: NodeJS.ProcessEnv = process.env): 'pretty' | 'json' {
  const value = env.LOG_FORMAT?.trim().toLowerCase();
  if (!value) return process.stderr.isTTY === true ? 'pretty' : 'json';
  if (value === 'pretty' || value === 'json') return value;
  throw new ConfigError(`LOG_FORMAT must be pretty or json, got "${env.LOG_FORMAT}"`);
}

export function createLogger(options: { level?: string; pretty?: boolean } = {}): ProcessLogger {
  const pretty = options.pretty ?? logFormat() === 'pretty';
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
export const silentLogger: ProcessLogger = pino({ level: 'silent' });
