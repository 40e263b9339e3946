/**
 * Alerts and digests as mail: a subject that says what matters most, an HTML part (table layout,
 * inline CSS, every piece of docket text escaped, only http(s) links live) and a plain-text part,
 * and the RFC 8058 one-click unsubscribe headers with a signed token. Rendering is pure: no clock
 * but the one in the context, no I/O, so a retry renders the same message.
 */
import { createHash } from 'node:crypto';
import { saysOnly } from '../deadlines/extract/partial.ts';
import { ConfigError } from '../errors.ts';
import { turns } from '../turns.ts';
import { type AlertGroup, isCritical, isPaperwork, reaches } from './critical.ts';
import { escapeHtml, oneLine, safeUrl } from './escape.ts';
import { dateIn, direction, type Language, ltr, t, timeIn } from './i18n.ts';
import { deadlineIn, hearingIn, quoted } from './labels.ts';
import {
  appealsCourtIn,
  appealsCourtOf,
  classEndedOn,
  classEndedSentence,
  classOn,
  coveredSentence,
  daysBetween,
  entryLabel,
  humanize,
  importance,
  inForceName,
  partiesIn,
  phrase,
  soonerIn,
  untilIn,
  whereIn,
} from './language.ts';
import { linkIssuedAt, signToken } from './tokens.ts';
import { asTold } from './told.ts';
import type { CaseHeading, EntryRef, InForce, NotifyEvent, OnHold, Posture, Recipient } from './types.ts';

export const DEFAULT_PUBLIC_URL = 'http://localhost:8080';

export interface RenderContext {
  /** Base of every link (`PUBLIC_URL`), without a trailing slash. */
  publicUrl: string;
  /** Signs the unsubscribe and manage tokens. */
  secret: Buffer;
  /** Address for the `mailto:` form of List-Unsubscribe; `null` leaves it out. */
  unsubscribeMailto: string | null;
  /** The day the message is about (`YYYY-MM-DD`, the subscriber's local date): days left count from it. */
  today: string;
  /** The instant tokens are issued at (defaults to now). */
  now?: Date;
  /**
   * Parts already rendered in this run (`newRenderCache`): a digest run renders the same events and
   * posture for every subscriber of a case, and each is rendered once per audience and language.
   */
  kept?: RenderCache;
}

/**
 * Parts of messages that depend only on one shared object (an event, a case's posture) and on the
 * reader's audience, language and day, kept by that object for one run: what rendering them again
 * would give, character for character. The run owns it (its events and postures are not changed
 * while it renders), and the parts go with the objects (weak keys).
 */
export interface RenderCache {
  readonly parts: WeakMap<object, Map<string, Part>>;
  /**
   * Digests' subjects and bodies (all but the reader's own address, links and key, which `assemble`
   * adds), by the list of changes they tell and all else they are rendered from: the subscribers of
   * a case with the same cursor, audience, language, filters and day read the same digest.
   */
  digests: WeakMap<object, Map<string, DigestBody | null>>;
  /** Characters the kept digests hold: at `MAX_KEPT_DIGEST_CHARS` they are let go and kept afresh. */
  digestChars: number;
}

/**
 * What the kept digests may hold (~64 MB): a run's readers mostly share a few digests, but a
 * backfill's digest runs to megabytes, and readers with cursors of their own share none.
 */
const MAX_KEPT_DIGEST_CHARS = 32 * 1024 * 1024;

export function newRenderCache(): RenderCache {
  return { parts: new WeakMap(), digests: new WeakMap(), digestChars: 0 };
}

/** A number for each object a key names by its identity (an event list, a posture, a case). */
const identities = new WeakMap<object, number>();
let lastIdentity = 0;

function identityOf(o: object): number {
  let id = identities.get(o);
  if (id === undefined) {
    id = ++lastIdentity;
    identities.set(o, id);
  }
  return id;
}

/** `make()`, or the part `cache` keeps for `owner` and `key`. */
function keptPart(cache: RenderCache | undefined, owner: object, key: string, make: () => Part): Part {
  if (!cache) return make();
  let byKey = cache.parts.get(owner);
  if (!byKey) {
    byKey = new Map();
    cache.parts.set(owner, byKey);
  }
  let part = byKey.get(key);
  if (!part) {
    part = make();
    byKey.set(key, part);
  }
  return part;
}

export interface RenderedMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers: List-Unsubscribe, List-Unsubscribe-Post, … */
  headers: Record<string, string>;
  /** subscriber + event(s), or subscriber + digest period: the same message always has the same key. */
  idempotencyKey: string;
}

export interface DigestInput {
  recipient: Recipient;
  case: CaseHeading;
  frequency: 'daily' | 'weekly';
  /** The period the digest covers (`YYYY-MM-DD`, inclusive): changes since the last digest. */
  period: { from: string; to: string };
  posture: Posture;
  changes: NotifyEvent[];
  /** How many of the case's entries need a person to read them (told to the legal team). */
  needsReview?: number;
  /**
   * The deadlines the subscriber was told of before the period (`src/notify/told.ts`): the
   * period's deadline news is then listed as told. Absent: listed event by event.
   */
  told?: ReadonlySet<string>;
}

/** `PUBLIC_URL` (an absolute http(s) URL), or the default; trailing slashes removed. */
export function publicUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.PUBLIC_URL?.trim() || DEFAULT_PUBLIC_URL;
  const url = safeUrl(raw);
  if (!url) throw new ConfigError(`PUBLIC_URL must be an absolute http(s) URL, got "${raw}"`);
  return url.replace(/\/+$/, '');
}

