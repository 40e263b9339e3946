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
import { isBounced } from '../notify/bounces.ts';
import { escapeHtml, oneLine, safeUrl } from '../notify/escape.ts';
import { dateIn, direction, type Language, ltr, t, toLanguage } from '../notify/i18n.ts';
import { entryLabel } from '../notify/language.ts';
import { enqueue } from '../notify/outbox.ts';
import { clip, type RenderedMessage } from '../notify/render.ts';
import { accountMessage } from '../notify/subscriptions.ts';
import { signToken, verifyToken } from '../notify/tokens.ts';
import { type FollowRequest, findMatch, listMatches, type SearchMatch, trackMatch } from './searches.ts';

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
    const readers =
      m.status === 'proposed' && !m.tracked
        ? await store.db
            .selectFrom('search_subscribers')
            .select(['email', 'language'])
            .where('search_id', '=', m.search.id)
            .orderBy('email')
            .execute()
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
      for (const { email, language } of readers) {
        const noticeId = `n_${randomBytes(12).toString('base64url')}`;
        const inserted = await trx
          .insertInto('search_notices')
          .values({ id: noticeId, match_id: id, email, created_at: at, used_at: null })
          .onConflict((oc) => oc.columns(['match_id', 'email']).doNothing())
          .returning('id')
          .execute();
        if (inserted.length === 0) continue;
        const message = renderProposal(m, email, noticeId, links, now, toLanguage(language) ?? 'en');
        if (await enqueue(trx, { kind: 'search', subscriptionId: null, message }, now)) queued++;
      }
    });
  }
  return { queued };
}

/**
 * The proposal email, in the subscriber's language (`lang`): what the search found (the feed's
 * words quoted in English), the one-time track link, the stop link.
 */
