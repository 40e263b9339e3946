/**
 * Telling a saved search's subscribers what it found: one email per new match and address, with a
 * signed one-time "track this case" link and a link to stop the search's emails. The link's token
 * names a notice row (`search_notices`): it expires (`DEFAULT_TTL_SECONDS.track`), and it acts once
 * — the first use marks the notice used, a second is refused. Opening the link shows the case and
 * one button; only the button's POST (with the page's CSRF token) tracks it, so a mail scanner
 * that follows links changes nothing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { type Store, writeTransaction } from '../../db/index.ts';
import { DocketwatchError } from '../errors.ts';
import { escapeHtml, oneLine, safeUrl } from '../notify/escape.ts';
import { enqueue } from '../notify/outbox.ts';
import type { RenderedMessage } from '../notify/render.ts';
import { signToken, verifyToken } from '../notify/tokens.ts';
import { findMatch, listMatches, type SearchMatch, trackMatch } from './searches.ts';

export interface ProposalLinks {
  /** Base of absolute links, without a trailing slash. */
  publicUrl: string;
  secret: Buffer;
}

/** A track link that was used before. */
export class LinkUsedError extends DocketwatchError {
  constructor() {
    super('ETOKEN', 'this link was used already: the case is tracked (see its page)');
  }
}

/**
 * Queue the emails for matches not yet told (each match once; each address once per match, in the
 * transaction that marks the match told). Matches whose case got tracked meanwhile are not sent.
 */
export async function queueSearchEmails(
  store: Store,
  links: ProposalLinks,
  now: Date = new Date(),
): Promise<{ queued: number }> {
  const pending = await store.db
    .selectFrom('search_matches')
    .select(['id'])
    .where('notified_at', 'is', null)
    .orderBy('first_seen_at')
    .limit(500)
    .execute();
  let queued = 0;
  for (const { id } of pending) {
    const m = await findMatch(store, id);
    const emails =
      m.status === 'proposed' && !m.tracked
        ? (
            await store.db
              .selectFrom('search_subscribers')
              .select('email')
              .where('search_id', '=', m.search.id)
              .orderBy('email')
              .execute()
          ).map((r) => r.email)
        : [];
    const at = now.toISOString();
    await writeTransaction(store.db, async (trx) => {
      const claimed = await trx
        .updateTable('search_matches')
        .set({ notified_at: at })
        .where('id', '=', id)
        .where('notified_at', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) return; // another worker told it
      for (const email of emails) {
        const noticeId = `n_${randomBytes(12).toString('base64url')}`;
        const inserted = await trx
          .insertInto('search_notices')
          .values({ id: noticeId, match_id: id, email, created_at: at, used_at: null })
          .onConflict((oc) => oc.columns(['match_id', 'email']).doNothing())
          .returning('id')
          .execute();
        if (inserted.length === 0) continue;
        const message = renderProposal(m, email, noticeId, links, now);
        if (await enqueue(trx, { kind: 'search', subscriptionId: null, message }, now)) queued++;
      }
    });
  }
  return { queued };
}