/** One message for the critical events of one case that arrived together. */
export function renderAlert(recipient: Recipient, group: AlertGroup, ctx: RenderContext): RenderedMessage {
  const lang = languageOf(recipient);
  const events = [...group.events].sort((a, b) => importance(a) - importance(b));
  const top = phrase(events[0]!, recipient.audience, lang);
  const more = events.length > 1 ? t(lang, 'message.more', { count: events.length - 1 }) : '';
  const subject = subjectLine(`${top.headline}${more}`, group.case, lang);
  const ids = group.events.map((e) => e.id).sort();
  const key = `alert:${recipient.subscriptionId}:${ids.length === 1 ? ids[0] : hash(ids.join('\n'))}`;

  const intro = t(lang, 'message.intro', { count: events.length });
  const blocks: Part[] = [];
  // Events of more than one docket (the case and its appeal) travel in one message, each under its
  // own docket's caption, the message's own case first.
  const byCase = new Map<string, NotifyEvent[]>([[captionOf(group.case), []]]);
  for (const e of events) {
    const list = byCase.get(captionOf(e.case));
    if (list) list.push(e);
    else byCase.set(captionOf(e.case), [e]);
  }
  const own = captionOf(group.case);
  for (const [caption, list] of byCase) {
    // The message's header names its own case already: only another docket's events get a heading.
    if (caption !== own && list.length > 0) {
      const heading = `${caseTitle(list[0]!.case)} (${caption})`;
      blocks.push({ html: para(`<strong>${escapeHtml(heading)}</strong>`), text: heading });
    }
    for (const e of list) blocks.push(keptBlock(e, recipient.audience, lang, ctx.kept));
  }
  const body: Part = {
    html: `${para(escapeHtml(intro))}${blocks.map((b) => b.html).join('')}`,
    text: `${intro}\n\n${blocks.map((b) => b.text).join('\n\n')}`,
  };
  return assemble(recipient, group.case, subject, key, body, ctx);
}

/**
 * The digest of one case for one subscriber: where the case stands, then what changed in the
 * period. `null` when nothing in the period reaches this subscriber (no empty digests).
 */
export function renderDigest(input: DigestInput, ctx: RenderContext): RenderedMessage | null {
  return drain(digest(input, ctx));
}

/**
 * The same digest, word for word, rendered in slices: the digest of a backfill lists thousands of
 * entries, and the process that renders it also answers `/healthz` and the pages, so the event loop
 * gets a turn every few milliseconds (`src/turns.ts`) between the items.
 */
export function renderDigestInTurns(
  input: DigestInput,
  ctx: RenderContext,
  pause: () => Promise<void> = turns(),
): Promise<RenderedMessage | null> {
  return drainInTurns(digest(input, ctx), pause);
}

/**
 * Rendering as a generator: it yields after each item (an event, an entry, a row), where the
 * renderer in turns may give the event loop a turn; the plain renderer runs it through. One code
 * path, so both say exactly the same.
 */
type Rendering<T> = Generator<void, T, void>;

function drain<T>(rendering: Rendering<T>): T {
  for (;;) {
    const step = rendering.next();
    if (step.done) return step.value;
  }
}

/** `xs.map(f)`, yielding after each item. */
function* each<T, R>(xs: readonly T[], f: (x: T) => R): Rendering<R[]> {
  const out: R[] = [];
  for (const x of xs) {
    out.push(f(x));
    yield;
  }
  return out;
}

