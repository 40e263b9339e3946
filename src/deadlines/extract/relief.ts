/**
 * The relief a court grants at the end of a case, and the injunction a court of appeals enters
 * while an appeal goes on: the grammar of legal language that says what is granted, on what, for
 * whom.
 *
 * Final relief (a judgment for the plaintiffs, or the order granting summary judgment):
 * - an agency action vacated and set aside under the APA (5 U.S.C. § 706(2)): "The Secretary's
 *   Termination Notice is hereby VACATED and SET ASIDE", "the Rule is VACATED", "The Court vacates
 *   and sets aside the Memorandum"; remanded "without vacatur" it stays in effect (no relief);
 * - a declaratory judgment: "The Court DECLARES that the Rule is unlawful", "declaratory judgment is
 *   GRANTED"; (a permanent injunction — "permanently enjoined from" — is read with the others);
 * - for whom: "in favor of Plaintiffs and the class", "as to members of the class", "for the
 *   plaintiffs".
 *
 * An injunction pending appeal (FRAP 8(a)): "Appellants' emergency motion for an injunction
 * pending appeal is GRANTED. Appellees are ENJOINED from removing appellants Ana Ruiz and Tomas
 * Ruiz from the United States pending further order of this Court" — for the parties it names.
 */
import { sentences } from './text.ts';

export interface FinalRelief {
  /** `permanent_injunction` only from a list of the relief entered ("declaratory relief, vacatur and a permanent injunction are entered"). */
  type: 'set_aside' | 'declaratory_judgment' | 'permanent_injunction';
  action: 'granted' | 'denied';
  /** What is set aside or declared, in the order's words ("the Secretary's Termination Notice"). */
  object: string | null;
  /** `denied` set-aside: remanded without vacatur (the action stays in effect). */
  withoutVacatur?: true;
}

/** What an agency does that a court sets aside: a rule, a notice, a memorandum, a policy, a decision of the agency. */
const AGENCY_ACTION =
  /\b(?:(?:interim\s+)?(?:final\s+)?rules?|regulations?|(?:termination|rescission|vacatur)\s+(?:notice|decision|memorandum|determination)s?|notices?|memorand(?:um|a)|polic(?:y|ies)|directives?|guidance|proclamations?|determinations?|terminations?|rescissions?|agency\s+actions?|decisions?\s+to\s+\w+|(?:program|parole)\s+terminations?|designations?)\b/i;
/** Things of the case itself (not an agency's action) an order vacates: a hearing, a date, an order, a judgment. */
const COURT_THING =
  /\b(?:hearings?|conferences?|deadlines?|dates?|trial|schedul\w*|settings?|orders?|judgments?|injunctions?|TRO|restraining|stays?|defaults?|depositions?|subpoenas?|referrals?|minutes?|motions?|reports?|recommendations?|clerk|entry|entries|sanctions?|awards?|verdicts?|opinions?|calendar|appearances?|(?:notice|memorandum)\s+of\s+(?:hearing|appeal|deposition|appearance|deficiency|filing|motion|law|points|decision)|local\s+rules?|rules?\s+\d|rule\s+(?:\d|of\s+(?:civil|appellate|criminal|evidence))|magistrate|bankruptcy)\b/i;

/** "… is (hereby) VACATED (and SET ASIDE)", "… is SET ASIDE": the subject is what is vacated. */
const PASSIVE_VACATED =
  /\b(?:is|are|be|shall\s+be)\s+(?:hereby\s+)?(?:VACATED|vacated|SET\s+ASIDE|set\s+aside)(?:\s*,?\s+and\s+(?:(?:is|are)\s+)?(?:hereby\s+)?(?:SET\s+ASIDE|set\s+aside|VACATED|vacated))?\b/;
