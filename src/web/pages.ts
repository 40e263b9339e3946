/**
 * The pages, as functions from data to escaped HTML. No inline script or style anywhere (the
 * Content-Security-Policy forbids both): the look comes from `/static/site.css`, and every page
 * works without JavaScript (filters are GET forms, actions are POST forms).
 */
import type { CaseClass, CaseClasses } from '../../db/case-details.ts';
import { type EntryReview, needReadingText } from '../../db/entry-reviews.ts';
import type { DocketCoverage } from '../../db/sources.ts';
import { findSource } from '../../scrapers/registry.ts';
import { findCourt } from '../courts.ts';
import type { CasePosture, RecordView } from '../deadlines/record.ts';
import { coverageNote } from '../notify/coverage.ts';
import { safeUrl } from '../notify/escape.ts';
import {
  dateIn,
  direction,
  LANGUAGE_NAMES,
  LANGUAGES,
  type Language,
  type MessageKey,
  t,
  timeIn,
} from '../notify/i18n.ts';
import { deadlineIn } from '../notify/labels.ts';
import {
  addedBy,
  classEndedOn,
  classEndedSentence,
  classOn,
  coveredFrom,
  daysLeftText,
  entryLabel,
  formatDate,
  formatTime,
  humanize,
  sameWords,
  subclassesEnded,
  whoseWords,
} from '../notify/language.ts';
import { clip, inForceRow } from '../notify/render.ts';
import type { SubscriptionView } from '../notify/subscriptions.ts';
import type { InForce } from '../notify/types.ts';
import type { Occurrence } from './calendar.ts';
import {
  ago,
  type CaseFacts,
  type CaseInfo,
  ENTRY_KINDS,
  isFiltered,
  type LinkedCase,
  type SourceCoverage,
  type SourceHealth,
  type TimelineEntry,
  type TimelineFilter,
} from './data.ts';
import { html, type SafeHtml } from './html.ts';

export const TIMELINE_LIMIT = 500;

export interface LayoutOptions {
  wide?: boolean;
  /** The page's language (`?lang=`): `<html lang dir>`, the footer, and the language links. */
  lang?: Language;
  /** The path the language links point to (this page), with its query; none when absent. */
  path?: string;
}

export function layout(title: string, body: SafeHtml, options: LayoutOptions = {}): string {
  const lang = options.lang ?? 'en';
  return `<!DOCTYPE html>${html`<html lang="${lang}" dir="${direction(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${title} · docketwatch</title>
<link rel="stylesheet" href="/static/site.css">
</head>
<body>
<header class="site"><a href="/" class="brand">docketwatch</a></header>
<main class="${options.wide ? 'wide' : ''}">
${body}
</main>
<footer class="site">${options.path ? languageLinks(options.path, lang) : html``}<p>${t(lang, 'page.footer')}</p></footer>
</body>
</html>`}`;
}

export function homePage(cases: readonly CaseInfo[], lang: Language = 'en', path?: string): string {
  return layout(
    t(lang, 'page.cases'),
    html`<h1>${t(lang, 'page.cases')}</h1>
${
  cases.length === 0
    ? html`<p>No case is tracked yet. An operator adds one with <code>docketwatch case add</code>.</p>`
    : html`<ul class="cases">${cases.map(
        (c) => html`<li><a href="${c.path}"><span class="case-name">${c.name ?? c.key}</span>
<span class="case-id">${courtLabel(c.court)} · ${c.docketNumber}</span></a></li>`,
      )}</ul>`
}`,
    { lang, ...(path ? { path } : {}) },
  );
}

export interface CasePageInput {
  info: CaseInfo;
  posture: CasePosture;
  timeline: readonly TimelineEntry[];
  filter: TimelineFilter;
  coverage: readonly SourceCoverage[];
  /** What docketwatch has seen of the docket (`docketCoverage`): said once, as `coverageNote` says it. */
  docket: DocketCoverage;
  now: Date;
  /** The CSRF token for the subscribe form; `null` when subscriptions are not set up. */
  csrf: string | null;
  /** `?lang=`: the language of the page's frame and its subscribe form. */
  lang?: Language;
  /** This page's path and query, for the language links. */
  path?: string;
  /** Entries docketwatch could not fully read: a person should read them. */
  needsReview?: readonly EntryReview[];
  /** Its appeals (each docket shown on this page too), or the case it is an appeal of. */
  linked?: readonly LinkedCase[];
  /** Documents whose text docketwatch keeps, by entry key (sealed entries never among them). */
  documents?: ReadonlyMap<string, readonly StoredDocumentLink[]>;
  /** The court's docket link, the docket header and who the case is about, as far as known. */
  facts?: CaseFacts;
}

/** A kept document of an entry, as the case page links it. */
export interface StoredDocumentLink {
  sha256: string;
  attachment: number;
  pages: number;
  ocrPages: number;
}

export function casePage(p: CasePageInput): string {
  const { info, posture } = p;
  const name = info.name ?? info.key;
  const lang = p.lang ?? 'en';
  // The record is English (the court's words, and the pages around them are not translated yet):
  // in another language the page says so and keeps that part left to right.
  // No entry read at all (a fresh start, or the only source failing): nothing can be said about
  // what is in force, and saying "no stay" would be wrong.
  const read = p.timeline.length > 0 || isFiltered(p.filter);
  const record = html`${factsSection(p)}
${postureSection(posture, read)}
${deadlinesSection(posture, info.court)}
${needsReviewSection(p.needsReview ?? [])}
${linkedSection(p.linked ?? [])}
${timelineSection(p)}
${coverageSection(p)}`;
  return layout(
    name,
    html`<p class="crumbs"><a href="/?lang=${lang}">${t(lang, 'page.cases')}</a></p>
<h1 lang="en" dir="ltr">${name}</h1>
<p class="case-id" lang="en" dir="ltr">${courtLabel(info.court)} · No. ${info.docketNumber}</p>
${coveredOn(p.facts?.class, undefined, lang, info.path)}
${lang === 'en' ? record : html`<p class="hint">${t(lang, 'page.englishOnly')}</p><div lang="en" dir="ltr">${record}</div>`}
${followSection(p)}`,
    { lang, path: p.path ?? info.path },
  );
}