async function drainInTurns<T>(rendering: Rendering<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = rendering.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** What a digest says before it is addressed: its subject and body. */
interface DigestBody {
  subject: string;
  body: Part;
}

function* digest(input: DigestInput, ctx: RenderContext): Rendering<RenderedMessage | null> {
  const made = yield* keptDigestBody(input, ctx);
  if (!made) return null;
  const key = `digest:${input.recipient.subscriptionId}:${input.period.from}..${input.period.to}`;
  return assemble(input.recipient, input.case, made.subject, key, made.body, ctx);
}

/**
 * `digestBody`, or the one `ctx.kept` holds for the same inputs: the same objects (changes, posture,
 * case) and the same reader but for who they are (audience, language, filters), period, day, count
 * to review and deadlines told.
 */
function* keptDigestBody(input: DigestInput, ctx: RenderContext): Rendering<DigestBody | null> {
  const cache = ctx.kept;
  if (!cache) return yield* digestBody(input, ctx);
  const { recipient } = input;
  const key = JSON.stringify([
    identityOf(input.posture),
    identityOf(input.case),
    recipient.audience,
    languageOf(recipient),
    recipient.filters,
    input.period,
    ctx.today,
    input.needsReview ?? null,
    input.told ? [...input.told].sort() : null,
  ]);
  let byKey = cache.digests.get(input.changes);
  if (!byKey) {
    byKey = new Map();
    cache.digests.set(input.changes, byKey);
  }
  if (byKey.has(key)) return byKey.get(key)!;
  const made = yield* digestBody(input, ctx);
  const chars = made ? made.subject.length + made.body.html.length + made.body.text.length : 0;
  if (cache.digestChars + chars > MAX_KEPT_DIGEST_CHARS) {
    cache.digests = new WeakMap();
    cache.digestChars = 0;
    byKey = new Map();
    cache.digests.set(input.changes, byKey);
  }
  cache.digestChars += chars;
  byKey.set(key, made);
  return made;
}

function* digestBody(input: DigestInput, ctx: RenderContext): Rendering<DigestBody | null> {
  const { recipient } = input;
  const reaching = input.changes.filter((e) => reaches(e, recipient));
  if (reaching.length === 0) return null;
  const audience = recipient.audience;
  const lang = languageOf(recipient);
  // A digest's subscriber had the critical changes at once, as alerts: the digest says they were
  // sent instead of telling them again.
  const critical = reaching.filter(isCritical);
  const alerted = input.told ? asTold(critical, input.told) : critical;
  const changes = reaching.filter((e) => !isCritical(e));

  const parts: Part[] = [
    ...covered(recipient, input.case, ctx.today),
    yield* keptPostureParts(ctx.kept, input.posture, ctx.today, audience, lang, appealsCourtOf(input.case)),
  ];
  if (audience === 'legal' && input.needsReview) {
    const read = t(lang, 'digest.needsReview', { count: input.needsReview });
    parts.push({ html: para(escapeHtml(read)), text: `${read}\n` });
  }
  const since = t(lang, 'digest.changed', {
    same: input.period.from === input.period.to ? 'yes' : 'no',
    from: dateIn(lang, input.period.from),
    to: dateIn(lang, input.period.to),
  });
  parts.push({ html: heading(escapeHtml(since)), text: `${since.toUpperCase()}\n` });

  const byType = (types: NotifyEvent['type'][]) =>
    changes.filter((e) => types.includes(e.type)).sort((a, b) => importance(a) - importance(b));
  const groups: [string, NotifyEvent[]][] = [
    ['rulings', byType(['stay', 'stay_expiring', 'injunction', 'appeal_ruling', 'court_act'])],
    ['deadlines', byType(['deadline', 'filing_missing'])],
    ['hearings', byType(['hearing'])],
    ['sources', byType(['source_down', 'layout_changed'])],
  ];
  for (const [section, events] of groups) {
    if (events.length > 0)
      parts.push(
        yield* eventSection(t(lang, 'digest.section', { section }), events, audience, lang, ctx.kept),
      );
  }
  // An appeal's entries under a heading of their own, labelled as that court labels them ("Doc. 52").
  const own = (e: NotifyEvent) =>
    e.case.court === input.case.court && e.case.docketNumber === input.case.docketNumber;
  parts.push(...(yield* newEntrySections(changes.filter(own), audience, lang, ctx.kept)));
  parts.push(
    ...(yield* appealSections(
      changes.filter((e) => !own(e)),
      audience,
      lang,
      ctx.kept,
    )),
  );
  const filled = changes.filter((e) => own(e) && e.type === 'entry_updated');
  if (filled.length > 0)
    parts.push(
      yield* eventSection(t(lang, 'digest.section', { section: 'filled' }), filled, audience, lang, ctx.kept),
    );
  if (alerted.length > 0) {
    const lines = yield* each(
      [...alerted].sort((a, b) => importance(a) - importance(b)),
      (e) => phrase(e, audience, lang).headline,
    );
    const title = t(lang, 'digest.section', { section: 'alerted' });
    parts.push({
      html: `<h3 style="${STYLE.h3}">${escapeHtml(title)}</h3>${wrapRows(lines.map((l) => `<tr><td style="${STYLE.td}">${escapeHtml(l)}</td></tr>`).join(''))}`,
      text: `${title}\n${lines.map((l) => `* ${oneLine(l)}`).join('\n')}\n`,
    });
  }

  const headline =
    changes.length > 0
      ? digestHeadline(changes, input.posture, ctx.today, audience, lang)
      : t(lang, 'digest.headline.alerted', { count: alerted.length });
  const subject = subjectLine(headline, input.case, lang);
  return {
    subject,
    body: { html: parts.map((p) => p.html).join(''), text: parts.map((p) => p.text).join('\n') },
  };
}

/**
 * The welcome a subscriber gets when the subscription is confirmed: what they will receive and how
 * often (in words that match what the frequency does), where the case stands now, and — as in
 * every message — the manage link, so a daily subscriber on a quiet case has one from day one.
 */
export function renderWelcome(
  recipient: Recipient,
  c: CaseHeading,
  posture: Posture | null,
  frequency: 'immediate' | 'daily' | 'weekly',
  ctx: RenderContext,
): RenderedMessage {
  const lang = languageOf(recipient);
  const intro = t(lang, 'welcome.intro', { frequency });
  const parts: Part[] = [
    { html: para(escapeHtml(intro)), text: `${intro}\n` },
    ...covered(recipient, c, ctx.today),
  ];
  if (posture) {
    const now = t(lang, 'welcome.now');
    parts.push({ html: para(escapeHtml(now)), text: `${now}\n` });
    parts.push(postureSection(posture, ctx.today, recipient.audience, lang, appealsCourtOf(c)));
  } else {
    const notRead = t(lang, 'posture.notRead');
    parts.push({ html: para(escapeHtml(notRead)), text: `${notRead}\n` });
  }
  const subject = clip(oneLine(t(lang, 'welcome.subject', { title: ltr(lang, caseTitle(c)) })), 200);
  const key = `welcome:${recipient.subscriptionId}`;
  const body: Part = { html: parts.map((p) => p.html).join(''), text: parts.map((p) => p.text).join('\n') };
  return assemble(recipient, c, subject, key, body, ctx);
}

/**
 * "Who is covered: …" (as a maintainer said it with `case set --class/--scope`), for advocates, at
 * the top of a welcome or digest; nothing when the case does not say, or when the order the class
 * is taken from was not filed yet on `day`.
 */
function covered(recipient: Recipient, c: CaseHeading, day: string): Part[] {
  // A class taken from an order is said only once that order was filed on the message's day.
  const people = classOn(c.people, day);
  if (recipient.audience !== 'advocate') return [];
  // Decertified: no class is covered any more; said in its place.
  const ended = people ? null : classEndedOn(c.people, day);
  if (!people && !ended) return [];
  const sentence = people
    ? coveredSentence(languageOf(recipient), people)
    : classEndedSentence(languageOf(recipient), ended!);
  return [{ html: para(escapeHtml(sentence)), text: `${sentence}\n` }];
}

// ---- subject ----------------------------------------------------------------------------------

/** The headline and the case; the case's English name isolated left to right inside Arabic. */
function subjectLine(headline: string, c: CaseHeading, lang: Language): string {
  return clip(oneLine(`${headline} — ${ltr(lang, caseTitle(c))}`), 200);
}

/**
 * At most `n` characters, cut at a word boundary (never mid-word), with an ellipsis when cut. A
 * left-to-right isolate the cut falls inside (an English case name in an Arabic subject) is closed
 * after the ellipsis, so the rest of the line keeps its direction.
 */
export function clip(text: string, n: number): string {
  if (text.length <= n) return text;
  const cutTo = (m: number) => {
    const cut = text.slice(0, m);
    const space = cut.search(/\s\S*$/);
    return `${(space > n / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  };
  const isolateOpen = (s: string) =>
    (s.match(/[\u2066-\u2068]/g) ?? []).length > (s.match(/\u2069/g) ?? []).length;
  const kept = cutTo(n - 1);
  if (!isolateOpen(kept)) return kept;
  const shorter = cutTo(n - 2);
  return isolateOpen(shorter) ? `${shorter}\u2069` : shorter;
}

/** Advocates read their own language; everyone else reads English. */
function languageOf(recipient: Recipient): Language {
  return recipient.audience === 'advocate' ? (recipient.language ?? 'en') : 'en';
}

function daysLeft(lang: Language, days: number): string {
  return days < 0 ? t(lang, 'days.ago', { days: -days }) : t(lang, 'days.left', { days });
}

function when(lang: Language, date: string, time: string | null): string {
  return time
    ? t(lang, 'at.time', { date: dateIn(lang, date), time: timeIn(lang, time) })
    : dateIn(lang, date);
}

/** The docket's own name as the message header shows it: "MIED 2:17-cv-11910". */
function captionOf(c: Pick<CaseHeading, 'court' | 'docketNumber'>): string {
  return `${c.court.toUpperCase()} ${c.docketNumber}`;
}

function caseTitle(c: CaseHeading): string {
  return c.caseName ?? `${c.court.toUpperCase()} ${c.docketNumber}`;
}

function digestHeadline(
  changes: NotifyEvent[],
  posture: Posture,
  today: string,
  audience: Recipient['audience'],
  lang: Language,
) {
  const sorted = [...changes].sort((a, b) => importance(a) - importance(b));
  const top = sorted[0]!;
  if (importance(top) <= 4) {
    const rest = changes.length - 1;
    return `${phrase(top, audience, lang).headline}${rest > 0 ? t(lang, 'message.more', { count: rest }) : ''}`;
  }
  const entries = changes.filter((e) => e.type === 'entry_added').length;
  const updated = changes.length - entries;
  const what =
    entries > 0
      ? t(lang, 'digest.headline.entries', { count: entries })
      : t(lang, 'digest.headline.filled', { count: updated });
  // The deadline the body lists first, from the same list: never one the reader is not shown.
  const next = upcomingDeadlines(posture, today, audience).shown[0];
  return next
    ? t(lang, 'digest.headline.next', { what, days: daysLeft(lang, daysBetween(today, next.dueDate)) })
    : what;
}

/**
 * The upcoming deadlines a digest shows this audience, soonest first (`shown`), and the lawyers'
 * papers it leaves out of an advocate's list (`papers`, `isPaperwork`), which it still counts.
 */
function upcomingDeadlines(posture: Posture, today: string, audience: Recipient['audience']) {
  const upcoming = posture.nextDeadlines.filter((d) => daysBetween(today, d.dueDate) >= 0);
  if (audience !== 'advocate') return { shown: upcoming, papers: [] };
  return {
    shown: upcoming.filter((d) => !isPaperwork(d.what)),
    papers: upcoming.filter((d) => isPaperwork(d.what)),
  };
}

// ---- body parts -------------------------------------------------------------------------------

interface Part {
  html: string;
  text: string;
}

const STYLE = {
  outer: 'margin:0;padding:0;background-color:#f2f2f2;',
  card: 'width:100%;max-width:640px;background-color:#ffffff;border:1px solid #dddddd;border-collapse:collapse;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222222;',
  head: 'padding:16px 20px;background-color:#1f3a5f;color:#ffffff;font-family:Arial,Helvetica,sans-serif;',
  cell: 'padding:8px 20px;vertical-align:top;',
  h2: 'margin:16px 0 4px 0;font-size:17px;color:#1f3a5f;font-family:Arial,Helvetica,sans-serif;',
  h3: 'margin:12px 0 4px 0;font-size:15px;color:#333333;font-family:Arial,Helvetica,sans-serif;',
  table: 'width:100%;border-collapse:collapse;font-size:14px;',
  th: 'text-align:left;padding:4px 6px;border-bottom:1px solid #cccccc;color:#555555;font-weight:bold;',
  td: 'padding:4px 6px;border-bottom:1px solid #eeeeee;vertical-align:top;',
  quote: 'margin:4px 0 0 0;padding:6px 10px;border-left:3px solid #cccccc;color:#444444;font-size:14px;',
  link: 'color:#1a5fb4;text-decoration:underline;',
  foot: 'padding:12px 20px;font-size:12px;color:#666666;border-top:1px solid #eeeeee;',
};

function para(html: string): string {
  return `<p style="margin:8px 0;">${html}</p>`;
}

function heading(html: string): string {
  return `<h2 style="${STYLE.h2}">${html}</h2>`;
}

function link(url: string | null | undefined, label: string): Part | null {
  const safe = safeUrl(url);
  if (!safe) return null;
  return {
    html: `<a href="${escapeHtml(safe)}" style="${STYLE.link}">${escapeHtml(label)}</a>`,
    text: `${label}: ${safe}`,
  };
}

function links(entry: EntryRef | null, documentUrl: string | null, lang: Language): Part {
  // Sources often give one link for both (an NEF's document link): show it once, as the document.
  const entryUrl = entry?.url && entry.url !== documentUrl ? entry.url : null;
  const found = [link(entryUrl, t(lang, 'link.entry')), link(documentUrl, t(lang, 'link.document'))].filter(
    (l): l is Part => l !== null,
  );
  return { html: found.map((l) => l.html).join(' · '), text: found.map((l) => l.text).join('\n') };
}

/** Longest docket text quoted in a message; the link leads to the rest. */
const MAX_QUOTE = 2000;

function quote(text: string): Part {
  const clipped = clip(text, MAX_QUOTE);
  // Docket text stays in English whatever the message's language: marked so, laid out left to right.
  return {
    html: `<div lang="en" dir="ltr" style="${STYLE.quote}">${escapeHtml(clipped)}</div>`,
    text: `  “${oneLine(clipped)}”`,
  };
}

/** Longest sentence of an order quoted in a message. */
const MAX_SENTENCE = 600;

/** The order's own sentence and its page: “Removal … is stayed for fourteen (14) days …” (p. 6). */
function documentQuote(at: { page: number; quote: string }): Part {
  const clipped = clip(at.quote, MAX_SENTENCE);
  return {
    html: `<div lang="en" dir="ltr" style="${STYLE.quote}">“${escapeHtml(clipped)}” (p.&nbsp;${at.page})</div>`,
    text: `  “${oneLine(clipped)}” (p. ${at.page})`,
  };
}

/** One event: headline, sentence, the court's words (legal team, and advocates for orders), links. */
/**
 * An event's block as `eventBlock` renders it, once per audience and language in a run that keeps
 * parts (`RenderCache`): an alert range or a digest run tells the same event to each of its case's
 * readers.
 */
function keptBlock(
  event: NotifyEvent,
  audience: Recipient['audience'],
  lang: Language,
  kept: RenderCache | undefined,
): Part {
  return keptPart(kept, event, `block|${audience}|${lang}`, () => eventBlock(event, audience, lang));
}

function eventBlock(event: NotifyEvent, audience: Recipient['audience'], lang: Language): Part {
  const p = phrase(event, audience, lang);
  const item = event.type === 'entry_added' || event.type === 'entry_updated' ? event.item : null;
  const l = links(event.entry ?? item, item?.documentUrl ?? null, lang);
  const q = item?.text ? quote(item.text) : event.documentQuote ? documentQuote(event.documentQuote) : null;
  const from =
    !item && event.entry && audience === 'legal'
      ? ` (${entryLabel(event.entry.number, event.case.court)}${event.entry.date ? `, ${dateIn('en', event.entry.date)}` : ''})`
      : '';
  const html = `<tr><td style="${STYLE.cell}"><div style="font-weight:bold;">${escapeHtml(p.headline)}</div><div>${escapeHtml(p.sentence + from)}</div>${q ? q.html : ''}${l.html ? `<div style="font-size:13px;margin-top:4px;">${l.html}</div>` : ''}</td></tr>`;
  const text = [`* ${oneLine(p.headline)}`, `  ${oneLine(p.sentence + from)}`, q?.text, indent(l.text)]
    .filter((s) => s)
    .join('\n');
  return { html: wrapRows(html), text };
}

function wrapRows(rows: string): string {
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="${STYLE.table}">${rows}</table>`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .filter((l) => l)
    .map((l) => `  ${l}`)
    .join('\n');
}

function* eventSection(
  title: string,
  events: NotifyEvent[],
  audience: Recipient['audience'],
  lang: Language,
  kept?: RenderCache,
): Rendering<Part> {
  const blocks = yield* each(events, (e) => keptBlock(e, audience, lang, kept));
  return {
    html: `<h3 style="${STYLE.h3}">${escapeHtml(title)}</h3>${blocks.map((b) => b.html).join('')}`,
    text: `${title}\n${blocks.map((b) => b.text).join('\n')}\n`,
  };
}

/** Order in which kinds of new entries are listed: decisions first. */
const KIND_ORDER = [
  'order',
  'opinion',
  'judgment',
  'mandate',
  'minute_entry',
  'notice_of_appeal',
  'motion',
  'response',
  'reply',
  'stipulation',
  'status_report',
  'pleading',
  'notice',
  'transcript',
  'other',
];

const KIND_TITLES: Record<string, string> = {
  order: 'Orders',
  opinion: 'Opinions',
  judgment: 'Judgments',
  mandate: 'Mandates',
  minute_entry: 'Minute entries',
  notice_of_appeal: 'Notices of appeal',
  motion: 'Motions',
  response: 'Responses',
  reply: 'Replies',
  stipulation: 'Stipulations',
  status_report: 'Status reports',
  pleading: 'Pleadings',
  notice: 'Notices',
  transcript: 'Transcripts',
  other: 'Other entries',
};

/** New entries grouped by kind; the legal team sees a table with the docket text, advocates sentences. */
function* newEntrySections(
  changes: NotifyEvent[],
  audience: Recipient['audience'],
  lang: Language,
  kept?: RenderCache,
): Rendering<Part[]> {
  const added = changes.filter((e) => e.type === 'entry_added');
  if (added.length === 0) return [];
  const byKind = new Map<string, typeof added>();
  for (const e of added) {
    const list = byKind.get(e.item.kind) ?? [];
    list.push(e);
    byKind.set(e.item.kind, list);
  }
  const kinds = [...byKind.keys()].sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));
  const parts: Part[] = [];
  for (const kind of kinds) {
    const events = byKind.get(kind)!;
    const title = `${KIND_TITLES[kind] ?? humanize(kind)} (${events.length})`;
    if (audience !== 'legal') {
      parts.push(
        yield* eventSection(
          t(lang, 'digest.new', { kind, count: events.length }),
          events,
          audience,
          lang,
          kept,
        ),
      );
      continue;
    }
    const rows = yield* each(events, (e) =>
      keptPart(kept, e, `row|${lang}`, () => {
        const l = links(e.item, e.item.documentUrl, lang);
        return {
          html: `<tr><td style="${STYLE.td}white-space:nowrap;">${escapeHtml(e.item.number ?? '—')}</td><td style="${STYLE.td}white-space:nowrap;">${escapeHtml(e.item.date ?? '')}</td><td style="${STYLE.td}">${escapeHtml(e.item.text)}${l.html ? `<div style="font-size:13px;">${l.html}</div>` : ''}</td></tr>`,
          text: [
            `* ${entryLabel(e.item.number, e.case.court)}${e.item.date ? ` (${e.item.date})` : ''}: ${oneLine(e.item.text)}`,
            indent(l.text),
          ]
            .filter((s) => s)
            .join('\n'),
        };
      }),
    );
    parts.push({
      html: `<h3 style="${STYLE.h3}">${escapeHtml(title)}</h3><table role="presentation" cellpadding="0" cellspacing="0" border="0" style="${STYLE.table}"><tr><th style="${STYLE.th}">No.</th><th style="${STYLE.th}">Filed</th><th style="${STYLE.th}">Docket text</th></tr>${rows.map((r) => r.html).join('')}</table>`,
      text: `${title}\n${rows.map((r) => r.text).join('\n')}\n`,
    });
  }
  return parts;
}

