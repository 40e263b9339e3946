/**
 * Typed errors. Every error docketwatch raises on purpose is a `DocketwatchError` with a stable
 * `code` that callers branch on and a message a person understands. Wrappers keep `{ cause }`.
 */
export class DocketwatchError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Input that cannot be read as what it claims to be (empty, binary, truncated, hostile). */
export class InputError extends DocketwatchError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('EINPUT', message, options);
  }
}

/** Input larger than the configured limit. */
export class InputTooLargeError extends DocketwatchError {
  readonly limit: number;
  readonly size: number;
  constructor(size: number, limit: number) {
    super('ETOOLARGE', `input is ${formatBytes(size)}, over the ${formatBytes(limit)} limit`);
    this.size = size;
    this.limit = limit;
  }
}

/** Configuration that is missing or wrong; the message says what and where. */
export class ConfigError extends DocketwatchError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('ECONFIG', message, options);
  }
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
