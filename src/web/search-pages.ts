/**
 * The pages of saved searches: the maintainers' list of proposals (each with Track and Dismiss
 * buttons), the page a "track this case" email link opens (the case and one button), and the page
 * to stop a search's emails. Every form posts with the page's CSRF token; docket text is escaped.
 */
import type { UnlinkedAppeal } from '../../db/case-links.ts';
import { findCourt } from '../courts.ts';
import { direction, type Language, ltr, t } from '../notify/i18n.ts';
import { clip } from '../notify/render.ts';
import { type QueuedCase, READERS_IN_QUEUE } from '../searches/propose.ts';
import type { FollowRequest, SavedSearch, SearchMatch } from '../searches/searches.ts';
import { html, type SafeHtml } from './html.ts';
import { languageSelect, layout } from './pages.ts';

function courtName(court: string): string {
  return findCourt(court)?.name ?? court.toUpperCase();
}

function entriesList(m: SearchMatch): SafeHtml {
  return html`<ul class="match-entries">${m.entries
    .slice(-5)
    .map(
      (e) =>
        html`<li><span class="when">${(e.dateFiled ?? '').slice(0, 10)}</span> <span lang="en" dir="ltr">${clip([e.shortDescription, e.description].filter(Boolean).join(' — '), 600)}</span></li>`,
    )}</ul>`;
}

function caseHeading(m: SearchMatch): SafeHtml {
  return html`<strong lang="en" dir="ltr">${m.caseName ?? m.docketNumberRaw}</strong> <span class="docket">${courtName(m.court)} · ${m.docketNumberRaw}</span>`;
}

/** The maintainers' section: the saved searches and what they propose. */
export function adminSearchSection(
  searches: readonly SavedSearch[],
  queue: { cases: readonly QueuedCase[]; held: number },
  csrf: string,
): SafeHtml {
  const own = queue.cases.filter((c) => !c.fromReaders);
  const readers = queue.cases.filter((c) => c.fromReaders);
  const proposals = (list: readonly QueuedCase[]) =>
    html`<ul class="proposals">${list.map(
      (m) => html`<li class="proposal">${caseHeading(m)}
<div><small>found by ${m.search.name ?? m.search.query}${m.foundBy > 1 ? ` and ${m.foundBy - 1} more search${m.foundBy > 2 ? 'es' : ''}` : ''}, first seen ${m.firstSeenAt.slice(0, 10)}</small></div>
${entriesList(m)}
${
  m.tracked
    ? html`<p>Tracked already.</p>`
    : html`<form method="post" action="/admin/searches/matches/${m.id}/track" class="inline"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit">Track this case</button></form>
<form method="post" action="/admin/searches/matches/${m.id}/dismiss" class="inline"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit" class="secondary">Dismiss</button></form>`
}</li>`,
    )}</ul>`;
  return html`<section class="searches" aria-labelledby="searches-h">
<h2 id="searches-h">Saved searches</h2>
${
  searches.length === 0
    ? html`<p class="empty">No saved search yet (<code>docketwatch search add QUERY</code>).</p>`
    : html`<ul>${searches.map(
        (s) =>
          html`<li>${s.name ? html`<strong>${s.name}</strong>: ` : html``}<code>${s.query}</code>${s.createdBy === 'web' ? ' (a reader’s, followed on the site)' : ''} — ${s.matches.proposed} proposed, ${s.matches.tracked} tracked, ${s.matches.dismissed} dismissed</li>`,
      )}</ul>`
}
<h3>Proposed cases</h3>
${
  own.length === 0
    ? html`<p class="empty">Nothing proposed: no saved search of yours found a case that is not tracked.</p>`
    : proposals(own)
}
${
  readers.length > 0 || queue.held > 0
    ? html`<h3>Proposed by readers’ searches</h3>
<p class="hint">Searches that people follow on the site (each confirmed by email). At most ${READERS_IN_QUEUE.perAddress} cases per reader and ${READERS_IN_QUEUE.total} in all are shown here${queue.held > 0 ? `; ${queue.held} more wait (docketwatch search matches --status proposed)` : ''}. Their readers get them by email either way.</p>
${readers.length > 0 ? proposals(readers) : html``}`
    : html``
}
</section>`;
}

/**
 * The maintainers' section for appeals no docket has linked (an appellate RSS feed never names the
 * case an appeal comes from): each with the district cases of its circuit whose caption shares a
 * name, and a field for any other; the POST needs the page's CSRF token.
 */
export function adminAppealSection(appeals: readonly UnlinkedAppeal[], csrf: string): SafeHtml {
  if (appeals.length === 0) return html``;
  return html`<section class="appeals" aria-labelledby="appeals-h">
<h2 id="appeals-h">Appeals not linked to the case they come from</h2>
<p>No docket docketwatch read names the case these appeals come from (a court of appeals' RSS feed does not say it). Link one, and its orders reach that case's subscribers and page.</p>
<ul class="unlinked">${appeals.map(
    (
      a,
      i,
    ) => html`<li class="unlinked-appeal"><strong lang="en" dir="ltr">${a.caseName ?? a.docketNumber}</strong> <span class="docket">${courtName(a.court)} · ${a.docketNumber}</span>
<form method="post" action="/admin/appeals/link" class="inline">
<input type="hidden" name="_csrf" value="${csrf}">
<input type="hidden" name="appeal" value="${a.key}">
<label for="origin-${i}">Comes from</label>
${
  a.candidates.length > 0
    ? html`<select id="origin-${i}" name="origin">${a.candidates.map((c) => html`<option value="${c.key}">${c.caseName ?? c.key} (${c.key})</option>`)}</select>`
    : html`<input id="origin-${i}" name="origin" type="text" placeholder="mied:2:17-cv-11910" required maxlength="80">`
}
<button type="submit">Link</button>
</form></li>`,
  )}</ul>
</section>`;
}