/**
 * The new and filled-in entries of the case's appeals, one section per appeal ("The Sixth Circuit,
 * appeal No. 17-2171: new entries (2)"), each entry labelled as that court labels it ("Doc. 52").
 */
function* appealSections(
  changes: NotifyEvent[],
  audience: Recipient['audience'],
  lang: Language,
  kept?: RenderCache,
): Rendering<Part[]> {
  const byAppeal = new Map<string, NotifyEvent[]>();
  for (const e of changes) {
    if (e.type !== 'entry_added' && e.type !== 'entry_updated') continue;
    const key = `${e.case.court}:${e.case.docketNumber}`;
    const list = byAppeal.get(key);
    if (list) list.push(e);
    else byAppeal.set(key, [e]);
  }
  const parts: Part[] = [];
  for (const events of byAppeal.values()) {
    const c = events[0]!.case;
    const title = t(lang, 'digest.appeal', {
      Court: appealsCourtIn(lang, c.court).Court,
      docket: c.docketNumber,
      count: events.length,
    });
    parts.push(yield* eventSection(title, events, audience, lang, kept));
  }
  return parts;
}

/** Where the case stands: what is in force, the next deadlines and hearings with days left. */
/**
 * One thing in force, in the reader's language, as the digests' "In force" list and the advocates'
 * key dates page say it: its name (a stay's own English words quoted), since when, until when, and
 * what changed it and left it in force or may end it (a decision waiting for its mandate).
 */
