/**
 * The language of bankruptcy dockets, as rules of that language (issue #14, tenth session): what
 * the court does to the automatic stay, what a Bankruptcy Noticing Center certificate sets (nothing),
 * and the text of another entry a bankruptcy entry quotes. Bankruptcy clerks write most of a
 * docket's dates themselves, in CM/ECF's printed forms; the readers in `findings.ts` read those
 * forms, and this module decides what is the court's act and what only restates one.
 */
import type { EntryKind, HearingFinding, StayAction, StayFinding } from '../types.ts';
import type { Classification } from './classify.ts';
import { DATE, readDate, readTime, TIME } from './grammar.ts';

/** A date's pattern without its named groups, to embed in other patterns. */
const DATE_RE = DATE.replace(/\?<[a-z]+>/g, '');

/**
 * A Bankruptcy Noticing Center certificate ("BNC Certificate of Mailing - Hearing (RE: …)",
 * "Certificate of Notice") and a party's certificate of service or mailing say that a paper was
 * sent; the dates they carry are that paper's, set by the entry they quote. They set nothing (the
 * decision for issue #14: the entry that set the date is on the same docket, and reading the
 * certificate again would set the same hearing or deadline twice, or a stale one after a move).
 */
const CERTIFICATE =
  /^\W*(?:BNC\s+)?(?:Certificate|CERTIFICATE|Certification|Cert\.)\s+of\s+(?:Mailing|MAILING|Notice|NOTICE|Service|SERVICE)\b|^\W*BNC\s+Certificate\b|^\W*(?:Affidavit|AFFIDAVIT|Proof|PROOF)\s+of\s+(?:Service|SERVICE|Mailing|MAILING)\b/;

export function isCertificateOfNotice(text: string): boolean {
  return CERTIFICATE.test(text);
}

/**
 * Text that quotes another entry: CM/ECF prints the related entry's whole docket text inside
 * "(RE: related document(s) 35 Hearing Continued (…) Hearing scheduled for D …)" or "(Related
 * Document(s): 1204 Order Confirming … Application for Final Decree due by D …)". What that text
 * sets, its own entry set. The parenthesis (balanced; to the end when CM/ECF cut it off) is replaced
 * by its first words ("(related document(s) 35 Hearing Continued)"), which still name the paper the
 * entry is about.
 */
