/**
 * The instruments that end a case's relief by taking its place: a consent decree (or consent
 * judgment) and a class settlement the court approves finally and will enforce (FRCP 23(e)). The
 * grammar of the words that enter them and of the words that say what they replace.
 *
 * - A settlement approved: "ORDER GRANTING FINAL APPROVAL OF CLASS ACTION SETTLEMENT", "The
 *   Settlement Agreement is finally approved under Rule 23(e)", "the Court grants final approval of
 *   the Stipulation of Settlement" — relief in force only when the court keeps it as its own: "which
 *   the Court will enforce", "The Court retains jurisdiction to enforce the Settlement Agreement for
 *   twenty-four months", or relief "replaced by the terms of the Settlement Agreement". Never its
 *   preliminary approval, the motion asking for final approval, or the final approval hearing.
 * - Relief replaced: "The preliminary injunction (doc. no. 17) … is vacated and superseded by this
 *   Consent Decree", "… is DISSOLVED upon entry of this Order; its protections are replaced by the
 *   terms of the Settlement Agreement", "the preliminary injunction is merged into the Consent
 *   Judgment", "Order [40] is superseded by the Settlement": the earlier relief ends because the
 *   instrument takes its place — its protection is not lost.
 */
import type { InjunctionType } from '../types.ts';
import { sentences } from './text.ts';

/**
 * The instrument named: "this Consent Decree", "the Settlement Agreement", "the parties' consent
 * judgment", "the Decree", and a settlement by the name the order defines for it ("the Agreement",
 * "the Agreement's terms"): an order that approves a class settlement calls it what the agreement
 * calls itself.
 */
const INSTRUMENT = String.raw`(?:(?:this|the|said|such)\s+)?(?:(?:parties['’]\s+|class\s+(?:action\s+)?|amended\s+|stipulated\s+|court-approved\s+)?(consent\s+(?:decree|judgment)|settlement(?:\s+agreement)?|stipulation\s+of\s+settlement|decree|agreement))`;

/** What the instrument carries, named before it: "the terms of", "the obligations of", "the provisions of". */
const ITS_TERMS = String.raw`(?:the\s+(?:terms|obligations|provisions|requirements|protections)\s+(?:of|set\s+forth\s+in|contained\s+in)\s+)?`;

/**
 * Relief ended because the instrument takes its place (group 1: the instrument's name): "is vacated
 * and superseded by this Consent Decree", "is replaced by the Settlement", "are merged into the
 * Consent Judgment", "its protections are replaced by the terms of the Settlement Agreement".
 */
const REPLACED_BY = new RegExp(
  [
    String.raw`\b(?:is|are|be|shall\s+be|has\s+been|have\s+been)\s+(?:hereby\s+)?(?:(?:vacated|dissolved|terminated)\s*,?\s*(?:and\s+)?(?:is\s+)?)?(?:superseded\s+by|replaced\s+(?:by|with)|merged\s+(?:in)?to|subsumed\s+(?:by|in|into))\s+${ITS_TERMS}${INSTRUMENT}`,
    String.raw`\b(?:protections?|terms|relief|obligations|requirements)\s+(?:is|are)\s+(?:hereby\s+)?(?:replaced|superseded)\s+by\s+${ITS_TERMS}${INSTRUMENT}`,
    String.raw`\bmerges?\s+(?:in)?to\s+${INSTRUMENT}`,
  ]
    .map((alt) => `${alt}(?![\\w-])`)
    .join('|'),
  'i',
);

/**
 * The instrument said first, the relief it takes the place of after it (group 1: the instrument's
 * name): "the Agreement's terms govern in place of the preliminary injunction", "The Settlement
 * Agreement shall govern in lieu of the injunction", "this Consent Decree supersedes the Preliminary
 * Injunction (ECF No. 22)", "the Decree takes the place of the TRO", "enters the Consent Decree, which
 * supersedes the preliminary injunction".
 */
const REPLACES = new RegExp(
  String.raw`${ITS_TERMS}${INSTRUMENT}(?:['’]s?\s+(?:terms|obligations|provisions))?(?:\s*,?\s*(?:which|that))?\s+(?:(?:shall|will|hereby|now)\s+)?(?:(?:govern|governs|control|controls|appl(?:y|ies)|operates?)\s+(?:in\s+(?:the\s+)?place\s+of|in\s+lieu\s+of|instead\s+of)|(?:supersede|supersedes|replace|replaces)(?:\s+and\s+(?:supersede|supersedes|replace|replaces))?|takes?\s+the\s+place\s+of)\s+(?=[^.;]{0,40}?\b(?:injunction|restraining\s+order|TRO|[Oo]rder\s*(?:\[\d+\]|\((?:ECF|Dkt|Doc))))`,
  'i',
);

