/**
 * The pages, as functions from data to escaped HTML. No inline script or style anywhere (the
 * Content-Security-Policy forbids both): the look comes from `/static/site.css`, and every page
 * works without JavaScript (filters are GET forms, actions are POST forms).
 */
import { type EntryReview, needReadingText } from '../../db/entry-reviews.ts';
import { findSource } from '../../scrapers/registry.ts';
import { findCourt } from '../courts.ts';
import type { CasePosture, RecordView } from '../deadlines/record.ts';
import { safeUrl } from '../notify/escape.ts';
import { daysLeftText, entryLabel, formatDate, formatTime, humanize } from '../notify/language.ts';
import type { SubscriptionView } from '../notify/subscriptions.ts';
import {
  ago,
  type CaseInfo,
  ENTRY_KINDS,
  type SourceCoverage,
  type SourceHealth,
  type TimelineEntry,
  type TimelineFilter,
} from './data.ts';
import { html, type SafeHtml } from './html.ts';

export const TIMELINE_LIMIT = 500;

export function layout(title: string, body: SafeHtml, options: { wide?: boolean } = {}): string {
  return `<!DOCTYPE html>${html`<html lang="en">
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
<footer class="site"><p>docketwatch reads public court dockets. It can be wrong or late: the court's docket is the record.</p></footer>
</body>
</html>`}`;
}

export function homePage(cases: readonly CaseInfo[]): string {
  return layout(
    'Tracked cases',
    html`<h1>Tracked cases</h1>
${
  cases.length === 0
    ? html`<p>No case is tracked yet. An operator adds one with <code>docketwatch case add</code>.</p>`
    : html`<ul class="cases">${cases.map(
        (c) => html`<li><a href="${c.path}"><span class="case-name">${c.name ?? c.key}</span>
<span class="case-id">${courtLabel(c.court)} · ${c.docketNumber}</span></a></li>`,
      )}</ul>`
}`,
  );
}

export interface CasePageInput {
  info: CaseInfo;
  posture: CasePosture;
  timeline: readonly TimelineEntry[];
  filter: TimelineFilter;
  coverage: readonly SourceCoverage[];
  gaps: readonly { first: number; last: number }[];
  now: Date;
  /** The CSRF token for the subscribe form; `null` when subscriptions are not set up. */
  csrf: string | null;
  /** Entries docketwatch could not fully read: a person should read them. */
  needsReview?: readonly EntryReview[];
}

export function casePage(p: CasePageInput): string {
  const { info, posture } = p;
  const name = info.name ?? info.key;
  return layout(
    name,
    html`<p class="crumbs"><a href="/">All cases</a></p>
<h1>${name}</h1>
<p class="case-id">${courtLabel(info.court)} · No. ${info.docketNumber}</p>
${postureSection(posture)}
${deadlinesSection(posture)}
${needsReviewSection(p.needsReview ?? [])}
${timelineSection(p)}
${coverageSection(p)}
${followSection(p)}`,
  );
}

/** For the legal team: entries with dates or hearing, stay or deadline words that were not read. */
function needsReviewSection(reviews: readonly EntryReview[]): SafeHtml {
  if (reviews.length === 0) return html``;
  const why = { unread: 'not read', partly_read: 'partly read', uncertain: 'read, but not sure' } as const;
  return html`<section class="needs-review" aria-labelledby="needs-review-h">
<h2 id="needs-review-h">${needReadingText(reviews.length)}</h2>
<p>docketwatch found dates, periods or hearing, stay or deadline words in these entries that it could not read with confidence. They are not in the deadlines above.</p>
<ul class="deadline-list">${reviews.map(
    (r) => html`<li class="deadline review-entry"><span class="due">${formatDate(r.dateFiled)}</span>
<span class="what">${r.entryNumber ? `[${r.entryNumber}] ` : ''}${r.words.slice(0, 240)}${r.words.length > 240 ? '…' : ''}</span>
<span class="review">${why[r.reason]}: ${r.triggers.map((t) => `“${t}”`).join(', ')}</span></li>`,
  )}</ul>
</section>`;
}

function postureSection(posture: CasePosture): SafeHtml {
  return html`<section class="posture" aria-labelledby="posture-h">
<h2 id="posture-h" class="visually-hidden">What is in force</h2>
${
  posture.inForce.length === 0
    ? html`<p class="in-force none">docketwatch has found no stay or injunction in force as of ${formatDate(posture.asOf)}.</p>`
    : posture.inForce.map(
        (f) =>
          html`<p class="in-force ${f.kind}">${f.text}</p>${
            f.until ? html`<p class="in-force-days">${untilText(posture.asOf, f.until)}</p>` : html``
          }`,
      )
}
</section>`;
}

