/**
 * One clause grammar for what CM/ECF text says happens to a court event, whatever the court:
 *
 *   [event name] [filler: its old day, whom, where] [lifecycle verb] [complement: for/to/on/from … D T, place]
 *   [lifecycle verb] [event name] [complement]                  (verb first: "ORDER setting …", "vacating …")
 *
 * The event is a head noun of court proceedings (hearing, conference, trial, argument, arraignment,
 * sentencing, calendar call, meeting of creditors, …) with up to four modifiers; the verb one of
 * five lifecycles (set, moved, taken off, held, decided without hearing), in any capitalization,
 * after any auxiliary ("is hereby", "has been", "will be", "to be"); the complement says the day:
 * "from D1 to D2" and "previously set for D1 … to D2" move a setting (D1 off, D2 on); "generally",
 * "until further order", "pending …", "to a date to be determined" take it off undated; a "not"
 * before the verb takes it off. Written from the structure, not from any court's event names, so it
 * holds for names it has never seen ("Omnibus Hearing", "Supervised Release Revocation Hearing").
 */
import { DATE, scanTemporals, TIME, WEEKDAY, weekdayNumber } from './grammar.ts';

export type Lifecycle = 'set' | 'reset' | 'cancelled' | 'held';

export interface ClauseReading {
  /** The event's name as written ("Final Pretrial Conference"). */
  event: string;
  lifecycle: Lifecycle;
  date: string | null;
  time: string | null;
  /** The day a move takes the setting off ("previously set for D1", "from D1"). */
  from: { date: string; time: string | null } | null;
  /** A participle or an order's verb named the setting before the clause's own verb ("currently scheduled for D is adjourned sine die"). */
  named: boolean;
  /** A "not" before the verb: "Detention Hearing … not held on D". */
  negated: boolean;
  /** Where the clause starts in the sentence, and its words. */
  index: number;
  words: string;
  /** Why its day cannot be read for sure ("Thursday" when two Thursdays could be meant): a person reads it. */
  unsure?: string;
}

/** Any capitalization of words written in lower case: "hearing" → "[hH][eE]…". */
const ci = (words: string) =>
  words.replace(
    /(\\.)|([a-z])/g,
    (_m, escaped: string | undefined, c: string) => escaped ?? `[${c}${c.toUpperCase()}]`,
  );

/** Head nouns of court proceedings, any capitalization. */
const HEAD = ci(
  '(?:hearings?|hrg|conferences?|conf|trials?|arguments?|re-?arraignments?|arraignments?|sentencings?|sentence|(?:initial|first)\\s+appearances?|calendar\\s+call|status\\s+call|docket\\s+call|jury\\s+selection|(?:341(?:\\(a\\))?\\s+)?meeting(?:\\s+of\\s+creditors)?|presentment|trial\\s+setting|pretrial|teleconference|videoconference|colloquy)',
);
/**
 * Verbs that name what is asked or done to an event, never part of its name: "Motion to Adjourn
 * Conference scheduled for D" names the conference.
 */
export const MOVING_VERBS = ci(
  '(?:adjourn(?:s|ed|ing)?|continu(?:e|es|ed|ing)|re-?schedul(?:e|es|ed|ing)|postpon(?:e|es|ed|ing)|vacat(?:e|es|ed|ing)|cancel(?:s|l?ed|l?ing)?|strik(?:e|es|ing)|stricken|re-?set(?:s|ting)?|set(?:s|ting)?|extend(?:s|ed|ing)?|request(?:s|ed|ing)?|compel(?:s|led|ling)?|order(?:s|ed|ing)?|granting|denying|notice)',
);
/** Modifiers before a head: capitalized words, or the lower-case words courts put there. */
const MODIFIER = `(?:(?!${MOVING_VERBS}\\b|(?:OF|Of|FOR|For|TO|To|ON|On|RE|Re|AND|And|THE|The)\\b)[A-Z][\\w'’.-]*|\\d+-day|${ci(
  '(?:in-person|telephonic|telephone|video|zoom|status|motions?|further|final|initial|pretrial|pre-trial|evidentiary|sentencing|bond|detention|settlement|scheduling|plea|oral|preliminary|competency|show\\s+cause|jury|bench|non-jury|fairness|confirmation|case\\s+management|omnibus|suppression|revocation|change\\s+of\\s+plea|order\\s+to\\s+show\\s+cause|injunction|discovery|mediation|trial|hearing|in\\s+limine|rule\\s+16|sentence)',
)})`;
const EVENT = `(?:${MODIFIER}\\s+){0,4}${HEAD}(?:\\s*\\/\\s*(?:${MODIFIER}\\s+){0,3}${HEAD})?(?:\\s*\\([^)]{1,30}\\))?`;
/**
 * A head that names what a paper or a deadline is about is not an event: "Pretrial Motion Deadline
 * set for D", "Trial Brief due", "Conference Report"; nor one that names a person ("hearing officer").
 */
const ATTRIBUTIVE = new RegExp(
  `^${ci(
    '\\s+(?:motions?\\s+)?(?:deadlines?|proceedings?|cut-?off|briefs?|memorand(?:um|a)|orders?|reports?|statements?|exhibits?|disclosures?|submissions?|filings?|documents?|materials?|papers?|lists?|witness(?:es)?|transcripts?|minutes|officers?|examiners?)\\b',
  )}`,
);
const EVENT_RE = new RegExp(`(?<![\\w-])${EVENT}(?![\\w-])`, 'g');