export function inForceRow(
  lang: Language,
  f: InForce,
  today: string,
  appealsCourt: string | null = null,
): { name: string; since: string; term: string; notes: string } {
  // The court of appeals named ("the Sixth Circuit") when the case's appeals say which.
  const court = appealsCourtIn(lang, appealsCourt);
  const term = t(lang, 'posture.term', {
    term: f.expires ? 'date' : f.until ? 'until' : 'none',
    // "through February 5, 2026 at 6:30 PM": the hour its order gave for its last day.
    date: f.expires ? when(lang, f.expires, f.expiresTime ?? null) : '',
    days: f.expires ? daysLeft(lang, daysBetween(today, f.expires)) : '',
    until: untilIn(lang, f.until),
  });
  const since = f.since ? t(lang, 'posture.since', { date: dateIn(lang, f.since) }) : '';
  // Changed and still in force (modified, narrowed, dissolved in part): by which orders, when.
  const modified = f.modified?.length
    ? t(lang, 'posture.modified', {
        changes: f.modified
          .map(
            (m) =>
              t(lang, 'posture.modifiedBy', {
                ...court,
                by: m.decided ? 'appeals' : 'order',
                decided: dateIn(lang, m.decided),
                date: dateIn(lang, m.date),
                label: m.number === null ? 'none' : entryLabel(String(m.number), null, lang),
              }) +
              (m.part
                ? t(lang, 'posture.modifiedPart', {
                    act: m.part.act,
                    reach: m.part.reach,
                    lead: saysOnly(m.part.words) ? 'own' : 'add',
                    words: quoted(lang, m.part.words),
                  })
                : ''),
          )
          .join(t(lang, 'list.and')),
      })
    : '';
  // Decided on appeal, waiting for the mandate (FRAP 41(c)): in force, and saying why it may end.
  const appeal = f.onAppeal
    ? t(lang, 'posture.onAppeal', {
        ...court,
        action: f.onAppeal.action,
        date: dateIn(lang, f.onAppeal.decided),
      })
    : '';
  // Stayed in part pending appeal: in force, with the part stayed on hold.
  const inPart = f.stayedInPart
    ? t(lang, 'posture.stayedInPart', {
        ...court,
        by: f.stayedInPart.by,
        admin: f.stayedInPart.administrative ? 'yes' : 'no',
        date: dateIn(lang, f.stayedInPart.since),
        part: f.stayedInPart.part ? quoted(lang, f.stayedInPart.part) : 'none',
      })
    : '';
  // Kept for the named parties only: whom it still protects.
  const limited = f.limitedTo
    ? t(lang, 'posture.limitedTo', {
        grant: f.limitedTo.fromGrant ? 'yes' : 'no',
        parties: partiesIn(lang, f.limitedTo.parties),
        date: dateIn(lang, f.limitedTo.since),
        label: entryLabel(f.limitedTo.number === null ? null : String(f.limitedTo.number), null, lang),
      })
    : '';
  return {
    name: inForceName(lang, f.kind, f.description),
    since,
    term,
    notes: `${modified}${limited}${appeal}${inPart}${f.sooner ? soonerIn(lang, 'posture.sooner', f.sooner) : ''}${reheardNote(lang, f.reheard, appealsCourt)}`,
  };
}

