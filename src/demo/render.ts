/**
 * What the replayed courts publish by a given court instant, in CM/ECF's own formats: the
 * district court's court-wide RSS feed, its HTML docket report, each court of appeals' docket
 * report for its appeal, and a page per document. Everything is a pure function of (history, court time, origin),
 * so identical content renders to identical bytes and an ETag changes only when content does.
 *
 * The feed is partial by default, as E.D. Mich.'s is: only the entry types it declares in its
 * channel description (the history's `feed`, by default `FEED_TYPES`) go in; status reports, transcripts, motions and briefs appear on the
 * docket report only. It keeps the entries of the last `windowHours` court hours (CM/ECF's feeds
 * keep "the last 24 hours"), at most `maxItems`, newest first, and carries a few items of a
 * fictional case so that it is court-wide.
 */
import { DateTime } from 'luxon';
import {
  type AppellateEntry,
  courtInstant,
  type DistrictEntry,
  FEED_TYPES,
  type FeedType,
  linkDocId,
  type ReplayAppeal,
  type ReplayHistory,
} from './history.ts';

export { FEED_TYPES, type FeedType };

export interface Rendered {
  body: string;
  contentType: string;
  /** The court instant of the last change to this content (epoch ms). */
  lastModified: number;
}

export interface FeedOptions {
  /** Court hours an item stays in the feed. Default 24. */
  windowHours?: number;
  /** Most items the feed carries. Default 100. */
  maxItems?: number;
}

export const FEED_WINDOW_HOURS = 24;
export const FEED_MAX_ITEMS = 100;

/** Paths, as CM/ECF names them; each court of appeals lives under its id (`/ca6`). */
export const PATHS = {
  feed: '/cgi-bin/rss_outside.pl',
  docket: '/cgi-bin/DktRpt.pl',
  document: '/doc1/',
  appellateDocket: (court: string) => `/${court}/n/beam/servlet/TransportRoom`,
  appellateDocument: (court: string) => `/${court}/docs1/`,
} as const;

export function docketPath(caseId: string): string {
  return `${PATHS.docket}?${caseId}`;
}

export function appellateDocketPath(court: string, caseNumber: string): string {
  return `${PATHS.appellateDocket(court)}?servlet=CaseSummary.jsp&caseNum=${caseNumber}&incOrigDkt=Y&incDktEntries=Y`;
}

/**
 * The feed type of a docket entry, from how its docket text begins (the CM/ECF event name the
 * clerk or filer chose), or `null` when a partial feed leaves it out.
 */
