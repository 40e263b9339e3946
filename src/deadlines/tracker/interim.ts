/**
 * Interim orders that last until a ruling: "Pending resolution of the [3] Emergency Motion,
 * Respondents shall not remove …", "Until the Court rules on the pending Motion for Preliminary
 * Injunction (ECF No. 13), Respondents shall not transfer …". The ruling on that motion ends such an
 * order — unless the ruling keeps it ("The Court's Paperless Order of January 11, 2027 (ECF No. 5)
 * SHALL REMAIN in effect until this Temporary Restraining Order expires"), and then it lasts as long
 * as what the ruling ties it to: extended with it, ended with it.
 */
import { scanTemporals } from '../extract/grammar.ts';
import { sentences } from '../extract/text.ts';
import type { InjunctionFinding } from '../types.ts';
import { rulesOn } from './injunctions.ts';
import { touch } from './lookup.ts';
import {
  entryEvent,
  type Provenance,
  type RulingTerm,
  type TrackedInjunction,
  type TrackedStay,
  type TrackerCore,
  type TrackerEvent,
} from './model.ts';
import { endsOn, stayLifted } from './stays.ts';
import { DATE, longDate } from './words.ts';

/** "ECF No. 3", or "the motion for a preliminary injunction". */
function motionName(term: RulingTerm): string {
  return term.motions.length > 0
    ? `ECF No. ${term.motions.join(', ')}`
    : 'the motion for a preliminary injunction';
}

/** "SHALL REMAIN in effect", "remains in full force and effect", "shall continue in effect". */
const KEPT =
  /\b(?:shall|will|is\s+to)?\s*(?:remain|remains|continue|continues)\s+in\s+(?:full\s+)?(?:force|effect)\b/i;
