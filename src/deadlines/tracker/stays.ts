/** Stays: granted, expanded, extended, lifted, superseded, denied. */
import { termEnds } from '../calendar.ts';
import { limitedToNamed } from '../court-acts.ts';
import { scanTemporals } from '../extract/grammar.ts';
import type { Coverage, DeadlineFinding, StayFinding } from '../types.ts';
import { mootDeadline } from './deadlines.ts';
import { docketOf, touch } from './lookup.ts';
import {
  entryEvent,
  type Provenance,
  type RulingTerm,
  type TrackedDeadline,
  type TrackedStay,
  type TrackerCore,
  type TrackerEvent,
} from './model.ts';
import { andList, capitalize, longDate, rulingTerm } from './words.ts';

/** A party as an order names it after "as to": "Defendant Port Freeport Navigation District" → "Port Freeport Navigation District". */
const PARTY_NAMED = String.raw`(?:(?:the\s+)?(?:Defendants?|Plaintiffs?|Respondents?|Petitioners?|Intervenors?|Third[- ]Party\s+Defendants?)\s+)?([A-Z][^.;:,()]*?)`;
/** "The stay is LIFTED as to Defendant X only", "lifted solely as to X", "lifted with respect to X". */
const LIFTED_AS_TO = new RegExp(
  String.raw`\blift(?:ed|s|ing)?\b(?:\s+(?:only|solely))?\s+(?:as\s+to|with\s+respect\s+to)\s+${PARTY_NAMED}(?:\s+only\b|\s*[.;:,]|\s+(?:and|but)\s+(?:remains|shall|is)\b|$)`,
  'i',
);
/** "The stay remains in effect except as to X", "… in all respects except as to X": lifted as to X. */
const KEPT_EXCEPT_AS_TO = new RegExp(
  String.raw`\bstay\b[^.;]{0,80}?\b(?:remains?|shall\s+remain|continues?|is\s+continued)\b[^.;]{0,60}?\bexcept\s+(?:as\s+to|with\s+respect\s+to|for)\s+${PARTY_NAMED}(?:\s*[.;:,]|\s+only\b|$)`,
  'i',
);
/** The rest of the stay kept (and its new last day): "As to all other parties the stay is extended through D", "In all other respects the stay remains in effect through D". */
const REST_KEPT =
  /\b(?:as\s+to\s+(?:all\s+)?(?:the\s+)?other\s+(?:parties|defendants|plaintiffs)|in\s+all\s+other\s+respects|otherwise)\b[^.;]{0,80}?\bstay\b[^.;]{0,40}?\b(?:is|shall\s+be|remains?|shall\s+remain)\b(?:\s+(?:hereby|further))?\s+(?:extended|continued|in\s+(?:full\s+)?(?:force\s+and\s+)?effect)\b(?:[^.;]{0,20}?\b(?:through|until|to)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4}))?/i;

/**
 * A stay lifted as to one party only, the rest kept: the party the order names, and the rest's new
 * last day when the same order gives one; `null` when the order lifts the stay for everyone.
 */
export function liftedAsToParty(text: string): { party: string; restUntil: string | null } | null {
  const m = LIFTED_AS_TO.exec(text) ?? KEPT_EXCEPT_AS_TO.exec(text);
  if (!m) return null;
  const party = m[1]!.trim().replace(/\s+/g, ' ');
  // "lifted as to all parties", "as to the claims", "for the limited purpose of …": not one party, named.
  if (
    /^(?:all|each|every|the\s+(?:case|action|entire|whole))\b|entirety/i.test(party) ||
    party.length < 3 ||
    !/^(?:the\s+)?[A-Z0-9]/.test(party)
  )
    return null;
  const rest = REST_KEPT.exec(text);
  return { party, restUntil: rest?.[1] ? isoDay(rest[1]) : null };
}

/** A day the words write out ("February 7, 2025", "2/7/2025"), read as the extractor reads dates. */
function isoDay(words: string): string | null {
  return scanTemporals(words, null).find((x) => x.type === 'date')?.date ?? null;
}