/** The proposal email: what the search found, the one-time track link, the stop link. */
export function renderProposal(
  m: SearchMatch,
  email: string,
  noticeId: string,
  links: ProposalLinks,
  now: Date,
): RenderedMessage {
  const track = signToken({ purpose: 'track', subject: noticeId }, links.secret, now);
  const stop = signToken({ purpose: 'search-stop', subject: `${m.search.id} ${email}` }, links.secret, now);
  const trackUrl = `${links.publicUrl}/track?token=${track}`;
  const stopUrl = `${links.publicUrl}/searches/stop?token=${stop}`;
  const { expiresAt } = verifyToken(track, 'track', links.secret, now);
  const until = expiresAt.toISOString().slice(0, 10);
  const searchName = m.search.name ?? m.search.query;
  const title = oneLine(m.caseName ?? m.docketNumberRaw);
  const caption = `${m.court.toUpperCase()} ${m.docketNumberRaw}`;
  const subject = oneLine(`Saved search “${searchName}”: ${title} (${caption})`).slice(0, 250);
  const entries = m.entries.slice(-5).map((e) => ({
    when: (e.dateFiled ?? '').slice(0, 10),
    text: oneLine([e.shortDescription, e.description].filter(Boolean).join(' — ')).slice(0, 600),
    link: safeUrl(e.documentUrl ?? null),
  }));
  const intro = `Your saved search “${searchName}” (${m.search.query}) found a case docketwatch does not track yet, in the court's feed:`;
  const how = `Track it with one click (the link works once, until ${until}):`;
  const why = `You get this because ${email} follows the saved search “${searchName}”. The maintainers see this proposal on docketwatch's maintainers' page too.`;
  const text = [
    intro,
    '',
    `${title} (${caption})`,
    ...entries.map((e) => `  ${e.when} ${e.text}`),
    '',
    how,
    trackUrl,
    '',
    '--',
    why,
    `Stop these emails: ${stopUrl}`,
    '',
  ].join('\n');
  const p = (s: string) => `<p style="margin:0 0 12px 0;">${s}</p>`;
  const html = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;">${p(escapeHtml(intro))}<div style="font-size:17px;font-weight:bold;">${escapeHtml(title)}</div><div style="font-size:13px;margin-bottom:8px;">${escapeHtml(caption)}</div><ul>${entries
    .map(
      (e) =>
        `<li>${escapeHtml(e.when)} ${escapeHtml(e.text)}${e.link ? ` (<a href="${escapeHtml(e.link)}">document</a>)` : ''}</li>`,
    )
    .join(
      '',
    )}</ul>${p(escapeHtml(how))}${p(`<a href="${escapeHtml(trackUrl)}" style="display:inline-block;padding:8px 14px;background:#0b4f8a;color:#ffffff;text-decoration:none;border-radius:4px;">Track this case</a>`)}<hr>${p(`<small>${escapeHtml(why)} <a href="${escapeHtml(stopUrl)}">Stop these emails</a></small>`)}</body></html>`;
  return {
    to: email,
    subject,
    html,
    text,
    headers: { 'List-Unsubscribe': `<${stopUrl}>` },
    idempotencyKey: `search:${m.id}:${createHash('sha256').update(email).digest('hex').slice(0, 16)}`,
  };
}

/** What a track link offers, checked (signature, purpose, expiry, not used); nothing changes. */
export async function readTrackLink(
  store: Pick<Store, 'db'>,
  token: string,
  secret: Buffer,
  now: Date = new Date(),
): Promise<{ match: SearchMatch; email: string }> {
  const { subject } = verifyToken(token, 'track', secret, now);
  const notice = await store.db
    .selectFrom('search_notices')
    .selectAll()
    .where('id', '=', subject)
    .executeTakeFirst();
  if (!notice) throw new DocketwatchError('ETOKEN', 'this link is for a saved search that was removed');
  if (notice.used_at !== null) throw new LinkUsedError();
  return { match: await findMatch(store, notice.match_id), email: notice.email };
}

/**
 * Use a track link: checked as `readTrackLink`, marked used (only one use wins, even at the same
 * moment), then the case is tracked. A failure to track gives the link back.
 */
export async function useTrackLink(
  store: Pick<Store, 'db'>,
  token: string,
  secret: Buffer,
  now: Date = new Date(),
): Promise<{ case: string; path: string; created: boolean }> {
  const { subject } = verifyToken(token, 'track', secret, now);
  const used = await store.db
    .updateTable('search_notices')
    .set({ used_at: now.toISOString() })
    .where('id', '=', subject)
    .where('used_at', 'is', null)
    .returning(['match_id', 'email'])
    .execute();
  if (used.length === 0) {
    await readTrackLink(store, token, secret, now); // says why: removed, or used
    throw new LinkUsedError();
  }
  try {
    return await trackMatch(store, used[0]!.match_id, `email:${used[0]!.email}`, now);
  } catch (err) {
    await store.db.updateTable('search_notices').set({ used_at: null }).where('id', '=', subject).execute();
    throw err;
  }
}

/** The search and address a stop link is for. */
export function readStopLink(
  token: string,
  secret: Buffer,
  now: Date = new Date(),
): { searchId: string; email: string } {
  const { subject } = verifyToken(token, 'search-stop', secret, now);
  const space = subject.indexOf(' ');
  return { searchId: subject.slice(0, space), email: subject.slice(space + 1) };
}

/** Matches waiting for a decision, for the maintainers' page. */
export function proposedMatches(store: Pick<Store, 'db'>, limit = 100): Promise<SearchMatch[]> {
  return listMatches(store, { status: 'proposed', limit });
}