/**
 * The covered line when there is a class to state on `day` (`classOn`: never from an order not yet
 * filed; omitted: today), or the order that decertified it when it no longer covers anyone.
 */
function coveredOn(
  people: CaseClasses | null | undefined,
  day: string | undefined,
  lang: Language,
  casePath: string,
): SafeHtml {
  const c = classOn(people, day);
  if (c) return coveredLine(c, lang, casePath);
  const ended = classEndedOn(people, day);
  return ended ? html`<p class="covered decertified">${classEndedSentence(lang, ended)}</p>` : html``;
}

/** "Who is covered: all Iraqi nationals in the U.S. with final removal orders, nationwide." */
function coveredLine(c: CaseClass, lang: Language, casePath: string): SafeHtml {
  const own = c.text[lang];
  const words = own ?? c.text.en;
  const marked =
    own || lang === 'en' ? html`<bdi>${words}</bdi>` : html`<bdi lang="en" dir="ltr">${words}</bdi>`;
  // Where the words come from; the order they are taken from links to its entry on the case page.
  const from = c.from?.dateFiled
    ? sentence(
        lang,
        'people.coveredFrom',
        {
          label: html`<a href="${casePath}?lang=${lang}#entry-${c.from.entry}">${entryLabel(c.from.entry, null, lang)}</a>`,
        },
        {
          from: whoseWords(c),
          date: c.from.dateFiled ? dateIn(lang, c.from.dateFiled) : '',
        },
      )
    : html`${coveredFrom(lang, c)}`;
  const added = [...addedBy(lang, c), ...subclassesEnded(lang, c)];
  return html`<p class="covered">${sentence(lang, 'people.covered', { class: marked }, { scope: c.scope ?? 'none' })} <span class="covered-from">${from}${added.length > 0 ? ` ${added.join(' ')}` : ''}</span></p>`;
}

/** What lawyers look for first: the court's docket, the judge, the dates, the nature of suit, the parties. */
function factsSection(p: CasePageInput): SafeHtml {
  const f = p.facts;
  const h = f?.header ?? null;
  const unknown = html`<span class="unknown">not known yet</span>`;
  const row = (label: string, value: SafeHtml | string | null) =>
    html`<dt>${label}</dt><dd>${value === null ? unknown : value}</dd>`;
  const optional = (label: string, value: string | null) => (value ? row(label, value) : html``);
  const docket = f?.docketUrl
    ? html`<a href="${f.docketUrl}" rel="noopener noreferrer nofollow">${courtLabel(p.info.court)} docket</a> <span class="hint">(PACER: login and fees)</span>`
    : null;
  const parties = h?.parties ?? [];
  return html`<section class="facts" aria-labelledby="facts-h">
<h2 id="facts-h" class="visually-hidden">About the case</h2>
<dl class="facts-list">
${row("Court's docket", docket)}
${row('Judge', h?.judge ?? null)}
${optional('Referred to', h?.referredTo ?? null)}
${row('Filed', h?.dateFiled ? formatDate(h.dateFiled) : null)}
${optional('Closed', h?.dateTerminated ? formatDate(h.dateTerminated) : null)}
${row('Nature of suit', h?.natureOfSuit ?? null)}
${optional('Cause', h?.cause ?? null)}
${optional('Jurisdiction', h?.jurisdiction ?? null)}
</dl>
${
  parties.length === 0
    ? html`<p class="hint parties-unknown">Parties and counsel: not known yet.${h ? html`` : html` docketwatch learns the judge, dates, parties and counsel from a docket report or CourtListener; the court’s RSS feed does not carry them.`}</p>`
    : html`<details class="parties"><summary>Parties and counsel (${parties.length})</summary>
<ul class="party-list">${parties.map(
        (party) =>
          html`<li><span class="party-name">${party.name}</span>${party.type ? html` <span class="party-type">(${party.type})</span>` : html``}${
            party.attorneys.length > 0
              ? html`<ul class="counsel">${party.attorneys.map(
                  (a) =>
                    html`<li><span class="attorney">${a.name}</span>${a.roles.length > 0 ? html` <span class="roles">— ${a.roles.join('; ')}</span>` : html``}${a.contact ? html`<br><span class="contact">${a.contact}</span>` : html``}</li>`,
                )}</ul>`
              : html`<p class="hint">No counsel listed.</p>`
          }</li>`,
      )}</ul></details>`
}
${classVersions(p)}
${f?.headerSource ? html`<p class="hint facts-source">From ${sourceName(f.headerSource.source)}, ${formatDate(f.headerSource.at.slice(0, 10))}.</p>` : html``}
</section>`;
}

/**
 * Who is covered, order by order (for lawyers, in English): every definition of the class with the
 * day it came into force and the order it comes from, the one in force now marked. Definitions
 * whose order is not in the record yet are left out.
 */
function classVersions(p: CasePageInput): SafeHtml {
  const known = (p.facts?.class?.versions ?? []).filter((v) => !v.from || v.from.dateFiled);
  // The maintainers' words for an order that are its own words (they gave its translations) are
  // the order's definition once, not twice.
  const versions = known.filter(
    (v) =>
      !(
        v.source === 'maintainer' &&
        known.some(
          (o) => o.source === 'order' && o.from?.entry === v.from?.entry && sameWords(o.text.en, v.text.en),
        )
      ),
  );
  if (versions.length === 0) return html``;
  const now = classOn(p.facts?.class);
  // In force: the definition itself, or (made of several) its own order's words and each addition's.
  const inForce = (v: CaseClass) =>
    now !== null &&
    ((v.from?.entry === now.from?.entry && v.source === now.source) ||
      (now.added ?? []).some((a) => a.entry === v.from?.entry));
  return html`<details class="class-versions"><summary>Who is covered, order by order (${versions.length})</summary>
<ul>${versions.map((v) => {
    const order = v.from
      ? html`from ${formatDate(v.from.dateFiled!)}, <a href="${p.info.path}#entry-${v.from.entry}">${entryLabel(v.from.entry, null, 'en')}</a>`
      : html`from the start`;
    // Said as the covered line above says it (`coveredFrom`): whose words these are, and for which order.
    const whose =
      v.source === 'order'
        ? 'in the order’s words'
        : v.from
          ? 'the order’s definition as this site’s maintainers give it'
          : 'as this site’s maintainers give it';
    // Ended by a later order: decertified (the class, or a subclass of it).
    const ends = (p.facts?.class?.ends ?? [])
      .filter((e) => !v.from?.dateFiled || v.from.dateFiled <= e.date)
      .map((e) => `, ${e.subclass ? `${e.subclass} decertified` : 'decertified'} ${formatDate(e.date)}`)
      .join('');
    const said = `${whose}${v.adds ? ', added to the class before it' : ''}${inForce(v) ? ', in force' : ''}${ends}`;
    return html`<li${inForce(v) ? html` class="in-force"` : html``}><span class="when">${order}</span> <span class="hint">(${said})</span>: <bdi>${v.text.en}</bdi>${v.scope ? html` <span class="hint">(${v.scope})</span>` : html``}</li>`;
  })}</ul></details>`;
}