const SET = 'set|scheduled|noticed|calendared|re-?noticed|placed\\s+on\\s+(?:the\\s+)?calendar';
const MOVED = 're-?set|re-?scheduled|continued|adjourned|recessed|postponed|moved|advanced|changed';
/** Taken off: "vacated", "stricken", and decided without a sitting, "will be on the briefs", "decided on the papers". */
const OFF =
  "vacated|cancell?ed|canceled|stricken|terminated|withdrawn|(?:(?:taken|removed|dropped|stricken)\\s+(?:off|from)|off)\\s+(?:the\\s+)?(?:(?:court|judge)['’]s\\s+)?calendar|(?:(?:decided|determined|considered|heard|submitted)\\s+)?on\\s+the\\s+(?:briefs|papers)";
const HELD =
  'held|heard|conducted|concluded|completed|commenced|begun|taken\\s+under\\s+(?:advisement|submission)';
/** A lifecycle verb after its event, with its auxiliary and any "not". */
const VERB_AFTER_RE = new RegExp(
  `\\b(?<aux>(?:(?:is|are|was|were|has|have|had|be|been|being|shall|will|to|would|may|might|should|must|can|could)\\s+|(?:hereby|now|previously|currently|presently|originally|also|likewise|similarly|accordingly|further|again|each|already|then|instead)\\s+){0,4})(?<not>not\\s+(?:been\\s+|be\\s+)?)?(?<verb>${SET}|${MOVED}|${OFF}|${HELD}|take\\s+place|go\\s+forward|proceed|commence|begin|resume|reconvene)(?![\\w-])`,
  'gi',
);
/** A setting's own day written before its name: "ADJOURNS the June 23, 2027 preliminary injunction hearing to D2". */
const OLD_DAY = `(?:${DATE.replace(/\?<[a-z]+>/g, '')})`;
/**
 * The court saying what it will do at an event, the event after its object: "The Court will take up
 * the Motion to Certify Class, together with any motion for a preliminary injunction, at a hearing on
 * D", "will consider the motion (Dkt. No. 3) at a hearing on D", "(D.I. 3)": that event set.
 */
const AT_A_HEARING = String.raw`(?:will|shall)\s+(?:take\s+up|consider|address|hear|entertain|discuss|resolve|decide|rule\s+on)\s(?:[^.;]|(?<=\b(?:[Nn]os?|[Dd]kts?|[Dd]ocs?|[A-Z]))\.){1,160}?\sat(?=\s+(?:an?|the)\s)`;
/**
 * A lifecycle verb before its event: "ORDER setting …", "the court vacates …", "Court will hold …",
 * "the court ADJOURNS the D1 hearing to D2" (a verb that also takes other objects — "postpones ruling
 * until after the hearing" — only with the event as its object),
 * "This matter is continued for a Status Conference on D", "Notice of Hearing for D"; someone's
 * attendance records it held: "X attended the 341 meeting on D", "appeared at the hearing on D".
 */
const VERB_BEFORE_RE = new RegExp(
  `(?<![\\w-])(?<!\\bto\\s)(?<verb>attended|appeared\\s+(?:at|for)|setting|sets|scheduling(?!\\s+(?:conference|order)\\b)|schedules|re-?setting|re-?sets|re-?scheduling|continuing|adjourning|postponing|(?:adjourns|postpones|continues|re-?schedules)(?=\\s+(?:the\\s+|its\\s+|an?\\s+)?(?:${OLD_DAY}\\s+)?${EVENT})|vacating|vacates|striking|strikes|cancell?ing|cancels|terminating|terminates|(?:will|shall)\\s+(?:hold|conduct|convene|hear)|to\\s+hold|${AT_A_HEARING}|(?:set|scheduled|re-?set|rescheduled|continued)(?:\\s+[\\w ]{1,30}?)?\\s+for|(?<=\\b(?:is|are|was|been|be)\\s)listed\\s+for|(?<=(?:^|[,;:(]|\\band|\\bORDER|\\b[Cc]ourt|\\bCOURT)\\s{0,3})(?:re-?set|re-?scheduled|set|scheduled)|(?:re-?set|re-?scheduled|set|scheduled|continued)(?=\\s+(?:an?|the)\\s)|notice\\s+of)\\s+(?:the\\s+|an?\\s+|its\\s+|all\\s+)?(?=(?:${OLD_DAY}\\s+)?(?:[\\w'’-]+\\s+){0,4}?${EVENT})`,
  'gi',
);
/**
 * The court directing someone to come back for a proceeding on a day: "Parties are directed to
 * return for court's ruling at 11:00 a.m. on D", "Defendant is ordered to appear for sentencing on D",
 * "Counsel shall appear for a status conference on D".
 * What they come for is the event, named or not by a head noun ("the court's ruling", "verdict").
 */
const APPEAR_FOR_RE = new RegExp(
  `\\b(?:(?:directed|ordered|required|instructed)\\s+to|(?:shall|must|will|are\\s+to|is\\s+to)\\s+(?:personally\\s+)?)\\s*(?:re-?appear|appear|return|report\\s+back)(?:\\s+(?:before|to)\\s+(?:the\\s+)?(?:court|judge(?:\\s+[A-Z][\\w.]*){1,3}))?\\s+for\\s+(?:the\\s+|an?\\s+)?(?<event>(?:(?:the\\s+)?court'?s\\s+)?(?:ruling|verdict|decision)|${EVENT})`,
  'gi',
);
/** A request's object, in the subjunctive: "plaintiff request that … the Telephone conference be adjourned to D". */
export const REQUESTED_THAT =
  /\b(?:request|ask|move|propose|suggest|seek|pray)\w*\s+(?:[^.;]{0,120}?\s)?that\s+(?:[^.;]{0,120}?\s)?$/i;
/** A day named as a past act's, inside a complement: "regarding Dkt. No. 30, which were filed on D, on D2". */
const PAST_ACT_BEFORE =
  /\b(?:filed|dated|entered|served|signed|docketed|received|issued|mailed)\s+(?:on\s+)?$/i;
/**
 * A paper opening its own clause as the subject of the verb that follows ("OUTCOME: Motion withdrawn",
 * ".) Pending motions are withdrawn"); not a paper the event is about ("Hearing re: 12 Motion continued").
 */