const RELATED_OPEN =
  /\((?=\s*(?:RE:?\s*)?(?:related|Related|RELATED)\s+(?:document|Document|DOCUMENT)s?(?:\(s\))?\s*:?)/g;

export function withoutQuotedEntries(text: string): string {
  let out = '';
  let at = 0;
  for (const m of text.matchAll(RELATED_OPEN)) {
    if (m.index < at) continue;
    let depth = 0;
    let end = -1;
    for (let i = m.index; i < text.length; i++) {
      const c = text[i];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    // Never closed (the filer's text lacks its parenthesis): the quotation ends with its first
    // sentence, or where CM/ECF appends the entry's own setting after a dash ("Hearing to Consider …:
    // (Related Document(s): 1257 Joint Motion … - Hearing Scheduled For D at T"), whichever is first.
    if (end < 0) {
      const stop = /[.;]\s+(?=[A-Z(])|\s+-\s+(?=Hearing\s+(?:Scheduled|Set)\s+(?:For|for|On|on)\b)/g;
      stop.lastIndex = m.index;
      const s = stop.exec(text);
      end = s ? s.index + (/^\s/.test(s[0]) ? 0 : 1) : text.length;
    }
    const inner = text.slice(m.index + 1, text[end - 1] === ')' ? end - 1 : end);
    // Short parentheses name the paper ("(RE: related document(s) 38 Vacate)"): nothing to mask.
    if (inner.length <= 120) continue;
    const head = /^\s*(?:RE:?\s*)?related\s+documents?(?:\(s\))?\s*:?\s*\d*/i.exec(inner)?.[0].trim() ?? '';
    out += `${text.slice(at, m.index)}(${head})`;
    at = end;
  }
  return out + text.slice(at);
}

/** Relief from the automatic stay (or the co-debtor stay, 11 U.S.C. 1301) named as a motion's or an order's subject. */
const RELIEF_FROM_STAY =
  /\b(?:relief|RELIEF|Relief)\s+(?:from|FROM|From)\s+(?:the\s+|THE\s+|The\s+)?(?:(?:automatic|AUTOMATIC|Automatic|co-?debtor|CO-?DEBTOR|Co-?[Dd]ebtor|codebtor)\s+)?(?:stay|STAY|Stay)\b|\b(?:LIFT|Lift|lift|MODIF|Modif|modif|TERMINAT|Terminat|terminat)\w*\s+(?:the\s+|THE\s+)?(?:automatic|AUTOMATIC|Automatic|co-?debtor|CO-?DEBTOR|Co-?[Dd]ebtor)\s+(?:stay|STAY|Stay)\b/;
const CO_DEBTOR = /\bco-?debtor\b|\bcodebtor\b|\b1301\b/i;

/** The court's words on the motion it decides, as a title or a disposition in minutes. */
const GRANTS =
  /\b(?:order|ORDER|Order)\s+(?:\w+\s+){0,2}?(?:granting|GRANTING|Granting)\b|\b(?:motion|MOTION|Motion)\b[^.;]{0,200}?\b(?:is\s+|was\s+)?(?:GRANTED|granted|Granted)\b|\(\s*(?:GRANTED|Granted|granted)\b|\b(?:Disposition|DISPOSITION|OUTCOME|Outcome)\s*:\s*(?:GRANTED|Granted)\b/;
const DENIES =
  /\b(?:DENY(?:ING)?|Deny(?:ing)?|denying|DENIED|Denied|denied|WITHDRAWN|[Ww]ithdrawn|MOOT|[Mm]oot|CONTINUED|[Cc]ontinued|OFF\s+CALENDAR|[Oo]ff\s+[Cc]alendar|DISMISSED|[Dd]ismissed|OVERRULED|SUSTAINED)\b/;
const ORDER_FOR_RELIEF =
  /^\W*(?:[A-Z][\w-]*\s+){0,3}?(?:ORDER|Order)\s+(?:for|FOR|For|granting|GRANTING|Granting)\s+(?:(?:the|THE|a|an)\s+)?(?:(?:Motion|MOTION)\s+(?:for|FOR)\s+)?(?:RELIEF|Relief|relief)\s+(?:from|FROM|From)\b|^\W*(?:[A-Z][\w-]*\s+){0,3}?(?:ORDER|Order)\s+(?:\((?:STIPULATED|Stipulated|AGREED|Agreed|CONSENT|Consent)\)\s+)?(?:TERMINATING|Terminating|terminating|LIFTING|Lifting|lifting|MODIFYING|Modifying|modifying)\s+(?:the\s+|THE\s+)?(?:(?:automatic|AUTOMATIC|Automatic|co-?debtor|CO-?DEBTOR|Co-?[Dd]ebtor)\s+)?(?:stay|STAY|Stay)\b/;
/** The court putting the stay back or keeping it: "ORDER REINSTATING STAY", "imposing the automatic stay" (11 U.S.C. 362(c)(4)). */
const REIMPOSES =
  /\b(?:REINSTAT(?:ING|ED|E)|[Rr]einstat(?:ing|ed|e)|RE-?IMPOS(?:ING|ED|E)|[Rr]e-?impos(?:ing|ed|e)|IMPOS(?:ING|E)|[Ii]mpos(?:ing|e))\s+(?:the\s+|THE\s+)?(?:(?:automatic|AUTOMATIC|Automatic)\s+)?(?:stay|STAY|Stay)\b/;
/** Keeping the automatic stay in force past its 30 days (11 U.S.C. 362(c)(3)(B)) or past a hearing ("Motion re: Continuation of the Automatic Stay"). */
const EXTENDS =
  /\b(?:EXTEND(?:ING)?|[Ee]xtend(?:ing)?|CONTINU(?:ING|E)|[Cc]ontinu(?:ing|e)|(?:EXTENSION|[Ee]xtension|CONTINUATION|[Cc]ontinuation)\s+(?:of|OF))\s+(?:the\s+|THE\s+)?(?:(?:automatic|AUTOMATIC|Automatic)\s+)?(?:stay|STAY|Stay)\b/;
/** "The automatic stay is extended through …", "Automatic stay extended to …": the court's passive words. */
const EXTENDED_PASSIVE =
  /\b(?:automatic|AUTOMATIC|Automatic)\s+(?:stay|STAY|Stay)\s+(?:(?:(?:is|IS|shall\s+be|SHALL\s+BE|be|BE|was|WAS)\s+)?(?:hereby\s+|HEREBY\s+)?(?:EXTENDED|[Ee]xtended)|(?:is|IS|shall\s+be|SHALL\s+BE|will\s+be)\s+(?:hereby\s+|HEREBY\s+)?(?:CONTINUED|[Cc]ontinued))\b/;
/** Its last day, right after those words: "extended through 4/15/2019", "to and including D". */
const THROUGH_DAY = new RegExp(
  `^\\s*(?:through|until|to|thru)\\s+(?:and\\s+including\\s+)?(?<d>${DATE_RE})`,
  'i',
);
/** The stay kept until a hearing the entry moves: "through the date of the continued hearing", "pending the final hearing". */
const THROUGH_HEARING =
  /\b(?:through|until|to|pending)\s+(?:and\s+including\s+)?(?:the\s+)?(?:(?:date|conclusion|end)\s+of\s+(?:the\s+)?)?(?:continued|final|next|adjourned|rescheduled)\s+hearing\b/i;
/** The day that hearing is on, in the same entry: "continued to D", "Hearing scheduled for D", "Final hearing … D". */
const NEXT_HEARING_DAY = new RegExp(
  `\\b(?:continued|adjourned|rescheduled|re-?set)\\s+(?:\\([^()]{0,160}\\)\\s+)?(?:to|until)\\s+(?<a>${DATE_RE})|\\bhearing\\s+(?:is\\s+)?(?:scheduled|set)\\s+(?:for|on)\\s+(?<b>${DATE_RE})|\\b(?:final|continued)\\s+hearing\\b[^.;]{0,60}?\\b(?:on|for)\\s+(?<c>${DATE_RE})`,
  'gi',
);
const REMAINS_IN_EFFECT =
  /\b(?:automatic\s+)?stay\s+(?:shall|will|is\s+to|is\s+(?:hereby\s+)?ordered\s+to)\s+(?:remain|continue)\s+in\s+(?:full\s+)?(?:force|effect)\b(?!\s+until\s+(?:modified|vacated|terminated|further))/i;
/** The automatic stay named, or a motion for relief from it ("Motion for Relief Stay"): the stay the entry's words are about. */
const ABOUT_AUTOMATIC_STAY =
  /\b(?:automatic\s+stay|relief\s+(?:from\s+)?(?:the\s+)?(?:automatic\s+)?stay)\b/i;

function stay(action: StayAction, what: string, words: string): StayFinding {
  return {
    action,
    what,
    expires: null,
    until: null,
    source: words,
    why: { rule: `bankruptcy-stay-${action}`, words: words.slice(0, 160), confidence: 0.85 },
  };
}

/**
 * What a bankruptcy court's act does to the automatic stay (labels' conventions,
 * bench/labels/README.md "Stays in bankruptcy"):
 * - relief from the stay granted (an order granting it, "Order for Relief from the Automatic Stay",
 *   an order terminating, lifting or modifying the stay, minutes recording a relief motion granted):
 *   the stay `lifted` (as to the movant's property; undated);
 * - the stay reinstated or imposed: `granted`; kept past its term ("Motion to Extend Automatic Stay …
 *   GRANTED", "order continuing the automatic stay", "the automatic stay shall remain in effect
 *   through the conclusion of the continued hearing"): `extended`;
 * - relief denied, withdrawn, moot or continued, a motion for relief, and boilerplate ("THE AUTOMATIC
 *   STAY REMAINS IN EFFECT UNTIL MODIFIED"): nothing — the stay is as it was (`[]`).
 * `null` when the entry is not about the automatic stay: the general reader decides.
 */
export function automaticStay(text: string, cls: Classification, dateFiled: string): StayFinding[] | null {
  if (!cls.isCourtAct || cls.clerkEntry) return null;
  const relief = RELIEF_FROM_STAY.exec(text);
  const reimposed = REIMPOSES.exec(text);
  // "By Agreement, the stay is ordered to remain in effect" in an order on a motion for relief: the
  // automatic stay, kept.
  const extended = /\b(?:automatic|AUTOMATIC|Automatic)\s+(?:stay|STAY|Stay)\b/.test(text)
    ? (EXTENDS.exec(text) ?? EXTENDED_PASSIVE.exec(text) ?? REMAINS_IN_EFFECT.exec(text))
    : ABOUT_AUTOMATIC_STAY.test(text)
      ? REMAINS_IN_EFFECT.exec(text)
      : null;
  if (!relief && !reimposed && !extended) return null;
  const what = CO_DEBTOR.test(text) ? 'co-debtor stay' : 'automatic stay';
  if (reimposed) return denied(text) ? [] : [stay('granted', what, reimposed[0])];
  const words = text.slice(0, 200);
  if (extended) {
    // "Motion to Extend Automatic Stay … GRANTED": the extension the court granted.
    // "Hearing Held (RE: 12 Motion for Relief from Stay). … The automatic stay is extended through …":
    // the court's own words, after the motion it names.
    const passive = EXTENDED_PASSIVE.exec(text);
    const decided = GRANTS.test(text) || !/\b(?:motion|MOTION|Motion)\b/.test(text.slice(0, extended.index));
    // (The court's own words about the stay hold whatever it did to the motion: a relief motion
    // "continued" is not reached, and the stay is kept meanwhile.)
    if (REMAINS_IN_EFFECT.test(text) || passive || (decided && !denied(text)))
      return [stayEnd(stay('extended', what, extended[0]), text, dateFiled, passive)];
    return [];
  }
  if (ORDER_FOR_RELIEF.test(text) && !denied(text.slice(0, 120))) return [stay('lifted', what, words)];
  if (GRANTS.test(text) && !denied(text)) return [stay('lifted', what, words)];
  return [];
}

/**
 * "Hearing continued to 3/4/2019 at 10:00 AM. The automatic stay is extended through the date of the
 * continued hearing": the stay's last day is that hearing's day, when the entry gives it; else it
 * runs until that hearing, in words.
 */
function stayEnd(
  s: StayFinding,
  text: string,
  dateFiled: string,
  passive: RegExpExecArray | null,
): StayFinding {
  const day = passive ? THROUGH_DAY.exec(text.slice(passive.index + passive[0].length)) : null;
  const last = day && readDate(day.groups!.d!, dateFiled);
  if (last) return { ...s, expires: last };
  const through = THROUGH_HEARING.exec(text);
  if (!through) return s;
  for (const m of text.matchAll(NEXT_HEARING_DAY)) {
    const day = readDate((m.groups!.a ?? m.groups!.b ?? m.groups!.c)!, dateFiled);
    if (day && day > dateFiled)
      return {
        ...s,
        expires: day,
        why: { ...s.why!, rule: 'bankruptcy-stay-through-hearing', words: through[0] },
      };
  }
  return { ...s, until: through[0].replace(/^\S+\s+/, '').toLowerCase() };
}

/** The court refused or did not reach the motion: denied, withdrawn, moot, continued, dismissed. */
function denied(text: string): boolean {
  const d = DENIES.exec(text);
  if (!d) return false;
  // "Hearing held and continued. … GRANTED": a disposition after the continuance decides.
  const g = GRANTS.exec(text);
  return !g || d.index > g.index;
}

/** A date CM/ECF printed under a name: one item of a list, or a "Last day to …" line. */
export interface PrintedDue {
  what: string;
  date: string;
  words: string;
  rule: 'printed-list-item' | 'printed-last-day' | 'printed-deadline-label';
}

/** "due", "due by", "Due:", "Date:" after the name of what is due; the date right after. */
const ITEM_ANCHOR = new RegExp(
  `\\s*(?:\\b(?:due|Due|DUE)(?:\\s+(?:by|By|BY|on|On))?\\s*:?|\\b(?:Date|DATE)\\s*:)\\s*(${DATE_RE})`,
  'g',
);
/** The court's own ticklers printed like deadlines (README: not deadlines). */
const TICKLER =
  /^(?:Order\s+Meeting\s+of\s+Creditors|Check\s+Status|(?:The\s+)?Follow[\s-]?up|Discharge\s+Issue|Closing|Transcript\s+access|Release\s+of\s+Transcript)/i;
/** A date printed under one of the court's ticklers ("Order Meeting of Creditors due by D") is no one's deadline. */
export const isCourtTickler = (what: string): boolean => TICKLER.test(what.trim());

/** Names CM/ECF computes on a motion (a response or reply to it): the general reader keys those to the motion. */
const MOTION_PAPERS = /^(?:Responses?|Repl(?:y|ies)|Oppositions?)\b/i;
/** An item's name and its printed date at the head of the next item's words: "316 Incomplete Filing (11 USC 521(i)) 6/22/2009 ". */
const PRINTED_WITH_DATE = new RegExp(`^([^]*?)\\s+(${DATE_RE})\\s+(?=[A-Z])`);
/** What may name an item: a short noun phrase, no verb of a sentence. */
const ITEM_NAME = /^[A-Z0-9(][\w()'’&/,#.:-]*(?:\s+[\w()'’&/,#.:-]+){0,13}$/;
const SENTENCE_VERB =
  /\b(?:shall|must|will|is|are|was|were|be|filed|Filed|sent|served|on\s+behalf\s+of)\b|\d{1,2}\/\d{1,2}\/\d{2}/;

/**
 * CM/ECF's printed lists of due dates — a petition's or a deficiency notice's "Schedule A due
 * 2/16/2010. Schedule B due 2/16/2010. … Incomplete Filings due by 2/16/2010.", a 341 notice's "Proofs
 * of Claims due by D. Government Proof of Claim due by D." — are one deadline per item, each under its
 * own name (two items due the same day are two papers). Two or more items in a row make a list; a
 * single "X due by D" is read by the general reader. The court's ticklers in a list ("Order Meeting of
 * Creditors due by D") are not deadlines. Returns the items and the text with their spans blanked.
 */
export function printedLists(text: string, dateFiled: string): { items: PrintedDue[]; rest: string } {
  type Item = { start: number; end: number; name: string; date: string; adjacent: boolean };
  const items: Item[] = [];
  let prevEnd = 0;
  for (const a of text.matchAll(ITEM_ANCHOR)) {
    const date = readDate(a[1]!, dateFiled);
    const end = a.index + a[0].length;
    const lead = text.slice(prevEnd, a.index);
    // Separators between two items (". ", ", "), then the name; a sentence's end inside the lead
    // means the name starts after it and the item follows other words, not another item.
    // ("…; and Y Answer Due D": the last item of a list joined by "and".)
    const sep = /^[\s.,;]*(?:and\s+)?/.exec(lead)![0].length;
    let nameAt = sep;
    let adjacent = items.length > 0 && items.at(-1)!.end === prevEnd;
    for (const m of lead.slice(sep).matchAll(SENTENCE_END)) {
      nameAt = sep + m.index + m[0].length;
      adjacent = false;
    }
    let name = lead.slice(nameAt).trim();
    let start = a.index - lead.slice(nameAt).trimStart().length;
    prevEnd = end;
    // An item printed with its date and no "due" before the next one ("… 316 Incomplete Filing (11 USC
    // 521(i)) 6/22/2009 Incomplete Filings due by 5/26/2009.", D. Nev.'s deficient-filing list): its own item.
    const dated = PRINTED_WITH_DATE.exec(name);
    const datedOn = dated && readDate(dated[2]!, dateFiled);
    // (A day past, or a stamp — "Order entered 5/1/2009" — is a record, not an item due.)
    if (
      dated &&
      datedOn &&
      datedOn > dateFiled &&
      ITEM_NAME.test(dated[1]!) &&
      !SENTENCE_VERB.test(dated[1]!) &&
      !/\b(?:entered|signed|dated|docketed|received|mailed|issued|held|on|of|from|since)$/i.test(dated[1]!)
    ) {
      items.push({ start, end: start + dated[0].trimEnd().length, name: dated[1]!, date: datedOn, adjacent });
      start += dated[0].length;
      name = name.slice(dated[0].length);
      adjacent = true;
    }
    if (!date || !ITEM_NAME.test(name) || SENTENCE_VERB.test(name)) continue;
    items.push({ start, end, name, date, adjacent });
  }
  // Runs of items one right after another.
  const runs: Item[][] = [];
  for (const it of items) {
    const run = runs.at(-1);
    if (run && it.adjacent && run.at(-1)!.end <= it.start) run.push(it);
    else runs.push([it]);
  }
  const out: PrintedDue[] = [];
  let rest = text;
  for (const run of runs) {
    if (run.length < 2 || run.some((it) => MOTION_PAPERS.test(it.name))) continue;
    for (const it of run) {
      rest = rest.slice(0, it.start) + ' '.repeat(it.end - it.start) + rest.slice(it.end);
      if (TICKLER.test(it.name)) continue;
      if (out.some((o) => o.date === it.date && o.what.toLowerCase() === it.name.toLowerCase())) continue;
      out.push({
        what: it.name,
        date: it.date,
        words: text.slice(it.start, it.end),
        rule: 'printed-list-item',
      });
    }
  }
  return { items: out, rest };
}

/** A sentence's end inside the words before a date: ". X", ": X", "; X", ") X" (not after an abbreviation). */
const SENTENCE_END = /(?<!\b(?:State|No|Nos|St|U\.S|Atty|Stmt|Misc|Cert|Decl))[.;:]\s+(?=[A-Z0-9(])/g;

/**
 * Dates a bankruptcy notice prints under a label rather than after "due": "Last day to oppose
 * discharge or dischargeability is D", "Last day to Object to Confirmation D", "Last Day For
 * Objections D", "Last day to object is D"; "Complaint to determine dischargeability of certain
 * debts deadline: D", "Objection deadline is D" (D.N.J., on an application), "Claims Bar Date set for D",
 * "Bar Date: D" (the last day to file a proof of claim), "Bar Date For Objections - D" (the last day to object
 * to what the notice sets for hearing), "Objection Deadline - D". Each is a deadline (the clerk's printed date).
 */
const LAST_DAY = new RegExp(
  `\\b(?<what>[Ll]ast\\s+[Dd]ay\\s+(?:to|for|To|For)\\s+[^.;:]{2,100}?)\\s*(?:\\bis\\b|:|-)?\\s*(?<date>${DATE_RE})`,
  'g',
);
const LABELED_DEADLINE = new RegExp(
  `(?<what>\\b[A-Z][^.;:]{2,100}?)\\s+[Dd]eadline\\s*(?::|\\s-\\s|\\bis\\b)\\s*(?<date>${DATE_RE})|\\b(?<what2>[A-Z][\\w ]{1,40}?)\\s+Due(?:\\/[^.;]{1,60}?)?\\s+Date\\s+(?:is|:)\\s*(?<date2>${DATE_RE})|\\b[Tt]he\\s+(?<date3>${DATE_RE})\\s+deadline\\s+(?:for|to)\\s+(?<what3>[^.;]{3,120}?)\\s+(?:stands|remains|is\\s+unchanged)\\b|\\b[Dd]eadline\\s+(?:to|for)\\s+(?<what4>[^.;:]{2,120}?)\\s+(?:is|:)\\s*(?<date4>${DATE_RE})|\\b(?<what5>(?:(?:[Cc]laims?|CLAIMS?|[Gg]overnment(?:al)?|GOVERNMENT(?:AL)?)\\s+)?(?:[Bb]ar|BAR)\\s+(?:[Dd]ate|DATE))(?:\\s+(?:(?:is\\s+|has\\s+been\\s+)?(?:set|SET|Set|established|fixed)\\s+(?:for|as|at|FOR)|is|IS)|\\s*:)\\s*(?<date5>${DATE_RE})|\\b(?:[Bb]ar|BAR)\\s+(?:[Dd]ate|DATE)\\s+(?:[Ff]or|FOR|[Tt]o|TO)\\s+(?<what6>[^.;:]{2,60}?)\\s*(?:[-–:]|\\bis\\b)\\s*(?<date6>${DATE_RE})`,
  'g',
);

/** A label whose date is the paper's stamp: "… Signed on D", "… Entered on D", "… Dated D". */
const STAMPED_ON = /\b(?:signed|entered|filed|dated|docketed)(?:\s+on)?$/i;

/** Every printed date of the text (lists and labels) and the text with their spans blanked, for the general reader. */
export function printedDues(
  text: string,
  dateFiled: string,
  proposes: boolean,
): { items: PrintedDue[]; rest: string } {
  // A party's paper that proposes dates ("supplemental brief due D1; response due D2" in a motion)
  // proposes them, list or not: the general reader makes them proposals.
  const lists = proposes ? { items: [], rest: text } : printedLists(text, dateFiled);
  let rest = lists.rest;
  const items = [...lists.items];
  for (const [re, rule, cue] of [
    [LAST_DAY, 'printed-last-day', /\b[Ll]ast\s+[Dd]ay\b/],
    [
      LABELED_DEADLINE,
      'printed-deadline-label',
      /[Dd]eadline\s*:|[Dd]eadline\s+(?:is|-)\s|\bDue\b[^.;]{0,60}\bDate\b|\b[Dd]eadline\s+(?:for|to)\b|\b[Bb]ar\s+[Dd]ate\b|\bBAR\s+DATE\b/,
    ],
  ] as const) {
    // Most entries have none: a cheap test of the cue first.
    if (!cue.test(rest)) continue;
    for (const m of rest.matchAll(re)) {
      const g = m.groups!;
      const date = readDate((g.date ?? g.date2 ?? g.date3 ?? g.date4 ?? g.date5 ?? g.date6)!, dateFiled);
      // A motion's bar date ("Motion to Set Bar Date … Bar Date: D") is the date it asks for.
      if (!date || (g.what5 && proposes)) continue;
      // ("Claims Bar Date set for D": the last day to file a proof of claim, named so.)
      const what = g.what5
        ? `proofs of claim (${g.what5.toLowerCase()})`
        : (g.what ?? g.what2 ?? g.what3 ?? g.what4 ?? g.what6)!.trim();
      rest = rest.slice(0, m.index) + ' '.repeat(m[0].length) + rest.slice(m.index + m[0].length);
      // "The follow up deadline is D" (D.N.J.): the court's own tickler.
      if (TICKLER.test(what)) continue;
      // "Order Setting Last Day To File Proofs of Claim Signed on 7/7/2009": the paper's own stamp
      // follows the label, not the day it sets (that one is printed after "due by").
      if (STAMPED_ON.test(what)) continue;
      items.push({ what: what.charAt(0).toLowerCase() + what.slice(1), date, words: m[0], rule });
    }
  }
  return { items, rest };
}

const TIME_RE = TIME.replace(/\?<[a-z]+>/g, '');
/** "Hearing held on D1 and continued to D2 at T", "HEARING HELD. CONTINUED TO D2 AT T", "Hearing Held (…). CONTINUED TO D2", "Hearing Held; Adjourned to D2". */
const HELD_THEN_CONTINUED = new RegExp(
  `\\b(?:held|HELD|Held)\\b[^]{0,200}?\\b(?:CONTINUED|[Cc]ontinued|ADJOURNED|[Aa]djourned)\\s+(?:TO|to|until|UNTIL)\\s+(?<d>${DATE_RE})(?:\\s*(?:at|AT|@)\\s*(?<t>${TIME_RE}))?`,
);
/** "Hearing held and continued.", "Hearing Held/Continued" with no new day: the hearing goes on another day not yet set. */
const HELD_AND_CONTINUED =
  /\b(?:Hearing|HEARING)\s+(?:held|HELD|Held)\s*(?:and|\/)\s*(?:continued|CONTINUED|Continued)\b(?!\s+(?:to|TO|until|UNTIL)\b)/;
/** A hearing's disposition in minutes: "Disposition of Hearing …: CONTINUED", "Proceedings: CONTINUED TO.", "Proceedings: Adjourned." */
const DISPOSITION_CONTINUED =
  /\b(?:Disposition\s+of\s+Hearing\b[^:]{0,120}:|Proceedings\s*:)\s*(?:CONTINUED|Continued|ADJOURNED|Adjourned)\b/;
/**
 * A title that names a move of the entry's hearing: "Confirmation Hearing Continued re: …", "Hearing
 * Held and Adjourned; … Hearing scheduled for D", "Hearing Held/Continued (RE: …). Continued Hearing
 * scheduled for D", "Meeting of Creditors Rescheduled", "Continued Hearing (RE: …). Hearing scheduled for D". The day the
 * entry then gives is where the hearing went: a continuance, not a new setting. The title may follow the
 * form's own name: "Minute Entry. Hearing Adjourned.", "Hearing Proceeding Memo: Hearing Continued".
 */
export const MOVED_TITLE =
  /^\W*(?:(?:Minute\s+Entry|Minutes|(?:Hearing\s+)?Proceeding\s+Memo(?:randum)?)\s*[.:;-]\s*)?(?:[A-Z0-9][\w'-]*\s+){0,3}?(?:Hearing|HEARING|Conference|CONFERENCE|Meeting\s+of\s+Creditors|MEETING\s+OF\s+CREDITORS)\s+(?:\([^)]{1,30}\)\s+)?(?:(?:Held|HELD)(?:\s*[;,/-]\s*|\s+(?:and|AND)\s+))?(?:Continued|CONTINUED|Adjourned|ADJOURNED|Rescheduled|RESCHEDULED)\b|^\W*(?:Continued|CONTINUED|Rescheduled|RESCHEDULED|Adjourned|ADJOURNED)\s+(?:[A-Z][\w'-]*\s+){0,2}?(?:Hearing|HEARING|Conference|CONFERENCE)\b(?!\s+(?:set|scheduled|to\s+be\s+held)\b)/;
/**
 * The same move named in the entry's first words another way: "CONTINUED Meeting of Creditors to be
 * held on D", "Notice of Continued/Rescheduled Meeting of Creditors", "Notice of Adjourned/Rescheduled
 * Hearing … Hearing scheduled for D" (D. Del.), "Trustee's Continued Meeting of
 * Creditors", "Trustee's Notice of Continued 341 Meeting", "Adjourned 341 Meeting to be held on D", "Notice of
 * Hearing Rescheduled", "Proceeding Memo-Meeting of Creditors Continued", "Order Granting Motion To Continue
 * Hearing On: (…). Evidentiary Hearing scheduled for D", "Adjourned Meeting of Creditors to be held on D",
 * "Order to Reschedule Hearing … Hearing scheduled for D", "Letter of Adjournment, hearing scheduled for D"
 * (N.D.N.Y.'s adjournment by letter), "Notice of Adjournment of Hearing".
 */
const MOVED_HEAD =
  /\b(?:Continued|CONTINUED|Rescheduled|RESCHEDULED|Adjourned|ADJOURNED)(?:\s*\/\s*(?:Continued|Rescheduled))?\s+(?:341(?:\s*\(a\))?\s+(?:Meeting|MEETING)(?:\s+(?:of|OF)\s+(?:Creditors|CREDITORS))?|Meeting\s+of\s+Creditors|MEETING\s+OF\s+CREDITORS)\b|\b(?:Notice|NOTICE)\s+(?:of|OF)\s+(?:[A-Z][a-z]+\s+)?(?:Hearing|HEARING)\s+(?:Rescheduled|RESCHEDULED|Continued|CONTINUED|Adjourned|ADJOURNED)\b|\b(?:Order|ORDER)\s+(?:(?:of|OF)\s+(?:the|THE)\s+(?:Court|COURT)\s+)?(?:to|To|TO)\s+(?:Continue|CONTINUE|Reschedule|RESCHEDULE|Adjourn|ADJOURN|Postpone|POSTPONE)\b|\b(?:Order|ORDER)\s+(?:Continuing|CONTINUING|Rescheduling|RESCHEDULING|Adjourning|ADJOURNING)\s+(?:the\s+|THE\s+)?(?:[A-Z][a-z]+\s+|[A-Z]+\s+)?(?:Hearing|HEARING|Conference|CONFERENCE)\b|\b(?:Letter|LETTER|Notice|NOTICE|Statement|STATEMENT)\s+(?:of|OF)\s+(?:Adjournment|ADJOURNMENT)\b|\b(?:Notice|NOTICE)\s+(?:of|OF)\s+(?:(?:Adjourned|ADJOURNED|Rescheduled|RESCHEDULED|Continued|CONTINUED)\s*\/?\s*){1,2}(?:Hearing|HEARING|Conference|CONFERENCE)\b|\b(?:Meeting\s+of\s+Creditors|MEETING\s+OF\s+CREDITORS)\s+(?:Continued|CONTINUED|Rescheduled|RESCHEDULED|Adjourned|ADJOURNED)\b|\b(?:Granting|GRANTING)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:Motion|MOTION)\s+(?:to|To|TO)\s+(?:Continue|CONTINUE|Reschedule|RESCHEDULE|Adjourn|ADJOURN)\b/;
/** Minutes or an order granting a motion to continue: "oral motion to continue-Granted", "Motion to continue is GRANTED". */
const CONTINUANCE_GRANTED =
  /\bmotion\s+(?:to|for)\s+(?:continue|continuance|reschedule|adjourn)\b[^.;()]{0,60}?(?:[-–:]\s*|\b(?:is|was)\s+(?:hereby\s+)?)(?:granted|GRANTED|Granted)\b/i;
/** A trustee's continuance of the 341 meeting by its event name: "Continuance of Meeting of Creditors on D at T". */
const MEETING_CONTINUANCE = new RegExp(
  `^\\W*Continuance\\s+of\\s+(?:the\\s+)?(?:341(?:\\s*\\(a\\))?\\s+)?Meeting\\s+of\\s+Creditors\\s+(?:on|to|until)\\s+(?<d>${DATE_RE})(?:\\s*(?:at|AT|@)\\s*(?<t>${TIME_RE}))?`,
  'i',
);
/**
 * A series of hearing days set at once — "Omnibus Hearings scheduled for 2/18/2010 at 01:00 PM.,
 * 3/22/2010 at 11:00 AM., 4/19/2010 at 09:00 AM." — is one setting per day (a plural head, a list).
 */
const DAY_AT = `${DATE_RE}(?:\\s*(?:at|AT|@)\\s*${TIME_RE})?\\.?`;
const DAY_AT_G = new RegExp(`(?<d>${DATE_RE})(?:\\s*(?:at|AT|@)\\s*(?<t>${TIME_RE}))?`, 'g');
const HEARING_SERIES = new RegExp(
  `\\b(?:Hearings|HEARINGS|hearings)\\s+(?:are\\s+|were\\s+)?(?:scheduled|set|SCHEDULED|SET)\\s+(?:for|on|FOR|ON)\\s+(?<list>${DAY_AT}(?:\\s*(?:,|;|and|&)\\s*(?:and\\s+)?${DAY_AT})+)`,
);
/**
 * A bankruptcy judge's order or minutes moving the matter a paper opened, with no hearing noun:
 * "RE: 1 Complaint by X against Y. #1 CONTINUED TO FEB. 17, 2010 AT 11:00AM", "the Motion is
 * continued to D". The paper's hearing goes to that day.
 */
const MATTER_CONTINUED = new RegExp(
  `(?:#\\d+|\\b(?:the\\s+|THE\\s+)?(?:matter|MATTER|[Mm]otion|MOTION|[Oo]bjection|OBJECTION|[Aa]pplication|APPLICATION|[Cc]omplaint|COMPLAINT)\\b)[^.;#]{0,40}?\\s+(?:(?:is|IS|was|WAS)\\s+)?(?:hereby\\s+|HEREBY\\s+)?(?:CONTINUED|[Cc]ontinued)\\s+(?:TO|to|until|UNTIL)\\s+(?<d>${DATE_RE})(?:\\s*(?:at|AT|@)\\s*(?<t>${TIME_RE}))?`,
  'i',
);
/** A setting's day and hour in a notice's printed fields: "a hearing will be held on DATE: 1/27/2010, TIME: 9:30 am". */
const DATE_TIME_FIELDS = new RegExp(
  `\\bDATE\\s*:\\s*(?<d>${DATE_RE})\\s*,?\\s*TIME\\s*:\\s*(?<t>${TIME_RE})`,
  'g',
);
/** Minutes named for the setting they record: "Memo to Record of hearing set for November 18, 2009. … the plan is confirmed." */
const MEMO_OF_SETTING = new RegExp(
  `^\\W*Memo\\s+to\\s+Record\\s+of\\s+(?:the\\s+)?hearing\\s+(?:set|scheduled)\\s+(?:for|on)\\s+(?<d>${DATE_RE})`,
  'i',
);
/** A hearing's day printed under a label: "Hearing date if Objection filed: D @ 10:00", "Hearing Date: D Hearing Time: T". */
const LABELED_HEARING = new RegExp(
  `\\bHearing\\s+[Dd]ate(?:\\s+if\\s+[^:.;]{1,40})?\\s*:\\s*(?<d>${DATE_RE})(?:\\s*(?:@|at)\\s*(?<t>${TIME_RE})|\\s*[,;]?\\s*(?:Hearing\\s+)?(?:[Tt]ime|TIME)\\s*:\\s*(?<t2>${TIME_RE}))?`,
  'g',
);
/** A motion noticed for a motion day without argument (D.N.J.): "Motion set for D … will be decided on the papers and no appearances are required". */
const ON_THE_PAPERS =
  /\bdecided\s+on\s+the\s+papers\b|\bno\s+appearances?\s+(?:are|is|will\s+be)\s+required\b/i;
const MOTION_DAY = new RegExp(`\\bMotions?\\s+(?:is\\s+|are\\s+)?(?:re-?)?set\\s+for\\s+(${DATE_RE})`);
/** The 341 meeting's own minutes: "Meeting of Creditors Held", "… Satisfied", "… Concluded", "Trustee's Report of 341 Meeting Concluded". */
const MEETING_HELD =
  /\b(?:Meeting\s+of\s+Creditors|341\s*(?:\(a\)\s*)?Meeting(?:\s+of\s+Creditors)?)\s+(?:Held|Concluded|Satisfied)\b/i;
const STATED_HELD = new RegExp(
  `\\b(?:Hearing|Meeting|hearing|meeting)(?:\\s+of\\s+[Cc]reditors)?\\s+(?:was\\s+)?(?:held|Held|HELD)(?:\\s+and\\s+(?:concluded|Concluded|CONCLUDED|closed|Closed))?(?:\\s+(?:on\\s+)?|\\.\\s+)(${DATE_RE})`,
);
/**
 * The clerk's correction of a printed day: "Hearing scheduled for D1 -CORRECT HEARING DATE IS D2 at T",
 * "CORRECTED HEARING DATE: D2", a conditional hearing's "CORRECT HEARING DATE IF AN OBJECTION IS FILED:
 * D2 AT 11 AM". The setting is on D2; D1 was a mistake.
 */
const CORRECTED_DAY = new RegExp(
  `\\bCORRECT(?:ED)?\\s+(?:HEARING\\s+|RETURN\\s+)?DATE(?:\\s+IF\\s+[^:.;]{1,40}?)?\\s*(?:IS|:)\\s*(?<d>${DATE_RE})(?:\\s+(?:at|@)\\s+(?<t>${TIME_RE}))?`,
  'i',
);

const HELD_AND_RESET = /^\W*Hearing\s+held\s+and\s+(?:reset|continued)\b/i;
/** The motions a new setting is for: "for 71 and for 69", "for 12, 14 and 15". */
const PER_MOTION = /\bfor\s+\d+(?:\s*(?:,|and|&)\s*(?:for\s+)?\d+)+\b/;

/** A hearing named only by how it is held, not what it hears. */
const MANNER_ONLY = /^(?:telephonic|telephone|video|zoom|remote|in_person|virtual)_hearing$/;

function hearing(
  type: string,
  change: HearingFinding['change'],
  date: string | null,
  time: string | null,
  words: string,
  rule: string,
): HearingFinding {
  return {
    type,
    change,
    date,
    time,
    source: words,
    why: { rule, words: words.slice(0, 160), confidence: 0.8 },
  };
}

/**
 * What bankruptcy minutes and notices say happened to a hearing, beside the clause grammar's
 * readings (`found`): a hearing held and continued (to a day, or to none yet), a disposition
 * "CONTINUED" that makes the next setting a continuance, a hearing day under its label, a motion
 * day decided on the papers (one per motion), a 341 meeting held (one meeting, on the day its
 * minutes state), "Resolved without Oral Argument", "CASE NOT CALLED".
 */
export function hearingDispositions(
  text: string,
  dateFiled: string,
  kind: EntryKind,
  found: HearingFinding[],
): HearingFinding[] {
  // Minutes never record a day still to come as held: "(Reset Hearing to be held on D …)" sets it
  // (the same setting, when the entry also read it so).
  const moves = /\b(?:reset|RESET|Reset|continued|CONTINUED|Continued)\b/.test(text);
  let out: HearingFinding[] = [];
  for (const h of found) {
    const future = h.change === 'held' && h.date !== null && h.date > dateFiled;
    const x: HearingFinding = future ? { ...h, change: moves ? 'reset' : 'set' } : h;
    if (
      future &&
      found.some((y) => y !== h && y.date === x.date && y.time === x.time && y.change === x.change)
    )
      continue;
    out.push(x);
  }
  const minutes = kind === 'minute_entry' || kind === 'order';
  // "Hearing held and reset (RE: motions 69 and 71) … (Reset Hearing to be held on D … for 71 and for
  // 69)": held that day, and one setting per motion it names.
  if (minutes && HELD_AND_RESET.test(text)) {
    if (!out.some((h) => h.change === 'held'))
      out.unshift(hearing('hearing', 'held', dateFiled, null, text.slice(0, 160), 'hearing-held-and-reset'));
    const each = PER_MOTION.exec(text);
    const n = each ? (each[0].match(/\d+/g) ?? []).length : 1;
    const reset = out.find((h) => h.change === 'reset');
    if (reset && n > 1 && out.filter((h) => h.change === 'reset').length < n)
      for (let k = out.filter((h) => h.change === 'reset').length; k < n; k++) out.push({ ...reset });
  }
  const held = out.find((h) => h.change === 'held');
  // "#1 CONTINUED TO D AT T" in an order or minutes that read no hearing: the matter's hearing moved.
  const matter = minutes && out.length === 0 ? MATTER_CONTINUED.exec(text) : null;
  const matterDay = matter && readDate(matter.groups!.d!, dateFiled);
  if (matter && matterDay && matterDay > dateFiled)
    out.push(
      hearing(
        'hearing',
        'reset',
        matterDay,
        matter.groups!.t ? readTime(matter.groups!.t) : null,
        matter[0],
        'matter-continued',
      ),
    );
  // "Continuance of Meeting of Creditors on D at T" (a trustee's event): the meeting moved to D.
  const meetingMoved = MEETING_CONTINUANCE.exec(text);
  const meetingDay = meetingMoved && readDate(meetingMoved.groups!.d!, dateFiled);
  if (meetingMoved && meetingDay && !out.some((h) => h.date === meetingDay))
    out.push(
      hearing(
        'meeting_of_creditors',
        'reset',
        meetingDay,
        meetingMoved.groups!.t ? readTime(meetingMoved.groups!.t) : null,
        meetingMoved[0],
        'meeting-continuance',
      ),
    );
  // Held, then continued to a day (in minutes, or any entry that records the hearing held).
  const moved = minutes || held ? HELD_THEN_CONTINUED.exec(text) : null;
  if (moved && held) {
    const date = readDate(moved.groups!.d!, dateFiled);
    const time = moved.groups!.t ? readTime(moved.groups!.t) : null;
    if (date && date > dateFiled && !out.some((h) => h.date === date && h.change !== 'held'))
      out.push(hearing(held.type, 'reset', date, time, moved[0], 'hearing-held-and-continued'));
  }
  // Held and continued, no day given.
  if (minutes && HELD_AND_CONTINUED.test(text) && !out.some((h) => h.change !== 'held'))
    out.push(hearing(held?.type ?? 'hearing', 'cancelled', null, null, text, 'hearing-held-and-continued'));
  // "Disposition of Hearing: CONTINUED … Hearing scheduled for D": the next day is a continuance.
  if (minutes && DISPOSITION_CONTINUED.test(text))
    out = out.map((h) =>
      h.change === 'set' && h.date && h.date > dateFiled ? { ...h, change: 'reset' } : h,
    );
  // "Confirmation Hearing Continued … (Confirmation Hearing to be Held on D)": the title's hearing,
  // moved to the first day the entry sets (one hearing moved; other settings stay settings). Minutes
  // that grant a motion to continue ("Defense oral motion to continue-Granted. (Status Hearing set for
  // D)") move the hearing the same way.
  const movedTitle =
    MOVED_TITLE.test(text) ||
    MOVED_HEAD.test(text.slice(0, 160)) ||
    (minutes && CONTINUANCE_GRANTED.test(text));
  if (movedTitle && !out.some((h) => h.change === 'reset' || (h.change === 'cancelled' && h.date))) {
    const next = out.find((h) => h.change === 'set' && h.date && h.date > dateFiled);
    // (One setting per motion at the same day and hour — "… for 30 and for 37" — is that one move, per motion.)
    if (next)
      out = out.map((h) =>
        h === next ||
        (h.change === 'set' && h.date === next.date && h.time === next.time && h.type === next.type)
          ? { ...h, change: 'reset' }
          : h,
      );
  }
  // "Omnibus Hearings scheduled for D1 at T1., D2 at T2., D3 at T3.": each day a setting.
  const series = HEARING_SERIES.exec(text);
  if (series) {
    const type = /\bomnibus\b/i.test(text.slice(Math.max(0, series.index - 20), series.index + 20))
      ? 'omnibus_hearing'
      : 'hearing';
    for (const m of series.groups!.list!.matchAll(DAY_AT_G)) {
      const date = readDate(m.groups!.d!, dateFiled);
      if (!date || out.some((h) => h.date === date)) continue;
      const t = m.groups!.t;
      out.push(hearing(type, 'set', date, t ? readTime(t) : null, series[0], 'hearing-series'));
    }
  }
  // "DATE: D, TIME: T": the hour of the setting read from the date field.
  for (const m of text.matchAll(DATE_TIME_FIELDS)) {
    const date = readDate(m.groups!.d!, dateFiled);
    out = out.map((h) => (h.date === date && !h.time ? { ...h, time: readTime(m.groups!.t!) } : h));
  }
  // "Memo to Record of hearing set for D" (filed that day or after): the record of that hearing, held.
  const memo = minutes ? MEMO_OF_SETTING.exec(text) : null;
  const memoDay = memo && readDate(memo.groups!.d!, dateFiled);
  if (memoDay && memoDay <= dateFiled)
    out = out.map((h) => (h.change === 'set' && h.date === memoDay ? { ...h, change: 'held' } : h));
  // A day under its label.
  // CM/ECF's labeled fields ("Hearing Date: D Time: T Location: …") are the setting the event names:
  // its hour completes a reading of that day; after an event that moves a hearing ("Hearing Continued
  // (RE: …). Hearing Date: D") the day is where the hearing moved, not a second setting beside an
  // undated continuance.
  for (const m of text.matchAll(LABELED_HEARING)) {
    const date = readDate(m.groups!.d!, dateFiled);
    const t = m.groups!.t ?? m.groups!.t2;
    const time = t ? readTime(t) : null;
    if (!date) continue;
    if (out.some((h) => h.date === date)) {
      if (time) out = out.map((h) => (h.date === date && !h.time ? { ...h, time } : h));
      continue;
    }
    const undated = out.find((h) => h.change === 'cancelled' && !h.date);
    if (
      undated &&
      (movedTitle || /^\W*(?:[A-Z][\w()]*\s+){0,4}(?:Continued|Rescheduled|Adjourned)\b/i.test(text))
    ) {
      out = out.map((h) =>
        h === undated ? hearing(h.type, 'reset', date, time, m[0], 'hearing-labeled-date') : h,
      );
      continue;
    }
    const moves =
      movedTitle && !out.some((h) => h.change === 'reset' || (h.change === 'cancelled' && h.date));
    out.push(hearing('hearing', moves ? 'reset' : 'set', date, time, m[0], 'hearing-labeled-date'));
  }
  // A motion day on the papers: one per motion named.
  const day = ON_THE_PAPERS.test(text) ? MOTION_DAY.exec(text) : null;
  if (day) {
    const date = readDate(day[1]!, dateFiled);
    if (date) {
      const motions = Math.max(1, (text.match(/\b\d+\s+(?:MOTION|Motion)\b/g) ?? []).length);
      out = out.filter((h) => h.date !== date);
      for (let i = 0; i < motions; i++)
        out.push(hearing('motion_day', 'cancelled', date, null, day[0], 'motion-on-the-papers'));
    }
  }
  // The 341 meeting's minutes: one meeting held, on the day they state ("Hearing held 6/19/08"),
  // else the entry's; "concluded, off calendar" is the meeting over, not cancelled.
  if (MEETING_HELD.test(text.slice(0, 80))) {
    const stated = STATED_HELD.exec(text);
    const date = (stated && readDate(stated[1]!, dateFiled)) || dateFiled;
    out = [
      hearing('meeting_of_creditors', 'held', date, null, text.slice(0, 160), 'meeting-of-creditors-held'),
      ...out.filter((h) => h.change === 'set' || h.change === 'reset'),
    ];
  }
  // "Hearing/Motion Resolved without Oral Argument": decided on the briefs.
  if (out.length === 0 && /\bResolved\s+without\s+(?:Oral\s+Argument|a\s+Hearing)\b/i.test(text))
    out.push(hearing('hearing', 'cancelled', null, null, text, 'resolved-without-argument'));
  // "Notice of Telephonic Hearing Set On (…) Hearing scheduled for D at T": the title and the setting
  // name one hearing — the title by its manner (telephonic, video), the setting by what it hears.
  out = out.filter(
    (h) =>
      !MANNER_ONLY.test(h.type) ||
      !out.some(
        (x) =>
          x !== h &&
          !MANNER_ONLY.test(x.type) &&
          x.date === h.date &&
          x.change === h.change &&
          (h.time === null || x.time === h.time),
      ),
  );
  // "Hearing scheduled for D1 -CORRECT HEARING DATE IS D2": the setting printed before the
  // correction is on D2.
  const corrected = CORRECTED_DAY.exec(text);
  const correctedDay = corrected && readDate(corrected.groups!.d!, dateFiled);
  if (correctedDay && !out.some((h) => h.date === correctedDay)) {
    const time = corrected.groups!.t ? readTime(corrected.groups!.t) : null;
    const wrong = out.find((h) => (h.change === 'set' || h.change === 'reset') && h.date);
    if (wrong) out = out.map((h) => (h === wrong ? { ...h, date: correctedDay, time: time ?? h.time } : h));
  }
  // "Docket Call set for D. CASE NOT CALLED": that setting did not go forward.
  if (/\bCASE\s+NOT\s+CALLED\b/.test(text))
    out = out.map((h) => (h.change === 'set' && h.date ? { ...h, change: 'cancelled' } : h));
  return out;
}