/** What a "track this case" link opens: the case the search found and one button, in `lang`. */
export function trackPage(m: SearchMatch, token: string, csrf: string, lang: Language = 'en'): string {
  return layout(
    t(lang, 'search.track'),
    html`<h1>${t(lang, 'track.title')}</h1>
<p>${t(lang, 'track.found', { name: ltr(lang, m.search.name ?? m.search.query) })}</p>
<p>${caseHeading(m)}</p>
${entriesList(m)}
${linkButton('/track', t(lang, 'search.track'), token, csrf, lang)}
<p><small>${t(lang, 'track.hint')}</small></p>`,
    { lang },
  );
}

/**
 * The one button that posts an emailed link's token back (with the CSRF token and the page's
 * language): opening the link changes nothing, pressing this does.
 */
function linkButton(action: string, label: string, token: string, csrf: string, lang: Language) {
  return html`<form method="post" action="${action}">
<input type="hidden" name="_csrf" value="${csrf}">
<input type="hidden" name="token" value="${token}">
<input type="hidden" name="language" value="${lang}">
<button type="submit">${label}</button>
</form>`;
}

export function stopPage(
  search: SavedSearch,
  email: string,
  token: string,
  csrf: string,
  lang: Language = 'en',
): string {
  return layout(
    t(lang, 'search.stop'),
    html`<h1>${t(lang, 'stop.title')}</h1>
<p>${t(lang, 'stop.question', { email: ltr(lang, email), name: ltr(lang, search.name ?? search.query) })}</p>
${linkButton('/searches/stop', t(lang, 'search.stop'), token, csrf, lang)}`,
    { lang },
  );
}

/**
 * `/searches/new`: the form to follow a saved search across courts (`?q=` fills the query, so
 * maintainers can hand advocates a link). The address confirms by email before anything starts.
 */
export function followPage(
  input: { query: string; name: string; error?: { lead: string; text: string; lang: Language } | null },
  csrf: string | null,
  lang: Language,
  path: string,
): string {
  return layout(
    t(lang, 'searchForm.title'),
    html`<h1>${t(lang, 'searchForm.title')}</h1>
<p>${t(lang, 'searchForm.intro')}</p>
${
  csrf === null
    ? html`<p>${t(lang, 'form.off')}</p>`
    : html`<form class="subscribe follow-search" method="post" action="/searches/new" lang="${lang}" dir="${direction(lang)}">
${input.error ? html`<p class="error" role="alert">${input.error.lead} <span lang="${input.error.lang}" dir="${direction(input.error.lang)}">${input.error.text}</span></p>` : html``}
<input type="hidden" name="_csrf" value="${csrf}">
<label for="query">${t(lang, 'searchForm.query')}</label>
<input id="query" name="query" type="text" required maxlength="500" dir="ltr" value="${input.query}">
<p class="hint">${t(lang, 'searchForm.queryHint')}</p>
<label for="name">${t(lang, 'searchForm.name')}</label>
<input id="name" name="name" type="text" maxlength="200" value="${input.name}">
<label for="email">${t(lang, 'form.email')}</label>
<input id="email" name="email" type="email" required autocomplete="email" maxlength="254" dir="ltr">
${languageSelect(lang, lang)}
<button type="submit">${t(lang, 'searchForm.submit')}</button>
<p class="hint">${t(lang, 'form.hint')}</p>
</form>`
}`,
    { lang, path },
  );
}

/** After the form: the same answer whatever the address (only its mailbox learns more). */
export function followCheckPage(email: string, lang: Language): string {
  return layout(
    t(lang, 'check.title'),
    html`<h1>${t(lang, 'check.title')}</h1>
<p>${t(lang, 'searchForm.check', { email: ltr(lang, email) })}</p>
<p class="hint">${t(lang, 'check.hint')}</p>`,
    { lang },
  );
}

/** What the confirmation link opens: the search and one button (a mail scanner starts nothing). */
export function followConfirmPage(
  request: FollowRequest,
  token: string,
  csrf: string,
  lang: Language,
): string {
  return layout(
    t(lang, 'searchConfirm.title'),
    html`<h1>${t(lang, 'searchConfirm.title')}</h1>
<p>${t(lang, 'searchConfirm.asked', { email: ltr(lang, request.email), query: ltr(lang, request.query) })}</p>
${linkButton('/searches/confirm', t(lang, 'searchConfirm.button'), token, csrf, lang)}`,
    { lang },
  );
}

export function followDonePage(request: FollowRequest, lang: Language): string {
  return layout(
    t(lang, 'searchConfirm.done'),
    html`<h1>${t(lang, 'searchConfirm.done')}</h1>
<p>${t(lang, 'searchConfirm.doneBody', { email: ltr(lang, request.email), query: ltr(lang, request.query) })}</p>`,
    { lang },
  );
}