/**
 * An order that approves a settlement finally (or enters a decree) and ends the injunction in the same
 * breath without naming what replaces it: "The preliminary injunction (ECF No. 45) shall be dissolved
 * upon the Effective Date", "The TRO is terminated as of the entry of this Order", "The preliminary
 * injunction [14] is superseded." (said in the decree itself: superseded by it). The instrument the
 * order puts in force is what takes its place: the protection goes on, under the instrument's terms.
 * Superseded or replaced "by" something else (a permanent injunction, an order the sentence names) is
 * not this instrument's act; "by this Order (Decree, Judgment)" is.
 */
const ENDED_WITH_ENTRY =
  /\b(?:is|are|be|shall\s+be|will\s+be|has\s+been|have\s+been)\s+(?:hereby\s+)?(?:(?:DISSOLVED|[Dd]issolved|TERMINATED|[Tt]erminated|VACATED|[Vv]acated)\b(?!\s+(?:in\s+part|as\s+to|only\b))|(?:SUPERSEDED|[Ss]uperseded|REPLACED|[Rr]eplaced)\b(?!\s+(?:in\s+part|as\s+to|only\b|(?:by|with)\s+(?!(?:this|the\s+(?:present|instant))\s+(?:Order|Decree|Judgment|Consent)\b))))/;

/**
 * Relief kept only until the instrument the order enters takes effect: "The preliminary injunction
 * (ECF No. 22) remains in effect until the Effective Date", "shall continue in force until entry of
 * this Consent Decree". The instrument takes its place from then on.
 */
const UNTIL_IT_TAKES_EFFECT =
  /\b(?:remains?|shall\s+remain|continues?|shall\s+continue)\s+in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?\s+(?:until|through)\s+(?:the\s+)?(?:Effective\s+Date|entry\s+of\s+(?:this|the)\s+(?:Consent\s+)?(?:Decree|Judgment|Order)|(?:this|the)\s+(?:Consent\s+)?Decree\s+(?:takes|becomes)\s+effect(?:ive)?)/i;

/** Earlier relief a sentence names as what is replaced: an injunction, a TRO, an order by its number. */
const EARLIER_RELIEF =
  /\b(?:temporary\s+restraining\s+order|TRO|(?:preliminary|permanent)\s+injunction|injunction|[Oo]rder\s*(?:\[\d+\]|\((?:ECF|Dkt|Doc)[^)]{0,20}\)))/i;

/** Words that take the act back or make it a condition: "is not superseded", "if the Settlement is approved". */
const NOT_NOW =
  /\b(?:not|nothing|if|unless|whether|would|will|should|once|when|upon\s+(?:final\s+)?approval|in\s+the\s+event)\b/i;

/** What replaces the relief, by the instrument's name: a decree or a consent judgment, else the settlement. */
function instrumentType(name: string): InjunctionType {
  return /decree|consent\s+judgment/i.test(name) ? 'consent_decree' : 'settlement';
}

/** The kind of relief a sentence's words name (a TRO, a permanent injunction; else the preliminary injunction stands in). */
function reliefNamed(words: string): InjunctionType {
  return /restraining|\bTRO\b/i.test(words)
    ? 'TRO'
    : /permanent/i.test(words)
      ? 'permanent_injunction'
      : 'preliminary_injunction';
}

/** A motion, a proposal or a proposed decree saying what it would do is not the court's act. */
const ASKED = /^\W*(?:\d+[.)]\s*)?(?:(?:JOINT|UNOPPOSED|STIPULATED)\s+)?MOTION\b|\bpropos(?:ed|al|als|es)\b/i;

export interface Replacement {
  /** The relief replaced, by its kind when the sentence names one (else the order it names: `preliminary_injunction` stands in). */
  replaced: InjunctionType;
  /** What takes its place. */
  into: InjunctionType;
  sentence: string;
}