export function applyStay(
  t: TrackerCore,
  f: StayFinding,
  at: Provenance,
  supersededNow: TrackedStay[],
  /** The entry's whole words (a lifting may name the party in one sentence and keep the rest in another). */
  entryWords: string = at.words,
): TrackerEvent[] {
  const ev = (
    type: string,
    s: TrackedStay | null,
    message: string,
    data?: Record<string, unknown>,
  ): TrackerEvent => entryEvent(at, type, s, message, data);
  const expires = f.expires ?? stayExpiryFromPeriod(t, f);
  const party = stayParty(f.what);
  // A stay lifted or extended is the one of what its words name ("the stay of merits proceedings is
  // LIFTED" acts on the stay of proceedings, never on a stay of removal); an expansion changes what
  // is stayed, so it acts on the stay in force.
  const current =
    f.action === 'scope_expanded'
      ? currentStay(t, party ?? undefined)
      : currentStayOf(t, party ?? undefined, f.what);
  const push = (s: TrackedStay, action: string, previousExpires: string | null) => {
    touch(t, s);
    s.history.push({
      action,
      entry: at.entry,
      date: at.dateFiled,
      expires: s.expires,
      previousExpires,
      what: s.what,
    });
  };
  // Kept for the named parties only ("LIFTED except as to the named petitioners", "shall remain in
  // effect only as to Petitioner X"): in force for them alone (a stay that is one party's own is not).
  const only =
    (f.action === 'lifted' || f.action === 'extended') && current && !stayParty(current.what)
      ? limitedToNamed(entryWords)
      : null;
  if (current && only) {
    const previousExpires = current.expires;
    if (f.action === 'extended' && expires) current.expires = expires;
    current.limitedTo = { parties: only, since: at.dateFiled, entry: at.entry };
    push(current, 'limited', previousExpires);
    return [
      ev(
        'stay.lifted',
        current,
        `Stay${current.what ? ` of ${current.what}` : ''} lifted for everyone but ${andList(only)}: in force for them only${describeStayEnd(current)}`,
        {
          limitedTo: only,
          expires: current.expires,
          until: current.until,
          ...(current.expires !== previousExpires ? { previousExpires } : {}),
        },
      ),
    ];
  }
  switch (f.action) {
    case 'granted': {
      const s: TrackedStay = {
        id: `s${++t.state.seq}`,
        what: f.what,
        state: 'in_force',
        since: at.dateFiled,
        expires,
        until: f.until,
        grantedBy: at,
        history: [],
        supersededBy: null,
        // "Pending resolution of the [3] Emergency Motion": that ruling ends it (tracker/interim.ts).
        endsWithRuling: stayRulingTerm(f.until),
        // Granted for the named parties (or one subclass) only: it protects them, no one else.
        ...(f.covers && f.covers.who !== 'class'
          ? {
              limitedTo: {
                parties: coveredParties(f.covers),
                since: at.dateFiled,
                entry: at.entry,
                fromGrant: true as const,
              },
            }
          : {}),
      };
      t.state.stays.set(s.id, s);
      push(s, 'granted', null);
      const only = s.limitedTo?.parties;
      return [
        ev(
          'stay.granted',
          s,
          `Stay${s.what ? ` of ${s.what}` : ''} granted${only ? ` for ${andList(only)} only` : ''}${describeStayEnd(s)}`,
          {
            expires: s.expires,
            until: s.until,
            ...(only ? { limitedTo: only, fromGrant: true } : {}),
          },
        ),
        ...suspendPartyDeadlines(t, s, at),
      ];
    }
    case 'scope_expanded': {
      if (!current) return applyStay(t, { ...f, action: 'granted' }, at, supersededNow);
      // One order that expands a stay and sets its new last day ("expanded …; it expires fourteen
      // days from this order") is read whole: the expansion already carries the new last day, so
      // no message about it names the day the same order replaced.
      const events: TrackerEvent[] = [];
      const previousWhat = current.what;
      const previousExpires = current.expires;
      const moved = expires !== null && expires !== current.expires;
      if (f.what) current.what = f.what;
      if (moved) current.expires = expires;
      // Granted for the named parties only, now expanded: it reaches the people the expansion names.
      if (current.limitedTo?.fromGrant && f.covers?.who !== 'named') current.limitedTo = null;
      push(current, 'scope_expanded', previousExpires);
      events.push(
        ev(
          'stay.scope_expanded',
          current,
          `Stay expanded${f.what ? ` to ${f.what}` : ''}; ${current.expires ? `${moved ? 'now' : 'still'} expires ${longDate(current.expires)}` : 'no end date'}`,
          { previousWhat, expires: current.expires },
        ),
      );
      if (moved) {
        push(current, 'extended', previousExpires);
        events.push(
          ev(
            'stay.extended',
            current,
            `Stay now expires ${longDate(expires)}${previousExpires ? ` (was ${longDate(previousExpires)})` : ''}`,
            { expires, previousExpires },
          ),
        );
      }
      return events;
    }
    case 'extended': {
      const latest = current ?? latestStay(t, party ?? undefined);
      const s = latest && sameClass(latest.what, f.what) ? latest : null;
      if (!s) return applyStay(t, { ...f, action: 'granted' }, at, supersededNow);
      // What the stay was is its own record's last day — never another stay's date the order's
      // words or an earlier order suggest (`f.previousExpires`): a case can have one stay per party.
      const previousExpires = s.expires;
      // A stay whose last day passed before this order was not in force in between: the order
      // stays it again (protection was not continuous), it does not extend it.
      const lapsed = s.state === 'expired' || (previousExpires !== null && previousExpires < at.dateFiled);
      s.state = 'in_force';
      s.expires = expires;
      s.until = f.until;
      s.endsWithRuling = stayRulingTerm(f.until);
      s.tiedTo = null;
      if (f.what && !s.what) s.what = f.what;
      push(s, lapsed ? 'renewed' : 'extended', previousExpires);
      return [
        ...suspendPartyDeadlines(t, s, at),
        lapsed
          ? ev(
              'stay.renewed',
              s,
              `Stay${s.what ? ` of ${s.what}` : ''} granted again${describeStayEnd(s)}${previousExpires ? ` (the stay had ended ${longDate(previousExpires)})` : ''}`,
              { expires: s.expires, until: s.until, previousExpires },
            )
          : ev(
              'stay.extended',
              s,
              `Stay extended${describeStayEnd(s)}${previousExpires ? ` (was until ${longDate(previousExpires)})` : ''}`,
              { expires: s.expires, until: s.until, previousExpires },
            ),
      ];
    }
    case 'lifted':
    case 'superseded': {
      const s = current;
      // Lifted as to one party only: the stay stays in force for everyone else (a stay that is that
      // party's own is lifted whole).
      const asTo = f.action === 'lifted' && s && !stayParty(s.what) ? liftedAsToParty(entryWords) : null;
      if (s && asTo) {
        const previousExpires = s.expires;
        const moved = asTo.restUntil !== null && asTo.restUntil !== s.expires;
        s.liftedAsTo = [...(s.liftedAsTo ?? []), asTo.party];
        if (moved) {
          s.expires = asTo.restUntil;
          s.until = null;
        }
        push(s, 'lifted_as_to', previousExpires);
        return [
          ev(
            'stay.lifted',
            s,
            `Stay${s.what ? ` of ${s.what}` : ''} lifted as to ${asTo.party} only; for all other parties it ${moved ? 'is extended' : 'stays in force'}${describeStayEnd(s)}${moved && previousExpires ? ` (was until ${longDate(previousExpires)})` : ''}`,
            {
              asTo: asTo.party,
              expires: s.expires,
              until: s.until,
              ...(moved ? { previousExpires } : {}),
            },
          ),
        ];
      }
      if (!s)
        // Words that name what was stayed ("the stay of merits proceedings is LIFTED") with no stay of
        // that in force — it ended already (the mandate), or another stay in force is of something
        // else (a stay of removal) — change nothing, and tell nobody that protection ended.
        return stayClass(f.what) !== null || currentStay(t, party ?? undefined)
          ? []
          : [ev(`stay.${f.action}`, null, `Stay ${f.action}; no stay in force was tracked`)];
      s.state = f.action;
      // The district court acting itself settles what waited for the mandate.
      s.onAppeal = null;
      const planned = s.expires;
      endsOn(s, at.dateFiled);
      push(s, f.action, planned);
      if (f.action === 'superseded') supersededNow.push(s);
      return [
        ev(
          `stay.${f.action}`,
          s,
          f.action === 'lifted'
            ? `Stay${s.what ? ` of ${s.what}` : ''} lifted`
            : `Stay${s.what ? ` of ${s.what}` : ''} superseded${f.what && f.what !== s.what ? ` (${f.what})` : ''}`,
        ),
      ];
    }
    case 'denied': {
      // An interim stay "pending further order of the Court", then an order denying the stay of the
      // same thing: that order is the further order — the interim protection ends with it.
      const s = interimEndedByDenial(current, f, at.dateFiled);
      if (!s)
        return [
          ev(
            'stay.denied',
            null,
            `Stay denied${f.what ? `: ${f.what}` : ''}`,
            f.what ? { what: f.what } : {},
          ),
        ];
      const planned = s.expires;
      s.state = 'lifted';
      endsOn(s, at.dateFiled);
      push(s, 'lifted', planned);
      return [
        ev(
          'stay.lifted',
          s,
          `Stay${s.what ? ` of ${s.what}` : ''} ended: the court denied the stay${f.what ? ` of ${f.what}` : ''}, the further order the interim stay awaited`,
          { reason: 'denied' },
        ),
      ];
    }
  }
}