const PAPER_SUBJECT =
  /(?:[.;:)]\s*(?:the\s+|all\s+|pending\s+)?|\bpending\s+)(?:motions?|applications?|objections?|complaints?|petitions?|requests?|stipulations?|claims?|appeals?)\s*$/i;
/** A hearing's object, then its day: " ON DEBTOR'S MOTION TO … ON " (before "FRIDAY, MAY 5, 2006"). */
const OBJECT_THEN_DAY =
  /^\s*(?:on|regarding|concerning|re:?|as\s+to|in\s+connection\s+with)\s+(?:the\s+)?[^.]{1,140}?\s(?:on|for)\s+$/i;
/** Words opening a clause that is a condition or a description, right before its event. */
const SUBORDINATE =
  /\b(?:whose|if|unless|until|whether|once|whenever|in\s+the\s+event(?:\s+that)?|provided\s+that)\s+(?:(?!(?:and|or)\b)[\w'’.-]+\s+){0,5}$/i;
/**
 * Whether the event at `start` is the subject of a clause the sentence makes a condition of something
 * else ("Any class member whose bond hearing has not been held within that period shall be released",
 * "unless a hearing is held within seven days"): its verb there records and sets nothing.
 */
export function inCondition(sentence: string, start: number): boolean {
  return SUBORDINATE.test(sentence.slice(Math.max(0, start - 60), start));
}
/** Before a day a setting is moved away from: "…, not D1", "rather than D1", "instead of D1". */
const NOT_THE_DAY =
  /(?:,\s*|\s)(?:not|rather\s+than|instead\s+of|in\s+place\s+of)\s+(?:(?:on|for)\s+)?(?:the\s+)?$/i;
/** Complements that take a setting off with no new day. */
const UNDATED =
  /^\s*,?\s*(?:generally|indefinitely|sine\s+die|without\s+(?:a\s+)?date|until\s+further\s+(?:order|notice)|pending\b|to\s+a\s+(?:later\s+)?date\s+to\s+be\s+(?:determined|set|announced)|to\s+a\s+later\s+date|until\s+a\s+later\s+date)/i;
/** A new day to come in another paper: "by separate notice", "by further order", "at a later date". */
const LATER_NOTICE =
  /^\s*,?\s*(?:(?:if\s+necessary|as\s+needed|as\s+appropriate),?\s+)?(?:by|in)\s+(?:a\s+)?(?:separate|further|subsequent|later)\s+(?:notice|order)|^\s*,?\s*(?:by\s+the\s+court\s+)?at\s+a\s+later\s+(?:date|time)/i;
const TIME_RE = new RegExp(TIME, 'g');
/** Time-zone words and similar asides that stand between a time and its date: "9:00 a.m. (Eastern Time) on D". */
const ASIDE =
  /\((?:[A-Z][a-z]+\s+)?(?:Standard\s+|Daylight\s+)?Time\)|\b(?:Eastern|Central|Mountain|Pacific)\s+(?:Standard\s+|Daylight\s+)?Time\b/g;

/**
 * A proceeding named as the ground or source of something, not recorded: the object of a
 * preposition ("EXHIBITS from Non-jury trial held D", "For the reasons stated on the record during
 * the teleconference held on D", "Pursuant to the discovery hearing held on D, the court orders").
 * Minutes name what they record as their subject ("Status Conference held on D").
 */
export const NAMED_AS_PAST =
  /\b(?:from|at|during|since|following|after|upon|pursuant\s+to|in\s+light\s+of|based\s+(?:up)?on|list(?:s|ing)?|describ(?:e|es|ing)|identif(?:y|ies|ying)|summariz(?:e|es|ing)|report(?:s|ing)?\s+on|number\s+of|list\s+of)\s+(?:the\s+|a\s+|an\s+|its\s+|this\s+|that\s+|today'?s\s+|each\s+|every\s+|all\s+|any\s+)?(?:(?!(?:and|or|the)\b)[\w'’-]+\s+){0,3}$/i;

/**
 * A hearing an agency holds, not the court: "a bond hearing before an immigration judge", "a
 * hearing before the Board", "before an administrative law judge" — a duty the order puts on a
 * party (often owed to class members), never a setting on the court's calendar. `after` is the
 * text right after the hearing's noun.
 */
const AGENCY_FORUM =
  /^[^.;]{0,60}?\bbefore\s+(?:an?\s+|the\s+)?(?:(?:neutral|impartial|independent|agency)\s+)?(?:immigration\s+(?:judges?|courts?)|IJs?\b|(?:the\s+)?Board\b|BIA\b|(?:federal\s+|administrative\s+)?agency\b|administrative\s+(?:law\s+)?judges?|ALJs?\b|hearing\s+officers?|asylum\s+officers?|Executive\s+Office\s+for\s+Immigration\s+Review|EOIR\b)/i;
export function beforeAgency(after: string): boolean {
  return AGENCY_FORUM.test(after);
}

/** A hearing named again by a word pointing back: "…, which hearing shall take place …", "such hearing". */
const POINTS_BACK = /\b(?:which|such|said|the\s+same)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+$/i;

/**
 * Whether the event named at `start`–`end` of a sentence is an agency's hearing: one held before the
 * agency, or one pointing back to such a hearing ("without a custody redetermination hearing before
 * an immigration judge …, which hearing shall take place no later than D" is the immigration judge's
 * hearing, a duty of the party that must provide it — not a sitting of the court).
 */
export function agencyHearing(sentence: string, start: number, end: number): boolean {
  if (beforeAgency(sentence.slice(end))) return true;
  if (!POINTS_BACK.test(sentence.slice(0, end))) return false;
  const earlier = [...sentence.slice(0, start).matchAll(EVENT_RE)].at(-1);
  return earlier !== undefined && agencyHearing(sentence, earlier.index, earlier.index + earlier[0].length);
}

/**
 * A setting's new form, not another setting: "the motions hearing … is CONVERTED to a telephone
 * conference and MOVED to D2" moves the one hearing; the conference it becomes is its new name.
 */
const BECOMES = /\bconvert(?:s|ed|ing)?\s+(?:in)?to\s+(?:an?\s+|the\s+)?$/i;

/**
 * A setting turned into another kind of proceeding on its own day: "The motion hearing set for D at
 * T is converted to a status conference on the same date and time", "The evidentiary hearing set for
 * D is VACATED and CONVERTED to a telephonic status conference at the same time". The sitting stays;
 * its name changes — no hearing is taken off. (Converted "and MOVED to D2", or to another day, is a
 * move the clause grammar reads.)
 */
export interface Conversion {
  /** The setting's name before and after ("evidentiary hearing", "telephonic status conference"). */
  from: string;
  to: string;
  date: string;
  /** The hour it keeps or is given; the old setting's hour. */
  time: string | null;
  oldTime: string | null;
}
const CONVERTED_RE =
  /\b(?:(?:vacated|cancell?ed|stricken)\s*,?\s+and\s+)?convert(?:s|ed)\s+(?:in)?to\s+(?:an?\s+|the\s+)?/gi;
const EVENT_AT_START = new RegExp(`^${EVENT}(?![\\w-])`);
/** A new day or a move after the new name: "… and MOVED to D2", "… on June 3". */
const MOVED_AFTER = new RegExp(`\\b(?:${MOVED})\\b`, 'i');

export function conversions(sentence: string, reference: string): Conversion[] {
  const out: Conversion[] = [];
  for (const m of sentence.matchAll(CONVERTED_RE)) {
    const after = m.index + m[0].length;
    const target = EVENT_AT_START.exec(sentence.slice(after));
    const old = [...sentence.slice(0, m.index).matchAll(EVENT_RE)].at(-1);
    if (!target || !old) continue;
    const between = sentence.slice(old.index + old[0].length, m.index);
    if (between.length > 140 || /[;]/.test(between)) continue;
    const day = datesIn(sentence, old.index + old[0].length, m.index, reference)[0];
    if (!day) continue;
    const restEnd = after + target[0].length;
    const rest = sentence.slice(restEnd).split(/[;]|\.(?:\s|$)(?<!\b[ap]\.m\.\s)/i)[0] ?? '';
    if (MOVED_AFTER.test(rest)) continue;
    if (datesIn(sentence, restEnd, restEnd + rest.length, reference).some((d) => d.date !== day.date))
      continue;
    const hour = new RegExp(`\\bat\\s+(${TIME})`, 'i').exec(rest);
    const time = hour ? (scanTemporals(`1/1/2000 ${hour[1]}`, reference)[0]?.time ?? day.time) : day.time;
    out.push({ from: old[0], to: target[0], date: day.date, time, oldTime: day.time });
  }
  return out;
}

/**
 * The court hearing a motion it names by what it asks rather than by a hearing's noun ("the court will
 * hear the motion for a preliminary injunction on D at T", "The Court shall hear Defendants' motions
 * to dismiss on D", "The Court will hear the request for a preliminary injunction on Tuesday, D, at
 * T"): a hearing of that motion — named after the relief sought when that is relief the
 * court orders ("preliminary injunction hearing"), else a motion hearing.
 */
const HEAR_MOTION_RE =
  /(?<lead>\b(?:will|shall)\s+hear\s+)(?<what>(?:the\s+|all\s+|both\s+|any\s+)?(?:[\w'’-]+\s+){0,3}?(?:motions?|applications?|petitions?|requests?|objections?)\b(?<object>\s+(?:for|to)\s+[^.;,()]{1,80}?)?(?:\s*\([^)]{1,40}\))?)(?=\s+(?:on|at)\s)/gi;
const RELIEF_SOUGHT =
  /^\s+for\s+(?:an?\s+)?((?:preliminary|permanent)\s+injunction|temporary\s+restraining\s+order|class\s+certification|summary\s+judgment|(?:a\s+)?stay(?:\s+pending\s+appeal)?|contempt|default\s+judgment)\s*$/i;
function motionHearingName(object: string | undefined): string {
  const relief = object ? RELIEF_SOUGHT.exec(object) : null;
  return relief ? `${relief[1]!.toLowerCase().replace(/\s+/g, ' ')} hearing` : 'motion hearing';
}

/** "the conference", "said hearing", "such conference": an event named again by its noun alone. */
const POINTER = /\b(?:the|said|such|that|this)\s+$/i;

/**
 * The day of the event an event named again points back to ("…set a status conference for January
 * 9, 2029; the conference will be reset"): the last earlier event of the sentence `whole` (before
 * any blanking) with the same head noun, and the day right after it. `null` when none.
 */
function pointedBack(whole: string, ev: Span, reference: string): ReturnType<typeof datesIn>[number] | null {
  if (!POINTER.test(whole.slice(Math.max(0, ev.start - 12), ev.start))) return null;
  const head = (s: string) => /([a-z]+?)s?$/i.exec(s.trim())?.[1]?.toLowerCase() ?? '';
  const own = head(whole.slice(ev.start, ev.end));
  const earlier = [...whole.slice(0, ev.start).matchAll(EVENT_RE)].filter((m) => head(m[0]) === own).at(-1);
  if (!earlier) return null;
  const from = earlier.index + earlier[0].length;
  const day = datesIn(whole, from, Math.min(ev.start, from + 40), reference)[0];
  return day &&
    /^\s*(?:(?:previously|currently|originally|presently)\s+)?(?:(?:set|scheduled|noticed|calendared)\s+)?(?:for|on)\s/i.test(
      whole.slice(from, day.start),
    )
    ? { date: day.date, time: day.time, start: 0, end: 0 }
    : null;
}

type Kind = Lifecycle | 'future';
/**
 * "The status conference noticed for D1 shall instead take place on D2", "will instead be held on
 * D2", "shall be held instead on D2": a setting to come "instead" of the one named is that one moved.
 * So is one that "will now" take place, begin or be held ("The status conference set for D1 will now
 * commence at T on D2"), or "is now set for D2": "now" tells a change of what was set. `after` is the text after the verb.
 */
function kindOf(verb: string, aux: string, not: boolean, after = ''): Kind | null {
  const kind = plainKindOf(verb, aux.replace(/\b(?:instead|now)\s+/gi, ''), not);
  if (kind !== 'set') return kind;
  if (/\binstead\b/i.test(aux) || /^\s*,?\s*instead\b(?!\s+of\b)/i.test(after)) return 'reset';
  const takesPlace = new RegExp(`^(?:${HELD}|take\\s+place|go\\s+forward|proceed|commence|begin)$`, 'i');
  // "is now set for D2", "is now scheduled for D2": "now" tells the setting changed too.
  const setsAgain = new RegExp(`^(?:${SET})$`, 'i');
  return /\bnow\b/i.test(aux) && (takesPlace.test(verb) || setsAgain.test(verb)) ? 'reset' : kind;
}
function plainKindOf(verb: string, aux: string, not: boolean): Kind | null {
  const v = verb.toLowerCase().replace(/\s+/g, ' ');
  const future =
    /\b(?:to|will|shall|would|may|might|should|must|can|could)\s+(?:\w+\s+)?be\s*$|\b(?:to|will|shall|should|must)\s+(?:\w+\s+)?$/i.test(
      aux,
    );
  // "was not held", "will not go forward": it does not take place. "Trial not concluded" goes on;
  // "has not been set" sets nothing.
  if (not) return /^(?:held|conducted|take place|go forward|proceed)$/.test(v) ? 'cancelled' : null;
  if (new RegExp(`^(?:${OFF})$`, 'i').test(v)) return 'cancelled';
  // "Hearing RECESSED, to resume on D", "will reconvene on D": the same sitting goes on that day.
  if (/^(?:resume|reconvene)$/.test(v)) return future ? 'reset' : 'future';
  if (/^(?:take place|go forward|proceed|commence|begin)$/.test(v)) return future ? 'set' : 'future';
  if (new RegExp(`^(?:${HELD})$`, 'i').test(v)) {
    // Under advisement after argument: heard. Under submission: decided on the papers, the setting off.
    if (/^taken under submission/.test(v)) return 'cancelled';
    if (/^taken under/.test(v)) return 'held';
    return future ? 'set' : 'held';
  }
  if (new RegExp(`^(?:${MOVED})$`, 'i').test(v)) return 'reset';
  return 'set';
}

function kindBefore(verb: string): Kind {
  const v = verb.toLowerCase();
  // "Tracey L. Drace attended 341 meeting on January 13, 2006", "counsel appeared at the hearing on D".
  if (/^(?:attended|appeared)/.test(v)) return 'held';
  if (/^(?:vacat|strik|cancel|terminat)/.test(v)) return 'cancelled';
  if (/^(?:re-?s|continu|adjourn|postpon)/.test(v)) return 'reset';
  return 'set';
}

interface Span {
  start: number;
  end: number;
  /** The event's name when its words are not one ("the motion for a preliminary injunction" heard). */
  name?: string;
}

/** Dates of a stretch of the sentence, with their times. */
/** A weekday with no date after it, opening the complement: "on Thursday at 2:00 p.m.", "to Friday". */
const WEEKDAY_ONLY = new RegExp(
  `^[^.;\\d]{0,30}?\\b(?:on|to|until|for)\\s+(?:this\\s+(?:coming\\s+)?|the\\s+following\\s+)?(?<wd>${WEEKDAY})(?![\\w.])(?!,?\\s+(?:the\\s+\\d|\\d|${DATE}))(?:,?\\s+(?:at\\s+)?(?<t>${TIME}))?`,
  'i',
);

/** The first day after `day` that is ISO weekday `weekday`. */
function weekdayAfter(day: string, weekday: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  const iso = ((d.getUTCDay() + 6) % 7) + 1;
  d.setUTCDate(d.getUTCDate() + ((weekday - iso + 7) % 7 || 7));
  return d.toISOString().slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

function datesIn(text: string, from: number, to: number, reference: string) {
  return scanTemporals(text.slice(from, to), reference)
    .filter((t) => t.type === 'date' && t.date)
    .map((t) => ({ date: t.date!, time: t.time ?? null, start: from + t.start, end: from + t.end }));
}

/**
 * Every clause of a sentence that gives an event a lifecycle. `reference` (the entry's filing date)
 * gives dates written without a year their year and minutes with no date their day.
 */
export function readClauses(sentenceText: string, reference: string, whole = sentenceText): ClauseReading[] {
  // Keep offsets: asides become spaces of the same length.
  const sentence = sentenceText.replace(ASIDE, (m) => ' '.repeat(m.length));
  const events: Span[] = [...sentence.matchAll(EVENT_RE)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .filter(
      (e) =>
        !ATTRIBUTIVE.test(sentence.slice(e.end)) &&
        !agencyHearing(sentence, e.start, e.end) &&
        !BECOMES.test(sentence.slice(0, e.start)),
    );
  const heard = [...sentence.matchAll(HEAR_MOTION_RE)].filter((m) => {
    const start = m.index + m.groups!.lead!.length;
    return !events.some((e) => e.start >= start && e.start < m.index + m[0].length);
  });
  if (events.length === 0 && heard.length === 0 && sentence.search(APPEAR_FOR_RE) < 0) return [];
  const out: ClauseReading[] = [];
  interface Verb {
    start: number;
    end: number;
    kind: Kind;
    event: Span;
    first: boolean;
    /** Finite ("is reset", "has been continued", "be vacated"), not a participle after its noun ("set for D"). */
    finite: boolean;
    /** Joined to the verb before by "and" ("stricken and reset"). */
    joined: boolean;
    negated?: boolean;
    /** "Hearing not Held", "was not held": a "not" reporting what did not take place (no future word). */
    recordedNot?: boolean;
    /** "will be reset", "to be rescheduled": a move still to come, its new day not yet given. */
    toBeMoved?: boolean;
  }
  const verbs: Verb[] = [];
  for (const m of sentence.matchAll(APPEAR_FOR_RE)) {
    const end = m.index + m[0].length;
    const event = { start: end - m.groups!.event!.length, end };
    const known = events.find((e) => e.start >= event.start && e.start < event.end);
    if (!known) events.push(event);
    verbs.push({
      start: m.index,
      end: event.start,
      kind: 'set',
      event: known ?? event,
      first: true,
      finite: true,
      joined: false,
    });
  }
  for (const m of heard) {
    const start = m.index + m.groups!.lead!.length;
    const event = { start, end: m.index + m[0].length, name: motionHearingName(m.groups!.object) };
    const at = events.findIndex((e) => e.start > start);
    events.splice(at < 0 ? events.length : at, 0, event);
    verbs.push({ start: m.index, end: start, kind: 'set', event, first: true, finite: true, joined: false });
  }
  for (const m of sentence.matchAll(VERB_BEFORE_RE)) {
    const after = m.index + m[0].length;
    // The event the verb governs: the one its words run into ("NOTICE OF HEARING" may be one name).
    const ev = events.find(
      (e) => e.end > after && e.start - after < 40 && !/[:;.]/.test(sentence.slice(after, e.start)),
    );
    if (!ev || verbs.some((v) => v.event === ev)) continue;
    const verb = m.groups!.verb!;
    verbs.push({
      start: m.index,
      end: after,
      kind: /^notice/i.test(verb) ? 'set' : kindBefore(verb),
      event: ev,
      first: true,
      finite: true,
      joined: false,
    });
  }
  for (const m of sentence.matchAll(VERB_AFTER_RE)) {
    const start = m.index + m[0].length - m.groups!.verb!.length - (m.groups!.not?.length ?? 0);
    // The event it tells of: the nearest before it, with only a filler between (its old day, the
    // party, the place, "of this case") — no ";", not too far.
    const ev = [...events].reverse().find((e) => e.end <= start);
    if (!ev) continue;
    // An order's verb-first setting followed by a finite verb of its own ("scheduled for hearing on
    // D, is taken under submission"): the verb first does not say what happened; the clause is left
    // to the named readings.
    const first = verbs.find((v) => v.first && v.event === ev);
    if (first) {
      if (/\b(?:is|are|was|were|has|have|be|been|shall|will)\s/i.test(m.groups!.aux ?? ''))
        first.kind = 'future';
      continue;
    }
    const between = sentence.slice(ev.end, m.index);
    if (between.length > 140 || /;/.test(between)) continue;
    // A dash separates items of a title ("Meeting of Creditors - Second Non-Appearance Scheduled D").
    if (/\s[-–]\s/.test(between)) continue;
    const aux = m.groups!.aux ?? '';
    if (/^be\s+$/i.test(aux) && REQUESTED_THAT.test(sentence.slice(0, ev.start))) continue;
    // "After hearing from counsel, Court set the following deadlines": the verb has its own subject.
    if (!aux && /\b(?:the\s+)?(?:Court|court|COURT|Judge\s+\S+|parties|counsel)\s*$/.test(between)) continue;
    // "Hearing Held, OUTCOME: Motion withdrawn", "(Sentencing set for D.) Pending motions are withdrawn":
    // a paper named right before the verb is its subject; the event is not what was withdrawn.
    if (PAPER_SUBJECT.test(between)) continue;
    const kind = kindOf(m.groups!.verb!, aux, Boolean(m.groups!.not), sentence.slice(m.index + m[0].length));
    if (!kind) continue;
    const finite =
      /\b(?:is|are|was|were|has|have|had|be|been|shall|will|should|must|may|hereby)\s/i.test(aux) ||
      Boolean(m.groups!.not);
    // "Any class member whose bond hearing has not been held within that period shall be released",
    // "unless the hearing is continued": the event's own verb in a clause the sentence makes a
    // condition of something else records and sets nothing.
    if (finite && inCondition(sentence, ev.start)) continue;
    // A participle follows its noun ("Status Conference set for D"): with a day between, it is
    // another item's ("Conference set for D1, Discovery due by D2, Motion Cut-off set for D3").
    const joined = /\band\s+$/i.test(sentence.slice(Math.max(0, m.index - 6), m.index));
    // One finite verb to an event, but for "and" ("stricken and reset"): a later one with a whole
    // clause between belongs to a name the grammar does not know ("… continued from D1 to D2 Change
    // of Plea proceeding has been continued from D3 to D4").
    if (finite && !joined && verbs.some((v) => v.event === ev && v.finite && !v.first)) continue;
    if (!finite && !joined && datesIn(sentence, ev.end, m.index, reference).length > 0) continue;
    verbs.push({
      start,
      end: m.index + m[0].length,
      kind,
      event: ev,
      first: false,
      finite,
      negated: Boolean(m.groups!.not),
      recordedNot:
        Boolean(m.groups!.not) && !/\b(?:to|will|shall|would|may|might|should|must|can|could)\b/i.test(aux),
      toBeMoved: kind === 'reset' && /\b(?:to|will|shall|would|must)\s+(?:\w+\s+)?be\s*$/i.test(aux),
      joined,
    });
  }
  // "ORDER setting Calendar Call for D1, and Jury Trial for D2": each event of a list after a verb
  // first takes that verb, with its own day.
  for (const v of [...verbs]) {
    if (!v.first) continue;
    let prev = v.event;
    for (const e of events.filter((x) => x.start > v.event.end).sort((a, b) => a.start - b.start)) {
      if (verbs.some((w) => w.event === e)) break;
      const gap = sentence.slice(prev.end, e.start);
      if (!/^[^.;]{0,80}?(?:,\s*|\s)(?:and\s+)?(?:an?\s+|the\s+)?$/i.test(gap)) break;
      if (datesIn(sentence, prev.end, e.start, reference).length === 0) break;
      if (!/^\s+(?:for|on|to)\s/i.test(sentence.slice(e.end))) break;
      verbs.push({
        start: e.start,
        end: e.start,
        kind: v.kind,
        event: e,
        first: true,
        finite: true,
        joined: false,
      });
      prev = e;
    }
  }
  verbs.sort((a, b) => a.start - b.start);
  // One clause per event: a participle after the noun ("set for D1", "currently scheduled for D1")
  // followed by a finite verb of the same event is the filler naming the old setting; "stricken and
  // reset" is one move.
  const main: Verb[] = [];
  for (const v of verbs) {
    const last = main.at(-1);
    if (last && !last.first && last.event === v.event && (v.finite || v.joined)) {
      // "is ADVANCED to D2 and will proceed by telephone", "continued to D2 and will be held in
      // Courtroom 5": the second verb tells how the moved setting goes on, not a setting of its own.
      if (v.joined && last.kind === 'reset' && v.kind === 'set') continue;
      const joinedMove = v.joined && last.kind === 'cancelled' && v.kind === 'reset';
      main[main.length - 1] = { ...v, joined: joinedMove || !last.finite };
      continue;
    }
    main.push(v);
  }
  for (const [i, v] of main.entries()) {
    if (v.kind === 'future') continue;
    // The complement runs to the next clause, or 160 characters.
    const next = main[i + 1];
    let stop = Math.min(sentence.length, v.end + 160);
    if (next) stop = Math.min(stop, next.first ? next.start : Math.max(v.end, next.event.start));
    const nextEvent = events.find((e) => e.start >= v.end && e !== v.event);
    if (nextEvent && !v.first && sentence.slice(v.end, nextEvent.start).match(/\d/) && nextEvent.start < stop)
      stop = nextEvent.start;
    const complementStart = v.first ? v.event.end : v.end;
    const complement = sentence.slice(complementStart, Math.max(complementStart, stop));
    // The old setting's own day: named after its noun ("set for D1 is continued"), or, verb first,
    // before it ("ADJOURNS the D1 hearing to D2").
    const filler = v.first ? sentence.slice(v.end, v.event.start) : sentence.slice(v.event.end, v.start);
    const fillerDates = v.first
      ? datesIn(sentence, v.end, v.event.start, reference)
      : datesIn(sentence, v.event.end, v.start, reference);
    let dates = datesIn(sentence, complementStart, Math.max(complementStart, stop), reference).filter(
      (d) => !PAST_ACT_BEFORE.test(sentence.slice(complementStart, d.start)),
    );
    // Verb first, the day must follow closely ("setting a briefing schedule for the hearing" sets nothing).
    // Verb first, the day follows the event through a preposition ("NOTICE OF CONFERENCE: DUE DATE
    // OF JOINT LETTER: D" dates the letter, not the conference).
    // The hearing's object may stand between ("WILL HOLD A HEARING ON DEBTOR'S MOTION TO ASSUME AND
    // ASSIGN LEASE OF NON-RESIDENTIAL REAL ESTATE ON FRIDAY, MAY 5, 2006"): a longer gap is the
    // object when it opens with "on/regarding/re" and the day follows its own "on/for".
    if (v.first)
      dates = dates.filter((d) => {
        // (A time of day before the date is no label's colon: "will hear the motion at 2:00 p.m. on D".)
        const gap = sentence.slice(complementStart, d.start).replace(TIME_RE, ' ');
        // A notice's title with its day right after ("Notice of Hearing March 1, 2027 at 9:30 a.m.,
        // Courtroom 7106"): the noticed hearing's day.
        if (/^notice\s+of\b/i.test(sentence.slice(v.start, v.end)) && /^[\s,]*$/.test(gap)) return true;
        if (/[:;]/.test(gap) || !/\b(?:for|on|to|at|until)\b/i.test(gap)) return false;
        return gap.length < 80 || (gap.length < 160 && OBJECT_THEN_DAY.test(gap));
      });
    let kind: Lifecycle = v.kind;
    let from: ClauseReading['from'] = null;
    // "will take place on February 20, 2029 at 1:30 PM, not February 13, 2029", "at 9:00 a.m. on
    // March 22, rather than March 15": the day named as the one it is not is the day it leaves.
    const oldDay = dates.find((d) => NOT_THE_DAY.test(sentence.slice(complementStart, d.start)));
    if (oldDay && (kind === 'set' || kind === 'reset') && dates.some((d) => d !== oldDay)) {
      from = { date: oldDay.date, time: oldDay.time };
      dates = dates.filter((d) => d !== oldDay);
      kind = 'reset';
    }
    // "from D1 to D2": D1 off, D2 the new day.
    const fromTo = /^[^.;]{0,30}?\bfrom\s+([^;]{1,60}?)\s+(?:to|until)\s+/i.exec(complement);
    if (fromTo && kind !== 'cancelled') {
      const old = datesIn(sentence, complementStart, complementStart + fromTo[0].length, reference)[0];
      if (old) {
        from = { date: old.date, time: old.time };
        dates = dates.filter((d) => d.start >= complementStart + fromTo[0].length);
        kind = 'reset';
      }
    }
    // "previously set for D1 is reset to D2", "The trial date of D1 is continued to D2".
    if (
      kind === 'reset' &&
      !from &&
      fillerDates.length > 0 &&
      (v.first || /\b(?:set|scheduled|noticed|calendared|of|for|on)\b/i.test(filler))
    )
      from = { date: fillerDates[0]!.date, time: fillerDates[0]!.time };
    const undated = UNDATED.test(complement);
    let date = dates[0] ?? null;
    // A new day named by its weekday only ("will now be held on Thursday at 2:00 p.m.", "is reset to
    // Friday"): the first such day after the order. When the day it leaves is more than a week away,
    // that week's weekday could be meant too: read, but for a person to confirm.
    let unsure: string | undefined;
    const weekdayOnly =
      date || kind === 'cancelled' || kind === 'held' ? null : WEEKDAY_ONLY.exec(complement);
    if (weekdayOnly) {
      const dayWords = weekdayOnly.groups!.wd!;
      date = {
        date: weekdayAfter(reference, weekdayNumber(dayWords)!),
        time: weekdayOnly.groups!.t
          ? (scanTemporals(`1/1/2000 ${weekdayOnly.groups!.t}`, reference)[0]?.time ?? null)
          : null,
        start: complementStart + weekdayOnly.index,
        end: complementStart + weekdayOnly.index + weekdayOnly[0].length,
      };
      const old = from?.date ?? fillerDates[0]?.date;
      if (old && daysBetween(reference, old) > 7)
        unsure = `"${dayWords}" named without its date, ${old} more than a week away`;
      if (kind === 'set' && old) kind = 'reset';
      if (kind === 'reset' && !from && old) from = { date: old, time: fillerDates[0]?.time ?? null };
    }
    // "set for 02/22/2005 10:00 AM is moved to 02:00 PM": the same day, a new hour.
    const newHour = new RegExp(`^\\s*(?:to|until)\\s+(${TIME})`, 'i').exec(complement);
    if (kind === 'reset' && !date && newHour && fillerDates[0] && !v.first) {
      date = { ...fillerDates[0], time: scanTemporals(`1/1/2000 ${newHour[1]}`, reference)[0]?.time ?? null };
      from = null;
    }
    // "set for January 20, 2028, is ADVANCED from 1:30 p.m. to 9:00 a.m. on the same date": the same
    // day, from one hour to another.
    const hourToHour = new RegExp(`^[^.;]{0,30}?\\bfrom\\s+(${TIME})\\s+(?:to|until)\\s+(${TIME})`, 'i').exec(
      complement,
    );
    if (kind === 'reset' && hourToHour && fillerDates[0] && !v.first) {
      const hour = (t: string) => scanTemporals(`1/1/2000 ${t}`, reference)[0]?.time ?? null;
      date = { ...fillerDates[0], time: hour(hourToHour[2]!) };
      from = { date: fillerDates[0].date, time: hour(hourToHour[1]!) };
    }
    // "the conference will be reset by separate notice", "the hearing is to be rescheduled": off the
    // calendar until a new day is given — a move with no day yet is a setting taken off.
    const later = v.toBeMoved || LATER_NOTICE.test(complement);
    if (kind === 'reset' && !date && (undated || later)) kind = 'cancelled';
    // The setting taken off: its own day, named before the verb or after it.
    if (kind === 'cancelled') {
      date = fillerDates[0] ?? (undated ? null : date);
      // "Hearing not Held; Granted": reported as not taking place, with no day of its own — the day
      // the entry reports on, as minutes with no date are held on it.
      // (A sentence that dates the setting elsewhere — "CONFERENCE NOT HELD Conference scheduled for
      // D was not held" — has its day.)
      if (!date && v.recordedNot && datesIn(sentence, 0, sentence.length, reference).length === 0)
        date = { date: reference, time: null, start: 0, end: 0 };
      // "… insofar as it set a status conference for January 9, 2029; the conference will be reset":
      // "the conference" points back to the one just named with its day.
      if (!date && !v.first) date = pointedBack(whole, v.event, reference);
      // "The jury trial shall be rescheduled by separate order", with no day: which setting it takes
      // off is for a person to read (the net flags it), never guessed.
      if (!date && later && !undated) continue;
      from = null;
    }
    if (kind === 'held') {
      // "EXHIBITS from Non-jury trial held D": a past proceeding named as a source, not minutes of it.
      // ("appeared at the hearing on D": the attendance verb first records it.)
      if (!v.first && NAMED_AS_PAST.test(sentence.slice(0, v.event.start))) continue;
      // "Hearing Held; Adjourned to D": the day after the ";" is the next sitting's, not this one's.
      const cut = complement.indexOf(';');
      if (cut >= 0 && date && date.start >= complementStart + cut) date = null;
      if (!date) date = fillerDates[0] ?? { date: reference, time: null, start: 0, end: 0 };
    }
    // "Competency Hearing set for 11/30/2009 will be held at 08:30 AM each day".
    if (kind === 'set' && !date) date = fillerDates[0] ?? null;
    if ((kind === 'set' || kind === 'reset') && !date) continue;
    let time = date?.time ?? null;
    if (date && !time) {
      const at = new RegExp(`^[^.;]{0,40}?\\bat\\s+(${TIME})`, 'i').exec(sentence.slice(date.end, stop));
      if (at) time = scanTemporals(`1/1/2000 ${at[1]}`, reference)[0]?.time ?? null;
    }
    const begin = Math.min(v.start, v.event.start);
    out.push({
      event: v.event.name ?? sentence.slice(v.event.start, v.event.end),
      lifecycle: kind,
      date: date?.date ?? null,
      time,
      from,
      named: v.joined,
      negated: Boolean(v.negated),
      index: begin,
      words: sentenceText.slice(begin, Math.max(stop, v.end)).trim(),
      ...(unsure ? { unsure } : {}),
    });
  }
  return out;
}