/** The earlier relief a sentence ends by putting the instrument in its place; `null` when it does not. */
export function replacedIn(s: string): Replacement | null {
  const m = REPLACED_BY.exec(s);
  if (!m) return insteadOf(s);
  const before = s.slice(0, m.index);
  const subject = EARLIER_RELIEF.exec(before);
  // "its protections are replaced by …": the relief is the one the sentence names before.
  if (!subject || NOT_NOW.test(before.replace(/\bthis\s+order\b/gi, '') + m[0])) return null;
  if (ASKED.test(before)) return null;
  const named = m[1] ?? m[2] ?? m[3] ?? '';
  return { replaced: reliefNamed(subject[0]), into: instrumentType(named), sentence: s };
}

/** The instrument said to take the relief's place, the relief named after it ("the Agreement's terms govern in place of the injunction"). */
function insteadOf(s: string): Replacement | null {
  const m = REPLACES.exec(s);
  if (!m) return null;
  const before = s.slice(0, m.index);
  const relief = EARLIER_RELIEF.exec(s.slice(m.index + m[0].length));
  if (!relief || NOT_NOW.test(before) || ASKED.test(before)) return null;
  return { replaced: reliefNamed(relief[0]), into: instrumentType(m[1] ?? ''), sentence: s };
}

/**
 * Relief an order ends as it puts an instrument in force (`into`), without saying the instrument
 * replaces it: "The preliminary injunction (ECF No. 45) shall be dissolved upon the Effective Date"
 * in an order granting final approval of the settlement. The same replacement: the people it
 * protected are protected by the instrument's terms from then on.
 */
export function endedWithEntry(text: string, into: InjunctionType): Replacement[] {
  return sentences(text).flatMap((s) => {
    const m = ENDED_WITH_ENTRY.exec(s) ?? UNTIL_IT_TAKES_EFFECT.exec(s);
    if (!m) return [];
    const subject = EARLIER_RELIEF.exec(s.slice(0, m.index));
    // "upon the Effective Date", "as of the entry of this Order": the instrument's own start.
    const when = s
      .slice(m.index)
      .replace(/\bupon\s+(?:the\s+)?(?:Effective\s+Date|entry\s+of\s+(?:this|the)\b[^.;]*)/gi, '');
    if (
      !subject ||
      NOT_NOW.test(s.slice(0, m.index)) ||
      /\b(?:if|unless|upon\s+(?:final\s+)?approval)\b/i.test(when)
    )
      return [];
    if (ASKED.test(s.slice(0, m.index))) return [];
    return [{ replaced: reliefNamed(subject[0]), into, sentence: s }];
  });
}

/** Each sentence of `text` that puts an instrument in the place of earlier relief. */
export function replacementsIn(text: string): Replacement[] {
  return sentences(text)
    .map(replacedIn)
    .filter((r): r is Replacement => r !== null);
}

/**
 * The court approves a class settlement finally: "ORDER GRANTING FINAL APPROVAL OF CLASS ACTION
 * SETTLEMENT", "The Settlement Agreement is finally approved", "the Court grants final approval of
 * the Settlement", "The Court finally approves the Settlement".
 */