/** "; the Tenth Circuit vacated its decision of August 20, 2024 when it granted rehearing en banc on October 1, 2024: that decision no longer stands". */
export function reheardNote(
  lang: Language,
  r: { decided: string | null; granted: string; enBanc: boolean } | undefined,
  appealsCourt: string | null = null,
): string {
  if (!r) return '';
  return t(lang, 'posture.reheard', {
    ...appealsCourtIn(lang, appealsCourt),
    decided: r.decided ? dateIn(lang, r.decided) : 'none',
    date: dateIn(lang, r.granted),
    enBanc: r.enBanc ? 'yes' : 'no',
  });
}

/** The day after `iso` (`YYYY-MM-DD`). */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The row for an order on hold: "Preliminary injunction of June 1, 2020: on hold until the appeal is decided (since June 10, 2020)". */
export function onHoldRow(lang: Language, f: OnHold, appealsCourt: string | null = null): string {
  return `${t(lang, 'posture.onHoldRow', {
    ...appealsCourtIn(lang, appealsCourt),
    name: inForceName(lang, f.kind, f.description),
    date: dateIn(lang, f.since),
    held: dateIn(lang, f.heldSince),
    until: f.heldUntil ? dateIn(lang, f.heldUntil) : 'none',
    again: f.heldUntil ? dateIn(lang, nextDay(f.heldUntil)) : 'none',
    pending:
      f.pendingAppeal?.administrative && !f.onAppeal
        ? 'administrative'
        : f.pendingAppeal?.certiorari && !f.onAppeal
          ? 'certiorari'
          : f.pendingAppeal
            ? 'yes'
            : 'no',
    decided: f.onAppeal ? dateIn(lang, f.onAppeal.decided) : 'none',
    part: f.onAppeal?.action === 'modified' ? 'yes' : 'no',
  })}${reheardNote(lang, f.reheard, appealsCourt)}`;
}