/** The kind of docket text that gave the header, in words (never a raw id). */
function sourceName(kind: string): string {
  const known: Record<string, string> = {
    'pacer-docket': 'the CM/ECF docket report',
    'pacer-history': 'the CM/ECF docket history report',
    'pacer-appellate': 'the court of appeals’ docket report',
    courtlistener: 'CourtListener',
  };
  return known[kind] ?? findSource(kind)?.called ?? 'a docket report';
}

/** The appeals' dockets on the district case's page (newest entries), and the way back. */
function linkedSection(linked: readonly LinkedCase[]): SafeHtml {
  if (linked.length === 0) return html``;
  return html`${linked.map((l) =>
    l.relation === 'origin'
      ? html`<p class="linked origin">Appeal from <a href="${l.info.path}">${l.info.name ?? l.info.key}</a> (${courtLabel(l.info.court)} · No. ${l.info.docketNumber}).</p>`
      : html`<section class="linked appeal" aria-label="Appeal ${l.info.docketNumber}">
<h2>Appeal: ${courtLabel(l.info.court)} No. ${l.info.docketNumber}</h2>
<p><a href="${l.info.path}">The appeal's whole docket</a></p>
${
  l.entries.length === 0
    ? html`<p class="empty">No entry of the appeal has been seen yet.</p>`
    : html`<ol class="entries">${l.entries.map((e) => entryItem(e, l.info.path, [], l.info.court))}</ol>`
}
</section>`,
  )}`;
}

/** For the legal team: entries with dates or hearing, stay or deadline words that were not read. */
function needsReviewSection(reviews: readonly EntryReview[]): SafeHtml {
  if (reviews.length === 0) return html``;
  const why = {
    unread: 'not read',
    partly_read: 'partly read',
    uncertain: 'read, but not sure',
    disagrees: 'the document and the docket text disagree',
  } as const;
  return html`<section class="needs-review" aria-labelledby="needs-review-h">
<h2 id="needs-review-h">${needReadingText(reviews.length)}</h2>
<p>docketwatch found dates, periods or hearing, stay or deadline words in these entries that it could not read with confidence (those are not in the deadlines above; what it did read in an entry is), or a document that dates something on another day than its docket text.</p>
<ul class="deadline-list">${reviews.map(
    (r) => html`<li class="deadline review-entry"><span class="due">${formatDate(r.dateFiled)}</span>
<span class="what">${r.entryNumber ? `[${r.entryNumber}] ` : ''}${clip(r.words, 240)}</span>
<span class="review">${why[r.reason]}: ${r.triggers.map((t) => `“${t}”`).join(', ')}</span></li>`,
  )}</ul>
</section>`;
}

function postureSection(posture: CasePosture, read: boolean): SafeHtml {
  return html`<section class="posture" aria-labelledby="posture-h">
<h2 id="posture-h" class="visually-hidden">What is in force</h2>
${
  !read
    ? html`<p class="in-force unread">docketwatch has not read this case’s docket yet, so it cannot say whether a stay or injunction is in force. The sources below say what was tried.</p>`
    : posture.inForce.length === 0
      ? html`<p class="in-force none">docketwatch has found no stay or injunction in force as of ${formatDate(posture.asOf)}.</p>`
      : posture.inForce.map(
          (f) =>
            html`<p class="in-force ${f.kind}">${f.text}</p>${
              // Days are counted to a last day only: "until further order" has none (its text says so).
              f.until && /^\d{4}-\d{2}-\d{2}$/.test(f.until)
                ? html`<p class="in-force-days">${untilText(posture.asOf, f.until)}</p>`
                : html``
            }`,
        )
}${read ? posture.onHold.map((f) => html`<p class="on-hold ${f.kind}">${f.text}</p>`) : html``}${
  read && posture.transferred
    ? html`<p class="transferred">${transferredText(posture.transferred)}</p>`
    : html``
}
</section>`;
}

/** Where the case went (or came from), as the posture records it. */
function transferredText(moved: NonNullable<CasePosture['transferred']>): string {
  const there = moved.docketNumber ? ` (No. ${moved.docketNumber} there)` : '';
  return moved.direction === 'out'
    ? `Transferred to ${moved.court}${there} on ${formatDate(moved.date)}: the case goes on there, and the orders entered here stay in force until that court acts on them.`
    : `Transferred here from ${moved.court}${there} on ${formatDate(moved.date)}.`;
}

function untilText(asOf: string, until: string): string {
  const days = Math.round((Date.parse(until) - Date.parse(asOf)) / 86_400_000);
  if (days < 0) return `Ended ${formatDate(until)}.`;
  if (days === 0) return 'Today is the last day.';
  return `${days} day${days === 1 ? '' : 's'} left (last day ${formatDate(until)}).`;
}

