/**
 * Alerts and digests as mail: a subject that says what matters most, an HTML part (table layout,
 * inline CSS, every piece of docket text escaped, only http(s) links live) and a plain-text part,
 * and the RFC 8058 one-click unsubscribe headers with a signed token. Rendering is pure: no clock
 * but the one in the context, no I/O, so a retry renders the same message.
 */
import { createHash } from 'node:crypto';
import { ConfigError } from '../errors.ts';
import { type AlertGroup, isCritical, reaches } from './critical.ts';
import { escapeHtml, oneLine, safeUrl } from './escape.ts';
import {
  daysBetween,
  daysLeftText,
  entryLabel,
  formatDate,
  formatTime,
  humanize,
  importance,
  phrase,
} from './language.ts';
import { signToken } from './tokens.ts';
import type { CaseRef, EntryRef, NotifyEvent, Posture, Recipient } from './types.ts';

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
  case: CaseRef;
  frequency: 'daily' | 'weekly';
  /** The period the digest covers (`YYYY-MM-DD`, inclusive): changes since the last digest. */
  period: { from: string; to: string };
  posture: Posture;
  changes: NotifyEvent[];
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
  const events = [...group.events].sort((a, b) => importance(a) - importance(b));
  const top = phrase(events[0]!, recipient.audience);
  const more = events.length > 1 ? ` (+${events.length - 1} more)` : '';
  const subject = subjectLine(`${top.headline}${more}`, group.case);
  const ids = group.events.map((e) => e.id).sort();
  const key = `alert:${recipient.subscriptionId}:${ids.length === 1 ? ids[0] : hash(ids.join('\n'))}`;

  const blocks = events.map((e) => eventBlock(e, recipient.audience));
  const intro =
    events.length === 1
      ? 'This just happened on the docket:'
      : `${events.length} things just happened on the docket:`;
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
  const { recipient } = input;
  const reaching = input.changes.filter((e) => reaches(e, recipient));
  if (reaching.length === 0) return null;
  const audience = recipient.audience;
  // A digest's subscriber had the critical changes at once, as alerts: the digest says they were
  // sent instead of telling them again.
  const alerted = reaching.filter(isCritical);
  const changes = reaching.filter((e) => !isCritical(e));

  const parts: Part[] = [postureSection(input.posture, ctx.today, audience)];
  const since = `What changed ${input.period.from === input.period.to ? `on ${formatDate(input.period.from)}` : `from ${formatDate(input.period.from)} to ${formatDate(input.period.to)}`}`;
  parts.push({ html: heading(escapeHtml(since)), text: `${since.toUpperCase()}\n` });

  const byType = (types: NotifyEvent['type'][]) =>
    changes.filter((e) => types.includes(e.type)).sort((a, b) => importance(a) - importance(b));
  const groups: [string, NotifyEvent[]][] = [
    ['Stays, injunctions and rulings', byType(['stay', 'stay_expiring', 'injunction', 'appeal_ruling'])],
    ['Deadline changes', byType(['deadline', 'filing_missing'])],
    ['Hearings', byType(['hearing'])],
    ['Sources', byType(['source_down', 'layout_changed'])],
  ];
  for (const [title, events] of groups) {
    if (events.length > 0) parts.push(eventSection(title, events, audience));
  }
  parts.push(...newEntrySections(changes, audience));
  const filled = changes.filter((e) => e.type === 'entry_updated');
  if (filled.length > 0) parts.push(eventSection('Entries filled in later', filled, audience));
  if (alerted.length > 0) {
    const lines = [...alerted]
      .sort((a, b) => importance(a) - importance(b))
      .map((e) => phrase(e, audience).headline);
    const title = 'Already sent to you as alerts';
    parts.push({
      html: `<h3 style="${STYLE.h3}">${escapeHtml(title)}</h3>${wrapRows(lines.map((l) => `<tr><td style="${STYLE.td}">${escapeHtml(l)}</td></tr>`).join(''))}`,
      text: `${title}\n${lines.map((l) => `* ${oneLine(l)}`).join('\n')}\n`,
    });
  }

  const headline =
    changes.length > 0
      ? digestHeadline(changes, input.posture, ctx.today, audience)
      : `Where the case stands (${alerted.length} ${alerted.length === 1 ? 'change' : 'changes'} already sent as alerts)`;
  const subject = subjectLine(headline, input.case);
  const key = `digest:${recipient.subscriptionId}:${input.period.from}..${input.period.to}`;
  const body: Part = { html: parts.map((p) => p.html).join(''), text: parts.map((p) => p.text).join('\n') };
  return assemble(recipient, input.case, subject, key, body, ctx);
}

// ---- subject ----------------------------------------------------------------------------------