/** "until this Temporary Restraining Order expires", "until the preliminary injunction is dissolved". */
const WITH_RELIEF =
  /\buntil\s+(?:this|the|such)\s+(?:Court['’]s\s+)?(temporary\s+restraining\s+order|TRO|preliminary\s+injunction|injunction|order)\b[^.;]{0,40}?\b(?:expires|is\s+(?:dissolved|vacated|terminated|lifted)|ends|terminates|lapses)\b/i;

/** How the ruling keeps the order: tied to relief it grants, to a day, or until further order. */
type Kept = { relief: string } | { day: string } | { further: true };

/**
 * The sentence of the ruling that keeps the stay's order in effect, naming it by its number ("ECF
 * No. 5", "[5]", "Dkt. No. 5") or its day ("Order of January 11, 2027"), and how long it keeps it.
 */
/** Whether a sentence names the order that granted `s`: by its number ("ECF No. 5", "[5]", "Doc. 5") or its day ("Order of January 11, 2027"). */
function namesStayOrder(sentence: string, s: TrackedStay): boolean {
  const n = /^\d+$/.test(s.grantedBy.entry) ? s.grantedBy.entry : null;
  const byNumber = n
    ? new RegExp(String.raw`\[${n}\]|\b(?:ECF|Dkt|Doc|Docket)\.?\s*(?:(?:No|Entry)\.?\s*)?${n}\b`, 'i')
    : null;
  return (byNumber?.test(sentence) ?? false) || sentence.includes(longDate(s.since.slice(0, 10)));
}

function keptBy(words: string, s: TrackedStay): Kept | null {
  for (const sentence of sentences(words)) {
    if (!namesStayOrder(sentence, s) || !KEPT.test(sentence)) continue;
    const after = sentence.slice(KEPT.exec(sentence)!.index);
    const relief = WITH_RELIEF.exec(after);
    if (relief) return { relief: relief[1]! };
    const until = /\b(?:until|through)\b/i.exec(after);
    const date = until
      ? scanTemporals(after.slice(until.index), s.since.slice(0, 10)).find((x) => x.type === 'date')?.date
      : null;
    return date ? { day: date } : { further: true };
  }
  return null;
}

/** The relief the ruling grants that the kept order is tied to: of the kind its words name, else the first. */
function grantedHere(t: TrackerCore, at: Provenance, named: string): TrackedInjunction | null {
  const granted = [...t.state.injunctions.values()].filter((i) => i.grantedBy.entry === at.entry);
  const type = /restraining|TRO/i.test(named)
    ? 'TRO'
    : /preliminary/i.test(named)
      ? 'preliminary_injunction'
      : null;
  return granted.find((i) => i.type === type) ?? granted[0] ?? null;
}

/**
 * A ruling (`at`, an order or minutes) on the motion a stay's term waited for: the stay ends that
 * day, or lasts as the ruling says (`keptBy`). `words`: the entry's docket text and its document.
 */
export function endStaysAtRuling(
  t: TrackerCore,
  at: Provenance,
  words: string,
  findings: readonly InjunctionFinding[],
  events: TrackerEvent[],
): void {
  const rules = rulesOn(at, findings);
  for (const s of t.state.stays.values()) {
    const term = s.endsWithRuling;
    if (!term || s.state !== 'in_force' || s.grantedBy.entry === at.entry) continue;
    if (s.history.at(-1)?.entry === at.entry) continue;
    if (!rules(term)) continue;
    touch(t, s);
    s.endsWithRuling = null;
    const what = s.what ? ` of ${s.what}` : '';
    const kept = keptBy(words, s);
    if (!kept) {
      events.push(
        stayLifted(
          t,
          s,
          at,
          `Stay${what} ended with the ruling on ${motionName(term)}: it lasted until that ruling`,
          { reason: 'ruling', until: s.until },
        ),
      );
      continue;
    }
    const tied = 'relief' in kept ? grantedHere(t, at, kept.relief) : null;
    if (tied) s.tiedTo = tied.id;
    const lasts = tied ? termOf(tied) : 'day' in kept ? { expires: kept.day, until: null } : FURTHER_ORDER;
    const said = lasts.expires
      ? ` (through ${longDate(lasts.expires)})`
      : lasts.until === 'further_order'
        ? ' until further order'
        : '';
    events.push(
      moveEnd(
        s,
        at,
        lasts,
        `Stay${what} kept in effect by the ruling on ${motionName(term)}${tied ? ` as long as the ${reliefName(tied)} it grants` : ''}${said}`,
      ),
    );
  }
}

const FURTHER_ORDER = { expires: null, until: 'further_order' };

/** Relief's term as a stay keeps it: its last day, or its words when it has none. */
function termOf(i: TrackedInjunction): { expires: string | null; until: string | null } {
  const expires = i.until && DATE.test(i.until) ? i.until : null;
  return { expires, until: expires ? null : i.until };
}

/** The stay's end moved to `term` by the order `at` (kept, or extended with what it was kept for): recorded and told. */
function moveEnd(
  s: TrackedStay,
  at: Provenance,
  term: { expires: string | null; until: string | null },
  message: string,
): TrackerEvent {
  const previousExpires = s.expires;
  s.expires = term.expires;
  s.until = term.until;
  s.history.push({
    action: 'extended',
    entry: at.entry,
    date: at.dateFiled,
    expires: s.expires,
    previousExpires,
    what: s.what,
  });
  return entryEvent(at, 'stay.extended', s, message, { expires: s.expires, until: s.until, previousExpires });
}

function reliefName(i: TrackedInjunction): string {
  return i.type === 'TRO' ? 'temporary restraining order' : i.type.replace(/_/g, ' ');
}

/**
 * A stay kept as long as relief lasts (`tiedTo`) follows it: a new last day of that relief is the
 * stay's; that relief dissolved, vacated or replaced ends the stay the same day.
 */
export function followTiedRelief(t: TrackerCore, at: Provenance, events: TrackerEvent[]): void {
  for (const s of t.state.stays.values()) {
    const i = s.tiedTo ? t.state.injunctions.get(s.tiedTo) : undefined;
    if (!i || s.state !== 'in_force') continue;
    const what = s.what ? ` of ${s.what}` : '';
    if (i.state === 'dissolved' || i.state === 'vacated' || i.state === 'converted') {
      s.tiedTo = null;
      events.push(
        stayLifted(
          t,
          s,
          at,
          `Stay${what} ended with the ${reliefName(i)} it was kept for, which ended on ${longDate(at.dateFiled.slice(0, 10))}`,
          { reason: 'relief', until: s.until },
        ),
      );
      continue;
    }
    const term = termOf(i);
    if (i.state !== 'in_force' || (term.expires === s.expires && term.until === s.until)) continue;
    touch(t, s);
    events.push(
      moveEnd(
        s,
        at,
        term,
        `Stay${what} extended with the ${reliefName(i)} it was kept for${term.expires ? `: now through ${longDate(term.expires)}` : ''}`,
      ),
    );
  }
}

/**
 * "The Minute Order of September 13, 2027 (ECF No. 4) and the interim directive stated at the
 * September 21, 2027 hearing are superseded by this Order", "This Order supersedes the Court's Order
 * of July 6, 2027 [Doc. 4]": the interim orders it names end the day it is entered — their
 * protection is the new order's from then on. Named by number or by day (`namesStayOrder`).
 */
const SUPERSEDED_HERE =
  /\b(?:is|are)\s+(?:hereby\s+)?(?:SUPERSEDED|[Ss]uperseded|REPLACED|replaced)\s+by\s+(?:this|the\s+(?:present|instant))\b|\b(?:This|this)\s+(?:[\w-]+\s+){0,3}?(?:Order|order|Opinion)\s+(?:hereby\s+)?(?:SUPERSEDES|supersedes|REPLACES|replaces)\b/;

/** What an interim order is called, before "order" or "directive": "endorsed", "Minute", "the Court's text-only". */
const INTERIM_ORDER_NAME = String.raw`(?:the\s+|its\s+)?(?:Court['’]s\s+)?(?:(?:endorsed|interim|minute|text(?:[-\s]only)?|paperless|electronic|docket|oral|bench|emergency|administrative|procedural|prior|earlier|previous|ex\s+parte)\s+){0,3}(?:order|directive)\b`;
/**
 * The same ended by a vacatur that names it: "4. The endorsed order of September 5, 2028 (doc. no.
 * 4) is vacated as moot in light of paragraph 1" (D.N.H.), "The Court's Text Order [6] is hereby
 * VACATED", "In light of Respondents' representation, the endorsed order of June 24, 2027 (doc. no.
 * 9) is vacated", "the Court VACATES its Minute Order of May 4, 2027 (ECF No. 7)", "ORDER VACATING
 * [9] ENDORSED ORDER". The order is what the sentence vacates (the subject of its clause, or the
 * object of "vacates"): "the hearing set by Order [4] is vacated" vacates a hearing, not the order.
 */
const VACATED_HERE = new RegExp(
  String.raw`(?:^\W*(?:(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)?|[,:;]\s+)${INTERIM_ORDER_NAME}[^;:]{0,120}?\b(?:is|are)\s+(?:hereby\s+)?(?:vacated|dissolved|terminated|withdrawn|rescinded|lifted)\b|\b(?:vacat|dissolv|terminat|withdraw|rescind|lift)(?:es|s|ing)\s+(?:\[\d+\]\s+)?${INTERIM_ORDER_NAME}`,
  'i',
);

export function endStaysSuperseded(
  t: TrackerCore,
  at: Provenance,
  words: string,
  events: TrackerEvent[],
): void {
  const said = sentences(words).filter(
    (x) => (SUPERSEDED_HERE.test(x) && !NOT_SUPERSEDED.test(x)) || VACATED_HERE.test(x),
  );
  if (said.length === 0) return;
  // The relief the superseding order grants takes the stay's place (told with that relief).
  const successor = [...t.state.injunctions.values()].find((i) => i.grantedBy.entry === at.entry) ?? null;
  for (const s of t.state.stays.values()) {
    if (s.state !== 'in_force' || s.grantedBy.entry === at.entry || s.since > at.dateFiled) continue;
    const naming = said.find((x) => namesStayOrder(x, s));
    if (!naming) continue;
    s.endsWithRuling = null;
    const what = s.what ? ` of ${s.what}` : '';
    if (!successor) {
      events.push(
        stayLifted(
          t,
          s,
          at,
          `Stay${what} ended: the order of ${longDate(at.dateFiled.slice(0, 10))} ${VACATED_HERE.test(naming) ? 'vacates' : 'supersedes'} the order that granted it`,
          { until: s.until },
        ),
      );
      continue;
    }
    touch(t, s);
    const planned = s.expires;
    s.state = 'superseded';
    s.supersededBy = successor.id;
    endsOn(s, at.dateFiled);
    s.history.push({
      action: 'superseded',
      entry: at.entry,
      date: at.dateFiled,
      expires: s.expires,
      previousExpires: planned,
      what: s.what,
    });
    events.push(
      entryEvent(
        at,
        'stay.superseded',
        s,
        `Stay${what} superseded by the ${reliefName(successor)} granted on ${longDate(at.dateFiled.slice(0, 10))}`,
      ),
    );
  }
}

/** "is not superseded", "nothing in this Order supersedes": the old order stands. */
const NOT_SUPERSEDED = /\b(?:not|[Nn]othing)\b[^.;]{0,40}?\bsupersed/;