function deadlinesSection(posture: CasePosture, court: string): SafeHtml {
  const upcoming = posture.nextDeadlines;
  return html`<section class="deadlines" aria-labelledby="deadlines-h">
<h2 id="deadlines-h">Upcoming deadlines</h2>
${
  upcoming.length === 0
    ? html`<p class="empty">No upcoming deadline found on the docket.</p>`
    : html`<ul class="deadline-list">${upcoming.map(
        (d) => html`<li class="deadline ${d.daysLeft !== null && d.daysLeft <= 2 ? 'soon' : ''}">
<span class="due">${d.due ? formatDate(d.due) : 'date not set'}${d.dueTime ? html`, ${formatTime(d.dueTime)}` : html``}</span>
<span class="what">${d.party ? `${d.party}: ` : ''}${deadlineIn('en', d.what, court)}</span>
${d.daysLeft !== null ? html`<span class="days-left">${daysLeftText(d.daysLeft)}</span>` : html``}
${d.review === 'proposed' ? html`<span class="review">read from the docket, not yet checked by a person${d.why ? html`: “${clip(d.why.words.replace(/\s+/g, ' '), 200)}” (rule ${d.why.rule})` : html``}</span>` : html``}
</li>`,
      )}</ul>`
}
${
  posture.hearings.length > 0
    ? html`<h3>Hearings</h3><ul class="deadline-list">${posture.hearings.map(
        (
          h,
        ) => html`<li class="deadline"><span class="due">${formatDate(h.date)}${h.time ? html`, ${formatTime(h.time)}` : html``}</span>
<span class="what">${humanize(h.type)}</span>${h.date ? html`<span class="days-left">${daysLeftText(Math.round((Date.parse(h.date) - Date.parse(posture.asOf)) / 86_400_000))}</span>` : html``}</li>`,
      )}</ul>`
    : html``
}
${
  posture.missing.length > 0
    ? html`<h3>Expected filings not seen</h3><ul class="deadline-list">${posture.missing.map(
        (m) =>
          html`<li class="deadline missing"><span class="due">${formatDate(m.due)}</span><span class="what">${deadlineIn('en', m.what, court)}</span></li>`,
      )}</ul>`
    : html``
}
</section>`;
}

function timelineSection(p: CasePageInput): SafeHtml {
  const shown = p.timeline.slice(0, TIMELINE_LIMIT);
  const f = p.filter;
  const filtered = isFiltered(f);
  return html`<section class="timeline" aria-labelledby="timeline-h">
<h2 id="timeline-h">Docket</h2>
<form class="filter" method="get" action="${p.info.path}" role="search">
<label class="search">Search the docket <input type="search" name="q" value="${f.q ?? ''}" maxlength="200" placeholder="words in the entry, e.g. stay"></label>
<fieldset class="range"><legend>Filed</legend>
<label>from <input type="date" name="from" value="${f.from ?? ''}"></label>
<label>to <input type="date" name="to" value="${f.to ?? ''}"></label></fieldset>
<fieldset class="range"><legend>Entry numbers</legend>
<label>from <input type="number" name="first" min="0" max="9999999" inputmode="numeric" value="${f.first ?? ''}"></label>
<label>to <input type="number" name="last" min="0" max="9999999" inputmode="numeric" value="${f.last ?? ''}"></label></fieldset>
<label><input type="checkbox" name="orders" value="1"${f.ordersOnly ? html` checked` : html``}> Orders only</label>
<label>Kind <select name="kind"><option value="">All kinds</option>${ENTRY_KINDS.map(
    (k) => html`<option value="${k}"${f.kind === k ? html` selected` : html``}>${humanize(k)}</option>`,
  )}</select></label>
${p.lang && p.lang !== 'en' ? html`<input type="hidden" name="lang" value="${p.lang}">` : html``}
<button type="submit">Filter</button>${filtered ? html` <a href="${p.info.path}">Show everything</a>` : html``}
</form>
${filtered ? html`<p class="filter-result" role="status">${p.timeline.length} ${p.timeline.length === 1 ? 'entry matches' : 'entries match'}${filterWords(f)}.</p>` : html``}
${
  shown.length === 0
    ? html`<p class="empty">${filtered ? 'No entry matches this filter.' : 'No docket entry has been seen yet.'}</p>`
    : html`<ol class="entries">${shown.map((e) => entryItem(e, p.info.path, p.documents?.get(e.entry) ?? [], p.info.court))}</ol>`
}
${p.timeline.length > shown.length ? html`<p class="more">Showing the newest ${shown.length} of ${p.timeline.length} entries. The JSON API has them all.</p>` : html``}
</section>`;
}

/** The filter in words: ` containing “stay”, filed June 1, 2017 to July 31, 2017, entries 1 to 100`. */
function filterWords(f: TimelineFilter): string {
  const parts: string[] = [];
  if (f.q) parts.push(`containing “${f.q}”`);
  if (f.from && f.to) parts.push(`filed ${formatDate(f.from)} to ${formatDate(f.to)}`);
  else if (f.from) parts.push(`filed on or after ${formatDate(f.from)}`);
  else if (f.to) parts.push(`filed on or before ${formatDate(f.to)}`);
  if (f.first != null && f.last != null) parts.push(`numbered ${f.first} to ${f.last}`);
  else if (f.first != null) parts.push(`numbered ${f.first} or higher`);
  else if (f.last != null) parts.push(`numbered up to ${f.last}`);
  if (f.ordersOnly) parts.push('orders only');
  if (f.kind) parts.push(`of kind ${humanize(f.kind)}`);
  return parts.length > 0 ? `: ${parts.join(', ')}` : '';
}

