/**
 * What one entry does to deadlines, stays, injunctions and hearings. Each reader walks the
 * clauses of the cleaned docket text and matches legal phrasing around the temporal expressions
 * the grammar found: "X shall file Y on or before D", "Y due by D", "within N days of this Order",
 * "every 14 days", "STAYED ... through D", "ENJOINED ... pending further order", "Motion Hearing
 * set for D T". A date that is not attached to such phrasing (a filing date, "held on", "served
 * on") is never a deadline.
 */
import { DateTime } from 'luxon';
import { findCourt } from '../../courts.ts';
import { FINAL_RELIEF, type PartAct } from '../../model/events.ts';
import { termEnds } from '../calendar.ts';
import {
  type ClassMembersRight,
  classMembersGroup,
  classMembersRightName,
  isClassMembersRight,
} from '../class-rights.ts';
import { rulingTerm } from '../tracker/words.ts';
import type {
  DeadlineChange,
  DeadlineFinding,
  HearingChange,
  HearingFinding,
  InjunctionAction,
  InjunctionFinding,
  InjunctionType,
  Period,
  Recurrence,
  StayAction,
  StayFinding,
} from '../types.ts';
import {
  automaticStay,
  hearingDispositions,
  isCourtTickler,
  MOVED_TITLE,
  printedDues,
} from './bankruptcy.ts';
import { type Classification, RELIEF_CAPTION } from './classify.ts';
import { coveredBy } from './coverage.ts';
import {
  excusedReport,
  REPORT_EXCUSED_RULE,
  REPORTING_RESUMED_RULE,
  REPORTING_SUSPENDED_RULE,
  reportingHold,
} from './duty-holds.ts';
import { appealBriefOf, filedBrief, obligationKey } from './filings.ts';
import {
  DATE,
  PERIOD,
  QUANTITY,
  quantityValue,
  readDate,
  readTime,
  readUnit,
  scanTemporals,
  servedLater,
  type Temporal,
  TIME,
  TIME_ZONE,
  triggerIsOrdersDate,
  triggerIsOwnFiling,
  triggerIsThisEntry,
  WEEKDAY,
} from './grammar.ts';
import {
  agencyHearing,
  conversions,
  inCondition,
  MOVING_VERBS,
  NAMED_AS_PAST,
  REQUESTED_THAT,
  readClauses,
} from './hearing-clauses.ts';
import {
  ENTRY_TO_FOLLOW,
  endedWithEntry,
  type Replacement,
  replacementsIn,
  settlementApproved,
  settlementTermSentences,
} from './instruments.ts';
import {
  describedPart,
  NUMBERED_PART,
  PART_OF,
  paragraphAct,
  partOfAct,
  withoutExcepted,
} from './partial.ts';
import { relatedEntries } from './refs.ts';
import { PENDING_APPEAL_INJUNCTION, protectedParties, readFinalRelief, reliefFor } from './relief.ts';
import {
  clauses,
  numberedParagraphAt,
  paragraphNumbers,
  pendencyAsResolution,
  periodDue,
  sentences,
  toPeriod,
  withOccurrences,
} from './text.ts';

export interface EntryContext {
  text: string;
  dateFiled: string;
  /** The day the judge signed it, when the text says ("SIGNED BY … ON 3/1/27"): "the date of this order". */
  signedOn?: string | null;
  court: string | undefined;
  cls: Classification;
  refs: number[];
  /** Entry numbers the text calls motions ("[9] Emergency MOTION ..."). */
  motionRefs: number[];
}

const PARTY =
  '(?:(?:[Tt]he|[Aa]ll)\\s+(?:respondents|petitioners|plaintiffs|defendants|government|movants|debtors|appellants|appellees|intervenors)\\b|(?:All\\s+|The\\s+|the\\s+)?(?:Respondents?|Petitioners?|Plaintiffs?|Defendants?|Government|[Gg]ovt\\.?|Movants?|Debtors?|Appellants?|Appellees?|Intervenors?|Parties|parties|Counsel|counsel|Class\\s+Counsel|United\\s+States|USA|Trustee|Creditors?))';
// A sentence may open with the clerk's initials left from the line before ("(ldg) Defendants shall …").
const PARTY_SUBJECT_RE = new RegExp(
  `(?:^\\s*(?:\\((?:[a-z]{1,6}|\\d{1,2})\\)\\s*)?|[.;:]\\s*|\\b(?:ORDERED\\s+that|ORDERS?\\s+that|that)\\s+)(?<party>${PARTY}|[A-Z][\\w.&'-]*(?:\\s+[A-Z][\\w.&'-]*){0,4})\\s+(?:shall|must|may|will|is\\s+(?:ordered|directed|required)\\s+to|are\\s+(?:ordered|directed|required)\\s+to|has\\s+until|have\\s+until|is\\s+granted\\s+leave\\s+to|are\\s+granted\\s+leave\\s+to)\\b`,
);
/** "The court ORDERS that, no later than D, the plaintiffs must file their reply": a party named after the time. */
const PARTY_AFTER_TIME_RE = new RegExp(`,\\s+(?<party>${PARTY})\\s+(?:shall|must)\\s+(?!be\\b)[a-z]`);
/** "Plaintiffs' motion due by D", also after a heading: "MINUTE ORDER setting briefing …: Plaintiffs' motion due by D". */
const PARTY_POSSESSIVE_RE = new RegExp(`(?:^|:\\s+)(?<party>${PARTY})['’]s?\\s`);

/** Where in a clause a date or period reads as the time something is due. */
const DUE_BEFORE_DATE =
  /(?:\bdue\s+date\s+(?:of|for)\s+[^.;:]{1,100}:|\bdeadline\s+(?:for|to)\s+[^.;:]{1,100}:|\bdue\s*(?:by|on|no\s+later\s+than|date(?:\s+(?:is|of))?)?|\bon\s+or\s+before|\bby|\bno\s+later\s+than|\bnot\s+later\s+than|\bbefore|\buntil|\bon|\bextended\s+(?:to|until|through)|\b(?:extended|enlarged|continued|moved|changed)\s+from\s+[^.;]{4,40}?\s+(?:to|until|through)|\bup\s+to|\bset\s+for|\bextension\s+of\s+time\b[^.;]{0,60}\b(?:to|until|through)|\bextending\s+(?:the\s+)?(?:time|deadline)s?\b[^.;]{0,80}\b(?:to|until|through)|\b(?:extension|enlargement)\s+of\s+time\b[^;]{0,120}\b(?:is|are)\s+(?:hereby\s+)?(?:granted|GRANTED)\b[^;]{0,80}\b(?:to|until|through)|\bcontinued\s+to|\bre-?set\s+(?:to|for)|\bthrough(?:\s+and\s+including)?|\b(?:deadline|ddl)\s+(?:of|is|to|for)?|\bdue\s+(?:to|with)\s+(?:the\s+)?[A-Z][\w/.'’-]*(?:\s+[A-Z][\w/.'’-]*){0,3}|\bcut-?off(?:\s+date)?(?:\s+(?:is|of))?|\blast\s+day\s+(?:to|for)\s+[^.;:\d]{1,80}|\bdiscovery\s+(?:period\s+)?(?:shall\s+|will\s+)?(?:closes?|ends?|concludes?)(?:\s+(?:on|by))?)(?:\s+and\s+including)?\s*(?:[:,]\s*)?(?:(?:close\s+of\s+business|5:00|midnight|noon)\s*(?:on\s+|:\s*)?)?$/i;
const DEADLINE_WORDS =
  /\b(?:due|deadline|ddl|cut-?offs?|file[sd]?|filing|return(?!\s+date)|deliver|send|transmit|deposit|register|respond(?:ing)?|response|responses|reply|replying|replies|answer(?:ing)?|serve|submit|produce|provide|complete|disclose|disclosures?|brief|briefs|report|reports|amend|object(?:ing)?|objections?|meet\s+and\s+confer|oppositions?|cross-motions?|move|motions|notify|show\s+cause|comply|pay|purge|lodge|designate|designations?|exchange)\b/i;
/**
 * A passive obligation: "discovery shall be completed by D", "Petitioner shall be released by D
 * unless …", "Fact discovery to be completed by D", "the record must be produced no later than D".
 */
const PASSIVE_OBLIGATION =
  /\b(?:shall|must|is\s+to|are\s+to|to)\s+be\s+(?:(?:fully|substantially)\s+)?(?<verb>[a-z]+(?:ed|en|t))\b|\b(?:shall|must|will)\s+(?:close|end|conclude)\s+(?:on|by)\b|\bdiscovery\s+(?:period\s+)?(?:closes|ends|concludes)\b/i;
const PAST_EVENT =
  /(?<!\b(?:shall|must|will|should|to|may)\s+be\s+)\b(?:held|served|filed|entered|signed|dated|received|mailed|docketed|executed|modified|issued|returned|arrested|transferred|excluded|postmarked|paid|sent)\s+(?:on|at)?\s*:?\s*$/i;
/** A party's words reported in minutes: "Government stated that they will …", "counsel indicated that …". */
const REPORTED_SPEECH =
  /\b(?:stated|indicated|represented|advised\s+the\s+court|informed\s+the\s+court|reported)\s+that\s+(?:they|he|she|it|the\s+\w+)\s+(?:will|would|intends?\s+to|plans?\s+to|expects?\s+to)\b[^.;]{0,120}$/i;
/** "filed in MDL on D", "entered in the related case on D": a past act with its place. */
const PAST_EVENT_WITH_PLACE =
  /(?<!\b(?:be|shall|must|to|will)\s+|\b(?:will|shall|must)\s+have\s+been\s+)\b(?:filed|entered|served|held|docketed|signed|issued|lodged|paid|sent|mailed|received)\s+(?:in|with|by|before|upon|to|from)\s+[^.;,]{1,60}?\s+on\s*$/i;
/** A period governed by a past or perfect verb: "have been filed within 30 days thereafter". */
export const PAST_PERIOD_LEAD =
  /\b(?:have|has|had|was|were)\s+(?:not\s+)?(?:been\s+)?(?:[a-z]+ed|made|done|paid|sent)\s+(?:within|in)\s*$/i;
/** Speedy Trial Act: "Time excluded from 6/9/17 until 9/8/17", "excludable delay … through D". */
const SPEEDY_TRIAL_EXCLUSION =
  /\bX[A-T]\s+(?:started|stopped|start|stop)\b[^.;]{0,80}$|\b(?:time|delay|period)\b[^.;]{0,20}\bexclud(?:ed|able)\b[^.;]{0,60}$|\bexclud(?:ed|able)\s+(?:time|delay)\b[^.;]{0,60}$|\bspeedy\s+trial\b[^.;]{0,80}$/i;
/** The court holding a proceeding: "The Court will hold a teleconference … on D", "the Court shall conduct …". */
const COURT_HOLDS =
  /\b(?:the\s+)?(?:Court|court|Judge\s+[A-Z][\w.-]*)\s+(?:will|shall|is\s+to|intends\s+to)\s+(?:hold|conduct|convene|hear)\b(?:(?!\b(?:shall|must|due|file|submit|serve)\b)[^;]){0,200}$/;
/** Appearing before a judge on a day: "before the Honorable Y on D", "before Judge Z on D". */
const APPEAR_BEFORE =
  /\bbefore\s+(?:the\s+)?(?:Hon(?:orable|\.)|(?:District\s+|Magistrate\s+|Chief\s+|Senior\s+|Bankruptcy\s+)*Judge)\s+[^.;:]{1,60}?\s+on\s*$/;
/** A duty's verb in the words before a period: "shall restore …", "must reinstate …" (not "shall have", "shall be"). */
const DUTY_VERB_BEFORE =
  /\b(?:shall|must|is\s+to|are\s+to)\s+(?!(?:be|have|has|not|until|also)\b)[a-z]{3,}\b[^.;,]{3,120}$/i;
/** The court's own people as a sentence's subject, just before its verb: "The Clerk", "the Court", "the U.S. Marshal". */
const COURT_SUBJECT = /\b(?:clerk|court|judge|marshal|magistrate)(?:['’]s\s+office)?\s*$/i;
const HEARING_WORDS =
  /\b(?:hearing|(?:tele|video)?conference|trial|argument|arraignment|sentencing|plea|appearance|calendar\s+call|mediation|meeting)\b/i;

/** Between an old date and a new one: "is hereby vacated and is re-set to", "is vacated and reset for". */
const VACATED_AND_RESET =
  /^\s*,?\s*(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:vacated|stricken)\s*,?\s+and\s+(?:is\s+|are\s+)?(?:hereby\s+)?re-?set\s+(?:to|for)\s*$/i;

/** After an old date: ", is VACATED and RESET to …". */
/** Right after a deadline's date, the verb that takes it off: "due 8/1/2025 is VACATED", "… are hereby stricken." */
const TAKEN_OFF_AFTER =
  /^\s*,?\s*(?:is|are)\s+(?:hereby\s+)?(?:VACATED|vacated|STRICKEN|stricken|TERMINATED|terminated|CANCELL?ED|cancell?ed|WITHDRAWN|withdrawn)\b(?!\s*,?\s+and\s+(?:is\s+|are\s+)?(?:hereby\s+)?re-?set)/;

const RESET_AWAY =
  /^\s*,?\s*(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:vacated|stricken)\s*,?\s+and\s+(?:is\s+|are\s+)?(?:hereby\s+)?re-?set\s+(?:to|for)\b/i;

function deadlineChangeFromWords(lead: string, whole: string, what: string): DeadlineChange {
  const clause = lead.replace(DOCKET_EVENT_HEAD, '');
  // "The current cut-off date of D1 is hereby vacated and is re-set to D2": D2 is the new date.
  if (/\bre-?set\s+(?:to|for)\s*$/i.test(clause)) return 'reset';
  // A paper's name is not the court's act: "Briefing on the motion to terminate the Consent Decree
  // [99] is set as follows: response due D" sets a response; "motion to strike", "petition to
  // vacate" name what is asked for.
  // "… obligations end upon termination, except that Defendants shall file a final report on or
  // before D": what the exception orders is set, whatever ended before it.
  const own = clause.split(/\b(?:except\s+that|provided(?:,\s*however,)?\s+that|save\s+that)\b/i).at(-1)!;
  // Nor is what a party is forbidden to do, or a thing ended in the world: "Defendant shall not
  // terminate the Medicaid coverage of any named Plaintiff …, and shall restore any such coverage
  // terminated on or after December 1, 2027 within three business days" sets a duty to restore.
  const acts = own
    .replace(
      /\b(?:motions?|petitions?|requests?|applications?|stipulations?)\s+(?:\w+\s+){0,3}?(?:to|for)\s+(?:\w+\s+){0,2}?(?:vacat|strik|terminat|cancel)\w*/gi,
      ' ',
    )
    .replace(
      /\b(?:shall|will|may|must)\s+not\s+(?:vacate|terminate|cancel)\b|\bfrom\s+(?:vacating|terminating|cancell?ing)\b|(?<!\b(?:is|are|be|been|hereby|was|were)\s+)\b(?:terminated|vacated|cancell?ed)\s+(?=(?:on|before|after|since|between|from|during)\s)/gi,
      ' ',
    );
  if (/\b(?:vacat|strick|stricken|strike|terminat|cancel)/i.test(withoutDescribedEnds(acts)))
    return 'vacated';
  if (/\bshorten/i.test(clause)) return 'shortened';
  if (/\bextend|\bextension|\benlarg|\bcontinued\b/i.test(clause)) return 'extended';
  // "STIPULATED ORDER extending time to file response to [35]. Responses due by ...": the title
  // extends the one obligation it names, not every date in the entry.
  const title =
    /^[^.]{0,160}?\b(?:extending|enlarging|EXTENDING|ENLARGING)\s+(?:the\s+)?(?:time|deadline)s?\s+(?:to|for)\s+(?:file\s+)?(?:an?\s+|the\s+)?([a-z]+)/i.exec(
      whole,
    );
  if (title && what.toLowerCase().startsWith(title[1]!.toLowerCase().slice(0, 5))) return 'extended';
  if (/\bre-?set\b/i.test(clause)) return 'reset';
  return 'set';
}

/**
 * The words describing what befell people or things before the order, not what the order does:
 * "each class member terminated on or after December 1, 2027", "persons whose coverage was
 * terminated", "benefits cancelled since D" — taken out before asking whether the court ends a date.
 */
function withoutDescribedEnds(words: string): string {
  return words
    .replace(
      /\b(?:terminated|vacated|cancell?ed)\b(?=\s+(?:on\s+or\s+(?:after|before)|since|between|during|after|before|from|at\s+(?:annual\s+)?renewal|in\s+(?:or\s+(?:after|before)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})|by\s+(?:the\s+)?(?:Defendants?|Respondents?|agency|Government|State|Department)))/gi,
      ' ',
    )
    .replace(
      /\b(?:whose|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:terminated|vacated|cancell?ed)\b/gi,
      ' ',
    );
}

/** Words that end a noun's modifiers, read backwards from it: determiners, prepositions, verbs of ordering. */
const NOT_A_MODIFIER = new Set(
  `a an the any each every all such this that these those its their his her no of to for from with by on in
  under before after and or member members class shall must will may provide providing deny denying
  denied grant granting receive receiving hold holding`.split(/\s+/),
);

/**
 * The thing "such a <noun>" refers back to: the last mention of the noun before, with the words
 * that qualify it ("… denying any class member a custody redetermination hearing under § 1226(a)"
 * → "custody redetermination hearing"); `null` when the text names it nowhere else.
 */
function antecedent(noun: string, text: string): string | null {
  // Only what was named before the words referring back to it.
  const end = new RegExp(`\\bsuch\\s+(?:an?\\s+)?${noun}`, 'i').exec(text)?.index ?? text.length;
  const one = noun.replace(/s$/i, '');
  const at = [...text.slice(0, end).matchAll(new RegExp(`\\b${one}s?\\b`, 'gi'))];
  for (const m of at.reverse()) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    const modifiers: string[] = [];
    for (const w of before.trim().split(/\s+/).reverse()) {
      if (!/^[a-z][a-z-]*$/.test(w) || NOT_A_MODIFIER.has(w) || modifiers.length === 3) break;
      modifiers.unshift(w);
    }
    if (modifiers.length > 0) return `${modifiers.join(' ')} ${noun.toLowerCase()}`;
  }
  return null;
}

/** "a response to [9] Emergency MOTION for ..." -> "response to [9]". */
function normalizeWhat(raw: string, ctx: EntryContext): string {
  // A court's order written in capitals ("THE LEASE EXTENSION MOTION IS HEREBY GRANTED …"): its words, in lower case.
  let w = (/[a-z]/.test(raw) || !/[A-Z]{3}/.test(raw) ? raw : raw.toLowerCase())
    // "ORDER: The … deadline": the docket's heading is not the thing due.
    .replace(/^\s*[A-Z][A-Z ]{2,}:\s+(?=\S)/, '')
    // "ORDER that the deadline for …" (E.D. Pa.): the order's opening words, likewise.
    .replace(/^\s*ORDER(?:ED)?\s+that\s+/, '')
    // "DUE DATE OF JOINT LETTER …:", "… no later than:": the label's words, not the thing due.
    .replace(/^\s*(?:the\s+)?(?:due\s+date|deadline)\s+(?:of|for|to)\s+/i, '')
    .replace(/\s*\b(?:no\s+later\s+than|by|on\s+or\s+before)?\s*:\s*$/i, '')
    // Whole words only: "ORDER: …" and "Oral Motion …" keep their first letters.
    .replace(
      /^\s*(?:(?:shall|must|may|will|is|are|to|also|file|serve|submit|and|or|then|either|each(?!\s+of\b))\b\s*)+/i,
      '',
    )
    // "provide each of the three Petitioners an individualized bond hearing", "provide Petitioners'
    // counsel a roster of …": the thing given, and to whom — never a name opening with the recipient.
    .replace(GIVEN_TO, (_, recipient: string, thing: string) => {
      // For whom, after the thing and before the court's description of it ("…, with each person's age").
      const cut = thing
        .replace(/,?\s+(?:at|in|by|on|to|of|for|with|which|where)$/i, '')
        .replace(/[\s,;:]+$/, '');
      const comma = cut.indexOf(', ');
      return comma > 0
        ? `${cut.slice(0, comma)} for ${recipient}${cut.slice(comma)}`
        : `${cut} for ${recipient}`;
    })
    .replace(/^(?:file|serve|submit|provide|produce|complete)\s+(?:and\s+serve\s+)?/i, '')
    // "provide such a hearing": the thing the order named before ("a custody redetermination hearing").
    .replace(/^such\s+(?:an?\s+)?([a-z]+)\b/i, (whole, noun: string) => antecedent(noun, ctx.text) ?? whole)
    .replace(/^(?:a|an|the|their|its|his|her|any|all|his\/her|such)\s+/i, '')
    .replace(/^(?:respondents?|petitioners?|plaintiffs?|defendants?|government|parties)['’]s?\s+/i, '')
    // "Settlement statements are due to chambers, not to be filed": the paper, and where it goes.
    .replace(
      /,?\s*(?:and\s+)?(?:(?:are|is|shall|must)\s+)?not\s+(?:to\s+)?be\s+(?:e-?)?(?:filed|docketed)\b[\s,]*/i,
      ' ',
    )
    .replace(
      /\s+(?:are|is|shall\s+be|must\s+be)\s+(?:due|submitted|delivered|sent|e-?mailed)\s+(?:directly\s+)?to\s+chambers\b/i,
      ' to chambers',
    )
    // "the Motion to Certify Class [Doc. 2]", "[ECF No. 40]": the entry's number in brackets.
    .replace(/\[(?:ECF|Dkt\.?|Doc\.?|Docket)\s*(?:No\.?|#)?\s*(\d+)\]/gi, '[$1]')
    .replace(/\b(to|of|on)\s+the\s+\[/g, '$1 [')
    // "response to Plaintiffs' Motion for Contempt (Doc. No. 52)", "objection to the motion to certify
    // class (doc. no. 2)" (D.N.H. writes it in lower case): the motion by its number, "[52]".
    .replace(
      /(?:\b(?:the|their|its|[\w.-]+['’]s?)\s+)?\b[Mm]otion\b[^()[\].;]{0,80}?\s*\((?:ECF|[Dd]kt\.?|[Dd]oc\.?|[Dd]ocket)\s*(?:[Nn]o\.?|#)?\s*(\d+)\)/,
      '[$1]',
    )
    // "suggestions in opposition to 2 motion for preliminary injunction": the docket report prints
    // the link "[2]" as a bare number before the paper's title.
    .replace(
      /\b(to|of|on|re:?|support\s+of)\s+(\d{1,5})\s+(?=(?:[A-Z][\w'’-]*\s+){0,3}?(?:motion|complaint|petition|application)\b)/gi,
      '$1 [$2] ',
    )
    // "an opposition to 10", "a reply in support of 10": a docket report's link, the paper it answers.
    .replace(
      /^((?:[\w-]+\s+){0,3}?(?:oppositions?|respon(?:se|ses)|repl(?:y|ies)|objections?)\s+(?:to|re:?|in\s+support\s+of)\s+)(\d{1,5})$/i,
      '$1[$2]',
    )
    // "respond to the petition 1", "answer the Amended Complaint 12": the link after the paper's name.
    .replace(
      /\b(petition|complaint|motion|application|order)\s+(\d{1,5})\b(?!\s*(?:[-/.,:]\s*\d|days?\b|weeks?\b|months?\b|years?\b|hours?\b|p\.?m|a\.?m))/gi,
      '$1 [$2]',
    )
    .replace(/\s+(?:if\s+any|,|\s)+$/i, '')
    // "The parties' joint status report remains due on D": the duty restated, its verb no part of its name.
    .replace(/\s+(?:still\s+)?(?:remains?|stands?)(?:\s+still)?$/i, '')
    .replace(
      /\s+(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:extended|enlarged|re-?set|continued|vacated)\b.*$/i,
      '',
    )
    // "Fact discovery closes 11/14/2025", "Discovery ends on D": the period, not its verb.
    .replace(
      /^((?:[\w-]+\s+){0,3}?discovery(?:\s+period)?)\s+(?:shall\s+|will\s+)?(?:closes?|ends?|concludes?)$/i,
      '$1',
    )
    // "current deadline for expert rebuttal disclosure of May 18, 2009": the obligation, not its old date.
    .replace(/^(?:current|existing|present)\s+/i, '')
    .replace(/\s+(?:of|on|set\s+for)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}$/, '')
    .trim();
  // "response to the Motion to Certify Class [2]": the response to motion [2].
  w = w.replace(
    /^((?:respon(?:se|ses)|repl(?:y|ies)|oppositions?)\s+(?:to|in\s+support\s+of)\s+)(?:(?:the|their|its|[\w.-]+['’]s?)\s+)?[Mm]otion\b[^()[\].;]{0,80}?\s*(\[\d+\])$/,
    '$1$2',
  );
  const ref =
    /^(.*?\[\d+\])(\s+(?:Petition|Complaint|Amended\s+Complaint|Report\s+and\s+Recommendation))?/.exec(w);
  if (ref) w = ref[1]! + (ref[2] ?? '');
  w = plainDutyName(w.replace(/\s*,\s*$/, ''));
  if (/^respon(?:d|ses?)$/i.test(w)) w = 'response';
  if (/^repl(?:y|ies)$/i.test(w)) w = 'reply';
  if (/^answers?$/i.test(w)) w = 'answer';
  // A long obligation is cut at a word, never inside one ("…detention locations, transfers"), and
  // says it was cut.
  if (w.length > 120) {
    const cut = w.slice(0, 118);
    const space = cut.lastIndexOf(' ');
    w = `${(space > 60 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}…`;
  }
  const toCome = /\[\d+\]/.test(w) ? null : motionsToCome(ctx.text);
  if (toCome) {
    if (/^respon(?!sive)/i.test(w)) return `response to ${toCome}`;
    if (/^repl(?:y|ies)$/i.test(w)) return `reply in support of ${toCome}`;
  }
  const motion = ctx.motionRefs.length === 1 ? ctx.motionRefs[0] : null;
  if (motion !== null && motion !== undefined && !/\[\d+\]/.test(w) && !meritsBrief(w, ctx)) {
    if (/^respon(?!sive)/i.test(w)) return `response to [${motion}]`;
    if (/^repl/i.test(w)) return `reply in support of [${motion}]`;
  }
  if (/^repl(?:y|ies)\s+to\s+\[(\d+)\]$/i.test(w)) return `reply in support of [${/\d+/.exec(w)![0]}]`;
  return w.charAt(0).toLowerCase() + w.slice(1);
}

/** Who may be given something: counsel, the court, a party, class members, people held ("every person admitted to X"). */
const GIVEN_TO =
  /^(?:(?:provide|give|afford|furnish|offer|grant|send)\s+)?((?:(?:each|every|all|any)\s+(?:of\s+)?)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:counsel|court|monitor|part(?:y|ies)|plaintiffs?|defendants?|petitioners?|respondents?|members?|detainees?|persons?|people|individuals?|noncitizens?|children|families|government)(?:\s+(?:admitted|detained|held|housed|confined)\s+(?:at|to|in)\s+[^,;]{1,40}?)?)\s+((?:an?|one|the|its|their)\s+\S.*)$/i;

/** "Brief" with its filers' role after its date ("… due D for APPELLEES X"): that role's brief. */
function briefFor(what: string, after: string): string {
  const role = /^\s*for\s+(appell(?:ant|ee)s?)\b/i.exec(after);
  // A clerk's role written short, as the Fifth Circuit's does: "A/Pet's Brief Due on D for Appellant
  // X" (appellant or petitioner), "E/Res's Brief Due on D for Appellees X" (appellee or respondent).
  const short = ROLE_SHORT_BRIEF.exec(what);
  if (short) {
    const appellee = /^(?:e|appellee|res)/i.test(short[1]!);
    const plural = role ? /s$/i.test(role[1]!) : false;
    return roleBrief(`${appellee ? 'appellee' : 'appellant'}${plural ? 's' : ''}`, short[2]!.toLowerCase());
  }
  return role && /^brief$/i.test(what) ? roleBrief(role[1]!, 'brief') : what;
}

/** "A/Pet's Brief", "E/Res's Brief", "Appellee/Respondent's Brief", "Appellant/Petitioner's Reply Brief" (after any title). */
const ROLE_SHORT_BRIEF =
  /(?:^|\s)(A\/Pet|E\/Res|Appellant\/Petitioner|Appellee\/Respondent|Petitioner\/Appellant|Respondent\/Appellee)['’]?s\s+((?:reply\s+)?brief)$/i;

/** A party's brief by its role, as dockets write it: "appellant's brief", "appellees' opening brief". */
function roleBrief(role: string, brief: string): string {
  const who = role.toLowerCase();
  return `${who}${who.endsWith('s') ? "'" : "'s"} ${brief}`;
}

/**
 * A duty's name as a reader says it, from the order's words: "those detainees to be released" →
 * "release of those detainees"; "BRIEF APPELLANT," → "appellant's brief"; "Appellants X and Y
 * opening brief" → "appellants' opening brief"; "nine paper copies identical to …" → "paper copies
 * of the brief"; "compliance report, the first no later than D" → "compliance report" (its days are
 * the schedule's); "notice certifying" (that they have done so) → "notice certifying compliance".
 */
function plainDutyName(w: string): string {
  const done =
    /^(.{3,80}?)\s+(?:shall\s+|must\s+|to\s+)?be\s+(released|freed|paroled|returned|reinstated|transferred)(?:\s+from\s+(?:custody|detention))?$/i.exec(
      w,
    );
  if (done) {
    const noun: Record<string, string> = {
      released: 'release',
      freed: 'release',
      paroled: 'parole',
      returned: 'return',
      reinstated: 'reinstatement',
      transferred: 'transfer',
    };
    // (Its people in the middle of a name: "release of class members …", "release of petitioner".)
    const people = done[1]!.replace(
      /^(?:the|those|these|all|each|every|any|class|detainees?|members?|persons?|people|individuals?|petitioners?|plaintiffs?|respondents?|defendants?)\b/i,
      (a) => a.toLowerCase(),
    );
    return `${noun[done[2]!.toLowerCase()]!} of ${people}`;
  }
  const role =
    /^(?:brief\s+(?:of\s+)?(appell(?:ant|ee)s?)|(appell(?:ant|ee)s?)\s+(?:[A-Z][\w.,'’&-]*\s+){1,12}?((?:opening|answering|principal|response|optional\s+reply|reply)\s+brief))\s*,?$/i.exec(
      w,
    );
  if (role) {
    const who = (role[1] ?? role[2]!).toLowerCase();
    return roleBrief(who, role[3]?.toLowerCase() ?? 'brief');
  }
  if (/^(?:[\w-]+\s+)?paper\s+copies\b[^.;]*\bbriefs?\b/i.test(w)) return 'paper copies of the brief';
  if (/^(?:notice|declaration|certificate|certification)\s+certifying$/i.test(w)) return `${w} compliance`;
  return w.replace(
    /,\s+the\s+first(?:\s+(?:one|report))?\s+(?:(?:is\s+)?due\s+)?(?:no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by|on)\b.*$/i,
    '',
  );
}

/**
 * A court of appeals' briefs on the merits ("Opening brief due D. Response brief due D2. Reply brief
 * due D3" in an order granting a motion to expedite [12]): the appeal's briefs, named as the court
 * names them — never the response to, or the reply in support of, the motion the order decides.
 */
function meritsBrief(w: string, ctx: EntryContext): boolean {
  if (!/^(?:respon\w*|repl\w*|answering)\s+briefs?$/i.test(w)) return false;
  const type = ctx.court ? findCourt(ctx.court)?.type : undefined;
  return type === 'appellate' || type === 'bap';
}

/**
 * The motions an order sets to be filed ("Petitioners shall file any motion for preliminary
 * injunction and any motion for class certification on or before D"): a response or reply the same
 * order sets without a number answers those motions, not the motion the order decides.
 */
const MOTIONS_TO_COME =
  /\b(?:shall|must|may)\s+file\s+((?:any|an?|its|their)\s+(?:[\w-]+\s+){0,2}?motions?\s+(?:for|to)\s+[^.;]*?)\s+(?:on\s+or\s+before|by|no\s+later\s+than|within)\b/i;

/** "The request for a stay of removal is DENIED", "Defendant's Motion to Stay Pending Appeal (Doc. No. 15) is denied": the court refuses a stay. */
const STAY_REQUEST_DENIED =
  /\b(?:motion|application|request)\s+(?:for|to)\s+(?:a\s+|an?\s+\w+\s+)?stay\b(?:[^.]|\b(?:Nos?|Doc|Dkt|ECF)\.\s){0,200}?\b(?:is|are)\s+(?:hereby\s+)?(?:DENIED|denied)\b/i;

function motionsToCome(text: string): string | null {
  const m = MOTIONS_TO_COME.exec(text);
  if (!m) return null;
  return m[1]!
    .replace(/\b(?:any|an?|its|their)\s+(?=(?:[\w-]+\s+){0,2}?motions?\b)/gi, 'the ')
    .replace(/\s+/g, ' ');
}

function partyOf(clause: string): string | null {
  const s = PARTY_SUBJECT_RE.exec(clause);
  if (s?.groups?.party) return tidyParty(s.groups.party);
  const p = PARTY_POSSESSIVE_RE.exec(clause.trim());
  if (p?.groups?.party) return tidyParty(p.groups.party);
  const a = PARTY_AFTER_TIME_RE.exec(clause);
  if (a?.groups?.party) return tidyParty(a.groups.party);
  // "For each class member detained as of the date of this Order, Respondents shall provide …": a
  // party by its role after the clause's opening phrase.
  const r = PARTY_AFTER_OPENING_RE.exec(clause);
  if (r?.groups?.party) return tidyParty(r.groups.party);
  return null;
}

const PARTY_AFTER_OPENING_RE = new RegExp(
  `,\\s+(?<party>${PARTY})\\s+(?:shall|must|will|(?:is|are)\\s+(?:ordered|directed|required)\\s+to)\\b`,
);

function tidyParty(p: string): string {
  const t = p.replace(/^(?:All|The|the|all)\s+/, '').trim();
  if (/^(?:Government|United\s+States|USA|govt\.?)$/i.test(t)) return 'Government';
  // "the plaintiffs must file": the role, named as the parties are.
  return /^(?:respondents|petitioners|plaintiffs|defendants|government|movants|debtors|appellants|appellees|intervenors)$/.test(
    t,
  )
    ? t.charAt(0).toUpperCase() + t.slice(1)
    : t;
}

/**
 * A notice's printed field under its condition: "If a response or objection is filed - DUE: 15 days
 * after …", "If a response or objection is filed DUE:11/14/09 a hearing will be held …" (W.D.N.C.). The
 * condition is the form's, not the day's: the paper it names is due on the printed day or period.
 */
const PRINTED_FIELD_UNDER_CONDITION =
  /\bif\s+(?:an?\s+|any\s+)?((?:response|objection|request\s+for\s+(?:a\s+)?hearing)(?:\s+(?:or|and\/or|and)\s+(?:response|objection|request\s+for\s+(?:a\s+)?hearing))*)\s+is\s+filed\s*-?\s*DUE\s*:\s*$/i;

/**
 * The mandate in the subjunctive: "IT IS ORDERED that Respondents file a notice …", "It is hereby
 * ORDERED that the parties submit …", "The Court DIRECTS that Defendants serve …" — the same duty
 * as "Respondents shall file …": the party and the act, never the words that order it.
 */
const ORDERED_THAT_PARTY_ACT = new RegExp(
  String.raw`^[\s\S]*?\b(?:ORDERED|[Oo]rdered|DIRECTED|[Dd]irected|REQUIRED|[Rr]equired|ORDERS|[Oo]rders|DIRECTS|[Dd]irects|REQUIRES|[Rr]equires)\s+that\s+(?<party>(?:the\s+)?(?:${PARTY}|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}))\s+(?=(?:file|serve|submit|provide|produce|lodge)\b)`,
);

/** The words naming what is due: between the modal verb and the time expression, or before "due". */
function whatBefore(clause: string, at: number): string {
  // A notice's printed field under its condition: "If a response or objection is filed - DUE: 15
  // days …" is due the paper the condition names.
  const field = PRINTED_FIELD_UNDER_CONDITION.exec(clause.slice(0, at));
  if (field) return field[1]!.toLowerCase();
  // "If the debtor does not file a plan and disclosure statement by D, …": the act left undone.
  const failed = FAILURE_CONDITION.exec(clause.slice(0, at));
  if (failed) return failed.groups!.act!.toLowerCase();
  const unfiled = PASSIVE_FAILURE_CONDITION.exec(clause.slice(0, at));
  if (unfiled) return unfiled.groups!.paper!.replace(/^(?:the|all|any)\s+/i, '').toLowerCase();
  const head = clause
    .slice(0, at)
    .replace(/,?\s+if\s+any,?/gi, '')
    .replace(DOCKET_EVENT_HEAD, '')
    .replace(ORDERED_THAT_PARTY_ACT, '$<party> shall ');
  const passive =
    /^(?:.*?(?<!\b(?:No|Nos|Doc|Docs|Dkt|Dkts|Inc|Co|Corp|v|vs|[A-Z]))[.:;]\s+)?(.{2,100}?)\s+(?:shall|must|may|will|is\s+to|are\s+to)\s+(?:now\s+|henceforth\s+|hereafter\s+|thereafter\s+)?be\s+(?:filed|served|submitted|produced|completed|exchanged)\b/i.exec(
      head,
    );
  if (!passive) {
    // Any other passive obligation names its subject and the act: "class members detained for six
    // months or more shall be released" -> "class members detained for six months or more to be released".
    const other =
      /^(?:.*?(?<!\b(?:No|Nos|Doc|Docs|Dkt|Dkts|Inc|Co|Corp|v|vs|[A-Z]))[.:;]\s+)?(.{2,120}?)\s+(?:shall|must|is\s+to|are\s+to|to)\s+be\s+((?:(?:fully|substantially)\s+)?[a-z]+(?:ed|en|t))\b/i.exec(
        head,
      );
    if (other) return `${other[1]!.replace(/^(?:all|the)\s+/i, '')} to be ${other[2]!.toLowerCase()}`;
  }
  if (passive)
    return passive[1]!.replace(
      /^(?:respondents?|petitioners?|plaintiffs?|defendants?|government)['’]s?\s+/i,
      '',
    );
  const due =
    // The words start at a word's start: never after an apostrophe ("CLERK'S NOTICE") or a time's colon ("10:00 AM").
    // A motion named by its number is part of the name ("Respondents' opposition to the [13] Motion … is due D").
    /(?:^|[.;:](?!\d)\s*|(?<![\w'’:])(?=\w))([A-Z]?(?:[\w'’/& -]|\[\d{1,5}\]){1,80}?)\s+(?:is\s+|are\s+|(?:will|shall|must)\s+be\s+)?(?:now\s+)?due\b[\s\S]*$/i.exec(
      head,
    );
  const verb =
    /\b(?:shall|must|may|will|to|has\s+until|have\s+until)\s+(?:(?:also|further|additionally|then|each|jointly)\s+)?(?:(?:file|serve|submit|provide|produce|complete|make|exchange|disclose|lodge|pay|purge|designate|amend|move|respond|reply|answer|show\s+cause|notify|report)\b[\s\S]*)$/i.exec(
      head,
    );
  if (verb) {
    // "Respondents shall also file a census report": the adverb is not the paper.
    const v = verb[0].replace(
      /^\s*(?:shall|must|may|will|to|has\s+until|have\s+until)\s+(?:(?:also|further|additionally|then|each|jointly)\s+)?/i,
      '',
    );
    const m = /^(respond|reply|answer|show\s+cause|move|amend|report)\b/i.exec(v);
    if (m) {
      const rest = v
        .slice(m[0].length)
        .replace(/\b(?:on\s+or\s+before|by|no\s+later\s+than|not\s+later\s+than|within|before|on)\s*$/i, '');
      const base = m[1]!.toLowerCase().startsWith('respond')
        ? 'response'
        : m[1]!.toLowerCase().startsWith('repl')
          ? 'reply'
          : m[1]!.toLowerCase();
      return `${base}${rest.trim() ? ` ${rest.trim()}` : ''}`;
    }
    return v
      .replace(
        /^(?:file|serve|submit|provide|produce|complete|make|exchange|disclose|lodge|pay|designate|notify)(?:\s+and\s+(?:file|serve))?\s+/i,
        '',
      )
      .replace(
        /\s*\b(?:on\s+or\s+before|by|no\s+later\s+than|not\s+later\s+than|within|before|on|at(?:\s+least)?|not\s+less\s+than|no\s+fewer\s+than)\s*$/i,
        '',
      );
  }
  if (due) return due[1]!.replace(/^(?:and|the)\s+/i, '').replace(/\s+deadline$/i, '');
  return head
    .replace(
      /\s*\b(?:(?:deadline\s+)?set\s+for|on\s+or\s+before|by|no\s+later\s+than|not\s+later\s+than|within|before|on|to|until|through)\s*$/i,
      '',
    )
    .trim();
}

/** Deadlines set, proposed, changed or ended by the entry. */
/** A motion without a number whose briefing a sentence sets: "… motion to decertify Subclass B is entered and briefed as follows:". */
const BRIEFED_MOTION =
  /\bmotion\s+((?:to|for)\s+[^.;:\d]{3,60}?)\s+(?:is|are|shall\s+be|will\s+be)\s+(?:(?:hereby|taken\s+up|entered|and|under\s+advisement)\s+){0,4}?(?:briefed|set\s+for\s+briefing)\b|\bbriefing\s+(?:on|of|schedule\s+(?:on|for))\s+(?:the\s+)?(?:[A-Z][\w'’]*\s+){0,2}(?:oral\s+)?motion\s+((?:to|for)\s+[^.;:\d]{3,60}?)\s+(?:is|are|shall\s+be)\s+set\b/i;

/** The court ending a duty to report: "reporting obligations … end", "status reports are no longer required". */
const REPORTING_ENDS =
  /\b(?:reporting\s+(?:obligations?|requirements?|duties|duty)|(?:periodic|monthly|weekly|quarterly|recurring|compliance|status)\s+reports?|reports?\s+(?:required|ordered)\b[^.;]{0,60}?)\b[^.;]{0,120}?\b(?:end|ends|shall\s+end|cease|ceases|shall\s+cease|(?:is|are)\s+(?:hereby\s+)?(?:terminated|vacated|discontinued|no\s+longer\s+required)|(?:is|are)\s+no\s+longer\s+required)\b/i;

/**
 * The court releasing a party from a repeated duty to file: "Respondents are RELIEVED of the
 * obligation to file further 30-day status reports under [17]", "Defendants' obligation to file
 * monthly temperature logs is terminated", "The defendants' obligation to file compliance reports
 * every fourteen days ENDS with the report filed D", "shall no longer file weekly reports". A repeated duty
 * only — "further", a frequency or a plural paper — never a one-off ("relieved of the obligation to
 * file an answer").
 */
const DUTY_RELIEVED =
  /\b(?:(?:relieved|released|excused|discharged)\s+(?:of|from)\s+(?:the|its|their|his|her|any)\s+(?:\w+\s+){0,2}?(?:obligations?|duty|duties|requirements?)\s+to\s+(?:file|submit|provide|serve|lodge)\s+(?<a>[^.;]{3,100})|(?:obligations?|duty|duties|requirements?)\s+to\s+(?:file|submit|provide|serve|lodge)\s+(?<b>[^.;]{3,100}?)\s+(?:(?:is|are)\s+(?:hereby\s+)?(?:terminated|ended|vacated|discontinued|lifted|rescinded|dissolved|withdrawn|relieved|discharged)|(?:shall\s+|will\s+)?(?:ends?|ceases?|terminates?|expires?)\b)|\b(?:(?:shall|need|will)\s+(?:no\s+longer|not\s+(?:any\s+)?longer)|need\s+not|(?:is|are)\s+(?:no\s+longer|not)\s+required\s+to|(?:is|are)\s+no\s+longer)\s+(?:be\s+required\s+to\s+)?(?:file|submit|provide|serve|lodge)\s+(?<c>[^.;]{3,100}))/i;
/** Words of a paper filed again and again: its end is a duty ended, not one paper no longer asked for. */
const REPEATED_WORDS = `further|additional|remaining|future|periodic|monthly|weekly|bi-?weekly|quarterly|annual|daily|recurring`;
const REPEATED_DUTY_WORD = new RegExp(String.raw`\b(?:${REPEATED_WORDS})\b`, 'i');
/** The same, or a period's paper ("30-day report") or a plural paper ("status reports"). */
const REPEATED_PAPER = new RegExp(
  String.raw`\b(?:${REPEATED_WORDS}|\d+-day|(?:thirty|sixty|ninety|fourteen|seven|ten)-day)\b|^(?:\w+\s+){0,3}?\w+s\b`,
  'i',
);

/**
 * Every deadline of one order moved by the same period: "Each deadline in the Scheduling Order [20]
 * is extended by thirty (30) days", "All remaining deadlines set in the Court's Scheduling Order
 * (ECF No. 22) are continued by sixty days". The order is named by its entry number.
 */
const ORDER_SHIFTED = new RegExp(
  String.raw`\b(?:each|every|all)\s+(?:of\s+the\s+)?(?:(?:remaining|pending|other|outstanding|unexpired|case\s+management|pretrial|scheduling)\s+)*(?:deadlines?|dates?)\s+(?:(?:set|established|contained|entered|fixed)\s+)?(?:in|of|under|by)\s+(?:the\s+)?(?:Court['’]s\s+)?(?:(?:Amended\s+|Revised\s+|First\s+Amended\s+)?(?:Scheduling|Case\s+Management|Pretrial|Trial|Text|Minute)?(?:\s+and\s+Trial)?\s*Order\s*)?(?:\[(?<a>\d{1,5})\]|\(?(?:ECF|Dkt|Doc|Docket)\s*(?:No\s*)?(?<b>\d{1,5})\)?|(?<=Order\s)(?<c>\d{1,5})(?=\s))[^.;]{0,40}?\b(?:is|are|shall\s+be|be)\s+(?:hereby\s+)?(?<verb>extended|continued|enlarged|postponed|moved|shortened|advanced)\s+(?:back\s+|forward\s+)?(?:by\s+)?(?:an?\s+(?:additional|further)\s+|an?\s+)?${PERIOD}`,
  'i',
);

/**
 * One deadline put on hold: "The deadline to complete discovery is SUSPENDED pending resolution of
 * the Motion to Dismiss", "the expert disclosure deadline is STAYED". Suspended, not passed: it
 * comes back when the court sets it again.
 */
const DEADLINE_SUSPENDED =
  /\b(?:the\s+)?(?:(?:deadline|time|date)\s+(?:to|for)\s+(?:(?:file|complete|serve|submit|make)\s+)?(?<a>[^.;]{3,80}?)|(?<b>(?!all\b)[a-z][\w'’ -]{2,60}?)\s+deadline)\s+(?:is|are)\s+(?:hereby\s+)?(?:SUSPENDED|STAYED|TOLLED|held\s+in\s+abeyance)\b/i;

/**
 * A paper the court no longer asks for: "the joint status report is not required", "the parties
 * need not file the proposed pretrial order", "the Rule 26(f) report is no longer required", "The
 * joint status report required by the order of August 8, 2029 (doc. no. 29) is excused". One
 * paper, named as a paper; a repeated one ("further weekly declarations") is a duty the court ends
 * (`DUTY_RELIEVED`).
 */
const PAPER_NOT_REQUIRED =
  /\b(?<a>(?!all\b)[a-z][\w'’ ()-]{2,60}?)\s+(?:is|are)\s+(?:hereby\s+)?(?:not|no\s+longer)\s+required\b|\b(?:need|shall)\s+not\s+(?:file|submit)\s+(?<b>(?:the|a|an|any)\s+[^.;,]{3,60})|\b(?<d>(?!all\b)[a-z][\w'’ -]{2,60}?)(?:\s+(?:required|ordered|directed|set|due)\s+(?:by|in|under|pursuant\s+to)\s+[^;]{0,80}?)?\s+(?:is|are)\s+(?:hereby\s+)?(?:excused|waived|dispensed\s+with)\b/i;
const NAMED_PAPER =
  /\b(?:reports?|statements?|briefs?|memorand(?:um|a)|responses?|repl(?:y|ies)|notices?|certificates?|declarations?|proposals?|plans?|letters?|submissions?|lists?|schedules?|(?:proposed\s+)?orders?)$/i;

/** A paper's name without the order it names: "(doc. no. 29)", "required by the order of August 8, 2029". */
function withoutOrderNamed(sentence: string): string {
  return sentence
    .replace(/\s*\((?:ECF|Dkt\.?|Doc\.?|Docket)\s*(?:No\.?|#)?\s*\d{1,5}[^()]*\)/gi, '')
    .replace(
      /\s+(?:required|set|ordered|due)\s+(?:by|in|under)\s+(?:the\s+)?(?:court['’]s\s+)?order\s+(?:of|dated|entered(?:\s+on)?)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}/g,
      '',
    );
}

/** A lead-in that moves every deadline listed after it: "… are extended as follows:", "is amended to read:". */
const LISTED_CHANGE =
  /\b(?:are|is|shall\s+be|be)\s+(?:hereby\s+)?(extended|enlarged|continued|reset|re-set|modified|amended|revised|shortened)\s+(?:as\s+follows|to\s+the\s+following(?:\s+dates)?|to\s+read(?:\s+as\s+follows)?)\s*:/i;

function listedChange(verb: string): DeadlineFinding['change'] {
  const v = verb.toLowerCase();
  if (v === 'shortened') return 'shortened';
  if (v === 'extended' || v === 'enlarged' || v === 'continued') return 'extended';
  return 'reset';
}

/**
 * The court granting a motion for more time: the dates it gives are the moved dates of the
 * deadlines the motion asked to move ("Defendants' unopposed motion for extension of time [87] is
 * granted. Defendants' brief … due 5/28/2025; Plaintiffs' response due 6/18/2025").
 */
const EXTENSION_GRANTED =
  /\b(?:motion|request|application)\s+(?:\w+\s+){0,3}?(?:for\s+(?:an?\s+)?(?:extension|enlargement)\s+of\s+(?:time|the\s+(?:briefing\s+)?(?:schedule|deadlines?))|to\s+(?:extend|enlarge)\s+(?:the\s+)?(?:time|briefing|deadlines?|schedule))\b(?:[^.;]|\b(?:No|Dkt|Doc)\.){0,80}?\b(?:is|are)\s+(?:hereby\s+)?GRANTED\b|\bGRANTING\s+(?:\[?\d+\]?\s+)?(?:[\w'’]+\s+){0,3}?(?:MOTION|Motion|motion)\s+(?:for\s+(?:an?\s+)?(?:Extension|Enlargement|extension|enlargement)\s+of\s+Time|to\s+(?:Extend|Enlarge|extend|enlarge))/i;

/** A sentence that opens a numbered paragraph of an order ("7. Respondents shall …", "(3) The parties …"). */
const NUMBERED_PARAGRAPH_HEAD = /^\s*(?:\(\d{1,2}\)|\d{1,2}\.)\s+\S/;

/** A motion named with its number: "the motion for class certification [ECF No. 2]", "motion to certify class (doc. no. 2)". */
const NUMBERED_MOTION =
  /\bmotions?\b[^.;[\]()]{0,80}?(?:\[(?:(?:ECF|Dkt\.?|Doc\.?|Docket)\s*(?:No\.?|#)?\s*)?(\d{1,5})\]|\((?:ECF|Dkt\.?|Doc\.?|Docket)\s*(?:No\.?|#)?\s*(\d{1,5})\))/gi;

/** A response set for several motions at once: "opposition to both motions", "responses to the motions". */
const TO_THE_MOTIONS =
  /^(?:respon(?:se|ses)|oppositions?|objections?)\s+to\s+(?:both|the|all|each\s+of\s+the|the\s+two)\s+(?:pending\s+)?motions$/i;

/** The side a reply belongs to, by its own words: "Petitioners' reply", "Plaintiff’s replies". */
const REPLY_OF = /\b(plaintiffs?|defendants?|petitioners?|respondents?)['’]s?\s+(?:\w+\s+)?repl(?:y|ies)\b/i;

/** What a numbered paragraph said so far of the motions its papers answer. */
interface ParagraphMotions {
  /** The motions it names by number. */
  named: number[];
  /** The motion whose response it set last. */
  answered: number | null;
}

/**
 * The papers of a numbered paragraph answer the motions it names: a response "to both motions"
 * where it names one by number is the response to that one (the other, not yet filed, gets its
 * own); a reply set after the response to a motion, naming no motion of its own words ("7.
 * Respondents shall respond to the Motion to Certify Class [ECF No. 2] on or before D. Petitioners'
 * reply shall be filed within seven days after the response is served."), is in support of that
 * motion — not of the one the order rules on (`motionRefs`).
 */
function answerParagraphMotions(found: DeadlineFinding[], clause: string, p: ParagraphMotions): void {
  for (const m of clause.matchAll(NUMBERED_MOTION)) {
    const n = Number(m[1] ?? m[2]);
    if (!p.named.includes(n)) p.named.push(n);
  }
  for (const d of found) {
    if (TO_THE_MOTIONS.test(d.what) && p.named.length === 1) d.what = `response to [${p.named[0]}]`;
    const response = /^response to \[(\d+)\]/.exec(obligationKey(d.what));
    if (response) {
      p.answered = Number(response[1]);
      continue;
    }
    const reply = /^repl(?:y|ies)(?: in support of (?:\[(\d+)\]|(?:the\s+)?motions?\b.*))?$/i.exec(d.what);
    if (!reply || p.answered === null) continue;
    const own = reply[1];
    if (own === undefined || (Number(own) !== p.answered && !new RegExp(`\\b${own}\\b`).test(clause)))
      d.what = `reply in support of [${p.answered}]`;
    // "… and Petitioners' replies are due D": whose reply the clause says, not the sentence's first party.
    const whose = REPLY_OF.exec(clause)?.[1];
    if (whose) d.party = whose.charAt(0).toUpperCase() + whose.slice(1);
  }
}

export function readDeadlines(entry: EntryContext): DeadlineFinding[] {
  // CM/ECF's printed lists and labeled dates ("Schedule A due D. Schedule B due D.", "Last day to
  // oppose discharge is D") are read by their own rule (`bankruptcy.ts`); the rest as clauses.
  // A judge's order whose list names whose paper each date is ("SCHEDULING ORDER: Plaintiff's
  // motion for summary judgment due by D1. Defendant's cross-motion … due by D2.") orders each side
  // to file: read as the court's own deadlines, one per side, never as CM/ECF's printed list.
  const ordersSides =
    entry.cls.isCourtAct &&
    !entry.cls.clerkEntry &&
    /(?:^|[.:;]\s+)(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?)['’]s?\s+[^.;]{2,80}?\s+due\b/.test(
      entry.text,
    );
  const printed = printedDues(entry.text, entry.dateFiled, entry.cls.proposes || ordersSides);
  const ctx = printed.rest === entry.text ? entry : { ...entry, text: printed.rest };
  const out: DeadlineFinding[] = [];
  const { cls } = ctx;
  // The motions the current numbered paragraph names, and the one whose response it set.
  let paragraph: ParagraphMotions = { named: [], answered: null };
  for (const sentence of sentences(ctx.text)) {
    if (NUMBERED_PARAGRAPH_HEAD.test(sentence)) paragraph = { named: [], answered: null };
    if (
      /\bSTAY(?:ED)?\b|\bstay(?:ed)?\s+(?:of|from|through|until|pending|shall|is|are|will)/.test(sentence) &&
      !/\bdeadlines?\b.*\bstayed\b/i.test(sentence)
    ) {
      // Stay clauses carry their own dates (expiry), read by readStays.
      // (A response to a motion to stay is a paper due like any other: "Appellees shall respond to
      // the motion for stay pending appeal by 03/06/2028".)
      if (!/\b(?:shall|must)\s+(?:file|respond)\b|\bdue\b/i.test(sentence)) continue;
    }
    // "the deadlines set in [21] are extended as follows: A on or before D1; B on or before D2; and
    // C …": each item of the list is a clause of its own, and each is moved as the lead-in says.
    const listed = LISTED_CHANGE.exec(sentence);
    const parts = listed
      ? [sentence.slice(0, listed.index + listed[0].length), sentence.slice(listed.index + listed[0].length)]
      : [sentence];
    // "Defendants' oral motion to decertify Subclass B is entered and briefed as follows: brief
    // due D1; response due D2; reply due D3": the papers of that motion, not of another one.
    const briefed = ctx.motionRefs.length === 0 ? BRIEFED_MOTION.exec(sentence) : null;
    const motion = briefed ? `motion ${(briefed[1] ?? briefed[2]!).replace(/\s+/g, ' ')}` : null;
    for (const [i, part] of parts.entries()) {
      for (const clause of clauses(part)) {
        const found = deadlinesInClause(clause.replace(/^and\s+/i, ''), ctx);
        if (listed && i === 1)
          for (const d of found) if (d.change === 'set') d.change = listedChange(listed[1]!);
        if (motion)
          for (const d of found) {
            if (d.what === 'response') d.what = `response to ${motion}`;
            else if (d.what === 'reply') d.what = `reply in support of ${motion}`;
            else if (/^(?:opening\s+)?brief$/i.test(d.what)) d.what = `brief in support of ${motion}`;
          }
        answerParagraphMotions(found, clause, paragraph);
        out.push(...found);
      }
    }
    // "Defendant's reporting obligations under the Order of D (ECF No. 30) end upon entry of this
    // Order", "the monthly status reports are no longer required": a recurring duty ended.
    const plain = sentence.replace(/\b(No|Nos|Dkt|Doc|ECF)\./g, '$1 ');
    // One report of a repeated duty excused ("need not file the status report due D") is no end of it.
    const excused = cls.isCourtAct ? excusedReport(plain, ctx.dateFiled) : null;
    const relieved = cls.isCourtAct && !excused ? DUTY_RELIEVED.exec(plain) : null;
    const paper = relieved ? (relieved.groups!.a ?? relieved.groups!.b ?? relieved.groups!.c)! : null;
    const ends =
      paper && REPEATED_PAPER.test(paper) ? relieved : cls.isCourtAct ? REPORTING_ENDS.exec(plain) : null;
    // The ending sentence's own words ("monthly temperature logs", "the obligation to file
    // compliance reports every fourteen days ENDS") are not a new duty: the schedule they name is the
    // one that ends.
    if (ends)
      for (let i = out.length - 1; i >= 0; i--) {
        const source = out[i]!.source;
        if (out[i]!.recurrence && source !== undefined && sentence.includes(source))
          if (ends === relieved || source.includes(ends[0])) out.splice(i, 1);
      }
    const held = cls.isCourtAct ? DEADLINE_SUSPENDED.exec(plain) : null;
    if (held && !/\ball\s+(?:\w+\s+)?(?:deadlines|dates)\b/i.test(held[0]))
      out.push({
        what: normalizeWhat((held.groups!.a ?? held.groups!.b)!, ctx),
        party: null,
        change: 'suspended',
        dueDate: null,
        dueTime: null,
        basis: 'fixed_date_in_text',
        source: sentence,
        why: { rule: 'deadline-suspended', words: held[0], confidence: 0.8 },
      });
    // "The joint status report required by the order of August 8, 2029 (doc. no. 29) is excused": the
    // paper, without the order that asked for it.
    // "the status report otherwise due June 1, 2029 is EXCUSED", "Reporting under [20] is SUSPENDED
    // until further order" / "… shall resume, the next report due D": one report of a repeated duty,
    // or its reporting for a time — never a paper of its own, never the duty ended.
    const hold = cls.isCourtAct && !excused ? reportingHold(plain, ctx.dateFiled) : null;
    if (excused || hold) {
      const day = excused?.due ?? hold?.next ?? null;
      for (let i = out.length - 1; i >= 0; i--)
        if (!out[i]!.recurrence && out[i]!.dueDate === day && sentence.includes(out[i]!.source ?? '\0'))
          out.splice(i, 1);
      out.push({
        what: `${excused?.paper ?? hold!.what} (recurring)`,
        party: partyOf(sentence),
        change: excused ? 'vacated' : hold!.action === 'suspended' ? 'suspended' : 'set',
        dueDate: day,
        dueTime: null,
        basis: 'recurring_period_in_text',
        source: sentence,
        why: {
          rule: excused
            ? REPORT_EXCUSED_RULE
            : hold!.action === 'suspended'
              ? REPORTING_SUSPENDED_RULE
              : REPORTING_RESUMED_RULE,
          words: (excused ?? hold)!.words,
          confidence: 0.8,
        },
      });
    }
    const unasked =
      cls.isCourtAct && !cls.clerkEntry && !excused
        ? PAPER_NOT_REQUIRED.exec(withoutOrderNamed(plain))
        : null;
    // A paper by its name ("joint status report"), never a bare "response" some motion may be owed.
    const unaskedPaper = unasked
      ? normalizeWhat(
          (unasked.groups!.a ?? unasked.groups!.b ?? unasked.groups!.d)!.replace(
            /\s+(?:until|unless|before|by|at\s+this\s+time|in\s+light)\b.*$/i,
            '',
          ),
          ctx,
        )
      : null;
    if (
      unasked &&
      unaskedPaper &&
      NAMED_PAPER.test(unaskedPaper) &&
      /\S\s+\S/.test(unaskedPaper) &&
      !REPEATED_DUTY_WORD.test(unaskedPaper)
    )
      out.push({
        what: unaskedPaper,
        party: null,
        change: 'vacated',
        dueDate: null,
        dueTime: null,
        basis: 'fixed_date_in_text',
        source: sentence,
        why: { rule: 'paper-not-required', words: unasked[0], confidence: 0.8 },
      });
    const shifted = cls.isCourtAct ? ORDER_SHIFTED.exec(plain) : null;
    const by = shifted ? quantityValue(shifted.groups!.qty!) : null;
    if (shifted && by) {
      const back = /^(?:shortened|advanced)$/i.test(shifted.groups!.verb!);
      out.push({
        what: `every deadline in [${Number(shifted.groups!.a ?? shifted.groups!.b ?? shifted.groups!.c)}]`,
        party: null,
        change: back ? 'shortened' : 'extended',
        dueDate: null,
        dueTime: null,
        basis: 'period_in_text',
        period: { n: by, unit: readUnit(shifted.groups!.unit!), trigger: null, triggerText: null },
        source: sentence,
        why: { rule: 'order-deadlines-moved', words: shifted[0], confidence: 0.85 },
      });
    }
    const lastDay = ends ? lastReportDay(plain, ctx.dateFiled) : null;
    // "… ends with the report due D": D is that duty's last report, not a paper of its own.
    if (lastDay)
      for (let i = out.length - 1; i >= 0; i--)
        if (!out[i]!.recurrence && out[i]!.dueDate === lastDay && sentence.includes(out[i]!.source ?? '\0'))
          out.splice(i, 1);
    if (ends)
      out.push({
        what: 'reporting obligations (recurring)',
        party: partyOf(sentence),
        change: 'vacated',
        // "… ends with the report due December 12, 2028": that report is still due, none after it.
        dueDate: lastDay,
        dueTime: null,
        basis: 'recurring_period_in_text',
        source: sentence,
        why: { rule: 'recurring-duty-ended', words: ends[0], confidence: 0.8 },
      });
    if (
      /\bno\s+(?:reply|replies|sur-?reply)\s+(?:will|shall|may)\s+be\s+(?:permitted|allowed|filed|accepted)|\b(?:reply|replies)\s+(?:is|are)\s+not\s+permitted|\bno\s+further\s+briefing\b/i.test(
        sentence,
      )
    ) {
      const motion = ctx.motionRefs[0] ?? ctx.refs[0];
      out.push({
        what: motion ? `reply in support of [${motion}]` : 'reply',
        party: null,
        change: 'barred',
        dueDate: null,
        dueTime: null,
        basis: 'fixed_date_in_text',
        source: sentence,
      });
    }
    if (
      /\ball\s+(?:future\s+|pending\s+|remaining\s+|unreached\s+|other\s+)?(?:hearings\s+and\s+)?(?:deadlines|dates)\b[^.]{0,80}\b(?:are|is|shall\s+be)\s+(?:hereby\s+)?(?:stricken|vacated|terminated|cancell?ed|suspended|stayed)/i.test(
        sentence,
      )
    ) {
      const suspended = /\b(?:suspended|stayed)\b/i.test(sentence);
      out.push({
        what: 'all deadlines',
        party: null,
        change: suspended ? 'suspended' : 'vacated',
        dueDate: null,
        dueTime: null,
        basis: 'fixed_date_in_text',
        source: sentence,
      });
    }
  }
  if (cls.isCourtAct && EXTENSION_GRANTED.test(ctx.text))
    for (const d of out)
      if (
        d.change === 'set' &&
        d.basis === 'fixed_date_in_text' &&
        !d.recurrence &&
        // Some class members' own day is theirs beside the others' (`asClassMembersRight`), not a move.
        !classMembersGroup(d.what)
      )
        d.change = 'extended';
  // A printed date the clauses already read (with its time: "shall self-surrender by 12:00 noon on D") is one deadline.
  out.push(
    ...printedDates(ctx).filter(
      (p) => !out.some((d) => d.dueDate === p.dueDate && headWord(d.what) === headWord(p.what)),
    ),
  );
  // A judge's order that lists dates ("SCHEDULING ORDER: Fact Discovery due by D1. Dispositive
  // Motions due by D2.") sets them itself; the same list in a clerk's or a party's entry is CM/ECF's.
  const courtSets = cls.isCourtAct && !cls.clerkEntry;
  const items: DeadlineFinding[] = printed.items.map((p) => {
    const d: DeadlineFinding = {
      // "BRIEF APPELLANT, due D by X": the item under the name a reader uses.
      what: plainDutyName(p.what),
      party: null,
      change: 'set',
      dueDate: p.date,
      dueTime: null,
      basis: courtSets ? 'fixed_date_in_text' : 'clerk_computed_in_text',
      source: p.words,
      why: { rule: p.rule, words: p.words.slice(0, 160), confidence: 0.85 },
    };
    asClassMembersRight(d, p.words, entry.text);
    return d;
  });
  // "Respondents shall file their supplemental brief by D1; Petitioners shall respond by D2."
  for (let i = 1; i < out.length; i++) {
    const prev = out[i - 1]!;
    const d = out[i]!;
    if (d.what === 'response' && !/^(?:response|reply)/.test(prev.what))
      d.what = `response to ${prev.what.replace(/^[a-z]+['’]s?\s+/i, '')}`;
  }
  // An appeal's brief filed, with the clerk's note of the next brief ("Appellee's Brief filed …
  // Appellant's Reply Brief is due 21 days after service of the Appellee's Brief", "… Optional reply
  // brief due 05/08/2028 for Appellants"): the rules' schedule, not the filer's proposal.
  const briefFiled = cls.proposes && filedBrief(ctx.text) !== null;
  if (cls.proposes) {
    for (const d of out) {
      // CM/ECF's computed dates and the clerk's directions inside a filing are not the filer's.
      if (
        d.basis === 'clerk_computed_in_text' ||
        d.why?.rule === 'period-printed' ||
        COURT_DIRECTS.test(d.source ?? '') ||
        (briefFiled && appealBriefOf(d.what) !== null)
      )
        continue;
      if (d.change === 'set' || d.change === 'extended' || d.change === 'reset' || d.change === 'shortened')
        d.change = 'proposed';
      if (cls.kind === 'stipulation') d.basis = 'stipulation_pending_approval';
    }
  }
  // Each printed item is its own paper (two due the same day are two): not merged with one another —
  // but a motion's notice printing its "Objection Deadline: D" beside CM/ECF's "Responses due by D" names
  // one paper twice: the objection is the response to the motion.
  const read = dedupe(out);
  const objection = (what: string) => /\bobjections?\b/i.test(what);
  return [
    ...read,
    ...items.filter(
      (i) =>
        !(
          objection(i.what) &&
          read.some(
            (d) =>
              d.dueDate === i.dueDate &&
              d.basis === 'clerk_computed_in_text' &&
              /^responses?\b/i.test(d.what),
          )
        ),
    ),
  ];
}

/** A date's pattern without its named groups, to embed in other patterns. */
const DATE_START = `(?:${DATE.replace(/\?<[a-z]+>/g, '')})`;

/**
 * Dates CM/ECF and the courts print under a name of their own rather than "due": the bankruptcy
 * "Section 316 Incomplete Filing Date D" (the case is dismissed unless the missing papers are in by
 * then), a self-surrender date set at sentencing ("Self Surrender on D"), a court of appeals'
 * "After D, the following attorney will no longer receive notice … unless they register".
 */
const PRINTED_DATES: { re: RegExp; what: string; clerk: boolean }[] = [
  {
    re: new RegExp(`\\bSection\\s+316\\s+Incomplete\\s+Filing\\s+Date:?\\s+(${DATE_START})`, 'gi'),
    what: 'incomplete filings (Section 316 incomplete filing date)',
    clerk: true,
  },
  {
    re: new RegExp(
      `\\bSelf[-\\s]Surrender(?:\\s+(?:date|is\\s+set|set))?\\s*(?:(?:on|by|for|before|at|:)\\s*(?:or\\s+before\\s+)?)?(?:(?:${TIME})\\s*(?:(?:on|by)\\s+)?)?(${DATE_START})`,
      'gi',
    ),
    what: 'self-surrender',
    clerk: false,
  },
  {
    re: new RegExp(
      `\\bAfter\\s+(${DATE_START}),\\s+[^.]{0,200}?\\bwill\\s+no\\s+longer\\s+receive\\b[^.]{0,200}?\\bunless\\s+(?:they|he|she|it)\\s+registers?\\b`,
      'gi',
    ),
    what: 'register for electronic filing (to keep receiving notice)',
    clerk: true,
  },
];

function printedDates(ctx: EntryContext): DeadlineFinding[] {
  const out: DeadlineFinding[] = [];
  for (const { re, what, clerk } of PRINTED_DATES)
    for (const m of ctx.text.matchAll(re)) {
      const date = scanTemporals(m[1]!, ctx.dateFiled).find((t) => t.type === 'date')?.date;
      if (!date) continue;
      out.push({
        what,
        party: null,
        change: 'set',
        dueDate: date,
        dueTime: null,
        basis: clerk ? 'clerk_computed_in_text' : 'fixed_date_in_text',
        source: m[0],
        why: { rule: 'printed-date', words: m[0].slice(0, 160), confidence: 0.85 },
      });
    }
  return out;
}

/** Longer words of a "what", to tell one obligation named twice in a clause from two. */
function contentWords(what: string): Set<string> {
  return new Set(
    (what.toLowerCase().match(/[a-z]{5,}/g) ?? []).filter((w) => !/^(?:shall|filed|before)$/.test(w)),
  );
}

function dedupe(ds: DeadlineFinding[]): DeadlineFinding[] {
  // The parties already due under each key: the same paper of two named parties on one day is two
  // duties ("1. The County shall file a status report … 2. The Warden shall file a status report …").
  const seen = new Map<string, (string | null)[]>();
  const kept = new Map<
    string,
    { what: string; source: string | undefined; words: Set<string>; summary: boolean }[]
  >();
  return ds.filter((d) => {
    // Two dated findings are one deadline when they name the same thing on the same day ("granting
    // [22] Motion for Extension of Time to May 15 to File Answer … Answer due by 5/15"); different
    // things due the same day ("Amended Pleadings due by 5/1. Joinder of Parties due by 5/1.") are two.
    // Each defendant's answer is its own ("X waiver sent on D, answer due D2; Y waiver sent …").
    const k = d.dueDate
      ? `${d.dueDate}|${d.dueTime}|${headWord(d.what)}${d.basis === 'clerk_computed_in_text' && d.party ? `|${d.party}` : ''}`
      : `${d.change}|${d.dueDate}|${d.dueTime}|${d.recurrence ? JSON.stringify(d.recurrence) : ''}|${d.what}`;
    const parties = seen.get(k);
    if (parties?.some((p) => p === null || d.party === null || p === d.party)) return false;
    seen.set(k, [...(parties ?? []), d.party]);
    if (!d.dueDate) return true;
    // "On or before D, X shall file a Renewed Application … shall be filed on or before D": one
    // obligation named twice in the same clause with the same day.
    const words = contentWords(d.what);
    const sameDay = kept.get(d.dueDate) ?? [];
    const twice = sameDay.some((x) => {
      if (x.source !== d.source || isClassMembersRight(d.what)) return false;
      const [small, large] = x.words.size <= words.size ? [x.words, words] : [words, x.words];
      return small.size >= 2 && [...small].every((w) => large.has(w));
    });
    if (twice) return false;
    // CM/ECF's summary after the order's own words ("On or before August 24, 2016, the parties are
    // directed to file a written response … Response due 08/24/2016 for X and Y."): the thing the
    // summary names is already due that day from the order's sentence.
    const summary = CMECF_SUMMARY.exec(d.source ?? '');
    if (
      summary &&
      sameDay.some(
        (x) =>
          x.source !== d.source &&
          !CMECF_SUMMARY.test(x.source ?? '') &&
          x.words.has(summary[1]!.toLowerCase()),
      )
    )
      return false;
    // The clerk's parenthesis after the order ("(Motions due by 12/29/2021., Responses due by
    // 1/26/2022)", "Pretrial Order due by 4/11/2023.") names in CM/ECF's words a paper the order's own
    // sentence made due that day ("Plaintiffs oppositions … are due no later than January 26, 2022",
    // "submit … no later than April 11, 2023: (1) the joint pretrial order …"): one deadline.
    const named = summaryName(d);
    if (
      named &&
      sameDay.some(
        (x) => x.source !== d.source && !x.summary && namesPaper(`${x.what} ${x.source ?? ''}`, named),
      )
    )
      return false;
    sameDay.push({ what: d.what, source: d.source, words, summary: named !== null });
    kept.set(d.dueDate, sameDay);
    return true;
  });
}

/** One item of CM/ECF's summary of the deadlines an order set: "Responses due by 1/26/2022", "Pretrial Order due by 4/11/2023". */
const SUMMARY_ITEM =
  /((?:[A-Z][\w'’-]*\s+){0,2}[A-Z][A-Za-z'’-]{3,})\s+due\s+(?:by\s+)?(\d{1,2}\/\d{1,2}\/\d{2,4})\.?(?:\s+for\s+[^;,()]{1,200})?/g;

/** The paper a finding names when its words are only CM/ECF's summary items (and the clerk's initials). */
function summaryName(d: DeadlineFinding): string | null {
  const src = d.source ?? '';
  const items = [...src.matchAll(SUMMARY_ITEM)];
  if (items.length === 0 || !d.dueDate) return null;
  const rest = src.replace(SUMMARY_ITEM, '').replace(/\(\s*[a-z]{1,5}\s*,?\s*\)/g, '');
  if (/[A-Za-z0-9]/.test(rest)) return null;
  const [y, m, day] = d.dueDate.split('-');
  const item = items.find((it) => {
    const [mm, dd] = it[2]!.split('/');
    return Number(mm) === Number(m) && Number(dd) === Number(day) && it[2]!.endsWith(y!.slice(2));
  });
  return item ? item[1]!.toLowerCase() : null;
}

/** Whether words name the paper a summary names: its words, or a response as an opposition. */
export function namesPaper(words: string, named: string): boolean {
  const w = words.toLowerCase();
  if (w.includes(named)) return true;
  const head = named
    .split(/\s+/)
    .at(-1)!
    .replace(/(?:e?s)$/, '');
  if (head.length >= 4 && new RegExp(`\\b${head}`).test(w)) return true;
  return /^respons/.test(head) && /\boppositions?\b|\bopposing\b/.test(w);
}

/** CM/ECF's one-line summary of a deadline: "Response due 08/24/2016 for X and Y.", "Answer due by 5/1/2020". */
const CMECF_SUMMARY =
  /^\s*(?:[A-Z][\w'’]*\s+){0,2}([A-Za-z]{5,})\s+due\s+(?:by\s+)?[\d/]+(?:\s+for\s+[^;]{1,200})?\s*$/;

/** Conditions of a defendant's release ("remaining conditions to be met by D"): bail terms, not a case deadline. */
const RELEASE_CONDITIONS =
  /\bconditions?\s+(?:of\s+release\s+)?(?:are\s+|is\s+)?(?:to\s+be\s+)?(?:met|satisfied)\s+by\s*$/i;

function headWord(what: string): string {
  // Each of the class members' rights is its own last day, though the names share their words.
  if (isClassMembersRight(what)) return what.toLowerCase();
  return (/[a-z]+/i.exec(what)?.[0] ?? '').toLowerCase().replace(/s$/, '');
}

/** A condition that is an act left undone by a day: "If the debtor does not file … by", "if X fails to pay … by". */
const FAILURE_CONDITION =
  /^\W*(?:If|In\s+the\s+event(?:\s+that)?)\s+[^,;]{1,60}?\b(?:does\s+not|do\s+not|did\s+not|fails?\s+to|has\s+not|have\s+not)\s+(?:timely\s+)?(?<act>(?:file|pay|cure|submit|amend|serve|obtain|provide)\b[^,;]{0,120}?)\s+(?:by|on\s+or\s+before|no\s+later\s+than|before)\s*$/i;

/** The same condition in the passive: "If the documents are not filed by", "If the fee is not paid by". */
const PASSIVE_FAILURE_CONDITION =
  /^\W*(?:[A-Z][A-Z ]{1,30}:\s*)?(?:If|In\s+the\s+event(?:\s+that)?)\s+(?<paper>[^,;]{1,60}?)\s+(?:is|are|has|have)\s+not\s+(?:been\s+)?(?:timely\s+)?(?:filed|paid|cured|submitted|served|amended|obtained|provided)\s+(?:by|on\s+or\s+before|no\s+later\s+than|before)\s*$/i;

/** The words of a duty to report or file, before or after its schedule. */
const DUTY_NAMED = /\b(?:report|reports|file|submit|update|status|provide|notify|produce|certif)/i;
/** A frequency said as an adjective ("Monthly", "quarterly"), not a schedule ("every month"). */
/** A frequency before the paper it names, its first day after: "weekly declarations of compliance, each Friday, beginning D" → the paper's words. */
const PAPER_INSIDE_SCHEDULE =
  /^(?:bi-?weekly|bi-?monthly|weekly|monthly|quarterly|semi-?annual)\s+(.+?)\s*,?\s*(?:beginning|starting|commencing|with\s+the\s+first)\b/i;

/** A series' day said in its name's words: ", each Friday", " on Mondays", " on the fifteenth day of each month". */
const SCHEDULE_DAY_WORDS = new RegExp(
  `\\s*,?\\s*(?:(?:each|every|on)\\s+${WEEKDAY}s?\\b|(?:on\\s+or\\s+before|(?:no|not)\\s+later\\s+than|on|by)\\s+the\\s+[\\w-]+\\s+(?:(?:business|court|working)\\s+)?(?:${WEEKDAY}\\s+|day\\s+)?of\\s+(?:each|every)\\s+(?:calendar\\s+)?(?:month|quarter)\\b)[^,;]*`,
  'i',
);

const PAPER_BY_FREQUENCY = /^(?:bi-?weekly|bi-?monthly|weekly|monthly|quarterly|semi-?annual)$/i;
/** The paper that adjective names: "… Reinstatement Report", "status reports", "Compliance Update". */
const PAPER_NAMED =
  /^\s*(?:[\w'’-]+\s+){0,3}?(?:reports?|statements?|updates?|logs?|certifications?|submissions?|filings?)\b/i;
/** An officer of the court who files ("The Monitor, Dr. X, shall file", "the Special Master must submit"). */
const OFFICER_FILES =
  /(?:^|[.;:]\s+|^\W*\d{1,2}\.\s*)(?:the\s+)?(?:court[-\s]appointed\s+|independent\s+)?(?<who>monitor|receiver|special\s+master|examiner|auditor|ombuds(?:man|person)|guardian\s+ad\s+litem|compliance\s+officer)\b(?:[^.;]|\b(?:Dr|Mr|Mrs|Ms|Hon)\.){0,60}?\b(?:shall|must|will|is\s+to)\s+(?:\w+\s+){0,2}?(?:file|submit|provide|report)\b/i;
/** Words that order the act, before the schedule: "shall", "must", "is ORDERED to", "directs" (not the noun "ORDER re"). */
const ORDERS_ACT =
  /\b(?:shall|must|will|is\s+to|are\s+to|(?:is|are)\s+(?:hereby\s+)?(?:ordered|directed|required)|orders|directs|requires|to\s+(?:file|submit|provide|serve|lodge))\b/i;

function deadlinesInClause(clause: string, ctx: EntryContext): DeadlineFinding[] {
  const out: DeadlineFinding[] = [];
  if (
    !DEADLINE_WORDS.test(clause) &&
    !PASSIVE_OBLIGATION.test(clause) &&
    !/\bMotion\s+Docket\s+Date\b/i.test(clause) &&
    !HEARING_HELD_IN.test(clause) &&
    // "On D, counsel shall jointly contact chambers …", "1. Within thirty (30) days of entry of this
    // Order, Defendants shall reduce …", "Defendants shall hire two nurses no later than D": the
    // court orders an act by a day, whatever the verb.
    !(
      courtOrders(ctx) &&
      (ORDERED_TIME_FIRST.test(clause) || ORDERED_ACT_BY.test(clause) || ORDERED_TIME_INSIDE.test(clause))
    )
  )
    return out;
  const temporals = scanTemporals(clause, ctx.dateFiled);
  const hasRecurrence = temporals.some((t) => t.type === 'recurrence');
  const firstNamed =
    temporals.find((t) => t.type === 'date' && FIRST_OF_SCHEDULE.test(clause.slice(0, t.start)))?.date ??
    null;
  for (const t of temporals) {
    const lead = clause.slice(0, t.start);
    if (t.type === 'date') {
      if (PAST_EVENT.test(lead) || PAST_EVENT_WITH_PLACE.test(lead) || SPEEDY_TRIAL_EXCLUSION.test(lead))
        continue;
      // Minutes reporting what a party said ("Government stated that they will provide all discovery
      // by D"): its own undertaking, not a date the court set.
      if (REPORTED_SPEECH.test(lead)) continue;
      // "… without a custody redetermination hearing before an immigration judge …, which hearing
      // shall take place no later than D": the agency's hearing, which the party must give by D.
      const given = t.date ? agencyHearingBy(ctx.text, clause, lead) : null;
      if (given) {
        out.push({
          what: given.what,
          party: given.party,
          change: ctx.cls.proposes ? 'proposed' : 'set',
          dueDate: t.date!,
          dueTime: t.time ?? null,
          basis: 'fixed_date_in_text',
          source: clause,
          docketed: false,
          why: { rule: 'agency-hearing-by', words: given.words, confidence: 0.8 },
        });
        continue;
      }
      // "If the action is transferred before D, counsel … shall notify the Court": the day is the
      // condition's, not the act's; "remaining conditions to be met by D": conditions of release.
      // (Unless the condition is the act not done by the day: "If the debtor does not file a plan by
      // D, the landlord may file …", "if the Debtor fails to pay the fee by D, the case will be
      // dismissed" — the court's deadline, with what follows when it is missed.)
      if (
        (/^\W*(?:If|Should|In\s+the\s+event)\b[^,;]*$/i.test(lead) &&
          !FAILURE_CONDITION.test(lead) &&
          !PASSIVE_FAILURE_CONDITION.test(lead) &&
          !PRINTED_FIELD_UNDER_CONDITION.test(lead)) ||
        RELEASE_CONDITIONS.test(lead)
      )
        continue;
      // "Chapter 11 Debtors Exclusive Right to File a Plan Expires on D" (11 U.S.C. 1121): the end of
      // the debtor's right, not a paper due — anyone may file a plan after it.
      if (/\bexclusiv(?:e|ity)\b[^.;]{0,80}?\b(?:expires?|ends?|terminates?|runs?)\s+(?:on\s+)?$/i.test(lead))
        continue;
      // "deadlines … are stayed for 30 days, until 3-04-2016, so that they may submit …": the stay's
      // last day, and what follows is its purpose, not an act due ("stayed until D, by which date the
      // parties shall file …" still sets one).
      if (
        /\bstay(?:ed)?\b[^.;]{0,80}\b(?:until|through)\s*$/i.test(lead) &&
        /^\s*,?\s*(?:so\s+that|in\s+order\s+(?:to|that)|to\s+(?:allow|permit|give|enable))\b/i.test(
          clause.slice(t.end),
        )
      )
        continue;
      // The day a motion is presented to the judge, not a filing due: "presentment of … before Honorable Y on D".
      if (/\bpresentment\b/i.test(lead) || APPEAR_BEFORE.test(lead)) continue;
      // "The Court will hold a teleconference regarding Dkt. No. 30 …, which were filed on D1, on D2":
      // the day the court sits, a hearing, never a party's deadline.
      if (COURT_HOLDS.test(lead)) continue;
      // "every 60 days, with the first report due by D", "every ninety days instead of every thirty
      // days, with the next report due on or before D": D is the schedule's first occurrence.
      if (hasRecurrence && FIRST_OF_SCHEDULE.test(lead)) continue;
      const docketDate = ctx.cls.kind === 'motion' && MOTION_DOCKET_DATE.test(lead);
      if (!DUE_BEFORE_DATE.test(lead) && !/\bdue\s*$/i.test(lead) && !docketDate) continue;
      // A hearing's own date is read by readHearings.
      // ("Hearing on Approval of Disclosure Statement and Confirmation of Plan Set for D": the
      // hearing's name may be long before "set for".)
      // ("Status hearing on Plan and Disclosure Statement Re-set to be held on D": so is a hearing's
      // name before "to be held on", within its sentence.)
      const local =
        /\b(?:set|scheduled|reset|rescheduled)\s+for\s*$|\b(?:re-?set|continued|rescheduled|adjourned|moved)\s+(?:to|until)\s*$/i.test(
          lead,
        )
          ? lead.slice(-120)
          : /\b(?:to|will|shall)\s+be\s+held\s+(?:on|at)\s*$/i.test(lead)
            ? lead.slice(-120).replace(/^[\s\S]*[.;]\s+/, '')
            : lead.slice(-40);
      // (A hearing named inside what is filed — "file cross briefs regarding … the competency
      // hearing by D" — is the paper's subject: the filing is due.)
      const hearingIsObject =
        /\b(?:regarding|relating\s+to|concerning|about|in\s+connection\s+with)\b[^.;]{0,80}$/i.test(
          lead.slice(-100),
        ) &&
        /\b(?:file|submit|serve|lodge|provide|produce)\b/i.test(lead) &&
        !/\b(?:set|scheduled|reset|rescheduled|continued|adjourned|moved)\s+(?:for|to|until)\s*$/i.test(lead);
      // ("Proof of Claim deadline not set, 341(a) meeting to be held on D": a deadline said not to be set
      // is no deadline word.)
      const unset = local.replace(
        /\b(?:deadlines?|due\s+dates?)\s+(?:(?:is|are|was|were|has|have)\s+)?(?:not\s+(?:been\s+)?set|none\s+set)\b/gi,
        ' ',
      );
      // ("Mediation must be completed by D", "the mediation shall be concluded no later than D": the
      // last day to finish it — a deadline, not the day of a session.)
      if (
        HEARING_WORDS.test(unset) &&
        !hearingIsObject &&
        !/\b(?:due|file|filed|submit|serve|brief|respon|repl|deadline|cut-?off|last\s+day)\w*\b/i.test(
          unset,
        ) &&
        !/\b(?:completed|concluded)\s+(?:by|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|before)\s*$/i.test(
          unset,
        )
      )
        continue;
      if (/(?<!\b(?:shall|must|will|should|to|may)\s+be\s+)\b(?:served|filed)\s+on\s*$/i.test(lead)) continue;
      // "currently set for D1, is vacated and re-set to D2": D1 is the old date, read with D2.
      if (RESET_AWAY.test(clause.slice(t.end, t.end + 120))) continue;
      // "Government Sentencing Memo Deadline D, Defendant Sentencing Memo Deadline D": each date's
      // words start after the date before it.
      const prev = temporals.filter((x) => x.end <= t.start).at(-1);
      const own = prev ? whatBefore(clause.slice(prev.end), t.start - prev.end).replace(/^[\s,;.]+/, '') : '';
      let what = own && DEADLINE_WORDS.test(own) && /[a-z]{3}/i.test(own) ? own : whatBefore(clause, t.start);
      // "Last day to amend or add parties 5/10/2006", "Last Day to Oppose Discharge: D": the label names it.
      const lastDay = /\blast\s+day\s+(?:to|for)\s+[^.;:\d]{1,80}?(?=\s*:?\s*$)/i.exec(lead);
      if (lastDay) what = lastDay[0];
      // "ORDER that on or before May 20, 2009, plaintiff … file a status report", "By November 18,
      // 2022, the parties shall file a joint status letter": the act after the date names it.
      const after =
        !what ||
        !(DEADLINE_WORDS.test(`${what} ${lead}`) || PASSIVE_OBLIGATION.test(lead)) ||
        /^(?:ORDER(?:ED)?\s+that|that)$/i.test(what.trim())
          ? actAfterAt(clause, t, ctx)
          : null;
      if (after) what = after.what;
      // "Order Meeting of Creditors due by D" printed alone on a petition: the court's tickler.
      if (isCourtTickler(what)) continue;
      const actAfter = after !== null;
      const dutyParty = after?.party ?? null;
      if (
        !docketDate &&
        !actAfter &&
        (!what || !(DEADLINE_WORDS.test(`${what} ${lead}`) || PASSIVE_OBLIGATION.test(lead)))
      )
        continue;
      const clerkComputed =
        /\bserved\s+on\b[^.;]*\banswer\s+due\s*$/i.test(lead) ||
        (/\banswer\s+due\s*$/i.test(lead) && ctx.cls.kind === 'notice') ||
        // CM/ECF adds "Responses due by D" to a motion's text: the date the court's system set (a court
        // of appeals' docket: "Motion to Stay Removal filed at DE 5; Respondent Response to Stay Motion
        // (Filed after PFR) due D", the response named by its capitalized event title).
        (ctx.cls.kind === 'motion' && (CMECF_RESPONSE_DUE.test(lead) || MOTION_DOCKET_DATE.test(lead))) ||
        // … and "Replies due by D" to a response's ("RESPONSE in Opposition re [3] … Replies due by D"):
        // the system's date, which a court's own date for the reply replaces.
        (ctx.cls.kind === 'response' && /(?:^|[.)]\s+)(?:Replies|Reply)\s+due\s+by\s*$/.test(lead));
      const whatText = clerkComputed
        ? MOTION_DOCKET_DATE.test(lead)
          ? 'response (motion docket date, as computed by CM/ECF)'
          : CMECF_RESPONSE_DUE.test(lead) || ctx.cls.kind === 'response'
            ? // (A motion's own line answers that motion, not the order it is "re" [22]: `ownBriefing`.)
              `${normalizeWhat(clerksPaper(what), ctx.cls.kind === 'motion' ? { ...ctx, motionRefs: [] } : ctx)} (as computed by CM/ECF)`
            : 'answer (as computed by CM/ECF)'
        : withCondition(
            // A clerk's "Brief due 01/29/2029 for APPELLEES X": the appellees' brief, named by whose it is.
            briefFor(normalizeWhat(what, ctx), clause.slice(t.end)),
            clause.slice(t.end),
          );
      // "The Joint Pretrial Memorandum due 8/1/2025 is VACATED": the verb after the date takes it off.
      const change = TAKEN_OFF_AFTER.test(clause.slice(t.end))
        ? 'vacated'
        : deadlineChangeFromWords(lead, ctx.text, whatText);
      const finding: DeadlineFinding = {
        what: whatText,
        party: partyOf(clause) ?? dutyParty ?? (clerkComputed ? servedParty(clause) : null),
        change,
        dueDate: change === 'vacated' ? null : (t.date ?? null),
        dueTime: change === 'vacated' ? null : (t.time ?? null),
        basis: clerkComputed ? 'clerk_computed_in_text' : 'fixed_date_in_text',
        source: clause,
        why: {
          rule: clerkComputed ? 'clerk-computed-date' : 'date-after-due-words',
          words: wordsAround(clause, t.start, t.end),
          confidence: 0.9,
        },
      };
      if (change === 'vacated') finding.previousDue = t.date ?? null;
      // "… of D1 is hereby vacated and is re-set to D2": D1 is the date it replaces.
      if (
        change === 'reset' &&
        prev?.type === 'date' &&
        VACATED_AND_RESET.test(clause.slice(prev.end, t.start))
      )
        finding.previousDue = prev.date ?? null;
      // "The deadline for … is EXTENDED from D1 to D2": D1 is the date it replaces.
      if (
        prev?.type === 'date' &&
        /\b(?:extended|enlarged|continued|moved|changed)\s+from\s*$/i.test(clause.slice(0, prev.start)) &&
        /^\s*(?:to|until|through)\s*$/i.test(clause.slice(prev.end, t.start))
      )
        finding.previousDue = prev.date ?? null;
      out.push(finding);
    } else if (t.type === 'period') {
      // "the initial status conference … is reset to D, with the status report due 7 days prior":
      // counted back from the event the clause names before it.
      // "Status Conference set for 5/6/2025 … Parties to submit a joint status report 7 days
      // before.": the event an earlier sentence of the entry set, when this one names none.
      if (t.before && !t.triggerText) {
        const last = [...lead.matchAll(EVENT_NOUN_RE)].at(-1) ?? lastEventBefore(ctx.text, clause);
        if (!last) continue;
        t.triggerText = `the ${last[0].toLowerCase()}`;
      }
      // "Response due 14 days", the printed field "DUE: 15 days, a hearing will be held on D" (W.D.N.C.):
      // a period under the due label, with or without the words whence it runs.
      if (!PERIOD_LEAD.test(lead) && !t.triggerText && !/\bdue\s*:?\s*$/i.test(lead)) continue;
      if (/\bexclud|\bspeedy\s+trial/i.test(clause)) continue;
      // "granting motion to extend time to file brief by 60 days": how much more time, not a period
      // that runs from this entry (the new date, when given, is read from its own words).
      if (/\b(?:extend\w*|extension|enlarg\w*)\b[^.;]{0,80}\bby\s*$/i.test(lead)) continue;
      // "are given an additional 14 days to answer": more time on a deadline the entry does not
      // state, unless the words say whence it runs ("an additional 14 days from the date of this order").
      if (/\b(?:additional|further|extra|another)\s*$/i.test(lead) && !t.triggerText) continue;
      // "no objections to the report have been filed within 30 days thereafter": a past act.
      if (PAST_PERIOD_LEAD.test(lead)) continue;
      // "notify the Court at least 7 days in advance", "on 14 days' notice before the hearing": how much
      // warning to give, not a filing due; "file a joint notice … 48 hours before the hearing" is a filing.
      if (t.before && ADVANCE_NOTICE.test(clause)) continue;
      let what = whatBefore(clause, t.start);
      // The period first, the act after it: "within ten (10) days from entry of this Order,
      // Defendants respond …", "The parties have seven (7) calendar days to file objections".
      // A form the clerk's printed instruction asks of a party, counted from the very paper it is
      // printed in ("Within fourteen days of the filing date of a Notice of Appeal, the appellant
      // must complete the Eleventh Circuit Transcript Order Form", in the notice of appeal): named
      // after the form, the party's, dated from this entry — the clerk's, not a judge's.
      const printedForm = ownFilingForm(clause.slice(t.end), t.triggerText, ctx);
      // The duty's own verb before the period ("Respondents shall restore confidential attorney
      // telephone access within 10 days and file weekly compliance declarations every Friday"): the
      // act the period times is that one, never the next duty the sentence joins with "and".
      const verb = what && !DEADLINE_WORDS.test(`${what} ${lead}`) ? DUTY_VERB_BEFORE.exec(lead) : null;
      // The clerk's or the court's own work ("The Clerk shall mail a copy … within 3 days") is no party's duty.
      const duty =
        verb && !COURT_SUBJECT.test(lead.slice(Math.max(0, verb.index - 40), verb.index)) ? verb : null;
      const actBefore = duty !== null;
      if (duty)
        what = duty[0]
          .replace(/^(?:shall|must|is\s+to|are\s+to)\s+/i, '')
          .replace(/\s+(?:within|in|no\s+later\s+than|not\s+later\s+than|by)\s*$/i, '')
          .trim();
      const after =
        printedForm ??
        (!actBefore &&
        (!what || !DEADLINE_WORDS.test(`${what} ${lead}`) || /^(?:ORDER|ORDERED)\b[^a-z]*$/.test(what))
          ? actAfterAt(clause, t, ctx)
          : null);
      if (after) what = after.what;
      // "Order Meeting of Creditors due by D" printed alone on a petition: the court's tickler.
      if (isCourtTickler(what)) continue;
      const actAfter = after !== null;
      const dutyParty = after?.party ?? null;
      if (
        !what ||
        !(actAfter || actBefore || DEADLINE_WORDS.test(`${what} ${lead}`) || PASSIVE_OBLIGATION.test(lead))
      )
        continue;
      // A notice of a filed transcript counts its periods from the filing ("Parties have seven (7)
      // calendar days to file … a Notice of Intent to Request Redaction"), unless it prints the dates.
      const transcriptClock = ctx.cls.kind === 'transcript' && !PRINTED_DUE.test(ctx.text);
      // CM/ECF's own "Court reporter acknowledgement is due in 14 days" (a court of appeals' transcript
      // order) counts from the entry that prints it.
      // S.D. Tex.'s printed "Objections/Request for Hearing Due in 7 days" on an application likewise.
      // W.D.N.C.'s printed field of a notice of opportunity for hearing, "DUE: 15 days after the date
      // of this notice", likewise (the filer fills in the form; the period is the notice's own).
      const printedDueIn = /\b(?:is|are)\s+due\s+(?:in|within)\s*$|\bDue\s+in\s*$|\bDUE\s*:\s*$/i.test(lead);
      const courtSpeaks =
        ctx.cls.isCourtAct ||
        COURT_DIRECTS.test(clause) ||
        transcriptClock ||
        printedDueIn ||
        clerksNotice(ctx);
      // "following the six week publication period, proof of service is to be filed within ten
      // days": the event the clause opens with starts the period.
      const eventFirst =
        /^\W*(?:following|after|upon|once)\s+(?!(?:the\s+)?(?:date|entry|filing)\s+of\s+this\b)[^,;]{3,80},/i.test(
          lead,
        );
      // "Objections to this Report and Recommendation must be filed within fourteen (14) days of
      // service": the court's own paper is served through CM/ECF the day it is entered (FRCP
      // 5(b)(2)(E); no days are added for it, FRCP 6(d)), so its objections count from that day.
      const servedToday =
        ctx.cls.isCourtAct &&
        /^service(?:\s+(?:hereof|thereof))?$/i.test(t.triggerText ?? '') &&
        /\bobjections?\b/i.test(what) &&
        /\b(?:report\s+and\s+recommendations?|findings\s+and\s+recommendations?|recommend(?:s|ed|ation))\b/i.test(
          ctx.text,
        );
      // "within three business days of service of this Order. Petitioners shall serve this Order on …":
      // counted from the day the certificate of service gives, not from the entry (the tracker dates it).
      const trigger = t.triggerText
        ? servedLater(t.triggerText, ctx.text)
          ? null
          : triggerIsThisEntry(t.triggerText) || servedToday || triggerIsOwnFiling(t.triggerText, ctx.text)
            ? // "within 21 days of the date of this order", signed 3/1 and entered 3/2: from the order's
              // own day; "of entry of this order": from the entry.
              (triggerIsOrdersDate(t.triggerText) && ctx.signedOn) || ctx.dateFiled
            : (datedSitting(t.triggerText, ctx.dateFiled) ??
              definedDay(t.triggerText, ctx.text, ctx.dateFiled))
        : courtSpeaks && !eventFirst
          ? ctx.dateFiled
          : null;
      // "each class member shall have ninety (90) days from the date the Government produces his
      // or her A-file": a period each individual runs from his own event, not one case deadline.
      if (!trigger && DISTRIBUTIVE_SUBJECT.test(clause)) continue;
      // "any such transfer shall be reported to class counsel within 24 hours", "within 48 hours of
      // any transfer", "Should Defendants release a class member, they shall notify …": a duty each
      // time the event happens, never one day counted from the order.
      if (trigger && !printedForm && (ON_EACH_EVENT.test(lead) || ON_EACH_EVENT.test(t.triggerText ?? '')))
        continue;
      // "The parties have 21 days to file … a Redaction Request" in a clerk's notice: a rule's
      // reminder with no date of its own (the notice dates it: "Redaction Request due D").
      if (
        !trigger &&
        !t.triggerText &&
        !/\b(?:within|no\s+later\s+than|not\s+later\s+than|by|in|on\s+or\s+before)\s*$/i.test(lead)
      )
        continue;
      const period = toPeriod(t, trigger);
      const whatText = normalizeWhat(what, ctx);
      const change = deadlineChangeFromWords(lead, ctx.text, whatText);
      out.push({
        what: whatText,
        party: printedForm ? printedForm.party : (partyOf(clause) ?? dutyParty),
        change,
        dueDate: periodDue(period, ctx.court),
        dueTime: null,
        basis: printedForm ? 'clerk_computed_in_text' : trigger ? 'period_in_text' : 'event_triggered',
        period,
        source: clause,
        why: {
          rule: printedForm
            ? 'form-printed-in-filing'
            : trigger
              ? printedDueIn
                ? 'period-printed'
                : 'period-from-entry'
              : 'period-from-event',
          words: wordsAround(clause, t.start, t.end),
          confidence: 0.85,
        },
      });
    } else if (t.type === 'recurrence' && t.recurrence) {
      // "STATUS REPORT (Monthly Reinstatement Report - January) by X", "ORDER re Weekly Status
      // Report": a paper named by how often it comes, which no words order — at most it meets a
      // duty, never makes one.
      if (PAPER_BY_FREQUENCY.test(t.text) && PAPER_NAMED.test(clause.slice(t.end)) && !ORDERS_ACT.test(lead))
        continue;
      // "every ninety days instead of every thirty days": the schedule replaced, which names the
      // duty changed — never a duty of its own.
      if (REPLACED_SCHEDULE.test(lead)) continue;
      // "Paragraph (5) of the Order of February 2, 2032 [14] is amended so that declarations of
      // compliance are filed on …": the paper the amended paragraph orders, not the paragraph's name.
      const amended = AMENDED_SO_THAT.exec(lead)?.groups?.paper;
      const named = amended ?? whatBefore(clause, t.start);
      // "By the fifth business day of each month, beginning in March 2027, Respondents shall file a
      // status report …": the schedule first, the act (and whose it is) after it.
      const opener = /^(?:on\s+or\s+before|(?:no|not)\s+later\s+than|on|by|within)\s+/i.exec(t.text);
      const ordered =
        DUTY_NAMED.test(`${named} ${lead}`) || !opener || !courtOrders(ctx)
          ? null
          : orderedDutyAt(clause, t.start + opener[0].length, t.end);
      const actAfter = ordered?.act ?? null;
      const whatOf = actAfter ?? named;
      if (!DUTY_NAMED.test(`${whatOf} ${lead}`)) continue;
      const r = t.recurrence;
      let rec: Recurrence = {
        every: r.every,
        unit: r.unit,
        anchor: ctx.dateFiled,
        firstDue: r.firstDue ?? firstNamed,
        weekday: r.weekday,
        ...(r.day ? { day: r.day } : {}),
      };
      // "file a compliance report within 60 days of entry of this Decree and every 90 days
      // thereafter", "a joint status letter by June 18, 2025 and every 30 days thereafter": one
      // duty — its first report on the first day, the next counted from that day, not from the order.
      let what = whatOf;
      const first = /\band\s*$/i.test(lead)
        ? out.findIndex((d) => d.source === clause && !d.recurrence && d.dueDate !== null)
        : -1;
      if (first >= 0 && !rec.firstDue) {
        const d = out[first]!;
        rec.firstDue =
          d.period?.trigger && d.period.direction !== 'before' && d.period.unit !== 'hours'
            ? DateTime.fromISO(d.period.trigger)
                .plus({ [d.period.unit]: d.period.n })
                .toISODate()
            : d.dueDate;
        out.splice(first, 1);
        what = what.replace(
          /\s+(?:within|by|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than)\s.*$/i,
          '',
        );
      }
      // "shall file the status reports every ninety days instead of every thirty days", "Paragraph 4
      // … is MODIFIED: … every sixty days": a duty already set comes on a new schedule from its next
      // report — the same duty, changed (the tracker keeps the reports already due).
      // "weekly declarations of compliance, each Friday, beginning D": the schedule's words take the
      // paper's name between the frequency and its first day — the name is those words.
      const between = PAPER_INSIDE_SCHEDULE.exec(t.text)?.[1] ?? '';
      const after = `${between ? ` ${between}` : ''}${clause.slice(t.end)}`;
      const replaced = REPLACES_SCHEDULE.exec(after);
      // "instead of every fourteen days, Respondents shall file the status report on the first
      // business day of each month": the schedule replaced said first.
      const replacedFirst = scanTemporals(lead, null).find(
        (x) => x.type === 'recurrence' && REPLACED_SCHEDULE.test(lead.slice(0, x.start)),
      );
      const old = replaced
        ? scanTemporals(replaced[0], null).find((x) => x.type === 'recurrence')
        : replacedFirst;
      // Without "instead of", an amended order changes a duty only when it names the series it had
      // ("MODIFIED: … shall file the status reports every sixty days"), not a paper it sets anew.
      const changed =
        Boolean(replaced ?? replacedFirst) ||
        (SCHEDULE_AMENDED.test(lead) && SERIES_NAMED.test(lead)) ||
        SERIES_FILED.test(lead) ||
        SERIES_NOW_DUE.test(lead) ||
        // "Defendants shall file the status reports in odd-numbered months": the series set before.
        /\b(?:the|its|their|such)\s+(?:[\w-]+\s+){0,3}?(?:reports|declarations|logs|updates|letters|certifications)\s*$/i.test(
          lead,
        );
      if (old?.recurrence) rec.replaces = { every: old.recurrence.every, unit: old.recurrence.unit };
      rec = withOccurrences(rec, ctx.court);
      const tail = actAfter
        ? ''
        : after
            .split(/[.;]/)[0]!
            .replace(/^\s*(?:thereafter|after\s+that|afterwards?)\b/i, '')
            .replace(REPLACES_SCHEDULE, '')
            // "every thirty days from the date of this Order identifying …", "… from the date of entry of
            // this Decree": the schedule's start, not the paper.
            .replace(
              /^\s*(?:from|after|following)\s+(?:the\s+)?(?:date\s+of\s+)?(?:date|entry)\s+of\s+(?:this|the\s+Court['’]s)\s+(?:Consent\s+)?(?:Order|Decree|Judgment)\b/i,
              '',
            )
            // "…, effective with the declaration due D", "beginning with the report due D": its first day.
            .replace(
              /\s*,?\s*(?:effective|beginning|starting|commencing)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:due|to\s+be\s+filed)\b.*$/i,
              '',
            )
            // "…, with the next report due on or before D", "…, the first such report due D": the schedule's first day.
            .replace(
              /\s*,?\s*(?:with\s+)?the\s+(?:first|next)\s+(?:such\s+)?(?:one|reports?|declarations?|filings?|submissions?)?\s*(?:is\s+|being\s+)?(?:due|to\s+be\s+filed)\b.*$/i,
              '',
            );
      // "provide to Plaintiffs' counsel, every 14 days, a list of …": the object follows the schedule.
      const recipientFirst = /^\s*(to\s+[^,]+?)\s*,?\s*$/i.exec(what);
      let whatText =
        recipientFirst && /^[\s,]*(?:a|an|the|its|their|his|her)\s/i.test(tail)
          ? normalizeWhat(`${tail.replace(/^[\s,]+/, '')} ${recipientFirst[1]}`, ctx)
          : normalizeWhat(
              `${what}${tail.replace(/^[\s,]*(?:regarding|on|concerning|about)\s+/i, ' regarding ')}`,
              ctx,
            );
      // "a status report every thirty (30) days, the first due 7/28/2025": the first day is the
      // schedule's, not the paper's name.
      whatText = whatText
        .replace(
          /\s*,?\s*(?:with\s+)?the\s+first\s+(?:(?:one|report|filing)\s+)?(?:due|to\s+be\s+filed)\b.*$/i,
          '',
        )
        // "…, each Friday", "… on the fifteenth day of each month": when it comes, not what it is.
        .replace(SCHEDULE_DAY_WORDS, '')
        // "the compliance report required by paragraph 4": where the order set it, not what it is.
        .replace(
          /\s+(?:required|ordered|set|imposed)\s+(?:by|in|under)\s+(?:paragraph|section|¶)\s*\(?\w{1,4}\)?$/i,
          '',
        )
        // "a status report every thirty days, beginning D, describing …": the words around the
        // schedule join without the space before its comma.
        .replace(/\s+([,;:])/g, '$1')
        .replace(/\s+/g, ' ')
        .trim();
      // "The monitor must file a report on the first Monday of each month": an officer's paper is
      // named by the officer, so the parties' reports never meet it (nor the officer's theirs).
      const party = partyOf(clause) ?? ordered?.party ?? null;
      const officer = OFFICER_FILES.exec(clause)?.groups?.who;
      if (
        officer &&
        (!party || party.toLowerCase().includes(officer.toLowerCase())) &&
        !whatText.toLowerCase().includes(officer.toLowerCase())
      )
        whatText = `${officer.toLowerCase().replace(/\s+/g, ' ')}'s ${whatText}`;
      out.push({
        what: `${whatText} (recurring)`,
        party,
        change: ctx.cls.proposes ? 'proposed' : changed ? 'reset' : 'set',
        dueDate: null,
        dueTime: null,
        basis: 'recurring_period_in_text',
        recurrence: rec,
        source: clause,
        // Words that give the schedule two calendars ("monthly … in February, April and June"): not
        // read as either — a person reads it (review), never a monthly duty assumed.
        why: {
          rule: 'recurrence',
          words: wordsAround(clause, t.start, t.end),
          confidence: r.unsure ? 0.5 : 0.85,
          ...(r.unsure ? { doubts: [r.unsure] } : {}),
        },
      });
    }
  }
  if (metOffDocket(clause)) for (const d of out) d.docketed = false;
  // "Defendant shall mail the approved notice … by D, and shall file a certificate of mailing …":
  // the mailing is an act, though the clause also files a paper.
  for (const d of out) if (sendsNotice(d.what)) d.docketed = false;
  // "Objections must be filed by D" in an order approving a class settlement or decree for notice:
  // the class members' right to object, which no party owes — its last day, never a filing missing.
  for (const d of [...out]) out.push(...asClassMembersRight(d, clause, ctx.text));
  return out;
}

/**
 * The day of the last report a duty's end keeps ("ends with the report due December 12, 2028",
 * "shall cease after the report due on or before 6/30/2029", "terminates upon the filing of the final
 * report on D"), or null when the duty simply ends.
 */
function lastReportDay(sentence: string, filed: string): string | null {
  const m =
    /\b(?:with|after|upon|following)\s+(?:the\s+)?(?:filing\s+of\s+(?:the\s+)?)?(?:(?:final|last|next)\s+)?(?:[\w-]+\s+){0,2}?(?:reports?|declarations?|filings?|submissions?|certifications?)\s+(?:(?:that\s+is\s+)?due|to\s+be\s+filed|filed)\s+(?:on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|by|on)?\s*/i.exec(
      sentence,
    );
  if (!m) return null;
  const t = scanTemporals(sentence.slice(m.index + m[0].length), filed)[0];
  return t?.type === 'date' && t.start === 0 ? (t.date ?? null) : null;
}

/** "which hearing shall take place no later than", "such hearings to be held by": a hearing named again, with its last day. */
const HEARING_HELD_WORDS = String.raw`\b(?:which|such|said|the\s+same|each\s+such)\s+(hearings?)\s+(?:shall|must|will|is\s+to|are\s+to|to)\s+(?:take\s+place|be\s+(?:held|conducted|provided|completed)|occur)\s+(?:no\s+later\s+than|not\s+later\s+than|by|on\s+or\s+before|before)`;
const HEARING_HELD_BY = new RegExp(`${HEARING_HELD_WORDS}\\s*$`, 'i');
const HEARING_HELD_IN = new RegExp(HEARING_HELD_WORDS, 'i');

/**
 * The agency hearing a clause's date is the last day of ("… detain X without a custody
 * redetermination hearing before an immigration judge under 8 U.S.C. § 1226(a), which hearing shall
 * take place no later than January 29, 2027"): the party's duty to give that hearing, named by it —
 * never a sitting of the court. `null` when the hearing named again is the court's.
 */
function agencyHearingBy(
  text: string,
  clause: string,
  lead: string,
): { what: string; words: string; party: string | null } | null {
  if (!HEARING_HELD_BY.test(lead)) return null;
  // The hearing named again may be in the clause before ("…; such hearings shall take place by D").
  const at = text.indexOf(clause);
  const context = `${at > 0 ? text.slice(Math.max(0, at - 300), at) : ''}${lead}`;
  const m = HEARING_HELD_BY.exec(context)!;
  const start = m.index + m[0].indexOf(m[1]!);
  if (!agencyHearing(context, start, start + m[1]!.length)) return null;
  const before = context.slice(0, m.index);
  const name = antecedent('hearing', before) ?? 'hearing';
  const forum =
    /\bbefore\s+(?:an?\s+|the\s+)?((?:[\w-]+\s+){0,2}?(?:judges?|officers?|Board|agency|EOIR|IJs?))\b/i.exec(
      before.slice(before.toLowerCase().lastIndexOf(name.split(' ').at(-1)!)),
    );
  return {
    what: forum ? `${name} before ${/^[aeiou]/i.test(forum[1]!) ? 'an' : 'a'} ${forum[1]}` : name,
    words: m[0].trim(),
    // "Respondents are RESTRAINED from … without a … hearing …, which hearing …": the party ordered.
    party: partyOf(clause) ?? partyOf(context) ?? restrainedParty(context),
  };
}

/** The party an injunction's words bind: "Respondents are RESTRAINED from …", "Defendants are hereby ENJOINED from …". */
function restrainedParty(text: string): string | null {
  const m = [
    ...text.matchAll(
      new RegExp(
        `\\b(?<party>${PARTY})\\s+(?:are|is)\\s+(?:hereby\\s+)?(?:restrained|enjoined|prohibited)\\b`,
        'gi',
      ),
    ),
  ].at(-1);
  return m?.groups?.party ? tidyParty(m.groups.party) : null;
}

/** A date a recurring duty's words give its first (or next) occurrence: "the first report due D", "with the next report due on or before D". */
const FIRST_OF_SCHEDULE =
  /\b(?:first|next)\b[^.;]{0,40}$|\b(?:effective|beginning|starting|commencing)\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:reports?|declarations?|filings?|submissions?|certifications?|updates?|letters?)\s+(?:(?:that\s+is\s+)?due|to\s+be\s+filed)\s+(?:on\s+(?:or\s+before\s+)?|by\s+)?$/i;
/** The words before a schedule an order replaces: "every ninety days instead of every thirty days", "in place of the biweekly reports". */
const REPLACED_SCHEDULE =
  /\b(?:instead\s+of|rather\s+than|in\s+place\s+of|in\s+lieu\s+of)\s+(?:(?:the|its|their|such)\s+)?(?:(?:current|present|existing|prior|former)\s+)?$/i;
/** The replaced schedule after the new one: "instead of every thirty days", "rather than monthly". */
const REPLACES_SCHEDULE =
  /^\s*,?\s*(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:the\s+)?(?:(?:current|present|existing|prior)\s+)?[^,.;]{1,60}?(?=\s*(?:,|;|\.|$|\s(?:with|beginning|starting|commencing|and)\b))/i;
/**
 * An order changing a duty it set before: "Paragraph 4 of the Order at ECF No. 16 is MODIFIED:",
 * "The reporting requirement … is AMENDED as follows:", "Defendants shall henceforth file …".
 */
const SCHEDULE_AMENDED =
  /\b(?:is|are)\s+(?:hereby\s+)?(?:modified|amended|revised|changed)\b[^.;]{0,20}?(?::|\bas\s+follows\b|,\s+and\b)|\b(?:henceforth|hereafter|hereinafter|going\s+forward|from\s+now\s+on)\b/i;

/**
 * The paper an amended paragraph orders, after the amendment's words: "… [14] is amended so that
 * declarations of compliance are filed on …", "Paragraph 3 is modified to provide that the status
 * reports shall be submitted …", "… is revised such that Defendants' reports are due …".
 */
const AMENDED_SO_THAT =
  /\b(?:is|are)\s+(?:hereby\s+)?(?:amended|modified|changed|revised)\s+(?:so\s+that|such\s+that|to\s+(?:provide|read|require|state)\s+that)\s+(?:the\s+)?(?<paper>[^.;,]{3,80}?)\s+(?:are|is|shall\s+be|must\s+be|will\s+be|be)\s+(?:now\s+|henceforth\s+|hereafter\s+)?(?:filed|submitted|served|due|made)\b/i;

/** The series of papers an order set before, named again: "the status reports", "the weekly declarations". */
const SERIES_NAMED =
  /\b(?:the|its|their|such)\s+(?:[\w-]+\s+){0,3}?(?:reports|declarations|logs|updates|letters|certifications|notices|filings)\s*$/i;

/**
 * The series named as the subject of its new schedule: "The monthly status reports ordered in ECF No.
 * 20 shall now be filed …", "the reports shall hereafter be submitted …", and after an amending word
 * "… is MODIFIED: reports are due …".
 */
const SERIES_FILED = new RegExp(
  String.raw`(?:\b(?:the|its|their|such)\s+|(?:${SCHEDULE_AMENDED.source})\s*|^\W*)(?:[\w-]+\s+){0,3}?(?:reports|declarations|logs|updates|letters|certifications|notices|filings)\b(?:[^.;:]|(?<=\b(?:No|Nos|Dkt|Doc|ECF))[.:]){0,60}?\s(?:(?:shall|will|must|are\s+to)\s+(?:now\s+|henceforth\s+|hereafter\s+|thereafter\s+)?be\s+(?:filed|submitted|served|due)|are\s+(?:now\s+)?due)\s*$`,
  'i',
);

/**
 * One paper of a series set before, on its new schedule from now on: "the compliance report required
 * by paragraph 4 is now due quarterly", "the status report shall now be filed monthly".
 */
const SERIES_NOW_DUE =
  /\b(?:the|its|their|such)\s+(?:[\w-]+\s+){0,3}?(?:report|declaration|log|update|letter|certification|notice|filing)s?\b[^.;:]{0,60}?\s(?:is|are|shall|will|must)\s+(?:now|henceforth|hereafter|hereinafter)\s+(?:be\s+)?(?:due|filed|submitted|served)\s*$/i;

/** A class member's act a settlement's notice offers: "Objections must be filed by D", "Requests for exclusion …". */
const RIGHT_PAPER = String.raw`(?:objections?|requests?\s+for\s+exclusion|exclusion\s+requests?|opt-?outs?(?:\s+requests?)?|requests?\s+to\s+opt\s+out|claims?(?:\s+forms?)?)`;
const CLASS_MEMBERS_RIGHT = new RegExp(
  String.raw`^\W*(?:\d{1,2}\.\s+)?(?:(?:any|all)\s+)?(?:(?:class\s+members['’]?\s+)?(${RIGHT_PAPER}(?:,?\s+(?:and(?:\/or)?|or)\s+${RIGHT_PAPER})*)\s+(?:must|shall|are\s+to|to)\s+be\b|(?:the\s+)?class\s+members\s+(?:must|shall|may)\s+(?:file|submit|serve|mail)\s+(?:any\s+|their\s+)?(objections?|requests?\s+for\s+exclusion|claims?))`,
  'i',
);
/**
 * A class member, as the subject who may act: "Any class member who wishes to object must send a
 * written objection …", "Each Settlement Class Member who wants to be excluded shall …", "Any class
 * member may object to the proposed decree by …", "Class Members who intend to submit a claim must …".
 */
const CLASS_MEMBER_WHO =
  /^\W*(?:\d{1,2}\.\s+)?(?:(?:any|each|every|a|all)\s+)?(?:(?:settlement|proposed)\s+)?class\s+members?\s+(?:who\s+(?:wish(?:es)?|wants?|intends?|desires?|seeks?|elects?|chooses?)\s+to\s+(object|opt[-\s]out|be\s+excluded|request\s+exclusion|(?:submit|file|make)\s+(?:a\s+)?claim)|(?:may|must|shall)\s+(object|opt[-\s]out|request\s+exclusion|(?:submit|file)\s+(?:a\s+)?claim|(?:file|submit|send|mail|serve)\s+(?:an?\s+|any\s+)?(?:written\s+)?(?:objections?|requests?\s+for\s+exclusion)))\b/i;
/** The court's own words for the class members' last day: "the July 11, 2030 deadline for objections is unchanged". */
const RIGHTS_DEADLINE =
  /\bdeadlines?\s+(?:for|to\s+(?:file|submit)|of)\s+(?:any\s+)?(objections?|requests?\s+for\s+exclusion|opt-?outs?|claims?)\b|\b(?:deadline|last\s+day|time)\s+(?:for\s+class\s+members\s+)?to\s+(request\s+exclusion|opt[-\s]out|object|(?:submit|file)\s+(?:a\s+)?claim)\b|\b(exclusion|opt-?out|objection|claims?)\s+deadline\b|^\W*(?:(?:class\s+members['’]?|settlement)\s+)?(objections?(?:\s+to\s+(?:the\s+)?(?:proposed\s+)?(?:settlement|consent\s+decree|decree))?|requests?\s+for\s+exclusion|exclusion\s+requests?|opt-?outs?(?:\s+requests?)?|claims?(?:\s+forms?)?)\s+(?:(?:are|is)\s+)?(?:due|deadline)\b/i;

/**
 * "Objections must be filed by D" (or requests for exclusion, claims) in an order giving notice of a
 * class settlement or decree: the class members' right, which no party owes — its last day, never a
 * filing missing (`classMembersRightName`, off the docket, no party).
 */
function asClassMembersRight(d: DeadlineFinding, clause: string, text: string): DeadlineFinding[] {
  const [right, ...more] = classMembersRights(clause);
  // The clause's sentence up to it: "For the … class members whose …, | the deadline to … is extended".
  const at = text.indexOf(clause);
  const sentence = `${
    at > 0
      ? text
          .slice(0, at)
          .split(/[.;:]\s+/)
          .pop()!
      : ''
  }${clause}`;
  if (!right || !(CLASS_NOTICE.test(text) || /\bclass\s+members?\b/i.test(sentence))) return [];
  d.docketed = false;
  d.party = null;
  // "For the class members whose notices were re-mailed, the deadline to request exclusion is extended
  // to D": a day of their own, beside the others' (which stays), never a move of the whole class's.
  const group = classMembersGroupIn(sentence);
  if (group && d.change !== 'vacated') {
    d.change = 'set';
    delete d.previousDue;
  }
  d.what = classMembersRightName(right, group);
  // "Objections and requests for exclusion must be postmarked by D": each right its own last day.
  return more.map((r) => ({ ...d, what: classMembersRightName(r, group) }));
}

/** Class members named by what sets them apart: "the approximately 4,100 class members whose notices were returned", "those Class Members who did not receive notice". */
const SOME_CLASS_MEMBERS = String.raw`(?:the\s+|those\s+|any\s+|all\s+)?(?:(?:approximately|about|some)\s+)?(?:[\d,]+\s+)?(?:(?:settlement|putative)\s+)?class\s+members\s+(?:who|whose|that|listed|identified|named)\b`;
/** The group a clause gives the class members' day for, before it ("For the … class members whose …, the deadline …") or after ("… extended to D for class members who …"). */
const GROUP_BEFORE = new RegExp(
  String.raw`^\W*(?:for|as\s+to|with\s+respect\s+to|solely\s+for|only\s+for)\s+(${SOME_CLASS_MEMBERS}[^;]{3,200}?),\s+(?:the|their|any)\b`,
  'i',
);
const GROUP_AFTER = new RegExp(
  String.raw`\b(?:for|as\s+to|with\s+respect\s+to|solely\s+for|only\s+for)\s+(${SOME_CLASS_MEMBERS}[^.;]{3,200})`,
  'i',
);

function classMembersGroupIn(clause: string): string | null {
  const m = GROUP_BEFORE.exec(clause) ?? GROUP_AFTER.exec(clause);
  return m
    ? m[1]!
        .replace(/^(?:the|those|any|all)\s+/i, '')
        .replace(/\s+/g, ' ')
        .trim()
    : null;
}

/**
 * The class members' rights a clause gives its last day for ("object", "opt out", "submit a claim"),
 * in the order named; none when it gives none.
 */
function classMembersRights(clause: string): ClassMembersRight[] {
  const m = CLASS_MEMBERS_RIGHT.exec(clause) ?? CLASS_MEMBER_WHO.exec(clause) ?? RIGHTS_DEADLINE.exec(clause);
  if (!m) return [];
  const words = m.slice(1).find((g) => g !== undefined) ?? '';
  const rights = words
    .split(/,?\s+(?:and(?:\/or)?|or)\s+/i)
    .map(
      (w): ClassMembersRight => (/obj/i.test(w) ? 'object' : /claim/i.test(w) ? 'submit a claim' : 'opt out'),
    );
  return [...new Set(rights)];
}
/** An order sending notice of a class settlement or decree to the class, with its hearing. */
const CLASS_NOTICE =
  /\bpreliminar(?:y|ily)\s+approv|\bfairness\s+hearing\b|\bfinal\s+approval\s+hearing\b|\bnotice\s+to\s+(?:the\s+)?(?:settlement\s+)?class\b|\bclass\s+notice\b/i;

const PRINTED_DUE = new RegExp(`\\b(?:due|Deadline\\s+set\\s+for)\\s+(?:by\\s+)?${DATE_START}`, 'i');
/** The court's words inside another filing: "CLERK'S NOTE: THE FILER IS DIRECTED TO RE-FILE …". */
const COURT_DIRECTS =
  /\bCLERK'?S\s+NOTE\b|\b(?:is|are)\s+(?:hereby\s+)?(?:DIRECTED|ORDERED|directed|ordered)\s+to\b/;
/** A court event named in words ("the initial status conference"), for a bare "N days prior". */
const EVENT_NOUN_RE =
  /\b(?:hearing|conference|trial|argument|arraignment|sentencing|calendar\s+call|jury\s+selection)\b/gi;

/** The last court event the entry names before a clause ("… Status Conference set for D. … 7 days before."). */
function lastEventBefore(text: string, clause: string): RegExpExecArray | undefined {
  const at = text.indexOf(clause);
  return at > 0 ? [...text.slice(0, at).matchAll(EVENT_NOUN_RE)].at(-1) : undefined;
}

/** What may stand before a period that sets a time to act ("within", "on or before", "have"). */
const PERIOD_LEAD =
  /\b(?:within|no\s+later\s+than|not\s+later\s+than|by|in|on\s+or\s+before|(?:shall\s+|will\s+|to\s+)?(?:have|has)|(?:is|are)\s+(?:given|granted|allowed|afforded)|(?:given|granted|allowed|afforded))(?:\s+(?:an?\s+)?(?:additional|further|extra))?\s*$/i;

/**
 * The act named after a period: "…, Defendants respond to the motion", "… to file objections",
 * "…, file a response to the petition". `null` when no act follows.
 */
function whatAfter(tail: string): string | null {
  // (The subject's further capitalized words are taken only as needed — the pattern ignores case, so
  // taken greedily they ate "shall file a" and named "…, Defendants shall file a status report" "report".)
  const m =
    /^[\s,]*(?:(?:in\s+which\s+)?(?:to\s+)|(?:the\s+)?[A-Za-z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,3}?\s+(?:shall\s+|must\s+|will\s+|is\s+to\s+|are\s+to\s+)?(?:(?:either|also)\s+)?(?:[a-z]+\s+){0,8}?(?:or\s+|and\s+)?|(?:the\s+)?[A-Z][\w.'’-]*(?:,?\s+(?:[A-Z][\w.'’-]*|of|for|the|and|in)){1,14}?,?\s+(?:shall|must|is\s+to|are\s+to)\s+|(?:shall\s+|must\s+))?(?:(?<verb>file|serve|submit|respond|reply|answer|show\s+cause|object|produce|provide|move|amend|pay|lodge|disclose|designate|comply|notify|report|return|deliver|transmit|deposit|register)|to\s+be\s+(?<done>filed|served|produced|provided|lodged))\b(?<rest>[^.;]{0,100})/i.exec(
      tail,
    );
  if (!m) return null;
  const verb = (m.groups!.verb ?? m.groups!.done!.replace(/d$/, '')).toLowerCase();
  const rest = wholeWords(m.groups!.rest!, tail.charAt(m.index + m[0].length))
    .replace(/^[\s,]+/, '')
    // "to file with the court a Notice of Intent …": where it is filed is not what.
    .replace(/^with\s+the\s+(?:court|clerk)(?:\s+of\s+(?:the\s+)?court)?\s+/i, '')
    .replace(/\s+(?:showing|why|which|that|with|addressing|and\s+(?:shall|must)).*$/i, '')
    .trim();
  if (verb === 'respond') return `response${rest ? ` ${rest}` : ''}`;
  if (verb === 'reply') return `reply${rest ? ` ${rest}` : ''}`;
  if (verb === 'answer' || verb === 'object' || verb === 'show cause' || verb === 'amend' || verb === 'move')
    return `${verb === 'object' ? 'objections' : verb}${rest && verb !== 'object' ? ` ${rest}` : ''}`;
  return rest || verb;
}

/** The court itself orders (not a clerk's printed schedule, not a party's paper). */
function courtOrders(ctx: EntryContext): boolean {
  return ctx.cls.isCourtAct && !ctx.cls.clerkEntry;
}

/** A numbered paragraph's or listed item's mark: "1.", "(2)", "(b)", "iii." */
const PARAGRAPH_MARK = String.raw`(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*)?`;
/** The time an order opens a duty with: "Within 30 days of entry of this Order,", "No later than D,". */
const TIME_OPENER = String.raw`(?:On|By|On\s+or\s+before|No\s+later\s+than|Not\s+later\s+than|Within)`;
const ORDERED_TIME_FIRST = new RegExp(
  String.raw`(?:^|[.;:]\s*)${PARAGRAPH_MARK}${TIME_OPENER}\s+[^;]{4,90}?,\s+[^.;]{1,60}?\b(?:shall|must)\b`,
  'i',
);
/** A sentence's opening word that links it to the last ("Instead, by D, …", "Thereafter, on …"). */
const LINK_WORD = String.raw`(?:(?:Instead|Thereafter|Further|Additionally|Also|Finally|In\s+addition|In\s+its\s+place|Going\s+forward),?\s+)?`;
const TIME_FIRST_LEAD = new RegExp(
  String.raw`(?:^|[.;:]\s*|\bthat\s+)${PARAGRAPH_MARK}${LINK_WORD}${TIME_OPENER}\s*$`,
  'i',
);
/** "Defendants shall hire two nurses no later than D", "the Warden must certify compliance within 14 days". */
const SUBJECT_SHALL = String.raw`(?<subject>(?:the\s+)?[A-Za-z][\w.'’]*(?:\s+[A-Za-z][\w.'’]*){0,4}?)\s+(?:shall|must|is\s+to|are\s+to)\s+(?:(?:jointly|also|each|either|personally|promptly)\s+)?(?<verb>[a-z]{3,}(?:-[a-z]+)?)\b`;
const ORDERED_ACT_BY = new RegExp(
  String.raw`(?:^|[.;:]\s*|\bthat\s+)${PARAGRAPH_MARK}${SUBJECT_SHALL}[^.;]{0,140}?\b(?:no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by|within)\s+\S`,
);
/** "Respondents shall, within ten days, either release the class member or afford …": the time between the duty's subject and its act. */
const TIME_INSIDE_LEAD = new RegExp(
  String.raw`(?:^|[.;:]\s*|\bthat\s+|,\s+)${PARAGRAPH_MARK}(?<subject>(?:the\s+)?[A-Za-z][\w.'’]*(?:\s+[A-Za-z][\w.'’]*){0,4}?)\s+(?:shall|must),\s*(?:within|no\s+later\s+than|not\s+later\s+than|by|on\s+or\s+before)?\s*$`,
);
const ORDERED_TIME_INSIDE =
  /\b(?:shall|must),\s*(?:within|no\s+later\s+than|not\s+later\s+than|by|on\s+or\s+before)\s+[^;.]{3,60}?,\s+(?:either\s+)?[a-z]{3,}/i;
const NOT_AN_ACT = /^(?:appear|attend|be|have|not|also|remain|continue|apply|govern|accrue)$/;

/**
 * The act a date or period is for when it comes first ("By November 18, 2022, the parties shall
 * file a joint status letter", "within ten (10) days …, Defendants respond …"): the words after it,
 * or the duty the court orders there (and whose), when the court orders it; `null` when none.
 */
function actAfterAt(
  clause: string,
  t: { start: number; end: number },
  ctx: EntryContext,
): { what: string; party: string | null } | null {
  const ordered = courtOrders(ctx) ? orderedDutyAt(clause, t.start, t.end) : null;
  const what = whatAfter(clause.slice(t.end)) ?? ordered?.act ?? null;
  return what ? { what, party: ordered?.party ?? null } : null;
}
/** Most of an ordered duty's words read after its time; a longer act is cut at a word (`wholeWords`). */
const DUTY_WORDS = 200;

/**
 * The words a bounded match took, ending at a word: when the match stopped inside a word (`next`,
 * the character after it, continues the word), that word is dropped and the name says it was cut
 * ("… listing…"), never "… listing th".
 */
function wholeWords(taken: string, next: string): string {
  if (!/[\w'’]/.test(next) || !/[\w'’]$/.test(taken)) return taken;
  const space = taken.search(/\s\S*$/);
  return space > 0 ? `${taken.slice(0, space).replace(/[\s,;:]+$/, '')}…` : taken;
}

/**
 * A duty the court orders by a day or within a period, whatever its verb: the time first ("1.
 * Within thirty (30) days of entry of this Order, Defendants shall reduce the population of Unit C
 * …", "On D, counsel shall jointly contact …") or after the act ("Defendants shall hire two nurses
 * no later than D"). Its name is the act, cut before its purpose or measure ("… to no more than 64
 * persons"); its party the subject. Appearing or attending is a hearing, read elsewhere; what the
 * court or its clerk will do is no party's duty.
 */
function orderedDutyAt(
  clause: string,
  start: number,
  end: number,
): { act: string; party: string | null } | null {
  const lead = clause.slice(0, start);
  const after = clause.slice(end);
  const inside = TIME_INSIDE_LEAD.exec(lead);
  if (inside) {
    const act = new RegExp(
      String.raw`^\s*,\s*(?:either\s+)?(?<verb>[a-z]{3,})\b(?<rest>[^.;]{0,${DUTY_WORDS}})`,
    ).exec(after);
    if (
      !act ||
      NOT_AN_ACT.test(act.groups!.verb!) ||
      /^(?:the\s+)?(?:court|judge|clerk)\b/i.test(inside.groups!.subject!)
    )
      return null;
    return {
      act: `${act.groups!.verb!} ${actWords(act.groups!.rest!, after.charAt(act[0].length))}`.trim(),
      party: partyNamed(inside.groups!.subject!),
    };
  }
  const timeFirst = TIME_FIRST_LEAD.test(lead);
  const m = timeFirst
    ? new RegExp(String.raw`^\s*,?\s*${SUBJECT_SHALL}(?<rest>[^.;]{0,${DUTY_WORDS}})`).exec(after)
    : new RegExp(
        String.raw`(?:^|[.;:]\s*|\bthat\s+|,\s+)${PARAGRAPH_MARK}${SUBJECT_SHALL}(?<rest>[^.;]{0,140}?)\s*\b(?:no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by|within)\s*$`,
      ).exec(lead);
  if (
    !m ||
    NOT_AN_ACT.test(m.groups!.verb!) ||
    /^(?:the\s+)?(?:court|judge|clerk)\b/i.test(m.groups!.subject!)
  )
    return null;
  // (The time first, the act runs to the clause's end, read to DUTY_WORDS; after the act, it ends at the time.)
  const rest = timeFirst
    ? actWords(m.groups!.rest!, after.charAt(m[0].length))
    : actWords(m.groups!.rest!, '');
  return { act: `${m.groups!.verb!}${rest ? ` ${rest}` : ''}`, party: partyNamed(m.groups!.subject!) };
}

/**
 * An ordered act's words, cut at a word (`wholeWords`) and before its purpose or measure ("… to no
 * more than 64", "… at which an immigration judge decides"). A "to" a word governs is no purpose:
 * "a declaration … attesting to Respondents' compliance", "a report relating to transfers".
 */
function actWords(rest: string, next: string): string {
  return (next ? wholeWords(rest, next) : rest)
    .replace(/\s+(?:at|in|by|during)\s+which\s.*$/i, '')
    .replace(
      /(?<!\b(?:attest(?:ing)?|certify(?:ing)?|relat(?:ing|ed)|pertain(?:ing)?|as|according|pursuant|regard|respect|reference))\s+(?:to|in\s+order\s+to|so\s+that|which|that)\s.*$/i,
      '',
    )
    .trim();
}

/** A duty's subject as a party ("Respondents"), else as written ("the Warden"). */
function partyNamed(subject: string): string {
  return new RegExp(`^${PARTY}$`).test(subject) ? tidyParty(subject) : subject.replace(/^the\s+/i, '');
}

/**
 * A condition after the date that changes what is owed ("… released by February 2, 2018 unless an
 * immigration judge holds a bond hearing"): kept with the act, since the date alone promises more
 * than the order does. The court's reservation of its own power ("unless otherwise ordered",
 * "unless extended by further order") is not such a condition.
 */
const CONDITION_AFTER =
  /^[^.;]{0,40}?,?\s+(unless|except\s+(?:where|when|if)|provided\s+(?:that|however,?)|absent)\s+([^.;]{4,140}?)\s*(?:[.;]|$)/i;
const RESERVATION =
  /^(?:(?:otherwise|further|sooner|later)\s+)?(?:ordered|extended|modified|directed|permitted|agreed|stipulated|excused|shortened)\b|^(?:the\s+)?(?:court|judge)\s+(?:otherwise\s+)?(?:orders?|directs?|rules?|extends?|grants?|permits?)\b|^(?:(?:by|upon)\s+)?(?:further\s+|other\s+)?(?:order|leave|stipulation|agreement|motion)\b|^(?:good\s+cause|a\s+different\s+(?:time|date))\b|^(?:the\s+)?parties\s+(?:otherwise\s+)?(?:agree|stipulate)\b|^(?:an?\s+)?(?:extension|continuance)\b|^otherwise\b/i;

function withCondition(what: string, after: string): string {
  const m = CONDITION_AFTER.exec(after);
  if (!m || RESERVATION.test(m[2]!.trim())) return what;
  return `${what}, ${m[1]!.toLowerCase().replace(/,$/, '')} ${m[2]!.replace(/\s+/g, ' ').trim()}`;
}

/**
 * The paper CM/ECF's "Responses due by D" names, without the motion's filers printed before it
 * ("MOTION to Certify Class by Ana Reyes, Kwame Osei Responses due by 1/25/2027"): "Responses". A
 * side named with it ("Government Response due by D") stays: that is whose response it is, and so
 * does a paper named with it ("Suggestions in opposition/response due by D").
 */
function clerksPaper(what: string): string {
  const m = /^(.*?)\s*\b((?:Responses?|Replies|Reply|Objections?|Oppositions?))\s*$/i.exec(what.trim());
  if (!m?.[1]) return what;
  // "Suggestions in opposition/response due by D" (W.D. Mo., D. Del.): the paper's own words, kept.
  if (/\/\s*$|\b(?:opposition|suggestions|briefs?|memorand\w*|objections?|answers?)\s*$/i.test(m[1]))
    return what;
  return new RegExp(`^${PARTY}$`).test(m[1].trim()) ? what : m[2]!;
}

/** CM/ECF's own sentence in a motion's text: "Responses due by 9/8/2009", "Replies due by D", "Deadline for objections: D". */
/** CM/ECF's submission day of a motion (S.D. Tex. "Motion Docket Date D"): responses are due by then. */
const MOTION_DOCKET_DATE = /\bMotion\s+Docket\s+Date\s*:?\s*$/i;
const CMECF_RESPONSE_DUE =
  /(?:^|[.)]\s+)(?:[A-Za-z]+\s+){0,3}?(?:[A-Za-z]+\/)?(?:Responses?|responses?|Replies|replies|Reply|reply|Objections?|objections?|opposition)\s+due\s+by\s*$|(?:^|[.;)]\s+)(?:[A-Z][A-Za-z]+\s+){0,2}(?:Response|Reply|Opposition)\s+to\s+(?:[A-Z][A-Za-z]*\s+){1,3}(?:\([^()]{1,40}\)\s+)?due\s*$|\s(?:Responses?|Replies|Objections?)\s+due\s+by\s*$|(?:^|[.)]\s+)Deadline\s+for\s+(?:[Oo]bjections?|[Rr]esponses?|[Rr]eplies)\s*:\s*$/;

/**
 * A notice no party filed — the clerk's ("Notice that the Bankruptcy Petition has been Reviewed …
 * This case will be dismissed if the declaration of electronic filing is not filed within 15 days",
 * a deficiency notice's "must be filed within 14 days"): the court speaks, so a period with no
 * trigger named runs from the entry, as in a "CLERK'S NOTICE".
 */
const FILER =
  /\b(?:[Ff]iled|FILED|[Ss]ubmitted|SUBMITTED)\s+(?:by|BY)\b|\bon\s+behalf\s+of\b|\b(?:NOTICE|Notice)\s+(?:of\s+[^.]{0,60}?\s+)?by\s+(?!(?:the\s+)?(?:Clerk|CLERK|BNC|Court|COURT)\b)[A-Z]/;
function clerksNotice(ctx: EntryContext): boolean {
  return ctx.cls.kind === 'notice' && !FILER.test(ctx.text);
}

/** The words a reading rests on: the temporal expression with what leads up to it. */
function wordsAround(clause: string, start: number, end: number): string {
  const from = Math.max(0, clause.lastIndexOf(' ', Math.max(0, start - 70)));
  return clause.slice(from, end).replace(/\s+/g, ' ').trim();
}

const ADVANCE_NOTICE =
  /\bin\s+advance\b|\badvance\s+notice\b|\b(?:give|giving|provide|providing|with|on|upon|without)\s+(?:[\w'’]+\s+){0,3}notice\b|\bnotice\s+(?:to|of\s+(?:intent|any))\b/i;

/**
 * A duty owed each time an event happens: its subject or its clock is any such event ("any such
 * transfer shall be reported", "of any transfer", "after each release"), or the clause opens on the
 * condition ("Should Defendants transfer …,", "In the event that …,").
 */
export const ON_EACH_EVENT =
  /^\W*(?:\([a-z0-9]{1,4}\)\s*)?(?:(?:of|after|following|upon)\s+)?(?:any\s+such|each\s+such|every\s+such|(?:any|each|every)\s+(?=(?:[\w-]+\s+){0,2}?(?:transfers?|releases?|removals?|relocations?|deportations?|arrests?|incidents?|deaths?|emergenc(?:y|ies)|hospitali[sz]ations?|injur(?:y|ies)|violations?|changes?)\b))|^\W*(?:if|should|whenever|in\s+the\s+event(?:\s+that)?)\s[^,;]{3,120},/i;

/** A subject that is each member of a group, each on his own clock: "each class member shall have". */
const DISTRIBUTIVE_SUBJECT =
  /\b(?:each|every)\s+(?:[a-z-]+\s+){0,2}?(?:members?|individuals?|detainees?|claimants?|persons?|noncitizens?|aliens?|petitioners?|plaintiffs?|employees?|applicants?|opt-in\s+plaintiffs?)\b[^.;]{0,60}?\b(?:shall|must|may|will)\s+(?:have|be\s+(?:given|allowed|afforded|permitted))\b/i;

/** Who an obligation may run to, other than the court: counsel, a party, class members. */
const RECIPIENT =
  "(?:the\\s+|all\\s+|each\\s+|any\\s+)?(?:(?:class|opposing|lead|liaison|plaintiffs?['’]?|defendants?['’]?|petitioners?['’]?|respondents?['’]?|appell(?:ant|ee)s?['’]?|government['’]?s?|movants?['’]?|other|their|its|his|her)\\s+)*(?:counsel|part(?:y|ies)|plaintiffs?|defendants?|petitioners?|respondents?|appell(?:ant|ee)s?|movants?|class\\s+members?|government)\\b";
/** Filing words: an obligation phrased with them is met on the docket. */
const FILED_ON_DOCKET =
  /\b(?:e-?)?(?:file|lodge)\b|\bbe\s+(?:e-?)?(?:filed|lodged|docketed)\b|\bon\s+the\s+docket\b|\b(?:submit|report|present|certify)\w*\b[^.;]{0,60}?\bto\s+the\s+(?:Court|Clerk|Judge|undersigned)\b|\bwith\s+the\s+(?:Court|Clerk)\b/i;
/** Telling or handing something to counsel or a party: "notify class counsel", "serve … on Defendant". */
const TO_RECIPIENT_DIRECT = new RegExp(
  `\\b(?:notify|inform|advise|update|apprise|e-?mail|confer\\s+with|meet\\s+and\\s+confer\\s+with)\\s+${RECIPIENT}`,
  'i',
);
const TO_RECIPIENT_VIA = new RegExp(
  `\\b(?:report|provide|produce|disclose|deliver|send|give|transmit|furnish|serve|make\\s+available|mail)\\w*\\b[^.;]{0,100}?\\b(?:to|on|upon)\\s+${RECIPIENT}`,
  'i',
);
const BETWEEN_PARTIES = /\b(?:exchange|meet\s+and\s+confer)\b/i;
/** An act done to people or things, not a paper: "shall be released", "shall return the passport". */
const ACT_IN_THE_WORLD =
  /\b(?:shall|must|will|is\s+to|are\s+to|to)\s+(?:be\s+)?(?:released|release|freed|reinstated|reinstate|returned\s+to\s+the\s+United\s+States|paroled|parole[sd]?)\b/i;

/**
 * Whether the obligation in a clause is met between the parties rather than by a filing: to
 * "file" (a status report, a brief) is expected on the docket; to "report to class counsel",
 * "provide/produce to counsel", "notify counsel", "serve on" a party or "exchange" is a date to
 * keep, but nothing appears on the docket when it is kept. Filing words win: "file and serve".
 */
export function metOffDocket(clause: string): boolean {
  if (NOT_FILED.test(clause)) return true;
  if (FILED_ON_DOCKET.test(clause)) return false;
  return (
    TO_RECIPIENT_DIRECT.test(clause) ||
    TO_RECIPIENT_VIA.test(clause) ||
    BETWEEN_PARTIES.test(clause) ||
    ACT_IN_THE_WORLD.test(clause) ||
    TO_CHAMBERS.test(clause) ||
    NOTICE_SENT.test(clause)
  );
}

/**
 * A paper the order says is not to be filed ("SETTLEMENT STATEMENTS ARE DUE TO CHAMBERS, NOT TO BE
 * FILED, BY D", "shall be e-mailed to chambers and shall not be docketed"). Not a bar on filing
 * ("shall not be filed without leave", "not be filed until …"), which sets no paper due.
 */
const NOT_FILED =
  /\b(?:not\s+(?:to\s+)?be|never\s+be)\s+(?:e-?)?(?:filed|docketed|lodged)\b(?![^.;]{0,20}\b(?:without|until|unless|before|prior|absent|except|after|later|earlier|more|in\s+excess)\b)|\bdo\s+not\s+(?:e-?)?file\b(?![^.;]{0,20}\b(?:without|until|unless|before|prior|absent|except)\b)/i;
/** Delivered to the judge's chambers ("submitted directly to chambers", "e-mailed to Judge Roe's chambers"): not on the docket. */
const TO_CHAMBERS =
  /\b(?:submit\w*|deliver\w*|sen[dt]\w*|e-?mail\w*|provide\w*|due|fax\w*)\s+(?:[^.;]{0,40}?\s)?(?:directly\s+)?to\s+(?:the\s+)?(?:[\w'’.]+\s+){0,3}?chambers\b/i;
/** Notice sent to people ("Notice to the class shall be mailed by D", "publish the summary notice"): an act, not a filing. */
const NOTICE_SENT =
  /\bnotice\b[^.;]{0,60}?\b(?:shall|must|will|is\s+to|are\s+to|to)\s+be\s+(?:mailed|sent|e-?mailed|published|posted|distributed|disseminated|given)\b|\b(?:mail|send|e-?mail|publish|post|disseminate|distribute)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?notice\b/i;

/**
 * Whether a duty's own words are sending notice to people ("mail the approved notice to each class
 * member", "Notice to the class to be mailed"): an act, met off the docket — the certificate of
 * mailing shows it done — never a paper missing.
 */
export function sendsNotice(what: string): boolean {
  return NOTICE_SENT.test(what) && !/\b(?:file|certificate|declaration|proof|affidavit)\b/i.test(what);
}

function servedParty(clause: string): string | null {
  // "X served on D, answer due D2"; a waiver's "X waiver sent on D, answer due D2".
  const m = /(?:Executed\.?\s+|upon\s+)?([A-Z][\w.,&' -]{1,80}?)\s+(?:served|waiver\s+sent)\s+on\b/.exec(
    clause,
  );
  return m
    ? m[1]!.replace(/^(?:(?:SUMMONS|WAIVER\s+OF\s+SERVICE)\s+Returned\s+Executed\.?\s*)/i, '').trim()
    : null;
}

/** "the appellant must complete the Eleventh Circuit Transcript Order Form": the form and who completes it. */
const FORM_DUTY =
  /^[^.;]{0,20}?,?\s*(?:the\s+)?(appellants?|appellees?|parties|party|petitioners?|plaintiffs?|defendants?|respondents?)\s+(?:must|shall|is\s+required\s+to|are\s+required\s+to)\s+(?:complete|file|submit|fill\s+out)\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w.]*\s+){0,4}?((?:(?:Transcript|Order|Information|Appearance|Docketing|Certificate|Civil|Appeal|Disclosure|Statement|Interest)\s+){1,3}Form)\b/;

function ownFilingForm(
  after: string,
  trigger: string | null | undefined,
  ctx: EntryContext,
): { what: string; party: string } | null {
  if (!trigger || !triggerIsOwnFiling(trigger, ctx.text)) return null;
  const m = FORM_DUTY.exec(after);
  if (!m) return null;
  const form = m[2]!.replace(/\s+/g, ' ');
  const role = m[1]!.toLowerCase();
  return {
    what: `${form[0]}${form.slice(1).toLowerCase()}`,
    party: `${role[0]!.toUpperCase()}${role.slice(1)}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Hearings

/** How a DATE begins, to look ahead for one without repeating DATE's named groups. */

const HEARING_NOUN =
  '(?:(?:(?!' +
  MOVING_VERBS +
  "\\b)[A-Z][\\w/'-]*|in-person|telephonic|telephone|video|status|motion|further|final|initial|pretrial|evidentiary|sentencing|bond|detention|settlement|scheduling|change\\s+of\\s+plea|oral|preliminary|injunction|competency|show\\s+cause|jury|bench|fairness|hearing)\\s+){0,5}(?:Hearing|HEARING|hearing|Conference|CONFERENCE|conference|conf(?=\\s+set\\b)|Conf(?=\\s+set\\b)|Trial|TRIAL|trial|Argument|ARGUMENT|argument|Arraignment|ARRAIGNMENT|arraignment|Re-Arraignment|Sentencing|SENTENCING|sentencing|Sentence|Initial\\s+Appearance|INITIAL\\s+APPEARANCE|Calendar\\s+Call|Status\\s+Call|Docket\\s+Call|Jury\\s+Selection|JURY\\s+SELECTION|Meeting|meeting|Notice\\s+of\\s+Motion\\s+[Dd]ate|Presentment|presentment|Trial\\s+Setting|TRIAL\\s+SETTING|trial\\s+setting|Motion\\s+Setting|MOTION\\s+SETTING|motion\\s+setting|Pretrial|PRETRIAL|pretrial|Teleconference|teleconference|TELECONFERENCE|Videoconference|videoconference|Hrg|hrg|HRG)(?:\\s*\\/\\s*(?:[A-Z][\\w'-]*\\s+){0,3}(?:Hearing|Conference|Trial|Setting|Sentencing|Selection|Call))?(?:\\s+(?:[Ww]ith|WITH|[Ww]ithout|WITHOUT)\\s+(?:PSR|PSI|Presentence\\s+Report))?(?:\\s*\\([\\w ,./-]{1,30}\\))?";
const HEARING_VERB =
  '(?<verb>(?:(?:previously|currently|presently|originally|now|hereby|earlier|also)\\s+)?(?:is\\s+|has\\s+been\\s+|was\\s+|will\\s+be\\s+|are\\s+|shall\\s+be\\s+|to\\s+be\\s+|be\\s+)?(?:(?:hereby|now)\\s+)?(?:(?:will|shall)\\s+(?:be|take\\s+place|commence|begin)(?=\\s+(?:at|on)\\s)|(?:will|shall)\\s+be\\s+held(?=\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|\\d{1,2}\\/))|set|SET|Set|reset|RESET|REset|re-set|RE-SET|Reset|scheduled|Scheduled|rescheduled|Rescheduled|continued|CONTINUED|adjourned|ADJOURNED|postponed|POSTPONED|moved|MOVED|advanced|ADVANCED|carried(?:\\s+over)?(?=\\s+(?:to|until)\\s)|CARRIED(?:\\s+OVER)?(?=\\s+(?:TO|to|UNTIL|until)\\s)|held|HELD|conducted|CANCELED|CANCELLED|Canceled|Cancelled|canceled|cancelled|vacated|Vacated|VACATED|terminated|stricken|off\\s+calendar)(?![a-z]))';
/**
 * The adverbs between a setting's auxiliary and its verb that leave the verb the act: "is hereby
 * vacated", "is likewise vacated", "is also continued to D", "are similarly stricken".
 */
const AS_WELL = String.raw`(?:(?:hereby|likewise|also|similarly|accordingly|therefore|further)\s+){0,2}`;
/** A hearing's date and time, up to the sentence's end — but "2:00 p.m." does not end it. */
const TAIL = '(?:[^.;]|(?<=\\b[AaPp])\\.(?=[Mm])|(?<=\\b[AaPp]\\.[Mm])\\.){0,120}';
const HEARING_RE = new RegExp(
  `(?<![A-Za-z])(?<noun>${HEARING_NOUN})(?:\\s+[Dd]ate)?(?<filler>\\s+(?:as\\s+to|between|with|on|re:?|regarding|in|for|before|of|to\\s+(?:take|hear|receive|consider|address|determine))\\s+(?:[^.;:]|(?<=\\b(?:Mr|Ms|Mrs|Dr))\\.){1,90}?)?\\s+${HEARING_VERB}(?<tail>${TAIL})`,
  'g',
);
/**
 * The event after the motion or the case: "Motion set for hearing on D" (C.D. Cal.'s notice of
 * motion), "Setting motion to transfer for Panel hearing on D", "noticed for hearing on D".
 */
const SET_FOR_HEARING_RE = new RegExp(
  `\\b(?<verb>set|setting|Setting|SET|noticed|scheduled|calendared|reset|RESET|rescheduled|re-set)\\s+(?:[^.;:]{1,60}?\\s+)?for\\s+(?:an?\\s+|the\\s+)?(?<noun>(?:[A-Z][a-z]+\\s+|oral\\s+|motion\\s+|status\\s+)?(?:hearing|Hearing|HEARING|argument))\\s+(?:on|for|at)\\s+(?<tail>(?=(?:${TIME}\\s*(?:,\\s*)?(?:on\\s+)?)?${DATE_START})${TAIL})`,
  'g',
);
/**
 * N.D. Ill.'s notice of motion: the motion is presented to the judge in court on a day and hour
 * ("NOTICE of Motion by X for presentment of motion for … before Honorable Y on D at T").
 */
const PRESENTMENT_RE = new RegExp(
  `\\bpresentment\\s+of\\s+[^;]{0,300}?\\bbefore\\s+(?:the\\s+)?Hon(?:orable|\\.)?\\s+[^;]{1,80}?\\s+on\\s+(?<tail>(?=${DATE_START})${TAIL})`,
  'gi',
);
/**
 * What is heard moved as a whole: "Both motions have been continued from D1 to D2", "the matter
 * has been rescheduled from D1 to D2" — the hearing of it, reset to D2.
 */
const MOVED_FROM_TO_RE = new RegExp(
  `\\b(?<noun>motions?|matters?|petitions?|applications?)\\b[^.;]{0,40}?\\b(?:has|have|is|are)\\s+(?:been\\s+)?(?:continued|reset|rescheduled|adjourned|moved)\\s+from\\s+[^;]{1,60}?\\bto\\s+(?<tail>(?=${DATE_START})${TAIL})`,
  'gi',
);
/** A later event listed after the first: "setting Calendar Call for D1 and Jury Trial for D2". */
/**
 * A court's setting written as a heading with no verb, the event at the head of its sentence:
 * "Calendar Call for 9:31 5/3/04.", "ORDER: Status Conference for May 3, 2004 at 10:00 AM."
 */
const HEADED_FOR_RE = new RegExp(
  `^\\W*(?:(?:MINUTE\\s+|Minute\\s+)?(?:ORDER|Order)\\s*:\\s*)?(?<noun>${HEARING_NOUN})\\s+for\\s+(?<tail>(?=(?:${TIME}\\s*(?:,\\s*)?(?:on\\s+)?)?${DATE_START})${TAIL})`,
  'g',
);
/** "Jury Selection/Jury Trial-October 19, 2004 @9:00 a.m.": minutes listing each event with its day. */
const DASH_DATE_RE = new RegExp(
  `(?<![A-Za-z])(?<noun>${HEARING_NOUN})\\s*-\\s*(?<tail>${DATE_START}(?:\\s*(?:@|at)\\s*${TIME})?)`,
  'g',
);
/**
 * Clerks' abbreviations of settings in minutes ("Dates given: JS/JT 8-17-04 @ 9 a.m. … FPT 7-26-04
 * @ 10 a.m."): jury selection/jury trial, jury trial, final pretrial conference.
 */
const ABBREVIATED_EVENT_RE = new RegExp(
  `(?<![A-Za-z/])(?<abbr>JS\\/JT|JT|FPT)\\s+(?<tail>${DATE_START}(?:\\s*(?:@|at)\\s*${TIME})?)`,
  'g',
);
const ABBREVIATED_EVENTS: Record<string, string> = {
  'JS/JT': 'jury selection/jury trial',
  JT: 'jury trial',
  FPT: 'final pretrial conference',
};
/**
 * Minutes that dispose of each motion in turn: "Defendant's Motion to Suppress Evidence-CONTINUED
 * to 2/18/2005 @900am", "Defendant's Motion to Dismiss No. 2- TAKEN UNDER ADVISEMENT".
 */
const MOTION_DASH_RE =
  /\b(?:Motion|MOTION)\b(?:[^.;]|(?<=\bNo)\.){0,80}?\s*-\s*(?:(?<moved>CONTINUED|Continued|continued)\s+(?<tail>(?:to|until)\s+[^;]{0,60})|(?<advised>TAKEN\s+UNDER\s+ADVISEMENT|[Tt]aken\s+under\s+advisement))/g;
/**
 * Appellate calendaring: "Calendared for oral argument: 11/12/2024 at 9:30 AM", "This case is
 * calendared for oral argument on D", "CASE CALENDARING, for argument on D" (2d Cir.).
 */
const CALENDARED_RE = new RegExp(
  `\\b(?:calendared|calendaring|scheduled)\\s*,?\\s+for\\s+(?<noun>${HEARING_NOUN})\\s*(?::|on|for)\\s*(?<tail>[^;]{0,120})`,
  'gi',
);
/**
 * A noticed motion moved as a hearing: "Plaintiffs Motion to Amend …, currently set for July 21,
 * 2014, is continued to Friday, July 25, 2014 at 9:00 a.m." — the motion's hearing, off D1 and on D2.
 */
const MOTION_MOVED_RE = new RegExp(
  `\\b(?:Motion|MOTION|Application|APPLICATION|Petition|Request)\\b[^.;]{0,160}?,?\\s+(?:currently|previously|presently|now|originally)\\s+(?:set|scheduled|noticed|calendared)\\s+(?:for\\s+hearing\\s+)?(?:for|on)\\s+(?<from>${DATE_START})\\s*,?\\s+(?:is|are|has\\s+been|shall\\s+be)\\s+(?:hereby\\s+)?(?:continued|CONTINUED|reset|re-set|rescheduled|moved|advanced|adjourned)\\s+(?:to|until)\\s+(?<tail>${TAIL})`,
  'g',
);
/** An order about a hearing it names with its day: "DECORUM ORDER … re: the Motion Hearing on September 25, 2009". */
const RESTATED_RE = new RegExp(
  `\\bre:?\\s+(?:the\\s+)?(?<noun>${HEARING_NOUN})\\s+(?:on|set\\s+for|scheduled\\s+for)\\s+(?<tail>(?=${DATE_START})${TAIL})`,
  'g',
);
/** "The hearing scheduled for D1 is hereby stricken, and the matter continued to D2": that hearing, moved. */
const MATTER_MOVED_RE = new RegExp(
  `\\b(?:the\\s+)?matter\\s+(?:is\\s+(?:hereby\\s+)?)?(?:continued|reset|rescheduled|adjourned)\\s+(?:to|until)\\s+(?<tail>(?=${DATE_START})${TAIL})`,
  'gi',
);
/** A setting printed under its label: "DATE AND TIME OF CONFERENCE: February 24, 2021 at 4:00 p.m." */
const LABELED_HEARING_RE = new RegExp(
  `\\b(?:DATE\\s+(?:AND\\s+TIME\\s+)?OF|Date\\s+(?:and\\s+Time\\s+)?of|date\\s+(?:and\\s+time\\s+)?of)\\s+(?:THE\\s+|the\\s+)?(?<noun>${HEARING_NOUN})\\s*:\\s*(?<tail>(?=${DATE_START})${TAIL})`,
  'g',
);
/** Words that ask to move a setting, before it: "moved the Court to adjourn the conference set for D". */
const TO_MOVE_BEFORE =
  /\b(?:to\s+)?(?:adjourn|continue|reschedule|postpone|move|vacate)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$/i;

function hearingType(noun: string, refsAreMotions: boolean): string {
  let n = noun
    .toLowerCase()
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/^(?:a|an|the|further|continued|in-person|video|telephonic\s+(?=status)|zoom)\s+/g, '')
    .replace(/^(?:a|an|the)\s+/, '')
    .trim();
  if (n === 'hearing' && refsAreMotions) n = 'motion hearing';
  // "CASE CALENDARING, for argument on D": a court's "argument" is oral argument.
  if (n === 'argument') n = 'oral argument';
  n = n.replace(/\bconf$/, 'conference');
  // "before Judge Ezra Final PreTrial Conference-…": the judge's name is not the event's.
  n = n.replace(/^(?:[a-z]+\s+)*?judge\s+\S+\s+/, '');
  if (n === 'telephone conference' || n === 'telephonic conference') n = 'telephone conference';
  // "341(a) meeting to be held on D", "First Meeting": a court's meeting is the meeting of creditors,
  // one event with the minutes' "Meeting of Creditors Held".
  if (/^(?:341\s*)?(?:first\s+|initial\s+)?meeting$/.test(n)) n = 'meeting of creditors';
  return n.replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

function hearingChange(verb: string, tail: string, lead: string): HearingChange {
  const v = verb.toLowerCase();
  if (/cancel|vacat|terminat|stricken|off\s+calendar/.test(v)) return 'cancelled';
  // "The conference will be conducted by telephone" is to come, not minutes of one.
  if (/\bheld\b|conducted/.test(v) && !/(?:will\s+be|to\s+be|shall\s+be|be)\s+(?:held|conducted)/.test(v))
    return 'held';
  // CM/ECF's event title "Set/Reset Hearings" names the event, not what happened to this hearing.
  const ownLead = lead.replace(DOCKET_EVENT_TITLE, ' ');
  if (
    // "Hearing carried to D" (a bankruptcy clerk's word for a continuance) moves it too.
    /re-?set|rescheduled|continued|adjourned|postponed|moved|advanced|carried/.test(v) ||
    /\bre-?set\b/i.test(ownLead)
  )
    return 'reset';
  void tail;
  return 'set';
}

/** CM/ECF event titles that list deadlines and hearings: "Set/Reset Deadlines/Hearings as to X:". */
const DOCKET_EVENT_WORDS = String.raw`\b(?:Set\s*\/\s*Reset|Set|Reset)\s+(?:Scheduling\s+Order\s+|Duty\s+)?(?:Deadlines|Hearings|Motion\s+and\s+R&R\s+Deadlines)(?:\s*(?:\/|\band\b|&)\s*(?:Deadlines|Hearings))?\b(?:\s+as\s+to\s+[^:]{1,80})?`;
const DOCKET_EVENT_TITLE = new RegExp(String.raw`${DOCKET_EVENT_WORDS}\s*:?`, 'gi');
/** Minutes whose title names the proceeding and its day: "Minutes of Hearing on D", "Minute Entry re: hearing of D". */
const MINUTES_TITLE_DAY = new RegExp(
  `^\\W*(?:Minutes?|Minute\\s+(?:Entry|Order)|Proceeding\\s+Memo(?:randum)?)\\b[^.;]{0,40}?\\b(?:hearing|conference|trial|argument|proceedings?)\\s+(?:on|of)\\s+(${DATE_START})`,
  'i',
);
/** The same title opening a clause, with its colon ("Set/Reset Deadlines and Hearings as to X: …"). */
const DOCKET_EVENT_HEAD = new RegExp(String.raw`^\s*${DOCKET_EVENT_WORDS}\s*:\s*`, 'i');

const CONTINUED_UNDATED_RE = new RegExp(
  `(?<![A-Za-z])(?<noun>${HEARING_NOUN}|(?:Order\\s+to\\s+)?Show\\s+Cause(?:\\s+Hearing)?|(?:the|this)\\s+(?:matter|motion))\\s+(?:is|are|has\\s+been|have\\s+been|shall\\s+be|will\\s+be)\\s+(?:hereby\\s+)?(?:(?:continued|adjourned|postponed)\\s+(?:generally|without\\s+(?:a\\s+)?date|indefinitely|sine\\s+die|until\\s+further\\s+(?:order|notice)|to\\s+a\\s+(?:later\\s+)?date\\s+to\\s+be\\s+(?:determined|set)|to\\s+a\\s+later\\s+date)|(?:taken|marked)\\s+off\\s+(?:the\\s+)?calendar)\\b`,
  'gi',
);
/**
 * The day of a sitting a period counts from when the trigger states it: "at least seven days before
 * the hearing on 3/26/2019", "no later than 14 days before the final pretrial conference set for D",
 * "within 10 days after March 1, 2019". `null` for any other trigger (service, another paper's filing).
 */
function datedSitting(trigger: string, dateFiled: string): string | null {
  const t = trigger.trim();
  const day = new RegExp(
    `^(?:the\\s+)?(?:(?:[\\w-]+\\s+){0,3}(?:hearing|conference|trial|argument|meeting|sentencing|call)\\s+(?:(?:currently\\s+|now\\s+)?(?:set|scheduled|calendared)\\s+)?(?:on|for)\\s+)?(?<d>${DATE_START})(?:\\s*,?\\s*(?:at\\s+)?${TIME})?\\.?$`,
    'i',
  ).exec(t);
  // (A day without its year — "the August 15" cut from "the August 15, 2017 hearing" — is left to the
  // event reading, which sees the whole phrase.)
  if (!day || !/\d{4}|\/\d{2}$/.test(day.groups!.d!)) return null;
  return readDate(day.groups!.d!, dateFiled);
}

/** A day the order names by a defined term: "the Notice Date", "the Mailing Deadline", "the Publication Day". */
const DEFINED_DAY_TERM = /^(?:the\s+)?((?:[A-Z][\w-]*\s+){1,3}(?:Date|Deadline|Day))$/;

/**
 * The day an order defines a term of its own to be, for a period counted from it ("Objections are due
 * 45 days after the Notice Date" where "The Notice Date is March 20, 2031", "mail the Notice by
 * March 20, 2031 (the "Notice Date")", "Notice Date: March 20, 2031"); null when the order does not
 * say (the period then waits for the event).
 */
function definedDay(trigger: string, text: string, dateFiled: string): string | null {
  const term = DEFINED_DAY_TERM.exec(trigger.trim())?.[1];
  if (!term) return null;
  const name = term.replace(/\s+/g, '\\s+');
  const day =
    new RegExp(
      `\\b${name}\\s*(?:(?:is|shall\\s+be|will\\s+be)\\s+(?:set\\s+(?:as|for)\\s+)?|:\\s*)(?<d>${DATE_START})`,
    ).exec(text) ??
    new RegExp(`(?<d>${DATE_START})\\s*\\(\\s*(?:the\\s+|hereinafter\\s+)?["“']${name}["”']\\s*\\)`).exec(
      text,
    );
  return day ? readDate(day.groups!.d!, dateFiled) : null;
}

/**
 * A court of appeals' (or any court's) decision to decide on the papers: "Submitted on the briefs
 * without oral argument on D", "This case is submitted on the briefs as of D", "the motion is
 * submitted without oral argument". The argument (or hearing) is not held: off, on D when stated.
 */
const SUBMITTED_ON_PAPERS_RE = new RegExp(
  `\\b(?:[Ss]ubmitted|SUBMITTED)\\s+(?:for\\s+decision\\s+)?(?:on\\s+the\\s+(?:briefs|papers|record)|without\\s+(?:oral\\s+)?(?:argument|a\\s+hearing))(?:\\s*,?\\s*(?:and\\s+)?(?:on\\s+the\\s+(?:briefs|papers|record)|without\\s+(?:oral\\s+)?argument))?(?:\\s*,?\\s+(?:on|as\\s+of)\\s+(?<d>${DATE_START}))?`,
);
/** Words before "submitted …" that make it a request or a condition, not the court's decision. */
const SUBMITTED_ASKED =
  /\b(?:request|ask|move|propose|suggest|if|unless|whether|may\s+be|should\s+be|consent)\w*\b[^.;]{0,80}$/i;
/** The court not sitting on a day: "motions will not be heard on (D)", "the Court is Not hearing motions on D". */
const NOT_HEARD_RE = new RegExp(
  `\\b(?:will|shall|is|are)\\s+not\\s+(?:be\\s+heard|hearing(?:\\s+(?:any\\s+|the\\s+)?(?:motions?|matters?))?)\\s+on\\s+\\(?${DATE_START}\\)?`,
  'gi',
);
/**
 * Minutes that record a proceeding (not an N.D. Ill. "MINUTE entry before the Honorable X:" that
 * is an order in substance): "proceedings held", "MINUTES before Judge X RE: … Hrg", "CASE argued",
 * "present", "sentencing", a bankruptcy clerk's "Minutes; Disposition: …" (what the hearing decided).
 */
const PROCEEDING_MINUTES =
  /\b(?:Ct\.?\s*Rptr|Court\s+Reporter|Court\s+Smart|Tape\s+No)\.?\s*:\s*(?!Not\s+(?:present|reported)|None\b|N\/A\b)[A-Z]|\bproceedings?\b|(?<!\bnot\s)\bheld\b|\bplea\s+of\s+(?:not\s+)?guilty\s+entered\b|^\W*MINUTES\s*(?:(?:before|of)\b|[;:]\s*Disposition\b)|\bCASE\s+argued\b|\bpresent\s+(?:in|with|and)\b|\bappeared\b|\b(?:sworn|testified|arraigned|sentenced|pled)\b|\bpleads?\s+(?:not\s+)?guilty\b/i;

/**
 * CM/ECF's form header of every minute entry, "Minute Entry for proceedings held before Judge X:":
 * the minutes' own words after it say what took place (an appointment of counsel in chambers records
 * no proceeding; "Detention Hearing … not held" records none either).
 */
const MINUTES_FORM_HEADER =
  /^\W*Minute\s+Entry\s+for\s+proceedings\s+held\s+before\s+[^:.;]{1,80}?(?:[:.;]|(?=[A-Z]{3,}))/i;
const UNDER_SUBMISSION =
  /\b(?:is|are|was|be|been)\s+(?:hereby\s+)?taken\s+under\s+submission\b|\bsubmitted\s+(?:on\s+the\s+(?:papers|briefs)|without\s+(?:oral\s+argument|a\s+hearing))\b/i;
/** The docket event marked off at its head: "CANCELLED: Status Conference set for D", "HEARING CANCELLED. … Hearing scheduled for D". */
const CANCELLED_MARK =
  /^\W*(?:(?:HEARING|CONFERENCE|TRIAL)\s+)?(?:CANCELL?ED|CANCELED|VACATED|TERMINATED)\s*[:.-]/;
const CONDITIONAL = /^\W*(?:If|Should|Unless|In\s+the\s+event)\b/i;
/** "All future hearings and deadlines are stricken": every setting is off, none named. */
const ALL_HEARINGS_OFF =
  /\ball\s+(?:future\s+|pending\s+|remaining\s+|scheduled\s+|other\s+)?(?:hearings|court\s+dates|settings)\b(?:\s+and\s+(?:deadlines|dates))?\s+(?:are|is|shall\s+be)\s+(?:hereby\s+)?(?:stricken|vacated|terminated|cancell?ed)\b/i;

/** Kinds of entry that are the court's own record that a proceeding took place. */
const RECORDS_PROCEEDINGS = new Set(['minute_entry', 'order', 'opinion', 'judgment', 'notice', 'mandate']);

/**
 * The events an entry says it continues (moves): "order continuing trial" -> "trial",
 * "CONTINUANCE of status hearing" -> "hearing", "Hearing Rescheduled/Continued" -> "hearing".
 */
function namesContinued(text: string): string[] {
  const head = text.slice(0, 200);
  const out: string[] = [];
  for (const m of head.matchAll(
    /\b(?:continuing|CONTINUING|Continuing|continuance\s+of|CONTINUANCE\s+of|Continuance\s+of|adjournment\s+of|ADJOURNMENT\s+OF|Adjournment\s+of|rescheduling|RESCHEDULING)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(hearing|trial|conference|sentencing|arraignment|argument)s?\b/gi,
  ))
    out.push(m[1]!.toLowerCase());
  // "A Stipulation to Continue Trial, Final PreTrial Conference Dates and Motions Deadline": each
  // event it names.
  const toContinue = /\bto\s+continue\s+([^.]{0,120}?)\b(?:dates?|deadlines?)\b/i.exec(head);
  if (toContinue)
    for (const m of toContinue[1]!.matchAll(
      /\b(hearing|trial|conference|sentencing|arraignment|argument)s?\b/gi,
    ))
      out.push(m[1]!.toLowerCase());
  // "Hearing Rescheduled", "341 Meeting Continued 341 meeting to be held on D", "Meeting of Creditors
  // Adjourned": the event the title names, moved.
  const title =
    /^(?:[A-Z][a-z]+\s+|341(?:\s*\(a\))?\s+)?(Hearing|Trial|Conference|Meeting)(?:\s+of\s+Creditors)?\s+(?:Rescheduled|Continued|Adjourned)\b/i.exec(
      head,
    );
  if (title) out.push(title[1]!.toLowerCase());
  // "Notice of Change of Time of Omnibus Hearing Scheduled for D": the hearing, moved to a new hour.
  const changeOf =
    /\bchange\s+(?:of|in)\s+(?:the\s+)?(?:time|date|hour|day)(?:\s+and\s+(?:time|date|place|location))?\s+(?:of|for)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(hearing|trial|conference|meeting)s?\b/i.exec(
      head,
    );
  if (changeOf) out.push(changeOf[1]!.toLowerCase());
  // A clerk's or party's "Notice of Continuance (RE: … Motion …) Hearing scheduled D": the title names
  // no event; the setting the entry gives is where the noticed sitting went.
  if (/^\W*(?:Notice\s+of\s+)?Continuance\b(?!\s+of\b)/i.test(head))
    out.push('hearing', 'conference', 'trial', 'meeting');
  return out;
}

/**
 * Titles that are themselves a hearing's lifecycle, with no date: "Adjournment of Hearing",
 * "Hearing Cancelled", "Terminate Hearings" (cancelled), "Determination of Motion Without Oral
 * Argument" (on the briefs), "SUBMITTED ON THE BRIEFS to <panel>" (on the briefs that day), "Bench
 * Trial - Begun" (held that day).
 */
/** A party's paper withdrawing, among what it names, its own notice of hearing. */
const WITHDRAWS_NOTICE_OF_HEARING =
  /^\W*(?:Notice\s+(?:of|to)\s+Withdraw(?:al)?(?:\s+of)?|Withdrawal\s+of|Praecipe\s+to\s+Withdraw)\b[^.;]{0,240}?\bNotice\s+of\s+(?:[A-Z][a-z]+\s+)?Hearing\b/i;

function lifecycleTitle(ctx: EntryContext): HearingFinding | null {
  // A feed's title joining events ("1 - Terminate Deadlines and Hearings AND Order AND …"): each is read alone.
  const t = ctx.text
    .replace(/^(?:\d+\s+-\s+|Notice,\s+|Notice\s+of\s+|Notice\s+(?=cancel))/i, '')
    .split(/\s+AND\s+(?=[A-Z~])/)[0]!;
  // "Hearing (Bk Other) Continued", "Notice of Continued Hearing", "Notice canceling hearing",
  // "Hearing Deadline and Document Terminated", "Adjourned Without Date (RE: … Motion …)": off that
  // day, with no new day in the title.
  const cancelled =
    /^(?:Adjournment\s+of\s+(?:Hearing|Conference|Trial)|(?:Hearing|Conference|Trial|(?:341(?:\s*\(a\))?\s+)?Meeting\s+of\s+Creditors)(?:\s*\([^)]{1,30}\))?(?:\s+(?:and\s+)?(?:Deadlines?|Documents?))*\s+(?:Cancell?ed|Canceled|Adjourned|Vacated|Stricken|Continued|Rescheduled|Terminated)(?:\s*\/\s*(?:Continued|Rescheduled|Adjourned))?|(?:Continued|Rescheduled|Adjourned)\s+(?:Hearing|Conference|Trial|(?:341(?:\s*\(a\))?\s+)?Meeting\s+of\s+Creditors)|Cancell?ing\s+(?:the\s+)?(?:Hearing|Conference|Trial)|Terminate\s+(?:Hearings?|Deadlines\s+and\s+Hearings)|(?:(?:Hearing|Matter)\s+)?Adjourned\s+(?:Without\s+(?:a\s+)?Date|Sine\s+Die|Generally)|Determination\s+of\s+Motion\s+Without\s+(?:Oral\s+Argument|a\s+Hearing))\b/i.exec(
      t,
    );
  // The title's own words, before the paper it names ("… Terminated Re: 27 Motion for Relief …").
  // An S.D.N.Y. bankruptcy event name stands before " : " or " /" and the filer's own title of the paper
  // ("Notice of Adjournment of Hearing : Notice of Adjournment of X's Motion to Dismiss …").
  const title = t.replace(/\s*\(?\b(?:RE|Re|re)\s*:[\s\S]*$/, '').replace(/\s+[:/][\s\S]*$/, '');
  if (cancelled && title.length < 120) {
    const type = /trial/i.test(cancelled[0])
      ? 'trial'
      : /meeting/i.test(cancelled[0])
        ? 'meeting_of_creditors'
        : /conference/i.test(cancelled[0])
          ? 'conference'
          : /motion/i.test(cancelled[0])
            ? 'motion_hearing'
            : 'hearing';
    return {
      type,
      change: 'cancelled',
      date: null,
      time: null,
      source: t,
      why: { rule: 'hearing-title', words: cancelled[0], confidence: 0.8 },
    };
  }
  // A party withdrawing its notice of hearing ("Notice to Withdraw Document … (Re: 66 Motion to
  // Assume/Reject, 67 Notice of Hearing)", "Withdrawal of Motion and Notice of Hearing"): the hearing it
  // noticed is off, no new day.
  const withdrawn = WITHDRAWS_NOTICE_OF_HEARING.exec(ctx.text);
  if (withdrawn)
    return {
      type: 'hearing',
      change: 'cancelled',
      date: null,
      time: null,
      source: ctx.text,
      why: { rule: 'hearing-notice-withdrawn', words: withdrawn[0].slice(0, 160), confidence: 0.75 },
    };
  // A court of appeals' record that the case went to its panel without argument ("SUBMITTED ON THE
  // BRIEFS to <judges>", 9th Cir.): decided on the briefs, that day.
  const submitted =
    /^(?:CASE\s+)?SUBMITTED\s+(?:ON\s+THE\s+(?:BRIEFS|PAPERS)|WITHOUT\s+ORAL\s+ARGUMENT)\b/.exec(t);
  if (submitted)
    return {
      type: 'oral_argument',
      change: 'cancelled',
      date: ctx.dateFiled,
      time: null,
      source: t,
      why: { rule: 'hearing-title', words: submitted[0], confidence: 0.8 },
    };
  // The clerk's "Matter Taken Under Advisement (RE: … Motion …)": heard, and the ruling reserved — that day.
  const advised =
    /^(?:Minute\s+Entry\s*[.:-]\s*)?(?:Matter|Motion|Case|Hearing)\s+(?:(?:Taken|Held|Is|Was)\s+)?Under\s+Advisement\b/i.exec(
      t,
    );
  if (advised)
    return {
      type:
        /\bmotion\b/i.test(advised[0]) || RELATES_TO_A_MOTION.test(ctx.text) ? 'motion_hearing' : 'hearing',
      change: 'held',
      date: ctx.dateFiled,
      time: null,
      source: t,
      why: { rule: 'hearing-title', words: advised[0], confidence: 0.8 },
    };
  const begun =
    /^((?:Bench|Jury|Non-Jury)\s+Trial)\s*-\s*(?:(?:[A-Z][a-z]+\s+){1,3})?(?:Begun|Held|Completed|Ended|Commenced|Concluded)\b/i.exec(
      t,
    );
  if (begun && t.length < 120)
    return {
      type: begun[1]!.toLowerCase().replace(/[^a-z]+/g, '_'),
      change: 'held',
      date: ctx.dateFiled,
      time: null,
      source: t,
      why: { rule: 'hearing-title', words: begun[0], confidence: 0.8 },
    };
  return null;
}

function* matchesOverlapping(re: RegExp, text: string): Generator<RegExpExecArray> {
  const r = new RegExp(re.source, 'g');
  for (let m = r.exec(text); m; m = r.exec(text)) {
    yield m;
    r.lastIndex = m.index + Math.max(1, m.groups?.noun?.length ?? m[0].length);
  }
}

/** The day that ends `lead` as the adjective of the event after it ("the 4/21/2015", "the April 21, 2015"). */
function dayBeforeNoun(lead: string, dateFiled: string): Temporal | null {
  const m = /\bthe\s+((?:\S+\s+){0,2}\S+)\s*$/i.exec(lead);
  if (!m) return null;
  const words = m[1]!;
  const day = scanTemporals(words, dateFiled).find((t) => t.type === 'date' && t.start === 0);
  return day && words.slice(day.end).trim() === '' ? day : null;
}

/**
 * Hearings set, reset, cancelled or held: the named readings of each sentence, then the clause
 * grammar (`clauseHearings`), which adds what they missed and decides where they disagree.
 */
export function readHearings(ctx: EntryContext): HearingFinding[] {
  const out: HearingFinding[] = [];
  // "TRANSCRIPT of Motion Hearing held on 7/5/2017": a transcript is the record of a hearing the
  // minutes already reported; it neither holds, sets nor cancels one.
  if (ctx.cls.kind === 'transcript') return out;
  const seen = new Set<string>();
  const continuedNames = namesContinued(ctx.text);
  const movedFromFiller: { noun: string; date: string; source: string }[] = [];
  const movedEach: { from: string; time: string | null; count: number; source: string }[] = [];
  for (const sentence of sentences(ctx.text)) {
    const found: {
      noun: string;
      verb: string;
      tail: string;
      index: number;
      rule: string;
      filler?: string;
      /** Where the words between the noun and its verb end (the noun-verb reading). */
      fillerEnd?: number;
    }[] = [];
    // Overlapping: a setting's tail may hold the next one ("ARRAIGNMENT held before … held on D,
    // INITIAL APPEARANCE as to X held on D").
    for (const m of matchesOverlapping(HEARING_RE, sentence)) {
      // A title's capitalized verb ("Pre-Trial Conference Scheduled 9/24/09") belongs to the noun right
      // before it; with words between ("Meeting of Creditors - Second Non-Appearance Scheduled D") it is
      // another event's.
      if (m.groups!.filler && /\b(?:Scheduled|Rescheduled)$/.test(m.groups!.verb!)) continue;
      found.push({
        noun: m.groups!.noun!,
        verb: m.groups!.verb!,
        tail: m.groups!.tail ?? '',
        filler: m.groups!.filler ?? '',
        index: m.index,
        fillerEnd: m.index + m.groups!.noun!.length + (m.groups!.filler?.length ?? 0),
        rule: 'hearing-noun-verb',
      });
    }
    if (found.length === 0)
      found.push(...settingsMatched(sentence, CALENDARED_RE, 'hearing-calendared', 'on', { verb: 'set' }));
    if (found.length === 0)
      for (const re of [SET_FOR_HEARING_RE, PRESENTMENT_RE])
        found.push(
          ...settingsMatched(
            sentence,
            re,
            re === PRESENTMENT_RE ? 'hearing-presentment' : 'hearing-set-for-hearing',
            'on',
            {
              noun: (m) => m.groups?.noun ?? 'presentment',
              verb: (m) => (/^re-?set|^rescheduled/i.test(m.groups?.verb ?? '') ? 'reset' : 'set'),
            },
          ),
        );
    if (found.length === 0)
      found.push(
        ...settingsMatched(sentence, MOVED_FROM_TO_RE, 'hearing-moved-from-to', 'to', {
          noun: (m) => (/^motion/i.test(m.groups!.noun!) ? 'motion hearing' : 'hearing'),
          verb: 'reset',
        }),
      );
    // "Both motions have been continued from D1 to D2": each motion's hearing, off D1 and on D2.
    for (const m of sentence.matchAll(MOVED_FROM_TO_RE)) {
      if (!/^motions$/i.test(m.groups!.noun!) || found.every((f) => f.rule !== 'hearing-moved-from-to'))
        continue;
      const many = /\b(?:both|two)\s+(?:of\s+the\s+)?motions\b/i.test(
        sentence.slice(Math.max(0, m.index - 20), m.index + 20),
      )
        ? 2
        : /\bthree\s+motions\b/i.test(sentence)
          ? 3
          : 1;
      const from = /\bfrom\s+([^;]{1,60}?)\s+to\s/i.exec(m[0]);
      const d = from ? scanTemporals(from[1]!, ctx.dateFiled).find((t) => t.type === 'date') : undefined;
      if (d?.date) movedEach.push({ from: d.date, time: d.time ?? null, count: many, source: sentence });
    }
    if (found.length === 0 && ctx.cls.isCourtAct)
      found.push(...settingsMatched(sentence, DASH_DATE_RE, 'hearing-dash-date', 'for', { verb: 'set' }));
    if (found.length === 0 && ctx.cls.isCourtAct)
      found.push(...settingsMatched(sentence, HEADED_FOR_RE, 'hearing-headed-for', 'for', { verb: 'set' }));
    if (found.length === 0 && ctx.cls.isCourtAct)
      found.push(
        ...settingsMatched(sentence, ABBREVIATED_EVENT_RE, 'hearing-abbreviated', 'for', {
          noun: (m) => ABBREVIATED_EVENTS[m.groups!.abbr!]!,
          verb: 'set',
        }),
      );
    if (ctx.cls.kind === 'minute_entry')
      for (const m of sentence.matchAll(MOTION_DASH_RE))
        found.push({
          noun: 'motion hearing',
          verb: m.groups!.moved ? 'continued' : 'held',
          tail: m.groups!.moved ? ` ${m.groups!.tail!}` : '',
          index: m.index,
          rule: 'hearing-motion-disposed',
        });
    // A court of appeals' "CASE calendared: Tuesday, 09/13/2016 Boston, MA Panel Courtroom": argument set.
    if (found.length === 0) {
      const cal = /^\W*CASE\s+calendared\s*:\s*(?<tail>[^;]{0,80})/i.exec(sentence);
      if (cal)
        found.push({
          noun: 'oral argument',
          verb: 'set',
          tail: ` on ${cal.groups!.tail ?? ''}`,
          index: cal.index,
          rule: 'hearing-calendared',
        });
    }
    if (found.length === 0 && ctx.cls.isCourtAct)
      for (const m of sentence.matchAll(RESTATED_RE)) {
        const d = scanTemporals(m.groups!.tail!, ctx.dateFiled).find((t) => t.type === 'date');
        if (d?.date && d.date > ctx.dateFiled)
          found.push({
            noun: m.groups!.noun!,
            verb: 'set',
            tail: ` on ${m.groups!.tail ?? ''}`,
            index: m.index,
            rule: 'hearing-restated',
          });
      }
    if (
      ctx.cls.isCourtAct &&
      found.some(
        (f) => /^(?:vacated|cancel|stricken)/i.test(f.verb) || /\bstricken\b|\bvacated\b/i.test(f.tail),
      )
    )
      found.push(
        ...settingsMatched(sentence, MATTER_MOVED_RE, 'hearing-matter-moved', 'to', {
          noun: found[0]!.noun,
          verb: 'reset',
        }),
      );
    if (found.length === 0)
      found.push(...settingsMatched(sentence, LABELED_HEARING_RE, 'hearing-labeled', 'for', { verb: 'set' }));
    if (found.length === 0 && ctx.cls.isCourtAct)
      for (const m of sentence.matchAll(MOTION_MOVED_RE)) {
        found.push({
          noun: 'motion hearing',
          verb: 'reset',
          tail: ` to ${m.groups!.tail ?? ''}`,
          index: m.index,
          rule: 'hearing-motion-moved',
        });
        movedFromFiller.push({ noun: 'motion hearing', date: '', source: m.groups!.from! });
      }
    // Orders that put the verb first ("ORDER setting Motion Hearing for D", "The Court will hold a
    // teleconference regarding Dkt. No. 30 … on D", "This matter is continued for a Status
    // Conference on D", "the court vacates the show cause hearing set on D", "setting Calendar Call
    // for D1, and Jury Trial for D2") are the clause grammar's (`clauseHearings`).
    const primary = found.length;
    /** Each reading with where, in the sentence, the day it took stands (-1 when not in its tail). */
    const readSpans: { f: (typeof found)[number]; h: HearingFinding; dayAt: number }[] = [];
    // "The status hearing set for 5/14/2024 is stricken and reset to 6/25/2024": cancelled, then set anew.
    for (const f of [...found]) {
      const again = new RegExp(
        String.raw`^[^.;]{0,80}?\b(?:is|are|has\s+been|hereby|be|shall\s+be)\s+${AS_WELL}(?:(?:stricken|vacated|cancell?ed)\s+and\s+)?(?<verb>re-?set|continued|rescheduled)\s+(?<tail>(?:to|for|until)\s+(?:[^.;]|(?<=\b[AaPp])\.(?=[Mm])|(?<=\b[AaPp]\.[Mm])\.){0,100})`,
        'i',
      ).exec(f.tail);
      // "set for D1 is reset to D2" names the old setting: the old one is vacated, a new one set.
      // ("adjourned / continued to D2" moves the same hearing, read below as one reset.)
      if (
        again &&
        /continued/i.test(again.groups!.verb!) &&
        !/(?:stricken|vacated|cancell?ed)\s+and/i.test(again[0])
      )
        continue;
      if (again)
        found.push({
          noun: f.noun,
          verb: again.groups!.verb!,
          tail: ` ${again.groups!.tail!}`,
          index: f.index,
          rule: 'hearing-stricken-and-reset',
        });
    }
    for (const f of found) {
      if (/^(?:motion|request|application)\b/i.test(f.noun.trim()) && /\bto\s+continue\b/i.test(sentence))
        continue;
      // "a bond hearing before an immigration judge … held": the agency's hearing, not the court's.
      if (agencyHearing(sentence, f.index, f.index + f.noun.length)) continue;
      // "Meeting of Creditors, Proof of Claim deadline not set, 341(a) meeting to be held on D": what is
      // "not set" sets nothing (the meeting is read from its own verb).
      if (/\bnot$/i.test((f.filler ?? '').trim()) && /^(?:set|scheduled)$/i.test(f.verb.trim())) continue;
      // "Respondents shall release Petitioner unless a hearing is held within seven days": a condition.
      if (
        inCondition(sentence, f.index) &&
        /\b(?:held|heard|conducted|vacated|cancell?ed|stricken)\b/i.test(f.verb)
      )
        continue;
      // "MOTION to Adjourn Conference scheduled for D": a party names the setting it asks to move;
      // "request that … the conference be adjourned to D": the move asked for.
      const lead = sentence.slice(0, f.index);
      if (PARTY_KINDS.has(ctx.cls.kind) && TO_MOVE_BEFORE.test(lead)) continue;
      if (/^be\s/i.test(f.verb.trim()) && REQUESTED_THAT.test(lead)) continue;
      let change = hearingChange(f.verb, f.tail, sentence.slice(0, f.index));
      // "STIPULATION and order continuing trial …; jury trial set for D", "COURT NOTICE of
      // CONTINUANCE of status hearing … set for D", "Hearing Rescheduled/Continued … to be held on D".
      if (
        change === 'set' &&
        continuedNames.some(
          (n) =>
            new RegExp(`\\b${n}\\b`, 'i').test(f.noun) || hearingType(f.noun, false).split('_').at(-1) === n,
        )
      )
        change = 'reset';
      // "CANCELLED: Status Conference set for 3/4/2019": the docket event marked cancelled.
      if ((change === 'set' || change === 'reset') && CANCELLED_MARK.test(ctx.text)) change = 'cancelled';
      // "Status Conference set for 4/12/2021 is CANCELLED."
      if (
        (change === 'set' || change === 'reset') &&
        (new RegExp(
          String.raw`^[^.;]{0,80}?\b(?:is|are|has\s+been|hereby|be|shall\s+be)\s+${AS_WELL}(?:CANCEL+ED|[Cc]ancel+ed|VACATED|vacated|TERMINATED|terminated|STRICKEN|stricken|RESET|[Rr]e-?set|RESCHEDULED|[Rr]escheduled)\b`,
        ).test(f.tail) ||
          // "Mediation Conference scheduled for D was not held": it did not take place.
          /^[^.;]{0,80}?\b(?:was|were|is|has)\s+not\s+(?:been\s+)?(?:held|conducted|go(?:ne)?\s+forward|take[n]?\s+place)\b/i.test(
            f.tail,
          ))
      )
        change = 'cancelled';
      // "motion …, scheduled for hearing on D, is taken under submission": decided on the papers,
      // so that setting is off.
      if (change === 'set' && UNDER_SUBMISSION.test(sentence)) change = 'cancelled';
      // "If a stipulation of dismissal is filed …, the status hearing will be stricken": a condition,
      // not a change.
      if (change === 'cancelled' && CONDITIONAL.test(sentence)) continue;
      // "continued from D1 to D2": the new date is the one after "to".
      let tail = f.tail;
      // A move after the setting's participle ("Initial Conference scheduled for 6/20/2024 is adjourned
      // to 7/11/2024", "set for D 10:00 AM is moved to 02:00 PM") is the clause grammar's
      // (`clauseHearings`): it reads the whole clause, its old day and its new one.
      // "The trial date of April 1, 2019 is continued to June 3, 2019": the old day is named before the verb.
      if (
        change === 'reset' &&
        /re-?set|continued|rescheduled|adjourned|postponed|moved|advanced/i.test(f.verb) &&
        f.filler &&
        /^\s*(?:of|for|on)\s/i.test(f.filler)
      ) {
        const old = scanTemporals(f.filler, ctx.dateFiled).find((t) => t.type === 'date');
        if (old?.date) movedFromFiller.push({ noun: f.noun, date: old.date, source: sentence });
      }
      // "The 4/21/2015 status hearing is reset to 5/1/2015": the old day, named before the event.
      if (change === 'reset' && /re-?set|continued|rescheduled|adjourned|postponed|moved/i.test(f.verb)) {
        const old = dayBeforeNoun(sentence.slice(Math.max(0, f.index - 40), f.index), ctx.dateFiled);
        if (old?.date) movedFromFiller.push({ noun: f.noun, date: old.date, source: sentence });
      }
      const fromTo = /\bfrom\s+[^.;]*?\bto\s+/i.exec(tail);
      if (fromTo) tail = tail.slice(fromTo.index + fromTo[0].length);
      const tailAt = f.tail ? sentence.indexOf(f.tail, f.index) : -1;
      const dates = scanTemporals(tail, ctx.dateFiled).filter((t) => t.type === 'date');
      // "The trial of this case is set to commence before the Honorable X, in Courtroom 1, …, at
      // 9:00 a.m. on March 2, 2015": the place comes between the setting and its day.
      if (dates.length === 0 && /^\s*to\s+(?:commence|begin|start|go\s+forward)\b/i.test(tail)) {
        const reach = sentence.slice(f.index).slice(0, 320);
        const on = new RegExp(`\\bon\\s+(?=${DATE_START})`, 'i').exec(reach);
        if (on) {
          const d = scanTemporals(reach.slice(on.index), ctx.dateFiled).find((t) => t.type === 'date');
          const time = new RegExp(`\\bat\\s+(${TIME})\\s*(?:,\\s*)?$`, 'i').exec(reach.slice(0, on.index));
          if (d) dates.push({ ...d, time: d.time ?? (time ? readTime(time[1]!) : null) });
        }
      }
      // "Settlement conference on 5/26/15 is Cancelled": the day stands between the event and the verb.
      if (change === 'cancelled' && dates.length === 0 && f.filler && /^\s*(?:on|for)\s/i.test(f.filler)) {
        const own = scanTemporals(f.filler, ctx.dateFiled).find((t) => t.type === 'date');
        if (own) dates.push({ ...own, start: 0, end: 0 });
      }
      // "the 4/21/2015 status hearing is vacated", "the time for the 4/21/2015 status hearing is advanced
      // to 9:30 a.m.": the day written before the event names it; a move to an hour alone keeps that day.
      if (dates.length === 0 && (change === 'cancelled' || change === 'reset')) {
        const own = dayBeforeNoun(sentence.slice(Math.max(0, f.index - 40), f.index), ctx.dateFiled);
        const hour = new RegExp(`^\\s*(?:to|until|for)\\s+(${TIME})`, 'i').exec(tail);
        if (own && (change === 'cancelled' || hour))
          dates.push({ ...own, time: hour ? readTime(hour[1]!) : own.time, start: 0, end: 0 });
      }
      // "WITHDRAW … EXHIBITS from Non-jury trial held 05/23/2016": a past proceeding named as the
      // source of something, not minutes of it.
      if (change === 'held' && NAMED_AS_PAST.test(sentence.slice(0, f.index))) continue;
      if (change === 'held') {
        // Only the court's record of a proceeding says one was held ("EXHIBIT LIST … from Trial held
        // D" is a party's paper about a past one).
        if (!RECORDS_PROCEEDINGS.has(ctx.cls.kind)) continue;
        if (dates.length === 0) {
          const before = scanTemporals(sentence, ctx.dateFiled).filter((t) => t.type === 'date');
          // "Status Conference held." in minutes: held the day the minutes are filed; "Hearing held
          // 12:09 PM to 12:18 PM", "Hearing held from 9:02 a.m. - 9:40 a.m.": that day, from the first hour.
          const span = HELD_HOURS.exec(tail);
          dates.push(
            before[0] ?? {
              start: 0,
              end: 0,
              text: '',
              type: 'date',
              date: ctx.dateFiled,
              time: span ? readTime(span[1]!) : null,
            },
          );
        }
      }
      if (change !== 'cancelled' && dates.length === 0) continue;
      let d = dates[0] ?? null;
      // "Competency Hearing set for 11/30/2009 will be held at 08:30 AM each day": the hour follows.
      if (d && !d.time) {
        const at = new RegExp(
          `^\\s*(?:,\\s*)?(?:and\\s+)?(?:will|shall)\\s+(?:be\\s+held|begin|commence)\\s+at\\s+(${TIME})`,
          'i',
        ).exec(tail.slice(d.end));
        if (at) d = { ...d, time: readTime(at[1]!) };
      }
      if (
        d &&
        change !== 'held' &&
        !/^\s*(?:for|to|on|at|until|in|,)?\s*(?:[^\d\s]+\s+){0,3}/i.test(tail.slice(0, d.start))
      )
        continue;
      const sentenceRefs = relatedEntries(sentence);
      // (A hearing a motion's own entry notices — "Motion for Relief from Stay … Hearing scheduled for
      // D" — is the hearing on that motion.)
      // A hearing "on [3]" where the entry names [3] a motion in lower case ("[3] motion for temporary
      // restraining order", or "3 motion …" as a docket report prints the link) is that motion's hearing too.
      const refsAreMotions =
        sentenceRefs.some(
          (r) =>
            ctx.motionRefs.includes(r) ||
            new RegExp(String.raw`(?:\[${r}\]|(?<![\w/:.-])${r})\s+(?:[\w'’-]+\s+){0,3}?motion\b`, 'i').test(
              ctx.text,
            ),
        ) ||
        /\bMOTION\b|\bMotion\b|\b(?:on|re:?)\s+(?:\[\d{1,5}\]|\d{1,5})\s+(?:[\w'’-]+\s+){0,3}?motion\b/.test(
          sentence.slice(f.index),
        ) ||
        // "Order of the Court to Adjourn (related documents Motion to Dismiss Case) … Hearing to be held on D":
        // the paper the entry relates to is a motion, so the hearing is that motion's.
        RELATES_TO_A_MOTION.test(ctx.text) ||
        ctx.cls.kind === 'motion';
      const type = hearingType(f.noun, refsAreMotions);
      const dayAt = d && tailAt >= 0 && d.end > 0 ? tailAt + (f.tail.length - tail.length) + d.start : -1;
      // CM/ECF's event name and the standard field its template fills name one event: "Hearing Set
      // (RE: related document(s)12 Motion …) Preliminary hearing to be held on D at T", "Hearing
      // Continued (RE: …) Hearing scheduled for D at T". The event name's verb reaches its day through
      // the field, whose own noun and verb read the same words of the day: one hearing, with the
      // field's hour and its more specific name, moved when either says so.
      const named = dayAt >= 0 ? readSpans.find((r) => r.dayAt === dayAt && r.f.index < f.index) : undefined;
      if (named && named.h.change !== 'held' && change !== 'held' && named.h.date === (d?.date ?? null)) {
        if (!named.h.time && d?.time) named.h.time = d.time;
        if (named.h.type !== 'meeting_of_creditors' && type !== 'hearing' && type !== 'motion_hearing')
          named.h.type = type;
        if (named.h.change === 'set' && change === 'reset') named.h.change = 'reset';
        continue;
      }
      const key = `${type}|${change}|${d?.date ?? ''}`;
      if (seen.has(key)) continue;
      // One event named twice before its verb: "Meeting of Creditors Continued Hearing held 8/20/09",
      // "First Meeting of Creditors & Notice of Appointment of Trustee … with 341(a) meeting to be held
      // on D" — the later noun stands between the earlier noun and the verb both readings share, with
      // the same day: one hearing (the meeting's name kept when either noun names it). A noun after the
      // verb's day is another setting ("Status Hearing set for D (JD) Hearing on … set for D").
      const outer = readSpans.find(
        (r) =>
          r.f.index < f.index &&
          f.index < (r.f.fillerEnd ?? r.f.index) &&
          r.h.change === change &&
          r.h.date === (d?.date ?? null),
      );
      if (outer) {
        if (outer.h.type !== 'meeting_of_creditors' && type !== 'hearing') outer.h.type = type;
        continue;
      }
      // A reading drawn from another (the next event of a list, a move's new day) only adds what the
      // first readings missed.
      if (
        found.indexOf(f) >= primary &&
        out.some((h) => h.date === (d?.date ?? null) && h.source === sentence)
      )
        continue;
      seen.add(key);
      const h: HearingFinding = { type, change, date: d?.date ?? null, time: d?.time ?? null };
      h.why = {
        rule: f.rule,
        words: `${f.noun}${f.tail.slice(0, 80)}`.replace(/\s+/g, ' ').trim(),
        confidence: f.rule === 'hearing-noun-verb' || f.rule === 'hearing-stricken-and-reset' ? 0.9 : 0.85,
      };
      Object.assign(h, hearingRefs(ctx, type, sentence, sentenceRefs));
      h.source = sentence;
      out.push(h);
      readSpans.push({ f, h, dayAt });
    }
    out.push(...clauseHearings(ctx, sentence, out));
    if (ctx.cls.isCourtAct) convertedHearings(ctx, sentence, out);
  }
  if (out.length === 0) {
    const titled = lifecycleTitle(ctx);
    if (titled) out.push(titled);
  }
  // "Submitted on the briefs without oral argument on D": the argument is not held (on the briefs).
  const onPapers = ctx.cls.isCourtAct ? SUBMITTED_ON_PAPERS_RE.exec(ctx.text) : null;
  if (
    onPapers &&
    !SUBMITTED_ASKED.test(ctx.text.slice(Math.max(0, onPapers.index - 120), onPapers.index)) &&
    !out.some((h) => h.change === 'cancelled')
  ) {
    const day = onPapers.groups!.d ? readDate(onPapers.groups!.d, ctx.dateFiled) : null;
    out.push({
      type: /\bargument\b/i.test(onPapers[0]) ? 'oral_argument' : 'hearing',
      change: 'cancelled',
      date: day,
      time: null,
      source: onPapers[0],
      why: { rule: 'submitted-on-the-papers', words: onPapers[0], confidence: 0.85 },
    });
  }
  // "The Order to Show Cause is continued generally", "the hearing is continued without date": the
  // setting is off and no new day is given.
  for (const m of ctx.text.matchAll(CONTINUED_UNDATED_RE)) {
    if (!RECORDS_PROCEEDINGS.has(ctx.cls.kind) && ctx.cls.kind !== 'stipulation') break;
    // "Hearing Held. The matter is taken off calendar.": the matter's sitting over, not a setting off.
    if (
      /\boff\s+(?:the\s+)?calendar\b/i.test(m[0]) &&
      (out.some((h) => h.change === 'held') || /\b(?:hearing|meeting)\s+(?:was\s+)?held\b/i.test(ctx.text))
    )
      continue;
    // "THE MATTER IS CONTINUED GENERALLY", "the motion is taken off calendar": the hearing of the
    // matter before the court.
    const noun = m.groups!.noun!;
    const type = /show\s+cause/i.test(noun)
      ? 'show_cause_hearing'
      : /^(?:the|this)\s+(?:matter|motion)$/i.test(noun)
        ? ctx.motionRefs.length > 0 || /motion$/i.test(noun)
          ? 'motion_hearing'
          : 'hearing'
        : hearingType(noun, ctx.motionRefs.length > 0);
    if (out.some((h) => h.type === type && h.change === 'cancelled')) continue;
    out.push({
      type,
      change: 'cancelled',
      date: null,
      time: null,
      source: m[0],
      why: { rule: 'hearing-continued-undated', words: m[0], confidence: 0.8 },
    });
  }
  for (const m of movedFromFiller) {
    // The motion's old day, kept as its words until the move is read.
    if (!m.date) {
      const from = scanTemporals(m.source, ctx.dateFiled).find((t) => t.type === 'date');
      if (!from?.date || !out.some((h) => h.why?.rule === 'hearing-motion-moved')) continue;
      m.date = from.date;
      m.source = out.find((h) => h.why?.rule === 'hearing-motion-moved')!.source ?? m.source;
    }
    const type = hearingType(m.noun, false);
    if (out.some((h) => h.date === m.date)) continue;
    out.push({
      type,
      change: 'cancelled',
      date: m.date,
      time: null,
      source: m.source,
      why: { rule: 'hearing-moved-from', words: m.source.slice(0, 160), confidence: 0.8 },
    });
  }
  // "granting 28 Motion to Continue the 2/7/2018 Motion Hearing. Hearing continued to 3/6/2018": the
  // day it moves from, named before the hearing, is off once the move is read.
  const movedFrom = new RegExp(
    `\\b(?:motion|request|application)\\s+to\\s+(?:continue|reschedule|adjourn|postpone)\\s+(?:the\\s+)?(${DATE_START})\\s+(${HEARING_NOUN})`,
    'i',
  ).exec(ctx.text);
  if (movedFrom && ctx.cls.isCourtAct && ctx.cls.disposition === 'granted') {
    const from = scanTemporals(movedFrom[1]!, ctx.dateFiled).find((t) => t.type === 'date');
    const type = hearingType(movedFrom[2]!, false);
    if (
      from?.date &&
      out.some((h) => h.change === 'reset' && h.date !== from.date) &&
      !out.some((h) => h.date === from.date)
    )
      out.push({
        type,
        change: 'cancelled',
        date: from.date,
        time: null,
        source: movedFrom[0],
        why: { rule: 'hearing-moved-from', words: movedFrom[0], confidence: 0.8 },
      });
  }
  // A paper that restates the next setting: "Acknowledgment of next court date by defendant X to
  // appear on D", "HEARING APPEARANCE -- (For Panel hearing on D in Chicago)".
  if (ctx.cls.kind === 'notice' && out.length === 0) {
    const restated =
      new RegExp(
        `^\\W*Acknowledge?ment\\s+of\\s+(?:next\\s+)?court\\s+date\\b[^.]{0,160}?\\bappear\\s+on\\s+(?<date>${DATE_START})`,
        'i',
      ).exec(ctx.text) ??
      new RegExp(
        `^\\W*(?:[A-Z]+\\s+)?APPEARANCE\\b[\\s\\S]{0,80}?\\(\\s*For\\s+(?:the\\s+)?(?<noun>${HEARING_NOUN})\\s+on\\s+(?<date>${DATE_START})`,
        'i',
      ).exec(ctx.text);
    const d = restated && scanTemporals(restated.groups!.date!, ctx.dateFiled).find((t) => t.type === 'date');
    if (restated && d?.date)
      out.push({
        type: restated.groups!.noun ? hearingType(restated.groups!.noun, false) : 'court_appearance',
        change: 'set',
        date: d.date,
        time: d.time ?? null,
        source: restated[0],
        why: { rule: 'hearing-restated', words: restated[0].slice(0, 160), confidence: 0.8 },
      });
  }
  const allOff = ALL_HEARINGS_OFF.exec(ctx.text);
  if (allOff && ctx.cls.isCourtAct && !out.some((h) => h.change === 'cancelled'))
    out.push({
      type: 'hearing',
      change: 'cancelled',
      date: null,
      time: null,
      source: allOff[0],
      why: { rule: 'hearing-all-stricken', words: allOff[0], confidence: 0.8 },
    });
  // "motions will not be heard on (8/30/2019)": that setting is off — once for each notice of
  // hearing the entry corrects ("re 34 Notice of Hearing Date, 37 Notice of Hearing Date").
  const noticed = Math.max(1, [...ctx.text.matchAll(/\b\d+\s+Notice\s+of\s+Hearing\b/gi)].length);
  for (const m of ctx.text.matchAll(NOT_HEARD_RE)) {
    const d = scanTemporals(m[0], ctx.dateFiled).find((t) => t.type === 'date');
    // A setting of that day in the same entry is the one not heard ("Motion Hearing set for D …
    // the Court is Not hearing motions on D").
    const setting =
      d?.date && out.find((h) => h.date === d.date && (h.change === 'set' || h.change === 'reset'));
    if (setting) {
      setting.change = 'cancelled';
      setting.why = { rule: 'hearing-not-heard', words: m[0], confidence: 0.8 };
      continue;
    }
    if (d?.date && !out.some((h) => h.date === d.date))
      for (let k = 0; k < noticed; k++)
        out.push({
          type: 'motion_hearing',
          change: 'cancelled',
          date: d.date,
          time: d.time ?? null,
          source: m[0],
          why: { rule: 'hearing-not-heard', words: m[0], confidence: 0.8 },
        });
  }
  // Minutes of a proceeding record that it was held, that day unless they say otherwise — unless their
  // title says only that it was moved ("Minute Entry. Hearing Adjourned.", "Proceeding Memo-Meeting of
  // Creditors Continued"): nothing was heard that day.
  const movedOnly = MOVED_TITLE.exec(ctx.text);
  if (
    ctx.cls.kind === 'minute_entry' &&
    !out.some((h) => h.change === 'held') &&
    !(movedOnly && !/\bheld\b/i.test(movedOnly[0])) &&
    PROCEEDING_MINUTES.test(ctx.text.replace(MINUTES_FORM_HEADER, ''))
  ) {
    const on = new RegExp(
      `(?<!\\b(?:will|shall|to|would)\\s+be\\s+)\\bheld\\b[^.;:]{0,120}?\\bon\\s+(${DATE_START})`,
      'i',
    ).exec(ctx.text.slice(0, 300));
    // Minutes titled by the proceeding and its day ("Minutes of Hearing on D", "Proceeding Memo for
    // hearing of D"): held that day, not the day the minutes were entered.
    const titled = on ? null : MINUTES_TITLE_DAY.exec(ctx.text.slice(0, 200));
    const titledDay = titled
      ? scanTemporals(titled[1]!, ctx.dateFiled).find((t) => t.type === 'date')?.date
      : null;
    const date =
      (on ? scanTemporals(on[1]!, ctx.dateFiled).find((t) => t.type === 'date')?.date : null) ??
      (titledDay && titledDay <= ctx.dateFiled ? titledDay : null) ??
      ctx.dateFiled;
    const named = /\b(?:CASE|case)\s+argued\b/.test(ctx.text) ? 'oral_argument' : 'proceeding';
    out.unshift({
      type: named,
      change: 'held',
      date,
      time: null,
      source: ctx.text.slice(0, 200),
      why: { rule: 'minutes-of-proceeding', words: ctx.text.slice(0, 80), confidence: 0.8 },
    });
  }
  // "the hearing on the motion … will be held at 10:00 AM on 9/25/09. … Motion Hearing set for
  // 9/25/2009 10:00 AM": one hearing named twice (once generically) is one setting.
  // A court holds one setting of a proceeding at a day and hour, so two sentences giving the same
  // ones name one — unless they name two proceedings ("Change of Plea Hearing is set for D T. Sentence
  // Without PSR set for D T": a plea and a sentencing, heard together).
  const head = typeHead;
  for (let i = 0; i < out.length; i++) {
    const h = out[i]!;
    if (h.change !== 'set' && h.change !== 'reset') continue;
    const later = out.some(
      (o, k) =>
        k > i &&
        o.change === h.change &&
        o.date === h.date &&
        o.source !== h.source &&
        ((h.time !== null &&
          o.time === h.time &&
          (h.type === 'hearing' || o.type === 'hearing' || head(h.type) === head(o.type))) ||
          (h.type === o.type && (!h.time || o.time === h.time))),
    );
    if (later) out.splice(i--, 1);
  }
  // One reading of the same words twice, once by the title's name ("Order Setting Hearing on Motion to
  // Dismiss … Hearing to be held on D at T": a motion hearing) and once generic: one hearing.
  for (let i = 0; i < out.length; i++) {
    const h = out[i]!;
    if (
      h.type === 'hearing' &&
      h.why?.words &&
      out.some(
        (o) =>
          o !== h &&
          o.type !== 'hearing' &&
          o.change === h.change &&
          o.date === h.date &&
          o.time === h.time &&
          o.why?.words === h.why!.words,
      )
    )
      out.splice(i--, 1);
  }
  // "…, scheduled for hearing on 6/12/06, is taken under submission. Accordingly, the hearing date is
  // vacated.": the undated words refer back to the setting already read as off.
  for (let i = 0; i < out.length; i++) {
    const h = out[i]!;
    if (
      h.change === 'cancelled' &&
      h.date === null &&
      out.some(
        (o) => o !== h && o.change === 'cancelled' && o.date && (o.type === h.type || h.type === 'hearing'),
      )
    )
      out.splice(i--, 1);
  }
  // "… is moved to 02:00 PM … ; final pretrial conf set for 2:00 2/22/05": CM/ECF's setting repeats
  // the move the minutes state; one hearing, moved.
  for (let i = 0; i < out.length; i++) {
    const h = out[i]!;
    if (
      h.change === 'set' &&
      out.some((o) => o.change === 'reset' && o.date === h.date && o.time === h.time && o.type === h.type)
    )
      out.splice(i--, 1);
  }
  // "moved the Court to adjourn the initial pretrial conference set for D1. The motion is granted.
  // The conference is adjourned to D2": the setting named as the one to move is off once the entry
  // moves a hearing to another day.
  if (ctx.cls.isCourtAct)
    for (const h of out) {
      if (h.change !== 'set' || !h.date || !h.source) continue;
      const at = h.why?.words ? h.source.indexOf(h.why.words.split(' ')[0]!) : -1;
      if (at < 0 || !TO_MOVE_BEFORE.test(h.source.slice(0, at))) continue;
      if (out.some((o) => o.change === 'reset' && o.date && o.date !== h.date)) h.change = 'cancelled';
    }
  // "Court set the matter for a status conference on 6/18/2009 at 09:00 AM … presence at the hearing
  // set for 6/18/09": the generic name, with no hour, is the same setting.
  for (let i = 0; i < out.length; i++) {
    const h = out[i]!;
    if (
      (h.change === 'set' || h.change === 'reset') &&
      h.type === 'hearing' &&
      !h.time &&
      out.some((o) => o !== h && o.change === h.change && o.date === h.date && o.type !== 'hearing')
    )
      out.splice(i--, 1);
  }
  // CM/ECF's closing "Initial Conference set for 3/30/2021 at 03:00 PM" restating the order's "the
  // initial pre-trial conference … is adjourned to March 30, 2021 at 3:00 p.m.": one hearing, moved.
  for (let i = 0; i < out.length; i++) {
    const h = out[i]!;
    if (
      h.change === 'set' &&
      h.time &&
      out.some((o) => o.change === 'reset' && o.date === h.date && o.time === h.time)
    )
      out.splice(i--, 1);
  }
  // "Motions [42][43] reset for hearing on D": each motion noticed for its own hearing, moved
  // together — one hearing per motion.
  for (let i = 0; i < out.length; i++) {
    const h = out[i]!;
    if ((h.re?.length ?? 0) < 2) continue;
    // (and a bankruptcy clerk's "Hearing to be held on D … for 30 and for 37": one hearing per motion)
    const each =
      (h.why?.rule === 'hearing-set-for-hearing' && /\bMotions\s+(?:\[\d+\]\s*){2,}/.test(h.source ?? '')) ||
      /\bfor\s+\d{1,5}(?:\s*,?\s*and\s+for\s+\d{1,5})+\s*[.,]?\s*(?:\(|$)/.test(h.source ?? '');
    if (!each) continue;
    const one = h.re!.map((r) => ({ ...h, re: [r] }));
    out.splice(i, 1, ...one);
    i += one.length - 1;
  }
  // "Hearing Rescheduled from 3/10/2027 (RE: …). Hearing scheduled for 3/24/2027": the title names the
  // old day; the hearing is off it (unless the new day is the same, a corrected printing).
  const fromTitle = RESCHEDULED_FROM_TITLE.exec(ctx.text);
  const oldDay = fromTitle ? readDate(fromTitle[1]!, ctx.dateFiled) : null;
  const movedTo = out.find((h) => h.change === 'reset' && h.date);
  if (fromTitle && oldDay && movedTo && movedTo.date !== oldDay && !out.some((h) => h.date === oldDay))
    out.push({
      type: movedTo.type,
      change: 'cancelled',
      date: oldDay,
      time: null,
      source: fromTitle[0],
      why: { rule: 'hearing-moved-from', words: fromTitle[0], confidence: 0.8 },
    });
  for (const e of movedEach) {
    const moved = out.find((h) => h.why?.rule === 'hearing-moved-from-to' && h.source === e.source);
    if (!moved) continue;
    for (let k = 0; k < e.count; k++) {
      if (k > 0) out.push({ ...moved });
      out.push({
        type: moved.type,
        change: 'cancelled',
        date: e.from,
        time: e.time,
        source: e.source,
        why: { rule: 'hearing-moved-from', words: e.source.slice(0, 160), confidence: 0.8 },
      });
    }
  }
  // "set for D1 is reset to D2": the new setting first, so a reader of the docket in order moves
  // the hearing (and what is counted from it) before the old date is struck.
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (
      a.change === 'cancelled' &&
      a.date &&
      b.change === 'reset' &&
      a.type === b.type &&
      a.source === b.source
    ) {
      out[i] = b;
      out[i + 1] = a;
      i++;
    }
  }
  return offOnce(
    heldOnce(movedOnce(hearingDispositions(ctx.text, ctx.dateFiled, ctx.cls.kind, out)), ctx.dateFiled),
  );
}

/**
 * "Motion Hearing held on 6/11/2025 re [26] …. Argument heard.", "… Motion to Dismiss - TAKEN UNDER
 * ADVISEMENT. Arguments heard.": a sentence that gives no day of its own and says only that argument
 * was heard tells of the proceeding the entry records held that day, not of a second one.
 */
/** The proceeding a hearing type names ("motion_hearing", "status_conference": hearing, conference). */
function typeHead(type: string): string {
  return (
    type
      .split('_')
      .map((w) => w.replace(/^(?:tele|video)(?=conference)/, ''))
      .find((w) =>
        /^(?:hearing|conference|trial|argument|arraignment|sentenc\w*|appearance|call|selection|meeting)$/.test(
          w,
        ),
      ) ?? type
  );
}

/**
 * One move told twice: "Disposition of Hearing: CONTINUED TO 1/20/2010 … Hearing scheduled for 1/20/2010
 * at 09:30 AM", "Hearing Rescheduled from D … Hearing scheduled for D at T" — the disposition names the
 * move without the hour, CM/ECF's closing line restates it with the hour. One hearing: the hour's
 * reading stays, with the disposition's name of the proceeding and its motions. Two motions' hearings
 * (each its own `re`) stay two.
 */
function movedOnce(found: HearingFinding[]): HearingFinding[] {
  const out = found.map((h) => ({ ...h }));
  for (let i = 0; i < out.length; i++) {
    const h = out[i]!;
    if ((h.change !== 'set' && h.change !== 'reset') || !h.date || h.time) continue;
    const timed = out.find(
      (o) =>
        o !== h &&
        o.change === h.change &&
        o.date === h.date &&
        o.time &&
        (o.type === 'hearing' || typeHead(o.type) === typeHead(h.type)) &&
        !(o.re?.length && h.re?.length && o.re.join() !== h.re.join()),
    );
    if (!timed) continue;
    if (timed.type === 'hearing') timed.type = h.type;
    if (!timed.re?.length && h.re?.length) {
      timed.re = h.re;
      if (h.reFromEntry) timed.reFromEntry = h.reFromEntry;
    }
    out.splice(i--, 1);
  }
  return out;
}

/**
 * One hearing taken off, told twice: "HEARING CANCELLED. Amended Notice of Agenda … Hearing scheduled for
 * D" reads an undated cancellation and the dated one; the undated one of the same event is the same.
 */
function offOnce(found: HearingFinding[]): HearingFinding[] {
  const head = (type: string) => type.split('_').at(-1);
  return found.filter(
    (h) =>
      !(
        h.change === 'cancelled' &&
        !h.date &&
        found.some((o) => o !== h && o.change === 'cancelled' && o.date && head(o.type) === head(h.type))
      ),
  );
}

/** The hours a proceeding sat, after "held": "12:09 PM to 12:18 PM", "from 9:02 a.m. - 9:40 a.m.". */
const HELD_HOURS = new RegExp(`^\\s*(?:from\\s+)?(${TIME})\\s*(?:to|until|-|–)\\s*(?:${TIME})`, 'i');

/**
 * One proceeding told twice in minutes: "Initial Appearance … held on 2/6/2017. … Hearing held 12:09 PM to
 * 12:18 PM." — the closing line gives no day and no name of its own, only the hours the proceeding the
 * minutes name sat: one held hearing, at its first hour.
 */
function heldOnce(found: HearingFinding[], dateFiled: string): HearingFinding[] {
  const out = found.map((h) => ({ ...h }));
  return out.filter((h) => {
    if (h.change !== 'held' || datedSentence(h.source ?? '', dateFiled)) return true;
    const named = out.find(
      (o) =>
        o !== h &&
        o.change === 'held' &&
        o.date === h.date &&
        (h.why?.rule === 'hearing-clause'
          ? o.why?.rule !== 'hearing-clause'
          : datedSentence(o.source ?? '', dateFiled)),
    );
    if (!named || (h.why?.rule !== 'hearing-clause' && h.type !== 'hearing')) return true;
    if (h.time && !named.time) named.time = h.time;
    return false;
  });
}

/** Whether a sentence gives a day of its own. */
function datedSentence(sentence: string, dateFiled: string): boolean {
  return scanTemporals(sentence, dateFiled).some((x) => x.type === 'date');
}

/** Words by which a hearing's sentence names the paper it is about ("argument on the motion"). */
const NAMES_A_MOTION = /\b(?:motions?|applications?|petitions?|requests?)\b/i;

/**
 * The motions a hearing is about: those its sentence names, else — for a "Motion Hearing" or the
 * "argument on the motion" — the motions the entry names; `reFromEntry` when the sentence names no
 * motion at all ("The Court will hear argument on March 24, 2025 at 10:00 a.m."): a guess.
 */
function hearingRefs(
  ctx: EntryContext,
  type: string,
  sentence: string,
  sentenceRefs: number[],
): Pick<HearingFinding, 're' | 'reFromEntry'> {
  if (sentenceRefs.length > 0) return { re: sentenceRefs };
  // A bankruptcy clerk's closing "Hearing to be held on D at T Courtroom B for 12": the motion heard, by number.
  // "… Courtroom 1825 for 30 and for 37": each motion heard, by number.
  const heard = HEARD_FOR_NUMBER.exec(sentence);
  if (heard) return { re: [heard[1]!, ...(heard[2]?.match(/\d{1,5}/g) ?? [])].map(Number) };
  if ((type !== 'motion_hearing' && type !== 'oral_argument') || ctx.motionRefs.length === 0) return {};
  return NAMES_A_MOTION.test(sentence) ? { re: ctx.motionRefs } : { re: ctx.motionRefs, reFromEntry: true };
}

/** A title naming the day a hearing was moved from: "Hearing Rescheduled from D", "Conference Continued from D". */
const RESCHEDULED_FROM_TITLE = new RegExp(
  `^\\W*(?:[A-Z][\\w'-]*\\s+){0,3}?(?:Hearing|Conference|Trial|Meeting(?:\\s+of\\s+Creditors)?)\\s+(?:Rescheduled|Continued|Adjourned|Reset)\\s+from\\s+(${DATE_START})`,
  'i',
);
const RELATES_TO_A_MOTION = /\(\s*(?:RE:?\s*)?related\s+documents?(?:\(s\))?\s*:?\s*(?:\d{1,5}\s+)?Motion\b/i;
const HEARD_FOR_NUMBER =
  /\b(?:to\s+be\s+held|scheduled)\s+(?:on|for)\s+[^;]{0,120}?\s+for\s+(\d{1,5})((?:\s*,?\s*and\s+for\s+\d{1,5})*)\s*[.,]?\s*(?:\(|$)/;

/** "to the extent it set …", "insofar as the order scheduled …": a part of another order, named. */
const WHAT_IT_SET =
  /\b(?:to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as)\s+(?:that\s+)?(?:it|the\s+(?:[\w-]+\s+)?order)\s+(?:set|sets|scheduled|schedules|setting|scheduling)\b[^;.]*/gi;

/** Kinds where a party speaks: its dates are proposals unless CM/ECF's own setting words stand in it. */
const PARTY_KINDS = new Set(['motion', 'response', 'reply', 'stipulation', 'status_report', 'pleading']);

/**
 * The clause grammar (`hearing-clauses.ts`) over one sentence, beside the named readings above:
 * what it reads that they did not — a sentence they found nothing in, and the old day of a move
 * ("previously set for D1 has been continued to D2": D1 off). Only where the court or its clerk
 * speaks; a party's words propose.
 */
function clauseHearings(ctx: EntryContext, sentence: string, already: HearingFinding[]): HearingFinding[] {
  if (PARTY_KINDS.has(ctx.cls.kind) || CONDITIONAL.test(sentence)) return [];
  // "… (ECF No. 33) is WITHDRAWN insofar as it set a status conference for January 9, 2029": what
  // another order set, named to take it back, sets nothing (blanked, the sentence's offsets kept).
  // The utility event's name ("Set Deadlines/Hearings:", "Set/Reset Deadlines and Hearings as to X:")
  // is the entry's title, no event of a clause: "… Hearings: Dispositive Motion Deadline set for D"
  // sets a deadline, not a hearing (blanked too, offsets kept).
  const readings = readClauses(
    sentence
      .replace(WHAT_IT_SET, (m) => ' '.repeat(m.length))
      .replace(DOCKET_EVENT_TITLE, (m) => ' '.repeat(m.length)),
    ctx.dateFiled,
    sentence,
  );
  const mine = already.filter((h) => h.source === sentence);
  const out: HearingFinding[] = [];
  for (const r of readings) {
    if (r.lifecycle === 'held' && !RECORDS_PROCEEDINGS.has(ctx.cls.kind)) continue;
    // "CANCELLED: Status Conference set for 3/4/2019": the docket event marked cancelled.
    if ((r.lifecycle === 'set' || r.lifecycle === 'reset') && CANCELLED_MARK.test(ctx.text)) {
      r.lifecycle = 'cancelled';
      r.from = null;
    }
    // "ORDER THAT A STATUS CONFERENCE … WILL BE HELD": "that" opens the court's clause, it is no part of the hearing's name.
    const type = hearingType(
      r.event.replace(/^(?:that\s+)?(?:(?:the|a|an)\s+)?/i, ''),
      ctx.motionRefs.length > 0,
    );
    const why = {
      rule: 'hearing-clause',
      words: r.words.slice(0, 160),
      confidence: r.unsure ? 0.5 : 0.8,
      ...(r.unsure ? { doubts: [r.unsure] } : {}),
    };
    // A clause none of the named readings accounts for: none of them has its day or its old day
    // ("Final Pretrial Conference has been continued from D1 to D2 Jury Selection/Trial has been
    // continued from D3 to D4": the second move, when only the first was read).
    const untouched = (d: string) => !already.some((h) => h.date === d) && !out.some((h) => h.date === d);
    if (mine.length === 0 || (r.date && untouched(r.date) && (!r.from || untouched(r.from.date)))) {
      // "Oral Argument held … on 4/30/2025 re [20]. Argument heard and motion taken under
      // advisement.": the second sentence tells the same hearing held again, not a second one.
      const told = (h: HearingFinding) => h.type === type && h.change === r.lifecycle && h.date === r.date;
      if (!r.from && (already.some(told) || out.some(told))) continue;
      out.push({
        type,
        change: r.lifecycle,
        date: r.date,
        time: r.time,
        ...hearingRefs(ctx, type, sentence, relatedEntries(sentence)),
        source: sentence,
        why,
      });
      if (r.from)
        out.push({ type, change: 'cancelled', date: r.from.date, time: r.from.time, source: sentence, why });
      continue;
    }
    // A move the grammar reads whole ("currently scheduled for D1, is CONTINUED until D2", "previously
    // scheduled for D1 is CONVERTED to a telephone conference and MOVED to D2") where a named reading
    // stopped at the participle and took D1 for a setting: D1 is the day the hearing leaves, D2 its
    // new day — one hearing moved, never a second one set.
    // (So is "previously set for D1, is now set for D2", where the named readings took both days for settings.)
    const newDaySet = mine.filter((h) => h.date === r.date && h.change === 'set');
    if (
      r.lifecycle === 'reset' &&
      r.from &&
      r.date &&
      mine.every((h) => h.date !== r.date || newDaySet.includes(h)) &&
      // (or took the old day for a setting struck, its new day unread: "… is reset to Friday at 10:00 a.m.")
      mine.some((h) => h.date === r.from!.date && h.change !== 'held')
    ) {
      for (const h of newDaySet) already.splice(already.indexOf(h), 1);
      out.push({
        type,
        change: 'reset',
        date: r.date,
        time: r.time,
        ...hearingRefs(ctx, type, sentence, relatedEntries(sentence)),
        source: sentence,
        why,
      });
      // The old day struck after the new one is set, so a reader of the docket in order moves the
      // hearing (and what is counted from it) before striking its old day.
      for (const h of mine)
        if (h.date === r.from.date && (h.change === 'set' || h.change === 'reset')) {
          h.change = 'cancelled';
          h.why = { ...why, rule: 'hearing-clause-overrules' };
          already.splice(already.indexOf(h), 1);
          out.push(h);
        }
      continue;
    }
    // The same move to another hour of its day ("set for 02/22/2005 10:00 AM is moved to 02:00 PM"):
    // the setting named at its old hour is the one moved.
    // "… ADVANCED from 1:30 p.m. to 9:00 a.m. on the same date": the old hour named, the day the same.
    const sameDay = r.from !== null && r.from.date === r.date;
    const oldHour =
      r.lifecycle === 'reset' && (!r.from || sameDay) && r.date && r.time
        ? mine.find(
            (h) =>
              h.date === r.date &&
              h.change === 'set' &&
              (sameDay ? h.time !== r.time : h.time && h.time !== r.time),
          )
        : undefined;
    if (oldHour) {
      oldHour.change = 'reset';
      oldHour.time = r.time;
      oldHour.why = { ...why, rule: 'hearing-clause-overrules' };
      continue;
    }
    // The old day of a move the named readings read as the new day only.
    if (
      r.from &&
      mine.some((h) => h.date === r.date && (h.change === 'reset' || h.change === 'set')) &&
      !already.some((h) => h.date === r.from!.date)
    )
      out.push({ type, change: 'cancelled', date: r.from.date, time: r.from.time, source: sentence, why });
    // Two readings of one clause that disagree on what happens on its day ("the status conference
    // currently scheduled for D is adjourned sine die": set, or off?; "Detention Hearing … not held
    // on D": held, or off?): the grammar reads the whole clause — its "not", its finite verb after a
    // participle, its undated complement — where a named reading stopped at the first verb, so the
    // grammar's lifecycle stands.
    else if (r.date && !carries(mine, r))
      for (const h of mine)
        if (h.date === r.date) {
          h.change = r.lifecycle;
          h.why = { ...why, rule: 'hearing-clause-overrules' };
        }
    // "The motion hearing on [4] shall be held instead on D2", "will now commence at T on D2": the
    // grammar reads the setting moved where a named reading stopped at "held on D2" and set it —
    // unless another clause of the sentence sets that day ("… is adjourned to March 30, 2021 at 3:00
    // p.m. Initial Conference set for 3/30/2021 at 03:00 PM": CM/ECF's closing line restating it). The
    // hour is the grammar's where the named reading found none ("set for 6/8/2017 is advanced to 8:15 AM
    // on that date": the same day, a new hour).
    if (
      r.lifecycle === 'reset' &&
      r.date &&
      !readings.some((o) => o.date === r.date && o.lifecycle === 'set')
    )
      for (const h of mine)
        if (h.date === r.date && h.change === 'set' && (!h.time || !r.time || h.time === r.time)) {
          h.change = 'reset';
          h.time ??= r.time;
          h.why = { ...why, rule: 'hearing-clause-overrules' };
        }
  }
  return out;
}

/**
 * A setting converted into another kind of proceeding on its day (`conversions`): the sentence's
 * other readings of that day (the old setting "set for D", or "VACATED" read as taken off) give way
 * to the conversion — the new name set on that day first, then the old one struck, which the record
 * reads as one sitting renamed, never a hearing cancelled. A change of form only ("the in-person
 * hearing … is converted to a video hearing") leaves the sitting as it was.
 */
function convertedHearings(ctx: EntryContext, sentence: string, out: HearingFinding[]): void {
  for (const c of conversions(sentence, ctx.dateFiled)) {
    const [from, to] = [hearingType(c.from, false), hearingType(c.to, false)];
    for (let i = out.length - 1; i >= 0; i--)
      if (out[i]!.source === sentence && out[i]!.date === c.date) out.splice(i, 1);
    const why = { rule: 'hearing-converted', words: sentence.slice(0, 160), confidence: 0.85 };
    const refs = hearingRefs(ctx, to, sentence, relatedEntries(sentence));
    if (headOf(from) === headOf(to) && kindsOf(to).every((w) => kindsOf(from).includes(w))) {
      out.push({ type: from, change: 'set', date: c.date, time: c.time, ...refs, source: sentence, why });
      continue;
    }
    out.push(
      { type: to, change: 'set', date: c.date, time: c.time, ...refs, source: sentence, why },
      { type: from, change: 'cancelled', date: c.date, time: c.oldTime, source: sentence, why },
    );
  }
}
/** A hearing type's head noun and its other words, without words of form ("video", "telephonic"). */
const FORM_WORDS = /^(?:in|person|in-person|video|videoconference|telephone|telephonic|zoom|remote|virtual)$/;
const headOf = (type: string) => type.split('_').at(-1);
const kindsOf = (type: string) =>
  type
    .split('_')
    .slice(0, -1)
    .filter((w) => !FORM_WORDS.test(w));

/** Whether the findings of a sentence carry a clause's day with its lifecycle (a set and a reset agree). */
function carries(found: HearingFinding[], r: { date: string | null; lifecycle: string }): boolean {
  const moving = (c: string) => (c === 'set' || c === 'reset' || c === 'duplicate' ? 'set' : c);
  return found.some((h) => h.date === r.date && moving(h.change) === moving(r.lifecycle));
}

/**
 * Each match of `re` in a sentence read as one hearing setting: its `noun` group (or `how.noun`),
 * `how.verb`, and its `tail` group after `joiner` ("set for D", "reset to D").
 */
function settingsMatched(
  sentence: string,
  re: RegExp,
  rule: string,
  joiner: 'for' | 'on' | 'to',
  how: { verb: string | ((m: RegExpExecArray) => string); noun?: string | ((m: RegExpExecArray) => string) },
): { noun: string; verb: string; tail: string; index: number; rule: string }[] {
  const { verb, noun } = how;
  return [...sentence.matchAll(re)].map((m) => ({
    noun: noun === undefined ? m.groups!.noun! : typeof noun === 'string' ? noun : noun(m),
    verb: typeof verb === 'string' ? verb : verb(m),
    tail: ` ${joiner} ${m.groups!.tail ?? ''}`,
    index: m.index,
    rule,
  }));
}

// ---------------------------------------------------------------------------------------------
// Stays and injunctions

/** The motion an order decides, as the words after "GRANTING" / "DENYING" in its title. */
function decidedMotion(text: string): Decision | null {
  const m =
    /\b(GRANT(?:ING|ED)?|Grant(?:ing|ed)?|granting|granted|DENY(?:ING)?|DENIED|Deny(?:ing)?|Denied|denying|denied)\b(?<inpart>\s+in\s+part)?(?<phrase>[^.]{0,240})/.exec(
      text.slice(0, 600),
    );
  if (!m) return null;
  const verb = /^(?:grant)/i.test(m[1]!) ? (m.groups?.inpart ? 'granted_in_part' : 'granted') : 'denied';
  const phrase = m.groups?.phrase ?? '';
  return { verb, phrase, ...(verb === 'denied' && MOOT_NEXT.test(phrase) ? { moot: true } : {}) };
}

/**
 * A ruling of an order on a motion: its verb, the words naming the motion, and whether it was
 * denied as moot (which decides nothing about the relief the motion asked for).
 */
interface Decision {
  verb: 'granted' | 'denied' | 'granted_in_part';
  phrase: string;
  moot?: true;
}
/** "denying as moot [3] Motion …", "DENIED AS MOOT": the words right after the verb. */
const MOOT_NEXT = /^\s*,?\s*(?:as|AS|As)\s+(?:moot|MOOT|Moot)\b/;

/** Each ruling verb of an order's title with the words it governs, up to the next verb. */
function decisionsIn(text: string): Decision[] {
  const head = text.slice(0, 600);
  const verbs = [
    ...head.matchAll(
      /\b(GRANT(?:ING|ED)?|Grant(?:ing|ed)?|granting|granted|DENY(?:ING)?|DENIED|Deny(?:ing)?|Denied|denying|denied)\b(\s+(?:in|IN|In)\s+(?:part|PART|Part))?/g,
    ),
  ];
  return verbs.map((m, i) => {
    const end = Math.min(verbs[i + 1]?.index ?? head.length, m.index + m[0].length + 240);
    const phrase = head.slice(m.index + m[0].length, end).split('.')[0]!;
    // "Granting in part and denying in part the motion": one partial grant, whichever verb comes first.
    const prev = verbs[i - 1];
    const pairedWith =
      prev?.[2] &&
      m[2] &&
      /^\s*(?:,|and|&)?\s*$/i.test(head.slice(prev.index + prev[0].length, m.index)) &&
      prev;
    const partial = Boolean(
      m[2] &&
        (pairedWith ||
          /^\s*(?:,|and|&)\s*(?:GRANT|DENY|Grant|Deny|grant|deny)\w*\s+in\s+part\b/.test(phrase)),
    );
    const verb = partial
      ? 'granted_in_part'
      : /^grant/i.test(m[1]!)
        ? m[2]
          ? 'granted_in_part'
          : 'granted'
        : 'denied';
    return { verb, phrase, ...(verb === 'denied' && MOOT_NEXT.test(phrase) ? { moot: true as const } : {}) };
  });
}

/**
 * The passive ruling of an order's own words, the motion named before its verb: "Plaintiff's motion
 * for a temporary restraining order (ECF No. 2) is GRANTED", "The [2] motion for preliminary
 * injunction is GRANTED IN PART", "the application … is hereby DENIED". The phrase is the motion's
 * name, as `decisionsIn` gives the words after an active "GRANTING".
 */
function passiveDecisions(text: string): Decision[] {
  const out: Decision[] = [];
  for (const m of text.matchAll(PASSIVE_RULING)) {
    const verb = /^den/i.test(m.groups!.verb!) ? 'denied' : m.groups!.inpart ? 'granted_in_part' : 'granted';
    const moot = verb === 'denied' && MOOT_NEXT.test(text.slice(m.index + m[0].length));
    out.push({ verb, phrase: m.groups!.motion!, ...(moot ? { moot: true as const } : {}) });
  }
  return out;
}
const PASSIVE_RULING =
  /\b(?<motion>(?:[Mm]otion|MOTION|[Aa]pplication|APPLICATION|[Rr]equest|[Pp]etition)\b(?:[^.;]|\b(?:Nos?|Dkt|Doc)\.\s*(?=\d)){0,200}?)\s+(?:is|are|be|was)\s+(?:hereby\s+)?(?<verb>GRANTED|[Gg]ranted|DENIED|[Dd]enied|ALLOWED|[Aa]llowed(?!\s+to\b))\b(?<inpart>,?\s+(?:in|IN|In)\s+(?:part|PART|Part))?/g;

const STAY_WORD =
  /\bSTAY(?:ED|ING|S)?\b|\bStay(?:ed|ing|s)?\b|\bstay(?:ed|ing|s)?\b|\b(?:ABEYANCE|[Aa]beyance)\b|\b(?:ABATE(?:D|MENT)|[Aa]bate(?:d|ment))\b/;

/**
 * "Briefing … is HELD IN ABEYANCE pending …", "the case is placed in abeyance", "briefing in this
 * appeal is ABATED pending completion of the court's mediation program" (the Tenth Circuit's word):
 * the court pauses what it names, as a stay does (a stay of that, which protects nobody); "the
 * abeyance is LIFTED", "the abatement is lifted" ends it.
 */
const IN_ABEYANCE =
  /\b(?:is|are|be|shall\s+be|hereby|remains?)\s+(?:hereby\s+)?(?:HELD|held|PLACED|placed|KEPT|kept)\s+(?:IN|in)\s+(?:ABEYANCE|abeyance)\b|\b(?:HOLDS?|holds?|PLACES|places)\s+(?:this|the)\s+[\w\s]{0,40}?\b(?:in|IN)\s+(?:ABEYANCE|abeyance)\b|\b(?:[Bb]riefing|BRIEFING|[Bb]riefs?|[Aa]ppeal|APPEAL|[Pp]roceedings?|PROCEEDINGS)\b[^.;]{0,60}?\b(?:is|are|be|shall\s+be)\s+(?:hereby\s+)?(?:ABATED|abated)\b/;
const ABEYANCE_LIFTED =
  /(?<!\b(?:until|unless|when|once|after|before|UNTIL)\s+(?:the\s+|THE\s+)?)\b(?:abeyance|ABEYANCE|abatement|ABATEMENT)\b[^.;]{0,40}?\b(?:is|are)\s+(?:hereby\s+)?(?:LIFTED|lifted|ENDED|ended|TERMINATED|terminated|VACATED|vacated)\b|\b(?:LIFT(?:S|ING|ED)?|[Ll]ift(?:s|ing|ed)?)\s+(?:the\s+)?(?:abeyance|ABEYANCE|abatement|ABATEMENT)\b|\b(?:no\s+longer|NO\s+LONGER)\s+(?:held\s+)?in\s+abeyance\b/;

/**
 * Whom a stay is between, when it is not the whole case: "deadlines … as between Pherah LLC and
 * Zoho Corporation are stayed", "as to Plaintiff and Defendant Asana, Inc. (6:15-cv-1070)".
 */
function stayParties(text: string): string | null {
  const m =
    /\bas\s+(?:between|to)\s+((?:[A-Z][\w.&,'-]*|d\/b\/a|and|of|the|[A-Z]\.)(?:\s+(?:[A-Z][\w.&,'-]*|d\/b\/a|and|of|the|[A-Z]\.|\([^)]{0,40}\)))*?)\s+(?:(?:are|is)\s+(?:hereby\s+)?(?:further\s+)?(?:STAYED|stayed)|shall\s+be\s+stayed)\b/.exec(
      text,
    );
  if (!m) return null;
  const who = m[1]!
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\bDefendants?\s+/g, '')
    .trim();
  return /\band\b/.test(who) ? `between ${who}` : `as to ${who}`;
}

/**
 * The court's relief as what a stay stays: "The preliminary injunction entered October 29, 2030 is
 * stayed pending appeal insofar as it bars the removal of class members …", "the district court's
 * order is STAYED", "stay of the injunction". Staying an order that bars removal lifts that bar: it
 * is never a stay of removal, whatever the removal the order's words go on to name.
 */
const RELIEF_STAYED =
  /^(?:[^,;]{0,40}?\b)?(?:(?:preliminary|permanent)\s+injunction|injunction|temporary\s+restraining\s+order|restraining\s+order|TRO|(?:consent\s+)?decree|(?:district|lower|trial)\s+court['’]s\s+(?:[\w-]+\s+){0,3}?(?:order|judgment|injunction))\b/i;

function reliefStayed(object: string | null): string | null {
  if (
    !object ||
    /\b(?:remov|deport)/i.test(object.split(/\b(?:injunction|order|TRO|decree|judgment)\b/i)[0]!)
  )
    return null;
  if (!RELIEF_STAYED.test(object)) return null;
  return /\bpreliminary\s+injunction\b/i.test(object)
    ? 'the preliminary injunction pending appeal'
    : 'pending appeal';
}

/** The relief a sentence of `text` stays as the subject of "is stayed", when one does (`reliefStayed`). */
function reliefStayedIn(text: string): string | null {
  for (const s of sentences(text)) {
    if (NEGATED.test(s)) continue;
    const m =
      /^(?:[^:]{0,40}:\s*)?([^;:]{1,160}?)\s+(?:is|are|be|shall\s+be)\s+(?:hereby\s+)?(?:(?:further|temporarily|administratively|also|now|partially)\s+)?(?:STAYED|[Ss]tayed)\b/.exec(
        s,
      );
    const relief = reliefStayed(m?.[1] ?? null);
    if (relief) return relief;
  }
  return null;
}

function stayWhat(text: string): string | null {
  const object = stayedObject(text);
  const relief = reliefStayed(object) ?? reliefStayedIn(text);
  if (relief) return relief;
  // "discovery and all further proceedings on the merits are STAYED": the broader names the stay.
  const base =
    (object &&
    /\ball\s+(?:further\s+|other\s+)?proceedings\b|\bproceedings\s+on\s+the\s+merits\b|\bmerits\s+proceedings\b/i.test(
      object,
    )
      ? 'proceedings'
      : null) ??
    stayScope(object ?? text) ??
    stayScope(text);
  // The rest of the words may say more of the same thing ("the stay of removal is expanded …
  // Motion to Expand Order Staying Removal to Protect Nationwide Class": removal of class members).
  const whole = stayScope(text);
  const said = base && whole && whole !== base && whole.startsWith(base) ? whole : base;
  const parties = stayParties(text);
  return parties ? `${said ?? 'proceedings'} ${parties}` : said;
}

/**
 * What a stay's words stay, by their grammar: the subject of "is (are) STAYED" ("all further
 * proceedings on the merits of the petition are STAYED pending the First Circuit's resolution of
 * …"), or the object of "stay of" / "STAYS" ("the stay of merits proceedings is LIFTED", "The Court
 * STAYS discovery"). What the stay waits for ("pending appeal", "until …") is not what it stays:
 * a stay of proceedings pending appeal pauses the proceedings, not a ruling. `null` when the words
 * name no object.
 */
export function stayedObject(text: string): string | null {
  const subject =
    /(?:^|[,;:]\s*|\b(?:that|and)\s+)([^,;:]{0,160}?)\s+(?:is|are|be|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:(?:further|temporarily|administratively|immediately|also|now)\s+)?(?:STAYED|[Ss]tayed)\b/.exec(
      text,
    );
  if (subject?.[1] && /\w/.test(subject[1])) return subject[1];
  const object =
    /\b(?:[Ss]tay(?:ing)?\s+of|STAY(?:ING)?\s+OF|STAYS|[Ss]tays(?=\s+(?:this|the|all)\b)|STAYING|[Ss]taying(?=\s+(?:this|the|all)\b))\s+([^,;.]{1,120}?)(?=\s+(?:is|are|was|pending|until|through|for|during|shall|as\s+to)\b|[,;.]|$)/.exec(
      text,
    );
  return object?.[1] ?? null;
}

function stayScope(text: string): string | null {
  if (/\bremov/i.test(text)) return /\bclass\b/i.test(text) ? 'removal of class members' : 'removal';
  if (/\bpreliminary\s+injunction\b.*\bpending\s+appeal\b/i.test(text))
    return 'the preliminary injunction pending appeal';
  if (/\bpending\s+appeal\b/i.test(text)) return 'pending appeal';
  if (/\bdeadlines\b/i.test(text)) return 'deadlines';
  if (/\bdiscovery\b/i.test(text)) return 'discovery';
  if (/\bexecution\b/i.test(text)) return 'execution of judgment';
  if (/\bbriefing\b/i.test(text)) return 'briefing';
  if (/\b(?:case|action|proceedings|litigation|matter)\b/i.test(text)) return 'proceedings';
  return null;
}

/**
 * A party commanded by the order, in words other than "enjoined": "shall not remove", "are ORDERED
 * to keep", "are ORDERED not to transfer", "is prohibited from". What an injunction or a no-removal
 * order tells a party to do or not to do.
 */
const COMMANDS =
  /\b(?:shall|will|may|must)\s+not\s+(?:be\s+permitted\s+to\s+)?[a-z]+|\b(?:is|are)\s+(?:hereby\s+)?(?:ORDERED|[Oo]rdered|DIRECTED|[Dd]irected)\s+(?:not\s+to|to)\b|\b(?:is|are)\s+(?:hereby\s+)?(?:PROHIBITED|prohibited|BARRED|barred)\s+from\b/;

/** A command whose term comes first: "until 11:59 p.m. on June 25, 2027, the defendants must …", "Through July 2, Respondents shall …". */
const TERM_FIRST_COMMAND =
  /(?:^|\bthat\s+|[:;]\s*)\W*(?:until|through)\s+[^.;]{3,80}?,\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:shall|must|are\s+to|is\s+to)\b/i;

/** "fourteen (14) days from its entry" in a sentence about this order: counted from this entry. */
const ITS_ENTRY = /^(?:its\s+|the\s+date\s+of\s+(?:its\s+)?)?(?:entry|issuance)$/i;

/**
 * A sentence that states the order's own term, apart from the sentence that grants or enjoins:
 * "This Order shall expire on April 11, 2025 at 5:00 p.m.", "This Order shall remain in effect for
 * fourteen (14) days from its entry", "The TRO expires 14 days after entry unless extended", "The
 * restraint in paragraph 2 lapses at 5:00 p.m. Central Time on March 31, 2028" (D. Minn.).
 */
const OWN_TERM =
  /^\W*(?:(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)?(?:(?:Pursuant\s+to|Under|As\s+required\s+by|Consistent\s+with|In\s+accordance\s+with)\b[^;]{0,80}?,\s+)?(?:This|The|Such|Said|That|this|the)\s+(?:[\w-]+\s+){0,3}?(?:Order|order|TRO|[Ii]njunction|[Rr]estraining\s+[Oo]rder|[Rr]estraints?|[Pp]rohibitions?|[Rr]elief|[Dd]ecree|(?<=[Cc]onsent\s)[Jj]udgment)\b(?:\s+\[\d+\])?(?:[^.;()]|\((?:[^().;]|\b(?:Doc|Dkt|ECF|No)\.){1,30}\)){0,50}?\b(?:(?:shall|will|is\s+to)\s+(?:automatically\s+)?(?:expire|terminate|dissolve|lapse|remain\s+in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?|be\s+in\s+(?:full\s+)?(?:force|effect))|expires?|terminates?|lapses?|dissolves|remains?\s+in\s+(?:full\s+)?(?:force|effect))\b/;

/**
 * A term sentence whose subject is an instrument the parties agreed to ("This Decree shall remain in
 * effect for three years", "The Settlement Agreement shall terminate on …", "The Consent Judgment
 * expires …"): the instrument's term, never an injunction's or a TRO's the same entry names.
 */
const INSTRUMENT_SUBJECT =
  /^\W*(?:(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)?(?:[^.;]{0,80}?,\s+)?(?:This|The|Such|Said|That|this|the)\s+(?:[\w-]+\s+){0,3}?(?:[Dd]ecree|[Cc]onsent\s+[Jj]udgment|[Ss]ettlement|Agreement)\b/;

/**
 * The order defines the day its instrument takes effect as the day of its entry: "The Effective Date
 * of this Decree is the date of its entry by the Court", "This Decree shall be effective upon entry",
 * "the Effective Date, which is the date of entry". A term counted "from the Effective Date" is then
 * counted from the entry; otherwise that day is not known and the term is not dated.
 */
const EFFECTIVE_ON_ENTRY =
  /\bEffective\s+Date\b[^.;]{0,60}?\b(?:is|shall\s+be|will\s+be|means|which\s+is)\s+(?:the\s+(?:date|day)\s+(?:of|on\s+which)\s+(?:(?:its|the|this\s+\w+['’]s)\s+)?(?:entry|the\s+Court\s+enters)|the\s+date\s+(?:this|the)\s+(?:Decree|Order|Judgment)\s+is\s+entered)|\b(?:Decree|Judgment|Order)\s+(?:shall\s+be(?:come)?|is|becomes)\s+effective\s+(?:up)?on\s+(?:its\s+|the\s+date\s+of\s+(?:its\s+)?)?entry\b/i;

/** "The Effective Date of this Decree is March 20, 2031", "the Effective Date shall be July 1, 2031": that day (group 1). */
const EFFECTIVE_ON_DAY =
  /\bEffective\s+Date\b(?:\s+of\s+(?:this|the)\s+(?:Consent\s+)?(?:Decree|Order|Judgment|Agreement))?\s+(?:is|shall\s+be|will\s+be)\s+((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},\s+\d{4})/;

/**
 * A sentence read with "the Effective Date" as the day the order defines it to be: its entry
 * (`EFFECTIVE_ON_ENTRY`) or a day it names (`EFFECTIVE_ON_DAY`); as written otherwise.
 */
function effectiveAsEntry(sentence: string, text: string): string {
  const day = EFFECTIVE_ON_DAY.exec(text)?.[1];
  const as = EFFECTIVE_ON_ENTRY.test(text)
    ? 'the date of entry'
    : day
      ? `the Effective Date of ${day}`
      : null;
  return as
    ? sentence.replace(
        /\b(?:the\s+)?Effective\s+Date(?:\s+of\s+(?:this|the)\s+(?:Consent\s+)?(?:Decree|Order|Judgment|Agreement))?\b(?!\s+(?:of|is)\b)/g,
        as,
      )
    : sentence;
}

/**
 * The last day (or event) an order gives its own term, in a sentence of its own (`OWN_TERM`); `null`
 * when it gives none. A term belongs to the instrument that states it: relief (`of: 'relief'`) takes
 * no term whose subject is a decree or a settlement; a decree (`of: 'instrument'`) takes its own
 * first, else the order's.
 */
function ownTerm(text: string, ctx: EntryContext, of: 'relief' | 'instrument' = 'relief'): string | null {
  const terms = sentences(text)
    .filter((s) => OWN_TERM.test(s) && !NEGATED.test(s))
    .map((s) => ({ instrument: INSTRUMENT_SUBJECT.test(s), e: expiryIn(effectiveAsEntry(s, text), ctx) }))
    .filter((t) => t.e.expires || t.e.until);
  const pick =
    of === 'relief'
      ? terms.find((t) => !t.instrument)
      : (terms.find((t) => t.instrument) ?? terms.find((t) => !t.instrument));
  return pick ? (pick.e.expires ?? pick.e.until) : null;
}

/**
 * An extension by a length, not to a day: "EXTENDED for an additional fourteen (14) days", "extended
 * by 14 days", "for a further period of 14 days", "for a like period" (FRCP 65(b)(2)). Counted from
 * the last day it extends, which the tracker knows; `null` when the words give a day or a period
 * counted from something else ("for 14 days from the date of this Order").
 */
function extensionLength(raw: string): InjunctionFinding['extendBy'] | null {
  const sentence = yearsAsMonths(raw);
  if (/\bfor\s+(?:a|an|one)\s+(?:further\s+|additional\s+)?like\s+period\b/i.test(sentence)) return 'like';
  for (const t of scanTemporals(sentence, null)) {
    if (t.type !== 'period' || t.triggerText || t.unit === 'hours' || !t.n || !t.unit) continue;
    const lead = sentence.slice(0, t.start);
    if (/\b(?:additional|further|another|by)\s+(?:period\s+of\s+)?(?:up\s+to\s+)?$/i.test(lead))
      return { n: t.n, unit: t.unit };
  }
  return null;
}

/** A sentence without what it leaves out: ", other than proceedings to enforce the injunction [20],", "except discovery". */
export function withoutExceptions(s: string): string {
  return s.replace(
    /,?\s*\b(?:other\s+than|except(?:\s+for|\s+as\s+to)?|excluding|save\s+for)\b[^,;.]*(?:,|(?=\s+(?:are|is|shall|be)\b))/gi,
    '',
  );
}

const PREVIOUS_EXPIRY =
  /\b(?:previously|originally|currently|presently|formerly|initially|would|was|had\s+been)\s+(?:(?:set|scheduled|due)\s+to\s+)?(?:expire|end|lapse)[sd]?\s+(?:on\s+)?(?:\w+\s+)?$/i;

/**
 * Relief runs for years as well as days ("This Decree shall remain in effect for three (3) years from
 * the date of entry", "extended for one additional year"): written as months, which the calendar counts.
 */
const YEARS = new RegExp(`\\b(${QUANTITY}|an?|one)\\s+(?:additional\\s+|further\\s+)?years?\\b`, 'gi');
function yearsAsMonths(sentence: string): string {
  return sentence.replace(YEARS, (whole, qty: string) => {
    const n = /^(?:an?|one)$/i.test(qty) ? 1 : quantityValue(qty);
    return n
      ? whole
          .replace(qty, '')
          .replace(/years?/i, `${n * 12} months`)
          .replace(/^\s+/, '')
      : whole;
  });
}

/** A sentence that gives relief's end: "shall expire at …", "dissolve by its own terms", "remain in effect through …", "to and including …". */
const ENDS_AT =
  /\b(?:expir|dissolv|terminat|laps)\w*|\b(?:through|until|to\s+and\s+including|remain\w*\s+in\s+(?:full\s+)?(?:force|effect)|no\s+later\s+than|in\s+no\s+event)\b/i;

/**
 * The hour relief ends, when its last day is written with one ("This Temporary Restraining Order
 * shall expire at 6:30 p.m. on February 5, 2026", "expires … at 11:59 p.m. on March 24, 2026",
 * "shall expire on June 18, 2025 at 5:00 p.m."): set on each finding whose `until` is that day, from
 * the texts of the entry (its docket text, its document). A day with no hour ends at its end.
 */
export function withEndTimes(
  found: InjunctionFinding[],
  texts: string[],
  dateFiled: string,
  court?: string,
): void {
  for (const f of found) {
    if (f.untilTime || !f.until || !/^\d{4}-\d{2}-\d{2}$/.test(f.until)) continue;
    for (const text of texts) {
      const s = sentences(text).find((x) =>
        ENDS_AT.test(x)
          ? scanTemporals(x, dateFiled).some((t) => t.type === 'date' && t.date === f.until && t.time)
          : false,
      );
      const t = s
        ? scanTemporals(s, dateFiled).find((x) => x.type === 'date' && x.date === f.until && x.time)
        : null;
      if (t?.time) {
        // "at 5:00 p.m. Eastern Time on D" in a court of another zone: the court's own clock.
        const local = inCourtZone(f.until, t.time, `${t.text} ${s!.slice(t.end, t.end + 40)}`, court);
        f.until = local.day;
        f.untilTime = local.time;
        break;
      }
    }
  }
}

/** A zone written right after a clock time: "5:00 p.m. Central Time", "11:59 p.m. (EST)". */
const ZONE_AFTER_TIME = new RegExp(String.raw`(?:${TIME})\s*,?\s*(${TIME_ZONE})(?![A-Za-z])`);
/** The zones an order names after a clock time ("Central Time", "(EST)", "PT"), by their first letter or word. */
const NAMED_ZONES: Record<string, string> = {
  E: 'America/New_York',
  C: 'America/Chicago',
  M: 'America/Denver',
  P: 'America/Los_Angeles',
  A: 'America/Anchorage',
  H: 'Pacific/Honolulu',
};

/**
 * A day and hour an order writes in a named zone, on the court's clock: "5:00 p.m. Eastern Time" in
 * D. Ariz. is 2:00 p.m. there (3:00 p.m. in winter). A zone of the court's own family ("Mountain
 * Standard Time" in Arizona, which keeps no daylight time), "local time", or none: as written.
 */
function inCourtZone(
  day: string,
  time: string,
  words: string,
  court: string | undefined,
): { day: string; time: string } {
  const named = ZONE_AFTER_TIME.exec(words)?.[1];
  const zone = named ? NAMED_ZONES[named.replace(/^\(/, '').charAt(0).toUpperCase()] : undefined;
  const courtZone = court ? findCourt(court)?.tz : undefined;
  if (!zone || !courtZone) return { day, time };
  const january = (z: string) => DateTime.fromISO(`${day.slice(0, 4)}-01-15T12:00`, { zone: z }).offset;
  if (january(zone) === january(courtZone)) return { day, time };
  const there = DateTime.fromISO(`${day}T${time}`, { zone }).setZone(courtZone);
  return there.isValid ? { day: there.toISODate()!, time: there.toFormat('HH:mm') } : { day, time };
}

/** "by its own terms", "of its own force": relief that ends without another order. */
const OWN_FORCE = String.raw`(?:\s+(?:by|of)\s+(?:its|their)\s+own\s+(?:terms|force))`;
/**
 * The words before relief's last day: "through", "until", "expires at 11:59 p.m. on", "lapses at 5:00
 * p.m. Central Time on", "shall dissolve of its own force at the close of business on", "to and
 * including", "at the end of the day on".
 */
const ENDS_ON = new RegExp(
  String.raw`\b(?:through|until|til|to|(?:expir|laps|terminat)\w*${OWN_FORCE}?|(?:shall|will)\s+(?:automatically\s+)?(?:dissolve|lapse)${OWN_FORCE}?|(?:dissolves|lapses)${OWN_FORCE}|ending|end\s+on|up\s+to)(?:\s+and\s+including)?\s*(?:at\s+)?(?:the\s+(?:end|close)\s+of\s+(?:the\s+)?(?:business(?:\s+day)?|day)\s+)?(?:at\s+)?(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?,?\s+(?:${TIME_ZONE},?\s+)?)?(?:on\s+)?$`,
  'i',
);

/** The hour (and zone) and "on" that may stand between the words before a last day and the day. */
const AT_HOUR_ON = String.raw`\s*(?:at\s+)?(?:the\s+(?:end|close)\s+of\s+(?:the\s+)?(?:business(?:\s+day)?|day)\s+)?(?:at\s+)?(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?,?\s+(?:${TIME_ZONE},?\s+)?)?(?:on\s+)?$`;
/**
 * Relief that lasts until an event, bounded by a day — the outer limit written after the event:
 * "through the Court's ruling on the motion for a preliminary injunction, but no later than 11:59
 * p.m. on February 3", "until the hearing on the motion and in no event beyond D", "pending a decision
 * on [9], but not past D", "until the Court rules … or March 27, whichever is earlier", "until the
 * earlier of (a) the ruling on the motion and (b) D". The day is its last day; the event may end it
 * sooner (`rulingTerm`, the tracker's `endsWithRuling`).
 */
const EVENT_THEN_LIMIT = new RegExp(
  String.raw`\b(?:until|through|pending|til)\b(?:[^.;]|\((?:ECF|Dkt|Doc|Docket|Rec)\.?\s*(?:Nos?\.\s*)?[\d, ]+\)){3,240}?(?:,\s*|\s+)(?:(?:but|and|or)\s+)?(?:(?:in\s+(?:no|any)\s+event|at\s+the\s+(?:very\s+)?latest|in\s+all\s+events)\s*,?\s*)?(?:(?:no|not)\s+(?:later|longer)\s+than|not\s+(?:beyond|after|past)|not\s+to\s+(?:exceed|(?:extend|continue|run|last|remain\s+in\s+(?:force|effect))\s+(?:beyond|past|after))|(?<=\bevent\s*,?\s*)(?:later\s+than|beyond|after|past))${AT_HOUR_ON}`,
  'i',
);
/** The day named as the other bound of "…, whichever is earlier": "or March 27", "or until D", "and (b) D". */
const OR_LIMIT = new RegExp(
  String.raw`\b(?:or|and)\s+(?:\(?[a-z0-9]{1,3}\)\s+)?(?:until\s+|through\s+)?${AT_HOUR_ON}`,
  'i',
);
const WHICHEVER_EARLIER =
  /^[^.;]{0,60}?\bwhichever\s+(?:is|comes|occurs|shall\s+occur|happens)?\s*(?:earlier|first|sooner|earliest)\b/i;
const EARLIER_OF =
  /\b(?:until|through)(?:\s+and\s+including)?\s+(?:the\s+)?(?:earlier|earliest|sooner|first)\s+(?:of|to\s+occur\s+of)\b/i;

/** The day `lead` (the words before it) and `after` (the words after it) make the outer limit of relief that lasts until an event. */
function limitOfEvent(lead: string, after: string): boolean {
  if (EVENT_THEN_LIMIT.test(lead)) return true;
  return (
    OR_LIMIT.test(lead) &&
    /\b(?:until|through|pending)\b/i.test(lead) &&
    (WHICHEVER_EARLIER.test(after) || EARLIER_OF.test(lead))
  );
}

/** "until the Court rules on …", "pending the court's decision" is below: the court's own act awaited, with what it decides. */
const UNTIL_COURT_RULES =
  /\b(?:until|pending)\s+((?:the\s+)?(?:Court|court|judge|Judge)\s+(?:has\s+)?(?:rules|ruled|decides|decided|resolves|resolved|issues\s+(?:its\s+|a\s+)?(?:ruling|decision|order))\b(?:[^.;,(]|\((?:ECF|Dkt|Doc|Docket)\b[^()]{0,20}\)|(?<=\b(?:Nos?|Dkt|Doc|Rec))\.){0,120})/i;

/** The last day of relief's term (`termEnds`), in the court's calendar; null when it cannot be counted. */
function termEndOf(p: Period, court: string | undefined): string | null {
  try {
    return termEnds({ from: p.trigger!, n: p.n, unit: p.unit }, court ? { court } : {});
  } catch {
    return periodDue(p, court);
  }
}

/**
 * "until the Court rules on the motion" in an order on one motion ("While the Court considers [3]
 * Motion, Respondent shall not remove class members … until the Court rules on the motion"): the
 * motion is that one, so its number is said, and the ruling on it ends the term (`rulingTerm`).
 */
function withTheMotionNamed(until: string, ctx: EntryContext): string {
  if (ctx.motionRefs.length !== 1 || /\d/.test(until)) return until;
  return /\bthe\s+(?:pending\s+|said\s+|instant\s+|same\s+)?(?:motion|application|request)\s*$/i.test(until)
    ? `${until} [${ctx.motionRefs[0]}]`
    : until;
}

function expiryIn(raw: string, ctx: EntryContext): { expires: string | null; until: string | null } {
  // "While … motion [3] remains pending": until its resolution, as "pending resolution of" reads.
  const sentence = pendencyAsResolution(yearsAsMonths(raw));
  // A last day the order writes out wins over a period it also gives ("for 30 days, until 3-04-2016").
  const temporals = scanTemporals(sentence, ctx.dateFiled).sort(
    (a, b) => Number(b.type === 'date') - Number(a.type === 'date'),
  );
  for (const t of temporals) {
    const lead = sentence.slice(0, t.start);
    // "previously set to expire on July 10", "would expire July 10": the end being replaced.
    if (t.type === 'date' && PREVIOUS_EXPIRY.test(lead)) continue;
    if (t.type === 'date' && (ENDS_ON.test(lead) || limitOfEvent(lead, sentence.slice(t.end))))
      return { expires: t.date ?? null, until: null };
    // "stayed for fourteen (14) days", "a stay of 14 days", "the stay shall expire fourteen (14) days from …".
    if (
      t.type === 'period' &&
      /\bfor\s*$|\bof\s*$|\b(?:expir|terminat)(?:e|es|ing)\s+(?:in\s+)?$/i.test(lead)
    ) {
      // "for thirty-six months from the Effective Date of June 3, 2024": counted from the day it names.
      const named = t.triggerText
        ? (scanTemporals(t.triggerText, ctx.dateFiled).find((x) => x.type === 'date')?.date ?? null)
        : null;
      const trigger = t.triggerText
        ? triggerIsThisEntry(t.triggerText) || ITS_ENTRY.test(t.triggerText)
          ? ctx.dateFiled
          : named
        : ctx.dateFiled;
      const p = toPeriod(t, trigger);
      // A term ends on its day: not rolled off a weekend as a day to file would be.
      return { expires: p.trigger ? termEndOf(p, ctx.court) : null, until: null };
    }
  }
  if (/\b(?:until|pending)\s+(?:the\s+)?further\s+(?:order|orders)\b/i.test(sentence))
    return { expires: null, until: 'further_order' };
  // "Until the Court rules on the pending Motion for Preliminary Injunction (ECF No. 13)", "until the
  // court decides the motion for preliminary injunction": the ruling it waits for, in the order's words
  // (the tracker ends it with that ruling: `rulingTerm`).
  const ruling = UNTIL_COURT_RULES.exec(sentence);
  if (ruling) return { expires: null, until: withTheMotionNamed(ruling[1]!.trim(), ctx) };
  // "pending the Board of Immigration Appeals' adjudication of their motions to reopen": the
  // condition is kept in the order's words (a body's name of up to four words before its act).
  const pending =
    /\b(?:until|pending)\s+((?:the\s+)?(?:(?:[\w.]+\s+){0,3}[\w.]+(?:['’]s|s['’])\s+)?(?:resolution|disposition|determination|adjudication|consideration|outcome|completion|conclusion|decision|ruling|final\s+judgment|entry\s+of\s+(?:a\s+)?final\s+judgment)\b(?:[^.;,]|(?<=\bNos?)\.(?=\s*\d)){0,100})/i.exec(
      sentence,
    );
  if (pending) return { expires: null, until: pending[1]!.trim() };
  return { expires: null, until: null };
}

/**
 * The last day an extension gives, read from the words after its verb: "ADJOURNS the hearing to
 * June 24 and EXTENDS the temporary restraining order through the end of the day on July 2" —
 * the day the hearing moves to is not the relief's.
 */
function extendedTo(s: string, ctx: EntryContext): { expires: string | null; until: string | null } {
  const verb = /\bEXTEND(?:S|ED|ING)?\b|\bextend(?:s|ed|ing)?\b/.exec(s);
  const after = verb ? expiryIn(s.slice(verb.index), ctx) : null;
  return after?.expires ? after : expiryIn(s, ctx);
}

/** Stays granted, expanded, extended, lifted, denied by the entry. */
/** A sentence whose stay is an injunction's ("the preliminary injunction [10] is stayed", "stay of the TRO"). */
const STAYS_INJUNCTION =
  /\b(?:injunction|restraining\s+order|TRO)\b(?:\s+\[\d+\])?[^.;]{0,80}?\b(?:is|are|be)\s+(?:hereby\s+)?(?:STAYED|stayed)\b|\bstay(?:ing)?\s+(?:of\s+)?(?:the\s+)?(?:[\w,]+\s+){0,4}?(?:injunction|restraining\s+order|TRO)\b/i;

/**
 * The court forbids removal (or transfer) itself, without the word "stay" and outside any injunction:
 * "Respondents shall not remove Petitioner from the United States pending further order of the
 * Court", "Respondents are ORDERED not to remove …", "shall not transfer Petitioner outside the
 * District until further order". In effect a stay of removal, and read as one.
 */
const BARS_REMOVAL =
  /\b(?:shall|will|may|must)\s+not\s+(?:be\s+permitted\s+to\s+)?(?<verb>remove|deport|transfer)\b|\b(?:is|are)\s+(?:hereby\s+)?(?:ORDERED|[Oo]rdered|DIRECTED|[Dd]irected)\s+(?:not\s+to|to\s+refrain\s+from)\s+(?<verb2>remov(?:e|ing)|deport(?:ing)?|transfer(?:ring)?)\b|\b(?:is|are)\s+(?:hereby\s+)?(?:PROHIBITED|prohibited|BARRED|barred)\s+from\s+(?<verb3>removing|deporting|transferring)\b/;
/** An order that is (or carries) an injunction: its commands are the injunction's, read by `readInjunctions`. */
const INJUNCTION_WORDS = /\binjunct|\benjoin|\brestrain|\bTRO\b|\bconsent\s+(?:decree|judgment)\b/i;

/**
 * The motion for relief an order waits for ("Until the Court rules on the pending Motion for
 * Preliminary Injunction (ECF No. 13), Respondents shall not transfer …"): named, not granted.
 */
const AWAITED_RELIEF_MOTION =
  /\b(?:rules|ruled|decides|decided|resolves|resolved|resolution|disposition|ruling|decision)\s+(?:on\s+|of\s+)?(?:the\s+)?(?:pending\s+)?(?:[\w'’]+\s+){0,2}?(?:motions?|applications?)\s+for\s+(?:an?\s+)?(?:temporary\s+restraining\s+order|TRO|preliminary\s+injunction|injunctive\s+relief)\b/gi;

/**
 * A motion for relief named by its title ("the [3] Motion for Temporary Restraining Order", "Argument
 * heard on [3] Motion for TRO"): the motion, not relief the court grants — unless the entry rules on
 * it (`RELIEF_MOTION_GRANTED`), when its grant is read as an injunction.
 */
const RELIEF_MOTION_NAMED =
  /\b(?:motion|application|request|petition)s?\s+for\s+(?:an?\s+)?(?:(?:emergency|ex\s+parte|immediate)\s+)?(?:temporary\s+restraining\s+order|TRO|preliminary\s+injunction|injunctive\s+relief)\b/gi;
const RELIEF_MOTION_GRANTED =
  /\b(?:GRANT(?:S|ING|ED)?|[Gg]rant(?:s|ing|ed)?)\b[^.;]{0,80}?\b(?:motion|application|request|petition)s?\s+for\s+(?:an?\s+)?(?:(?:emergency|ex\s+parte|immediate)\s+)?(?:temporary\s+restraining|TRO\b|preliminary\s+injunction|injunctive)|\b(?:motion|application|request|petition)s?\s+for\s+(?:an?\s+)?(?:(?:emergency|ex\s+parte|immediate)\s+)?(?:temporary\s+restraining\s+order|TRO|preliminary\s+injunction|injunctive\s+relief)\b(?:[^.;]|\b(?:Nos?|Dkt|Doc)\.){0,80}?\b(?:is|are)\s+(?:hereby\s+)?(?:GRANTED|granted)\b/i;

/** The entry grants a motion for a TRO or an injunction, in its title or its own words. */
function grantsReliefMotion(text: string): boolean {
  return (
    RELIEF_MOTION_GRANTED.test(text) ||
    [...decisionsIn(text), ...passiveDecisions(text)].some(
      (d) => d.verb !== 'denied' && !d.moot && injunctionTypeIn(d.phrase) !== null && asksForRelief(d.phrase),
    )
  );
}

/**
 * The court forbids, for a time, another act against people than removal: "Defendants shall not
 * terminate the SNAP benefits of the households of Plaintiffs A, B and C pending the hearing", "the
 * named plaintiffs shall not be transferred while the motion is pending", "Defendants are DIRECTED
 * not to evict plaintiffs A and B pending the April 2 hearing", "are prohibited from reducing the
 * in-home care hours of Plaintiff J.R. until further order". Interim relief, read as a stay of that
 * act (group `verb`, `passive`: the act; `object`: what it takes from them).
 */
const BARS_ACT = new RegExp(
  [
    String.raw`\b(?:shall|will|may|must)\s+not\s+(?:be\s+permitted\s+to\s+)?(?<verb>terminate|reduce|suspend|discontinue|cut\s+off|evict|disenroll|withhold|detain|re-?detain|transfer|expel)\b`,
    String.raw`\b(?:is|are)\s+(?:hereby\s+)?(?:ORDERED|[Oo]rdered|DIRECTED|[Dd]irected)\s+(?:not\s+to|to\s+refrain\s+from)\s+(?<verb2>terminat(?:e|ing)|reduc(?:e|ing)|suspend(?:ing)?|discontinu(?:e|ing)|cut(?:ting)?\s+off|evict(?:ing)?|disenroll(?:ing)?|withhold(?:ing)?|detain(?:ing)?|transfer(?:ring)?|expel(?:ling)?)\b`,
    String.raw`\b(?:is|are)\s+(?:hereby\s+)?(?:PROHIBITED|prohibited|BARRED|barred)\s+from\s+(?<verb3>terminating|reducing|suspending|discontinuing|cutting\s+off|evicting|disenrolling|withholding|detaining|transferring|expelling)\b`,
    String.raw`\b(?:shall|will|may|must)\s+not\s+be\s+(?<passive>transferred|evicted|disenrolled|detained|expelled)\b`,
  ].join('|'),
);
/** What the barred act takes from the people, named after it: "the SNAP benefits of …", "Medicaid coverage for …". */
const TAKEN =
  /^\s*(?:the\s+|any\s+|their\s+)?((?:[\w.'’-]+\s+){0,4}(?:benefits|assistance|services|coverage|care|hours|housing|payments|allotments?|placements?|vouchers?|subsidies|wages|licen[cs]es?))\b/i;
/** "pending the hearing on …", "until the April 2, 2031 hearing" (group 1: the hearing, as the order names it). */
const UNTIL_HEARING =
  /\b(?:pending|until|through)\s+((?:the|a)\s+(?:[\w,]+\s+){0,4}?hearing\b(?:\s+(?:on|in|set|scheduled)\b(?:[^.;,]|\b(?:Nos?|Dkt|Doc)\.){0,100})?)/i;
/** The act's name: "terminate" → "termination". */
const ACT_NAMES: Record<string, string> = {
  terminat: 'termination',
  reduc: 'reduction',
  suspend: 'suspension',
  discontinu: 'discontinuation',
  cut: 'cutoff',
  evict: 'eviction',
  disenroll: 'disenrollment',
  withhold: 'withholding',
  detain: 'detention',
  're-detain': 'detention',
  redetain: 'detention',
  transfer: 'transfer',
  expel: 'expulsion',
};

/** An interim bar on an act other than removal (`BARS_ACT`), for whom it names and until when; `null` when the entry has none. */
function barredAct(ctx: EntryContext, s: string): StayFinding | null {
  const m = BARS_ACT.exec(s);
  if (!m || HYPOTHETICAL.test(s.slice(0, m.index))) return null;
  const g = m.groups!;
  const verb = (g.verb ?? g.verb2 ?? g.verb3 ?? g.passive ?? '').toLowerCase().replace(/\s+/g, ' ');
  const key = Object.keys(ACT_NAMES).find((k) => verb.startsWith(k));
  if (!key) return null;
  const e = expiryIn(s, ctx);
  // "pending the hearing on Plaintiffs' Motion for Preliminary Injunction [4]", "pending the April 2,
  // 2031 hearing": until that hearing, in the order's words.
  const hearing = e.expires || e.until ? null : UNTIL_HEARING.exec(s);
  if (hearing) {
    // A hearing on a motion lasts until the court rules on it (the tracker's ruling term); a hearing
    // named by its day alone ("pending the April 2, 2031 hearing") ends that day.
    const day = scanTemporals(hearing[1]!, ctx.dateFiled).find((x) => x.type === 'date')?.date;
    if (day && !/\b(?:[Mm]otion|\[\d)/.test(hearing[1]!)) e.expires = day;
    else e.until = hearing[1]!.replace(/\s+/g, ' ').trim();
  }
  // Interim relief has an end ("pending the hearing", "until further order", a day); a bar with none
  // is a term of something else (a decree, a judgment), not read here.
  if (!e.expires && !e.until) return null;
  // Whom it protects must be said: named people, households of named people, the class.
  if (!coveredBy(s)) return null;
  const taken = g.passive ? null : TAKEN.exec(s.slice(m.index + m[0].length));
  const act = ACT_NAMES[key]!;
  const what =
    act === 'transfer' && /\b(?:outside|out\s+of)\s+(?:this|the)\s+(?:District|district)\b/.test(s)
      ? 'transfer out of the district'
      : taken
        ? `${act} of ${taken[1]!.replace(/\s+/g, ' ').trim()}`
        : act;
  return {
    action: 'granted',
    what,
    expires: e.expires,
    until: e.until,
    source: s,
    why: { rule: 'stay-act-barred', words: s.slice(0, 160), confidence: 0.8 },
  };
}

/**
 * The entry grants, makes or is injunctive relief (a TRO, an injunction, a decree): "ORDER granting [2]
 * Motion for TRO", "TEMPORARY RESTRAINING ORDER granting in part 2 Motion", "Defendants are ENJOINED
 * from …". What it forbids ("Respondents shall not remove any class member") is that relief's
 * content, told as what it blocks: it lives and ends with the relief, and is no stay of its own.
 */
export function carriesInjunction(text: string): boolean {
  return (
    grantsReliefMotion(text) ||
    INJUNCTION_WORDS.test(
      pendencyAsResolution(text).replace(AWAITED_RELIEF_MOTION, ' ').replace(RELIEF_MOTION_NAMED, ' '),
    )
  );
}

/** Rules that read a bar on an act (no word "stay") as a stay: `barredRemoval`, `barredAct`. */
export function isBarOfAct(s: StayFinding): boolean {
  return s.why?.rule === 'stay-removal-barred' || s.why?.rule === 'stay-act-barred';
}

function barredRemoval(ctx: EntryContext): StayFinding[] {
  if (!ctx.cls.isCourtAct || ctx.cls.clerkEntry || carriesInjunction(ctx.text)) return [];
  const s = sentences(ctx.text).find(
    (x) => BARS_REMOVAL.test(x) && !HYPOTHETICAL.test(x.slice(0, BARS_REMOVAL.exec(x)!.index)),
  );
  if (!s) {
    // Another act barred for a time: the first sentence that bars one, for whom and until when.
    const other = sentences(ctx.text)
      .map((x) => barredAct(ctx, x))
      .find(Boolean);
    return other ? [other] : [];
  }
  const m = BARS_REMOVAL.exec(s)!;
  const verb = m.groups!.verb ?? m.groups!.verb2 ?? m.groups!.verb3 ?? '';
  // "shall not remove … from the United States, and shall not transfer any of them …": both are
  // barred, and both are said; removal alone when the order bars nothing else.
  const removal =
    /^(?:remov|deport)/i.test(verb) || /\b(?:remov(?:e|ing|al)|deport\w*)\b/i.test(s)
      ? /\bclass\b/i.test(s)
        ? 'removal of class members'
        : 'removal'
      : null;
  // Transfer said with where it may not go ("outside this District", "out of the District"); a
  // transfer named with removal alone ("shall not remove or transfer Petitioner … from the United
  // States") is the removal.
  const transfer = /\btransfer(?:s|red|ring)?\b[^.;]{0,80}?\b(?:outside|out\s+of)\b/i.test(s);
  const what = removal
    ? transfer && removal === 'removal'
      ? 'removal and transfer out of the district'
      : removal
    : 'transfer out of the district';
  const e = expiryIn(s, ctx);
  return [
    {
      action: 'granted',
      what,
      expires: e.expires,
      until: e.until,
      source: s,
      why: { rule: 'stay-removal-barred', words: s.slice(0, 160), confidence: 0.85 },
    },
  ];
}

/**
 * A stay the court's standing order imposes, noted by the clerk in a party's entry: "MOTION TO STAY
 * REMOVAL filed by Petitioner(s); REMOVAL STAYED pending further order of the court per General
 * Order 6.4(c)" (9th Cir.). The court acts through its general order, not the filer.
 */
const STAYED_BY_GENERAL_ORDER =
  /(?:\b[\w-]+\s+){0,3}\bSTAYED\b[^.;]{0,120}\b(?:per|pursuant\s+to|under)\s+General\s+Order\b/i;

/**
 * A request whose ruling the court puts off: "The request for relief on behalf of the proposed class
 * is HELD IN ABEYANCE pending a decision on class certification", "Plaintiffs' motion for class-wide
 * relief is held in abeyance". The court defers deciding it; nothing is stayed and nobody is protected.
 */
const DEFERRED_REQUEST =
  /^\W*(?:(?:the|its|their|this|that|any|all)\s+|[A-Z][\w.'’-]*(?:['’]s|s['’])\s+)?(?:(?:emergency|pending|renewed|remaining|class|ex\s+parte)\s+)*(?:request|motion|application|petition|prayer)s?\b[^.;]{0,160}?\b(?:is|are)\s+(?:hereby\s+)?(?:HELD|held)\s+(?:IN|in)\s+(?:ABEYANCE|abeyance)\b/i;

/** The entry's words without the sentences that only put off a ruling (`DEFERRED_REQUEST`). */
function withoutDeferredRequests(text: string): string {
  const ss = sentences(text);
  return ss.some((s) => DEFERRED_REQUEST.test(s))
    ? ss.filter((s) => !DEFERRED_REQUEST.test(s)).join(' ')
    : text;
}

/**
 * The court refuses, in its own words, to bar removal: "The Court declines to enjoin the removal of
 * class members", "The Court will not stay the deportation of Petitioners", "refuses to halt removals
 * of class members". The protection asked for is refused: a stay of removal denied.
 */
const REFUSES_TO_BAR_REMOVAL =
  /\b(?:[Dd]eclines?|DECLINES?|[Rr]efuses?|REFUSES?)\s+to\s+(?:enjoin|stay|halt|stop|restrain|block|bar|prohibit|pause)\s+(?:the\s+)?(?:removal|deportation)s?\b([^.;]{0,80})|\b(?:will|shall|does)\s+not\s+(?:enjoin|stay|halt|stop|restrain|block|bar|prohibit|pause)\s+(?:the\s+)?(?:removal|deportation)s?\b([^.;]{0,80})/;

function refusedRemovalBar(ctx: EntryContext): StayFinding | null {
  if (!ctx.cls.isCourtAct || ctx.cls.clerkEntry) return null;
  const s = sentences(ctx.text).find((x) => REFUSES_TO_BAR_REMOVAL.test(x) && !HYPOTHETICAL.test(x));
  if (!s) return null;
  const m = REFUSES_TO_BAR_REMOVAL.exec(s)!;
  const of = m[1] ?? m[2] ?? '';
  return {
    action: 'denied',
    what: /\bclass\b/i.test(of) ? 'removal of class members' : 'removal',
    expires: null,
    until: null,
    source: s,
    why: { rule: 'stay-removal-refused', words: s.slice(0, 160), confidence: 0.8 },
  };
}

export function readStays(ctx: EntryContext): StayFinding[] {
  const text = withoutDeferredRequests(ctx.text);
  if (!STAY_WORD.test(text)) {
    const refused = refusedRemovalBar(ctx);
    return refused ? [refused] : barredRemoval(ctx);
  }
  const bankruptcy = automaticStay(text, ctx.cls, ctx.dateFiled);
  if (bankruptcy) return bankruptcy;
  const standing = ctx.cls.isCourtAct ? null : STAYED_BY_GENERAL_ORDER.exec(text);
  if (standing) {
    const e = expiryIn(standing[0], ctx);
    return [
      {
        action: 'granted',
        what: stayWhat(standing[0]),
        expires: e.expires,
        until: e.until,
        source: standing[0],
        why: { rule: 'stay-general-order', words: standing[0].slice(0, 160), confidence: 0.85 },
      },
    ];
  }
  const { cls } = ctx;
  if (!cls.isCourtAct || cls.clerkEntry) return [];
  const decided = decidedMotion(text);
  const stayMotion =
    decided &&
    /\b(?:to\s+stay|for\s+(?:a\s+)?stay|stay\s+of|and\s+stay|or\s+stay|and\/or\s+(?:a\s+)?stay)\b/i.test(
      decided.phrase,
    );
  const staySentences = sentences(text).filter(
    (s) => STAY_WORD.test(s) && !/^\s*(?:MOTION|Motion)\b/.test(s),
  );
  // "The preliminary injunction is stayed to the extent …", "motion to stay the injunction granted in
  // part": what is stayed is an injunction, read by `readInjunctions`; not a stay of its own.
  if (staySentences.length > 0 && staySentences.every((s) => STAYS_INJUNCTION.test(withoutExceptions(s))))
    return [];
  // "ORDER granting [3] Motion for Stay. The Rule is STAYED under 5 U.S.C. § 705": what is stayed is
  // the agency action (`readInjunctions`), not the case — unless another sentence stays the case.
  if (
    sentences(text).some((s) => AGENCY_POSTPONEMENT.test(s)) &&
    staySentences.every(
      (s) =>
        AGENCY_POSTPONEMENT.test(s) ||
        STAYS_INJUNCTION.test(s) ||
        !/\b(?:is|are|be|hereby)\s+(?:hereby\s+)?(?:STAYED|stayed)\b|\bSTAYS\b|\bstays\s+(?:this|the|all)\b/.test(
          s,
        ),
    )
  )
    return [];
  // The sentences that stay something: not one that refuses a stay ("Respondents' request that this
  // Court stay its preliminary injunction pending appeal is DENIED"), says it stays nothing
  // ("Nothing in this Order stays …") or stays an injunction; what they stay is read from them
  // alone, without what they leave out ("all further proceedings, other than proceedings to enforce
  // the preliminary injunction, are STAYED" stays proceedings, not the injunction).
  // Clause by clause: "… are STAYED pending …; the stay does not affect the preliminary injunction
  // [31], which remains in effect" stays proceedings in its first clause and says, in its second,
  // what it leaves alone.
  const staying = staySentences
    .flatMap((s) => s.split(/;\s+/))
    .map(withoutExceptions)
    .filter(
      (s) =>
        (/\b(?:STAYED|stayed|STAYS|stays|STAYING|staying)\b/.test(s) || IN_ABEYANCE.test(s)) &&
        !NEGATED.test(s) &&
        !/\b(?:DENIED|denied)\b/.test(s) &&
        !STAYS_INJUNCTION.test(s),
    );
  let action: StayAction | null = null;
  const head = text.slice(0, 300);
  // "Motion Hearing held re [36] MOTION to Expand Order Staying Removal": a filing's title after
  // "re [N]" names what was asked, not what the court did.
  // "Order on Motion to Lift Stay" (a history report's bare title): the motion's words, the outcome
  // not stated — unless the order grants or denies it.
  const acts = text
    .replace(/\bre:?\s+\[?\d+\]?\s+[^.]*/gi, ' ')
    .replace(
      cls.disposition
        ? /$^/
        : /\b(?:motion|request|application)\s+to\s+(?:lift|dissolve|terminate|vacate)\s+(?:the\s+)?stay\b/gi,
      ' ',
    );
  if (
    ABEYANCE_LIFTED.test(acts) ||
    /\bstay\s+(?:is\s+)?(?:LIFTED|lifted|Lifted)\b|\b(?:LIFT(?:ING|ED)?|lift(?:ing|ed)?|DISSOLV(?:ING|ED)|dissolv(?:ing|ed)|TERMINAT(?:ING|ED)|terminat(?:ing|ed))\b[^.]{0,40}\bstay\b|\bstay\b(?:[^.]|\bNos?\.){0,60}\b(?:is|are|be)\s+(?:hereby\s+)?(?:LIFTED|lifted|DISSOLVED|dissolved|VACATED|vacated|TERMINATED|terminated)\b/i.test(
      acts,
    )
  )
    action = 'lifted';
  else if (
    /\bEXPANDING\b|\bExpanding\b|\bexpanding\s+(?:the\s+)?(?:stay|order)|\bstay\b[^.]{0,80}\b(?:is|are|be)\s+(?:hereby\s+)?expanded\b|\bstay\b[^.]{0,80}\bshall\s+(?:also\s+)?apply\s+to\s+all\b/.test(
      acts,
    )
  )
    action = 'scope_expanded';
  else if (
    /\bEXTEND(?:ING|ED|S)?\s+(?:THE\s+)?STAY|\bextend(?:ing|ed|s)?\s+(?:the\s+)?stay|\b(?:is|are)\s+(?:hereby\s+)?further\s+stayed\b|\bstay\b[^.]{0,120}\b(?:is|are|be|shall\s+be)\s+(?:hereby\s+)?extended\b|\bstay\b[^.]{0,160}\bshall\s+(?:remain|continue)\s+in\s+(?:full\s+)?(?:force|effect)/i.test(
      acts,
    )
  )
    action = 'extended';
  else if (
    (stayMotion && decided.verb === 'denied') ||
    // A request refused in the order's words, when the order stays nothing itself ("The request to
    // stay the preliminary injunction pending appeal is DENIED. All further proceedings … are STAYED").
    (STAY_REQUEST_DENIED.test(acts) && !/\b(?:is|are)\s+(?:hereby\s+)?(?:STAYED|stayed)\b/.test(acts))
  )
    action = 'denied';
  else if (
    (stayMotion && decided.verb !== 'denied') ||
    /\b(?:motion|application|request)\s+for\s+(?:a\s+|an?\s+\w+\s+)?stay\b(?:[^.]|\bNos?\.\s){1,200}?\b(?:is|are)\s+(?:hereby\s+)?(?:GRANTED|granted)\b/.test(
      acts,
    ) ||
    /\bSTAYED\b|\b(?:is|are|be|hereby)\s+(?:(?:now|hereby|further|temporarily|administratively|immediately|also)\s+)?stayed\b|\bSTAYING\b|\bStaying\b|^\W*(?:[A-Z-]+\s+)?(?:ORDER|Order)\s+staying\s+(?:the\s+|this\s+)?(?:case|action|proceedings?|matter|discovery)\b|\bstay\s+(?:is|of\s+\w+\s+is)\s+(?:hereby\s+)?granted\b/.test(
      acts,
    ) ||
    /^(?:[A-Z&]+\s+){0,4}Staying\b/.test(head) ||
    IN_ABEYANCE.test(acts) ||
    // "The Court STAYS this action pending arbitration": the court's own verb.
    /\b(?:Court|court|COURT)\s+(?:hereby\s+|now\s+)?(?:STAYS|stays)\s+(?:this|the|all)\s+(?:[a-z]+\s+)?(?:action|case|proceedings?|matter|litigation)\b/.test(
      acts,
    )
  )
    action = 'granted';
  if (!action) return barredRemoval(ctx);
  let expiry = { expires: null as string | null, until: null as string | null };
  for (const s of staying.length > 0 ? staying : staySentences) {
    const e = expiryIn(s, ctx);
    if (e.expires || e.until) {
      expiry = e;
      break;
    }
  }
  if (action === 'denied' || action === 'lifted') expiry = { expires: null, until: null };
  const whatSource = staying.join(' ') || staySentences.join(' ') || text;
  return [
    {
      action,
      what: stayWhat(whatSource),
      expires: expiry.expires,
      until: expiry.until,
      source: staySentences[0] ?? head,
      why: { rule: `stay-${action}`, words: (staySentences[0] ?? head).slice(0, 160), confidence: 0.85 },
    },
  ];
}

/**
 * The relief an entry captioned with its name grants (`RELIEF_CAPTION`): "INJUNCTION PENDING FINAL
 * JUDGMENT" is interim relief until judgment, a preliminary injunction. None when the entry's words
 * only deny ("… The motion is DENIED.") or grant nothing.
 */
function captionedRelief(text: string): InjunctionType | null {
  const caption = RELIEF_CAPTION.exec(text);
  if (!caption) return null;
  const rest = text.slice(caption[0].length);
  const grants =
    /\b(?:GRANTED|granted|ENJOINED|enjoined|RESTRAINED|restrained|PROHIBITED|prohibited)\b|\b(?:shall|must|may)\s+not\b|\b(?:ORDERED|ordered|DIRECTED|directed)\s+(?:not\s+)?to\b/.test(
      rest,
    ) || !/\b(?:DENIED|denied|MOOT|moot|WITHDRAWN|withdrawn)\b/.test(rest);
  if (!grants) return null;
  return injunctionTypeIn(caption[1]!) ?? 'preliminary_injunction';
}

function injunctionTypeIn(s: string): InjunctionType | null {
  // "are temporarily enjoined and prohibited from removing …": a temporary restraint, not yet a
  // preliminary injunction.
  if (/temporary\s+restraining\s+order|\bTRO\b|\btemporarily\s+(?:enjoin|restrain)/i.test(s)) return 'TRO';
  // "motion for an injunction pending appeal" (FRAP 8, FRCP 62(d)) — not "the preliminary injunction pending appeal".
  if (PENDING_APPEAL_INJUNCTION.test(s)) return 'injunction_pending_appeal';
  if (/preliminar(?:y|ily)\s+(?:injunct|enjoin)/i.test(s)) return 'preliminary_injunction';
  if (/permanent(?:ly)?\s+(?:injunct|enjoin)/i.test(s)) return 'permanent_injunction';
  if (CONSENT_DECREE.test(s)) return 'consent_decree';
  if (AGENCY_POSTPONEMENT.test(s)) return 'agency_postponement';
  return null;
}

/** A consent decree or consent judgment: relief the parties agreed to and the court entered and enforces. */
const CONSENT_DECREE = /\bconsent\s+(?:decree|judgment)\b/i;
/**
 * "CONSENT DECREE entered", "the Consent Decree (ECF No. 44) is approved and entered", "Enter Consent Decree"; the
 * motion to enter it granted ("ORDER granting [77] Joint Motion to Enter Consent Decree", "the Joint Motion for Entry of
 * Consent Judgment (ECF No. 40) is GRANTED").
 */
const CONSENT_ENTERED =
  /\b(?:grant(?:s|ed|ing)?)\s+(?:\[\d+\]\s+)?(?:[\w'’-]+\s+){0,4}?motion\s+(?:to\s+(?:approve\s+and\s+)?enter|for\s+(?:approval\s+and\s+)?entry\s+of)\s+(?:the\s+)?(?:proposed\s+)?consent\s+(?:decree|judgment)\b|\bmotion\s+(?:to\s+(?:approve\s+and\s+)?enter|for\s+(?:approval\s+and\s+)?entry\s+of)\s+(?:the\s+)?(?:proposed\s+)?consent\s+(?:decree|judgment)\b(?:[^.;]|\b(?:Nos?|Dkt|Doc)\.){0,60}?\b(?:is|are)\s+(?:hereby\s+)?granted\b|\bconsent\s+(?:decree|judgment)\b(?:\s+\[\d+\]|\s*\((?:ECF|Dkt\.?|Doc\.?)\s*(?:No\.?\s*)?\d{1,5}\))?\s+(?:is\s+|was\s+|shall\s+be\s+)?(?:hereby\s+)?(?:approved\s+and\s+)?entered\b|\b(?:[Tt]his|THIS)\s+consent\s+(?:decree|judgment)\s+(?:is|IS)\s+(?:hereby\s+)?(?:approved|APPROVED)\b|(?<!\b(?:motion|request|application|to)\s+)\b(?:(?:enter|approve|adopt)(?:s|d|ed|ing)?\s+(?:and\s+)?){1,2}(?:the\s+)?(?:(?:parties['’]|proposed|joint|stipulated|amended|revised)\s+){0,3}consent\s+(?:decree|judgment)\b/i;

/**
 * The decree itself as the court enters it, by its title alone (or with "AND ORDER"):
 * "CONSENT DECREE. Signed by Judge …", "STIPULATED CONSENT DECREE AND ORDER", "CONSENT JUDGMENT" —
 * never "[PROPOSED] CONSENT DECREE", nor a title that goes on to name something else ("CONSENT
 * DECREE MONITOR'S REPORT").
 */
const CONSENT_TITLE =
  /^\W*(?:(?:AMENDED|STIPULATED|AGREED|PARTIAL|FINAL|JOINT)\s+)*CONSENT\s+(?:DECREE|JUDGMENT)(?:\s+AND\s+(?:ORDER|FINAL\s+JUDGMENT))?(?=\s*(?:[.:;(]|$|Signed\b|entered\b))/i;

/** The entry enters a consent decree in the sentence `s`: its verbs, or its title. */
function entersDecree(s: string): boolean {
  return (actsIn(s, CONSENT_ENTERED) || CONSENT_TITLE.test(s)) && !ENTRY_TO_FOLLOW.test(s);
}

/**
 * The postponement (or stay) of an agency action's effective date pending review, under 5 U.S.C.
 * § 705: "Pursuant to 5 U.S.C. § 705, the effective date of the Final Rule … is POSTPONED pending
 * conclusion of these review proceedings", "the Rule is STAYED under 5 U.S.C. § 705", "the
 * postponement of the Final Rule's effective date". Not a rule of procedure ("Local Rule 7.1",
 * "Rule 62 of the Federal Rules") and not a stay of the case.
 */
const AGENCY_POSTPONEMENT =
  /§+\s*705\b|\bsection\s+705\b|\beffective\s+date\b[^.;]{0,160}?\b(?:is|are|be|remains?)\s+(?:hereby\s+)?(?:postponed|stayed)\b|\bpostpone(?:s|d|ment)?\b[^.;]{0,60}?\beffective\s+date\b|\b(?:the|this|challenged)\s+(?:interim\s+)?(?:final\s+)?rule\b(?!\s+(?:of\b|\d))(?:\s+\[\d+\])?[^.;\d]{0,40}?\b(?:is|are)\s+(?:hereby\s+)?(?:postponed|stayed)\b/i;
/** The court postpones (or stays) the agency action now: "is POSTPONED", "is STAYED", "postpones". */
const POSTPONES =
  /\b(?:is|are|be)\s+(?:hereby\s+)?(?:POSTPONED|postponed|STAYED|stayed)\b|\b(?:postpones|POSTPONES|STAYS)\b/;

/** "is DISSOLVED, effective January 15, 2026", "is terminated effective 11/30/2025": the day it stops applying, after the order's. */
const EFFECTIVE_END = new RegExp(
  `\\b(?:dissolved|terminated|vacated|lifted|ended)\\b,?\\s+(?:effective|as\\s+of)\\s+(?:on\\s+)?(${DATE_START})`,
  'i',
);
function effectiveEnd(text: string, ctx: EntryContext): string | null {
  const m = EFFECTIVE_END.exec(text);
  const day = m ? readDate(m[1]!, ctx.dateFiled) : null;
  return day && day > ctx.dateFiled ? day : null;
}

/**
 * Words before an action that make it a possibility, not an act: "intends to set a hearing to
 * determine whether this TRO should be extended", "may be dissolved if".
 */
const HYPOTHETICAL =
  /\b(?:[Ww]hether|[Ii]f|intends?|intention|should|might|could|would|unless|may\s+be|to\s+determine|to\s+decide)\b/;

/**
 * Words that deny the act they govern: "Nothing in this Order stays or modifies the preliminary
 * injunction", "This Order does not modify …", "shall not be construed to stay …".
 */
export const NEGATED =
  /\b(?:[Nn]othing|NOTHING)\s+(?:in|herein|contained|about)\b|\b(?:does|do|did|shall|will|should|is|are)\s+not\b|\b(?:doesn['’]t|don['’]t|isn['’]t|aren['’]t)\b|\bnot\s+(?:to\s+)?be\s+(?:construed|read|deemed|understood)\b|\bneither\b/;

/** `re` matches in `s` as something the court does now, not something it may do or says it does not do. */
function actsIn(s: string, re: RegExp): boolean {
  const m = re.exec(s);
  if (!m) return false;
  const before = s.slice(Math.max(0, m.index - 100), m.index + m[0].length);
  return !HYPOTHETICAL.test(before) && !NEGATED.test(before);
}

/**
 * A sentence without its clauses that change nothing: "…; the stay does not affect the preliminary
 * injunction [31], which remains in effect", "; nothing in this Order modifies the injunction". Such
 * a clause names an injunction only to say the order leaves it alone.
 */
function withoutSavingClauses(s: string): string {
  const parts = s.split(/;\s+/);
  return parts.length > 1 ? parts.filter((c) => !NEGATED.test(c)).join('; ') : s;
}

/** A part of an injunction ends, the rest stays: "dissolved in part", "vacated to the extent that …" (with `partialClause`). */
const IN_PART_WORDS = new RegExp(
  [
    String.raw`\bin\s+part\b|\bto\s+the\s+extent\b|\binsofar\s+as\b|\bexcept\s+(?:as\s+to|that|for)\b|\bremains?\s+(?:in\s+(?:full\s+)?(?:force|effect)|enjoined)\b|\bis\s+(?:hereby\s+)?amended\b`,
    // The act names numbered paragraphs of the relief: "the court VACATES paragraph 3 of the
    // permanent injunction", "Paragraphs 2 and 4 of the preliminary injunction are DISSOLVED" —
    // those paragraphs, the rest in force.
    String.raw`\b(?:vacat|dissolv|terminat|stay|lift|set(?=\s+aside))\w*\s+(?:aside\s+)?(?:only\s+)?${NUMBERED_PART}\s+of\b`,
    String.raw`(?:^|:\s*)\W*(?:only\s+)?${NUMBERED_PART}\s+of\b`,
  ].join('|'),
  'i',
);
/** A sentence acts on part of the relief: its words say so, or a clause limits its act (extract/partial.ts). */
const IN_PART = { test: (s: string): boolean => IN_PART_WORDS.test(s) || partOfAct(s) !== null };

/**
 * An order that changes an injunction and leaves it in force: "modified", "amended", "narrowed",
 * "clarified", "is limited to"; and (with `IN_PART`) "stayed to the extent", "stayed except as to".
 */
const MODIFIES =
  /\b(?:paragraph|provision|section|part|subsection|clause|requirement)s?\b(?:[^.;]|\bNos?\.){0,80}?\b(?:is|are)\s+(?:hereby\s+)?(?:STRICKEN|stricken|struck|deleted|DELETED|removed)\b|\bmodif(?:y|ies|ied|ying)\b|\b(?:is|are)\s+(?:hereby\s+)?(?:amended|limited)\b|\bAMENDED\b|\bnarrow(?:s|ed|ing)\b|\bclarif(?:y|ies|ied|ying)\b/i;
const STAYED = /\b(?:is|are|be)\s+(?:hereby\s+)?(?:STAYED|stayed)\b/;
/**
 * Relief named as it stands after an earlier change — "the preliminary injunction, as modified on
 * March 21, 2030, remains in effect", "the TRO, as previously amended (ECF No. 14)" — a description,
 * not a change now. A change this order makes stays one: "as modified herein / by this Order / below".
 */
const AS_MODIFIED_BEFORE =
  /\b(?:as|previously|earlier|since)\s+(?:(?:later|further|previously|subsequently)\s+)?(?:modified|amended|clarified|narrowed)\b(?!\s+(?:herein|hereby|below|above|as\s+follows|by\s+(?:this|the\s+present)\s+[Oo]rder|in\s+this\s+[Oo]rder))/g;

/** "The Consent Decree remains in effect through June 3, 2027": relief in place, its last day said again. */
/** The court's own words of restraint: an order granting relief, not one that only gives its term. */
const ENJOINS = /\b(?:ENJOINED|[Ee]njoined|RESTRAINED|[Rr]estrained|ENJOINS|[Ee]njoins)\b/;

const REMAINS_IN_EFFECT =
  /\b(?:remains?|shall\s+remain|will\s+remain|continues?|shall\s+continue)\s+in\s+(?:(?:full\s+)?(?:force|effect)|place)\b/i;
/**
 * An order that keeps a stay in place beside what it grants: "The stay under 5 U.S.C. § 705 entered on
 * September 19, 2030 (ECF No. 12, paragraph 1) remains in effect", "The Court's stay of removal [7]
 * shall remain in full force and effect", "the postponement ordered on D continues in force",
 * "Nothing in this Order disturbs (affects, modifies) the stay entered on D", "The stay … is not
 * superseded". Such an order does not take the stay's place.
 */
export function keepsStay(text: string): boolean {
  return sentences(text).some((s) => {
    if (!/\bstay(?:ed|s)?\b|\bpostpone(?:d|ment)\b|§\s*705\b/i.test(s)) return false;
    // A motion to stay, a stay denied: nothing kept.
    if (
      /\bmotion\s+(?:to|for)\s+(?:a\s+)?stay\b/i.test(s) &&
      !/\bstay\s+(?:entered|granted|ordered|issued)\b/i.test(s)
    )
      return false;
    const kept =
      /\b(?:remains?|shall\s+remain|will\s+remain|continues?|shall\s+continue|will\s+continue)\s+(?:in\s+(?:(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?|place)|(?:fully\s+)?(?:operative|undisturbed|unaffected))\b|\b(?:is|are)\s+(?:hereby\s+)?(?:continued|maintained|unaffected|undisturbed|not\s+(?:superseded|vacated|lifted|dissolved|affected|disturbed))\b/i;
    const untouched =
      /\b(?:[Nn]othing|NOTHING)\s+(?:in|herein)\b[^.;]{0,60}?\b(?:affects?|disturbs?|modifies|alters?|lifts?|vacates?|dissolves?|supersedes?)\s+(?:the\s+|its\s+)?(?:[\w§.\s]{0,40}?)\b(?:stay|postponement)\b|\bdoes\s+not\s+(?:affect|disturb|modify|alter|lift|vacate|dissolve|supersede)\s+(?:the\s+|its\s+)?(?:[\w§.\s]{0,40}?)\b(?:stay|postponement)\b/i;
    if (untouched.test(s)) return true;
    if (!kept.test(s)) return false;
    // "remains in effect" said of the stay, not of the injunction in the same sentence: the stay is
    // the subject (named before the verb).
    const verb = kept.exec(s)!;
    const subject = s
      .slice(0, verb.index)
      .split(/;|:\s|,\s+(?:and|but|while)\s+/)
      .pop()!;
    return /\bstay(?:s)?\b|\bpostponement\b|§\s*705\b/i.test(subject) && !HYPOTHETICAL.test(subject);
  });
}

/** The ruling a term waits for names a motion: "until the court decides the motion for preliminary injunction", "… (ECF No. 13)". */
function namesAwaitedMotion(s: string): boolean {
  return UNTIL_COURT_RULES.test(s) && rulingTerm(s) !== null;
}

const RESTATED_TERM =
  /\b(?:remains?|shall\s+remain|will\s+remain|continues?\s+to\s+be|shall\s+continue)\s+in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?\s+(?:through|until)\b/i;

/**
 * "converts the TRO into a preliminary injunction", "the TRO is hereby converted to a preliminary
 * injunction", "… converted into a permanent injunction" (straight to the final judgment's).
 */
const CONVERTS =
  /\b(?:CONVERT(?:S|ING)|[Cc]onvert(?:s|ing)|(?:is|are|be|hereby)\s+(?:hereby\s+)?(?:CONVERTED|converted))\b[^.;]{0,160}?\b(?:in)?to\s+(?:a\s+|the\s+|this\s+|THIS\s+)?(?:(PRELIMINARY|PERMANENT)\s+INJUNCTION|([Pp]reliminary|[Pp]ermanent)\s+[Ii]njunction)/;

/**
 * A preliminary injunction made the final relief: "The preliminary injunction entered July 1, 2027
 * (Dkt. No. 16) is made FINAL as modified below, and is replaced by this permanent injunction",
 * "the Court MAKES FINAL the preliminary injunction", "the preliminary injunction is converted into a
 * permanent injunction", "is made permanent". A permanent injunction from now on (under the PLRA,
 * 18 U.S.C. § 3626(a)(2), no longer ending ninety days after its entry); never "unless the court
 * makes the order final" (HYPOTHETICAL, read by `actsIn`).
 */
const MADE_FINAL = new RegExp(
  [
    String.raw`\bpreliminary\s+injunction\b(?:\s*\([^)]{0,40}\)|\s*\[\d+\]|[^.;(\[]){0,80}?\b(?:is|are|be|shall\s+be|hereby)\s+(?:hereby\s+)?(?:made|rendered|declared|entered\s+as)\s+(?:final|permanent)\b`,
    String.raw`\bmak(?:es|ing|e)\s+(?:final|permanent)\s+(?:the\s+|its\s+)?(?:[\w,]+\s+){0,4}?preliminary\s+injunction\b`,
    String.raw`\bmak(?:es|ing|e)\s+(?:the\s+|its\s+)?preliminary\s+injunction\b[^.;]{0,60}?\s(?:final|permanent)\b`,
    String.raw`\bpreliminary\s+injunction\b(?:\s*\([^)]{0,40}\)|\s*\[\d+\]|[^.;(\[]){0,80}?\b(?:is|are|be|shall\s+be)\s+(?:hereby\s+)?(?:converted\s+(?:in)?to|replaced\s+by|superseded\s+by)\s+(?:a\s+|the\s+|this\s+)?permanent\s+injunction\b`,
    String.raw`\bconvert(?:s|ing)?\s+(?:the\s+|its\s+)?preliminary\s+injunction\b[^.;]{0,80}?\b(?:in)?to\s+(?:a\s+|the\s+|this\s+)?permanent\s+injunction\b`,
  ].join('|'),
  'i',
);

/**
 * An order vacated but for numbered paragraphs it keeps: "The Court's Order of November 20, 2026
 * (Doc. No. 12) is VACATED as superseded by the Consent Decree, except that paragraph 3 of that
 * Order shall remain in effect until …", "Order [40] is DISSOLVED except as to paragraphs 2 and 5".
 * The relief that order granted stays in force in those paragraphs only (group 1).
 */
const VACATED_BUT_KEPT = new RegExp(
  String.raw`\b(?:[Oo]rder|ORDER)\b(?:\s*\([^)]{0,40}\)|\s*\[\d+\]|[^.;(\[]){0,80}?\b(?:is|are)\s+(?:hereby\s+)?(?:VACATED|vacated|DISSOLVED|dissolved)\b[^.;]{0,120}?\bexcept\s+(?:that\s+|as\s+to\s+|for\s+)?(${NUMBERED_PART})(?:\s+(?:of\s+(?:that|the|said|this|its)\s+[Oo]rder|thereof))?(?:\s*,|\s+(?:which|shall|will|is|are)\b|[.;]|$)`,
);

/** The numbered paragraphs of an order its vacatur keeps (`VACATED_BUT_KEPT`), if the order says so now. */
function keptParagraphs(text: string): { kept: string[]; words: string } | null {
  for (const s of sentences(text)) {
    const m = VACATED_BUT_KEPT.exec(s);
    if (!m || !actsIn(s, VACATED_BUT_KEPT)) continue;
    const kept = paragraphNumbers(m[1]!);
    if (kept.length > 0) return { kept, words: s };
  }
  return null;
}

/** What a sentence's act does to part of the relief (extract/partial.ts), and the act; `null` when it names no part. */
function partFound(s: string, act: PartAct): InjunctionFinding['part'] | null {
  const part = partOfAct(s);
  if (!part) return null;
  const acted = paragraphAct(s);
  // Acted on as its verb says ("Paragraph 3 … is STAYED", "VACATED to the extent …"), the part kept
  // by an exception likewise ("VACATED …, except that paragraph 3 … shall remain in effect").
  const main = withoutExcepted(s);
  const verb: PartAct | null = /\b(?:vacat|dissolv|set\s+aside|strik|rescind)/i.test(main)
    ? 'vacated'
    : /\bstay(?:ed|s)\b/i.test(main)
      ? 'stayed'
      : null;
  const done = acted && acted.act !== 'lifted' ? acted.act : (verb ?? act);
  // A part kept out of the act is a numbered part of an order vacated or stayed ("except that
  // paragraph 3 … shall remain in effect"); what else an exception keeps (parties, other relief) is
  // read by its own rules.
  if (part.reach === 'except' && (part.paragraphs.length === 0 || done === 'modified')) return null;
  // A part named only by what it does ("dissolved to the extent that it enjoins the internal review
  // procedures of Sections 2 and 6 of the Executive Order"), no paragraph of the order: the change
  // is told as before (a mandate carried out stays the mandate's, told once).
  // A part named by what it does as what is acted on ("the portion of the preliminary injunction
  // requiring … is VACATED") is that part.
  if (!acted && part.paragraphs.length === 0 && !describedPart(s)) return null;
  return { ...part, act: done };
}

/**
 * A sentence acting on numbered paragraphs of an order it names by number or day, without naming
 * the relief ("paragraph 3(b) of the Court's Order of August 6, 2027 [Doc. 17] is VACATED to the
 * extent it requires more than seven days …"): the part acted on, and the sentence. Not a refusal
 * or a request, nor an order named by neither number nor day.
 */
function orderParagraphsActed(
  text: string,
): { part: NonNullable<InjunctionFinding['part']>; words: string } | null {
  for (const s of sentences(text)) {
    const acted = paragraphAct(s);
    // An order named as relief ("paragraph 3 of the permanent injunction") is read with that relief.
    if (!acted || acted.act === 'lifted' || !actsIn(s, PARAGRAPH_ACT_VERB) || injunctionTypeIn(acted.order))
      continue;
    if (!/\[\d{1,5}\]|\b(?:ECF|Dkt\.?|Doc\.?|Docket)\s*(?:No\.?\s*)?\d{1,5}\b|\b\d{4}\b/.test(acted.order))
      continue;
    const part = partFound(s, acted.act);
    if (part) return { part, words: s };
  }
  return null;
}
const PARAGRAPH_ACT_VERB =
  /\b(?:VACATED|STAYED|DISSOLVED|MODIFIED|AMENDED|STRICKEN|RESCINDED|SET\s+ASIDE|VACATES|STAYS|DISSOLVES|MODIFIES|AMENDS|STRIKES|RESCINDS|SETS\s+ASIDE)\b/i;

/** The order's own relief stayed by the same order: "This injunction is STAYED for fourteen (14) days …", "The preliminary injunction shall be stayed pending appeal". */
const OWN_STAY =
  /^\W*(?:This|The|Such|Said|That)\s+(?:[\w-]+\s+){0,2}?(?:[Ii]njunction|INJUNCTION|[Oo]rder|ORDER|TRO|[Rr]estraining\s+[Oo]rder)\b(?:\s+\[\d+\])?[^.;]{0,30}?\b(?:is|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:STAYED|stayed)\b/;

/** An injunction that says it takes the TRO's place ("This preliminary injunction replaces the Temporary Restraining Order [8]"). */
const REPLACES_TRO =
  /\b(?:(?:preliminary|permanent)\s+injunction|[Ii]njunction|ORDER|[Oo]rder)\b[^.;]{0,60}?\b(?:replaces|supersedes|takes\s+the\s+place\s+of|shall\s+replace|shall\s+supersede)\s+(?:the\s+)?(?:Court['’]s\s+)?(?:[A-Z][a-z]+\s+\d{1,2},\s+\d{4},?\s+)?(?:temporary\s+restraining\s+order|TRO)\b/i;

/** The same in the passive: "The Temporary Restraining Order [9] is superseded by this Order", "the TRO … is replaced by the preliminary injunction". */
const TRO_REPLACED =
  /\b(?:temporary\s+restraining\s+order|TRO)\b(?:\s+\[\d+\]|\s+\((?:ECF|Dkt|Doc)[^)]{0,20}\))?[^.;]{0,60}?\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:superseded|replaced)\s+by\b/i;

/** What a conversion makes of the TRO: a permanent injunction when the words say so, else a preliminary one. */
function convertedInto(words: string): 'preliminary_injunction' | 'permanent_injunction' {
  const m = CONVERTS.exec(words);
  const said = m ? (m[1] ?? m[2] ?? '') : /\bpermanent\s+injunction\b/i.test(words) ? 'permanent' : '';
  return /^permanent$/i.test(said) ? 'permanent_injunction' : 'preliminary_injunction';
}

/**
 * The motion ruled on asks for relief itself, by the words after its first "motion" (or
 * application, request, petition): for a TRO or an injunction, for the extension (modification,
 * dissolution, stay …) of one, or to dissolve (modify, stay, extend …) it — not for leave, for time,
 * to expedite, which only name the injunction motion they are about.
 */
function asksForRelief(phrase: string): boolean {
  const m = /\b(?:motion|application|request|petition)s?\b/i.exec(phrase);
  return m !== null && RELIEF_ASKED.test(phrase.slice(m.index + m[0].length));
}
const RELIEF_ASKED =
  /^\s*(?:\([^)]*\)\s*|\[\d+\]\s*)?(?:for|to|seeking)\s+(?:(?:an?|the|entry\s+of(?:\s+an?)?|issuance\s+of(?:\s+an?)?)\s+)?(?:(?:emergency|ex\s+parte|immediate|further)\s+)?(?:(?:extension|modification|dissolution|vacatur|clarification|enforcement|termination|conversion|renewal|stay)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?)?(?:temporary\s+restraining|TRO\b|preliminary\s+injunct|permanent\s+injunct|injunct|consent\s+(?:decree|judgment)|(?:dissolve|modify|stay|vacate|extend|convert|amend|terminate|clarify|enforce|renew|lift|reconsider)\b)/i;

/**
 * The part of a motion a ruling reaches, right after its verb: "(GRANTED) IN PART insofar as it seeks
 * a temporary restraining order", "to the extent that it requests a preliminary injunction", "as
 * to its request for a TRO" — group 1, the relief named.
 */
const SOUGHT_PART =
  /^\s*(?:,?\s*(?:in|IN|In)\s+(?:part|PART|Part)\s*,?)?\s*(?:insofar\s+as|to\s+the\s+extent(?:\s+that)?|as\s+to)\s+(?:it|they|the\s+(?:motion|application)|its|their)\s+(?:(?:seeks?|requests?|asks?\s+for|prays?\s+for|request\s+for)\s+)?(?:an?\s+|the\s+)?((?:temporary\s+restraining\s+order|TRO|preliminary\s+injunction)\b)/i;

/** What a motion about an injunction asks: `modify`, `dissolve`, `extend`, `convert`, … (none: a new injunction). */
function motionAims(phrase: string): Set<string> {
  const aims = new Set<string>();
  const re =
    /\b(?:to\s+(enforce|modify|dissolve|vacate|extend|clarify|stay|reconsider|convert|amend|terminate)|for\s+(?:an?\s+)?(?:order\s+)?(modification|dissolution|vacatur|extension|clarification|reconsideration|enforcement|termination))\b/gi;
  for (const m of phrase.matchAll(re)) {
    const w = (m[1] ?? m[2]!).toLowerCase();
    aims.add(
      w.startsWith('modif') || w === 'amend'
        ? 'modify'
        : w.startsWith('dissol') || w.startsWith('termin')
          ? 'dissolve'
          : w.startsWith('vacat')
            ? 'vacate'
            : w.startsWith('exten')
              ? 'extend'
              : w.startsWith('clarif')
                ? 'clarify'
                : w.startsWith('enforce')
                  ? 'enforce'
                  : w.startsWith('reconsider')
                    ? 'reconsider'
                    : w,
    );
  }
  return aims;
}

/**
 * What a judgment's relief adds to the injunctions read (extract/relief.ts): an agency action set
 * aside (or remanded without vacatur), a declaratory judgment; and for whom each final relief and
 * injunction pending appeal is granted.
 */
function finalRelief(text: string, read: InjunctionFinding[]): InjunctionFinding[] {
  // A kind the order's own words already grant (a permanent injunction "PERMANENTLY ENJOINED" and
  // named again in the list of relief): one finding.
  const out: InjunctionFinding[] = readFinalRelief(text)
    .filter((r) => !read.some((f) => f.type === r.type && f.action === r.action))
    .map((r) => ({
      type: r.type,
      action: r.action,
      until: null,
      ...(r.object ? { object: r.object } : {}),
      ...(r.withoutVacatur ? { withoutVacatur: true as const } : {}),
    }));
  const beneficiaries = reliefFor(text);
  for (const f of [...read, ...out]) {
    if (f.action !== 'granted') continue;
    if (beneficiaries && FINAL_RELIEF.has(f.type)) f.beneficiaries = beneficiaries;
    if (f.type === 'injunction_pending_appeal') {
      const parties = protectedParties(text).filter((p) => !/^the\s/.test(p));
      if (parties.length > 0) f.parties = parties;
    }
  }
  return out;
}

/** One sentence, read whole or without its saving clauses (`withoutSavingClauses`). */
function sameSentence(a: string, b: string): boolean {
  const head = (x: string) => x.replace(/\s+/g, ' ').trim().slice(0, 60);
  return head(a) === head(b);
}

/**
 * What an order enters that takes the place of relief (extract/instruments.ts): a class settlement
 * approved finally that the court will enforce, for the term the court keeps it ("retains
 * jurisdiction to enforce the Settlement Agreement for twenty-four months"); and each earlier relief
 * the instrument replaces ("vacated and superseded by this Consent Decree", "DISSOLVED …; its
 * protections are replaced by the terms of the Settlement Agreement"), converted into it — ended,
 * its protection carried on by the instrument, never lost.
 */
function instrumentsIn(
  text: string,
  ctx: EntryContext,
  replacements: Replacement[],
  read: InjunctionFinding[],
): InjunctionFinding[] {
  const out: InjunctionFinding[] = [];
  const settlement = settlementApproved(text);
  if (settlement && !read.some((f) => f.type === 'settlement')) {
    const until =
      settlementTermSentences(text)
        .map((s) => expiryIn(effectiveAsEntry(s, text), ctx))
        .map((e) => e.expires ?? e.until)
        .find(Boolean) ?? null;
    out.push({
      type: 'settlement',
      action: 'granted',
      until,
      source: settlement.words,
      why: { rule: 'settlement-approved', words: settlement.words.slice(0, 160), confidence: 0.85 },
    });
  }
  // "The Court approves and enters the Consent Judgment, which shall govern in place of the preliminary
  // injunction [20]": the sentence that says what the decree replaces also enters it — granted, once.
  const enters = replacements.find((r) => r.into === 'consent_decree' && entersDecree(r.sentence));
  if (enters && ![...read, ...out].some((f) => f.type === 'consent_decree' && f.action === 'granted'))
    out.push({
      type: 'consent_decree',
      action: 'granted',
      until: ownTerm(text, ctx, 'instrument'),
      source: enters.sentence,
      why: { rule: 'decree-entered', words: enters.sentence.slice(0, 160), confidence: 0.85 },
    });
  for (const r of replacements) {
    if ([...read, ...out].some((f) => f.action === 'converted' && f.type === r.replaced)) continue;
    out.push({
      type: r.replaced,
      action: 'converted',
      until: null,
      into: r.into,
      source: r.sentence,
      why: { rule: 'injunction-replaced', words: r.sentence.slice(0, 160), confidence: 0.85 },
    });
  }
  return out;
}

/** TROs and injunctions granted, denied, extended, converted, modified, vacated or stayed. */
export function readInjunctions(ctx: EntryContext): InjunctionFinding[] {
  const { cls, text } = ctx;
  if (!cls.isCourtAct || cls.clerkEntry) return [];
  const out: InjunctionFinding[] = [];
  // "Denying in Part [135] Motion to Dismiss, Granting in Part [138] Motion for Preliminary
  // Injunction": the verb that governs the injunction motion is the one before it.
  // "Plaintiff's motion for a temporary restraining order (ECF No. 2) is GRANTED": the same ruling in
  // the order's own (passive) words.
  const aboutInjunction = (d: { phrase: string }) =>
    injunctionTypeIn(d.phrase) !== null && asksForRelief(d.phrase);
  const titled = decisionsIn(text).find(aboutInjunction);
  const own = passiveDecisions(text).find(aboutInjunction);
  // A split disposition: the title grants in part a motion asking for several remedies ("granting in
  // part and denying in part [4] Motion for Temporary Restraining Order and for Stay of Agency
  // Action"); the order's own words rule on each ("The request for a temporary restraining order is
  // DENIED as moot"): that ruling governs the remedy it names.
  const split =
    titled?.verb === 'granted_in_part' &&
    own &&
    injunctionTypeIn(own.phrase) === injunctionTypeIn(titled.phrase);
  const ruling = (split ? own : titled) ?? own ?? decidedMotion(text);
  // A motion denied as moot decides nothing about the relief it asked for ("denying as moot [3]
  // Emergency Motion for Temporary Restraining Order in light of the Court's Omnibus Order").
  const decided = ruling?.moot ? null : ruling;
  const until = /\bENJOINED\b|\benjoined\b|\bRESTRAINED\b/.test(text)
    ? expiryIn(sentences(text).find((s) => /\benjoined\b|\brestrained\b/i.test(s)) ?? '', ctx)
    : null;
  // What the order commands in other words ("Defendant shall not remove any class member … until
  // further order of the Court", "Defendants are ORDERED to keep …") carries its term the same way.
  // The first that gives a term, its term first or last ("The court ORDERS that until 11:59 p.m. on
  // June 25, 2027, the defendants must (a) keep …").
  const commandedUntil = until
    ? null
    : (sentences(text)
        .filter((s) => COMMANDS.test(s) || TERM_FIRST_COMMAND.test(s.replace(/\b([ap])\.m\./gi, '$1m')))
        .map((s) => expiryIn(s, ctx))
        .find((e) => e.expires || e.until) ?? null);
  // The term may be a sentence of its own ("This Order shall expire on April 11, 2025 at 5:00 p.m.").
  const untilValue =
    (until ? (until.expires ?? until.until) : null) ??
    ownTerm(text, ctx) ??
    (commandedUntil ? (commandedUntil.expires ?? commandedUntil.until) : null);
  if (decided) {
    const phrase = decided.phrase;
    const stayOfInjunction = /\b(?:to\s+stay|for\s+(?:a\s+)?stay)\b[^.]{0,80}\binjunct/i.test(phrase);
    const type = injunctionTypeIn(phrase.split(/\b(?:and|;)\s+(?:GRANT|DENY|grant|deny)/)[0] ?? phrase);
    const aims = motionAims(phrase.split(/\b(?:and|;)\s+(?:GRANT|DENY|grant|deny)/)[0] ?? phrase);
    if (stayOfInjunction && type) {
      // Stayed in part ("granting in part the motion to stay the injunction"): in force, changed.
      if (decided.verb !== 'denied')
        out.push({ type, action: decided.verb === 'granted_in_part' ? 'modified' : 'stayed', until: null });
    } else if (!asksForRelief(phrase)) {
      // "granting [12] Motion for Leave to File Reply in support of Motion for Preliminary
      // Injunction", "motion for an extension of time to respond to the motion for a TRO": the
      // motion ruled on asks for something else; the injunction is only named — unless the ruling
      // says which of its requests it grants: "The motion (ECF No. 3) is GRANTED IN PART insofar as
      // it seeks a temporary restraining order for the named Plaintiffs".
      const sought = SOUGHT_PART.exec(phrase);
      const part = sought ? injunctionTypeIn(sought[1]!) : null;
      if (part)
        out.push({
          type: part,
          action: decided.verb === 'denied' ? 'denied' : 'granted',
          until: decided.verb === 'denied' ? null : untilValue,
        });
    } else if (type && aims.has('convert')) {
      // A motion to convert a TRO into a preliminary (or permanent) injunction asks for the injunction.
      const into = convertedInto(phrase);
      if (decided.verb === 'denied') out.push({ type: into, action: 'denied', until: null });
      else
        out.push(
          { type: 'TRO', action: 'converted', until: null, into },
          { type: into, action: 'granted', until: untilValue },
        );
    } else if (type && aims.size > 0) {
      // A motion about an injunction in place: denying it leaves the injunction as it was.
      const action: InjunctionAction | null =
        decided.verb === 'denied'
          ? null
          : aims.has('modify') || decided.verb === 'granted_in_part'
            ? aims.has('modify') || aims.has('dissolve') || aims.has('vacate')
              ? 'modified'
              : aims.has('extend')
                ? 'extended'
                : null
            : aims.has('dissolve')
              ? 'dissolved'
              : aims.has('vacate')
                ? 'vacated'
                : aims.has('extend')
                  ? 'extended'
                  : null;
      if (action) out.push({ type, action, until: action === 'extended' ? untilValue : null });
    } else if (type && /\bmotion|\bapplication|\brequest/i.test(phrase)) {
      out.push({
        type,
        action: decided.verb === 'denied' ? 'denied' : 'granted',
        until: decided.verb === 'denied' ? null : untilValue,
      });
    }
  }
  // Minutes: "Hearing on the petitioner's application for a TRO held on D. Ordered application
  // granted." — the ruling names the application the sentence before it named.
  if (out.length === 0) {
    const ss = sentences(text);
    for (let i = 0; i < ss.length; i++) {
      const named =
        /\b(?:application|motion|petition|request)\s+for\s+(?:an?\s+)?(?:temporary\s+restraining\s+order|TRO|preliminary\s+injunction)\b/i.exec(
          ss[i]!,
        );
      if (!named) continue;
      // The ruling names the motion in words, by its docket number ("Bench ruling: [3] GRANTED as to
      // Petitioner X only", "Oral ruling: ECF No. 3 is granted"), or follows its title at once
      // ("[3] Motion for Temporary Restraining Order GRANTED").
      const ref = /\[(\d+)\]|\b(?:ECF|Dkt|Doc)\.?\s*(?:No\.?\s*)?(\d+)\b/i.exec(
        ss[i]!.slice(Math.max(0, named.index - 40), named.index),
      );
      const num = ref ? (ref[1] ?? ref[2]) : null;
      const byName = String.raw`\b(?:the\s+)?(?:application|motion|petition|request)`;
      const byNumber = num ? String.raw`|\[${num}\]|\b(?:ECF|Dkt|Doc)\.?\s*(?:No\.?\s*)?${num}\b` : '';
      const rulingRe = new RegExp(
        `(?:^\\s*(?:\\([^)]{0,30}\\)\\s*)?|${byName}${byNumber})\\s+(?:is\\s+|was\\s+)?(?:hereby\\s+)?(GRANTED|granted|DENIED|denied)\\b`,
      );
      const ruling = [ss[i]!, ss[i + 1] ?? '']
        .map((x) => rulingRe.exec(x.slice(x === ss[i] ? named.index + named[0].length : 0)))
        .find(Boolean);
      const type = injunctionTypeIn(named[0]);
      // "[3] DENIED as moot": nothing decided about the relief.
      if (ruling && /^\s*as\s+moot\b/i.test(ruling.input.slice(ruling.index + ruling[0].length))) break;
      if (ruling && type) {
        out.push({ type, action: /denied/i.test(ruling[1]!) ? 'denied' : 'granted', until: untilValue });
        break;
      }
    }
  }
  // A preliminary injunction made final (or converted into a permanent injunction): it ends, the
  // permanent injunction takes its place — never "modified" ("made FINAL as modified below").
  if (!out.some((f) => f.action === 'converted') && sentences(text).some((s) => actsIn(s, MADE_FINAL))) {
    out.push({
      type: 'preliminary_injunction',
      action: 'converted',
      until: null,
      into: 'permanent_injunction',
    });
    if (!out.some((f) => f.type === 'permanent_injunction' && f.action === 'granted'))
      out.push({ type: 'permanent_injunction', action: 'granted', until: null });
  }
  // An order vacated but for the paragraphs it keeps: the relief that order granted, named by its
  // number or date, is changed — in force in those paragraphs only (tracker/injunctions.ts).
  const kept = keptParagraphs(text);
  if (kept)
    out.push({
      type: 'preliminary_injunction',
      action: 'modified',
      until: null,
      kept: kept.kept,
      part: partFound(kept.words, 'vacated') ?? {
        act: 'vacated',
        reach: 'except',
        paragraphs: kept.kept,
        words: `paragraph${kept.kept.length > 1 ? 's' : ''} ${kept.kept.join(', ')}`,
      },
      source: kept.words,
      why: { rule: 'injunction-modified', words: kept.words.slice(0, 160), confidence: 0.85 },
    });
  // Numbered paragraphs of an order named by its number or day acted on ("paragraph 3 of the Opinion
  // and Order of February 14, 2028 (ECF No. 13) is VACATED insofar as it required …"): the relief
  // that order granted is changed in that part, the rest in force (the tracker finds the order).
  else if (!out.some((f) => f.part)) {
    const acted = orderParagraphsActed(text);
    if (acted)
      out.push({
        type: 'preliminary_injunction',
        action: 'modified',
        until: null,
        part: acted.part,
        source: acted.words,
        why: { rule: 'injunction-modified', words: acted.words.slice(0, 160), confidence: 0.8 },
      });
  }
  const converted =
    !out.some((f) => f.action === 'converted') && sentences(text).some((s) => actsIn(s, CONVERTS));
  const replacements = replacementsIn(text);
  // Relief an order ends as it puts a settlement or a decree in force ("shall be dissolved upon the
  // Effective Date" in a final approval order): replaced by it, unless the order says otherwise.
  const entered = settlementApproved(text)
    ? 'settlement'
    : sentences(text).some(entersDecree)
      ? 'consent_decree'
      : null;
  if (entered)
    for (const r of endedWithEntry(text, entered))
      if (!replacements.some((x) => x.replaced === r.replaced)) replacements.push(r);
  // "This preliminary injunction replaces (supersedes, takes the place of) the temporary restraining
  // order": the injunction granted here is the TRO's successor, as a conversion says.
  const replaced =
    !converted &&
    !out.some((f) => f.action === 'converted') &&
    sentences(text).some((s) => actsIn(s, REPLACES_TRO) || actsIn(s, TRO_REPLACED));
  const successor = out.find((f) => f.action === 'granted' && f.type !== 'TRO');
  if (replaced && successor)
    out.push({ type: 'TRO', action: 'converted', until: null, into: successor.type });
  if (converted) {
    const into = convertedInto(sentences(text).find((s) => actsIn(s, CONVERTS)) ?? text);
    out.push({ type: 'TRO', action: 'converted', until: null, into });
    // "ORDER granting [4] Motion for Preliminary Injunction. The TRO is converted into a preliminary
    // injunction": one injunction granted, however many sentences say so.
    if (!out.some((f) => f.type === into && f.action === 'granted'))
      out.push({ type: into, action: 'granted', until: untilValue });
  }
  for (const s of sentences(text).map(withoutSavingClauses)) {
    const type =
      injunctionTypeIn(s) ??
      (/\benjoin|restrain/i.test(s) ? (cls.kind === 'judgment' ? 'permanent_injunction' : null) : null);
    if (!type || out.some((f) => f.action === 'converted')) continue;
    // Relief named only in what the act leaves out ("all proceedings are STAYED pending the Sixth
    // Circuit's decision, except that the preliminary injunction (ECF No. 13) remains in effect"):
    // the act is on something else; the relief stays as it was.
    if (injunctionTypeIn(withoutExcepted(s)) === null && !/\benjoin|restrain/i.test(withoutExcepted(s)))
      continue;
    // The sentence of an order vacated but for paragraphs it keeps: read above, once.
    if (kept?.words.includes(s.slice(0, 60))) continue;
    // Relief an instrument takes the place of ("vacated and superseded by this Consent Decree"): read below, once.
    if (replacements.some((r) => sameSentence(r.sentence, s))) continue;
    let action: InjunctionAction | null = null;
    if (
      actsIn(
        s,
        new RegExp(
          String.raw`\b(?:is|are|be)\s+(?:hereby\s+)?(?:VACATED|vacated)\b|\bVACAT(?:ING|ES)\b|\bvacat(?:ing|es)\s+(?:${PART_OF}\s+of\s+)?(?:the\s+|its\s+)?(?:district\s+court'?s?\s+)?(?:temporary|preliminary|permanent)`,
        ),
      )
    )
      action = IN_PART.test(s) ? 'modified' : 'vacated';
    else if (
      actsIn(s, type === 'consent_decree' ? /\bdissolv|\bterminat(?:ed|es|ing)\b/i : /\bdissolv/i) &&
      !/\bmotion\s+(?:to\s+(?:dissolve|terminate)|for\s+(?:dissolution|termination))/i.test(s) &&
      !(type === 'consent_decree' && /\b(?:shall|will|to)\s+terminate\b/i.test(s)) &&
      // "This Consent Decree terminates thirty-six months after its entry": its term, not an end now.
      !(/\b(?:terminates|expires)\b/i.test(s) && (expiryIn(s, ctx).expires ?? '') > ctx.dateFiled) &&
      // "The TRO shall dissolve by its own terms at 6:30 p.m. on February 5, 2026", "dissolves of its
      // own force at the close of business on D": its term, not an end now.
      !/\b(?:(?:shall|will)\s+(?:automatically\s+)?dissolve|dissolves(?=\s+(?:by|of)\s+(?:its|their)\s+own\b))\b/i.test(
        s,
      )
    )
      action = IN_PART.test(s) ? 'modified' : 'dissolved';
    else if (
      actsIn(
        s,
        /\b(?:is|are|be|was|were|been)\s+(?:hereby\s+)?(?:extended|renewed)\b|\b(?:extend|renew)(?:ing|s|ed)?\s+(?:the\s+|its\s+)?(?:temporary|preliminary|TRO|consent)|\bcontinu(?:e|es|ed|ing)\s+(?:the\s+|its\s+)?(?:temporary|preliminary|TRO)\b(?:[^.;]|\((?:ECF|Dkt|Doc|Docket|Rec)\.?\s*(?:Nos?\.\s*)?[\d, ]+\)){0,80}?\bin\s+(?:full\s+)?(?:force|effect)\b/i,
      ) &&
      !/\bmotion\s+to\s+(?:extend|renew)/i.test(s) &&
      // Told as done in the past tense ("By agreement of the parties, the Court extended the temporary
      // restraining order [11] through D", a clerk's minutes): the act of this entry — unless it recites
      // an earlier one ("the Court previously extended the TRO through D").
      !/\b(?:previously|earlier|already|had|has)\s+(?:been\s+)?(?:extended|renewed)\b/i.test(s)
    )
      action = 'extended';
    else if (
      (actsIn(s.replace(AS_MODIFIED_BEFORE, ''), MODIFIES) || (actsIn(s, STAYED) && IN_PART.test(s))) &&
      !/\bmotion\s+to\s+(?:modify|amend|clarify|narrow)/i.test(s) &&
      // "The District Court order modifying the preliminary injunction … is stayed": that order is
      // what is acted on; the injunction itself is not modified here.
      !(/\border\s+modifying\b/i.test(s) && /\b(?:stayed|vacated|reversed|affirmed)\b/i.test(s)) &&
      !out.some((f) => f.action === 'modified')
    )
      action = 'modified';
    else if (
      /\b(?:is|are)\s+(?:hereby\s+)?(?:GRANTED|granted|ENTERED|entered|issued|ISSUED)\b/.test(s) &&
      !decided
    )
      action = 'granted';
    // A later order restating the term of relief already in place ("The Consent Decree remains in
    // effect through June 3, 2027", on remand after part of an order extending it was reversed): its
    // last day is that one. Told only when it differs from the day on record (tracker/injunctions.ts).
    else if (
      RESTATED_TERM.test(s) &&
      !NEGATED.test(s) &&
      !HYPOTHETICAL.test(s) &&
      !decided &&
      !out.some((f) => f.type === type) &&
      expiryIn(s, ctx).expires
    )
      action = 'modified';
    // Kept in force until the court rules on a motion, whatever its stated last day ("The temporary
    // restraining order (Dkt. No. 9) remains in effect until the court decides the motion for
    // preliminary injunction, notwithstanding its stated expiration date"): extended until that ruling.
    else if (
      REMAINS_IN_EFFECT.test(s) &&
      namesAwaitedMotion(s) &&
      !NEGATED.test(s) &&
      !HYPOTHETICAL.test(s) &&
      !decided &&
      !out.some((f) => f.type === type)
    )
      action = 'extended';
    // "the effective date of the Final Rule … is POSTPONED pending conclusion of these review
    // proceedings" (5 U.S.C. § 705); "CONSENT DECREE entered".
    else if (
      (type === 'agency_postponement' && actsIn(s, POSTPONES) && !/^\W*(?:MOTION|Motion)\b/.test(s)) ||
      (type === 'consent_decree' && entersDecree(s))
    )
      action = 'granted';
    // The relief's own term in an order of its own, after the grant ("The temporary restraining order
    // shall expire at 11:59 p.m. on March 25, 2025, unless extended"): its last day, learned or changed.
    let termOnly = false;
    if (
      !action &&
      // "ORDER: The temporary restraining order [9] shall expire …": the entry's heading is not the subject.
      // "ORDER that the preliminary injunction … shall expire …" (E.D. Pa.) likewise.
      OWN_TERM.test(s.replace(/^\W*(?:[A-Z]+\s+){0,3}ORDER\b(?:[^:.]{0,60}:|\s+that\b)\s*/, '')) &&
      // "…, unless extended by the Court": the term's usual proviso, not a condition on it.
      !NEGATED.test(s.replace(/,?\s+unless\b.*$/, '')) &&
      !HYPOTHETICAL.test(s.replace(/,?\s+unless\b.*$/, '')) &&
      !decided &&
      !ENJOINS.test(text) &&
      !out.some((f) => f.type === type) &&
      expiryIn(s, ctx).expires
    ) {
      action = 'modified';
      termOnly = true;
    }
    if (!action) continue;
    const told = out.find((f) => f.type === type && f.action === action);
    if (told) {
      // One act said twice — a heading ("ORDER EXTENDING TEMPORARY RESTRAINING ORDER.") and the
      // sentence that says it in full ("… is EXTENDED through and including February 19, 2026"): the
      // later sentence's last day fills the heading's blank.
      if (told.until === null && !told.extendBy) {
        const more = expiryIn(s, ctx);
        told.until = more.expires ?? more.until;
      }
      continue;
    }
    // A last day written out wins over the length it also gives ("for one additional year, through
    // October 1, 2029").
    const written = action === 'extended' ? extendedTo(s, ctx) : expiryIn(s, ctx);
    const by = action === 'extended' && !written.expires ? extensionLength(s) : null;
    const e = by ? null : written;
    // The numbered paragraph that extends it, so a stay or reversal of that paragraph is known to reach it.
    const at = action === 'extended' ? text.indexOf(s.slice(0, 40)) : -1;
    const paragraph = at >= 0 ? numberedParagraphAt(text, at) : null;
    // The part of it acted on, or kept, in the court's words (extract/partial.ts).
    const part = action === 'modified' && !termOnly ? partFound(s, 'modified') : null;
    out.push(
      by
        ? { type, action, until: null, extendBy: by, ...(paragraph ? { paragraph } : {}) }
        : {
            ...(paragraph ? { paragraph } : {}),
            ...(part ? { part } : {}),
            type,
            action,
            // A consent decree's term is a sentence of its own ("This Decree shall terminate twenty-four
            // (24) months after its entry").
            until:
              e!.expires ??
              e!.until ??
              (action === 'granted' && type === 'consent_decree' ? ownTerm(text, ctx, 'instrument') : null),
            ...(termOnly ? { term: true as const } : {}),
          },
    );
  }
  out.push(...instrumentsIn(text, ctx, replacements, out));
  // The court stays the relief it grants in the same order, for a time or pending appeal ("This
  // injunction is STAYED for fourteen (14) days from entry of this Order to permit Defendant to seek
  // a stay from the Court of Appeals"): granted, and on hold until then.
  const grant = out.find((f) => f.action === 'granted');
  const ownStay =
    grant && !out.some((f) => f.action === 'stayed') && sentences(text).find((x) => actsIn(x, OWN_STAY));
  if (grant && ownStay) {
    const e = expiryIn(ownStay, ctx);
    out.push({ type: grant.type, action: 'stayed', until: e.expires ?? e.until });
  }
  // Ended from a later day ("DISSOLVED, effective January 15, 2026"): in force until then.
  const effective = effectiveEnd(text, ctx);
  if (effective)
    for (const f of out) if (f.action === 'dissolved' || f.action === 'vacated') f.effective = effective;
  // An extension ruled on as a motion ("granting [12] Motion to Extend TRO. The TRO is EXTENDED for an
  // additional 14 days"): its length, counted from the last day it extends.
  for (const f of out) {
    if (f.action !== 'extended' || f.extendBy || (f.until && /^\d{4}-\d{2}-\d{2}$/.test(f.until))) continue;
    const by = sentences(text)
      .filter((x) => /\bextend/i.test(x))
      .map(extensionLength)
      .find(Boolean);
    if (by) {
      f.extendBy = by;
      f.until = null;
    }
  }
  // The relief itself, its name the entry's caption ("PRELIMINARY INJUNCTION. The motion [4] is GRANTED
  // IN PART. Defendants are enjoined from …", "TEMPORARY RESTRAINING ORDER: Respondents shall not …"):
  // granted — in force as to what it grants — unless its words only deny.
  const captioned = captionedRelief(text);
  if (captioned) {
    // "INJUNCTION PENDING FINAL JUDGMENT": its term in the caption's capitals, said as words.
    const e = expiryIn(RELIEF_CAPTION.exec(text)![0], ctx);
    const captionTerm = e.expires ?? e.until?.toLowerCase() ?? null;
    const granted = out.find((f) => f.type === captioned && f.action === 'granted');
    if (granted) granted.until ??= captionTerm;
    else if (!out.some((f) => f.type === captioned && !f.term)) {
      const term = out.findIndex((f) => f.type === captioned && f.term);
      const termUntil = term >= 0 ? out.splice(term, 1)[0]!.until : null;
      out.push({ type: captioned, action: 'granted', until: termUntil ?? untilValue ?? captionTerm });
    }
  }
  if (out.length === 0 && until && /\bENJOINED\b|\benjoined\b/.test(text)) {
    // The kind the enjoining words say ("are PRELIMINARILY ENJOINED") before any other the order names.
    const type =
      injunctionTypeIn(sentences(text).find((x) => /\benjoined\b/i.test(x)) ?? '') ??
      injunctionTypeIn(text) ??
      (cls.kind === 'judgment' ? 'permanent_injunction' : 'preliminary_injunction');
    out.push({ type, action: 'granted', until: untilValue });
  }
  out.push(...finalRelief(text, out));
  // Each finding says which words it rests on: the sentence that names the injunction or the ruling.
  const ss = sentences(text);
  const named =
    ss.find(
      (x) =>
        /\benjoin|\binjunct|\brestrain|\bTRO\b/i.test(x) &&
        /\b(?:grant|den(?:y|ied)|enjoined|restrained|stay|dissolv|vacat|extend|modif|convert)/i.test(x),
    ) ??
    ss.find((x) => /\benjoin|\binjunct|\brestrain|\bTRO\b/i.test(x)) ??
    text;
  // Said in `why` only: an injunction's provenance stays the whole entry, whose words the tracker and
  // the alerts read (what it protects, what it replaces, which ruling it names).
  for (const f of out)
    f.why ??= {
      rule: `injunction-${f.action}`,
      words: named.replace(/\s+/g, ' ').slice(0, 160),
      confidence: 0.85,
    };
  return out;
}
