/**
 * Just enough MIME to read a Notice of Electronic Filing from a raw email, synchronously: headers
 * (folded, RFC 2047 encoded words), multipart bodies (nested, e.g. a forward inside
 * multipart/related), and the transfer encodings CM/ECF and mail clients use (7bit, 8bit,
 * quoted-printable, base64), decoded in the part's charset. Bounded: at most `MAX_PARTS` parts and
 * `MAX_NESTING` levels; anything else is ignored rather than trusted.
 */
import { InputError } from '../../src/errors.ts';

const MAX_PARTS = 200;
const MAX_NESTING = 8;

export interface MimePart {
  headers: Map<string, string>;
  /** `type/subtype`, lower case; `text/plain` when the part does not say. */
  contentType: string;
  params: Map<string, string>;
  /** Decoded text for `text/*` leaves; `''` for containers and non-text parts. */
  text: string;
  parts: MimePart[];
}

export interface MimeMessage {
  subject: string | null;
  /** The HTML body when there is one, otherwise the plain-text body. */
  body: string;
  bodyType: 'text/html' | 'text/plain';
}

const HEADER_LINE = /^[!-9;-~]+:/;

/** Whether `text` starts with an RFC 5322 header block (as raw `.eml` files do). */
export function looksLikeMime(text: string): boolean {
  const lines = withoutMboxLine(text).slice(0, 65536).split(/\r?\n/, 400);
  if (!HEADER_LINE.test(lines[0] ?? '')) return false;
  const end = lines.findIndex((l) => l.trim() === '');
  const header = end < 0 ? lines : lines.slice(0, end);
  return header.some((l) => /^(content-type|mime-version|subject|received|from|date|message-id):/i.test(l));
}

/** Read a raw message and pick its readable body (HTML first, then plain text, skipping attachments). */
export function readMimeMessage(raw: string): MimeMessage {
  let count = 0;
  const root = parsePart(withoutMboxLine(raw), 0, () => {
    count++;
    if (count > MAX_PARTS) throw new InputError(`the message has more than ${MAX_PARTS} MIME parts; refused`);
  });
  const html = findLeaf(root, 'text/html');
  const plain = findLeaf(root, 'text/plain');
  const chosen = html ?? plain;
  if (!chosen) throw new InputError('the message has no text or HTML body');
  return {
    subject: decodeEncodedWords(root.headers.get('subject') ?? '') || null,
    body: chosen.text,
    bodyType: chosen === html ? 'text/html' : 'text/plain',
  };
}

/** Mailbox files start each message with a `From sender date` line that is not a header. */
function withoutMboxLine(text: string): string {
  return text.startsWith('From ') ? text.slice(text.indexOf('\n') + 1) : text;
}

function findLeaf(part: MimePart, type: string): MimePart | null {
  if (part.parts.length === 0) {
    const disposition = part.headers.get('content-disposition') ?? '';
    return part.contentType === type && !/^\s*attachment/i.test(disposition) ? part : null;
  }
  for (const child of part.parts) {
    const found = findLeaf(child, type);
    if (found) return found;
  }
  return null;
}

function parsePart(raw: string, depth: number, tick: () => void): MimePart {
  tick();
  const split = /\r?\n\r?\n/.exec(raw);
  const headerText = split ? raw.slice(0, split.index) : raw;
  const body = split ? raw.slice(split.index + split[0].length) : '';
  const headers = parseHeaders(headerText);
  const [contentType, params] = parseContentType(headers.get('content-type') ?? 'text/plain');
  const part: MimePart = { headers, contentType, params, text: '', parts: [] };
  const boundary = params.get('boundary');
  if (contentType.startsWith('multipart/') && boundary && depth < MAX_NESTING) {
    for (const chunk of splitMultipart(body, boundary)) part.parts.push(parsePart(chunk, depth + 1, tick));
    return part;
  }
  if (contentType === 'message/rfc822' && depth < MAX_NESTING) {
    part.parts.push(parsePart(body, depth + 1, tick));
    return part;
  }
  if (contentType.startsWith('text/')) {
    const encoding = (headers.get('content-transfer-encoding') ?? '7bit').trim().toLowerCase();
    part.text = decodeBody(body, encoding, params.get('charset') ?? null);
  }
  return part;
}

/** Header names lower-cased; folded lines joined. The first occurrence of a header wins. */
export function parseHeaders(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = text.replace(/\r?\n(?=[ \t])/g, '');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
  }
  return headers;
}

function parseContentType(value: string): [string, Map<string, string>] {
  const [type = 'text/plain', ...rest] = value.split(';');
  const params = new Map<string, string>();
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    const name = p.slice(0, eq).trim().toLowerCase();
    const v = p
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/s, '$1');
    params.set(name, v);
  }
  return [type.trim().toLowerCase() || 'text/plain', params];
}

function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = `--${boundary}`;
  const chunks: string[] = [];
  let current: string[] | null = null;
  for (const line of body.split(/\r?\n/)) {
    if (line.startsWith(delimiter)) {
      if (current) chunks.push(current.join('\n'));
      if (line.slice(delimiter.length).startsWith('--')) return chunks;
      current = [];
      continue;
    }
    current?.push(line);
  }
  if (current) chunks.push(current.join('\n'));
  return chunks;
}

function decodeBody(body: string, encoding: string, charset: string | null): string {
  if (encoding === 'base64')
    return decodeBytes(Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'), charset);
  if (encoding === 'quoted-printable') return decodeBytes(decodeQuotedPrintable(body), charset);
  // 7bit/8bit/binary: the text was already decoded from bytes as a whole.
  return body;
}

/** Quoted-printable to bytes: `=XX` escapes, `=` soft line breaks; stray non-ASCII kept as UTF-8. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  // Whitespace at the end of a line was added in transport (RFC 2045 6.7 rule 3); `=` at the end
  // of a line is a soft break that joins it to the next.
  const joined = text.replace(/[ \t]+(?=\r?\n|$)/g, '').replace(/=\r?\n/g, '');
  const out = new Uint8Array(joined.length * 3);
  let n = 0;
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (
      c === 0x3d &&
      i + 2 < joined.length + 0 &&
      isHex(joined.charCodeAt(i + 1)) &&
      isHex(joined.charCodeAt(i + 2))
    ) {
      out[n++] = Number.parseInt(joined.slice(i + 1, i + 3), 16);
      i += 2;
    } else if (c < 0x80) {
      out[n++] = c;
    } else {
      n += encoder.encodeInto(joined[i]!, out.subarray(n)).written;
    }
  }
  return out.slice(0, n);
}

const encoder = new TextEncoder();

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** Bytes in the declared charset; undeclared or unknown: UTF-8 when valid, else Windows-1252. */
export function decodeBytes(bytes: Uint8Array, charset: string | null): string {
  const label = charset?.trim().toLowerCase();
  if (label && label !== 'utf-8' && label !== 'utf8' && label !== 'us-ascii') {
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label falls through to detection.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** RFC 2047 encoded words (`=?iso-8859-1?Q?Re=3A_Activity?=`) in a header value. */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_all, charset: string, kind: string, data: string) => {
      const cs = charset.replace(/\*.*$/, '');
      if (kind.toUpperCase() === 'B') return decodeBytes(Buffer.from(data, 'base64'), cs);
      return decodeBytes(decodeQuotedPrintable(data.replace(/_/g, ' ')), cs);
    })
    .replace(/\s+/g, ' ')
    .trim();
}