export function postureSection(
  posture: Posture,
  today: string,
  audience: Recipient['audience'],
  lang: Language = 'en',
  appealsCourt: string | null = null,
): Part {
  return drain(postureParts(posture, today, audience, lang, appealsCourt));
}

/** `postureParts`, once per posture, day, audience, language and court of appeals in a run. */
function* keptPostureParts(
  kept: RenderCache | undefined,
  posture: Posture,
  today: string,
  audience: Recipient['audience'],
  lang: Language,
  appealsCourt: string | null,
): Rendering<Part> {
  const key = `posture|${today}|${audience}|${lang}|${appealsCourt ?? ''}`;
  const known = kept?.parts.get(posture)?.get(key);
  if (known) return known;
  const part = yield* postureParts(posture, today, audience, lang, appealsCourt);
  return keptPart(kept, posture, key, () => part);
}

function* postureParts(
  posture: Posture,
  today: string,
  audience: Recipient['audience'],
  lang: Language,
  appealsCourt: string | null,
): Rendering<Part> {
  const html: string[] = [heading(escapeHtml(t(lang, 'posture.title')))];
  const text: string[] = [t(lang, 'posture.title').toUpperCase()];
  if (posture.inForce.length === 0) {
    html.push(para(escapeHtml(t(lang, 'posture.nothing'))));
    text.push(t(lang, 'posture.nothing'));
  } else {
    html.push(`<h3 style="${STYLE.h3}">${escapeHtml(t(lang, 'posture.inForce'))}</h3>`);
    text.push(`${t(lang, 'posture.inForce')}:`);
    const rows = yield* each(posture.inForce, (f) => {
      const { name, since, term, notes } = inForceRow(lang, f, today, appealsCourt);
      const l = links(f.entry, null, lang);
      const description = escapeHtml(name);
      return {
        html: `<tr><td style="${STYLE.td}">${description}${escapeHtml(since)}</td><td style="${STYLE.td}">${escapeHtml(term)}${escapeHtml(notes)}${l.html ? `<div style="font-size:13px;">${l.html}</div>` : ''}</td></tr>`,
        text: `* ${oneLine(name)}${since}: ${term}${notes}${l.text ? `\n${indent(l.text)}` : ''}`,
      };
    });
    html.push(wrapRows(rows.map((r) => r.html).join('')));
    text.push(...rows.map((r) => r.text));
  }
  // Stayed, not in force: said apart, never among what is in force.
  if (posture.onHold && posture.onHold.length > 0) {
    html.push(`<h3 style="${STYLE.h3}">${escapeHtml(t(lang, 'posture.onHold'))}</h3>`);
    text.push(`${t(lang, 'posture.onHold')}:`);
    const rows = posture.onHold.map((f) => onHoldRow(lang, f, appealsCourt));
    html.push(wrapRows(rows.map((r) => `<tr><td style="${STYLE.td}">${escapeHtml(r)}</td></tr>`).join('')));
    text.push(...rows.map((r) => `* ${oneLine(r)}`));
  }
  const { shown: deadlines, papers } = upcomingDeadlines(posture, today, audience);
  if (deadlines.length > 0) {
    html.push(`<h3 style="${STYLE.h3}">${escapeHtml(t(lang, 'posture.nextDeadlines'))}</h3>`);
    text.push(`${t(lang, 'posture.nextDeadlines')}:`);
    const rows = yield* each(deadlines, (d) => {
      const days = daysLeft(lang, daysBetween(today, d.dueDate));
      const at = when(lang, d.dueDate, d.dueTime);
      const who = d.party && audience === 'legal' ? ` (${d.party})` : '';
      // docketwatch's words (the act, how the date was found) in the language, the court's quoted.
      const what = `${deadlineIn(lang, d.what)}${lang === 'en' ? who : ''}${
        d.partOnHold ? ` ${t(lang, 'deadline.partOnHold', { part: quoted(lang, d.partOnHold) })}` : ''
      }`;
      const l = links(d.entry, null, lang);
      return {
        html: `<tr><td style="${STYLE.td}white-space:nowrap;">${escapeHtml(at)}</td><td style="${STYLE.td}white-space:nowrap;font-weight:bold;">${escapeHtml(days)}</td><td style="${STYLE.td}">${escapeHtml(what)}${l.html ? `<div style="font-size:13px;">${l.html}</div>` : ''}</td></tr>`,
        text: `* ${at} (${days}): ${oneLine(what)}${l.text ? `\n${indent(l.text)}` : ''}`,
      };
    });
    html.push(wrapRows(rows.map((r) => r.html).join('')));
    text.push(...rows.map((r) => r.text));
  }
  // An advocate is not shown the lawyers' papers; the digest still says they are due, so "no
  // upcoming deadlines" is never said while a response is due in two days.
  const none = deadlines.length === 0;
  const said =
    papers.length > 0
      ? t(lang, none ? 'posture.onlyPapers' : 'posture.alsoPapers', {
          count: papers.length,
          next: when(lang, papers[0]!.dueDate, papers[0]!.dueTime),
        })
      : none
        ? t(lang, 'posture.noDeadlines')
        : null;
  if (said) {
    html.push(para(escapeHtml(said)));
    text.push(said);
  }
  const hearings = posture.nextHearings.filter((h) => daysBetween(today, h.date) >= 0);
  if (hearings.length > 0) {
    html.push(`<h3 style="${STYLE.h3}">${escapeHtml(t(lang, 'posture.nextHearings'))}</h3>`);
    text.push(`${t(lang, 'posture.nextHearings')}:`);
    const rows = yield* each(hearings, (h) => {
      const at = when(lang, h.date, h.time);
      const days = daysLeft(lang, daysBetween(today, h.date));
      const name = lang === 'en' ? humanize(h.hearing) : hearingIn(lang, h.hearing);
      // Where and how it is held, when its order says ("It will be held by video. …").
      const where = whereIn(lang, h.where);
      const said = where ? `${name}. ${where}` : name;
      return {
        html: `<tr><td style="${STYLE.td}white-space:nowrap;">${escapeHtml(at)}</td><td style="${STYLE.td}white-space:nowrap;">${escapeHtml(days)}</td><td style="${STYLE.td}">${escapeHtml(said)}</td></tr>`,
        text: `* ${at} (${days}): ${said}`,
      };
    });
    html.push(wrapRows(rows.map((r) => r.html).join('')));
    text.push(...rows.map((r) => r.text));
  }
  return { html: html.join(''), text: `${text.join('\n')}\n` };
}

