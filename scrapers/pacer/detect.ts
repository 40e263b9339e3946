/**
 * Recognition: which kind of CM/ECF input this is, from what the text says. Rules look at the
 * format and its language (an RSS envelope, MIME headers, the "Docket Text" column, "History/
 * Documents", "General Docket"), never at file names. A page that is not a docket (login form,
 * error, a transaction receipt alone) is recognized as such, with the reason a person would give.
 *
 * Only the first part of a large input is examined for the envelope (XML, MIME); the page-level
 * markers are searched in the whole text (they can sit far down a page that opens with an injected
 * script), in a lower-cased copy with plain patterns, which is linear and fast.
 */
import type { DocumentKind } from '../../src/model/docket.ts';
import { cleanText, courtIdOfHost } from './common.ts';

export interface Detection {
  /** The kind of docket this is, or `null` when it is not one. */
  kind: DocumentKind | null;
  /** For a non-docket: the kind it most resembles (reported as `kind` in the result). */
  guess: DocumentKind;
  court: string | null;
  reason: string | null;
}

const HEAD = 4096;

export function detect(text: string): Detection {
  const head = text.slice(0, HEAD);
  let court = detectCourt(text);
  const found = (kind: DocumentKind): Detection => ({ kind, guess: kind, court, reason: null });
  const notDocket = (guess: DocumentKind, reason: string): Detection => ({
    kind: null,
    guess,
    court,
    reason,
  });

  if (looksLikeXml(head)) {
    if (/<rss[\s>]/i.test(head) || /<channel[\s>]/i.test(head)) return found('pacer-rss');
    return notDocket('pacer-rss', 'XML document that is not an RSS feed');
  }
  if (looksLikeMime(head)) {
    if (/Notice of Electronic Filing|Activity in Case|NEF|uscourts\.gov/i.test(text.slice(0, 200_000))) {
      return found('pacer-nef');
    }
    return notDocket('pacer-nef', 'email message that is not a CM/ECF Notice of Electronic Filing');
  }

  // Page-level markers are plain words in the markup, so they are looked for in the raw text; the
  // visible text is only built for pages that turn out not to be dockets. The searches are
  // case-insensitive, as plain searches in the page lower-cased once: every page gets this far
  // needs the lower-cased page for one check or another, and a plain search in it is several times
  // faster than a case-insensitive pattern over the page.
  court ??= courtFromName(visibleText(text.slice(0, 20_000)));
  const lower = text.toLowerCase();
  if (
    lower.includes('notice of electronic filing') &&
    /(?:document description|case name|case number)\s*:/.test(lower)
  ) {
    return found('pacer-nef');
  }
  if (
    text.includes('General Docket') &&
    /\bGeneral Docket\b/.test(text) &&
    /court of appeals|appellate panel|docketed:/.test(lower)
  ) {
    return found('pacer-appellate');
  }
  if (
    lower.includes('history/documents') ||
    (lower.includes('date of last filing:') && /\bHistory\b/.test(text))
  ) {
    return found('pacer-history');
  }
  if (
    hasEntriesHeading(lower) ||
    /docket for case\s*#|bankruptcy petition\s*#|adversary proceeding\s*#/.test(lower)
  ) {
    if (isTextFormat(text, lower)) {
      return notDocket('pacer-docket', 'docket report in text format (only the HTML format is parsed)');
    }
    return found('pacer-docket');
  }

  const body = visibleText(text);
  const error = errorMessage(body);
  if (isLoginPage(text, body)) return notDocket('pacer-docket', 'PACER login page');
  if (error) return notDocket('pacer-docket', `CM/ECF error page: ${error}`);
  if (/Transaction Receipt/i.test(body)) {
    return notDocket('pacer-docket', 'transaction receipt, no docket entries');
  }
  return notDocket('pacer-docket', 'not a CM/ECF docket, feed or notice');
}

const DOCKET_TEXT = /docket\s+text\s*</g;