/**
 * The interim stay a denial ends: in force "until further order", granted before the denial, and of
 * the same thing by its words (a stay of removal, not one of proceedings); a denial as to one party
 * only ends nothing here.
 */
function interimEndedByDenial(current: TrackedStay | null, f: StayFinding, day: string): TrackedStay | null {
  if (current?.until !== 'further_order' || current.since >= day) return null;
  const kind = stayClass(f.what);
  if (kind === null || stayClass(current.what) !== kind || stayParty(f.what)) return null;
  return current;
}

/** The motions a stay's term waits for ("resolution of the [3] Emergency Motion"), when it names any. */
export function stayRulingTerm(until: string | null): RulingTerm | null {
  return until && until !== 'further_order' ? rulingTerm(`until ${until}`) : null;
}

export function stayExpiryFromPeriod(t: TrackerCore, f: StayFinding): string | null {
  const period = (f as StayFinding & { period?: DeadlineFinding['period'] }).period;
  if (!period?.trigger || period.unit === 'hours') return null;
  return termEnds({ from: period.trigger, n: period.n, unit: period.unit }, t.calendar);
}

/**
 * The party a stay is limited to, as one word: "deadlines between Pherah LLC and Zoho Corporation"
 * → "zoho" (the last party named: the one a plaintiff settles with), "… as to Asana, Inc." →
 * "asana"; `null` for a stay of the whole case.
 */