function untilText(asOf: string, until: string): string {
  const days = Math.round((Date.parse(until) - Date.parse(asOf)) / 86_400_000);
  if (days < 0) return `Ended ${formatDate(until)}.`;
  if (days === 0) return 'Today is the last day.';
  return `${days} day${days === 1 ? '' : 's'} left (last day ${formatDate(until)}).`;
}

function deadlinesSection(posture: CasePosture): SafeHtml {
  const upcoming = posture.nextDeadlines;
  return html`<section class="deadlines" aria-labelledby="deadlines-h">
<h2 id="deadlines-h">Upcoming deadlines</h2>
${
  upcoming.length === 0
    ? html`<p class="empty">No upcoming deadline found on the docket.</p>`
    : html`<ul class="deadline-list">${upcoming.map(
        (d) => html`<li class="deadline ${d.daysLeft !== null && d.daysLeft <= 2 ? 'soon' : ''}">
<span class="due">${d.due ? formatDate(d.due) : 'date not set'}${d.dueTime ? html`, ${formatTime(d.dueTime)}` : html``}</span>
<span class="what">${d.party ? `${d.party}: ` : ''}${d.what}</span>
${d.daysLeft !== null ? html`<span class="days-left">${daysLeftText(d.daysLeft)}</span>` : html``}
${d.review === 'proposed' ? html`<span class="review">read from the docket, not yet checked by a person</span>` : html``}
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
          html`<li class="deadline missing"><span class="due">${formatDate(m.due)}</span><span class="what">${m.what}</span></li>`,
      )}</ul>`
    : html``
}
</section>`;
}

function timelineSection(p: CasePageInput): SafeHtml {
  const shown = p.timeline.slice(0, TIMELINE_LIMIT);
  const filtered = p.filter.ordersOnly || p.filter.kind !== null;
  return html`<section class="timeline" aria-labelledby="timeline-h">
<h2 id="timeline-h">Docket</h2>
<form class="filter" method="get" action="${p.info.path}">
<label><input type="checkbox" name="orders" value="1"${p.filter.ordersOnly ? html` checked` : html``}> Orders only</label>
<label>Kind <select name="kind"><option value="">All kinds</option>${ENTRY_KINDS.map(
    (k) =>
      html`<option value="${k}"${p.filter.kind === k ? html` selected` : html``}>${humanize(k)}</option>`,
  )}</select></label>
<button type="submit">Filter</button>${filtered ? html` <a href="${p.info.path}">Show everything</a>` : html``}
</form>
${
  shown.length === 0
    ? html`<p class="empty">${filtered ? 'No entry matches this filter.' : 'No docket entry has been seen yet.'}</p>`
    : html`<ol class="entries">${shown.map(entryItem)}</ol>`
}
${p.timeline.length > shown.length ? html`<p class="more">Showing the newest ${shown.length} of ${p.timeline.length} entries. The JSON API has them all.</p>` : html``}
</section>`;
}

function entryItem(e: TimelineEntry): SafeHtml {
  const doc = safeUrl(e.documentUrl);
  return html`<li id="entry-${e.entry}" class="entry kind-${e.kind}${e.status === 'vanished' ? ' vanished' : ''}">
<p class="entry-meta"><span class="date">${e.day ? formatDate(e.day) : 'undated'}</span> · <span class="number">${entryLabel(e.number)}</span> · <span class="kind">${humanize(e.kind)}</span>${e.status === 'vanished' ? html` · <span class="vanished-note">no longer on the court's docket</span>` : html``}</p>
<p class="entry-text">${e.description || e.shortDescription || ''}</p>
${doc ? html`<p class="entry-doc"><a href="${doc}" rel="noopener noreferrer nofollow">Document</a></p>` : html``}
</li>`;
}

function coverageSection(p: CasePageInput): SafeHtml {
  return html`<section class="coverage" aria-labelledby="coverage-h">
<h2 id="coverage-h">Where this comes from</h2>
${
  p.coverage.length === 0
    ? html`<p class="empty">No source has reported on this case yet.</p>`
    : html`<ul class="sources">${p.coverage.map((s) => html`<li>${coverageLine(s, p.now)}</li>`)}</ul>`
}
${p.gaps.length > 0 ? html`<p class="gaps">Not seen yet: ${p.gaps.map((g, i) => html`${i > 0 ? ', ' : ''}${g.first === g.last ? `entry ${g.first}` : `entries ${g.first}–${g.last}`}`)}.</p>` : html``}
</section>`;
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
    : `${what} carries every entry`;
  const says = s.declared
    ? html` <span class="declared">It describes itself as “${s.declared}”.</span>`
    : html``;
  return html`<span class="source-id">${s.id}</span>: ${checked}; ${partial}.${says}`;
}

function followSection(p: CasePageInput): SafeHtml {
  const base = p.info.path;
  return html`<section class="follow" aria-labelledby="follow-h">
<h2 id="follow-h">Follow this case</h2>
<ul class="links">
<li><a href="${base}/calendar.ics">Calendar (deadlines, hearings, stays)</a></li>
<li><a href="${base}/calendar.ics?audience=advocate">Calendar, key dates only (plain language)</a></li>
<li><a href="${base}/feed.atom">Atom feed of new entries</a></li>
<li><a href="/api${base}">JSON</a></li>
</ul>
${p.csrf === null ? html`<p class="empty">Email updates are not set up on this server.</p>` : subscribeForm(p.info, p.csrf)}
</section>`;
}

export function subscribeForm(info: CaseInfo, csrf: string, error?: string): SafeHtml {
  return html`<form class="subscribe" method="post" action="/subscribe">
<h3>Get email updates</h3>
${error ? html`<p class="error" role="alert">${error}</p>` : html``}
<input type="hidden" name="_csrf" value="${csrf}">
<input type="hidden" name="case" value="${info.key}">
<label for="email">Email address</label>
<input id="email" name="email" type="email" required autocomplete="email" maxlength="254">
<fieldset><legend>Which messages</legend>
<label><input type="radio" name="audience" value="advocate" checked> Plain language: stays, orders, key dates</label>
<label><input type="radio" name="audience" value="legal"> Legal team: every filing and deadline</label>
</fieldset>
<label for="frequency">How often</label>
<select id="frequency" name="frequency">
<option value="immediate">Right away for urgent news, plus a daily summary</option>
<option value="daily" selected>Once a day</option>
<option value="weekly">Once a week</option>
</select>
<button type="submit">Subscribe</button>
<p class="hint">We send one email to confirm. Nothing else is sent until you click its link.</p>
</form>`;
}

export function messagePage(title: string, body: SafeHtml): string {
  return layout(title, html`<h1>${title}</h1>${body}`);
}

const AUDIENCE_NAMES = {
  legal: 'legal team',
  advocate: 'plain language',
  maintainer: 'maintainers',
} as const;
const FREQUENCY_NAMES = { immediate: 'right away', daily: 'once a day', weekly: 'once a week' } as const;

export function describeSubscription(s: SubscriptionView): string {
  return `${AUDIENCE_NAMES[s.audience]}, ${FREQUENCY_NAMES[s.frequency]}`;
}

export function unsubscribePage(token: string, s: SubscriptionView | null): string {
  return messagePage(
    'Unsubscribe',
    html`${s ? html`<p>Stop emails to <strong>${s.email}</strong> about <strong>${s.case}</strong>?</p>` : html`<p>Stop these emails?</p>`}
<form method="post" action="/unsubscribe?token=${token}">
<input type="hidden" name="token" value="${token}">
<button type="submit">Unsubscribe</button>
</form>`,
  );
}

export function managePage(
  s: SubscriptionView,
  caseInfo: CaseInfo | null,
  manageToken: string,
  unsubscribeToken: string,
  csrf: string,
  saved = false,
): string {
  return messagePage(
    'Your subscription',
    html`${saved ? html`<p class="notice" role="status">Saved.</p>` : html``}
<p><strong>${s.email}</strong> follows <a href="${caseInfo?.path ?? '/'}">${caseInfo?.name ?? s.case}</a>. Status: ${s.status}.</p>
<form method="post" action="/manage">
<input type="hidden" name="_csrf" value="${csrf}">
<input type="hidden" name="token" value="${manageToken}">
<fieldset><legend>Which messages</legend>
<label><input type="radio" name="audience" value="advocate"${s.audience === 'advocate' ? html` checked` : html``}> Plain language</label>
<label><input type="radio" name="audience" value="legal"${s.audience === 'legal' ? html` checked` : html``}> Legal team</label>
</fieldset>
<label for="frequency">How often</label>
<select id="frequency" name="frequency">${(['immediate', 'daily', 'weekly'] as const).map(
      (f) =>
        html`<option value="${f}"${s.frequency === f ? html` selected` : html``}>${FREQUENCY_NAMES[f]}</option>`,
    )}</select>
<button type="submit">Save</button>
</form>
<p><a href="/unsubscribe?token=${unsubscribeToken}">Unsubscribe</a></p>`,
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
}

export function adminPage(p: AdminPageInput): string {
  return layout(
    'Maintainers',
    html`<h1>Source health</h1>
<form method="post" action="/admin/logout" class="inline"><input type="hidden" name="_csrf" value="${p.csrf}"><button type="submit">Sign out</button></form>
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
<td>${s.fetches24h} checks, ${s.failures24h} failed</td>
<td>${s.partial ? (Array.isArray(s.entryTypes) && s.entryTypes.length > 0 ? `partial: ${s.entryTypes.join(', ')}` : 'partial') : 'complete'}</td></tr>`,
      )}</tbody></table></div>`
}
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