function entryItem(
  e: TimelineEntry,
  base: string,
  texts: readonly StoredDocumentLink[],
  court: string,
): SafeHtml {
  const doc = safeUrl(e.documentUrl);
  return html`<li id="entry-${e.entry}" class="entry kind-${e.kind}${e.status === 'vanished' ? ' vanished' : ''}">
<p class="entry-meta"><span class="date">${e.day ? formatDate(e.day) : 'undated'}</span> · <span class="number">${entryLabel(e.number, court)}</span> · <span class="kind">${humanize(e.kind)}</span>${e.status === 'vanished' ? html` · <span class="vanished-note">no longer on the court's docket</span>` : html``}</p>
<p class="entry-text">${e.description || e.shortDescription || ''}</p>
${doc ? html`<p class="entry-doc"><a href="${doc}" rel="noopener noreferrer nofollow">Document</a></p>` : html``}
${texts.map(
  (t) =>
    html`<p class="entry-text-link"><a href="${base}/documents/${t.sha256}">${t.attachment === 0 ? 'Text of the document' : `Text of attachment ${t.attachment}`}</a> (${t.pages} ${t.pages === 1 ? 'page' : 'pages'}${t.ocrPages > 0 ? `, ${t.ocrPages} read by OCR` : ''})</p>`,
)}
</li>`;
}

function coverageSection(p: CasePageInput): SafeHtml {
  // Said once, from the one reading of what was seen (db/sources.ts `docketCoverage`); the source
  // lines below say what each source can list, never the opposite of it.
  const complete = p.docket.complete !== null;
  return html`<section class="coverage" aria-labelledby="coverage-h">
<h2 id="coverage-h">Where this comes from</h2>
<p class="coverage-summary">${coverageNote('en', p.docket)}</p>
${p.coverage.length > 0 ? html`<ul class="sources">${p.coverage.map((s) => html`<li title="${s.id}">${coverageLine(s, p.now)}</li>`)}</ul>` : html``}
${complete ? html`` : backfillOffer(p)}
</section>`;
}

/** How a maintainer fills in what the feeds did not carry: CourtListener, or a PACER docket report. */
function backfillOffer(p: CasePageInput): SafeHtml {
  const has = new Set(p.coverage.map((s) => s.type));
  const key = p.info.key;
  const offers: SafeHtml[] = [];
  if (!has.has('courtlistener'))
    offers.push(
      html`<li>from CourtListener’s RECAP archive (free; needs a <code>COURTLISTENER_TOKEN</code>): <code>docketwatch source add courtlistener --case ${key}</code></li>`,
    );
  if (!has.has('pacer-docket'))
    offers.push(
      html`<li>from a PACER docket report, within the monthly PACER budget (<code>PACER_MONTHLY_BUDGET_USD</code>; $0.10 a page, at most $3.00 a report): <code>docketwatch source add pacer-docket --case ${key} --config '{"pacerCaseId":"…"}'</code></li>`,
    );
  if (offers.length === 0) return html``;
  return html`<details class="backfill"><summary>Fill in the rest</summary><p>A maintainer can add the earlier entries:</p><ul>${offers}</ul></details>`;
}

function coverageLine(s: SourceCoverage, now: Date): SafeHtml {
  const what = findSource(s.type)?.called ?? `source ${s.type}`;
  const checked = s.lastFetch
    ? `checked ${ago(s.lastFetch.at, now)}${s.lastFetch.status === 'failed' ? ' (that check failed)' : ''}`
    : s.lastSeen
      ? `last gave an entry ${ago(s.lastSeen, now)}`
      : 'not checked yet';
  const partial = s.partial
    ? Array.isArray(s.entryTypes) && s.entryTypes.length > 0
      ? `${what} is partial (it carries only ${s.entryTypes.join(', ')})`
      : `${what} is partial (it does not carry every entry)`
    : `${what} lists every entry the court makes public`;
  const says = s.declared
    ? html` <span class="declared">It describes itself as “${s.declared}”.</span>`
    : html``;
  // The source's id is for maintainers (`docketwatch sources`, /admin); people read its name.
  return html`${capital(checked)}: ${partial}.${says}`;
}

function followSection(p: CasePageInput): SafeHtml {
  const base = p.info.path;
  return html`<section class="follow" aria-labelledby="follow-h">
<h2 id="follow-h">${t(p.lang ?? 'en', 'follow.title')}</h2>
<ul class="links">
<li><a href="${base}/calendar.ics">${t(p.lang ?? 'en', 'follow.calendar')}</a></li>
<li><a href="${base}/key-dates?lang=${p.lang ?? 'en'}">${t(p.lang ?? 'en', 'calendar.page.link')}</a> (<a href="${base}/calendar.ics?audience=advocate&amp;lang=${p.lang ?? 'en'}">.ics</a>)</li>
<li><a href="${base}/feed.atom">${t(p.lang ?? 'en', 'follow.feed')}</a></li>
<li><a href="/api${base}">JSON</a></li>
</ul>
${p.csrf === null ? html`<p class="empty">${t(p.lang ?? 'en', 'form.off')}</p>` : subscribeForm(p.info, p.csrf, undefined, p.lang ?? 'en')}
<p><a href="/subscribe?case=${encodeURIComponent(p.info.key)}&amp;lang=${p.lang ?? 'en'}">${t(p.lang ?? 'en', 'form.title')}</a></p>
</section>`;
}

export interface KeyDatesPageInput {
  info: CaseInfo;
  dates: readonly Occurrence[];
  people: CaseClasses | null;
  /** Today in the court's time zone: what is coming up and what is past. */
  today: string;
  lang: Language;
  path: string;
  /** Absolute link to the advocates' .ics in this language. */
  icsUrl: string;
  /** The day asked for (`?as-of=`), when not today. */
  asOf: string | null;
  /** What was in force on `today`, as the digests list it. */
  inForce: readonly InForce[];
  /** Each order that changed what protected people, by `today`, oldest first, in the page's language. */
  changes: readonly { date: string; headline: string; sentence: string; label: string | null }[];
  /** What docketwatch has seen of the docket, as the case page says it. */
  docket: DocketCoverage;
}

/** The advocates' key dates as a page, in their language, with the link that adds them to a calendar app. */
export function keyDatesPage(p: KeyDatesPageInput): string {
  const { info, lang } = p;
  const name = info.name ?? info.key;
  const upcoming = p.dates.filter((d) => !d.cancelled && d.due >= p.today);
  const past = p.dates.filter((d) => d.cancelled || d.due < p.today).reverse();
  const list = (dates: readonly Occurrence[]) =>
    dates.length === 0
      ? html`<p class="empty">${t(lang, 'calendar.page.none')}</p>`
      : html`<ul class="key-dates">${dates.map(
          (
            d,
          ) => html`<li class="${d.cancelled ? 'cancelled' : ''}"><span class="when">${dateIn(lang, d.due)}${d.dueTime ? html` · ${timeIn(lang, d.dueTime)}` : html``}</span>
<span class="summary">${d.summary}</span>
<p class="description">${d.description}</p></li>`,
        )}</ul>`;
  return layout(
    t(lang, 'calendar.page.title', { title: name }),
    html`<p class="crumbs"><a href="${info.path}?lang=${lang}">${t(lang, 'calendar.page.back')}</a></p>
<h1>${sentence(lang, 'calendar.page.title', { title: html`<bdi lang="en">${name}</bdi>` })}</h1>
<p class="case-id" lang="en" dir="ltr">${courtLabel(info.court)} · No. ${info.docketNumber}</p>
${coveredOn(p.people, p.today, lang, info.path)}
${p.asOf ? html`<p class="as-of">${t(lang, 'calendar.page.asOf', { date: dateIn(lang, p.asOf) })}</p>` : html``}
${protectionSection(p)}
<p>${t(lang, 'calendar.page.intro')}</p>
<p><a class="add-calendar" href="${p.icsUrl}">${t(lang, 'calendar.page.add')}</a></p>
<p class="hint">${t(lang, 'calendar.page.addHint')}${lang === 'en' ? '' : ` ${t(lang, 'calendar.page.englishNote')}`}</p>
<section aria-labelledby="upcoming-h"><h2 id="upcoming-h">${t(lang, 'calendar.page.upcoming')}</h2>${list(upcoming)}</section>
<section aria-labelledby="past-h"><h2 id="past-h">${t(lang, 'calendar.page.past')}</h2>${list(past)}</section>
<section class="coverage" aria-labelledby="coverage-h"><h2 id="coverage-h">${t(lang, 'coverage.title')}</h2><p class="coverage-summary">${coverageNote(lang, p.docket)}</p></section>`,
    { lang, path: p.path },
  );
}

/**
 * What protected people on the page's day and, order by order, what granted, changed or ended it:
 * the stored posture and the changes told as the advocates' alerts told them.
 */
function protectionSection(p: KeyDatesPageInput): SafeHtml {
  const { lang } = p;
  const day = dateIn(lang, p.today);
  const inForce =
    p.inForce.length === 0
      ? html`<p class="nothing">${t(lang, 'posture.nothing')}</p>`
      : html`<ul class="in-force">${p.inForce.map((f) => {
          const r = inForceRow(lang, f, p.today);
          return html`<li>${r.name}${r.since}: ${r.term}${r.notes}</li>`;
        })}</ul>`;
  const changes =
    p.changes.length === 0
      ? html`<p class="empty">${t(lang, 'protection.none')}</p>`
      : html`<ol class="protection">${p.changes.map(
          (
            c,
          ) => html`<li><span class="when">${dateIn(lang, c.date)}</span> <strong class="headline">${c.headline}</strong>${c.label ? html` <span class="entry">(${c.label})</span>` : html``}
<p class="sentence">${c.sentence}</p></li>`,
        )}</ol>`;
  return html`<section class="protection" aria-labelledby="protection-h"><h2 id="protection-h">${t(lang, 'protection.title')}</h2>
<h3>${t(lang, 'protection.inForce', { date: day })}</h3>
${inForce}
<p>${t(lang, 'protection.intro', { date: day })}</p>
${changes}
</section>`;
}

/** Links to this page in each language docketwatch writes in. */
function languageLinks(path: string, current: Language): SafeHtml {
  const [pathname, query = ''] = path.split('?');
  const params = new URLSearchParams(query);
  const links = LANGUAGES.map((l) => {
    params.set('lang', l);
    return l === current
      ? html`<strong lang="${l}">${LANGUAGE_NAMES[l]}</strong>`
      : html`<a href="${pathname}?${params.toString()}" lang="${l}" hreflang="${l}">${LANGUAGE_NAMES[l]}</a>`;
  });
  return html`<p class="languages">${t(current, 'page.languages')} ${links.map((l, i) => (i === 0 ? l : html` · ${l}`))}</p>`;
}

export function subscribeForm(info: CaseInfo, csrf: string, error?: string, lang: Language = 'en'): SafeHtml {
  return html`<form class="subscribe" method="post" action="/subscribe" lang="${lang}" dir="${direction(lang)}">
<h3>${t(lang, 'form.title')}</h3>
${error ? html`<p class="error" role="alert">${t(lang, 'form.invalid')} <span lang="en" dir="ltr">${error}</span></p>` : html``}
<input type="hidden" name="_csrf" value="${csrf}">
<input type="hidden" name="case" value="${info.key}">
<label for="email">${t(lang, 'form.email')}</label>
<input id="email" name="email" type="email" required autocomplete="email" maxlength="254" dir="ltr">
<fieldset><legend>${t(lang, 'form.which')}</legend>
<label><input type="radio" name="audience" value="advocate" checked> ${t(lang, 'form.advocate')}</label>
<label><input type="radio" name="audience" value="legal"> ${t(lang, 'form.legal')}</label>
</fieldset>
<label for="frequency">${t(lang, 'form.often')}</label>
<select id="frequency" name="frequency">
<option value="immediate">${t(lang, 'form.immediate')}</option>
<option value="daily" selected>${t(lang, 'form.daily')}</option>
<option value="weekly">${t(lang, 'form.weekly')}</option>
</select>
${languageSelect(lang, lang)}
<button type="submit">${t(lang, 'form.submit')}</button>
<p class="hint">${t(lang, 'form.hint')}</p>
</form>`;
}

/** A kept document's text, page by page, with the entry it belongs to. */
export function documentTextPage(p: {
  info: CaseInfo;
  entry: { key: string; number: string | null; description: string };
  attachment: number;
  pages: readonly { number: number; text: string; ocr: boolean }[];
  unread: readonly number[];
}): string {
  const name = p.info.name ?? p.info.key;
  const what = p.attachment === 0 ? 'Document' : `Attachment ${p.attachment}`;
  return layout(
    `${what} of ${entryLabel(p.entry.number, p.info.court)} · ${name}`,
    html`<p class="crumbs"><a href="${p.info.path}">${name}</a> › <a href="${p.info.path}#entry-${p.entry.key}">${entryLabel(p.entry.number, p.info.court)}</a></p>
<h1>${what} of ${entryLabel(p.entry.number, p.info.court)}</h1>
<p class="entry-text">${p.entry.description}</p>
<p class="note">The text as docketwatch read it from the PDF (page stamps and line numbers removed). The court's document is the record.</p>
${p.unread.length > 0 ? html`<p class="warning">Not read: page${p.unread.length === 1 ? '' : 's'} ${p.unread.join(', ')}.</p>` : html``}
${p.pages.map(
  (pg) => html`<section class="document-page" id="page-${pg.number}">
<h2>Page ${pg.number}${pg.ocr ? html` <span class="ocr">read by OCR</span>` : html``}</h2>
<pre class="document-text">${pg.text}</pre>
</section>`,
)}`,
  );
}

export function languageSelect(lang: Language, selected: Language): SafeHtml {
  return html`<label for="language">${t(lang, 'form.language')}</label>
<select id="language" name="language">${LANGUAGES.map(
    (l) =>
      html`<option value="${l}" lang="${l}"${l === selected ? html` selected` : html``}>${LANGUAGE_NAMES[l]}</option>`,
  )}</select>
<p class="hint">${t(lang, 'form.languageNote')}</p>`;
}

/** `/subscribe`: the form for one case (`?case=COURT:DOCKET`), or the cases to choose from. */
export function subscribePage(
  cases: readonly CaseInfo[],
  chosen: CaseInfo | null,
  csrf: string | null,
  lang: Language,
  path: string,
): string {
  if (chosen) {
    const title = t(lang, 'subscribe.title', { title: chosen.name ?? chosen.key });
    return layout(
      title,
      html`<h1>${sentence(lang, 'subscribe.title', { title: html`<bdi lang="en">${chosen.name ?? chosen.key}</bdi>` })}</h1><p class="case-id" lang="en" dir="ltr">${courtLabel(chosen.court)} · No. ${chosen.docketNumber}</p>
${csrf === null ? html`<p class="empty">${t(lang, 'form.off')}</p>` : subscribeForm(chosen, csrf, undefined, lang)}`,
      { lang, path },
    );
  }
  return layout(
    t(lang, 'form.title'),
    html`<h1>${t(lang, 'form.title')}</h1><p>${t(lang, 'subscribe.pick')}</p>
<ul class="cases">${cases.map(
      (
        c,
      ) => html`<li><a href="/subscribe?case=${encodeURIComponent(c.key)}&amp;lang=${lang}" lang="en" dir="ltr"><span class="case-name">${c.name ?? c.key}</span>
<span class="case-id">${courtLabel(c.court)} · ${c.docketNumber}</span></a></li>`,
    )}</ul>`,
    { lang, path },
  );
}

export function messagePage(title: string, body: SafeHtml, lang: Language = 'en', path?: string): string {
  return layout(title, html`<h1>${title}</h1>${body}`, { lang, ...(path ? { path } : {}) });
}

export function describeSubscription(s: SubscriptionView, lang: Language = 'en'): string {
  return t(lang, 'describe', { audience: s.audience, frequency: s.frequency });
}

/** A translated sentence with pieces of markup (an address, a case link) put in its places. */
function sentence(
  lang: Language,
  key: MessageKey,
  parts: Record<string, SafeHtml>,
  selects: Record<string, string> = {},
): SafeHtml {
  const marks = Object.fromEntries(Object.keys(parts).map((k, i) => [k, `\uE000${i}\uE001`]));
  const text = t(lang, key, { ...selects, ...marks });
  const pieces = text.split(/\uE000(\d+)\uE001/);
  const values = Object.values(parts);
  return html`${pieces.map((p, i) => (i % 2 === 0 ? html`${p}` : values[Number(p)]!))}`;
}

export function unsubscribePage(
  token: string,
  s: SubscriptionView | null,
  lang: Language = 'en',
  info: CaseInfo | null = null,
): string {
  return messagePage(
    t(lang, 'unsubscribe.title'),
    html`${s ? html`<p>${sentence(lang, 'unsubscribe.question', { email: html`<strong dir="ltr">${s.email}</strong>`, title: html`<strong dir="ltr">${info?.name ? `${info.name} (${s.case})` : s.case}</strong>` })}</p>` : html`<p>${t(lang, 'unsubscribe.generic')}</p>`}
<form method="post" action="/unsubscribe?token=${token}">
<input type="hidden" name="token" value="${token}">
<button type="submit">${t(lang, 'unsubscribe.title')}</button>
</form>`,
    lang,
  );
}

export function checkEmailPage(email: string, info: CaseInfo, lang: Language): string {
  return messagePage(
    t(lang, 'check.title'),
    html`<p>${sentence(lang, 'check.body', { email: html`<strong dir="ltr">${email}</strong>`, title: html`<a href="${info.path}?lang=${lang}" dir="ltr">${info.name ?? info.key}</a>` })}</p><p class="hint">${t(lang, 'check.hint')}</p>`,
    lang,
  );
}

export function confirmedPage(
  s: SubscriptionView,
  info: CaseInfo | null,
  manageUrl: string,
  lang: Language,
): string {
  return messagePage(
    t(lang, 'confirmed.title'),
    html`<p>${sentence(lang, 'confirmed.body', {
      email: html`<strong dir="ltr">${s.email}</strong>`,
      title: html`<a href="${info?.path ?? '/'}?lang=${lang}" dir="ltr">${info?.name ?? s.case}</a>`,
      what: html`${describeSubscription(s, lang)}`,
    })}</p>
<p>${t(lang, 'confirmed.welcome')}</p>
<p><a class="manage" href="${manageUrl}">${t(lang, 'confirmed.manage')}</a></p>`,
    lang,
  );
}

export function managePage(
  s: SubscriptionView,
  caseInfo: CaseInfo | null,
  manageToken: string,
  unsubscribeToken: string,
  csrf: string,
  saved = false,
  lang: Language = s.language,
): string {
  const often = { immediate: 'form.immediate', daily: 'form.daily', weekly: 'form.weekly' } as const;
  return messagePage(
    t(lang, 'manage.title'),
    html`${saved ? html`<p class="notice" role="status">${t(lang, 'manage.saved')}</p>` : html``}
<p>${sentence(lang, 'manage.follows', { email: html`<strong dir="ltr">${s.email}</strong>`, title: html`<a href="${caseInfo?.path ?? '/'}?lang=${lang}" dir="ltr">${caseInfo?.name ?? s.case}</a>` })} ${t(lang, 'manage.status', { status: s.status })}</p>
<form method="post" action="/manage">
<input type="hidden" name="_csrf" value="${csrf}">
<input type="hidden" name="token" value="${manageToken}">
<fieldset><legend>${t(lang, 'form.which')}</legend>
<label><input type="radio" name="audience" value="advocate"${s.audience === 'advocate' ? html` checked` : html``}> ${t(lang, 'form.advocate')}</label>
<label><input type="radio" name="audience" value="legal"${s.audience === 'legal' ? html` checked` : html``}> ${t(lang, 'form.legal')}</label>
</fieldset>
<label for="frequency">${t(lang, 'form.often')}</label>
<select id="frequency" name="frequency">${(['immediate', 'daily', 'weekly'] as const).map(
      (f) =>
        html`<option value="${f}"${s.frequency === f ? html` selected` : html``}>${t(lang, often[f])}</option>`,
    )}</select>
${languageSelect(lang, s.language)}
<button type="submit">${t(lang, 'manage.save')}</button>
</form>
<p><a href="/unsubscribe?token=${unsubscribeToken}&amp;lang=${lang}">${t(lang, 'unsubscribe.title')}</a></p>`,
    lang,
  );
}

export function adminLoginPage(csrf: string, error?: string): string {
  return messagePage(
    'Maintainers',
    html`${error ? html`<p class="error" role="alert">${error}</p>` : html``}
<form method="post" action="/admin/login">
<input type="hidden" name="_csrf" value="${csrf}">
<label for="token">Admin token</label>
<input id="token" name="token" type="password" required autocomplete="current-password">
<button type="submit">Sign in</button>
</form>`,
  );
}

export interface AdminPageInput {
  sources: readonly SourceHealth[];
  outbox: Record<string, number>;
  subscriptions: Record<string, number>;
  cases: readonly CaseInfo[];
  records: readonly { info: CaseInfo; views: readonly RecordView[]; needsReview?: number }[];
  now: Date;
  csrf: string;
  /** The saved searches and their proposals (`search-pages.ts`). */
  searches?: SafeHtml;
}

/** The maintainers' upload of a court document (a PDF) for a docket entry. */
function documentUploadForm(p: AdminPageInput): SafeHtml {
  if (p.cases.length === 0) return html``;
  return html`<section class="document-upload" aria-labelledby="upload-h">
<h2 id="upload-h">Add a court document</h2>
<form method="post" action="/admin/documents" enctype="multipart/form-data">
<input type="hidden" name="_csrf" value="${p.csrf}">
<label>Case <select name="case">${p.cases.map((c) => html`<option value="${c.key}">${c.name ?? c.key}</option>`)}</select></label>
<label>Entry number <input name="entry" required inputmode="numeric" size="6"></label>
<label>Attachment <input name="attachment" value="0" inputmode="numeric" size="4"></label>
<label>PDF <input type="file" name="file" accept="application/pdf" required></label>
<button type="submit">Add</button>
</form>
<p class="note">The text is read (OCR for scanned pages) and the order's deadlines are found; sealed or restricted entries are refused.</p>
</section>`;
}

export function adminPage(p: AdminPageInput): string {
  return layout(
    'Maintainers',
    html`<h1>Source health</h1>
<form method="post" action="/admin/logout" class="inline"><input type="hidden" name="_csrf" value="${p.csrf}"><button type="submit">Sign out</button></form>
${documentUploadForm(p)}
${
  p.sources.length === 0
    ? html`<p class="empty">No source yet.</p>`
    : html`<div class="table-wrap"><table class="health">
<thead><tr><th>Source</th><th>Type</th><th>Last check</th><th>Status</th><th>Last success</th><th>24 h</th><th>Coverage</th></tr></thead>
<tbody>${p.sources.map(
        (s) => html`<tr class="${s.failures24h > 0 ? 'failing' : ''}"><td>${s.id}</td><td>${s.type}</td>
<td>${s.lastFetch ? ago(s.lastFetch.at, p.now) : 'never'}</td>
<td>${s.lastFetch ? `${s.lastFetch.status}${s.lastFetch.httpStatus ? ` (${s.lastFetch.httpStatus})` : ''}` : '—'}${s.lastFetch?.error ? html`<br><small>${s.lastFetch.error.slice(0, 300)}</small>` : html``}</td>
<td>${s.lastSuccess ? ago(s.lastSuccess, p.now) : 'never'}</td>
<td>${s.fetches24h} ${s.fetches24h === 1 ? 'check' : 'checks'}, ${s.failures24h} failed</td>
<td>${s.partial ? (Array.isArray(s.entryTypes) && s.entryTypes.length > 0 ? `partial: ${s.entryTypes.join(', ')}` : 'partial') : 'complete'}</td></tr>`,
      )}</tbody></table></div>`
}
${p.searches ?? html``}
<h2>Mail</h2>
<p>Outbox: ${countsText(p.outbox)}. Subscriptions: ${countsText(p.subscriptions)}.</p>
<h2>Cases</h2>
<ul>${p.records.map(
      ({ info, views, needsReview }) =>
        html`<li><a href="${info.path}">${info.name ?? info.key}</a>: ${views.length} deadline records, ${views.filter((v) => v.review === 'proposed').length} not yet reviewed${needsReview ? html`; <strong>${needReadingText(needsReview)}</strong>` : html``}</li>`,
    )}</ul>`,
    { wide: true },
  );
}

function countsText(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${n} ${k}`);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

function courtLabel(court: string): string {
  return findCourt(court)?.name ?? court.toUpperCase();
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