/** "The Court VACATES (and SETS ASIDE) the Rule", "vacating and setting aside the Notice". */
const ACTIVE_VACATES =
  /\b(?:VACATES|vacates|VACATING|vacating|SETS\s+ASIDE|sets\s+aside|SETTING\s+ASIDE|setting\s+aside)(?:\s+and\s+(?:SETS\s+ASIDE|sets\s+aside|SETTING\s+ASIDE|setting\s+aside|VACATES|vacates))?\s+(?:(?:the|The|THE|Defendants?['’]s?|[A-Z][\w.]*['’]s)\s+)([^.;:,]{2,90}?)(?=\s+(?:under|pursuant|as\s+to|in\s+its|and\s+remand|is\b|are\b|for\b|because|to\s+the)|[.;:,]|$)/;
/** "remanded to the agency without vacatur", "remand without vacating the Rule". */
const WITHOUT_VACATUR =
  /\bremand(?:s|ed|ing)?\b[^.;]{0,120}?\bwithout\s+(?:vacatur|vacating)\b|\bwithout\s+vacatur\b[^.;]{0,40}?\bremand/i;
/** "The Court DECLARES that …", "it is hereby DECLARED that …", "declaratory judgment is GRANTED (ENTERED)". */
const DECLARES =
  /\b(?:DECLARES|declares|(?:is|be)\s+(?:hereby\s+)?(?:DECLARED|declared)|ADJUDGED\s+AND\s+DECLARED|adjudged\s+and\s+declared)\s+that\s+([^;]{5,})/;
const DECLARATORY_GRANTED =
  /\b(?:[Dd]eclaratory|DECLARATORY)\s+(?:[Jj]udgment|[Rr]elief|JUDGMENT|RELIEF)\b[^.;]{0,60}?\b(?:is|are|be)\s+(?:hereby\s+)?(?:GRANTED|granted|ENTERED|entered)\b|\b(?:GRANTS|grants|ENTERS|enters)\s+(?:a\s+)?(?:[Dd]eclaratory|DECLARATORY)\s+(?:[Jj]udgment|[Rr]elief|JUDGMENT|RELIEF)\b/;
/** A motion or a party's paper naming the relief it asks for: not the court's act. */
const ASKED =
  /^\W*(?:\[\d+\]\s*)?(?:(?:EMERGENCY|JOINT|RENEWED|AMENDED)\s+)?(?:MOTION|Motion|NOTICE|Notice|REPLY|Reply|RESPONSE|Response|MEMORANDUM\s+(?:in|of\s+Law)|BRIEF|Brief|PROPOSED|Proposed)\b/;
/** Words that take the act back or make it a condition: "does not vacate", "would be set aside if". */
const NOT_NOW =
  /\b(?:not|no|nothing|neither|would|could|may|might|should|if|unless|whether|declines?\s+to|refus\w+\s+to)\b/i;

/** Final relief an order grants (set aside, declared) or refuses to (remanded without vacatur). */
export function readFinalRelief(text: string): FinalRelief[] {
  const out: FinalRelief[] = [];
  const add = (f: FinalRelief | null) => {
    if (f && !out.some((x) => x.type === f.type)) out.push(f);
  };
  for (const s of sentences(text)) {
    if (ASKED.test(s)) continue;
    add(setAsideIn(s));
    add(declaredIn(s));
    for (const type of reliefListed(s)) add({ type, action: 'granted', object: null });
  }
  return out;
}

/** Each kind of final relief a noun names: "vacatur", "declaratory relief", "a permanent injunction". */
const RELIEF_NOUNS: readonly [RegExp, FinalRelief['type']][] = [
  [/\b(?:vacatur|setting\s+aside)\b/i, 'set_aside'],
  [/\bdeclaratory\s+(?:relief|judgment)s?\b/i, 'declaratory_judgment'],
  [/\bpermanent(?:ly)?\s+(?:injunctions?|injunctive\s+relief)\b/i, 'permanent_injunction'],
];
const RELIEF_NOUN =
  /(?:an?\s+|the\s+)?(?:vacatur|setting\s+aside|declaratory\s+(?:relief|judgment)s?|permanent\s+(?:injunctions?|injunctive\s+relief))(?:\s+(?:of|against|for|in\s+favou?r\s+of)\s+[^,;.]{1,60}?(?=\s*(?:[,;.]|$)|\s+(?:and|is|are)\s))?/
    .source;