export function stayParty(what: string | null): string | null {
  const m = /\b(?:between|as to)\s+(.+)$/.exec(what ?? '');
  if (!m) return null;
  const last = m[1]!.split(/\s+and\s+/).at(-1)!;
  const word = /[A-Za-z][A-Za-z0-9]{2,}/.exec(last)?.[0]?.toLowerCase() ?? null;
  return word && !/^(?:plaintiffs?|defendants?|petitioners?|respondents?|the)$/.test(word) ? word : null;
}

/** A stay that is limited to a party only ever continues a stay of that party. */
function sameParty(s: TrackedStay, party: string | null | undefined): boolean {
  return party === undefined || stayParty(s.what) === party;
}

export function currentStay(t: TrackerCore, party?: string | null): TrackedStay | null {
  const day = t.state.asOf;
  return (
    [...t.state.stays.values()]
      .reverse()
      .find((s) => s.state === 'in_force' && sameParty(s, party) && (!day || stayInForceOn(s, day))) ?? null
  );
}

/**
 * What a stay pauses, as a class: removal (or transfer) of people, the case's own proceedings
 * (discovery, deadlines, briefing, the case), or a ruling pending appeal; `null` when unsaid.
 */
export function stayClass(what: string | null): 'removal' | 'proceedings' | 'ruling' | null {
  if (!what) return null;
  if (/\b(?:remov|deport|transfer)/i.test(what)) return 'removal';
  if (/\b(?:pending\s+appeal|injunction|execution)\b/i.test(what)) return 'ruling';
  if (
    /\b(?:proceedings?|discovery|deadlines?|briefing|case|action|litigation|matter|claims?|dates)\b/i.test(
      what,
    )
  )
    return 'proceedings';
  return null;
}