function subjectLine(headline: string, c: CaseRef): string {
  const line = oneLine(`${headline} — ${caseTitle(c)}`);
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function caseTitle(c: CaseRef): string {
  return c.caseName ?? `${c.court.toUpperCase()} ${c.docketNumber}`;
}

function digestHeadline(
  changes: NotifyEvent[],
  posture: Posture,
  today: string,
  audience: Recipient['audience'],
) {
  const sorted = [...changes].sort((a, b) => importance(a) - importance(b));
  const top = sorted[0]!;
  if (importance(top) <= 4) {
    const rest = changes.length - 1;
    return `${phrase(top, audience).headline}${rest > 0 ? ` (+${rest} more)` : ''}`;
  }
  const entries = changes.filter((e) => e.type === 'entry_added').length;
  const updated = changes.length - entries;
  const what =
    entries > 0
      ? `${entries} new docket ${entries === 1 ? 'entry' : 'entries'}`
      : `${updated} ${updated === 1 ? 'entry' : 'entries'} filled in`;
  const next = posture.nextDeadlines.find((d) => daysBetween(today, d.dueDate) >= 0);
  return next ? `${what}; next deadline ${daysLeftText(daysBetween(today, next.dueDate))}` : what;
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

function links(entry: EntryRef | null, documentUrl: string | null): Part {
  // Sources often give one link for both (an NEF's document link): show it once, as the document.
  const entryUrl = entry?.url && entry.url !== documentUrl ? entry.url : null;
  const found = [link(entryUrl, 'Docket entry'), link(documentUrl, 'Document')].filter(
    (l): l is Part => l !== null,
  );
  return { html: found.map((l) => l.html).join(' · '), text: found.map((l) => l.text).join('\n') };
}

/** Longest docket text quoted in a message; the link leads to the rest. */
const MAX_QUOTE = 2000;

function quote(text: string): Part {
  const t = text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE)}…` : text;
  return { html: `<div style="${STYLE.quote}">${escapeHtml(t)}</div>`, text: `  “${oneLine(t)}”` };
}

/** One event: headline, sentence, the court's words (legal team, and advocates for orders), links. */
function eventBlock(event: NotifyEvent, audience: Recipient['audience']): Part {
  const p = phrase(event, audience);
  const item = event.type === 'entry_added' || event.type === 'entry_updated' ? event.item : null;
  const l = links(event.entry ?? item, item?.documentUrl ?? null);
  const q = item?.text ? quote(item.text) : null;
  const from =
    !item && event.entry && audience === 'legal'
      ? ` (${entryLabel(event.entry.number)}${event.entry.date ? `, ${formatDate(event.entry.date)}` : ''})`
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

function eventSection(title: string, events: NotifyEvent[], audience: Recipient['audience']): Part {
  const blocks = events.map((e) => eventBlock(e, audience));
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
function newEntrySections(changes: NotifyEvent[], audience: Recipient['audience']): Part[] {
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
      parts.push(eventSection(`New: ${title}`, events, audience));
      continue;
    }
    const rows = events.map((e) => {
      const l = links(e.item, e.item.documentUrl);
      return {
        html: `<tr><td style="${STYLE.td}white-space:nowrap;">${escapeHtml(e.item.number ?? '—')}</td><td style="${STYLE.td}white-space:nowrap;">${escapeHtml(e.item.date ?? '')}</td><td style="${STYLE.td}">${escapeHtml(e.item.text)}${l.html ? `<div style="font-size:13px;">${l.html}</div>` : ''}</td></tr>`,
        text: [
          `* ${entryLabel(e.item.number)}${e.item.date ? ` (${e.item.date})` : ''}: ${oneLine(e.item.text)}`,
          indent(l.text),
        ]
          .filter((s) => s)
          .join('\n'),
      };
    });
    parts.push({
      html: `<h3 style="${STYLE.h3}">${escapeHtml(title)}</h3><table role="presentation" cellpadding="0" cellspacing="0" border="0" style="${STYLE.table}"><tr><th style="${STYLE.th}">No.</th><th style="${STYLE.th}">Filed</th><th style="${STYLE.th}">Docket text</th></tr>${rows.map((r) => r.html).join('')}</table>`,
      text: `${title}\n${rows.map((r) => r.text).join('\n')}\n`,
    });
  }
  return parts;
}

/** Where the case stands: what is in force, the next deadlines and hearings with days left. */
function postureSection(posture: Posture, today: string, audience: Recipient['audience']): Part {
  const html: string[] = [heading('Where the case stands')];
  const text: string[] = ['WHERE THE CASE STANDS'];
  if (posture.inForce.length === 0) {
    html.push(para('Nothing is in force: no stay or injunction.'));
    text.push('In force: nothing (no stay or injunction).');
  } else {
    html.push(`<h3 style="${STYLE.h3}">In force</h3>`);
    text.push('In force:');
    const rows = posture.inForce.map((f) => {
      const term = f.expires
        ? `through ${formatDate(f.expires)} (${daysLeftText(daysBetween(today, f.expires))})`
        : f.until
          ? `until ${f.until === 'further_order' ? 'further order of the court' : humanize(f.until)}`
          : 'no end date given';
      const since = f.since ? `, since ${formatDate(f.since)}` : '';
      const l = links(f.entry, null);
      return {
        html: `<tr><td style="${STYLE.td}">${escapeHtml(f.description)}${escapeHtml(since)}</td><td style="${STYLE.td}">${escapeHtml(term)}${l.html ? `<div style="font-size:13px;">${l.html}</div>` : ''}</td></tr>`,
        text: `* ${oneLine(f.description)}${since}: ${term}${l.text ? `\n${indent(l.text)}` : ''}`,
      };
    });
    html.push(wrapRows(rows.map((r) => r.html).join('')));
    text.push(...rows.map((r) => r.text));
  }
  const deadlines = posture.nextDeadlines.filter((d) => daysBetween(today, d.dueDate) >= 0);
  if (deadlines.length > 0) {
    html.push(`<h3 style="${STYLE.h3}">Next deadlines</h3>`);
    text.push('Next deadlines:');
    const rows = deadlines.map((d) => {
      const days = daysLeftText(daysBetween(today, d.dueDate));
      const when = `${formatDate(d.dueDate)}${d.dueTime ? ` at ${formatTime(d.dueTime)}` : ''}`;
      const who = d.party && audience === 'legal' ? ` (${d.party})` : '';
      const l = links(d.entry, null);
      return {
        html: `<tr><td style="${STYLE.td}white-space:nowrap;">${escapeHtml(when)}</td><td style="${STYLE.td}white-space:nowrap;font-weight:bold;">${escapeHtml(days)}</td><td style="${STYLE.td}">${escapeHtml(d.what + who)}${l.html ? `<div style="font-size:13px;">${l.html}</div>` : ''}</td></tr>`,
        text: `* ${when} (${days}): ${oneLine(d.what + who)}${l.text ? `\n${indent(l.text)}` : ''}`,
      };
    });
    html.push(wrapRows(rows.map((r) => r.html).join('')));
    text.push(...rows.map((r) => r.text));
  } else {
    html.push(para('No upcoming deadlines.'));
    text.push('No upcoming deadlines.');
  }
  const hearings = posture.nextHearings.filter((h) => daysBetween(today, h.date) >= 0);
  if (hearings.length > 0) {
    html.push(`<h3 style="${STYLE.h3}">Next hearings</h3>`);
    text.push('Next hearings:');
    const rows = hearings.map((h) => {
      const when = `${formatDate(h.date)}${h.time ? ` at ${formatTime(h.time)}` : ''}`;
      const days = daysLeftText(daysBetween(today, h.date));
      return {
        html: `<tr><td style="${STYLE.td}white-space:nowrap;">${escapeHtml(when)}</td><td style="${STYLE.td}white-space:nowrap;">${escapeHtml(days)}</td><td style="${STYLE.td}">${escapeHtml(humanize(h.hearing))}</td></tr>`,
        text: `* ${when} (${days}): ${humanize(h.hearing)}`,
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
  c: CaseRef,
  subject: string,
  idempotencyKey: string,
  body: Part,
  ctx: RenderContext,
): RenderedMessage {
  const now = ctx.now ?? new Date();
  const unsubscribeToken = signToken(
    { purpose: 'unsubscribe', subject: recipient.subscriptionId },
    ctx.secret,
    now,
  );
  const manageToken = signToken({ purpose: 'manage', subject: recipient.subscriptionId }, ctx.secret, now);
  const unsubscribeUrl = `${ctx.publicUrl}/unsubscribe?token=${unsubscribeToken}`;
  const manageUrl = `${ctx.publicUrl}/manage?token=${manageToken}`;
  const docket = link(c.docketUrl, 'Docket');
  const title = caseTitle(c);
  const caption = `${c.court.toUpperCase()} ${c.docketNumber}`;

  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head><body style="${STYLE.outer}"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${STYLE.outer}"><tr><td align="center" style="padding:16px 8px;"><table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="${STYLE.card}"><tr><td style="${STYLE.head}"><div style="font-size:18px;font-weight:bold;">${escapeHtml(title)}</div><div style="font-size:13px;">${escapeHtml(caption)}</div></td></tr><tr><td style="${STYLE.cell}">${body.html}${docket ? para(docket.html) : ''}</td></tr><tr><td style="${STYLE.foot}">You receive this because you follow ${escapeHtml(title)} on docketwatch (${escapeHtml(audienceLabel(recipient.audience))}). <a href="${escapeHtml(manageUrl)}" style="${STYLE.link}">Manage your subscription</a> · <a href="${escapeHtml(unsubscribeUrl)}" style="${STYLE.link}">Unsubscribe</a></td></tr></table></td></tr></table></body></html>`;

  const text = [
    `${title} (${caption})`,
    '',
    body.text.trimEnd(),
    docket ? `\n${docket.text}` : '',
    '',
    '--',
    `You receive this because you follow ${title} on docketwatch (${audienceLabel(recipient.audience)}).`,
    `Manage your subscription: ${manageUrl}`,
    `Unsubscribe: ${unsubscribeUrl}`,
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
    },
    idempotencyKey,
  };
}

function audienceLabel(audience: Recipient['audience']): string {
  return { legal: 'legal team', advocate: 'advocate', maintainer: 'maintainer' }[audience];
}

function hash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 24);
}