/**
 * A list of the relief a judgment enters, each named by its kind: "declaratory relief, vacatur and
 * a permanent injunction are entered as set forth in the Order [98]", "The Court GRANTS declaratory
 * relief and a permanent injunction": every kind in the list is granted (`[]` when the sentence
 * lists none, asks for it, or takes it back).
 */
function reliefListed(s: string): FinalRelief['type'][] {
  const list = `${RELIEF_NOUN}(?:\\s*,\\s*(?:and\\s+)?${RELIEF_NOUN}|\\s+and\\s+${RELIEF_NOUN})*`;
  const passive = new RegExp(
    `(${list})\\s+(?:is|are)\\s+(?:hereby\\s+)?(?:ENTERED|entered|GRANTED|granted|AWARDED|awarded|ORDERED|ordered|ISSUED|issued)\\b`,
  ).exec(s);
  const active = passive
    ? null
    : new RegExp(`\\b(?:ENTERS|enters|GRANTS|grants|AWARDS|awards|ISSUES|issues)\\s+(${list})`).exec(s);
  const m = passive ?? active;
  if (!m) return [];
  const list_ = m[1]!;
  // Asked for ("the motion for vacatur … is granted" rules on a motion), taken back ("is not
  // entered"), or about the case's own things ("vacatur of the hearing").
  if (
    /\b(?:motion|request|application|petition)s?\s+(?:for\s+)?(?:an?\s+|the\s+)?$/i.test(
      s.slice(0, s.indexOf(list_)),
    )
  )
    return [];
  if (
    NOT_NOW.test(m[0].replace(list_, '')) ||
    COURT_THING.test(list_.replace(/\b(?:declaratory|permanent)\s+\w+/gi, ''))
  )
    return [];
  return RELIEF_NOUNS.filter(([re]) => re.test(m[1]!)).map(([, type]) => type);
}