/**
 * The stay in force that words about a stay of `what` act on: the latest of the same class, else the
 * latest whose class is unsaid; `null` when every stay in force stays something else. Words that name
 * nothing act on the latest stay in force.
 */
export function currentStayOf(
  t: TrackerCore,
  party: string | null | undefined,
  what: string | null,
): TrackedStay | null {
  const wanted = stayClass(what);
  const latest = currentStay(t, party);
  if (!wanted || !latest) return latest;
  const day = t.state.asOf;
  const inForce = [...t.state.stays.values()]
    .reverse()
    .filter((s) => s.state === 'in_force' && sameParty(s, party) && (!day || stayInForceOn(s, day)));
  return (
    inForce.find((s) => stayClass(s.what) === wanted) ??
    inForce.find((s) => stayClass(s.what) === null) ??
    null
  );
}

/** Two stays' words can be of one stay: their classes agree, or one is unsaid. */
function sameClass(a: string | null, b: string | null): boolean {
  const x = stayClass(a);
  const y = stayClass(b);
  return x === null || y === null || x === y;
}

export function latestStay(t: TrackerCore, party?: string | null): TrackedStay | null {
  return (
    [...t.state.stays.values()]
      .reverse()
      .find((s) => (s.state === 'in_force' || s.state === 'expired') && sameParty(s, party)) ?? null
  );
}

/**
 * Once the claims between the plaintiff and a party are dismissed, nothing is left to stay
 * between them: a stay limited to that party ends ("All claims … between plaintiff and defendant
 * Asana Inc. … are hereby dismissed", "The Clerk is ORDERED to terminate Asana").
 */
export function endStaysOfDismissed(t: TrackerCore, at: Provenance): TrackerEvent[] {
  const text = at.words;
  if (!/\bdismiss(?:ed|es|ing)?\b|\bDISMISSED\b/i.test(text)) return [];
  const events: TrackerEvent[] = [];
  for (const s of t.state.stays.values()) {
    if (s.state !== 'in_force' || s.grantedBy.entry === at.entry) continue;
    const party = stayParty(s.what);
    if (!party) continue;
    if (!dismisses(text, party)) continue;
    // Ended because nothing is left to stay, not lifted so the case goes on: told as the dismissal.
    events.push(
      stayLifted(
        t,
        s,
        at,
        `Stay of ${s.what} ended: the claims ${s.what?.replace(/^.*?\b(between|as to)\b/, '$1')} were dismissed`,
        { dismissed: true },
      ),
    );
  }
  return events;
}

/** Words that dismiss everything between the plaintiff and a party, not one claim of it. */
const WHOLE_DISMISSAL =
  /\ball\s+(?:claims|causes\s+of\s+action)\b|\bclaims\s+for\s+relief\s+against\b|\bterminate\b|\bin\s+(?:its|their)\s+entirety\b/i;

/**
 * A party whose claims are all dismissed has no deadlines left in the case: its own deadlines
 * (those the words bind to it, `obligedParty`), open or stayed, end (`deadline.mooted`).
 */
export function endDeadlinesOfDismissed(t: TrackerCore, at: Provenance): TrackerEvent[] {
  const text = at.words;
  if (!/\bdismiss(?:ed|es|ing)?\b/i.test(text) || !WHOLE_DISMISSAL.test(text)) return [];
  const events: TrackerEvent[] = [];
  for (const d of t.state.deadlines.values()) {
    if (d.state !== 'open' && d.state !== 'suspended') continue;
    if (d.review === 'dismissed' || !d.obligedParty || d.setBy.entry === at.entry) continue;
    if (!dismisses(text, d.obligedParty)) continue;
    mootDeadline(t, d, at);
    events.push(
      entryEvent(
        at,
        'deadline.mooted',
        d,
        `${capitalize(d.what)} no longer due: the claims against ${d.party ?? d.obligedParty} were dismissed`,
        { due: d.due },
      ),
    );
  }
  return events;
}