// ---- the message ------------------------------------------------------------------------------

function assemble(
  recipient: Recipient,
  c: CaseHeading,
  subject: string,
  idempotencyKey: string,
  body: Part,
  ctx: RenderContext,
): RenderedMessage {
  const lang = languageOf(recipient);
  const dir = direction(lang);
  const now = linkIssuedAt(ctx.now);
  const unsubscribeToken = signToken(
    { purpose: 'unsubscribe', subject: recipient.subscriptionId },
    ctx.secret,
    now,
  );
  const manageToken = signToken({ purpose: 'manage', subject: recipient.subscriptionId }, ctx.secret, now);
  const query = lang === 'en' ? '' : `&lang=${lang}`;
  const unsubscribeUrl = `${ctx.publicUrl}/unsubscribe?token=${unsubscribeToken}${query}`;
  const manageUrl = `${ctx.publicUrl}/manage?token=${manageToken}${query}`;
  const casePage = link(
    `${ctx.publicUrl}${casePath(c)}${lang === 'en' ? '' : `?lang=${lang}`}`,
    t(lang, 'link.casePage'),
  );
  const docket = link(c.docketUrl, t(lang, 'link.docket'));
  // Advocates' key dates (stays, injunctions, hearings, judge-set dates) as a page with its calendar.
  const keyDates =
    recipient.audience === 'advocate'
      ? link(`${ctx.publicUrl}${casePath(c)}/key-dates?lang=${lang}`, t(lang, 'link.keyDates'))
      : null;
  const caseLinks = [casePage, keyDates, docket].filter((l): l is Part => l !== null);
  const title = caseTitle(c);
  const caption = captionOf(c);
  const audience = t(lang, 'audience', { audience: recipient.audience });
  const why = t(lang, 'footer.why', { title: ltr(lang, recipient.follows ?? title), audience });
  // Said only where the message quotes the court's English words.
  const note =
    lang !== 'en' && (body.html.includes('lang="en"') || body.text.includes('«'))
      ? t(lang, 'message.englishNote')
      : '';
  const align = dir === 'rtl' ? 'text-align:right;' : '';

  const html = `<!DOCTYPE html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head><body style="${STYLE.outer}"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" dir="${dir}" style="${STYLE.outer}"><tr><td align="center" style="padding:16px 8px;"><table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" dir="${dir}" style="${STYLE.card}${align}"><tr><td style="${STYLE.head}${align}"><div lang="en" dir="ltr" style="font-size:18px;font-weight:bold;${align}">${escapeHtml(title)}</div><div lang="en" dir="ltr" style="font-size:13px;${align}">${escapeHtml(caption)}</div></td></tr><tr><td style="${STYLE.cell}${align}">${body.html}${note ? para(`<em>${escapeHtml(note)}</em>`) : ''}${caseLinks.length ? para(caseLinks.map((l) => l.html).join(' · ')) : ''}</td></tr><tr><td style="${STYLE.foot}${align}">${escapeHtml(why)} <a href="${escapeHtml(manageUrl)}" style="${STYLE.link}">${escapeHtml(t(lang, 'footer.manage'))}</a> · <a href="${escapeHtml(unsubscribeUrl)}" style="${STYLE.link}">${escapeHtml(t(lang, 'footer.unsubscribe'))}</a></td></tr></table></td></tr></table></body></html>`;

  const text = [
    `${title} (${caption})`,
    '',
    body.text.trimEnd(),
    note ? `\n${note}` : '',
    caseLinks.length ? `\n${caseLinks.map((l) => l.text).join('\n')}` : '',
    '',
    '--',
    why,
    `${t(lang, 'footer.manage')}: ${manageUrl}`,
    `${t(lang, 'footer.unsubscribe')}: ${unsubscribeUrl}`,
    '',
  ].join('\n');

  const listUnsubscribe = [`<${unsubscribeUrl}>`];
  if (ctx.unsubscribeMailto) {
    listUnsubscribe.push(`<mailto:${ctx.unsubscribeMailto}?subject=unsubscribe%20${unsubscribeToken}>`);
  }
  return {
    to: recipient.email,
    subject,
    html,
    text,
    headers: {
      'List-Unsubscribe': listUnsubscribe.join(', '),
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'Auto-Submitted': 'auto-generated',
      'X-Docketwatch-Key': oneLine(idempotencyKey),
      ...(lang === 'en' ? {} : { 'Content-Language': lang }),
    },
    idempotencyKey,
  };
}

/** The case's page on docketwatch: `/cases/mied/2:17-cv-11910`. */
export function casePath(c: Pick<CaseHeading, 'court' | 'docketNumber'>): string {
  return `/cases/${encodeURIComponent(c.court)}/${encodeURIComponent(c.docketNumber).replace(/%3A/gi, ':')}`;
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 24);
}