export function renderProposal(
  m: SearchMatch,
  email: string,
  noticeId: string,
  links: ProposalLinks,
  now: Date,
  lang: Language = 'en',
): RenderedMessage {
  const track = signToken({ purpose: 'track', subject: noticeId }, links.secret, now);
  const stop = signToken({ purpose: 'search-stop', subject: `${m.search.id} ${email}` }, links.secret, now);
  const query = lang === 'en' ? '' : `&lang=${lang}`;
  const trackUrl = `${links.publicUrl}/track?token=${track}${query}`;
  const stopUrl = `${links.publicUrl}/searches/stop?token=${stop}${query}`;
  const { expiresAt } = verifyToken(track, 'track', links.secret, now);
  const until = dateIn(lang, expiresAt.toISOString().slice(0, 10));
  const name = oneLine(m.search.name ?? m.search.query);
  const title = oneLine(m.caseName ?? m.docketNumberRaw);
  const caption = `${m.court.toUpperCase()} ${m.docketNumberRaw}`;
  const subject = clip(
    oneLine(t(lang, 'search.subject', { name: ltr(lang, name), title: ltr(lang, `${title} (${caption})`) })),
    250,
  );
  // The feed's last five different items (a feed repeats an item it carries again), its words in
  // quotation marks: the court's, in English, as the note under them says.
  const seen = new Set<string>();
  const entries = m.entries
    .map((e) => ({
      // The date and the entry's number as the court labels it ("ECF No. 5225"): a feed often
      // carries several entries of the same words on one day.
      when: [
        e.dateFiled ? dateIn(lang, e.dateFiled) : '',
        e.number ? entryLabel(e.number, m.court, lang) : '',
      ]
        .filter(Boolean)
        .join(' · '),
      text: clip(oneLine([e.shortDescription, e.description].filter(Boolean).join(' — ')), 600),
      link: safeUrl(e.documentUrl ?? null),
    }))
    .filter((e) => {
      const key = `${e.when}\n${e.text}\n${e.link ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(-5);
  // An unnamed search is called by its query: say the query once, not "“q” (q)".
  const intro = m.search.name
    ? t(lang, 'search.intro', { name: ltr(lang, name), query: ltr(lang, m.search.query) })
    : t(lang, 'search.introQuery', { query: ltr(lang, m.search.query) });
  const how = t(lang, 'search.how', { date: until });
  const why = t(lang, 'search.why', { email: ltr(lang, email), name: ltr(lang, name) });
  const stopLabel = t(lang, 'search.stop');
  const note = lang === 'en' ? '' : t(lang, 'message.englishNote');
  const text = [
    intro,
    '',
    `${title} (${caption})`,
    ...entries.map((e) => `  ${e.when} “${e.text}”`),
    '',
    how,
    trackUrl,
    ...(note ? ['', note] : []),
    '',
    '--',
    why,
    `${stopLabel}: ${stopUrl}`,
    '',
  ].join('\n');
  const dir = direction(lang);
  const align = dir === 'rtl' ? 'text-align:right;' : '';
  const p = (x: string) => `<p style="margin:0 0 12px 0;">${x}</p>`;
  const en = (x: string) => `<span lang="en" dir="ltr">${x}</span>`;
  const html = `<!DOCTYPE html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head><body dir="${dir}" style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;${align}">${p(escapeHtml(intro))}<div lang="en" dir="ltr" style="font-size:17px;font-weight:bold;">${escapeHtml(title)}</div><div lang="en" dir="ltr" style="font-size:13px;margin-bottom:8px;">${escapeHtml(caption)}</div><ul>${entries
    .map(
      (e) =>
        `<li><span>${escapeHtml(e.when)}</span> ${en(`“${escapeHtml(e.text)}”`)}${e.link ? ` (<a href="${escapeHtml(e.link)}">${escapeHtml(t(lang, 'search.document'))}</a>)` : ''}</li>`,
    )
    .join(
      '',
    )}</ul>${p(escapeHtml(how))}${p(`<a class="track" href="${escapeHtml(trackUrl)}" style="display:inline-block;padding:8px 14px;background:#0b4f8a;color:#ffffff;text-decoration:none;border-radius:4px;">${escapeHtml(t(lang, 'search.track'))}</a>`)}${note ? p(`<em>${escapeHtml(note)}</em>`) : ''}<hr>${p(`<small>${escapeHtml(why)} <a href="${escapeHtml(stopUrl)}">${escapeHtml(stopLabel)}</a></small>`)}</body></html>`;
  return {
    to: email,
    subject,
    html,
    text,
    headers: {
      'List-Unsubscribe': `<${stopUrl}>`,
      ...(lang === 'en' ? {} : { 'Content-Language': lang }),
    },
    idempotencyKey: `search:${m.id}:${createHash('sha256').update(email).digest('hex').slice(0, 16)}`,
  };
}

/**
 * Ask the address of a follow request to confirm it: one email, in the request's language, whose
 * link opens a page with one button (the POST, with its CSRF token, starts the search).
 */
export async function queueFollowConfirmation(
  store: Pick<Store, 'db'>,
  request: FollowRequest,
  links: ProposalLinks,
  now: Date = new Date(),
): Promise<void> {
  const lang = request.language;
  const token = signToken({ purpose: 'search-follow', subject: request.id }, links.secret, now);
  const url = `${links.publicUrl}/searches/confirm?token=${token}${lang === 'en' ? '' : `&lang=${lang}`}`;
  const name = request.name ?? request.query;
  const message = accountMessage(
    request.email,
    lang,
    t(lang, 'searchConfirm.subject', { name: ltr(lang, name) }),
    [t(lang, 'searchConfirm.asked', { email: ltr(lang, request.email), query: ltr(lang, request.query) })],
    { label: t(lang, 'searchConfirm.action'), lead: `${t(lang, 'searchConfirm.action')}:`, url },
    t(lang, 'account.confirm.ignore'),
    `search-follow:${request.id}`,
  );
  await enqueue(store.db, { kind: 'confirm', subscriptionId: null, message }, now);
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

/**
 * How many cases readers' searches (followed on the site, `created_by = 'web'`) may put in the
 * maintainers' queue: per address (the reader who made the search) and in all. The rest wait,
 * counted, in `docketwatch search matches --status proposed`; their readers still get their emails.
 */
export const READERS_IN_QUEUE = { perAddress: 3, total: 20 };

/** A case proposed to the maintainers: one of its matches, and how many searches found it. */
export interface QueuedCase extends SearchMatch {
  foundBy: number;
  /** Found only by readers' searches (people who followed a search on the site). */
  fromReaders: boolean;
}

/**
 * The maintainers' queue on `/admin`: each proposed case once (however many searches found it),
 * newest first. A case the maintainers' own searches found is always in it. A case found only by
 * readers' searches is in it only when such a search still has a reader whose mail does not bounce
 * (a search exists only once an address confirmed it by email), and within `READERS_IN_QUEUE`: a
 * reader's searches add at most `perAddress` cases, all readers at most `total`. So many addresses
 * or many searches cannot fill the queue; `held` says how many cases wait beyond it.
 */
export async function maintainerQueue(
  store: Pick<Store, 'db'>,
  limits: { perAddress: number; total: number } = READERS_IN_QUEUE,
): Promise<{ cases: QueuedCase[]; held: number }> {
  const proposed = await listMatches(store, { status: 'proposed', limit: 2000 });
  const web = new Set(
    (await store.db.selectFrom('saved_searches').select('id').where('created_by', '=', 'web').execute()).map(
      (r) => r.id,
    ),
  );
  // Who made each reader's search: its first reader whose mail does not bounce.
  const maker = new Map<string, string>();
  if (web.size > 0) {
    const readers = await store.db
      .selectFrom('search_subscribers')
      .select(['search_id', 'email'])
      .where('search_id', 'in', [...web])
      .orderBy('created_at')
      .execute();
    const bounced = new Map<string, boolean>();
    for (const r of readers) {
      if (maker.has(r.search_id)) continue;
      const key = r.email.toLowerCase();
      if (!bounced.has(key)) bounced.set(key, await isBounced(store.db, r.email));
      if (!bounced.get(key)) maker.set(r.search_id, key);
    }
  }
  const byCase = new Map<string, SearchMatch[]>();
  for (const m of proposed) byCase.set(m.case, [...(byCase.get(m.case) ?? []), m]);
  const cases: QueuedCase[] = [];
  const perAddress = new Map<string, number>();
  let fromReaders = 0;
  let held = 0;
  for (const list of byCase.values()) {
    const own = list.filter((m) => !web.has(m.search.id));
    const readers = list.filter((m) => maker.has(m.search.id));
    if (own.length > 0) {
      cases.push({ ...own[0]!, foundBy: own.length + readers.length, fromReaders: false });
      continue;
    }
    if (readers.length === 0) continue;
    const pick = readers.find((m) => (perAddress.get(maker.get(m.search.id)!) ?? 0) < limits.perAddress);
    if (!pick || fromReaders >= limits.total) {
      held++;
      continue;
    }
    const who = maker.get(pick.search.id)!;
    perAddress.set(who, (perAddress.get(who) ?? 0) + 1);
    fromReaders++;
    cases.push({ ...pick, foundBy: readers.length, fromReaders: true });
  }
  return { cases, held };
}