/** Whether `text` dismisses the claims between the plaintiff and `party` (one word: "asana"). */
function dismisses(text: string, party: string): boolean {
  return new RegExp(`\\b(?:against|between|terminate|dismiss\\w*)\\b[^.]{0,120}\\b${party}`, 'i').test(text);
}

/** What a briefing schedule's deadlines are: motions, cross-motions, oppositions, responses, replies, briefs. */
const BRIEFING =
  /\b(?:motions?|cross-motions?|oppositions?|responses?|repl(?:y|ies)|briefs?|memorand(?:um|a))\b/i;

/** Stays of deadlines or proceedings: what a party-limited stay pauses. */
const STAYS_DEADLINES = /\b(?:deadlines?|proceedings?|claims?|case|action|litigation|dates)\b/i;

/**
 * A stay limited to a party ("all unreached deadlines as between Pherah LLC and Zoho Corporation
 * are stayed") pauses that party's own deadlines not yet reached: they no longer count down
 * (`suspended`; the stay's own message says they are on hold). They stay paused when the stay
 * ends — an order sets the party's deadlines again (an extension or a new date reopens one) — and
 * end if the party is dismissed.
 */
function suspendPartyDeadlines(t: TrackerCore, s: TrackedStay, at: Provenance): TrackerEvent[] {
  const party = stayParty(s.what);
  // A stay (or abeyance) of the briefing pauses the briefing's deadlines still to come, whoever owes
  // them: the motions, oppositions, replies and briefs — not a report or a letter the same order sets.
  const briefing = !party && s.what === 'briefing';
  if (!briefing && (!party || !STAYS_DEADLINES.test(s.what ?? ''))) return [];
  return suspendDeadlines(
    t,
    at,
    (d) => (briefing ? BRIEFING.test(d.what) && d.setBy.entry !== at.entry : d.obligedParty === party),
    `the stay of ${s.what}${describeStayEnd(s)}`,
  );
}

/**
 * A court of appeals staying its own briefing ("The briefing schedule is stayed", "Briefing is
 * suspended pending …", "the appeal is held in abeyance"): the appeal's briefing deadlines still to
 * come — dated or waiting for a brief — are not due while it lasts (`suspended`), never "passed".
 * Only that appeal's: its docket set them. No stay record is made: nothing of the case is stayed,
 * and nobody is protected by it. A later schedule dates them again.
 */
export function suspendAppealBriefing(t: TrackerCore, f: StayFinding, at: Provenance): TrackerEvent[] {
  if (f.action === 'lifted') return resumeAppealBriefing(t, f, at);
  if (f.action !== 'granted') return [];
  // "Proceedings in this appeal are stayed", "the appeal is held in abeyance", "The joint motion to
  // stay this appeal pending settlement is GRANTED … all briefing deadlines are suspended" — not the
  // district court's proceedings, which a court of appeals' order can stay too.
  const words = f.source ?? at.words;
  const ownAppeal =
    (f.what === 'proceedings' || f.what === 'deadlines' || f.what === null) &&
    OWN_APPEAL.test(words) &&
    !/\bdistrict\b/i.test(words);
  if (f.what !== 'briefing' && !ownAppeal) return [];
  const docket = docketOf(at.entry);
  return suspendDeadlines(
    t,
    at,
    (d) => docketOf(d.setBy.entry) === docket && BRIEFING.test(d.what) && d.setBy.entry !== at.entry,
    `the court of appeals stayed ${ownAppeal ? 'the appeal' : 'the briefing'}`,
  );
}

/**
 * The court of appeals ending its pause of the briefing ("the abatement is lifted", "the abeyance is
 * LIFTED", "the stay of briefing is lifted"): a brief the pause held that waits for another brief
 * ("reply brief due 21 days after service of the answering brief") is due again when that brief is
 * filed. One with a day keeps waiting for the schedule the court sets again (its old day is gone).
 */