/** `>Docket Text<` (any case and spacing): the heading of a docket report's entries column. */
function hasEntriesHeading(lower: string): boolean {
  DOCKET_TEXT.lastIndex = 0;
  for (let m = DOCKET_TEXT.exec(lower); m !== null; m = DOCKET_TEXT.exec(lower)) {
    let i = m.index - 1;
    while (i >= 0 && WHITESPACE_CHAR.test(lower[i]!)) i--;
    if (lower.charCodeAt(i) === 0x3e) return true; // '>'
  }
  return false;
}

const WHITESPACE_CHAR = /\s/;

/** A `<pre>` report, with no table but the transaction receipt's (which follows the report). */
function isTextFormat(text: string, lower: string): boolean {
  return (
    lower.includes('<pre') &&
    /<pre[\s>]/.test(lower) &&
    !/<table[\s>]/i.test(text.replace(/<table[^>]*>[\s\S]*?Transaction Receipt[\s\S]*$/i, ''))
  );
}

function looksLikeXml(head: string): boolean {
  const t = head.replace(/^\uFEFF?\s*/, '');
  return t.startsWith('<?xml') || /^<rss[\s>]/i.test(t);
}

/** Raw email: an mbox `From ` line or RFC 5322 header lines at the very start. */
function looksLikeMime(head: string): boolean {
  const t = head.replace(/^\uFEFF?\s*/, '');
  if (/^From \S+/.test(t)) return true;
  const lines = t.split(/\r?\n/, 12);
  let headers = 0;
  for (const line of lines) {
    if (line === '') break;
    if (/^[A-Za-z][A-Za-z0-9-]*:\s/.test(line) || /^[ \t]/.test(line)) headers++;
    else return false;
  }
  return (
    headers >= 2 &&
    /^(?:Return-Path|Received|From|To|Subject|Date|MIME-Version|Content-Type|Delivered-To|Message-ID):/im.test(
      t,
    )
  );
}

/** The page's visible text with markup, scripts and styles removed and whitespace collapsed. */
export function visibleText(html: string): string {
  const noScripts = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
  const noTags = noScripts.replace(/<[^>]*>/g, ' ');
  return cleanText(decodeBasicEntities(noTags));
}

function decodeBasicEntities(s: string): string {
  return s
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#0*39;|&apos;/gi, "'");
}

const ERROR_PATTERNS: RegExp[] = [
  /\bError:\s*([^.]{3,160}\.?)/,
  /\b(Case not found\.?)/i,
  /\b(Incomplete request\.?)/i,
  /\b(Invalid [A-Za-z_ ]+:\s*\S+)/,
  /\b(Unable to create PDF file\.?)/i,
  /\b(\d{3} Request Time-?out)\b/i,
  /\b(Request Time-?out)\b/i,
  /\b(The case type was[^.]*?, but it must be [^.]*?)(?:\s+PACER|\.|$)/i,
  /\b(There are no documents in this case\.?)/i,
  /\b(\d{3} (?:Not Found|Internal Server Error|Service Unavailable|Forbidden|Bad Gateway))\b/i,
];

/** The error a CM/ECF error page states, or `null`. */
function errorMessage(body: string): string | null {
  for (const re of ERROR_PATTERNS) {
    const m = re.exec(body);
    if (m) return cleanText(m[1]);
  }
  return null;
}

