/**
 * The words of every notification. Each event has a short headline (subjects, digest lines) and a
 * sentence per audience: the legal team reads precise terms with numbers and dates; advocates read
 * what it means for the people in the case ("no one in the class can be deported …"); maintainers
 * read what broke. Nothing here escapes: the renderer does, for HTML only.
 */
import type { CaseClass, CaseClasses, ClassEnd } from '../../db/case-details.ts';
import { findCourt } from '../courts.ts';
import { readAppealsDocket } from '../deadlines/appellate.ts';
import { classMembersGroup, classMembersRightOf } from '../deadlines/class-rights.ts';
import { andList, appealDecidedWords, rulingTerm, untilAppealDecided } from '../deadlines/tracker/words.ts';
import type { InjunctionType } from '../deadlines/types.ts';
import type { HearingWhere, RulingTerm } from '../model/events.ts';
import { type TermForms, termIn } from './glossary.ts';
import { dateIn, type Language, ltr, t, timeIn } from './i18n.ts';
import { conditionIn, deadlineIn, hearingIn, partyIn, quoted, stayWhatIn } from './labels.ts';
import {
  injunctionProtects,
  type OtherProtection,
  type OutOf,
  otherProtections,
  type Protection,
} from './protects.ts';
import type {
  Audience,
  CaseHeading,
  CourtActEvent,
  DeadlineEvent,
  HearingEvent,
  InjunctionEvent,
  NotifyEvent,
  StayEvent,
} from './types.ts';

export interface Phrase {
  /** Short, for a subject line: "Stay extended to July 24, 2017". */
  headline: string;
  /** One or two sentences for the body, in the audience's language. */
  sentence: string;
}

/** English month names, January first (dates in messages and the names read back from them). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `2017-07-24` → `July 24, 2017`; anything else is returned as given. */
/** The day after `iso` (`YYYY-MM-DD`). */
function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export function formatDate(date: string | null | undefined): string {
  if (!date) return 'an unstated date';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month) return date;
  return `${month} ${Number(m[3])}, ${m[1]}`;
}

/** `14:30` → `2:30 PM`. */
export function formatTime(time: string | null | undefined): string | null {
  if (!time) return null;
  const m = /^(\d{1,2}):(\d{2})/.exec(time);
  if (!m) return time;
  const h = Number(m[1]);
  return `${h % 12 === 0 ? 12 : h % 12}:${m[2]} ${h < 12 ? 'AM' : 'PM'}`;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is past. */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000,
  );
}