function resumeAppealBriefing(t: TrackerCore, f: StayFinding, at: Provenance): TrackerEvent[] {
  const words = f.source ?? at.words;
  if (f.what !== 'briefing' && !/\b(?:abatement|abeyance)\b/i.test(words) && !OWN_APPEAL.test(words))
    return [];
  const docket = docketOf(at.entry);
  for (const d of t.state.deadlines.values()) {
    if (d.state !== 'suspended' || d.due || d.heldPendingAppeal || docketOf(d.setBy.entry) !== docket)
      continue;
    if (docketOf(d.history.findLast((h) => h.change === 'suspended')?.entry ?? '') !== docket) continue;
    touch(t, d);
    d.state = 'open';
    d.history.push({ change: 'resumed', entry: at.entry, date: at.dateFiled, due: null, previousDue: null });
  }
  return [];
}

/** The appeal itself, as its court names it in an order staying it. */
const OWN_APPEAL = /\b(?:this|the|instant)\s+appeal\b|\bproceedings\s+in\s+this\s+(?:case|matter)\b/i;

/** Pause the open deadlines `which` picks that are still to come (`why`: the stay, in the message). */
function suspendDeadlines(
  t: TrackerCore,
  at: Provenance,
  which: (d: TrackedDeadline) => boolean,
  why: string,
): TrackerEvent[] {
  const events: TrackerEvent[] = [];
  for (const d of t.state.deadlines.values()) {
    if (d.state !== 'open' || d.review === 'dismissed' || !which(d)) continue;
    if (d.due && d.due < at.dateFiled) continue;
    touch(t, d);
    d.state = 'suspended';
    d.history.push({
      change: 'suspended',
      entry: at.entry,
      date: at.dateFiled,
      due: d.due,
      previousDue: null,
    });
    events.push({
      type: 'deadline.suspended',
      entry: at.entry,
      date: at.dateFiled,
      subject: d.id,
      message: `${capitalize(d.what)} stayed: ${why}`,
      data: { due: d.due },
    });
  }
  return events;
}

export function stayInForceOn(s: TrackedStay, day: string): boolean {
  if (s.state !== 'in_force' && s.state !== 'expired') return false;
  return !s.expires || s.expires >= day;
}

export function describeStayEnd(s: TrackedStay): string {
  if (s.expires) return ` through ${longDate(s.expires)}`;
  if (s.until === 'further_order') return ' until further order';
  return s.until ? ` until ${s.until}` : '';
}

/** A stay that ends by `at` without an order lifting it by name (nothing left to stay): lifted, in its history. */
/** The stay lifted by `at`, and the event that tells it (`message` and `data` say why it ended). */
export function stayLifted(
  t: TrackerCore,
  s: TrackedStay,
  at: Provenance,
  message: string,
  data: Record<string, unknown>,
): TrackerEvent {
  liftStay(t, s, at);
  s.history.at(-1)!.ended = true;
  return entryEvent(at, 'stay.lifted', s, message, data);
}

export function liftStay(t: TrackerCore, s: TrackedStay, at: Provenance): void {
  touch(t, s);
  s.state = 'lifted';
  const planned = s.expires;
  endsOn(s, at.dateFiled);
  s.history.push({
    action: 'lifted',
    entry: at.entry,
    date: at.dateFiled,
    expires: s.expires,
    previousExpires: planned,
    what: s.what,
  });
}

/**
 * A stay ended on `day` by an act (lifted, superseded, vacated, its case or claims dismissed) before
 * its last day: its stored last day is the day it ended — pages, calendars and messages never show
 * "until July 24" for a stay that ended July 10. The planned last day stays in its history (the
 * `previousExpires` of the entry that ended it; `plannedEnd`).
 */
export function endsOn(s: TrackedStay, day: string): void {
  if (s.expires && s.expires > day) s.expires = day;
}

/** The last day a stay ended early was to last (`endsOn`): what is left of it if the ending is undone. */
export function plannedEnd(s: TrackedStay): string | null {
  const ended = s.history.findLast(
    (h) => h.action === 'lifted' || h.action === 'superseded' || h.action === 'vacated',
  );
  return ended ? ended.previousExpires : s.expires;
}

/** The people relief granted for some only covers, as messages name them: the parties, or a subclass's members. */
export function coveredParties(c: Exclude<Coverage, { who: 'class' }>): string[] {
  return c.who === 'named' ? c.parties : [`members of the ${c.name}`];
}