function isLoginPage(html: string, body: string): boolean {
  const hasPassword = /<input[^>]+type\s*=\s*["']?password/i.test(html);
  return hasPassword && /\b(PACER|CM\/ECF|Login|Log in|Sign in)\b/i.test(body);
}

/** The court id from the page's links or the sender's address, when the input names one. */
export function detectCourt(text: string): string | null {
  const m = /\b(?:ecf|pacer)\.([a-z0-9]+)\.uscourts\.gov/i.exec(text);
  if (m) return m[1]!.toLowerCase();
  const mail = /@([a-z]{2,6}\d?)\.uscourts\.gov/i.exec(text.slice(0, 100_000));
  return mail ? mail[1]!.toLowerCase() : null;
}

const STATES: Record<string, string> = {
  alabama: 'al',
  alaska: 'ak',
  arizona: 'az',
  arkansas: 'ar',
  california: 'ca',
  colorado: 'co',
  connecticut: 'ct',
  delaware: 'de',
  'district of columbia': 'dc',
  columbia: 'dc',
  florida: 'fl',
  georgia: 'ga',
  guam: 'gu',
  hawaii: 'hi',
  idaho: 'id',
  illinois: 'il',
  indiana: 'in',
  iowa: 'ia',
  kansas: 'ks',
  kentucky: 'ky',
  louisiana: 'la',
  maine: 'me',
  maryland: 'md',
  massachusetts: 'ma',
  michigan: 'mi',
  minnesota: 'mn',
  mississippi: 'ms',
  missouri: 'mo',
  montana: 'mt',
  nebraska: 'ne',
  nevada: 'nv',
  'new hampshire': 'nh',
  'new jersey': 'nj',
  'new mexico': 'nm',
  'new york': 'ny',
  'north carolina': 'nc',
  'north dakota': 'nd',
  'northern mariana islands': 'nmi',
  ohio: 'oh',
  oklahoma: 'ok',
  oregon: 'or',
  pennsylvania: 'pa',
  'puerto rico': 'pr',
  'rhode island': 'ri',
  'south carolina': 'sc',
  'south dakota': 'sd',
  tennessee: 'tn',
  texas: 'tx',
  utah: 'ut',
  vermont: 'vt',
  'virgin islands': 'vi',
  virginia: 'va',
  washington: 'wa',
  'west virginia': 'wv',
  wisconsin: 'wi',
  wyoming: 'wy',
};
const DIRECTIONS: Record<string, string> = {
  northern: 'n',
  southern: 's',
  eastern: 'e',
  western: 'w',
  middle: 'm',
  central: 'c',
};
const STATE_NAMES = Object.keys(STATES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const DIRECTION_NAMES = Object.keys(DIRECTIONS).join('|');
const DIRECTION_OF_STATE = new RegExp(`\\b(${DIRECTION_NAMES}) District of (${STATE_NAMES})\\b`, 'i');
const STATE_DIRECTION = new RegExp(`\\b(${STATE_NAMES}) (${DIRECTION_NAMES}) District\\b`, 'i');
const DISTRICT_OF_STATE = new RegExp(`\\bDistrict of (?:the )?(${STATE_NAMES})\\b`, 'i');
/** A court id ("ctb", "mied", "nysd", "dcd"): a state code, an optional direction, then district or bankruptcy. */
const COURT_ID = new RegExp(`^(?:${[...new Set(Object.values(STATES))].join('|')})[nsewmc]?[db]$`);
/** "CTB Live Database Area": a court id before "Live Database" (the page title of some courts). */
const LIVE_DATABASE = /\b([A-Za-z]{2,5})\s+Live\s+Database\b/i;

/**
 * The court id from the court's name as a docket page prints it ("Southern District of New York",
 * "California Northern District", "District of Nevada"; "U.S. Bankruptcy Court" makes it the
 * bankruptcy court), or its id before "Live Database" ("CTB Live Database Area"). `null` when no name
 * is found.
 */
export function courtFromName(text: string): string | null {
  const t = cleanText(text.slice(0, 200_000));
  const bankruptcy = /\bBankruptcy Court\b|\bBankruptcy Petition\s*#/i.test(t) ? 'b' : 'd';
  let m = DIRECTION_OF_STATE.exec(t);
  if (m)
    return courtIdOfHost(`${STATES[m[2]!.toLowerCase()]}${DIRECTIONS[m[1]!.toLowerCase()]}${bankruptcy}`);
  m = STATE_DIRECTION.exec(t);
  if (m)
    return courtIdOfHost(`${STATES[m[1]!.toLowerCase()]}${DIRECTIONS[m[2]!.toLowerCase()]}${bankruptcy}`);
  m = DISTRICT_OF_STATE.exec(t);
  if (m) return courtIdOfHost(`${STATES[m[1]!.toLowerCase()]}${bankruptcy}`);
  const id = LIVE_DATABASE.exec(t)?.[1]?.toLowerCase();
  return id !== undefined && COURT_ID.test(id) ? courtIdOfHost(id) : null;
}