/** "in 3 days", "tomorrow", "today", "2 days ago". */
export function daysLeftText(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** `status_conference` → `status conference`. */
export function humanize(code: string): string {
  return code.replace(/_/g, ' ').trim();
}

/**
 * A court of appeals as a message names it, in the reader's language: "the Sixth Circuit" (its name
 * in the catalog, `court.appeals`) for a court the court table (src/courts.ts) knows as a court of
 * appeals, else "the court of appeals". `courtOf` says whose: "the Sixth Circuit’s", "the court of
 * appeals’", "del Sexto Circuito"; in Arabic the name itself (a construct: قرار محكمة …).
 * `Court` and `CourtOf` begin a sentence.
 */
export function appealsCourtIn(
  lang: Language,
  id: string | null | undefined,
): { court: string; Court: string; courtOf: string; CourtOf: string } {
  const known = id ? findCourt(id) : null;
  const court = t(lang, 'court.appeals', { court: known?.type === 'appellate' ? known.id : 'other' });
  const courtOf =
    lang === 'en'
      ? `${court}’${court.endsWith('s') ? '' : 's'}`
      : lang === 'es'
        ? court.startsWith('el ')
          ? `del ${court.slice(3)}`
          : `de ${court}`
        : court;
  return { court, Court: capitalize(court), courtOf, CourtOf: capitalize(courtOf) };
}

/**
 * The court of appeals an event is about: the one it names, the case's own when the case is an
 * appeal, else the one its linked appeals are in; `null` when none is known.
 */
export function appealsCourtOf(c: CaseHeading, own?: string | null): string | null {
  return own ?? (isAppellate(c.court) ? c.court : (c.appealsCourt ?? null));
}

/** The court of appeals in English: "the Sixth Circuit", or "the court of appeals". */
function appealsCourt(id: string | null): string {
  return appealsCourtIn('en', id).court;
}

const INJUNCTION_NAMES: Record<InjunctionType, string> = {
  TRO: 'temporary restraining order',
  preliminary_injunction: 'preliminary injunction',
  permanent_injunction: 'permanent injunction',
  agency_postponement: '§ 705 postponement of the rule',
  consent_decree: 'consent decree',
  settlement: 'settlement agreement',
  set_aside: 'vacatur of the agency action (5 U.S.C. § 706)',
  declaratory_judgment: 'declaratory judgment',
  injunction_pending_appeal: 'injunction pending appeal',
};

/**
 * "ECF No. 87" on a district or bankruptcy docket, "Doc. 12" on a court of appeals' (as each court
 * labels its entries), or "an unnumbered entry".
 */
export function entryLabel(
  number: string | null | undefined,
  court?: string | null,
  language: Language = 'en',
): string {
  return t(language, 'entry.label', {
    number: number || 'none',
    appellate: isAppellate(court) ? 'yes' : 'no',
  });
}

/**
 * A duty of an appeal named with the appeal's number ("Appellant brief (appeal No. 27-2290)"): a case
 * can have several appeals, each with its own briefing of the same names.
 */
/**
 * Which telling of a deadline event: an act the court ordered ("The court ordered: … by D"), a
 * schedule changed, the reader's first word of a moved deadline (`current`), or the change itself.
 */
function changeWords(event: Extract<NotifyEvent, { type: 'deadline' }>): string {
  if (event.change === 'moved' && event.schedule) return 'schedule';
  if (
    classRight(event) &&
    (event.dueDate || event.condition) &&
    (event.change === 'set' || event.change === 'moved')
  )
    return 'right';
  if (event.act && event.dueDate && (event.change === 'set' || (event.change === 'moved' && event.first)))
    return 'act';
  return event.change === 'moved' && event.first ? 'current' : event.change;
}

/** The class members' right a deadline is their last day for (`isClassMembersRight`), as a message's select value. */
function classRight(
  event: Extract<NotifyEvent, { type: 'deadline' }>,
): 'object' | 'opt_out' | 'claim' | null {
  const right = classMembersRightOf(event.what);
  return right === null ? null : right === 'object' ? 'object' : right === 'opt out' ? 'opt_out' : 'claim';
}

/** The class members a last day is only for (`classMembersGroup`), in the order's words quoted; 'none' when the whole class's. */
function onlyFor(lang: Language, what: string): string {
  const group = classMembersGroup(what);
  return group ? t(lang, 'deadline.onlyFor', { group: quoted(lang, group) }) : 'none';
}

/**
 * Where and how a hearing is held, as a sentence in `lang` ("It will be held by video. The order gives
 * a way to join it …"); the room in the court's words, quoted; '' when its order said nothing.
 */
export function whereIn(lang: Language, where: HearingWhere | undefined): string {
  if (!where) return '';
  return t(lang, 'hearing.where', {
    how: where.manner ?? 'none',
    place: where.place ? quoted(lang, where.place) : 'none',
    join: where.joinGiven ? 'yes' : 'no',
  });
}

/** How often a recurring duty comes, in `lang` ("every three months (each quarter)"). */
function cadenceIn(lang: Language, c: { every: number; unit: 'days' | 'weeks' | 'months' }): string {
  return t(lang, 'deadline.every', { n: c.every, unit: c.unit });
}

function withAppeal(lang: Language, what: string, appeal: string | undefined): string {
  return appeal ? t(lang, 'deadline.inAppeal', { what, docket: appeal }) : what;
}

/**
 * A deadline or hearing ended because the order that set it was taken back (stricken, withdrawn,
 * vacated as entered in error): the message says so — which order, of which day — never a bare
 * "Deadline vacated".
 */
function withdrawnReason(
  lang: Language,
  event: DeadlineEvent | HearingEvent,
  told: { headline: string; sentence: string },
): { headline: string; sentence: string } {
  const w = event.withdrawn;
  if (!w) return told;
  const values = {
    headline: told.headline,
    how: w.how,
    order: entryLabel(String(w.entry), event.case.court, lang),
    dated: w.on ? 'yes' : 'no',
    date: dateIn(lang, w.on),
  };
  return {
    headline: t(lang, 'withdrawn.headline', values),
    sentence: `${told.sentence} ${t(lang, 'withdrawn.because', values)}`,
  };
}

/**
 * A term that ends with a ruling, in the reader's language (`key`: the alert's sentence or the
 * digest's note): "the motion (ECF No. 9)", or the motion for a preliminary injunction.
 */
export function soonerIn(
  lang: Language,
  key: 'injunction.sooner' | 'posture.sooner' | 'until.ruling',
  r: RulingTerm,
): string {
  return t(lang, key, {
    kind: r.motions.length > 0 ? 'number' : 'pi',
    label: andList(
      r.motions.map((n) => entryLabel(String(n), null, lang)),
      lang,
    ),
  });
}

/**
 * An opinion or judgment on a court of appeals' docket is that court's decision, named as such
 * ("Opinion of the court of appeals (Doc. 318)"), never as a bare new entry.
 */
function appealsDecision(kind: string, court: string | null | undefined): 'opinion' | 'judgment' | null {
  return (kind === 'opinion' || kind === 'judgment') && isAppellate(court) ? kind : null;
}

/** A motion ruled on in the entry's own words: "Appellants' motion for a stay pending appeal is denied". */
const RULES_ON_MOTION =
  /\b(?:motion|application|petition|request)\b[^.;]{0,160}?\b(?:is|are)\s+(?:hereby\s+)?(?:granted|denied)\b/i;

/**
 * What an entry is, as messages name it. An "OPINION AND ORDER" of a court of appeals that rules
 * on a motion (a stay pending appeal, an injunction pending appeal) and decides nothing of the
 * appeal is that ruling, an order — never "its opinion", which a reader takes as the appeal decided.
 */
function entryKind(item: { kind: string; text: string }, court: string | null | undefined): string {
  if (!appealsDecision(item.kind, court)) return item.kind;
  const act = readAppealsDocket(item.text);
  if (act?.act === 'stay' || act?.act === 'injunction') return 'order';
  return !act && RULES_ON_MOTION.test(item.text) ? 'order' : item.kind;
}

/**
 * The court of appeals' steps after its decision, in English: rehearing denied (the mandate is due
 * 7 days later, FRAP 41(b)), the mandate stayed (FRAP 41(d)), a petition for certiorari filed. None
 * changes what is in force; each says when the decision will take effect.
 */
function afterDecisionSentence(
  event: Extract<NotifyEvent, { type: 'appeal_ruling' }>,
  court: string,
  plain: boolean,
): string {
  const Court = capitalize(court);
  const of = event.decided ? ` of ${formatDate(event.decided)}` : '';
  const on = event.entry?.date ? ` on ${formatDate(event.entry.date)}` : '';
  if (event.outcome === 'rehearing_denied') {
    const due = event.mandateDue ? formatDate(event.mandateDue) : null;
    return plain
      ? `${Court} refused to hear the appeal again${event.enBanc ? ' with all its judges' : ''}: its decision${of} stands. It takes effect when the court sends its mandate${due ? `, due ${due}` : ''}, unless the court delays it.`
      : `${Court} denied ${event.enBanc ? 'rehearing en banc' : 'rehearing'}${on}: its decision${of} stands. Its mandate is due${due ? ` ${due}` : ' 7 days later'} (FRAP 41(b)) unless the court stays it; the decision takes effect when the mandate issues.`;
  }
  if (event.outcome === 'mandate_stayed') {
    const until = event.until ? ` until ${formatDate(event.until)}` : '';
    const cert = event.pendingCertiorari
      ? plain
        ? `${until ? ', and longer if' : ' while'} the losing side asks the Supreme Court to hear the case`
        : `${until ? ', and longer if' : ' while'} a petition for a writ of certiorari is filed, until the Supreme Court disposes of it`
      : '';
    return plain
      ? `${Court} delayed putting its decision${of} into effect${until}${cert}: nothing changes for now; what applies today still applies.`
      : `${Court} stayed its mandate${on}${until}${cert} (FRAP 41(d)): its decision${of} does not take effect yet; what is in force stays in force.`;
  }
  const filed = event.decided ? ` on ${formatDate(event.decided)}` : '';
  return plain
    ? `The losing side asked the Supreme Court to hear the case${filed}. Until the Supreme Court decides whether to take it, nothing changes.`
    : `A petition for a writ of certiorari was filed in the Supreme Court${filed}${event.number ? ` (No. ${event.number})` : ''}: ${court}’s decision is not final yet${event.mandateStayed ? ', and its mandate stays stayed until the Supreme Court disposes of the petition' : ''}. Nothing in force changes.`;
}

/** " on April 10, 2019 (CA6 Doc. 111)": a mandate's day, and its entry when the event names none. */
function mandateOn(event: Extract<NotifyEvent, { type: 'appeal_ruling' }>): string {
  if (!event.issued) return '';
  const label = !event.entry && event.issued.label ? ` (${event.issued.label})` : '';
  return ` on ${formatDate(event.issued.date)}${label}`;
}

/** A step a court of appeals takes on the way to its decision, as docketwatch names it. */
export type AppellateStep = 'argued' | 'submitted' | 'heard' | 'calendared';

/**
 * The clerks' words for those steps on a court of appeals' docket, first match wins: "ARGUED AND
 * SUBMITTED TO …" (9th Cir.), "SUBMITTED ON THE BRIEFS", "Case submitted without oral argument",
 * "ORAL ARGUMENT HEARD before …" (6th Cir.), "CASE argued", "CALENDARED for oral argument",
 * "Case calendared". They change nothing in force: they say where the appeal is.
 */
const APPELLATE_STEPS: readonly [RegExp, AppellateStep][] = [
  [/\bargued\s+and\s+submitted\b/i, 'argued'],
  [
    /\bsubmitted\s+(?:on\s+the\s+(?:briefs|record|papers)|without\s+(?:oral\s+)?argument)\b|^\W*(?:case|cause|appeal)\s+submitted\b/i,
    'submitted',
  ],
  [
    /\boral\s+argument\s+(?:was\s+)?(?:heard|held)\b|^\W*(?:(?:case|cause|appeal)\s+(?:was\s+)?)?argued\b/i,
    'heard',
  ],
  [
    // "CALENDARED: San Francisco, June 12 2017", "Case calendared for argument", "set for oral argument"
    // — not a request that it be ("motion to have the case calendared").
    /^\W*calendared\b|\b(?:case|appeal|cause)\s+(?:is\s+|was\s+|has\s+been\s+)?calendared\b(?!\s+(?:by|upon)\s+motion)|\bcase\s+calendaring\b|\b(?:is|was|has\s+been|hereby)\s+(?:scheduled|set|listed)\s+for\s+oral\s+argument\b|^\W*(?:scheduled|set)\s+for\s+oral\s+argument\b/i,
    'calendared',
  ],
];

/** The step an entry on a court of appeals' docket records, or `null` (a ruling is never a step). */
export function appellateStep(
  kind: string,
  text: string,
  court: string | null | undefined,
): AppellateStep | null {
  if (!isAppellate(court) || ['order', 'opinion', 'judgment', 'mandate'].includes(kind)) return null;
  for (const [re, step] of APPELLATE_STEPS) if (re.test(text)) return step;
  return null;
}

/** A party's paper named by what its title says it is, where its stored kind says it only loosely. */
export type Paper =
  | 'appellee_brief'
  | 'appellant_brief'
  | 'reply_brief'
  | 'amicus_brief'
  | 'memorandum'
  | 'rehearing_petition';

/**
 * A party's petition for rehearing (FRAP 35, 40), as the clerk dockets it ("PETITION for rehearing
 * en banc filed by Appellee …", the Ninth Circuit's "Filed (ECF) Appellants Petition for Rehearing En
 * Banc"): stored as a motion or an entry, named as what it is.
 */
const REHEARING_PETITION =
  /^(?:Filed\s+(?:\(ECF\)\s+)?(?:[\w.,'’-]+\s+){0,8}?)?PETITION\s+for\s+(?:panel\s+)?rehearing\b(?![^.;]{0,80}\b(?:is|are)\s+(?:hereby\s+)?(?:granted|denied)\b)/i;

/** Kinds of party papers whose title may say more (an order, a motion or a notice says what it is). */
const LOOSE_KINDS = new Set(['response', 'reply', 'pleading', 'other']);

const BRIEF_WORDS = String.raw`(?:(?:FINAL|PRINCIPAL|PROOF|CORRECTED|AMENDED|OPENING|RESPONSE|SUPPLEMENTAL)\s+)*BRIEF\b`;

/**
 * What a party's paper is when the title of its docket text says it and its stored kind does not
 * (an appellee's brief is stored as a response to the appellant's; a memorandum that opposes or
 * replies to nothing, as a response): "APPELLEE BRIEF" → `appellee_brief`, "MEMORANDUM Regarding
 * Sanctions" → `memorandum`; `null` otherwise. Messages say it ("Appellee’s brief filed (Doc.
 * 32)"); the stored kind stays as it is (digests group entries by it).
 */
export function paperOf(kind: string, text: string): Paper | null {
  // The Tenth Circuit's document number before the text ("[11153300] Appellant's brief filed …").
  const head = text.trimStart().replace(/^\[\d{7,}\]\s*/, '');
  if ((kind === 'motion' || LOOSE_KINDS.has(kind)) && REHEARING_PETITION.test(head))
    return 'rehearing_petition';
  if (!LOOSE_KINDS.has(kind)) return null;
  // The clerk's schedule line, not the paper: "Appellant's brief due on or before 04/06/2026".
  if (
    new RegExp(String.raw`^(?:[\w'’-]+\s+){0,3}?${BRIEF_WORDS}\s+(?:is\s+|are\s+|now\s+)?due\b`, 'i').test(
      head,
    )
  )
    return null;
  if (
    new RegExp(String.raw`^(?:CROSS-)?(?:APPELLEES?|RESPONDENTS?)(?:['’]S?)?\s+${BRIEF_WORDS}`, 'i').test(
      head,
    )
  )
    return 'appellee_brief';
  if (
    new RegExp(String.raw`^(?:CROSS-)?(?:APPELLANTS?|PETITIONERS?)(?:['’]S?)?\s+${BRIEF_WORDS}`, 'i').test(
      head,
    )
  )
    return 'appellant_brief';
  if (/^(?:\w+['’]?S?\s+)?REPLY\s+BRIEF\b/i.test(head)) return 'reply_brief';
  if (
    /^(?:AMICUS\s+(?:CURIAE\s+)?BRIEF|BRIEF\s+(?:of|for|by)\s+(?:[\w.,'’-]+\s+){0,12}?AMIC(?:US|I)\b)/i.test(
      head,
    )
  )
    return 'amicus_brief';
  if (
    /^MEMORANDUM\b/i.test(head) &&
    !/^MEMORANDUM\s+(?:(?:of\s+(?:law|points\s+and\s+authorities)\s+)?in\s+(?:opposition|response|reply|support)|opinion|order|and\s+order)\b/i.test(
      head,
    )
  )
    return 'memorandum';
  return null;
}

/** A court of appeals or a bankruptcy appellate panel (their entries are "Doc.", not "ECF No."). */
export function isAppellate(court: string | null | undefined): boolean {
  const type = court ? findCourt(court)?.type : undefined;
  return type === 'appellate' || type === 'bap';
}

/** Ordering of events by what matters most (lower first): the subject names the first. */
export function importance(event: NotifyEvent): number {
  switch (event.type) {
    case 'stay':
      return event.change === 'lifted' ? 0 : 1;
    case 'stay_expiring':
      return event.daysLeft <= 2 ? 0 : 2;
    case 'injunction':
      return 1;
    case 'appeal_ruling':
      return event.outcome === 'affirmed' ? 4 : 1;
    case 'court_act':
      return event.act === 'decertified' || event.act === 'certified' || event.act === 'judgment' ? 1 : 2;
    case 'source_down':
    case 'layout_changed':
      return 2;
    case 'filing_missing':
      return 3;
    case 'deadline':
      return 3;
    case 'hearing':
      return 4;
    case 'entry_added':
    case 'entry_updated':
      return event.item.kind === 'order' || event.item.kind === 'opinion' || event.item.kind === 'judgment'
        ? 5
        : 6;
  }
}

/**
 * The words for one event. Advocates read plain language in their own language (`language`); the
 * legal team and maintainers read precise English terms.
 */
export function phrase(event: NotifyEvent, audience: Audience, language: Language = 'en'): Phrase {
  if (audience === 'advocate') {
    const plain = plainPhrase(event, language);
    if (plain) return plain;
  }
  const plain = audience !== 'legal';
  switch (event.type) {
    case 'court_act':
      return courtActPhrase(event, 'en');
    case 'stay':
      return stayPhrase(event, plain);
    case 'stay_expiring': {
      const when =
        event.daysLeft === 0 ? 'today' : `in ${event.daysLeft} day${event.daysLeft === 1 ? '' : 's'}`;
      const party = stayPartyName(event.what);
      const headline = `Stay${party ? ` for ${party}` : ''} ends ${when} (${formatDate(event.expires)})`;
      if (!plain) {
        return {
          headline,
          sentence: `Stay${event.what ? ` (${event.what})` : ''} expires ${when}: its last day is ${formatDate(event.expires)}.`,
        };
      }
      // A stay granted for named people alone: they, not "the class", lose it.
      const who = event.forParties?.length
        ? partiesIn('en', event.forParties)
        : whoseRemoval(event.what).replace(/^the class$/, 'people in the class');
      const after = isRemoval(event.what) ? ` After that, ${who} could be deported.` : '';
      const which = !after && event.what ? ` It stays ${event.what}.` : '';
      return {
        headline,
        sentence: `The stay ends ${when}, on ${formatDate(event.expires)}, unless the judge extends it.${after}${which}`,
      };
    }
    case 'injunction': {
      const name = INJUNCTION_NAMES[event.injunction];
      const Name = capitalize(name);
      const until = event.until ? ` until ${untilText(event.until, event.untilTime)}` : '';
      const past: Record<typeof event.action, string> = {
        granted: 'granted',
        denied: 'denied',
        extended: 'extended',
        modified: 'modified',
        converted: 'converted into a preliminary injunction',
        dissolved: 'dissolved',
        vacated: 'vacated',
        stayed: 'stayed',
        resumed: 'in force again',
        expired: 'ended',
      };
      // Which one, by the day it was granted: a case can have several.
      const of = event.since && event.action !== 'granted' ? ` of ${formatDate(event.since)}` : '';
      const on = event.since && event.action === 'granted' ? ` on ${formatDate(event.since)}` : '';
      const replaced = event.replaces
        ? `the ${INJUNCTION_NAMES[event.replaces.injunction]}${event.replaces.since ? ` of ${formatDate(event.replaces.since)}` : ''}`
        : '';
      const headline = `${Name}${of} ${past[event.action]}${on}${replaced ? `, replacing ${replaced}` : ''}`;
      if (event.action === 'resumed') return resumedPhrase('en', event);
      if (event.term && event.action === 'modified') return termPhrase('en', event, event.term);
      if (event.limitedTo && event.action === 'modified') return limitedPhrase('en', event, event.limitedTo);
      if (event.part && event.action === 'modified') return partPhrase('en', event, event.part);
      const own = reliefPhrase('en', event);
      if (own) return own;
      if (event.effective && (event.action === 'dissolved' || event.action === 'vacated')) {
        if (plain) return endsOnPhrase('en', event);
        const last = new Date(`${event.effective}T00:00:00Z`);
        last.setUTCDate(last.getUTCDate() - 1);
        return {
          headline: endsOnPhrase('en', event).headline,
          sentence: `The order ends the ${name}${of} effective ${formatDate(event.effective)}: it stays in force through ${formatDate(last.toISOString().slice(0, 10))}.`,
        };
      }
      if (event.endedBy === 'judgment')
        return plain
          ? endedByJudgmentPhrase('en', event)
          : {
              headline: `${Name}${of} ended with the final judgment`,
              sentence: `${Name}${of} ended with the final judgment against the plaintiffs: a ${name} lasts only until final judgment.`,
            };
      if (event.action === 'stayed' && event.heldUntil && !plain)
        return {
          headline: `${Name}${of} stayed through ${formatDate(event.heldUntil)}`,
          sentence: `The court stayed the ${name}${of} through ${formatDate(event.heldUntil)}: not in force until then, in force again from ${formatDate(dayAfter(event.heldUntil))} unless stayed further.`,
        };
      if (event.pendingAppeal) {
        const pa = event.pendingAppeal;
        const said = {
          ...appealsCourtIn('en', appealsCourtOf(event.case)),
          by: pa.by,
          inPart: pa.inPart ? 'yes' : 'no',
          admin: pa.administrative ? 'yes' : 'no',
          // The order stayed, by its name; never a sentence in its place.
          ruling: namesRuling(`the ${pa.ruling}`) ? `the ${pa.ruling}` : `the ${name}${of}`,
        };
        const held = stayedPartSentences('en', event, said.ruling);
        return {
          headline: t('en', 'injunction.pendingAppeal.headline', said),
          sentence: `${t('en', 'injunction.pendingAppeal', said)}${held ? ` ${held}` : ''}${pa.certiorari ? ` ${t('en', 'injunction.pendingAppeal.certiorari')}` : ''}`,
        };
      }
      // A court of appeals' decision taking effect with its mandate: the court of appeals did it, not the judge.
      const appeals = appealsCourtIn('en', appealsCourtOf(event.case));
      const byAppeal = event.appealDecided
        ? ` by ${appeals.court}: its decision of ${formatDate(event.appealDecided)} took effect when its mandate issued`
        : '';
      if (!plain)
        return {
          headline,
          sentence: `${Name}${of} ${past[event.action]}${byAppeal}${until}${scopeWords(event)}.${replaced ? ` It takes the place of ${replaced}, which ends.` : ''}${event.replacesStay ? ` It takes the place of the stay${event.replacesStay.what ? ` (${event.replacesStay.what})` : ''}, which ends that day.` : ''}`,
        };
      if (event.appealDecided && (event.action === 'modified' || event.action === 'vacated'))
        return {
          headline,
          sentence: `${appeals.CourtOf} decision of ${formatDate(event.appealDecided)} now takes effect: ${
            event.action === 'vacated'
              ? `the ${name}${of} is vacated and no longer applies.`
              : `it changed the ${name}${of}. Read the decision for what it now covers.`
          }`,
        };
      const plainText: Record<typeof event.action, string> = {
        granted: `The judge granted a ${name}: a court order that is in force${until || ' while the case goes on'}.`,
        denied: `The judge denied the request for a ${name}.`,
        extended: `The judge extended the ${name}${of}${until}.`,
        modified: `The judge changed the ${name}${of}. Read the order for what it now covers.`,
        converted: `The judge turned the ${name}${of} into a preliminary injunction: the preliminary injunction now applies in its place.`,
        dissolved: `The judge ended the ${name}${of}: it no longer applies.`,
        vacated: `The ${name}${of} was vacated: it no longer applies.`,
        stayed: `The ${name}${of} is paused: it does not apply for now.`,
        expired: `The ${name}${of} has ended: its term ran out and it was not extended. It no longer applies.`,
      };
      return { headline, sentence: plainText[event.action] };
    }
    case 'appeal_ruling': {
      const court = appealsCourt(appealsCourtOf(event.case, event.court));
      const ruling = namesRuling(event.ruling) ? event.ruling! : 'the ruling appealed from';
      // A stay of part of the ruling names the part, in the court's words.
      const stayedPart =
        event.outcome === 'stay_granted' && event.inPart && event.part ? ` (${event.part})` : '';
      // "the preliminary injunction of July 24, 2017 and the preliminary injunction of January 2,
      // 2018 stay in force": the verb agrees with the rulings named.
      const many = namesRuling(event.ruling) && (event.rulings?.length ?? 0) > 1;
      const stays = many ? 'stay' : 'stays';
      // Stayed pending the appeal, what the decision changes stays on hold until the mandate.
      const inForce = event.onHold ? 'on hold, not in force' : 'in force';
      const asItWas = event.onHold
        ? 'on hold, not in force'
        : `in force ${many ? 'as they were' : 'as it was'}`;
      // The subject says which ruling when the decision names it ("Preliminary injunction of July
      // 24, 2017 vacated on appeal"), not only that one was.
      const which = namesRuling(event.ruling) ? capitalize(event.ruling!.replace(/^the\s+/i, '')) : 'Ruling';
      const headlines: Record<typeof event.outcome, string> = {
        reversed: `${which} reversed on appeal`,
        vacated: `${which} vacated on appeal`,
        affirmed: event.enBanc
          ? `${which} upheld by the full court (en banc)`
          : `${which} affirmed on appeal`,
        remanded: 'Case remanded on appeal',
        mandate_issued: 'Mandate issued',
        partly: `${which} ${event.affirmedInPart ? `affirmed in part and ${event.how ?? 'vacated'} in part` : `${event.how ?? 'vacated'} in part`} on appeal`,
        dismissed: 'Appeal dismissed',
        recalled: 'Mandate recalled',
        stay_denied: 'Stay pending appeal denied',
        stay_granted: `${event.administrative ? 'Paused for now: ' : 'Paused pending appeal: '}${event.inPart ? 'part of ' : ''}${namesRuling(event.ruling) ? ruling : 'the ruling that was appealed'}${stayedPart}`,
        reheard: `${event.enBanc ? 'Rehearing en banc granted' : 'Rehearing granted'}${event.decided ? `: the decision of ${formatDate(event.decided)} no longer stands` : ''}`,
        certiorari_denied: 'Supreme Court declined to hear the case',
        certiorari_judgment: 'Supreme Court decided the case',
        certiorari_filed: 'Petition for certiorari filed in the Supreme Court',
        rehearing_denied: `${event.enBanc ? 'Rehearing en banc denied' : 'Rehearing denied'}: the decision stands`,
        mandate_stayed: 'Mandate stayed: the appeals decision does not take effect yet',
      };
      if (
        event.outcome === 'certiorari_filed' ||
        event.outcome === 'rehearing_denied' ||
        event.outcome === 'mandate_stayed'
      )
        return { headline: headlines[event.outcome], sentence: afterDecisionSentence(event, court, plain) };
      // Only the administrative stay refused: the motion for a stay pending appeal is still to be decided.
      if (event.outcome === 'stay_denied' && event.administrative)
        return {
          headline: 'Administrative stay denied',
          sentence: plain
            ? `${capitalize(event.by === 'supreme_court' ? 'the Supreme Court' : court)} refused to pause ${ruling} right away: it stays in force while the court decides whether to pause it during the appeal.`
            : `${capitalize(event.by === 'supreme_court' ? 'the Supreme Court' : court)} denied an administrative stay of ${ruling}: it stays in force while the court decides the motion for a stay pending appeal.`,
        };
      // The Supreme Court's act on the petition, by its own day (the letter reporting it comes later).
      const onDay = event.decided ? ` on ${formatDate(event.decided)}` : '';
      if (event.outcome === 'certiorari_denied' || event.outcome === 'certiorari_judgment')
        return {
          headline: headlines[event.outcome],
          sentence:
            event.outcome === 'certiorari_denied'
              ? `The Supreme Court declined to hear the case${onDay}${plain ? '' : ' (petition for a writ of certiorari denied)'}: ${court}’s decision stands.${event.stayEnded ? ' What was on hold until the petition was decided is no longer on hold.' : ''}`
              : `The Supreme Court decided the case${onDay}, after agreeing to hear it. Read its decision for what it changes.${event.stayEnded ? ' What was on hold until then is no longer on hold.' : ''}`,
        };
      // Rehearing granted: the decision no longer stands; the rulings are as they were until the court decides again.
      const asTheyWere = `${stays} ${event.onHold ? 'on hold, not in force,' : 'in force'} as ${many ? 'they were' : 'it was'}`;
      const of = event.decided ? ` of ${formatDate(event.decided)}` : '';
      const actor = event.by === 'supreme_court' ? 'the Supreme Court' : court;
      const recalledSentence = `${capitalize(court)} recalled its mandate${
        event.decided
          ? `: its decision of ${formatDate(event.decided)} no longer takes effect until the mandate issues again`
          : ''
      }${namesRuling(event.ruling) ? `, and ${ruling} ${stays} in force ${many ? 'as they were' : 'as it was'} before that decision` : ''}.`;
      // The panel's decision, wiped out by rehearing, reinstated: it stands again, as decided then.
      const reinstated = event.reinstated ? formatDate(event.reinstated) : null;
      const headline = `${headlines[event.outcome]}${reinstated ? ` (the decision of ${reinstated} reinstated)` : ''}`;
      // The part changed takes effect with the mandate (FRAP 41(c)); until then the ruling stands as it was.
      // A remand alone vacates nothing: the rulings stay as they were (the posture says so too).
      const kept = event.kept
        ? `${many ? 'they stay' : 'it stays'} ${event.onHold ? 'on hold, not in force' : 'in force'}`
        : '';
      const partPending = event.pending
        ? ` The part ${event.how ?? 'vacated'} takes effect only when ${court} issues its mandate${plain ? '' : ' (FRAP 41)'}: until then ${ruling} ${stays} ${asItWas}.`
        : '';
      if (!plain) {
        const what: Record<typeof event.outcome, string> = {
          reversed: `reversed ${ruling}`,
          vacated: `vacated ${ruling}`,
          affirmed: `${event.enBanc ? '(the full court, en banc) ' : ''}affirmed ${ruling}`,
          remanded: kept
            ? `remanded the case to the district court without vacating ${ruling}: ${kept}`
            : `remanded ${ruling} to the district court`,
          mandate_issued: `issued its mandate${mandateOn(event)}`,
          partly: `decided the appeal from ${ruling}: ${event.disposition ?? `${event.how ?? 'vacated'} in part`}`,
          dismissed: `dismissed the appeal${namesRuling(event.ruling) ? ` from ${ruling}` : ''}: the appeal ends and the district court's order stands${event.stayEnded ? '; what was stayed pending the appeal is no longer stayed' : ''}`,
          recalled: '',
          stay_denied: `denied a stay pending appeal of ${ruling}${event.administrativeEnded ? ', and its administrative stay of it ended' : ''}: it stays in force`,
          stay_granted: `stayed ${event.inPart ? 'part of ' : ''}${ruling}${stayedPart} ${
            event.administrative
              ? 'for now (an administrative stay), while it decides whether to stay it pending appeal'
              : 'pending appeal'
          }${event.inPart ? '; the rest stays in force' : ''}`,
          reheard: `granted ${event.enBanc ? 'rehearing en banc' : 'rehearing'} and vacated its decision${of}: that decision no longer stands${namesRuling(event.ruling) ? `, and ${ruling} ${asTheyWere} until the court decides the appeal again` : ''}`,
        };
        if (event.outcome === 'recalled') return { headline, sentence: recalledSentence };
        if (
          event.outcome === 'dismissed' ||
          event.outcome === 'stay_denied' ||
          event.outcome === 'stay_granted' ||
          event.outcome === 'reheard'
        )
          return {
            headline,
            sentence: `${capitalize(event.outcome === 'stay_denied' || event.outcome === 'stay_granted' ? actor : court)} ${what[event.outcome]}.`,
          };
        if (reinstated)
          return {
            headline,
            sentence: `${capitalize(court)} reinstated its panel's decision of ${reinstated}, which ${what[event.outcome]}.${event.outcome === 'partly' ? partPending : event.pending ? ` It takes effect only when ${court} issues its mandate (FRAP 41); until then ${ruling} ${stays} ${inForce}.` : ''}`,
          };
        if (event.outcome === 'partly')
          return { headline, sentence: `${capitalize(court)} ${what.partly}.${partPending}` };
        // The ruling is the court's own words (docket text): quoted, never run into the sentence.
        const quoted =
          event.ruling && !namesRuling(event.ruling) && !/^\s*(the )?mandate\b/i.test(event.ruling)
            ? `: “${event.ruling}”`
            : '';
        const pending = event.pending
          ? ` It takes effect only when ${court} issues its mandate (FRAP 41); until then ${ruling} ${stays} ${inForce}.`
          : '';
        return { headline, sentence: `${capitalize(court)} ${what[event.outcome]}${quoted}.${pending}` };
      }
      const ends = event.pending
        ? `. This takes effect only when ${court} issues its mandate: until then ${ruling} ${stays} ${inForce}.`
        : ': it no longer stands.';
      const what: Record<typeof event.outcome, string> = {
        reversed: `overturned ${ruling}${ends}`,
        vacated: `threw out ${ruling}${ends}`,
        affirmed: `${event.enBanc ? 'with all its judges (en banc) upheld' : 'upheld'} ${ruling}: it stays as it was.`,
        remanded: `sent the case back to the district judge to decide again.${event.pending ? ` Until its mandate issues, ${ruling} ${stays} ${asItWas}.` : ''}${kept ? ` ${capitalize(ruling)} ${many ? 'were' : 'was'} not thrown out: ${kept}.` : ''}`,
        mandate_issued: `issued its mandate${event.issued ? ` on ${formatDate(event.issued.date)}` : ''}: its decision now takes effect in the district court.`,
        partly: event.affirmedInPart
          ? `upheld part of ${ruling} and ${event.how === 'reversed' ? 'overturned' : 'threw out'} the rest${event.remanded ? ', and sent that part back to the district court' : ''}.${partPending}`
          : `${event.how === 'reversed' ? 'overturned' : 'threw out'} part of ${ruling}; the rest stands${event.remanded ? '. It sent that part back to the district court' : ''}.${partPending}`,
        dismissed: `dismissed the appeal${namesRuling(event.ruling) ? ` from ${ruling}` : ''}: the appeal is over, and the district court's order stands${event.stayEnded ? '. What was on hold while the appeal went on is no longer on hold' : ''}.`,
        recalled: '',
        stay_denied: event.administrativeEnded
          ? `refused to pause ${ruling} while the appeal goes on, and ended its temporary pause: it applies again.`
          : `refused to pause ${ruling} while the appeal goes on: it stays in force.`,
        stay_granted: `paused ${event.inPart ? 'part of ' : ''}${ruling}${stayedPart} ${
          event.administrative
            ? 'for now, while it decides whether to pause it pending appeal (an administrative stay)'
            : 'while the appeal goes on'
        }: ${event.inPart ? 'that part does not apply for now; the rest stays in force.' : event.administrative ? 'it does not apply meanwhile.' : 'it does not apply for now.'}`,
        reheard: `agreed to rehear the appeal${event.enBanc ? ' with all its judges (en banc) and threw out' : ' and withdrew'} its earlier decision${of}: that decision no longer stands.${namesRuling(event.ruling) ? ` ${capitalize(ruling)} ${asTheyWere} while the court decides the appeal again.` : ''}`,
      };
      if (event.outcome === 'recalled') return { headline, sentence: recalledSentence };
      if (event.outcome === 'stay_denied' || event.outcome === 'stay_granted')
        return { headline, sentence: `${capitalize(actor)} ${what[event.outcome]}` };
      const back = reinstated
        ? `${capitalize(court)} put back its earlier decision of ${reinstated}: it stands again. `
        : '';
      return { headline, sentence: `${back}${capitalize(court)} ${what[event.outcome]}` };
    }
    case 'deadline': {
      if (event.untracked)
        return {
          headline: 'Untracked deadline cancelled',
          sentence: `An order cancelled a deadline we were not tracking: “${event.what}”.`,
        };
      const by = event.party ? ` (${event.party})` : '';
      const at = event.dueTime ? ` at ${formatTime(event.dueTime)}` : '';
      const what = deadlineIn('en', event.what, event.case.court);
      // The sentence names the appeal an appeal's duty belongs to (the headline stays short).
      const named = withAppeal('en', what, event.appeal);
      if (event.change === 'set' && !event.dueDate && event.condition)
        return {
          headline: `Deadline set: ${what}, due ${event.condition}`,
          sentence: `${plain ? 'New deadline' : 'Deadline set'}: ${named}${by} is due ${event.condition}; no date yet — it is dated once that happens.`,
        };
      if (changeWords(event) === 'right') {
        const day = event.dueDate
          ? `${formatDate(event.dueDate)}${at}`
          : `within ${event.condition} (no date yet)`;
        return {
          headline: `Class members’ last day: ${what}, ${day}`,
          sentence: `Class members’ last day (their choice, no party’s duty): ${named}, ${day}.`,
        };
      }
      if (changeWords(event) === 'act')
        return {
          headline: `Act ordered: ${what}, by ${formatDate(event.dueDate)}${at}`,
          sentence: `Act ordered by the court: ${named}${by}, by ${formatDate(event.dueDate)}${at}.`,
        };
      if (event.change === 'set') {
        // The court's date where CM/ECF had computed another: the order governs, said with both.
        const computed = event.clerkComputed
          ? plain
            ? `, as the court ordered (the clerk’s system had computed ${formatDate(event.clerkComputed)})`
            : ` by the court’s order; the clerk’s system had computed ${formatDate(event.clerkComputed)}`
          : '';
        return {
          headline: `Deadline set${event.clerkComputed && !plain ? ' by the court' : ''}: ${what}, due ${formatDate(event.dueDate)}${at}`,
          sentence: plain
            ? `New deadline: ${named}${by} is due ${formatDate(event.dueDate)}${at}${computed}.`
            : `Deadline set: ${named}${by} due ${formatDate(event.dueDate)}${at}${computed}.`,
        };
      }
      if (event.change === 'relieved')
        return {
          headline: `No longer due: ${what}`,
          sentence: `No longer due: ${named}${by}. The court relieved ${event.party ?? 'the party'} of this duty.`,
        };
      // A recurring duty put on a new schedule: how often it comes now, not only its next day.
      if (event.change === 'moved' && event.schedule) {
        const every = cadenceIn('en', event.schedule);
        const next = event.dueDate ? `${formatDate(event.dueDate)}${at}` : 'not known yet';
        return {
          headline: `Schedule changed: ${what}, now due ${every}`,
          sentence: `Schedule changed: ${named}${by} now due ${every} (was ${cadenceIn('en', event.schedule.was)}); next due ${next}.`,
        };
      }
      // A reader's first message about a deadline says what it is now, and where it was moved from.
      if (event.change === 'moved' && event.first) {
        const from = event.previousDue ? ` (moved from ${formatDate(event.previousDue)})` : '';
        return {
          headline: `Deadline: ${what}, due ${formatDate(event.dueDate)}${at}`,
          sentence: `Deadline: ${named}${by} ${plain ? 'is ' : ''}due ${formatDate(event.dueDate)}${at}${from}.`,
        };
      }
      if (event.change === 'moved') {
        const was = event.previousDue ? ` (it was ${formatDate(event.previousDue)})` : '';
        return {
          headline: `Deadline moved: ${what}, now due ${formatDate(event.dueDate)}${at}`,
          sentence: plain
            ? `A deadline moved: ${named}${by} is now due ${formatDate(event.dueDate)}${at}${was}.`
            : `Deadline moved: ${named}${by} now due ${formatDate(event.dueDate)}${at}${was.replace('it was', 'was')}.`,
        };
      }
      const was = event.previousDue ?? event.dueDate;
      if (event.change === 'mooted')
        return {
          headline: `Deadline moot: ${what}`,
          sentence: plain
            ? `A deadline no longer applies: ${named}${by} is no longer due${was ? ` on ${formatDate(was)}` : ''}.`
            : `Deadline moot: ${named}${by}${was ? ` (was due ${formatDate(was)})` : ''}; nothing is left for it to answer.`,
        };
      return withdrawnReason('en', event, {
        headline: `Deadline vacated: ${what}`,
        sentence: plain
          ? `A deadline was cancelled: ${named}${by} is no longer due${was ? ` on ${formatDate(was)}` : ''}.`
          : `Deadline vacated: ${named}${by}${was ? ` (was due ${formatDate(was)})` : ''}.`,
      });
    }
    case 'filing_missing': {
      const what = deadlineIn('en', event.what, event.case.court);
      const named = withAppeal('en', what, event.appeal);
      const due = `${named}${event.party ? ` (${event.party})` : ''} was due by ${formatDate(event.dueDate)}`;
      return {
        headline: `Expected filing missing: ${what}`,
        sentence: plain
          ? `${due}, and it is not on the docket yet.`
          : `Expected filing not on the docket: ${named}${event.party ? ` (${event.party})` : ''}, due ${formatDate(event.dueDate)}.`,
      };
    }
    case 'hearing': {
      const name = humanize(event.hearing);
      const when = `${formatDate(event.date)}${event.time ? ` at ${formatTime(event.time)}` : ''}`;
      if (event.change === 'set') {
        return {
          headline: `${capitalize(name)} set for ${formatDate(event.date)}`,
          sentence: plain
            ? `The court scheduled ${/^[aeiou]/i.test(name) ? 'an' : 'a'} ${name} for ${when}.`
            : `${capitalize(name)} set for ${when}.`,
        };
      }
      if (event.change === 'moved') {
        // Told as a move, from the old day to the new: "moved from April 2, 2025 to April 9, 2025 at 2:00 PM".
        // Moved to another hour of the same day: the new hour is the news ("moved to May 12 at 9:00 AM").
        const from =
          event.previousDate && event.previousDate !== event.date
            ? ` from ${formatDate(event.previousDate)}`
            : '';
        return {
          headline: `${capitalize(name)} moved to ${formatDate(event.date)}`,
          sentence: plain
            ? `The ${name} moved${from} to ${when}.`
            : `${capitalize(name)} moved${from} to ${when}.`,
        };
      }
      const on = event.date ?? event.previousDate;
      return withdrawnReason('en', event, {
        headline: `${capitalize(name)} cancelled`,
        sentence: plain
          ? `The ${name}${on ? ` on ${formatDate(on)}` : ''} was cancelled.`
          : `${capitalize(name)}${on ? ` of ${formatDate(on)}` : ''} cancelled.`,
      });
    }
    case 'source_down': {
      const since = event.since ? ` since ${event.since}` : '';
      return {
        headline: `Source down: ${event.source}`,
        sentence: `The ${event.source} could not be fetched${since}${event.detail ? `: ${event.detail}` : ''}. Dockets from it are not being watched until it is back.`,
      };
    }
    case 'layout_changed':
      return {
        headline: `Layout changed: ${event.source}`,
        sentence: `The ${event.source} no longer looks the way the parser expects${event.detail ? ` (${event.detail})` : ''}. Entries from it may be missed until the parser is updated.`,
      };
    case 'entry_added': {
      const label = entryLabel(event.item.number, event.case.court);
      const filed = event.item.date ? `, filed ${formatDate(event.item.date)}` : '';
      const itemKind = entryKind(event.item, event.case.court);
      const decision = appealsDecision(itemKind, event.case.court);
      if (decision) {
        return {
          headline: `${capitalize(decision)} of ${appealsCourt(event.case.court)} (${label})`,
          sentence: `${capitalize(appealsCourt(event.case.court))} issued its ${decision} (${label})${filed}.`,
        };
      }
      const step = appellateStep(event.item.kind, event.item.text, event.case.court);
      if (step) {
        const values = {
          ...appealsCourtIn('en', event.case.court),
          step,
          label,
          filed: event.item.date ? formatDate(event.item.date) : 'none',
        };
        return {
          headline: t('en', 'entry.step.headline', values),
          sentence: plain
            ? t('en', 'entry.step.sentence', values)
            : `${t('en', 'entry.step.headline', values)}${filed}.`,
        };
      }
      const paper = paperOf(event.item.kind, event.item.text);
      if (paper) {
        const values = { paper, label, filed: event.item.date ? formatDate(event.item.date) : 'none' };
        return {
          headline: t('en', 'entry.paper.headline', values),
          sentence: t('en', 'entry.paper.sentence', values),
        };
      }
      const kind = humanize(itemKind === 'other' ? 'entry' : itemKind);
      return {
        headline: `New ${kind} (${label})`,
        sentence: plain
          ? `The court docketed ${article(kind)} ${kind} (${label})${filed}.`
          : `${capitalize(kind)}, ${label}${filed}.`,
      };
    }
    case 'entry_updated': {
      const label = entryLabel(event.item.number, event.case.court);
      const what = event.filledIn.length > 0 ? event.filledIn.join(', ') : 'details';
      return {
        headline: `${capitalize(label)} filled in`,
        sentence: `${capitalize(label)} was filled in later: ${what}.`,
      };
    }
  }
}

/** "deadlines between Pherah LLC and Asana, Inc." → "between Pherah LLC and Asana, Inc."; `null` when it names no parties. */
function stayParties(what: string | null): string | null {
  const m = /\b(?:between|as to)\b.*$/.exec(what ?? '');
  return m ? m[0] : null;
}

/**
 * A stay lifted as to one party only: it stays in force for everyone else, through its last day
 * for them (moved by the same order, when it was). Never "the case can go ahead again".
 */
function liftedAsToPhrase(event: StayEvent & { liftedAsTo: string }, lang: Language, plain: boolean): Phrase {
  const values = {
    party: ltr(lang, event.liftedAsTo),
    what: event.what ? stayWhatIn(lang, event.what) : 'none',
    plural: isPlural(event.what) ? 'yes' : 'no',
    term: event.expires ? 'date' : event.until ? 'until' : 'none',
    date: dateIn(lang, event.expires),
    until: untilIn(lang, event.until),
    moved: event.previousExpires ? 'yes' : 'no',
    was: dateIn(lang, event.previousExpires),
  };
  const headline = t(lang, 'stay.liftedAsTo.headline', values);
  if (plain || lang !== 'en') return { headline, sentence: t(lang, 'stay.liftedAsTo', values) };
  const term = event.expires
    ? ` through ${formatDate(event.expires)}`
    : event.until
      ? ` until ${untilText(event.until)}`
      : '';
  return {
    headline,
    sentence: `Stay${event.what ? ` (${event.what})` : ''} lifted as to ${event.liftedAsTo} only; for all other parties it ${event.previousExpires ? 'is extended' : 'stays in force'}${term}${event.previousExpires ? ` (was ${formatDate(event.previousExpires)})` : ''}.`,
  };
}

/** A stay lifted for everyone but the parties named: in force for them only (`limitedTo`). */
function limitedStayPhrase(event: StayEvent, parties: string[], lang: Language): Phrase {
  const values = {
    parties: partiesIn(lang, parties),
    removal: stayProtectsFromRemoval(event.what, event.case.people) ? 'yes' : 'no',
    term: event.expires ? 'date' : event.until ? 'until' : 'none',
    date: dateIn(lang, event.expires),
    until: untilIn(lang, event.until),
  };
  const sentence = t(lang, 'stay.limitedTo', values);
  const ordered = event.entry?.date ?? null;
  return {
    headline: t(lang, 'stay.limitedTo.headline', values),
    sentence: ordered ? `${sentence} ${t(lang, 'stay.ordered', { date: dateIn(lang, ordered) })}` : sentence,
  };
}

/** How a stay ended without a judge lifting it: denied (the further order it awaited), the ruling it awaited, or the relief it was kept for ended. */
function liftedHow(event: StayEvent): 'denied' | 'ruled' | 'tied' | null {
  if (event.denied) return 'denied';
  if (event.ended === 'ruling') return 'ruled';
  if (event.ended === 'relief') return 'tied';
  return null;
}

/**
 * A stay asked for and refused, none in force to end ("The request to stay the removal of class
 * members is DENIED"): what was asked for is not on hold — for a removal, said plainly that this
 * order blocks no deportation. The legal team reads the act in its terms.
 */
function refusedStayPhrase(event: StayEvent, lang: Language, plain = true): Phrase {
  const values = {
    what: event.what ? stayWhatIn(lang, event.what) : 'none',
    removal: /\b(?:remov|deport)/i.test(event.what ?? '') ? 'yes' : 'no',
  };
  const ordered = event.entry?.date ?? null;
  const headline = t(lang, 'stay.refused.headline', values);
  if (!plain)
    return {
      headline,
      sentence: `Stay${event.what ? ` (${event.what})` : ''} denied${ordered ? ` on ${formatDate(ordered)}` : ''}; no stay of it was in force, and none is now.`,
    };
  const sentence = t(lang, 'stay.refused.sentence', values);
  return {
    headline,
    sentence: ordered ? `${sentence} ${t(lang, 'stay.ordered', { date: dateIn(lang, ordered) })}` : sentence,
  };
}

function stayPhrase(event: StayEvent, plain: boolean): Phrase {
  if (event.refused) return refusedStayPhrase(event, 'en', plain);
  if (event.limitedTo && event.change === 'lifted') return limitedStayPhrase(event, event.limitedTo, 'en');
  if (event.liftedAsTo && event.change === 'lifted')
    return liftedAsToPhrase({ ...event, liftedAsTo: event.liftedAsTo }, 'en', plain);
  // Ended because the claims it stayed were dismissed: the case between them is over, nothing resumes.
  if (event.dismissed) {
    const between = stayParties(event.what);
    return plain
      ? {
          headline: t('en', 'stay.dismissed.headline', { between: between ?? 'none' }),
          sentence: t('en', 'stay.dismissed.sentence', { between: between ?? 'none' }),
        }
      : {
          headline: `Stay ended: claims dismissed${between ? ` ${between}` : ''}`,
          sentence: `Stay${event.what ? ` (${event.what})` : ''} ended: the claims${between ? ` ${between}` : ''} were dismissed.`,
        };
  }
  // A court of appeals' decision on the order about the stay, taking effect with its mandate: its act, not a judge's.
  if (event.appealDecided) return stayByAppealPhrase(event, 'en', event.appealDecided);
  // A stay pending appeal that ended with the appeal: the court of appeals dismissed it; no judge lifted anything.
  if (event.appealDismissed) {
    if (plain) return appealEndedPhrase(event, 'en', event.appealDismissed);
    return {
      headline: 'Stay pending appeal ended: appeal dismissed',
      sentence: `Stay${event.what ? ` (${event.what})` : ''} pending appeal ended: ${appealsCourt(appealsCourtOf(event.case))} dismissed the appeal on ${formatDate(event.appealDismissed)}.`,
    };
  }
  // Or with its mandate: the appeal is resolved.
  if (event.appealMandate) {
    if (plain) return appealEndedPhrase(event, 'en', event.appealMandate);
    return {
      headline: 'Stay pending appeal ended: mandate issued',
      sentence: `Stay${event.what ? ` (${event.what})` : ''} pending appeal ended: ${appealsCourt(appealsCourtOf(event.case))} issued its mandate on ${formatDate(event.appealMandate)}.`,
    };
  }
  const date = event.expires ? formatDate(event.expires) : null;
  const until = event.until ? untilText(event.until) : null;
  // Which stay, when a case has one per party: the subject names the party ("Stay granted for Zoho
  // Corporation until March 4, 2016"), not seven identical subjects.
  const party = stayPartyName(event.what) ?? (event.forParties ? partiesIn('en', event.forParties) : null);
  const forParty = party ? ` for ${party}` : '';
  const headlines: Record<StayEvent['change'], string> = {
    granted: date
      ? `Stay granted${forParty} until ${date}`
      : until
        ? `Stay granted${forParty} until ${until}`
        : `Stay granted${forParty}`,
    expanded: event.extended
      ? date
        ? `Stay expanded and extended to ${date}`
        : until
          ? `Stay expanded and extended until ${until}`
          : 'Stay expanded and extended'
      : 'Stay expanded',
    extended: date
      ? `Stay${forParty} extended to ${date}`
      : until
        ? `Stay${forParty} extended until ${until}`
        : `Stay${forParty} extended`,
    renewed: date
      ? `Stay${forParty} granted again until ${date}`
      : until
        ? `Stay${forParty} granted again until ${until}`
        : `Stay${forParty} granted again`,
    lifted: event.denied
      ? `Stay${forParty} ended: the court denied it`
      : event.ended === 'ruling'
        ? `Stay${forParty} ended: the court ruled on the motion it lasted until`
        : event.ended === 'relief'
          ? `Stay${forParty} ended with the order it was kept for`
          : `Stay${forParty} lifted`,
  };
  const headline = headlines[event.change];
  const lapsed =
    event.change === 'renewed' && event.previousExpires
      ? ` The earlier stay had ended on ${formatDate(event.previousExpires)}: it was not in force in between.`
      : '';
  if (!plain) {
    const what = event.what ? ` (${event.what})` : '';
    const term = date ? `; in force through ${date}` : until ? `; in force until ${until}` : '';
    const was = event.previousExpires
      ? event.change === 'renewed'
        ? ` (the stay had ended ${formatDate(event.previousExpires)})`
        : ` (was ${formatDate(event.previousExpires)})`
      : '';
    const verb = {
      granted: 'granted',
      expanded: event.extended ? 'expanded and extended' : 'expanded',
      extended: 'extended',
      renewed: 'granted again',
      lifted: 'lifted',
    }[event.change];
    // It lasted until a ruling (or as long as relief a ruling granted), and that came: no judge lifted it.
    if (event.ended)
      return {
        headline,
        sentence: `Stay${what}${event.forParties ? ` for ${partiesIn('en', event.forParties)}` : ''} ended${event.entry?.date ? ` on ${formatDate(event.entry.date)}` : ''}: ${event.ended === 'ruling' ? 'it lasted until the court ruled on the motion it waited for, and the court has ruled' : 'a ruling kept it in effect as long as the order it granted, and that order has ended'}.`,
      };
    // The denial of the same stay is the further order an interim stay awaited.
    if (event.denied)
      return {
        headline,
        sentence: `Stay${what}${event.forParties ? ` for ${partiesIn('en', event.forParties)}` : ''} ended: the court denied the stay${event.entry?.date ? ` on ${formatDate(event.entry.date)}` : ''}, the further order it lasted until.`,
      };
    // Granted for some only: the team reads whom, in the order's words.
    const only = event.forParties
      ? `, only for ${partiesIn('en', event.forParties)}${forPartiesValues('en', event.forParties, event.case.people).whole === 'yes' ? ', not the whole class' : ''}`
      : '';
    return {
      headline,
      sentence: `Stay${what} ${verb}${only}${event.change === 'lifted' ? '' : term}${was}.`,
    };
  }
  const opening = {
    granted: 'The judge granted a stay',
    expanded: event.extended
      ? 'The judge expanded the stay to cover more people and extended it'
      : 'The judge expanded the stay to cover more',
    extended: 'The judge extended the stay',
    renewed: 'The judge granted the stay again',
    lifted: t('en', 'stay.opening', {
      change: liftedHow(event) ?? 'lifted',
      scope: 'none',
      extended: 'no',
    }),
  }[event.change];
  if (isRemoval(event.what)) {
    const only = event.forParties ? forPartiesValues('en', event.forParties, event.case.people) : null;
    const who = only ? only.parties : whoseRemoval(event.what);
    if (only && event.change !== 'lifted')
      return {
        headline,
        sentence: `${t('en', 'stay.removal.for', { ...only, opening, transfer: barsTransferToo(event.what), term: date ? 'date' : until ? 'until' : 'none', date: date ?? '', until: until ?? '' })}${lapsed}`,
      };
    if (event.change === 'lifted') {
      return { headline, sentence: `${opening}: it no longer protects ${who} from deportation.` };
    }
    const noOne = who === 'the class' ? 'no one in the class' : `none of ${who}`;
    const term = date
      ? `before the stay ends on ${date}`
      : until
        ? `until ${until}`
        : 'while the stay is in force';
    const moved = barsTransferToo(event.what) === 'yes' ? ' or moved out of the district' : '';
    return { headline, sentence: `${opening}: ${noOne} can be deported${moved} ${term}.${lapsed}` };
  }
  const subject = event.what ?? 'the case';
  if (event.change === 'lifted') return { headline, sentence: `${opening}: ${subject} can go ahead again.` };
  const term = date ? ` through ${date}` : until ? ` until ${until}` : '';
  return {
    headline,
    sentence: `${opening}: ${subject} ${isPlural(event.what) ? 'are' : 'is'} on hold${term}.${lapsed}`,
  };
}

/**
 * The party a stay limited to one is for, as the court names it: "deadlines between Pherah LLC and
 * Zoho Corporation" → "Zoho Corporation" (the last party named: the one the plaintiff settles
 * with), "… as to Plaintiff and Defendant Globex, Inc." → "Globex, Inc."; `null` for a stay of the
 * whole case.
 */
export function stayPartyName(what: string | null): string | null {
  const m = /\b(?:between|as to)\s+(.+)$/.exec(what ?? '');
  if (!m) return null;
  const last = m[1]!
    .split(/\s+and\s+/)
    .at(-1)!
    .replace(/^(?:the\s+)?(?:defendants?|plaintiffs?|petitioners?|respondents?)\b[,\s]*/i, '')
    .trim();
  return /[A-Za-z]{3,}/.test(last) ? last : null;
}

/** "deadlines between …", "proceedings", "all claims": a plural noun first takes "are". */
function isPlural(what: string | null): boolean {
  return /^(?:all\s+)?(?:\w+\s+)?(?:deadlines|proceedings|claims|dates|cases|actions|matters|removals|deportations|transfers)\b/i.test(
    what ?? '',
  );
}

/**
 * A stay pending appeal ended with the appeal's dismissal, in plain words: what happened (the
 * court of appeals dismissed the appeal on that day, so the stay that waited for it ended) and what
 * it means (what it held is no longer on hold; a stay of removal no longer protects anyone).
 */
function appealEndedPhrase(event: StayEvent, lang: Language, day: string): Phrase {
  const people = classOn(event.case.people, day);
  const named = whoseRemovalKey(event.what);
  const values = {
    ...appealsCourtIn(lang, appealsCourtOf(event.case)),
    what: event.what ? stayWhatIn(lang, event.what) : 'none',
    date: dateIn(lang, day),
    removal: stayProtectsFromRemoval(event.what, people) ? 'yes' : 'no',
    who: t(lang, 'who', { who: named === 'other' && people ? 'class' : named }),
    plural: isPlural(event.what) ? 'yes' : 'no',
    how: event.appealMandate ? 'mandate' : 'dismissed',
  };
  return {
    headline: t(lang, 'stay.appealEnded.headline', values),
    sentence: t(lang, 'stay.appealEnded.sentence', values),
  };
}

/**
 * A court of appeals' decision of `decided` on the order that granted, extended or lifted a stay,
 * taking effect now that its mandate issued: the stay vacated (its grant thrown out), in force again
 * (its lifting thrown out) or changed — said as the court of appeals' act, with what it means.
 */
function stayByAppealPhrase(event: StayEvent, lang: Language, decided: string): Phrase {
  const people = classOn(event.case.people, decided);
  const named = whoseRemovalKey(event.what);
  const values = {
    ...appealsCourtIn(lang, appealsCourtOf(event.case)),
    change: event.change === 'lifted' || event.change === 'renewed' ? event.change : 'changed',
    decided: dateIn(lang, decided),
    what: event.what ? stayWhatIn(lang, event.what) : 'none',
    plural: isPlural(event.what) ? 'yes' : 'no',
    removal: stayProtectsFromRemoval(event.what, people) ? 'yes' : 'no',
    who: t(lang, 'who', { who: named === 'other' && people ? 'class' : named }),
    term: event.expires ? 'date' : event.until ? 'until' : 'none',
    date: dateIn(lang, event.expires),
    until: untilIn(lang, event.until),
  };
  return { headline: t(lang, 'stay.byAppeal.headline', values), sentence: t(lang, 'stay.byAppeal', values) };
}

/**
 * A stay of removal or deportation (the words courts use for it). A stay of transfer out of the
 * district alone is not one: it keeps people where they are; nobody is told they cannot be deported.
 */
export function isRemoval(what: string | null): boolean {
  return what !== null && /\b(remov|deport)/i.test(what);
}

/** A stay of removal that also bars transfer out of the district ("removal and transfer out of the district"): `yes` to say both. */
function barsTransferToo(what: string | null): 'yes' | 'no' {
  return isRemoval(what) && /\btransfer/i.test(what ?? '') ? 'yes' : 'no';
}

/**
 * Whether a stay protects people from removal: its own words say so, or it says nothing of what it
 * stays in a case about removal. A stay that names something else — proceedings, deadlines,
 * discovery, briefing, an appeal — pauses the case and protects nobody, whatever the case is about.
 */
export function stayProtectsFromRemoval(
  what: string | null,
  people: { protects?: string | null } | null | undefined,
): boolean {
  return isRemoval(what) || (what === null && people?.protects === 'removal');
}

/** Whom a removal stay protects, in plain words. */
function whoseRemoval(what: string | null): string {
  if (what && /\bclass\b/i.test(what)) return 'the class';
  if (what && /\bpetitioners?\b/i.test(what)) return 'the petitioners';
  if (what && /\bplaintiffs?\b/i.test(what)) return 'the plaintiffs';
  return 'the people it covers';
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `further_order` → "further order of the court"; a day in words ("March 18, 2025"), never ISO. */
function untilText(until: string, time?: string | null): string {
  if (ISO_DAY.test(until)) return time ? `${formatDate(until)} at ${timeIn('en', time)}` : formatDate(until);
  if (until === 'further_order') return 'further order of the court';
  // The legal team reads the appeal's number after the words every reader gets.
  return appealDecidedWords(until) ?? humanize(until);
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/**
 * What an event means for the people in the case, in their language: what the order does to them,
 * whom it covers, and which order by its date. `null` for events advocates do not get in plain
 * words (a source down).
 */
function plainPhrase(event: NotifyEvent, lang: Language): Phrase | null {
  const date = (d: string | null | undefined) => dateIn(lang, d);
  const when = (d: string | null, time: string | null) =>
    time ? t(lang, 'at.time', { date: date(d), time: timeIn(lang, time) }) : date(d);
  const ordered = event.entry?.date ?? null;
  switch (event.type) {
    case 'court_act':
      return courtActPhrase(event, lang);
    case 'stay': {
      const term = event.expires ? 'date' : event.until ? 'until' : 'none';
      const people = classOn(event.case.people, ordered);
      // An expansion reaches the whole class: nationwide when the order says so or the class is.
      const scope =
        isNationwide(event.what) || (event.change === 'expanded' && people?.scope === 'nationwide')
          ? 'nationwide'
          : 'none';
      const values = {
        change: event.change,
        extended: event.extended ? 'yes' : 'no',
        transfer: barsTransferToo(event.what),
        term,
        scope,
        date: date(event.expires),
        until: untilIn(lang, event.until),
        // Which stay, when a case has one per party (the court's name for the party, kept left to right).
        party: stayPartyName(event.what)
          ? ltr(lang, stayPartyName(event.what)!)
          : event.forParties
            ? partiesIn(lang, event.forParties)
            : 'none',
        plural: isPlural(event.what) ? 'yes' : 'no',
      };
      if (event.refused) return refusedStayPhrase(event, lang);
      if (event.appealDecided) return stayByAppealPhrase(event, lang, event.appealDecided);
      if (event.limitedTo && event.change === 'lifted')
        return limitedStayPhrase(event, event.limitedTo, lang);
      if (event.appealDismissed) return appealEndedPhrase(event, lang, event.appealDismissed);
      if (event.appealMandate) return appealEndedPhrase(event, lang, event.appealMandate);
      if (event.liftedAsTo && event.change === 'lifted') {
        const p = liftedAsToPhrase({ ...event, liftedAsTo: event.liftedAsTo }, lang, true);
        return ordered
          ? { ...p, sentence: `${p.sentence} ${t(lang, 'stay.ordered', { date: date(ordered) })}` }
          : p;
      }
      if (event.dismissed) {
        const what =
          lang === 'en'
            ? (stayParties(event.what) ?? 'none')
            : event.what
              ? stayWhatIn(lang, event.what)
              : 'none';
        const said = { between: what, what };
        const sentence = t(lang, 'stay.dismissed.sentence', said);
        return {
          headline: t(lang, 'stay.dismissed.headline', said),
          sentence: ordered ? `${sentence} ${t(lang, 'stay.ordered', { date: date(ordered) })}` : sentence,
        };
      }
      // A stay ended by the denial of the same stay: the court denied it, no judge lifted it.
      const how = { ...values, change: liftedHow(event) ?? event.change };
      const headline = t(lang, 'stay.headline', how);
      const opening = t(lang, 'stay.opening', how);
      // The order's own words say whom it covers; a case whose class is described covers the class
      // unless the order names only the petitioners or plaintiffs.
      const named = whoseRemovalKey(event.what);
      const who = named === 'other' && people ? 'class' : named;
      // Granted for the named parties (or one subclass) only: said wherever its protection is.
      const only = event.forParties ? forPartiesValues(lang, event.forParties, event.case.people) : null;
      let sentence: string;
      if (stayProtectsFromRemoval(event.what, people) && only) {
        sentence =
          event.change === 'lifted'
            ? t(lang, 'stay.removal.lifted', { opening, who: only.parties })
            : t(lang, 'stay.removal.for', { ...values, ...only, opening });
      } else if (stayProtectsFromRemoval(event.what, people)) {
        sentence =
          event.change === 'lifted'
            ? t(lang, 'stay.removal.lifted', { opening, who: t(lang, 'who', { who }) })
            : t(lang, 'stay.removal', { ...values, opening, noOne: t(lang, 'who.none', { who }) });
      } else if (only) {
        const what = event.what ? stayWhatIn(lang, event.what) : 'none';
        sentence = `${
          event.change === 'lifted'
            ? t(lang, 'stay.other.lifted', { opening, what })
            : t(lang, 'stay.other', { ...values, opening, what })
        } ${t(lang, 'stay.forParties', only)}`;
      } else {
        // docketwatch's scope in the reader's words; the court's own words quoted, left to right inside Arabic.
        const what = event.what ? stayWhatIn(lang, event.what) : 'none';
        sentence =
          event.change === 'lifted'
            ? t(lang, 'stay.other.lifted', { opening, what })
            : t(lang, 'stay.other', { ...values, opening, what });
      }
      // What else it protects from, in its order's words (a stay of removal says so above).
      if (!stayProtectsFromRemoval(event.what, people)) {
        const theName = t(lang, 'stay.theName');
        const others = protectionSentences(
          lang,
          event,
          { theName, TheName: capitalize(theName), action: event.change === 'lifted' ? 'ended' : 'granted' },
          only ? only.parties : t(lang, 'who.anyone', { who: named === 'other' && people ? 'class' : named }),
        );
        if (others) sentence = `${sentence} ${others}`;
      }
      if (event.change === 'renewed' && event.previousExpires)
        sentence = `${sentence} ${t(lang, 'stay.lapsed', { date: date(event.previousExpires) })}`;
      if (ordered) sentence = `${sentence} ${t(lang, 'stay.ordered', { date: date(ordered) })}`;
      // Whom the class takes in is said when an order reaches it as a whole (an expansion); an
      // earlier stay may have covered fewer people (one field office), so it is not said there.
      if (people && event.change === 'expanded') sentence = `${sentence} ${coveredSentence(lang, people)}`;
      return { headline, sentence };
    }
    case 'stay_expiring': {
      const people = event.case.people ?? null;
      const named = whoseRemovalKey(event.what);
      const values = {
        days: event.daysLeft,
        date: date(event.expires),
        removal: stayProtectsFromRemoval(event.what, people) ? 'yes' : 'no',
        // A stay granted for named people alone: they are who could be deported after it.
        anyone: event.forParties?.length
          ? ltr(lang, partiesIn(lang, event.forParties))
          : t(lang, 'who.anyone', { who: named === 'other' && people ? 'class' : named }),
        // Which stay, when a case has several (one per defendant) ending the same day.
        what: event.what ? stayWhatIn(lang, event.what) : 'none',
        party: stayPartyName(event.what) ? ltr(lang, stayPartyName(event.what)!) : 'none',
      };
      return {
        headline: t(lang, 'stayExpiring.headline', values),
        sentence: t(lang, 'stayExpiring.sentence', values),
      };
    }
    case 'injunction': {
      const name = t(lang, 'injunction.name', { injunction: event.injunction });
      // Which one, by the day it was granted: a case can have several.
      const granted = event.action === 'granted';
      const of = event.since && !granted ? ` ${t(lang, 'injunction.of', { date: date(event.since) })}` : '';
      const on = event.since && granted ? ` ${t(lang, 'injunction.on', { date: date(event.since) })}` : '';
      const theName = `${t(lang, 'injunction.theName', { injunction: event.injunction })}${of}`;
      // Whom it protects: the class, unless the class was decertified by the order's day.
      const classWho = classEndedOn(event.case.people, ordered) ? 'other' : 'class';
      const values = {
        injunction: event.injunction,
        of,
        on,
        action: event.action,
        name,
        theName,
        TheName: capitalize(theName),
        term: event.until ? 'until' : 'none',
        until: untilIn(lang, event.until, event.untilTime),
        dated: ordered ? 'yes' : 'no',
        date: date(ordered),
      };
      if (event.action === 'resumed') return resumedPhrase(lang, event);
      if (event.term && event.action === 'modified') return termPhrase(lang, event, event.term);
      if (event.limitedTo && event.action === 'modified') return limitedPhrase(lang, event, event.limitedTo);
      if (event.part && event.action === 'modified') return partPhrase(lang, event, event.part);
      const own = reliefPhrase(lang, event);
      if (own) return own;
      if (event.effective && (event.action === 'dissolved' || event.action === 'vacated'))
        return endsOnPhrase(lang, event);
      if (event.endedBy === 'judgment') {
        const ended = endedByJudgmentPhrase(lang, event, ordered);
        const anyone = t(lang, 'who.anyone', { who: classWho });
        const said = [
          ended.sentence,
          ...(event.protects
            ? [t(lang, 'people.injunction', { ...values, protects: event.protects, anyone })]
            : []),
          ...(protectionSentences(lang, event, values, anyone)
            ? [protectionSentences(lang, event, values, anyone)]
            : []),
        ];
        return { ...ended, sentence: said.join(' ') };
      }
      // Stayed by the judge for a time ("STAYED for fourteen (14) days"): on hold until then, in force after.
      if (event.action === 'stayed' && event.heldUntil) {
        const said = { ...values, held: date(event.heldUntil), again: date(dayAfter(event.heldUntil)) };
        return {
          headline: t(lang, 'injunction.pausedUntil.headline', said),
          sentence: t(lang, 'injunction.pausedUntil', said),
        };
      }
      // Stayed pending appeal (by the judge or a higher court): said as its act, in whole or in part.
      if (event.pendingAppeal) {
        const pa = event.pendingAppeal;
        const ruling =
          lang === 'en'
            ? namesRuling(`the ${pa.ruling}`)
              ? `the ${pa.ruling}`
              : theName
            : rulingsIn(lang, [pa.ruling]) === 'none'
              ? theName
              : rulingsIn(lang, [pa.ruling]);
        const said = {
          ...appealsCourtIn(lang, appealsCourtOf(event.case)),
          by: pa.by,
          inPart: pa.inPart ? 'yes' : 'no',
          admin: pa.administrative ? 'yes' : 'no',
          ruling,
        };
        const held = stayedPartSentences(lang, event, theName);
        return {
          headline: t(lang, 'injunction.pendingAppeal.headline', said),
          sentence: `${t(lang, 'injunction.pendingAppeal', said)}${held ? ` ${held}` : ''}${pa.certiorari ? ` ${t(lang, 'injunction.pendingAppeal.certiorari')}` : ''}`,
        };
      }
      // A court of appeals' decision taking effect with its mandate: said as the court of appeals' act.
      const byAppeal =
        event.appealDecided !== undefined && (event.action === 'modified' || event.action === 'vacated');
      // Relief that is not a preliminary injunction or a TRO, granted: said as what it is — a § 705
      // postponement, a consent decree, the final judgment's relief, an injunction pending appeal.
      const relief = granted && OWN_WORDS.has(event.injunction);
      let sentence = byAppeal
        ? t(lang, 'injunction.byAppeal', {
            ...values,
            ...appealsCourtIn(lang, appealsCourtOf(event.case)),
            decided: date(event.appealDecided),
          })
        : relief
          ? t(lang, 'relief.granted', {
              ...values,
              ...reliefValues(lang, event),
              // A § 705 postponement "pending conclusion of these review proceedings" lasts while the case goes on.
              term:
                event.until && (event.injunction !== 'agency_postponement' || ISO_DAY.test(event.until))
                  ? 'until'
                  : 'none',
            })
          : t(lang, 'injunction.sentence', values);
      // Granted by converting an earlier one: that one ends, this one takes its place (told once).
      if (event.replaces) {
        const old = `${t(lang, 'injunction.theName', { injunction: event.replaces.injunction })}${
          event.replaces.since ? ` ${t(lang, 'injunction.of', { date: date(event.replaces.since) })}` : ''
        }`;
        // Replaced by what the parties agreed to (a consent decree, a settlement): its terms now apply instead.
        const agreed = event.injunction === 'consent_decree' || event.injunction === 'settlement';
        sentence = `${sentence} ${t(lang, agreed ? 'injunction.replacedByAgreement' : 'injunction.replaces', { replaced: old, theName: t(lang, 'injunction.theName', { injunction: event.injunction }) })}`;
      }
      // A term that ends sooner with a ruling ("…, or until the Court rules on the [9] Motion …, whichever is earlier").
      if (event.sooner && (event.action === 'granted' || event.action === 'extended'))
        sentence = `${sentence} ${soonerIn(lang, 'injunction.sooner', event.sooner)}`;
      // Which order changed it, as for a stay: two changes to the same injunction read apart.
      if (ordered && !granted && !byAppeal)
        sentence = `${sentence} ${t(lang, 'stay.ordered', { date: date(ordered) })}`;
      // What it does to the people in the case, from this order's own words (never the case's
      // setting: one class action can have an injunction against removal and another on detention).
      const people = classOn(event.case.people, ordered);
      // Relief for the named parties only protects them: never "people in the class".
      const anyone = event.forParties
        ? partiesIn(lang, event.forParties)
        : t(lang, 'who.anyone', { who: classWho });
      const others = protectionSentences(lang, event, values, anyone);
      // What the relief it replaces protected from and this one does not: that protection has ended.
      const lost = event.replaces?.lost;
      if (lost && event.replaces) {
        const old = `${t(lang, 'injunction.theName', { injunction: event.replaces.injunction })}${
          event.replaces.since ? ` ${t(lang, 'injunction.of', { date: date(event.replaces.since) })}` : ''
        }`;
        const ended = { ...values, theName: old, TheName: capitalize(old), action: 'ended', anyone };
        const said = [
          lost.protects ? t(lang, 'people.injunction', { ...ended, protects: lost.protects }) : '',
          protectionSentences(lang, { protections: lost.protections ?? [] }, ended, anyone),
          t(lang, 'injunction.notCarried', values),
        ].filter(Boolean);
        sentence = `${sentence} ${said.join(' ')}`;
      }
      if ((event.protects || others) && PROTECTING_ACTIONS.has(event.action)) {
        if (event.protects)
          sentence = `${sentence} ${t(lang, 'people.injunction', { ...values, protects: event.protects, anyone })}`;
        if (others) sentence = `${sentence} ${others}`;
        if (event.action === 'granted' && people && !event.forParties)
          sentence = `${sentence} ${coveredSentence(lang, people)}`;
      } else if (event.forParties?.length && (event.action === 'granted' || event.action === 'extended')) {
        // Granted for the named parties alone, its words naming no act it forbids: whom it covers.
        sentence = `${sentence} ${t(lang, 'stay.forParties', forPartiesValues(lang, event.forParties, people))}`;
      }
      // Granted by the order that ended a stay: from that day the injunction, not the stay, protects.
      if (event.replacesStay) {
        const what = event.replacesStay.what;
        const named = whoseRemovalKey(what);
        sentence = `${sentence} ${t(lang, 'injunction.replacesStay', {
          removal: stayProtectsFromRemoval(what, people) ? 'yes' : 'no',
          // Named by what it is: "the temporary restraining order", never "the injunction" for a TRO.
          theName: t(lang, 'injunction.theName', { injunction: event.injunction }),
          // A stay granted for named people alone: they are who could be deported after it.
          anyone: event.forParties?.length
            ? ltr(lang, partiesIn(lang, event.forParties))
            : t(lang, 'who.anyone', { who: named === 'other' && people ? 'class' : named }),
        })}`;
      }
      return {
        headline: t(
          lang,
          relief ? 'relief.granted.headline' : 'injunction.headline',
          relief ? { ...values, ...reliefValues(lang, event) } : values,
        ),
        sentence,
      };
    }
    case 'appeal_ruling': {
      // A mandate read from the other docket names no entry of this case: its own day.
      const on = ordered ?? event.issued?.date ?? null;
      const ruling =
        lang === 'en' ? (namesRuling(event.ruling) ? event.ruling! : 'none') : rulingsIn(lang, event.rulings);
      const values = {
        ...appealsCourtIn(lang, appealsCourtOf(event.case, event.court)),
        outcome: event.outcome,
        dated: on ? 'yes' : 'no',
        date: date(on),
        ruling,
        // The headline names the ruling too ("La medida cautelar preliminar del 24 de julio de 2017 anulada en apelación").
        named: ruling === 'none' ? 'none' : ruling.replace(/^the\s+/i, ''),
        Named: capitalize(ruling.replace(/^the\s+/i, '')),
        pending: event.pending ? 'yes' : 'no',
        // The verb agrees with the rulings named ("… stay in force", "siguen vigentes").
        many: (event.rulings?.length ?? 0) > 1 ? 'yes' : 'no',
        stayEnded: event.stayEnded ? 'yes' : 'no',
        held: event.onHold ? 'yes' : 'no',
        by: event.by ?? 'appeals',
        decided: event.decided ? date(event.decided) : 'none',
        how: event.how ?? 'vacated',
        affirmed: event.affirmedInPart ? 'yes' : 'no',
        remanded: event.remanded ? 'yes' : 'no',
        enBanc: event.enBanc ? 'yes' : 'no',
        kept: event.kept ? 'yes' : 'no',
        Ruling: capitalize(ruling),
        admin: event.administrative ? 'yes' : 'no',
        adminEnded: event.administrativeEnded ? 'yes' : 'no',
        // A stay of part of the ruling: that part, in the court's words; the rest in force.
        inPart: event.outcome === 'stay_granted' && event.inPart ? 'yes' : 'no',
        part: event.part ?? 'none',
        // After the decision: the mandate's due day (rehearing denied), a stayed mandate's term.
        due: event.mandateDue ? date(event.mandateDue) : 'none',
        until: event.until ? date(event.until) : 'none',
        cert: event.pendingCertiorari ? 'yes' : 'no',
      };
      const headline = t(lang, 'appeal.headline', values);
      const sentence = t(lang, 'appeal.sentence', values);
      // The panel's decision, wiped out by rehearing, reinstated: said first, then what it decided.
      if (event.reinstated) {
        const when = { ...values, date: date(event.reinstated) };
        return {
          headline: t(lang, 'appeal.reinstated.headline', { ...when, headline }),
          sentence: t(lang, 'appeal.reinstated.sentence', { ...when, sentence }),
        };
      }
      return { headline, sentence };
    }
    case 'deadline': {
      if (event.untracked)
        return {
          headline: t(lang, 'deadline.untracked.headline', {}),
          sentence: t(lang, 'deadline.untracked.sentence', { words: event.what }),
        };
      const what = deadlineIn(lang, event.what, event.case.court);
      const values = {
        change: changeWords(event),
        what,
        every: event.schedule ? cadenceIn(lang, event.schedule) : '',
        right: classRight(event) ?? 'none',
        only: onlyFor(lang, event.what),
        dated: event.dueDate ? 'yes' : 'no',
        wasEvery: event.schedule ? cadenceIn(lang, event.schedule.was) : '',
        party: event.party ? ` (${partyIn(lang, event.party)})` : '',
        who: event.party ? partyIn(lang, event.party) : t(lang, 'deadline.theParty', {}),
        computed: event.clerkComputed ? date(event.clerkComputed) : 'none',
        due:
          !event.dueDate && event.condition
            ? conditionIn(lang, event.condition)
            : when(event.dueDate, event.dueTime),
        was:
          event.change === 'moved'
            ? event.previousDue
              ? date(event.previousDue)
              : 'none'
            : (event.previousDue ?? event.dueDate)
              ? date(event.previousDue ?? event.dueDate)
              : 'none',
      };
      return withdrawnReason(lang, event, {
        headline: t(lang, 'deadline.headline', values),
        // The sentence names the appeal an appeal's duty belongs to (the headline stays short).
        sentence: t(lang, 'deadline.sentence', { ...values, what: withAppeal(lang, what, event.appeal) }),
      });
    }
    case 'filing_missing': {
      const values = {
        what: deadlineIn(lang, event.what, event.case.court),
        party: event.party ? partyIn(lang, event.party) : 'none',
        date: date(event.dueDate),
      };
      const sentence = t(lang, 'filingMissing.sentence', {
        ...values,
        what: withAppeal(lang, values.what, event.appeal),
      });
      return { headline: t(lang, 'filingMissing.headline', values), sentence: capitalize(sentence) };
    }
    case 'hearing': {
      const name = hearingIn(lang, event.hearing);
      const on =
        event.change === 'cancelled'
          ? (event.date ?? event.previousDate)
          : event.previousDate !== event.date
            ? event.previousDate
            : null;
      const values = {
        change: event.change,
        name,
        Name: capitalize(name),
        // "an oral argument", "a motion hearing" (English only).
        an: /^[aeiou]/i.test(name) ? 'yes' : 'no',
        date: date(event.date),
        when: when(event.date, event.time),
        was: on ? date(on) : 'none',
      };
      const where = event.change === 'cancelled' ? '' : whereIn(lang, event.where);
      return withdrawnReason(lang, event, {
        headline: t(lang, 'hearing.headline', values),
        sentence: `${t(lang, 'hearing.sentence', values)}${where ? ` ${where}` : ''}`,
      });
    }
    case 'entry_added': {
      const label = entryLabel(event.item.number, event.case.court, lang);
      const itemKind = entryKind(event.item, event.case.court);
      const decision = appealsDecision(itemKind, event.case.court);
      if (decision) {
        const values = {
          ...appealsCourtIn(lang, event.case.court),
          kind: decision,
          label,
          filed: event.item.date ? date(event.item.date) : 'none',
        };
        return {
          headline: t(lang, 'entry.appeals.headline', values),
          sentence: t(lang, 'entry.appeals.sentence', values),
        };
      }
      const step = appellateStep(event.item.kind, event.item.text, event.case.court);
      if (step) {
        const values = {
          ...appealsCourtIn(lang, event.case.court),
          step,
          label,
          filed: event.item.date ? date(event.item.date) : 'none',
        };
        return {
          headline: t(lang, 'entry.step.headline', values),
          sentence: t(lang, 'entry.step.sentence', values),
        };
      }
      const paper = paperOf(event.item.kind, event.item.text);
      if (paper) {
        const values = { paper, label, filed: event.item.date ? date(event.item.date) : 'none' };
        return {
          headline: t(lang, 'entry.paper.headline', values),
          sentence: t(lang, 'entry.paper.sentence', values),
        };
      }
      const values = {
        kind: itemKind,
        kindName: t(lang, 'entry.kind', { kind: itemKind }),
        label,
        filed: event.item.date ? date(event.item.date) : 'none',
      };
      return { headline: t(lang, 'entry.headline', values), sentence: t(lang, 'entry.sentence', values) };
    }
    case 'entry_updated': {
      const label = entryLabel(event.item.number, event.case.court, lang);
      const values = { label, Label: capitalize(label) };
      return {
        headline: t(lang, 'entryUpdated.headline', values),
        sentence: t(lang, 'entryUpdated.sentence', values),
      };
    }
    case 'source_down':
    case 'layout_changed':
      return null;
  }
}

/** "the preliminary injunction of March 2, 2026": the injunction an event is about, with its day when known. */
function theInjunction(lang: Language, event: InjunctionEvent): string {
  const of = event.since ? ` ${t(lang, 'injunction.of', { date: dateIn(lang, event.since) })}` : '';
  return `${t(lang, 'injunction.theName', { injunction: event.injunction })}${of}`;
}

/**
 * An injunction in force again because the stay pending appeal that held it ended with the appeal
 * (dismissed, or its mandate issued), dated by that act: "The appeal was dismissed on August 4,
 * 2020, so the stay pending appeal has ended: the preliminary injunction of June 1, 2020 applies again."
 */
function resumedPhrase(lang: Language, event: Extract<NotifyEvent, { type: 'injunction' }>): Phrase {
  const theName = theInjunction(lang, event);
  const ended = event.resumed?.on ?? event.entry?.date ?? null;
  const said = {
    ...appealsCourtIn(lang, appealsCourtOf(event.case)),
    why: event.resumed?.after ?? 'dismissed',
    dated: ended ? 'yes' : 'no',
    date: dateIn(lang, ended),
    theName,
    TheName: capitalize(theName),
    inPart: event.pendingAppeal?.inPart ? 'yes' : 'no',
    by: event.pendingAppeal?.by ?? 'appeals',
    held: event.pendingAppeal?.heldPart ?? 'again',
    term:
      event.pendingAppeal?.heldPart && event.until && /^\d{4}-\d{2}-\d{2}$/.test(event.until) ? 'yes' : 'no',
    until: event.until && /^\d{4}-\d{2}-\d{2}$/.test(event.until) ? dateIn(lang, event.until) : '',
  };
  return {
    headline: t(lang, 'injunction.resumed.headline', said),
    sentence: t(lang, 'injunction.resumed', said),
  };
}

/**
 * Relief ended by an order from a later day: "The judge ended the consent decree, effective
 * November 30, 2025: it stays in force until then. Its protections stop on that day."
 */
function endsOnPhrase(lang: Language, event: Extract<NotifyEvent, { type: 'injunction' }>): Phrase {
  const theName = theInjunction(lang, event);
  const said = {
    injunction: event.injunction,
    theName,
    TheName: capitalize(theName),
    effective: dateIn(lang, event.effective),
  };
  return {
    headline: t(lang, 'injunction.endsOn.headline', said),
    sentence: t(lang, 'injunction.endsOn', said),
  };
}

/**
 * Interim relief ended by the final judgment against the plaintiffs: "The judge ruled against the
 * plaintiffs and the case is over (final judgment of October 1, 2025): the preliminary injunction of
 * April 18, 2025, which lasted only until the final judgment, has ended and no longer applies."
 */
function endedByJudgmentPhrase(
  lang: Language,
  event: Extract<NotifyEvent, { type: 'injunction' }>,
  ordered: string | null = event.entry?.date ?? null,
): Phrase {
  const theName = theInjunction(lang, event);
  const said = {
    theName,
    TheName: capitalize(theName),
    dated: ordered ? 'yes' : 'no',
    date: dateIn(lang, ordered),
  };
  return {
    headline: t(lang, 'injunction.endedByJudgment.headline', said),
    sentence: t(lang, 'injunction.endedByJudgment', said),
  };
}

/**
 * What else an order protects from, one sentence each (transfers and where out of, notice before a
 * transfer, holds on an immigration detainer, the end of a status or benefit in the order's words),
 * said as this change does it: in force while it is, no longer when it ends. Empty when none.
 */
/**
 * A stay in part pending appeal, said as what it does to people: the protection the stay order puts
 * on hold ("The part on hold is the notice required before people in the class are transferred out of
 * the district.") and those it says stay in force, as still in force ("Deportations of people in the
 * class are blocked while the preliminary injunction of May 6, 2030 is in force."). Empty when the
 * stay order names none of the injunction's protections.
 */
function stayedPartSentences(lang: Language, event: InjunctionEvent, theName: string): string {
  const part = event.stayedPart;
  if (!part) return '';
  const ordered = event.entry?.date ?? null;
  const anyone = event.forParties
    ? partiesIn(lang, event.forParties)
    : t(lang, 'who.anyone', { who: classEndedOn(event.case.people, ordered) ? 'other' : 'class' });
  const values = { theName, TheName: capitalize(theName), action: 'granted', anyone };
  const what = (p: Protection) => {
    const thing = p.from === 'termination' ? protectedThingIn(lang, p.what) : null;
    return {
      from: p.from,
      out: 'outOf' in p && p.outOf ? outOfIn(lang, p.outOf) : '',
      what: thing?.the ?? '',
      whatForm: thing?.agreement ?? 'm',
    };
  };
  const paused = part.paused.map((p) =>
    t(lang, 'injunction.pendingAppeal.partOnHold', { ...values, ...what(p) }),
  );
  const kept = part.kept.map((p) =>
    p.from === 'removal' || p.from === 'removal_conditions' || p.from === 'detention'
      ? t(lang, 'people.injunction', { ...values, protects: p.from })
      : protectionSentences(lang, { protections: [p] }, values, anyone),
  );
  return [...paused, ...kept].join(' ');
}

function protectionSentences(
  lang: Language,
  event: { protections?: OtherProtection[] },
  values: Record<string, string>,
  anyone: string,
): string {
  return (event.protections ?? [])
    .map((p) => {
      const what = p.from === 'termination' ? protectedThingIn(lang, p.what) : null;
      return t(lang, 'people.protection', {
        ...values,
        anyone,
        from: p.from,
        out: 'outOf' in p && p.outOf ? outOfIn(lang, p.outOf) : '',
        what: what?.the ?? '',
        whatForm: what?.agreement ?? 'm',
      });
    })
    .join(' ');
}

/**
 * A status or benefit an order protects, in the reader's words: the glossary's (`glossary.ts`) when
 * it knows the thing ("Medicaid coverage" → "la cobertura de Medicaid", feminine), else the court's
 * English words said as a quotation ("lo que la orden llama «…»", which agrees as masculine), never
 * dropped into the sentence as if they were Spanish or Arabic.
 */
function protectedThingIn(lang: Language, what: string): TermForms {
  if (lang === 'en') return { the: what, agreement: 'm' };
  return (
    termIn(lang, what) ?? {
      the: t(lang, 'protection.orderCalls', { words: quoted(lang, what) }),
      agreement: 'm',
    }
  );
}

/** Where transfers are barred out of, in the reader's words: a circuit by its name, a place as the order names it. */
function outOfIn(lang: Language, where: OutOf): string {
  if (where.kind === 'circuit')
    return t(lang, 'protection.out', {
      kind: 'circuit',
      // Spanish says "fuera del Tercer Circuito": the article goes into the preposition.
      circuit: t(lang, 'court.appeals', { court: where.court }).replace(lang === 'es' ? /^el\s+/ : /^$/, ''),
    });
  if (where.kind === 'facility') return t(lang, 'protection.out', { kind: 'facility' });
  if (where.name === null) return t(lang, 'protection.out', { kind: 'district' });
  return t(lang, 'protection.out', { kind: 'place', name: quoted(lang, where.name) });
}

/** What an injunction's change does to the people it protects (a denial, a stay or a conversion: nothing to say). */
const PROTECTING_ACTIONS: ReadonlySet<string> = new Set([
  'granted',
  'resumed',
  'extended',
  'modified',
  'dissolved',
  'vacated',
  'expired',
]);

/** A party as an order names it, in the reader's words: a role translated ("Defendants"), a name as written. */
export function courtPartyIn(lang: Language, party: string | null | undefined): string {
  const p = (party ?? '').replace(/^the\s+/i, '').trim();
  if (!p) return t(lang, 'court.party', { role: 'none', name: '' });
  if (
    /^named\s+(?:plaintiffs?|petitioners?|parties)$|^(?:class\s+representatives?|individual\s+(?:plaintiffs?|petitioners?))$/i.test(
      p,
    )
  )
    return t(lang, 'court.party', { role: 'named', name: '' });
  const role = /^(?:defendants?|respondents?|plaintiffs?|petitioners?)$/i.test(p) ? p.toLowerCase() : 'other';
  return t(lang, 'court.party', { role, name: ltr(lang, p) });
}

/**
 * Whom relief granted for some only covers, in the reader's language, and whether to say it is not
 * the whole class: the order said "named" (or a subclass), or the case has a class.
 */
function forPartiesValues(
  lang: Language,
  parties: readonly string[],
  people: unknown,
): { parties: string; whole: 'yes' | 'no' } {
  const classWords = parties.some((p) => /^(?:the\s+)?named\s|^members\s+of\s/i.test(p));
  return { parties: partiesIn(lang, parties), whole: classWords || people ? 'yes' : 'no' };
}

/** "Abdi Hassan", "Ana Ruiz and Tomas Ruiz", "the people named in the case", in the reader's language. */
export function partiesIn(lang: Language, parties: readonly string[]): string {
  return andList(
    parties.map((p) => courtPartyIn(lang, p)),
    lang,
  );
}

/** " (the Termination Notice), for the class", ", for Ana Ruiz only, not the class": what relief acts on and for whom, for the legal team. */
function scopeWords(event: InjunctionEvent): string {
  const what = event.object ? ` (${event.object})` : '';
  const whom = event.forParties
    ? `, for ${partiesIn('en', event.forParties)} only, not the class`
    : event.beneficiaries === 'class'
      ? ', for the class'
      : event.beneficiaries === 'plaintiffs'
        ? ', for the plaintiffs'
        : '';
  return `${what}${whom}`;
}

/** Relief granted that is said in its own words (`relief.granted`), not as "a preliminary injunction". */
const OWN_WORDS: ReadonlySet<InjunctionType> = new Set([
  'agency_postponement',
  'consent_decree',
  'settlement',
  'permanent_injunction',
  'set_aside',
  'declaratory_judgment',
  'injunction_pending_appeal',
]);

/**
 * What final relief and an injunction pending appeal say beside their kind: what the order acts
 * on (the agency action set aside, what is declared — the court's words, quoted), for whom (the
 * class, the plaintiffs, the parties it names), and which court.
 */
function reliefValues(lang: Language, event: InjunctionEvent): Record<string, string> {
  return {
    object: event.object ? quoted(lang, event.object) : 'none',
    whom: event.forParties ? 'parties' : (event.beneficiaries ?? 'none'),
    parties: event.forParties ? partiesIn(lang, event.forParties) : t(lang, 'who', { who: 'other' }),
    by: event.byAppeals ? 'appeals' : 'district',
    ...appealsCourtIn(lang, appealsCourtOf(event.case)),
    dated: (event.entry?.date ?? event.on) ? 'yes' : 'no',
    date: dateIn(lang, event.entry?.date ?? event.on ?? null),
  };
}

/**
 * The changes of relief said in their own words to every reader: an agency action remanded without
 * vacatur (no relief), an injunction pending appeal denied, or ended with its appeal. `null` for others.
 */
function reliefPhrase(lang: Language, event: InjunctionEvent): Phrase | null {
  const key =
    event.action === 'denied' && event.withoutVacatur
      ? 'relief.remanded'
      : event.injunction !== 'injunction_pending_appeal'
        ? null
        : event.action === 'denied'
          ? 'relief.denied'
          : event.action === 'dissolved' && event.appealEnded
            ? 'relief.appealEnded'
            : null;
  if (!key) return null;
  const values = { ...reliefValues(lang, event), how: event.appealEnded ?? 'other' };
  return { headline: t(lang, `${key}.headline`, values), sentence: t(lang, key, values) };
}

/** An injunction's last day, given by a later order: in force through that day (`term`), once. */
function termPhrase(lang: Language, event: InjunctionEvent, term: { was: string | null }): Phrase {
  const ordered = event.entry?.date ?? null;
  const theName = theInjunction(lang, event);
  const values = {
    TheName: capitalize(theName),
    until: event.untilTime
      ? t(lang, 'at.time', { date: dateIn(lang, event.until), time: timeIn(lang, event.untilTime) })
      : dateIn(lang, event.until),
    was: term.was ? dateIn(lang, term.was) : 'none',
    dated: ordered ? 'yes' : 'no',
    date: dateIn(lang, ordered),
  };
  return {
    headline: t(lang, 'injunction.term.headline', values),
    sentence: t(lang, 'injunction.term', values),
  };
}

/** An injunction kept for the named parties only: it protects them, no one else (`limitedTo`). */
function limitedPhrase(lang: Language, event: InjunctionEvent, parties: string[]): Phrase {
  const ordered = event.entry?.date ?? null;
  const theName = theInjunction(lang, event);
  const values = {
    theName,
    TheName: capitalize(theName),
    parties: partiesIn(lang, parties),
    dated: ordered ? 'yes' : 'no',
    date: dateIn(lang, ordered),
  };
  return {
    headline: t(lang, 'injunction.limited.headline', values),
    sentence: t(lang, 'injunction.limited', values),
  };
}

/** An injunction acted on in part: the part the order touched (the rest in force), or the part it kept. */
function partPhrase(
  lang: Language,
  event: InjunctionEvent,
  part: NonNullable<InjunctionEvent['part']>,
): Phrase {
  const ordered = event.entry?.date ?? null;
  const theName = theInjunction(lang, event);
  const values = {
    theName,
    TheName: capitalize(theName),
    act: part.act,
    reach: part.reach,
    words: quoted(lang, part.words),
    dated: ordered ? 'yes' : 'no',
    date: dateIn(lang, ordered),
  };
  const sentence = t(lang, 'injunction.part', values);
  // The part vacated or stayed, in words that name what it protected ("insofar as it bars the transfer
  // of class members out of the Ninth Circuit"): that protection no longer holds, for whom it held.
  if (part.reach !== 'only' || part.act === 'modified')
    return { headline: t(lang, 'injunction.part.headline', values), sentence };
  const anyone = event.forParties
    ? partiesIn(lang, event.forParties)
    : t(lang, 'who.anyone', { who: classEndedOn(event.case.people, ordered) ? 'other' : 'class' });
  const ended = { ...values, action: 'ended', anyone };
  const removal = injunctionProtects(part.words);
  const held = [
    removal ? t(lang, 'people.injunction', { ...ended, protects: removal }) : '',
    protectionSentences(lang, { protections: otherProtections(part.words) }, ended, anyone),
  ]
    .filter(Boolean)
    .join(' ');
  return {
    headline: t(lang, 'injunction.part.headline', values),
    sentence: held ? `${sentence} ${held}` : sentence,
  };
}

/** A class or subclass decertified, a contempt found or purged: said as what it does to the people in the case. */
function courtActPhrase(event: CourtActEvent, lang: Language): Phrase {
  const ordered = event.entry?.date ?? null;
  const dated = { dated: ordered ? 'yes' : 'no', date: dateIn(lang, ordered) };
  if (event.act === 'transferred_out' || event.act === 'transferred_in') {
    const court = event.court ?? 'another court';
    const values = {
      ...dated,
      direction: event.act === 'transferred_in' ? 'in' : 'out',
      // The court's name in English, quoted in another language.
      court: lang === 'en' ? court : quoted(lang, court.replace(/^the\s+/i, '')),
      number: event.docketNumber ?? 'none',
    };
    return {
      headline: t(lang, 'court.transferred.headline', values),
      sentence: t(lang, 'court.transferred', values),
    };
  }
  if (event.act === 'judgment') {
    const values = {
      ...dated,
      party: event.party === 'defendants' ? 'defendants' : 'plaintiffs',
      unread: event.reliefUnread ? 'yes' : 'no',
    };
    return {
      headline: t(lang, 'court.judgment.headline', values),
      sentence: t(lang, 'court.judgment', values),
    };
  }
  if (event.act === 'certified') {
    const values = {
      ...dated,
      subclass: event.subclass ? (lang === 'en' ? event.subclass : quoted(lang, event.subclass)) : 'none',
      provisional: event.provisional ? 'yes' : 'no',
    };
    // Who the class takes in: the case's definition from this order (the maintainers' words in the
    // reader's language when they gave them), else the order's own words, quoted.
    const people = classOn(event.case.people, ordered);
    const defined = people
      ? coveredSentence(lang, people)
      : event.definition
        ? t(lang, 'court.certified.definition', { definition: quoted(lang, event.definition) })
        : '';
    return {
      headline: t(lang, 'court.certified.headline', values),
      sentence: `${t(lang, 'court.certified', values)}${defined ? ` ${defined}` : ''}`,
    };
  }
  if (event.act === 'decertified') {
    const limited = event.limited?.[0];
    const ruling = limited ? rulingsIn(lang, [limited.ruling]) : 'none';
    const values = {
      ...dated,
      // The court's name for it, quoted in the reader's language.
      subclass: event.subclass ? (lang === 'en' ? event.subclass : quoted(lang, event.subclass)) : 'none',
      limited: limited && ruling !== 'none' ? 'yes' : 'none',
      ruling,
      parties: limited ? partiesIn(lang, limited.parties) : '',
    };
    return {
      headline: t(lang, 'court.decertified.headline', values),
      sentence: t(lang, 'court.decertified', values),
    };
  }
  const party = courtPartyIn(lang, event.party);
  const values = {
    ...dated,
    act: event.act === 'contempt_found' ? 'found' : 'purged',
    party,
    Party: capitalize(party),
    named: event.party ? 'yes' : 'no',
    nature: event.nature ?? 'none',
  };
  return {
    headline: t(lang, 'court.contempt.headline', values),
    sentence: t(lang, 'court.contempt', values),
  };
}

/**
 * The definition of the class a message or page may state on `day` (a digest's as-of day, an
 * alert's order day; omitted: today, for a page of the record as it stands): the one in force that
 * day — the latest whose order was filed on or before `day`, else the maintainers' own words
 * naming no order. Never a class from an order that did not exist yet. `null`: say nothing.
 */
export function classOn(people: CaseClasses | null | undefined, day?: string | null): CaseClass | null {
  const defined = classDefinedOn(people, day);
  if (!defined || !people) return defined;
  // Decertified since (the whole class): it defines no one; a subclass: said beside it.
  const ends = endsOn(people, day).filter(
    (e) => !defined.from?.dateFiled || defined.from.dateFiled <= e.date,
  );
  if (ends.some((e) => e.subclass === null)) return null;
  return ends.length > 0 ? { ...defined, decertified: ends } : defined;
}

/**
 * The order that decertified the whole class (or vacated its certification), when on `day` (as
 * `classOn` reads it) a definition was in force before it and none came after it: what a page or a
 * message says in place of "who is covered". `null` otherwise.
 */
export function classEndedOn(people: CaseClasses | null | undefined, day?: string | null): ClassEnd | null {
  const defined = classDefinedOn(people, day);
  if (!defined || !people) return null;
  return (
    endsOn(people, day)
      .filter((e) => e.subclass === null && (!defined.from?.dateFiled || defined.from.dateFiled <= e.date))
      .at(-1) ?? null
  );
}

/** The orders ending the class or a subclass filed on or before `day` (omitted: all; `null`: none). */
function endsOn(people: CaseClasses, day?: string | null): ClassEnd[] {
  return (people.ends ?? []).filter((e) => day === undefined || (day !== null && e.date <= day));
}

/** The definition in force on `day`, as orders and maintainers defined it (`classOn` before any decertification). */
function classDefinedOn(people: CaseClasses | null | undefined, day?: string | null): CaseClass | null {
  if (!people) return null;
  let found: CaseClass | null = null;
  let added: CaseClass[] = [];
  // `versions` is in force order: the last whole definition in force on the day wins, with the
  // definitions that only add to it after it ("the class is expanded to include …").
  for (const v of people.versions) {
    if (v.from && !(v.from.dateFiled && (day === undefined || (day !== null && v.from.dateFiled <= day))))
      continue;
    const last: CaseClass | null = added.at(-1) ?? found;
    // The same order again (a maintainer's words for it): in its place, in the same role.
    if (last && v.from && last.from?.entry === v.from.entry) {
      // Their English the order's own (they gave its translations): still the order's words.
      const own: Partial<CaseClass> =
        last.source === 'order' && sameWords(last.text.en, v.text.en) ? { source: last.source } : {};
      if (last === found) found = { ...v, adds: false, ...own };
      else added[added.length - 1] = { ...v, adds: true, ...own };
      continue;
    }
    if (v.adds && found) added.push(v);
    else {
      found = v;
      added = [];
    }
  }
  // Membership is its own record: an order's injunction vacated leaves the class it certified
  // (only a decertification ends it, `classOn`).
  if (!found) return null;
  if (added.length === 0) return found;
  const all = [found, ...added];
  const joined = (lang: 'en' | 'es' | 'ar') =>
    all.every((v) => v.text[lang]) ? all.map((v) => v.text[lang]).join('; ') : null;
  return {
    ...found,
    text: { en: all.map((v) => v.text.en).join('; '), es: joined('es'), ar: joined('ar') },
    scope: all.some((v) => v.scope === 'nationwide') ? 'nationwide' : found.scope,
    added: added.flatMap((v) => (v.from ? [v.from] : [])),
  };
}

/** The same words, however they are spaced. */
export const sameWords = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

/** "Who is covered: all Iraqi nationals in the U.S. with final removal orders, nationwide." */
export function coveredSentence(lang: Language, people: CaseClass): string {
  const own = people.text[lang];
  const covered = t(lang, 'people.covered', {
    class: own ?? quoted(lang, people.text.en),
    scope: people.scope ?? 'none',
  });
  return `${covered} ${coveredFrom(lang, people)}`;
}

/**
 * Where the words of "who is covered" come from: the court's order that defines the class, by its
 * date and number — read from that order's own words, or given by the maintainers for it (`case
 * set --class-from`, a replay's `classFrom`), said as theirs — or the maintainers' own words.
 */
export function coveredFrom(lang: Language, people: CaseClass): string {
  // An order not in the record yet (a replay before its day) is not cited: the words are then
  // only the maintainers' so far.
  const from = people.from?.dateFiled ? people.from : null;
  const said = t(lang, 'people.coveredFrom', {
    from: whoseWords(people),
    date: from?.dateFiled ? dateIn(lang, from.dateFiled) : '',
    label: from ? entryLabel(from.entry, null, lang) : '',
  });
  return [said, ...addedBy(lang, people), ...subclassesEnded(lang, people)].join(' ');
}

/** "The judge decertified Subclass B in the order of July 23, 2025 (ECF No. 95): …", for each subclass decertified. */
export function subclassesEnded(lang: Language, people: CaseClass): string[] {
  return (people.decertified ?? []).flatMap((e) =>
    e.subclass
      ? [
          t(lang, 'people.subclassDecertified', {
            subclass: lang === 'en' ? e.subclass : quoted(lang, e.subclass),
            date: dateIn(lang, e.date),
            label: entryLabel(e.number, null, lang),
          }),
        ]
      : [],
  );
}

/** "No class any more: the judge decertified the class in the order of July 15, 2025 (ECF No. 30). …" */
export function classEndedSentence(lang: Language, end: ClassEnd): string {
  return t(lang, 'people.decertified', {
    date: dateIn(lang, end.date),
    label: entryLabel(end.number, null, lang),
  });
}

/**
 * Whose words "who is covered" quotes (`people.coveredFrom`): an order's own (`order`), the
 * maintainers' for an order that is in the record (`maintainersOrder`), or the maintainers' alone.
 */
export function whoseWords(people: CaseClass): 'order' | 'maintainersOrder' | 'maintainers' {
  if (!people.from?.dateFiled) return 'maintainers';
  return people.source === 'order' ? 'order' : 'maintainersOrder';
}

/** "It was added to by the court’s order of July 2, 2018 (ECF No. 301).", for each order that added to the definition. */
export function addedBy(lang: Language, people: CaseClass): string[] {
  return (people.added ?? []).flatMap((a) =>
    a.dateFiled
      ? [
          t(lang, 'people.addedBy', {
            date: dateIn(lang, a.dateFiled),
            label: entryLabel(a.entry, null, lang),
          }),
        ]
      : [],
  );
}

/**
 * `further_order` → "further order of the court", in the language; any other condition is the
 * court's words ("the resolution of the appeal"), quoted in a translated sentence.
 */
export function untilIn(lang: Language, until: string | null, time?: string | null): string {
  if (!until) return '';
  // A last day is docketwatch's reading, in the reader's words; other terms are the court's, quoted.
  // With the hour its order gave ("at 6:30 p.m. on …"): that day at that hour, the court's time.
  if (ISO_DAY.test(until)) {
    const day = time
      ? t(lang, 'at.time', { date: dateIn(lang, until), time: timeIn(lang, time) })
      : dateIn(lang, until);
    return lang === 'es' ? `el ${day}` : day;
  }
  if (until === 'further_order') return t(lang, 'until.furtherOrder');
  // "resolution of the appeal in Ninth Circuit No. 25-2210": until the appeal is decided, in the reader's words.
  if (untilAppealDecided(until)) return t(lang, 'until.appeal');
  // "resolution of the [3] Emergency Motion", "the Court rules on … (ECF No. 13)": until the judge rules on that motion.
  const ruling = rulingTerm(`until ${until}`);
  if (ruling) return soonerIn(lang, 'until.ruling', ruling);
  // English keeps the court's words ("final judgment or further order"); other languages get the
  // ends docketwatch names in their words, and only the court's own other words quoted.
  if (lang !== 'en') {
    const either = EITHER_FURTHER_ORDER.exec(until.trim());
    if (either)
      return t(lang, 'until.either', {
        first: untilIn(lang, either[1]!),
        second: t(lang, 'until.furtherOrder'),
      });
    const term = UNTIL_TERMS.find(([re]) => re.test(until.trim()))?.[1];
    if (term) return t(lang, 'until.term', { term });
  }
  return quoted(lang, humanize(until));
}

/** "final judgment or further order of the Court": an end docketwatch names, or else further order. */
const EITHER_FURTHER_ORDER =
  /^(.+?)\s*,?\s+or\s+(?:until\s+)?(?:the\s+)?further\s+orders?(?:\s+of\s+(?:the|this)\s+court)?$/i;
/** The ends of a term docketwatch names in each language (`until.term`): a final judgment, the end of the case. */
const UNTIL_TERMS: readonly [RegExp, string][] = [
  [
    /^(?:the\s+)?(?:(?:entry|issuance)\s+of\s+(?:a\s+|the\s+)?)?final\s+judgment(?:\s+(?:in|on)\s+(?:this|the)\s+(?:case|action|matter|litigation))?$/i,
    'final_judgment',
  ],
  [
    /^(?:the\s+)?(?:final\s+)?(?:conclusion|completion|resolution|disposition|termination|end)\s+of\s+(?:this|these|the)\s+(?:review\s+)?(?:case|action|matter|litigation|proceedings?)$/i,
    'end_of_case',
  ],
];

/** An order that reaches people all over the country says so: "nationwide", "all … in the United States". */
function isNationwide(what: string | null): boolean {
  return (
    what !== null &&
    /\b(nation-?wide|throughout the united states|in the united states|across the country)\b/i.test(what)
  );
}

/** Whom an order's words name: the class, the petitioners, the plaintiffs, or the people it covers. */
export function whoseRemovalKey(what: string | null): 'class' | 'petitioners' | 'plaintiffs' | 'other' {
  if (what && /\bclass\b/i.test(what)) return 'class';
  if (what && /\bpetitioners?\b/i.test(what)) return 'petitioners';
  if (what && /\bplaintiffs?\b/i.test(what)) return 'plaintiffs';
  return 'other';
}

const RULING = new RegExp(
  `^(temporary restraining order|TRO|preliminary injunction|permanent injunction) of (${MONTHS.join('|')}) (\\d{1,2}), (\\d{4})$`,
  'i',
);

/** An order that changed an injunction, as the tracker names it: its day, how, and the injunction. */
const CHANGING_ORDER = new RegExp(
  `^order of ((?:${MONTHS.join('|')}) \\d{1,2}, \\d{4}) (modifying|extending) the (.+)$`,
  'i',
);

/** "July 13, 2017" → `2017-07-13`. */
function isoOf(long: string): string {
  const m = /^(\w+) (\d{1,2}), (\d{4})$/.exec(long)!;
  return `${m[3]}-${String(MONTHS.indexOf(capitalize(m[1]!.toLowerCase())) + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

/**
 * The rulings an appellate decision acts on, said in the language ("la medida cautelar preliminar
 * del 24 de julio de 2017 y …"): the same facts as the English message. `none` (the generic "the
 * ruling appealed from") when one of them is not an injunction named by its date.
 */
export function rulingsIn(lang: Language, rulings: string[] | undefined): string {
  if (!rulings || rulings.length === 0) return 'none';
  const said: string[] = [];
  for (const r of rulings) {
    // "order of July 13, 2017 modifying the preliminary injunction of March 29, 2017"
    const changing = CHANGING_ORDER.exec(r.trim());
    const m = RULING.exec(changing ? changing[3]! : r.trim());
    if (!m) return 'none';
    const kind = /^t/i.test(m[1]!)
      ? 'TRO'
      : /^perm/i.test(m[1]!)
        ? 'permanent_injunction'
        : 'preliminary_injunction';
    const day = `${m[4]}-${String(MONTHS.indexOf(capitalize(m[2]!.toLowerCase())) + 1).padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    const theName = `${t(lang, 'injunction.theName', { injunction: kind })} ${t(lang, 'injunction.of', { date: dateIn(lang, day) })}`;
    said.push(
      changing
        ? t(lang, 'appeal.ruling.changing', {
            date: dateIn(lang, isoOf(changing[1]!)),
            how: changing[2]!,
            theName,
          })
        : theName,
    );
  }
  return said.join(t(lang, 'list.and'));
}

/**
 * What is in force, named in the reader's language (a digest's "In force" list): an injunction by
 * its kind; a stay of removal by whom it protects; any other stay with the record's English words
 * quoted. English keeps the record's own name.
 */
export function inForceName(lang: Language, kind: 'stay' | 'injunction', name: string): string {
  if (lang === 'en') return name;
  if (kind === 'injunction') {
    const injunction = /pending\s+appeal/i.test(name)
      ? 'injunction_pending_appeal'
      : /set\s+aside|§\s*706/i.test(name)
        ? 'set_aside'
        : /declaratory/i.test(name)
          ? 'declaratory_judgment'
          : /restraining|^tro\b/i.test(name)
            ? 'TRO'
            : /permanent/i.test(name)
              ? 'permanent_injunction'
              : /§\s*705|postponement/i.test(name)
                ? 'agency_postponement'
                : /consent\s+(?:decree|judgment)/i.test(name)
                  ? 'consent_decree'
                  : /settlement/i.test(name)
                    ? 'settlement'
                    : 'preliminary_injunction';
    return capitalize(t(lang, 'injunction.name', { injunction }));
  }
  if (isRemoval(name))
    return t(lang, 'posture.name', {
      kind: 'removal',
      who: t(lang, 'who.anyone', { who: whoseRemovalKey(name) }),
    });
  return t(lang, 'posture.name', { kind: 'other', what: stayWhatIn(lang, name) });
}

/**
 * A ruling named in words ("the preliminary injunction of July 24, 2017") rather than a line of
 * docket text ("Mandate of the court of appeals issued re [110]"), which no sentence can run on from.
 */
/**
 * Whether `ruling` names a ruling ("the preliminary injunction of July 24, 2017"): a noun phrase
 * that can stand where a sentence says which ruling — never a sentence ("The court of appeals
 * denied …: it stays in force"), a clause after a colon, or docket text with brackets.
 */
export function namesRuling(ruling: string | null): boolean {
  return (
    ruling !== null &&
    /^the\s/i.test(ruling) &&
    ruling.length <= 160 &&
    !/[[\]:;]|\.\s/.test(ruling) &&
    !/^the\s+(?:(?:U\.S\.\s+|United\s+States\s+)?(?:court|supreme\s+court|district\s+court|judge|justices?|panel|clerk|appeal|parties|government|plaintiffs?|defendants?|appellants?|appellees?)\b|[A-Z][a-z]+\s+Circuit\b)/i.test(
      ruling,
    )
  );
}