function setAsideIn(s: string): FinalRelief | null {
  if (WITHOUT_VACATUR.test(s)) {
    const what =
      /\b(?:the|The|THE)\s+([^.;,]{0,60}?)\s+(?:is|are)\s+(?:hereby\s+)?(?:REMANDED|remanded)\b/.exec(s);
    const object = what && AGENCY_ACTION.test(what[1]!) ? objectOf(`the ${what[1]}`) : null;
    if (what && COURT_THING.test(what[1]!)) return null;
    return { type: 'set_aside', action: 'denied', object, withoutVacatur: true };
  }
  const passive = PASSIVE_VACATED.exec(s);
  if (passive) {
    const subject = subjectBefore(s.slice(0, passive.index));
    if (subject && actedOn(subject) && !NOT_NOW.test(s.slice(Math.max(0, passive.index - 40), passive.index)))
      return { type: 'set_aside', action: 'granted', object: objectOf(subject) };
  }
  const active = ACTIVE_VACATES.exec(s);
  if (active) {
    const object = active[0].slice(active[0].search(/\s(?:the|The|THE|[A-Z][\w.]*['’]s?)\s/) + 1);
    if (actedOn(active[1]!) && !NOT_NOW.test(s.slice(Math.max(0, active.index - 40), active.index)))
      return { type: 'set_aside', action: 'granted', object: objectOf(object) };
  }
  return null;
}

/** An agency's action, not the case's own order, date or hearing. */
function actedOn(subject: string): boolean {
  return AGENCY_ACTION.test(subject) && !COURT_THING.test(subject);
}

/**
 * The noun phrase before "is VACATED": from its article or possessive ("The Secretary's
 * Termination Notice", "the Rule"), at most ten words, within its clause.
 */
function subjectBefore(before: string): string | null {
  // A comma before a year is a date's ("the memorandum of July 8, 2025"), not the clause's end.
  const clause = before
    .split(/,(?!\s*\d{4}\b)|[;:]|\b(?:that|and)\s+(?=the\b)/i)
    .at(-1)!
    .trim();
  const words = clause.split(/\s+/).slice(-10).join(' ');
  const m = /(?:^|\s)((?:the|The|THE|[A-Z][\w.]*['’]s?)\s.*)$/.exec(words);
  return m ? m[1]!.replace(/\s*\[\d+\]\s*$/, '').trim() : null;
}

/** "The Secretary's Termination Notice" → "the Secretary's Termination Notice" (a sentence's capital dropped). */
function objectOf(words: string): string {
  const w = words
    .replace(/\s+/g, ' ')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
  return /^(?:The|THE)\s/.test(w) ? `the ${w.slice(4)}` : w;
}

function declaredIn(s: string): FinalRelief | null {
  const d = DECLARES.exec(s);
  if (d && !NOT_NOW.test(s.slice(Math.max(0, d.index - 30), d.index)) && !/\bmoot\b/i.test(d[1]!))
    return { type: 'declaratory_judgment', action: 'granted', object: declared(d[1]!) };
  if (DECLARATORY_GRANTED.test(s)) return { type: 'declaratory_judgment', action: 'granted', object: null };
  return null;
}

/**
 * What is declared, to the sentence's end (its periods of abbreviations kept: "detained under 8
 * U.S.C. § 1226(a)"), at most 240 characters, cut at a word.
 */
function declared(words: string): string {
  const w = words.trim().replace(/\.$/, '');
  return w.length <= 240 ? w : `${w.slice(0, 240).replace(/\s+\S*$/, '')} …`;
}

/**
 * Whom relief is granted for, as the order says: the class ("in favor of Plaintiffs and the
 * class", "as to members of the class", "class-wide"), or the plaintiffs ("in favor of
 * Plaintiffs"); `null` when it does not say.
 */
export function reliefFor(text: string): 'class' | 'plaintiffs' | null {
  if (
    /\b(?:in\s+favou?r\s+of|for)\s+[^.;]{0,50}?\b(?:certified\s+)?class\b|\b(?:as\s+to|to|for|against|on|protects?|with\s+respect\s+to)\s+(?:all\s+|any\s+|each\s+)?(?:(?:members?|persons?)\s+of\s+the\s+(?:certified\s+)?class|class\s+members)\b|\bclass[- ]wide\b/i.test(
      text,
    )
  )
    return 'class';
  if (/\b(?:in\s+favou?r\s+of|for)\s+(?:the\s+)?(?:named\s+)?(?:plaintiffs?|petitioners?)\b/i.test(text))
    return 'plaintiffs';
  return null;
}

/** An injunction pending appeal granted or denied, and for whom when the order names them. */
export interface AppellateInjunction {
  action: 'granted' | 'denied';
  /** The parties it is for, as the order names them ("Marta Quispe", "the appellants"). */
  parties: string[];
  sentence: string;
}

/** "motion for an injunction pending appeal", "an injunction pending resolution of this appeal", "administrative injunction". */
export const PENDING_APPEAL_INJUNCTION =
  /\b(?:an?|for|emergency|administrative)\s+(?:emergency\s+)?injunctions?\s+pending\s+(?:the\s+)?(?:appeal|review|(?:resolution|disposition)\s+of\s+(?:this|the)\s+appeal)\b|\binjunctive\s+relief\s+pending\s+appeal\b/i;
/** The court's own command, on an appeals docket: "Appellees are ENJOINED from … pending further order of this Court". */
const ENJOINED_PENDING =
  /\b(?:is|are)\s+(?:hereby\s+)?(?:ENJOINED|enjoined|RESTRAINED|restrained)\b[^.;]{0,200}?\bpending\s+(?:further\s+order\s+of\s+this\s+[Cc]ourt|(?:the\s+)?(?:resolution|disposition|outcome)\s+of\s+(?:this|the)\s+appeal|(?:this\s+)?appeal)\b/;

/**
 * The court of appeals' own injunction pending appeal, or its refusal, from its docket's words;
 * `null` when the entry grants or denies none (a motion asking for one, a stay).
 */
export function readAppellateInjunction(text: string): AppellateInjunction | null {
  const ss = sentences(text);
  for (const s of ss) {
    if (ASKED.test(s.replace(/^\W*ORDER\b[^A-Za-z]*/, ''))) continue;
    const named = PENDING_APPEAL_INJUNCTION.test(s);
    const enjoins = ENJOINED_PENDING.test(s) && !NOT_NOW.test(s.split(/\benjoined\b/i)[0]!);
    if (!named && !enjoins) continue;
    const granted = enjoins || /\b(?:GRANTED|granted|GRANTS|grants|GRANTING)\b/.test(s);
    const denied = !enjoins && /\b(?:DENIED|denied|DENIES|denies|DENYING)\b/.test(s);
    if (denied && !granted) return { action: 'denied', parties: [], sentence: s };
    if (!granted) continue;
    // Whom it protects: the parties the command names ("from removing appellants Marta Quispe and
    // Tomas Quispe"), in this sentence or the next.
    const command = [s, ...ss.filter((x) => ENJOINED_PENDING.test(x))].join(' ');
    return { action: 'granted', parties: protectedParties(command), sentence: s };
  }
  return null;
}

/**
 * The parties an injunction names as protected: "removing appellants Marta Quispe and Tomas Quispe",
 * "as to Petitioner Ana Ruiz"; "the appellants" when it names only their role.
 */
export function protectedParties(words: string): string[] {
  const m =
    /\b(?:removing|deporting|detaining|transferring|as\s+to|protect(?:s|ing)?)\s+(?:the\s+)?(?:named\s+)?([Aa]ppellants?|[Pp]etitioners?|[Pp]laintiffs?|[Mm]ovants?)\b\s*((?:[A-Z][\w.'’-]*(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)?){0,12})/.exec(
      words,
    );
  if (!m) return /\bclass\b/i.test(words) ? [] : ['the appellants'];
  const names = (m[2] ?? '')
    .replace(/\b(?:from|pending|during|until|in|to)\b.*$/s, '')
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((x) => x.trim())
    .filter(
      (x) => /^[A-Z]/.test(x) && x.split(/\s+/).length <= 4 && !/^(?:The|This|United|States)\b/.test(x),
    );
  return names.length > 0 ? names : [`the ${m[1]!.toLowerCase()}`];
}

/** A kind of relief a stay can be limited to or denied as to: an agency action set aside, a declaration, an injunction. */
export type ReliefKind = 'set_aside' | 'declaratory_judgment' | 'injunction';

/** Which kind of relief words name: "vacates the memorandum", "vacatur", "the declaratory judgment", "the permanent injunction". */
const RELIEF_KIND: readonly [RegExp, ReliefKind][] = [
  [/\b(?:vacat(?:es|ing|ur)|sets?\s+aside|setting\s+aside|set-aside)\b/i, 'set_aside'],
  [/\b(?:declar(?:es|ing|ation|atory)|declared)\b/i, 'declaratory_judgment'],
  [/\b(?:enjoin(?:s|ing)?|injunctions?|injunctive|restrain(?:s|ing))\b/i, 'injunction'],
];
const kindsIn = (words: string): ReliefKind[] =>
  RELIEF_KIND.filter(([re]) => re.test(words)).map(([, k]) => k);

/**
 * What a stay pending appeal of a judgment reaches, by the kinds of relief its words name:
 * `stayed`, the part its grant is limited to ("the judgment is stayed pending appeal to the extent
 * it vacates the July 8 memorandum", "insofar as it enjoins …"); `kept`, what it is denied as to,
 * or says remains in effect ("The motion is denied as to the declaratory judgment and the permanent
 * injunction, which remain in effect"). A stay "denied as to" a part never stays that part; the
 * rest of the judgment ("The judgment otherwise remains in effect") stays in force. Empty when the
 * words name no kind of relief.
 */
export function stayReach(text: string, grant: string): { stayed: ReliefKind[]; kept: ReliefKind[] } {
  const limited =
    /\b(?:to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as)\s+(?:that\s+)?(?:it|the\s+(?:judgment|order))\s+([^.;]{3,160})/i.exec(
      grant,
    );
  const stayed = limited ? kindsIn(limited[1]!) : [];
  const kept: ReliefKind[] = [];
  for (const s of sentences(text)) {
    const denied =
      /\b(?:is|are)\s+(?:otherwise\s+)?(?:hereby\s+)?DENIED\s+(?:as\s+to|with\s+respect\s+to|insofar\s+as\s+it\s+seeks\s+(?:a\s+stay\s+of|to\s+stay))\s+([^.;]{3,160})/i.exec(
        s,
      ) ??
      /\b((?:the\s+)?[^.;,]{3,120}?)\s*,?\s+(?:which\s+)?remains?\s+in\s+(?:full\s+)?(?:effect|force)\b/i.exec(
        s,
      );
    if (!denied) continue;
    // "… and the injunction remains in effect as to all other class members", "… in all other
    // respects": the rest of the relief stayed in part, not a kind of relief the stay leaves whole.
    if (ASIDE_FROM_THE_PART_STAYED.test(s.slice(denied.index + denied[0].length))) continue;
    // "The judgment otherwise remains in effect": the rest, whatever the stay does not reach.
    if (/\botherwise\b/i.test(denied[0]) && kindsIn(denied[1]!).length === 0) continue;
    // "… and the remainder of the preliminary injunction remains in effect", "paragraphs 1, 2, 4
    // and 5 of the district court's order remain in effect": the rest of the relief stayed in part,
    // not a kind of relief the stay leaves whole.
    if (
      /^(?:(?:and|but)\s+)?(?:the\s+)?(?:remainder|rest|balance|remaining\b|all\s+other\b|other\s+(?:provisions|paragraphs|parts)\b)|\b(?:paragraphs?|provisions?|sections?)\s+\(?\d/i.test(
        denied[1]!.trim(),
      )
    )
      continue;
    for (const k of kindsIn(denied[1]!)) if (!kept.includes(k) && !stayed.includes(k)) kept.push(k);
  }
  return { stayed, kept };
}

/** What follows "remains in effect" when it keeps only the rest: "as to all other class members", "in all other respects". */
const ASIDE_FROM_THE_PART_STAYED =
  /^\s*(?:as\s+to|for|with\s+respect\s+to)\s+(?:all\s+|any\s+)?(?:other|remaining)\b|^\s*in\s+all\s+other\s+respects\b|^\s*(?:as\s+to|for)\s+(?:the\s+|all\s+)?(?:rest|remainder)\b/i;

const PLAINTIFFS = String.raw`(?:the\s+)?(?:named\s+)?(?:all\s+)?(?:plaintiffs?|petitioners?|the\s+class)\b`;
const DEFENDANTS = String.raw`(?:the\s+)?(?:all\s+)?(?:defendants?|respondents?|the\s+government|the\s+United\s+States)\b`;

/** "JUDGMENT entered in favor of Respondents against Petitioners", "judgment for Defendants". */
export const FOR_DEFENDANTS = new RegExp(
  String.raw`\bjudgment\b[^.;]{0,100}?\b(?:in\s+favou?r\s+of|for)\s+${DEFENDANTS}|\bjudgment\b[^.;]{0,100}?\bagainst\s+${PLAINTIFFS}`,
  'i',
);
export const FOR_PLAINTIFFS = new RegExp(
  String.raw`\bjudgment\b[^.;]{0,100}?\b(?:in\s+favou?r\s+of|for)\s+${PLAINTIFFS}|\bjudgment\b[^.;]{0,100}?\bagainst\s+${DEFENDANTS}|\b(?:petition|writ)\b[^.;]{0,80}?\b(?:is|are)\s+(?:hereby\s+)?(?:GRANTED|granted)\b`,
  'i',
);
/** Whom a judgment's words enter it for: the plaintiffs (or petitioners), the defendants, or `null` when unsaid. */
export function judgmentFor(words: string): 'plaintiffs' | 'defendants' | null {
  if (FOR_PLAINTIFFS.test(words)) return 'plaintiffs';
  if (FOR_DEFENDANTS.test(words)) return 'defendants';
  return null;
}