export function feedType(text: string): FeedType | null {
  const t = text.trimStart();
  if (/^(?:NOTICE OF APPEAL|(?:USCA\s+)?MANDATE\b|OPINION of U\.S\. Court of Appeals|USCA\b)/i.test(t)) {
    return 'appeals';
  }
  if (/^Minute Entry\b/i.test(t)) return 'minute entries';
  if (/^(?:[A-Z][A-Za-z-]*\s+){0,3}ORDER\b|^OPINION\s*(?:AND|&)\s*ORDER\b|^TEXT-ONLY ORDER\b/.test(t)) {
    return 'orders';
  }
  if (/^(?:AMENDED\s+)?JUDGMENT\b/.test(t)) return 'judgments';
  if (/^OPINION\b/.test(t)) return 'opinions';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Escaping and dates

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(s: string): string {
  return escapeXml(s).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function courtTime(ms: number, zone: string): DateTime {
  return DateTime.fromMillis(ms, { zone }).setLocale('en-US');
}

/** RFC 822 with the court's zone, as CM/ECF prints it: `Thu, 22 Jun 2017 19:55:00 EDT`. */
export function rfc822(ms: number, zone: string): string {
  return courtTime(ms, zone).toFormat('ccc, dd LLL yyyy HH:mm:ss ZZZZ');
}

function usDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${m}/${d}/${y}`;
}

function published<T extends { publishedAt: number }>(entries: readonly T[], now: number): T[] {
  return entries.filter((e) => e.publishedAt <= now);
}

function lastChange(times: number[], floor: number): number {
  return times.reduce((a, b) => Math.max(a, b), floor);
}

/** A docket report page, last modified when its newest entry was published (or the case was filed). */
function docketPage(
  body: string,
  entries: readonly { publishedAt: number }[],
  docket: { dateFiled: string; zone: string },
): Rendered {
  const filed = courtInstant(docket.dateFiled, '00:00', docket.zone);
  return {
    body,
    contentType: 'text/html',
    lastModified: lastChange(
      entries.map((e) => e.publishedAt),
      filed,
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// RSS

interface FeedItem {
  publishedAt: number;
  title: string;
  caseId: string;
  shortDescription: string;
  number: number | null;
  docId: string | null;
  seqNo: number;
}

/** A fictional case that shares the court's feed (its items come shortly before some of Hamama's). */
const OTHER_CASE = {
  docketNumber: '2:17-cv-90017',
  caseName: 'Example Tool & Die Co. v. Sample Freight LLC',
  caseId: '399017',
};
const OTHER_EVENTS: { shortDescription: string; numbered: boolean }[] = [
  { shortDescription: 'Scheduling Order', numbered: true },
  { shortDescription: 'Motion Hearing', numbered: false },
  { shortDescription: 'Order on Motion to Compel', numbered: true },
  { shortDescription: 'Judgment', numbered: true },
];

function otherCaseItems(history: ReplayHistory): FeedItem[] {
  const items: FeedItem[] = [];
  history.entries.forEach((e, i) => {
    if (i % 3 !== 0) return;
    const k = i / 3;
    const event = OTHER_EVENTS[k % OTHER_EVENTS.length]!;
    const number = event.numbered ? 10 + k * 4 : null;
    items.push({
      publishedAt: e.publishedAt - 40 * 60_000,
      title: `${OTHER_CASE.docketNumber} ${OTHER_CASE.caseName}`,
      caseId: OTHER_CASE.caseId,
      shortDescription: event.shortDescription,
      number,
      docId: number === null ? null : `0970${String(8_800_000 + number).padStart(7, '0')}`,
      seqNo: 20 + k * 9,
    });
  });
  return items;
}

/** The case's entries the feed carries: all of them, or those of the types it declares. */
function caseItems(history: ReplayHistory): FeedItem[] {
  const carried = (text: string): boolean => {
    if (history.feed === 'all') return true;
    const type = feedType(text);
    return type !== null && history.feed.includes(type);
  };
  return history.entries
    .filter((e) => carried(e.text))
    .map((e) => ({
      publishedAt: e.publishedAt,
      title: `${history.docketNumber} ${history.caseName}`,
      caseId: history.pacerCaseId,
      shortDescription: e.shortDescription,
      number: e.number,
      docId: e.docId,
      seqNo: e.seqNo,
    }));
}

function renderItem(item: FeedItem, origin: string, zone: string): string {
  const docket = `${origin}${docketPath(item.caseId)}`;
  let description = `[${item.shortDescription}]`;
  if (item.number !== null && item.docId !== null) {
    const href = `${origin}${PATHS.document}${linkDocId(item.docId)}?caseid=${item.caseId}&de_seq_num=${item.seqNo}`;
    description += ` (<a href='${href}'>${item.number}</a>)`;
  }
  return [
    '<item>',
    `<title>${escapeXml(item.title)}</title>`,
    `<link>${escapeXml(docket)}</link>`,
    `<description>${escapeXml(description)}</description>`,
    `<guid isPermaLink="true">${escapeXml(`${docket}&${item.seqNo}`)}</guid>`,
    `<pubDate>${rfc822(item.publishedAt, zone)}</pubDate>`,
    '</item>',
  ].join('\n');
}

/** The district court's court-wide feed (`/cgi-bin/rss_outside.pl`) as it reads at court time `now`. */
export function renderFeed(
  history: ReplayHistory,
  origin: string,
  now: number,
  start: number,
  options: FeedOptions = {},
): Rendered {
  const window = (options.windowHours ?? FEED_WINDOW_HOURS) * 3_600_000;
  const maxItems = options.maxItems ?? FEED_MAX_ITEMS;
  const all = [...caseItems(history), ...otherCaseItems(history)].sort(
    (a, b) => b.publishedAt - a.publishedAt || b.seqNo - a.seqNo,
  );
  const items = all.filter((i) => i.publishedAt <= now && i.publishedAt > now - window).slice(0, maxItems);
  // The feed changes when an item arrives and when one ages out; nothing else moves its build date.
  const changes = all.flatMap((i) => [i.publishedAt, i.publishedAt + window]).filter((t) => t <= now);
  const built = lastChange(changes, Math.min(start, now));
  const body = [
    '<?xml version="1.0" encoding="ISO-8859-1"?>',
    '<rss version="2.0">',
    '<channel>',
    `<title>${escapeXml(`${courtShortName(history)} - Recent Entries`)}</title>`,
    `<link>${escapeXml(origin)}</link>`,
    `<description>${history.feed === 'all' ? 'All docket entries' : `Docket entries of type: ${history.feed.join(',')}`}</description>`,
    `<lastBuildDate>${rfc822(built, history.zone)}</lastBuildDate>`,
    ...items.map((i) => renderItem(i, origin, history.zone)),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
  return { body, contentType: 'application/rss+xml', lastModified: built };
}

/** "Eastern District of Michigan" from "U.S. District Court, Eastern District of Michigan (Detroit)". */
function courtShortName(history: ReplayHistory): string {
  return (
    /([A-Z][a-z]+ District of [A-Z][A-Za-z ]+?)(?:\s*\(|$)/.exec(history.courtName)?.[1] ?? history.courtName
  );
}

// ---------------------------------------------------------------------------------------------
// District docket report

function pageHead(title: string): string {
  return `<html><head><title>${escapeXml(title)}</title>\n<script type="text/javascript">function goDLS(a,b,c){return false;}</script></head>\n<body>\n<div id="cmecfMainContent">\n`;
}

const PAGE_END = '</div></body></html>\n';

/**
 * The docket text as a CM/ECF page shows it: references `[N]` to entries become links to their
 * documents (the number alone shows), attachments `# N Name` link to their parts.
 */
function docketTextHtml(entry: DistrictEntry, known: Map<number, DistrictEntry>, origin: string): string {
  let html = '';
  let last = 0;
  const text = entry.text;
  const refs = /\[(\d+)\]|# (\d+)(?= )/g;
  for (let m = refs.exec(text); m !== null; m = refs.exec(text)) {
    html += escapeXml(text.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const target = known.get(Number(m[1]));
      html += target?.docId
        ? `<a href="${escapeAttr(`${origin}${PATHS.document}${linkDocId(target.docId)}`)}">${m[1]}</a>`
        : m[1];
    } else if (entry.docId !== null && /\(Attachments:[^)]*$/.test(text.slice(0, m.index))) {
      const part = Number(m[2]);
      html += `# <a href="${escapeAttr(`${origin}${PATHS.document}${linkDocId(attachmentDocId(entry.docId, part))}`)}">${part}</a>`;
    } else {
      html += escapeXml(m[0]);
    }
  }
  return html + escapeXml(text.slice(last));
}

/** Attachment `part` of a document: the parts follow the main document's id. */
export function attachmentDocId(docId: string, part: number): string {
  const serial = Number(docId.slice(4)) + part;
  return `${docId.slice(0, 4)}${String(serial).padStart(docId.length - 4, '0')}`;
}

/** The docket text as a reader of the report sees it: references without brackets. */
export function visibleDocketText(text: string): string {
  return text.replace(/\[(\d+)\]/g, '$1');
}

function partiesHtml(history: ReplayHistory, visible: Set<number>): string {
  const rows: string[] = [];
  let lastType: string | null = null;
  for (const party of history.parties) {
    if (party.addedBy !== undefined && !visible.has(party.addedBy)) continue;
    if (party.type !== lastType) {
      if (lastType !== null) rows.push('<tr><td>V.</td></tr>');
      rows.push(`<tr><td><b><u>${escapeXml(party.type)}</u></b></td></tr>`);
      lastType = party.type;
    }
    const detail = party.detail ? `<br>${escapeXml(party.detail)}` : '';
    const attorneys = party.attorneys
      .map((name) => {
        const org = history.attorneys[name];
        return `<b>${escapeXml(name)}</b>${org ? `<br>${escapeXml(org)}` : ''}<br><i>LEAD ATTORNEY</i><br><i>ATTORNEY TO BE NOTICED</i>`;
      })
      .join('<br><br>\n');
    rows.push(
      `<tr><td valign="top" width="40%"><b>${escapeXml(party.name)}</b>${detail}</td>\n<td valign="top" width="20%">represented&nbsp;by</td>\n<td valign="top" width="40%">${attorneys}</td></tr>`,
    );
  }
  return `<table width="100%" border="0" cellspacing="5">\n${rows.join('\n')}\n</table>\n`;
}

/** E.D. Mich.'s docket report (`/cgi-bin/DktRpt.pl?<caseid>`) as it reads at court time `now`. */
export function renderDistrictDocket(history: ReplayHistory, origin: string, now: number): Rendered {
  const entries = published(history.entries, now);
  const known = new Map(entries.filter((e) => e.number !== null).map((e) => [e.number!, e]));
  const rows = entries.map((e) => {
    const numberCell =
      e.number === null || e.docId === null
        ? '&nbsp;'
        : `<a href="${escapeAttr(`${origin}${PATHS.document}${linkDocId(e.docId)}`)}" onClick="goDLS('/doc1/${linkDocId(e.docId)}','${history.pacerCaseId}','${e.seqNo}','','','','','');return(false);">${e.number}</a>`;
    return `<tr><td width="94" valign="top" nowrap>${usDate(e.dateFiled)}</td><td style="white-space:nowrap" valign="top" align="right">${numberCell}</td>\n<td valign="top">${docketTextHtml(e, known, origin)}</td></tr>`;
  });
  const body = [
    pageHead(`CM/ECF - U.S. District Court:${history.court}`),
    '<table width="100%" align="right" border="0" cellspacing="5"><tr><td align="right"><h2><font size="3">CLASS,HabeasCorpus</font></h2></td></tr></table>\n<br><br><br>\n',
    `<center><b><font size="+1">U.S. District Court<br>${escapeXml(history.courtName.replace(/^U\.S\. District Court,\s*/, ''))}<br>CIVIL DOCKET FOR CASE #: ${escapeXml(history.docketNumberFull)}</font></b></center>\n`,
    '<table width="100%" border="0" cellspacing="5"><tr>\n',
    `<td valign="top" width="60%"><br>${escapeXml(history.caseName)}<br>\nAssigned to: ${escapeXml(history.assignedTo)}<br>\nReferred to: ${escapeXml(history.referredTo)}<br>\nCause: ${escapeXml(history.cause)}</td>\n`,
    `<td valign="top" width="40%"><br>Date Filed: ${usDate(history.dateFiled)}<br>\nJury Demand: None<br>\nNature of Suit: ${escapeXml(history.natureOfSuit)}<br>\nJurisdiction: ${escapeXml(history.jurisdiction)}</td>\n`,
    '</tr></table>\n<br>\n',
    partiesHtml(history, new Set(known.keys())),
    '<br>\n<table align="center" width="99%" border="1" rules="all" cellpadding="5" cellspacing="0">\n',
    '<tr><th width="94" nowrap>Date Filed</th><th>#</th><th>Docket Text</th></tr>\n',
    rows.join('\n'),
    '\n</table>\n',
    PAGE_END,
  ].join('');
  return docketPage(body, entries, history);
}

// ---------------------------------------------------------------------------------------------
// Appellate docket report

function appellateEntryHtml(e: AppellateEntry, appeal: ReplayAppeal, origin: string): string {
  const entered = courtTime(e.publishedAt, appeal.zone).toFormat('LL/dd/yyyy hh:mm a');
  const href = `${origin}${PATHS.appellateDocument(appeal.court)}${linkDocId(e.docId)}?caseId=${caseIdOfAppeal(appeal)}`;
  // The clerk's stamps, as the court prints them — unless the history's text already carries them
  // ("… [25-1322] (GC)", "… [Entered: 11/06/2025 10:00 AM]"): never twice.
  const numbered = e.text.includes(`[${appeal.docketNumber}]`)
    ? e.text
    : e.text.replace(/\s*(\([A-Z]{2,}\))\s*$/, ` [${appeal.docketNumber}] $1`);
  const text = /\[Entered:[^\]]*\]\s*$/.test(numbered) ? numbered : `${numbered} [Entered: ${entered}]`;
  return `<!-- NEED 1 -->\n<tr><td valign="top">${usDate(e.dateFiled)}</td><td valign="top" nowrap="">\n<input type="checkbox" name="d" value="${e.docId.slice(-7)}">\n<a href="${escapeAttr(href)}" title="Open Document">&nbsp;${e.number}&nbsp;</a>\n</td><td width="90%" valign="top">${escapeXml(text)}</td></tr>`;
}

function caseIdOfAppeal(appeal: ReplayAppeal): string {
  return String(90_000 + Number(appeal.docketNumber.replace(/\D/g, '').slice(-4)));
}

/** True for the entry that decides an appeal (the case is "Termed" from then on). */
function decidesAppeal(text: string): boolean {
  return /^OPINION and JUDGMENT\b|^JUDGMENT\b/i.test(text);
}

/** A court of appeals' docket report for one appeal, as it reads at court time `now`. */
export function renderAppellateDocket(
  history: ReplayHistory,
  appeal: ReplayAppeal,
  origin: string,
  now: number,
): Rendered {
  const entries = published(appeal.entries, now);
  const termed = entries.find((e) => decidesAppeal(e.text));
  const o = appeal.originatingCourt;
  const noaFiled = courtInstant(o.dateNoticeOfAppeal, '00:00', history.zone) <= now;
  const courtOfAppeals = appeal.courtName.replace(/^U\.S\. /, 'United States ');
  const body = [
    `<html><head><title>${escapeXml(appeal.docketNumber)} Docket</title></head>\n<body>\n`,
    `<table width="100%" border="0">\n<tr><td align="center"><b>General Docket<br> ${escapeXml(courtOfAppeals)}</b></td></tr>\n</table>\n`,
    '<table width="100%" border="1" cellpadding="4">\n<!-- ===================== NEW SECTION - Case Stub ======================== -->\n<tr><td>\n<table width="100%" border="0" cellpadding="0" cellspacing="0">\n',
    `<tr><td><b>Court of Appeals Docket #: </b>${escapeXml(appeal.docketNumber)}</td>\n<td valign="top" align="right" rowspan="2">\n<b>Docketed:</b> ${usDate(appeal.dateFiled)}${termed ? `<br><b>Termed:</b> ${usDate(termed.dateFiled)}` : ''}</td></tr>\n`,
    `<tr><td><b>Nature of Suit: </b>${escapeXml(appeal.natureOfSuit)}</td></tr>\n<tr><td>${escapeXml(appeal.caseName)}</td></tr>\n`,
    `<tr><td><b>Appeal From:</b> ${escapeXml(appealFrom(history))}</td></tr>\n<tr><td><b>Fee Status:</b> Fee Not Required</td></tr>\n</table>\n</td></tr>\n`,
    '<!-- =================== NEW SECTION - Orig Court ========================= -->\n<tr><td>\n<table width="100%" border="0" cellpadding="0" cellspacing="0">\n<tr><td colspan="4"><b>Originating Court Information:</b></td></tr>\n',
    `<tr><td colspan="4">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<b>District: </b>0645-2 : <a href="${escapeAttr(`${origin}${docketPath(history.pacerCaseId)}`)}" target="_BLANK">${escapeXml(o.caseNumber)}</a></td></tr>\n`,
    `<tr><td colspan="4">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;<b>Trial Judge: </b>${escapeXml(o.trialJudge)}</td></tr>\n`,
    `<tr><td colspan="2"><b>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Date Filed: </b>${usDate(o.dateFiled)}</td></tr>\n`,
    '<tr>\n<td><b>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Date Order/Judgment:</b></td>\n<td><b>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Date NOA Filed:</b></td>\n</tr>\n',
    `<tr>\n<td>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;${usDate(o.dateOrderJudgment)}</td>\n<td>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;${noaFiled ? usDate(o.dateNoticeOfAppeal) : ''}</td>\n</tr>\n`,
    '</table>\n</td></tr>\n</table>\n',
    '<!-- ===================NEW SECTION - Party/Aty List ====================== -->\n<br>\n<table width="100%" border="1" cellpadding="0">\n<tr><td>\n<table width="100%" border="0" cellpadding="4" cellspacing="0">\n',
    appellateParties(history),
    '</table>\n</td></tr>\n</table>\n',
    '<!-- ================= NEW SECTION - DOCKET ENTRIES =================== -->\n<h1 style="page-break-before: always;"> </h1>\n<form name="dktEntry" action="TransportRoom" method="GET" target="_blank">\n<table width="100%" border="1" cellpadding="0">\n<tr><td>\n<table border="0" cellpadding="4">\n',
    entries.map((e) => appellateEntryHtml(e, appeal, origin)).join('\n'),
    '\n</table>\n</td></tr>\n</table>\n</form>\n</body></html>\n',
  ].join('');
  return docketPage(body, entries, appeal);
}

/** "Eastern District of Michigan at Detroit", as an appellate report names the court appealed from. */
function appealFrom(history: ReplayHistory): string {
  const name = courtShortName(history);
  const seat = /\(([^)]+)\)\s*$/.exec(history.courtName)?.[1];
  return seat ? `${name} at ${seat}` : name;
}