const FINAL_APPROVAL =
  /\b[Mm]otion\s+for\s+[Ff]inal\s+[Aa]pproval\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?[Ss]ettlement\b[^.;]{0,80}?\b(?:is|are)\s+(?:hereby\s+)?(?:GRANTED|granted)\b|\b(?:GRANT(?:S|ING)?|[Gg]rant(?:s|ing)?)\s+(?:FINAL\s+APPROVAL|[Ff]inal\s+[Aa]pproval)\s+(?:OF|TO|of|to)\s+(?:THE\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:SETTLEMENT|[Ss]ettlement)\b|\b[Ss]ettlement(?:\s+[Aa]greement)?\b(?:\s*\[\d+(?:-\d+)?\]|\s*\([^)]{0,40}\))?[^.;]{0,60}?\b(?:is|are)\s+(?:hereby\s+)?(?:finally\s+approved|FINALLY\s+APPROVED|granted\s+final\s+approval)\b|\b[Ff]inally\s+approves\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[Ss]ettlement\b|\b(?:GRANT(?:S|ING|ED)?|[Gg]rant(?:s|ing|ed)?)\s+(?:\[\d+\]\s+)?(?:(?:[\w'’-]+\s+){0,4}?)(?:MOTION|[Mm]otion)\s+(?:FOR|for)\s+(?:FINAL\s+APPROVAL|[Ff]inal\s+[Aa]pproval)\s+(?:OF|of)\s+(?:THE\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:SETTLEMENT|[Ss]ettlement)\b|\b(?:FINAL\s+APPROVAL|[Ff]inal\s+[Aa]pproval)\s+(?:OF|of)\s+(?:THE\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:SETTLEMENT|[Ss]ettlement|Agreement)\b[^.;]{0,40}?\b(?:is|are)\s+(?:hereby\s+)?(?:GRANTED|granted)\b|\b(?:[Ss]ettlement(?:\s+[Aa]greement)?|Agreement)\b(?:\s*\[\d+(?:-\d+)?\]|\s*\([^)]{0,40}\))?\s+(?:is|are)\s+(?:hereby\s+)?(?:APPROVED|approved)\s+(?:in\s+(?:its|all)\s+(?:entirety|respects)\s+)?(?:as\s+(?:being\s+)?fair|under\s+(?:Fed(?:eral)?\.?\s+)?R(?:ule|\.)|pursuant\s+to\s+(?:Fed(?:eral)?\.?\s+)?R(?:ule|\.))/;

/** The court keeps the settlement as its own to enforce: "which the Court will enforce", "retains jurisdiction to enforce". */
const ENFORCED =
  /\b(?:[Cc]ourt|it)\s+(?:will|shall)\s+enforce\b|\bretains?\s+(?:(?:continuing|exclusive|ongoing)\s+(?:and\s+)?)*jurisdiction\b[^.;]{0,120}?\b(?:enforc|implement|administ|effectuat|constru|interpret)\w*/i;

/** A sentence asking for approval, or the hearing on it: not the court's approval. */
const ASKED_OR_HEARING =
  /^\W*(?:(?:JOINT|UNOPPOSED|RENEWED|AMENDED)\s+)?(?:MOTION|Motion|NOTICE|Notice|MEMORANDUM|Memorandum|BRIEF|Brief)\b|\bmotion\s+for\s+final\s+approval\b(?![^.;]{0,40}\b(?:GRANTED|granted)\b)|\bfinal\s+approval\s+hearing\b(?![^.;]{0,80}\b(?:approved|GRANTED)\b)/i;

/**
 * The class settlement an order approves finally and the court will enforce (or that takes the
 * place of relief); `null` when the order approves none, or approves one the court does not keep
 * as its own (a settlement paid and done).
 */
export function settlementApproved(text: string): { words: string } | null {
  const ss = sentences(text);
  const approval = ss.find((s) => FINAL_APPROVAL.test(s) && !ASKED_OR_HEARING.test(s));
  // Granted from the bench, its order to follow: the settlement takes effect with that order.
  if (!approval || ENTRY_TO_FOLLOW.test(text)) return null;
  const kept = ENFORCED.test(text) || replacementsIn(text).some((r) => r.into === 'settlement');
  return kept ? { words: approval } : null;
}

/**
 * The sentences that may give a settlement's term: how long the court keeps it ("The Court retains
 * jurisdiction to enforce the Settlement Agreement for twenty-four months from the date of this
 * Order"), or its own ("The Settlement Agreement shall remain in effect until June 30, 2031").
 */
export function settlementTermSentences(text: string): string[] {
  return sentences(text).filter(
    (s) =>
      (ENFORCED.test(s) && /\bjurisdiction\b/i.test(s)) ||
      /\b(?:[Ss]ettlement(?:\s+[Aa]greement)?|Agreement)\b[^.;]{0,60}?\b(?:shall|will)\s+(?:remain\s+in\s+(?:full\s+)?(?:force|effect)|terminate|expire)\b|\b(?:[Ss]ettlement(?:\s+[Aa]greement)?|Agreement)\b[^.;]{0,40}?\b(?:terminates|expires)\b/.test(
        s,
      ),
  );
}

/**
 * A court's approval that is not yet the entry of the decree: "Court approves the consent decree;
 * decree to enter", "the decree will be entered separately", "written order to follow".
 */
export const ENTRY_TO_FOLLOW =
  /\b(?:decree|judgment)\s+(?:to\s+(?:enter|issue|follow)|will\s+(?:enter|issue|be\s+entered))\b|\bto\s+be\s+entered\b|\b(?:written\s+)?(?:order|decree)\s+to\s+follow\b|\bentered\s+separately\b/i;
