/**
 * The pages of saved searches: the maintainers' list of proposals (each with Track and Dismiss
 * buttons), the page a "track this case" email link opens (the case and one button), and the page
 * to stop a search's emails. Every form posts with the page's CSRF token; docket text is escaped.
 */
import { findCourt } from '../courts.ts';
import type { SavedSearch, SearchMatch } from '../searches/searches.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './pages.ts';

function courtName(court: string): string {
  return findCourt(court)?.name ?? court.toUpperCase();
}

function entriesList(m: SearchMatch): SafeHtml {
  return html`<ul class="match-entries">${m.entries
    .slice(-5)
    .map(
      (e) =>
        html`<li><span class="when">${(e.dateFiled ?? '').slice(0, 10)}</span> <span lang="en" dir="ltr">${[e.shortDescription, e.description].filter(Boolean).join(' — ').slice(0, 600)}</span></li>`,
    )}</ul>`;
}

function caseHeading(m: SearchMatch): SafeHtml {
  return html`<strong lang="en" dir="ltr">${m.caseName ?? m.docketNumberRaw}</strong> <span class="docket">${courtName(m.court)} · ${m.docketNumberRaw}</span>`;
}

/** The maintainers' section: the saved searches and what they propose. */
export function adminSearchSection(
  searches: readonly SavedSearch[],
  proposals: readonly SearchMatch[],
  csrf: string,
): SafeHtml {
  return html`<section class="searches" aria-labelledby="searches-h">
<h2 id="searches-h">Saved searches</h2>
${
  searches.length === 0
    ? html`<p class="empty">No saved search yet (<code>docketwatch search add QUERY</code>).</p>`
    : html`<ul>${searches.map(
        (s) =>
          html`<li>${s.name ? html`<strong>${s.name}</strong>: ` : html``}<code>${s.query}</code> — ${s.matches.proposed} proposed, ${s.matches.tracked} tracked, ${s.matches.dismissed} dismissed</li>`,
      )}</ul>`
}
<h3>Proposed cases</h3>
${
  proposals.length === 0
    ? html`<p class="empty">Nothing proposed: no saved search found a case that is not tracked.</p>`
    : html`<ul class="proposals">${proposals.map(
        (m) => html`<li class="proposal">${caseHeading(m)}
<div><small>found by ${m.search.name ?? m.search.query}, first seen ${m.firstSeenAt.slice(0, 10)}</small></div>
${entriesList(m)}
${
  m.tracked
    ? html`<p>Tracked already.</p>`
    : html`<form method="post" action="/admin/searches/matches/${m.id}/track" class="inline"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit">Track this case</button></form>
<form method="post" action="/admin/searches/matches/${m.id}/dismiss" class="inline"><input type="hidden" name="_csrf" value="${csrf}"><button type="submit" class="secondary">Dismiss</button></form>`
}</li>`,
      )}</ul>`
}
</section>`;
}

/** What a "track this case" link opens: the case the search found and one button. */
export function trackPage(m: SearchMatch, token: string, csrf: string): string {
  return layout(
    'Track this case',
    html`<h1>Track this case?</h1>
<p>Your saved search “${m.search.name ?? m.search.query}” found this case in the court's feed:</p>
<p>${caseHeading(m)}</p>
${entriesList(m)}
<form method="post" action="/track">
<input type="hidden" name="_csrf" value="${csrf}">
<input type="hidden" name="token" value="${token}">
<button type="submit">Track this case</button>
</form>
<p><small>docketwatch will follow it from the court's feed and show it on its own page. This link works once.</small></p>`,
  );
}

export function stopPage(search: SavedSearch, email: string, token: string, csrf: string): string {
  return layout(
    'Stop these emails',
    html`<h1>Stop these emails?</h1>
<p>${email} will no longer hear of new cases found by the saved search “${search.name ?? search.query}”.</p>
<form method="post" action="/searches/stop">
<input type="hidden" name="_csrf" value="${csrf}">
<input type="hidden" name="token" value="${token}">
<button type="submit">Stop these emails</button>
</form>`,
  );
}