function appellateParties(history: ReplayHistory): string {
  // The history does not say who appealed; the replay reads the case's petitioners or
  // plaintiffs as appellees, as in a government's appeal from relief granted below.
  const role = (type: string): string =>
    `${escapeXml(type)}&nbsp;-&nbsp;${/^(?:Petitioner|Plaintiff)/i.test(type) ? 'Appellee' : 'Appellant'}`;
  const rows = history.parties.map((p) => {
    const name = `${p.name.toUpperCase()}${p.detail ? `, ${escapeXml(p.detail)}` : ''}`;
    const attorneys = p.attorneys
      .map((a) => `${escapeXml(a)}<br>[COR LD NTC]<br>${escapeXml(history.attorneys[a] ?? '')}`)
      .join('<br><br>\n');
    return `<tr><td valign="top" width="50%">${escapeXml(name)}<br>\n&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;${role(p.type)}\n</td>\n<td valign="top" width="50%">\n${attorneys}</td></tr>`;
  });
  const firstRespondent = history.parties.findIndex((p) => p.type !== 'Petitioner');
  if (firstRespondent > 0) rows.splice(firstRespondent, 0, '<tr><td colspan="2">v.<br><br></td></tr>');
  return `${rows.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Documents

const SUMMARY_NOTE =
  "Replay note: the text below is a short summary of the operative terms, written for docketwatch's replay in the order's voice; it is not the court's document.";
const NO_TEXT_NOTE =
  'Replay note: this document is not reproduced in the replay; its docket text is shown instead.';

function documentPage(caption: string, heading: string, note: string, text: string): string {
  return `<html><head><title>${escapeXml(heading)}</title></head>\n<body>\n<p><b>${escapeXml(caption)}</b></p>\n<h3>${escapeXml(heading)}</h3>\n<p><i>${escapeXml(note)}</i></p>\n<p>${escapeXml(text)}</p>\n</body></html>\n`;
}

/**
 * `/doc1/<id>` or `/<court of appeals>/docs1/<id>` (either form of the id): the document's page once it is
 * published, `null` otherwise. Orders with `documentText` show it; other documents show their
 * docket text; attachments say what they are.
 */
export function renderDocument(
  history: ReplayHistory,
  now: number,
  /** `null` for the district court, else the id of the court of appeals asked. */
  appellateCourt: string | null,
  rawId: string,
): Rendered | null {
  if (!/^\d{8,16}$/.test(rawId)) return null;
  const id = `${rawId.slice(0, 3)}0${rawId.slice(4)}`;
  if (appellateCourt !== null) {
    for (const appeal of history.appeals.filter((a) => a.court === appellateCourt)) {
      const e = published(appeal.entries, now).find((x) => x.docId === id);
      if (!e) continue;
      const caption = `${appeal.caseName}, No. ${appeal.docketNumber} (${appeal.courtName})`;
      return {
        body: documentPage(caption, `Document ${e.number}`, NO_TEXT_NOTE, e.text),
        contentType: 'text/html',
        lastModified: e.publishedAt,
      };
    }
    return null;
  }
  const caption = `${history.caseName}, No. ${history.docketNumberFull} (${history.courtName})`;
  for (const e of published(history.entries, now)) {
    if (e.docId === null || e.number === null) continue;
    if (e.docId === id) {
      const heading = `${e.shortDescription} (ECF No. ${e.number}, filed ${usDate(e.dateFiled)})`;
      const page = e.documentText
        ? documentPage(caption, heading, SUMMARY_NOTE, e.documentText)
        : documentPage(caption, heading, NO_TEXT_NOTE, visibleDocketText(e.text));
      return { body: page, contentType: 'text/html', lastModified: e.publishedAt };
    }
    const parts = /\(Attachments:([^)]*)\)/.exec(e.text)?.[1] ?? '';
    for (const m of parts.matchAll(/# (\d+) ([^,#]+)/g)) {
      if (attachmentDocId(e.docId, Number(m[1])) !== id) continue;
      const heading = `Attachment ${m[1]} to ECF No. ${e.number}: ${m[2]!.trim()}`;
      return {
        body: documentPage(caption, heading, NO_TEXT_NOTE, visibleDocketText(e.text)),
        contentType: 'text/html',
        lastModified: e.publishedAt,
      };
    }
  }
  return null;
}
