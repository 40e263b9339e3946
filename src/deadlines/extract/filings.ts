/**
 * Whether a paper a party files is the one a deadline asks for: the same type of paper (by
 * synonym), about the same subject, from the side that owes it. Rules for legal language, not
 * for one docket's words:
 * - types: a memorandum of law, brief, opposition, response or objection; a letter or letter
 *   motion; a report, status report or notice of compliance; a declaration or affidavit; a
 *   record; a motion; a reply; an answer; a certificate (certification) of compliance. The paper's type is its first type word; the
 *   deadline's, the first one of what it asks for ("may purge the contempt by filing the overdue
 *   compliance report" asks for a report);
 * - subject: the deadline's own words beyond the type and generic words ("regarding compliance",
 *   "the return") appear in the filing, or the filing names the order that set it, or the entry
 *   numbers the deadline names ("motion at ECF No. 5")
 *   are among the filing's; a deadline with no subject words is met by its type alone unless the
 *   type is a brief, which must then cite the entry that set it ("RESPONSE … to order to show
 *   cause [75]");
 * - a distinguishing word (cross, joint, amended, supplemental, final) on either side must be on
 *   both, and a filing that names its side ("by Plaintiffs") must name the side that owes it;
 * - an appeal's brief is the appellant's ("opening") or the appellee's ("answering"): the one never
 *   meets the other's deadline, and either name is the same brief; it is met only by a paper its
 *   filer calls a brief (never a response to a motion);
 * - a paper of compliance naming the order and the numbered paragraph that set a duty meets that
 *   duty, whatever it is called (`answersParagraph`); one naming the order and no paragraph meets
 *   that order's command to act ("release …", "reinstate …": `answersOrder`).
 */

import { DATE, readDate } from './grammar.ts';
import { paragraphNumbers } from './text.ts';

const TYPES: [group: string, re: RegExp][] = [
  ['reply', /\breply\b/i],
  ['brief', /\b(?:memorand(?:um|a)(?:\s+of\s+law)?|briefs?|oppositions?|responses?|objections?)\b/i],
  ['letter', /\bletter(?:[\s-]+motion)?s?\b/i],
  // (An accounting — "QUARTERLY ACCOUNTING (First Quarter 2027)" — is a report of money.)
  // A written update on a matter ("STATUS UPDATE (First Bi-Weekly)", "written updates on the status of
  // the re-screening") is a report of it under another name.
  ['report', /\b(?:status\s+)?(?:reports?|updates?)\b|\bnotices?\s+of\s+compliance\b|\baccountings?\b/i],
  // "CERTIFICATE of Compliance with Remedial Order [80]" is the "certification of compliance" asked for.
  ['certificate', /\bcertifi(?:cate|cation)s?\s+of\s+compliance\b/i],
  ['declaration', /\b(?:declarations?|affidavits?)\b/i],
  ['record', /\b(?:administrative\s+)?records?\b/i],
  ['motion', /\b(?:cross[\s-]+)?motions?\b/i],
  ['answer', /\banswers?\b/i],
];

/** The first type word of `text` (its group and where it stands), or null. */
function typeOf(text: string): { group: string; index: number; length: number } | null {
  let best: { group: string; index: number; length: number } | null = null;
  for (const [group, re] of TYPES) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { group, index: m.index, length: m[0].length };
  }
  return best;
}

const DISTINGUISHING = ['cross', 'joint', 'amended', 'supplemental', 'final'];

/** A motion that would decide claims: summary judgment, dismissal, judgment on the pleadings. */
const DISPOSITIVE =
  /\b(?:summary\s+judgment|dismiss(?:al)?|judgment\s+on\s+the\s+pleadings|summary\s+adjudication)\b/i;

const GENERIC = new Set(
  `a an the to of in on at and or with for by re regarding concerning about under any its their this that these
  such each all written certified status court filing file filed overdue recurring ecf no nos dkt doc docket
  defendants defendant plaintiffs plaintiff respondents respondent petitioners petitioner parties party
  government may shall must motion support opposition document documents copy paragraph paragraphs
  required ordered directed pursuant
  ${DISTINGUISHING.join(' ')}`.split(/\s+/),
);

/** The sides of an appeal, as a paper's name can say whose it is. */
const APPEAL_ROLES = new Set(['appellant', 'appellants', 'appellee', 'appellees']);

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'’]*/g) ?? []).map((w) => w.replace(/['’]s?$/, ''));
}

/** A word's stem, enough to hold "decertify" and "decertification", "remand" and "remanding" together. */
export function stem(word: string): string {
  return word.slice(0, 6);
}

/**
 * A party's side in one word, as a filing or a deadline names it: "Defendants'", "Defendant's",
 * "Respondents" → "defendant"; "Plaintiffs", "Petitioner" → "plaintiff"; another name as it is, in
 * lower case.
 */
export function sideOf(party: string | null): string | null {
  if (!party) return null;
  const side = party
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replace(/s$/, '');
  return side === 'respondent' ? 'defendant' : side === 'petitioner' ? 'plaintiff' : side;
}

/** The side a filing names as filing it ("by Plaintiffs", "Defendants' Opposition"), if any. */
function filerOf(text: string): string | null {
  const m =
    /\b(?:filed\s+)?by\s+(?:the\s+)?(?:all\s+)?(plaintiff|defendant|respondent|petitioner)s?\b/i.exec(text) ??
    /^\W*(?:[A-Z][\w.-]*\s+){0,2}?(plaintiff|defendant|respondent|petitioner)s?['’]/i.exec(text);
  return m ? sideOf(m[1]!) : null;
}

export interface Obligation {
  /** What the deadline asks for, as read ("status report regarding compliance (recurring)"). */
  what: string;
  party: string | null;
  /** The entry that set it ("75"). */
  entry: string;
  /** The numbered paragraph of that entry's order that sets it ("4"), when it numbers them. */
  paragraph?: string | null;
  /** The day of the order that set it: a filing can name the order by it ("the Court's Order of November 20, 2026"). */
  dated?: string;
}

/**
 * Whether `filing` (a party's paper, its cleaned docket text; `cites`: the entry numbers it names)
 * is what `obligation` asks for.
 */
/** What a deadline asks for, without its notes: "… may purge the contempt by filing the overdue report" → "the overdue report". */
function actOf(what: string): string {
  const asked = what.replace(/\([^)]*\)/g, ' ');
  return /\bby\s+filing\s+(.+)$/i.exec(asked)?.[1] ?? asked;
}

/**
 * The type of paper a deadline asks for (its group: "brief", "report", …); `paper` for a paper
 * named by what it holds ("the Annex's temperature logs", "the inspection records list").
 */
export function askedType(what: string): string | null {
  const act = actOf(what);
  if (RESPONDS_TO_COMPLAINT.test(act)) return 'motion';
  return typeOf(act)?.group ?? (subjectOf(act).length > 0 ? 'paper' : null);
}

/**
 * Time to "answer or otherwise respond", or to file a "responsive pleading", is met by an answer or
 * by a motion under Rule 12 (to dismiss, for a more definite statement, to strike, for judgment on
 * the pleadings): FRCP 12(a)(4). An answer is read as such elsewhere (a pleading of its own kind).
 */
const RESPONDS_TO_COMPLAINT = /\botherwise\s+(?:respond|plead|move)\b|\bresponsive\s+pleadings?\b/i;
const RULE_12_MOTION =
  /\bmotions?\s+(?:\w+\s+){0,2}?(?:to\s+dismiss|for\s+(?:a\s+)?more\s+definite\s+statement|to\s+strike|for\s+judgment\s+on\s+the\s+pleadings)\b/i;

/**
 * "NOTICE OF FILING of Temperature Logs (September 2025) pursuant to [15] Order": the notice is
 * how the paper it names reaches the docket — it is that paper.
 */
const NOTICE_OF_FILING =
  /^\W*(?:[\w'’.-]+\s+){0,3}?NOTICE\s+OF\s+(?:FILING|SUBMISSION|LODGING)\s+(?:of\s+)?(?:the\s+)?/i;

/** What a filing's head says it is: after "NOTICE OF FILING of", the paper it files. */
function headOf(filing: string): { head: string; filed: boolean } {
  const notice = NOTICE_OF_FILING.exec(filing);
  return notice
    ? { head: filing.slice(notice[0].length, notice[0].length + 120), filed: true }
    : { head: filing.slice(0, 120), filed: false };
}

/** The type of paper a filing is (a request before the paper it names is a motion), or null. */
export function paperType(filing: string): string | null {
  const { head, filed } = headOf(filing);
  return (requestFirst(head) ?? typeOf(head))?.group ?? (filed ? 'paper' : null);
}

/** Whose brief in an appeal a paper's name says: the appellant's ("opening") or the appellee's ("answering"). */
function appealRole(name: string): 'appellant' | 'appellee' | null {
  const appellee = /\b(?:appellees?|answering)\b/i.test(name);
  const appellant = /\b(?:appellants?|opening)\b/i.test(name);
  return appellee === appellant ? null : appellee ? 'appellee' : 'appellant';
}

/**
 * Which brief of an appeal a name says: the reply; the appellee's ("response brief", "answering
 * brief", "Brief on behalf of Appellees"); the appellant's ("opening brief", "Appellant's brief").
 * `null` when it names no brief, or both sides (a cross-appeal's "Appellee/Cross-Appellant").
 */
export function appealBriefOf(name: string): 'opening' | 'response' | 'reply' | null {
  if (!/\bbriefs?\b/i.test(name)) return null;
  if (/\breply\b/i.test(name)) return 'reply';
  if (/\b(?:response|responsive|answering)\s+briefs?\b/i.test(name)) return 'response';
  if (/\b(?:opening|principal)\s+briefs?\b/i.test(name)) return 'opening';
  const role = appealRole(name);
  return role === 'appellee' ? 'response' : role === 'appellant' ? 'opening' : null;
}

/**
 * The brief of an appeal a period counts from ("21 days after service of appellee brief", "within
 * 30 days of the filing of the opening brief"); `null` when the words name another event.
 */
export function briefTrigger(words: string | null | undefined): 'opening' | 'response' | 'reply' | null {
  if (!words || !/\b(?:service|filing|filed|served|docketing)\b/i.test(words)) return null;
  return appealBriefOf(words);
}

/**
 * A period counted from the other side's paper on a motion ("within seven days after the response is
 * served", "within five days after the objection is filed", "14 days after service of the opposition"):
 * the movant's reply, dated when that paper is on the docket.
 */
export function responseTrigger(words: string | null | undefined): boolean {
  if (!words) return false;
  return /^(?:the\s+)?(?:date\s+of\s+)?(?:(?:service|filing)\s+of\s+(?:the|any|an?|its|their|such)\s+(?:[\w'’-]+\s+){0,2}?(?:response|opposition|objection)s?\b|(?:the|any|an?|its|their|such)\s+(?:[\w'’-]+\s+){0,2}?(?:response|opposition|objection)s?\s+(?:is|are|has\s+been|have\s+been)\s+(?:served|filed)\b)/i.test(
    words.trim(),
  );
}

/**
 * The brief a party's filing is, when it is one ("RESPONSE BRIEF by Appellees", "Appellants … brief
 * filed", "Brief on behalf of Appellant Leonard Pike"): never an order, a schedule of briefs ("…
 * brief due …"), or a request about a brief (for time, for leave).
 */
export function filedBrief(filing: string): 'opening' | 'response' | 'reply' | null {
  const head = titleOf(filing);
  if (/\b(?:ORDER|[Oo]rder(?:ed)?|BRIEFING|[Bb]riefing|SCHEDULE|[Ss]chedule)\b|\bdue\b/.test(head))
    return null;
  if (requestFirst(head)?.group === 'motion' || TIME_OR_LEAVE.test(head)) return null;
  return appealBriefOf(head);
}

/**
 * A paper's title: its words before "filed" (at most 160 characters). What follows is the clerk's
 * note ("Appellant's Brief filed by … Appellee's Brief is due 30 days after service of the
 * Appellant's Brief"), which can name another paper.
 */
function titleOf(filing: string): string {
  const filed = /\bfiled\b/i.exec(filing)?.index ?? 160;
  return filing.slice(0, Math.min(160, filed));
}

/** A request for time or leave ("MOTION for Extension of Time to File Motion for Summary Judgment"): never the paper it names. */
const TIME_OR_LEAVE =
  /\b(?:(?:extension|enlargement)\s+of\s+time|to\s+(?:extend|enlarge|continue|reschedule|postpone)\b|leave\s+to\s+file)/i;

/** A deadline's own words beyond its type and generic words. */
function subjectOf(text: string): string[] {
  return words(text).filter((w) => !GENERIC.has(w) && w.length > 2 && w !== 'with');
}

/**
 * How many of a duty's own words a paper's name shares ("MONITOR'S REPORT" and "monitor's report",
 * "QUARTERLY ACCOUNTING" and "accounting of restored households"): of several duties one order set,
 * a paper citing the order is the one it names.
 */
export function sharedPaperWords(filing: string, what: string): number {
  const stems = new Set(words(headOf(filing).head).map(stem));
  return subjectOf(actOf(what)).filter((w) => stems.has(stem(w))).length;
}

/** Papers filed with a brief, named beside it in its deadline ("Brief and appendix", "brief and excerpts of record"). */
const BRIEF_COMPANIONS = new Set(['appendix', 'appendices', 'excerpts', 'addendum']);

export function filingMeets(filing: string, cites: number[], obligation: Obligation): boolean {
  const act = actOf(obligation.what);
  const { head, filed } = headOf(filing);
  const want = typeOf(act);
  const have = requestFirst(head) ?? typeOf(head);
  // A paper named by what it holds, filed by notice: its words and the order that asked for it.
  if (!want && !have && filed) {
    const subject = subjectOf(act);
    const stems = new Set(words(head).map(stem));
    const shared = subject.filter((w) => stems.has(stem(w))).length;
    return shared > 0 && shared * 2 >= subject.length && namesOrder(filing, cites, obligation);
  }
  if (underAnotherOrder(filing, obligation.entry)) return false;
  const owes = /\b(plaintiff|defendant|respondent|petitioner)s?\b/i.exec(obligation.party ?? '')?.[1];
  const side = filerOf(filing);
  if (owes && side && sideOf(owes) !== side) return false;
  if (RESPONDS_TO_COMPLAINT.test(act))
    return have?.group === 'motion' && RULE_12_MOTION.test(head) && !TIME_OR_LEAVE.test(head);
  if (!want || !have) return false;
  if (want.group !== have.group && !complianceAlike(act, head, want.group, have.group)) return false;
  if (have.group === 'motion' && TIME_OR_LEAVE.test(head) && !TIME_OR_LEAVE.test(act)) return false;
  // An appeal's brief is the appellant's (opening) or the appellee's (answering), by its name: one is
  // never the other ("APPELLANT'S BRIEF filed" is no "Appellee Brief"), and either name is the same brief.
  const asked = act.slice(0, want.index + want.length);
  const paper = head.slice(0, have.index + have.length);
  // An appeal's briefs by whose they are: the response brief (the appellee's) is never met by the
  // opening brief, nor a response to a motion by a merits brief ("RESPONSE BRIEF by Appellees").
  const title = titleOf(head);
  const briefs = [appealBriefOf(act), appealBriefOf(title)];
  if (briefs[0] && briefs[1] && briefs[0] !== briefs[1]) return false;
  // An appeal's brief is met only by a paper its filer calls a brief: never a response to a motion
  // ("RESPONSE in opposition filed regarding a motion for stay pending appeal" is no appellee brief).
  if (briefs[0] && !/\bbriefs?\b/i.test(title)) return false;
  if (!briefs[0] && briefs[1] && /\bmotions?\b/i.test(act)) return false;
  // Its side may follow the type word ("Brief on behalf of Appellant Leonard Pike", "OPENING BRIEF
  // by Appellants"): the whole name says it then.
  const filer = /\bby\s+(?:the\s+)?(appellants?|appellees?)\b/i.exec(head)?.[1] ?? '';
  const roles = [
    appealRole(asked) ?? appealRole(act),
    appealRole(paper) ?? appealRole(title) ?? appealRole(filer),
  ];
  if (roles[0] && roles[1]) {
    if (roles[0] !== roles[1]) return false;
    if (/\bbriefs?$/i.test(asked) && /\bbriefs?$/i.test(paper)) return true;
  }
  const actWords = new Set(words(act));
  const filingWords = new Set(words(head));
  for (const w of DISTINGUISHING) if (actWords.has(w) !== filingWords.has(w)) return false;
  const refs = [...act.matchAll(/\[(\d+)\]|\b(?:ECF|Dkt\.?|Doc\.?)\s*(?:No\.?\s*)?(\d+)/gi)].map((m) =>
    Number(m[1] ?? m[2]),
  );
  // A recurring duty named by its order ("status reports required by [24]", set anew by [37]) is met
  // by a report naming that order or the one that set the schedule now, or by one naming no entry at
  // all (which of the duties in force it is, the caller decides).
  const recurring = RECURRING.test(obligation.what);
  if (refs.length > 0 && !(recurring && cites.length === 0))
    return refs.some((r) => cites.includes(r)) || (recurring && namesOrder(filing, cites, obligation));
  // "Dispositive motions due D": a motion that would decide claims is one, by whatever name it is
  // filed ("MOTION for Summary Judgment", "Motion to Dismiss", "for Judgment on the Pleadings").
  if (want.group === 'motion' && /\bdispositive\b/i.test(act)) return DISPOSITIVE.test(head);
  const rest = act.slice(0, want.index) + act.slice(want.index + want.length);
  // "Brief and appendix due D": the appendix goes with the brief (FRAP 30(a)); the brief meets it.
  const subject = words(rest).filter(
    (w) => !GENERIC.has(w) && w.length > 2 && !(want.group === 'brief' && BRIEF_COMPANIONS.has(w)),
  );
  // A paper of compliance saying what it complied with, other than an order or the relief ("NOTICE of
  // Compliance with Class Notice Requirements", "NOTICE of Compliance: attorney telephone access
  // restored …"), naming no entry, is compliance with that — one of a recurring duty's papers only
  // when what it names is the duty's own subject (its words beyond "compliance").
  const complied = recurring && cites.length === 0 ? compliedWith(head) : null;
  if (complied !== null) {
    const named = new Set(words(complied).map(stem));
    return subject.some((w) => !COMPLIANCE_WORD.test(w) && named.has(stem(w)));
  }
  // A brief of no subject is met by a paper naming the order that set it, or, on a court of appeals'
  // docket, by a brief its filer files as an appeal's brief ("APPELLANTS' BRIEF filed by …" for
  // "Brief and appendix due D for appellants").
  if (subject.length === 0)
    return (
      want.group !== 'brief' ||
      namesOrder(filing, cites, obligation) ||
      (obligation.entry.startsWith('appeal:') && filedBrief(filing) !== null)
    );
  const stems = new Set(words(filing).map(stem));
  // "CERTIFICATE of Compliance with Order [40]": the paper asked for, naming the order that asked.
  // A paper of a recurring duty's type that names no entry and none of its words is still one of its
  // papers when its name marks it one of a series ("Monthly Detention Report (May 2033)", "Fourth
  // Status Report", "DECLARATION of Compliance (Week 3)", "28-Day Report") — unless it names another
  // order by its day.
  return (
    subject.some((w) => stems.has(stem(w))) ||
    namesOrder(filing, cites, obligation) ||
    (recurring && cites.length === 0 && !namesAnOrderByDay(filing) && seriesPaper(head))
  );
}

/**
 * A paper's own mark of one of a series: its ordinal ("Second", "Report No. 4"), the month it is for
 * ("(May 2033)", "for March 2030"), its period ("Monthly", "Bi-Weekly", "Quarterly", "Periodic",
 * "28-Day Report") or its week or month counted ("(Week 3)", "Month 2").
 */
export function seriesPaper(head: string): boolean {
  return ordinalOf(head) !== null || monthNamed(head) !== null || SERIES_MARK.test(head);
}

const SERIES_MARK =
  /\b(?:(?:bi|semi)[\s-]?)?(?:weekly|monthly|quarterly|annual|yearly)\b|\bperiodic\b|\b(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[\s-]day\s+(?:status\s+)?(?:reports?|updates?|declarations?|notices?)\b|\b(?:week|month)\s+\d{1,2}\b/i;

/**
 * What a paper of compliance says it complied with, when it says so in words other than an order's
 * or the relief's ("NOTICE of Compliance with Class Notice Requirements" → "Class Notice
 * Requirements"); null when it names none, or only an order ("with the Court's Orders", "with the
 * Preliminary Injunction", "re [14] Order").
 */
function compliedWith(head: string): string | null {
  const m = COMPLIED_WITH.exec(head);
  const what = m?.[1]?.trim() ?? '';
  return what !== '' && !ORDER_WORDS.test(what) ? what : null;
}

const COMPLIED_WITH =
  /\bcompl(?:iance|ied|ying)\b\s*(?::|\bwith\b|\bas\s+to\b)\s*([^()[\]]*?)(?=\s*(?:\bby\b|\bfiled\b|\bre:?\s|[([]|$))/i;
const ORDER_WORDS =
  /\b(?:orders?|injunctions?|decree|judgment|TRO|restraining|court(?:'s|’s)?|ruling|opinion|mandate|paragraphs?)\b|¶/i;

/**
 * A paper a duty names by what it holds, not by a type of paper ("joint proposed schedule for
 * further proceedings", "docketing statement"), met by a party's filing of another name (not a
 * request for time or leave): one that names the order that asked for it and carries most of the
 * paper's words ("JOINT STATUS REPORT and Proposed Schedule re [45] Order"), or one filed under the
 * paper's own name — its first words are the paper's words, in order ("Docketing Statement filed by
 * Appellants"). A distinguishing word (joint, amended, …) of either must be in both.
 */
export function holdsNamedPaper(filing: string, cites: number[], obligation: Obligation): boolean {
  const act = actOf(obligation.what);
  if (typeOf(act) || RESPONDS_TO_COMPLAINT.test(act)) return false;
  const { head } = headOf(filing);
  if ((requestFirst(head) ?? typeOf(head))?.group === 'motion' || TIME_OR_LEAVE.test(head)) return false;
  if (underAnotherOrder(filing, obligation.entry)) return false;
  const owes = /\b(plaintiff|defendant|respondent|petitioner)s?\b/i.exec(obligation.party ?? '')?.[1];
  const side = filerOf(filing);
  if (owes && side && sideOf(owes) !== side) return false;
  // Whose paper it is ("Appellant's certificate of Interested Persons") is no word of what it holds.
  const subject = subjectOf(act).filter((w) => !APPEAL_ROLES.has(w));
  if (subject.length === 0) return false;
  const actWords = new Set(words(act));
  const filingWords = new Set(words(head));
  for (const w of DISTINGUISHING) if (actWords.has(w) && !filingWords.has(w)) return false;
  // Whose paper it is comes first on a court of appeals' docket ("Filed (ECF) Appellants Mediation
  // Questionnaire"): the paper's name follows.
  const headWords = words(head).filter((w) => !GENERIC.has(w) && !APPEAL_ROLES.has(w));
  if (subject.every((w, i) => headWords[i] !== undefined && stem(headWords[i]!) === stem(w))) return true;
  const stems = new Set(words(head).map(stem));
  const shared = subject.filter((w) => stems.has(stem(w))).length;
  return (
    shared * 2 >= subject.length &&
    shared >= Math.min(2, subject.length) &&
    namesOrder(filing, cites, obligation)
  );
}

/**
 * The paragraphs of an order a filing names, and the order when the same words name it: "Paragraph
 * 4 of the Court's [30] Memorandum Opinion", "paragraphs 5 and 6 of Order [41]", "¶ 3 of the Remedial
 * Order (ECF No. 80)", "Paragraph 5 of 30" (a docket report's bare link for "[30]"). A day is no
 * entry number: "Paragraph 4 of the Court's Order of November 20, 2026", "… Order dated 11/20/2026"
 * name the order by its day (`namesOrder`).
 */
const NAMED_PARAGRAPHS =
  /(?:\bparagraphs?|¶+)\s*((?:\d{1,2}(?:\s*\([^)]{0,40}\))?(?:\s*(?:,|and|&|through|to|[-–])\s*)?)+)(?:\s*\bof\s+(?:the\s+)?(?:Court['’]s\s+)?(?:[A-Za-z][\w-]*\s+){0,4}?(?:\[|\(\s*)?(?:(?:ECF|Dkt\.?|Doc\.?)\s*(?:No\.?\s*)?)?(\d{1,5})\b(?![/.:-]\d|,?\s*\d{4}\b))?/gi;

/**
 * A duty asking for a notice by that word alone ("file a notice every six weeks … listing each class
 * member transferred", "a notice identifying each detainee") is met by a notice the obliged side
 * files under that order — "NOTICE of Compliance (Report No. 2) re [26] Order", "Respondents' Notice
 * Pursuant to the Court's June 18, 2035 Order" — or one carrying the duty's own words; never a notice
 * of another business (an appearance, an appeal, a withdrawal, a change of address, a related case,
 * supplemental authority) nor a request.
 */
export function noticeMeets(filing: string, cites: number[], obligation: Obligation): boolean {
  const act = actOf(obligation.what).trim();
  if (!/^(?:(?:a|an|the|its|their)\s+)?notices?\b/i.test(act) || typeOf(act)) return false;
  const { head } = headOf(filing);
  if (!NOTICE_HEAD.test(head) || requestFirst(head) || TIME_OR_LEAVE.test(head)) return false;
  if (underAnotherOrder(filing, obligation.entry)) return false;
  const owes = /\b(plaintiff|defendant|respondent|petitioner)s?\b/i.exec(obligation.party ?? '')?.[1];
  const side = filerOf(filing);
  if (owes && side && sideOf(owes) !== side) return false;
  if (namesOrder(filing, cites, obligation)) return true;
  const subject = subjectOf(act).filter((w) => !/^notices?$/.test(w));
  const stems = new Set(words(head).map(stem));
  const shared = subject.filter((w) => stems.has(stem(w))).length;
  return shared >= Math.min(2, subject.length) && shared > 0;
}

/** A filing that is a notice (its party's name may come first), not a notice of another business. */
const NOTICE_HEAD =
  /^\W*(?:[\w'’.-]+\s+){0,3}?NOTICES?\b(?!\s+(?:of\s+)?(?:(?:attorney\s+)?appearance|appeal|(?:voluntary\s+)?dismissal|withdrawal|change|removal|substitution|related|supplemental\s+authority|hearing|motion|deficiency|errata|intent|unavailability|lis\s+pendens|filing\s+(?:of\s+)?(?:notice\s+of\s+)?removal)\b)/i;

/**
 * A paper of compliance — a notice, certificate, report, declaration, letter or a paper filed by
 * notice, never a motion, brief, reply or answer — by the side the duty is asked of, that names both
 * the order that set the duty (its entry number) and the numbered paragraph that sets it: "NOTICE of
 * Compliance with Paragraph 4 of the Court's [30] Memorandum Opinion and Order", "NOTICE of Filing of
 * Class Member Identification pursuant to Paragraph 5 of [30]". Whatever the duty is called ("issue
 * written guidance" names no paper at all), that is the paper answering it. A paper naming another
 * paragraph or another order, or the paragraph without any order, answers nothing by this rule.
 */
export function answersParagraph(filing: string, cites: number[], obligation: Obligation): boolean {
  if (!obligation.paragraph || !/^\d{1,5}$/.test(obligation.entry)) return false;
  const type = paperType(filing);
  if (type === null || !COMPLIANCE_PAPERS.has(type)) return false;
  const owes = /\b(plaintiff|defendant|respondent|petitioner)s?\b/i.exec(obligation.party ?? '')?.[1];
  const side = filerOf(filing);
  if (owes && side && sideOf(owes) !== side) return false;
  const named = namesOrder(filing, cites, obligation);
  return [...filing.matchAll(NAMED_PARAGRAPHS)].some(
    (m) =>
      paragraphNumbers(m[1]!).includes(obligation.paragraph!) &&
      (m[2] ? Number(m[2]) === Number(obligation.entry) : named),
  );
}

/**
 * A paper naming paragraphs of the order that set a duty, none of them the duty's own ("NOTICE of
 * Compliance with Paragraph 4 of the Court's Order …" beside the report paragraph 5 asks for): it
 * answers those paragraphs, never this one.
 */
export function answersOtherParagraph(filing: string, cites: number[], obligation: Obligation): boolean {
  if (!obligation.paragraph || !/^\d{1,5}$/.test(obligation.entry)) return false;
  const named = cites.includes(Number(obligation.entry)) || names(filing, obligation.entry);
  const ofThatOrder = [...filing.matchAll(NAMED_PARAGRAPHS)].filter((m) =>
    m[2] ? Number(m[2]) === Number(obligation.entry) : named,
  );
  return (
    ofThatOrder.length > 0 &&
    !ofThatOrder.some((m) => paragraphNumbers(m[1]!).includes(obligation.paragraph!))
  );
}

/**
 * A duty to do an act rather than to file a paper: "release each Petitioner … or provide that
 * Petitioner a custody hearing", "reinstate the benefits of each class member", "restore coverage".
 * The order asks for no paper; the obliged side tells the court it acted (`answersOrder`).
 */
const ACT_DUTY =
  /^(?:release|provide|afford|reinstate|restore|return|readmit|parole|rescind|reopen|reprocess|redetermine|conduct|hold|pay|refund|cease|facilitate)\b/i;

/**
 * A paper of compliance with an order that names no paragraph of it — "NOTICE of Compliance with [9]
 * Order by Respondents", "Notice of compliance with the Court's Order of September 24, 2027" — by
 * the side a duty is asked of (or naming no side): it tells the court the act that order commanded
 * was done, so it answers that order's duty to do an act (`ACT_DUTY`). Never a paper the order asks
 * for under its own name (a report, a brief, a proposed schedule: `filingMeets`), and a paper naming
 * paragraphs answers those (`answersParagraph`).
 */
export function answersOrder(filing: string, cites: number[], obligation: Obligation): boolean {
  if (!ACT_DUTY.test(actOf(obligation.what).trim())) return false;
  const type = paperType(filing);
  if (type === null || !COMPLIANCE_PAPERS.has(type)) return false;
  if (!COMPLIANCE_WORD.test(headOf(filing).head)) return false;
  const owes = /\b(plaintiff|defendant|respondent|petitioner)s?\b/i.exec(obligation.party ?? '')?.[1];
  const side = filerOf(filing);
  if (owes && side && sideOf(owes) !== side) return false;
  if ([...filing.matchAll(NAMED_PARAGRAPHS)].length > 0) return false;
  return namesOrder(filing, cites, obligation);
}

/** A duty that comes again and again: its reading's mark. */
const RECURRING = /\(recurring\)/;

/**
 * Papers of compliance are one kind when a duty asks for one: "weekly declarations of compliance" is
 * met by a "NOTICE of Compliance" or a "Compliance Report", "compliance reports" by a "DECLARATION
 * … regarding compliance with the Preliminary Injunction" — each is the obliged side telling the
 * court it complied. Both must say "compliance"; a status report and a declaration otherwise differ.
 */
export function complianceAlike(act: string, head: string, want: string, have: string): boolean {
  return (
    COMPLIANCE_PAPERS.has(want) &&
    COMPLIANCE_PAPERS.has(have) &&
    want !== 'paper' &&
    have !== 'paper' &&
    COMPLIANCE_WORD.test(act) &&
    COMPLIANCE_WORD.test(head)
  );
}

const COMPLIANCE_WORD = /\bcompl(?:iance|ied|ying)\b/i;

/** The kinds of paper that tell the court a duty was done (`paperType`'s groups). */
const COMPLIANCE_PAPERS = new Set(['report', 'certificate', 'declaration', 'record', 'letter', 'paper']);

/**
 * A request before any paper it names is a motion ("Unopposed Second Application for Extension of
 * Time to Answer Complaint", "Motion for Leave to File Reply"): it asks for the time or leave, it is
 * not the answer or the reply.
 */
function requestFirst(head: string): { group: string; index: number; length: number } | null {
  const m = /\b(?:motions?|applications?|requests?|petitions?|stipulations?)\b/i.exec(head);
  if (!m) return null;
  const paper = typeOf(head);
  return paper && paper.index < m.index ? null : { group: 'motion', index: m.index, length: m[0].length };
}

/**
 * A paper filed under another order ("NOTICE of Compliance with Paragraph 1 of Remedial Order
 * [80]", or "Order 80" where the docket drops the brackets) is not the one an earlier order asks
 * for: every order it names came after the one that set the obligation; nor is a paper answering
 * a numbered paragraph of another order, earlier or later. (A paper "under Order [34]"
 * still meets a later order's call for it: "purge the contempt by filing the overdue report".)
 */
function underAnotherOrder(filing: string, entry: string): boolean {
  if (!/^\d{1,5}$/.test(entry)) return false;
  // "STATUS REPORT pursuant to paragraph 6 of Order (doc. no. 17)": a paragraph of another order is
  // what it answers, whenever that order came.
  const paragraphsOf = [...filing.matchAll(NAMED_PARAGRAPHS)].filter((m) => m[2] !== undefined);
  if (paragraphsOf.length > 0 && paragraphsOf.every((m) => Number(m[2]) !== Number(entry))) return true;
  const orders = [
    ...filing.matchAll(
      /\border\s*(?:\[|\(?(?:ECF|Dkt\.?|Doc\.?)\s*(?:No\.?\s*)?)?(\d{1,5})\b(?![/.:,-]\d)/gi,
    ),
  ].map((m) => m[1]!);
  return orders.length > 0 && orders.every((n) => Number(n) > Number(entry));
}

/**
 * The filing names the order that set the obligation: among the entries it cites, by number
 * (`names`), or by the order's day ("Paragraph 4 of the Court's Order of November 20, 2026").
 */
function namesOrder(filing: string, cites: number[], obligation: Obligation): boolean {
  return (
    cites.includes(Number(obligation.entry)) ||
    names(filing, obligation.entry) ||
    (obligation.dated !== undefined && namesDay(filing, obligation.dated))
  );
}

/** "Order of November 20, 2026", "Order dated 11/20/2026", "Order entered on …": an order named by its day. */
const ORDER_OF_DAY = new RegExp(
  `\\border\\b[^.;()\\[\\]]{0,20}?\\b(?:of|dated|entered(?:\\s+on)?|issued(?:\\s+on)?|signed(?:\\s+on)?)\\s+(${DATE})`,
  'gi',
);

/**
 * The day before the order's name, as the Court's own title for it: "the Court's January 9, 2034
 * Order", "the 3/3/2026 Memorandum Opinion and Order", "Your Honor's September 24, 2027 Scheduling
 * Order" — at most three words of its title between the day and "Order".
 */
const DAY_ORDER = new RegExp(`(${DATE})\\s+(?:[A-Z][\\w-]*\\s+(?:(?:and|&)\\s+)?){0,3}?order\\b`, 'gi');

/** Whether the filing names an order by its day, whichever day ("Report Pursuant to the Court's February 9, 2031 Order"). */
function namesAnOrderByDay(filing: string): boolean {
  return filing.search(ORDER_OF_DAY) >= 0 || filing.search(DAY_ORDER) >= 0;
}

function namesDay(filing: string, day: string): boolean {
  for (const re of [ORDER_OF_DAY, DAY_ORDER])
    for (const m of filing.matchAll(re)) if (readDate(m[1]!, day) === day) return true;
  return false;
}

/** The filing names the entry ("… to order to show cause [75]", "re: 75" where the docket drops the brackets). */
function names(filing: string, entry: string): boolean {
  if (!/^\d{1,5}$/.test(entry)) return false;
  return new RegExp(`(?:\\[|\\b(?:order|cause|re:?|to|No\\.?|ECF|Dkt\\.?|Doc\\.?)\\s+)${entry}\\b`, 'i').test(
    filing,
  );
}

const ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** The occurrence a filing names by ordinal ("Second Compliance Report", "3rd Status Report"), if any. */
export function ordinalOf(filing: string): number | null {
  const m =
    /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(\d{1,2})(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?(?:report|letter|declaration|notice)\b/i.exec(
      filing,
    ) ??
    // After the paper's name: "MONITOR'S REPORT (Fifth)", "Status Report No. 7", "Report #3".
    /\b(?:report|letter|declaration|notice)\s*(?:\(\s*(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(\d{1,2})(?:st|nd|rd|th))\s*\)|(?:No\.|Number|#)\s*(\d{1,2})\b)/i.exec(
      filing,
    );
  if (!m) return null;
  if (m[3]) return Number(m[3]);
  return m[2] ? Number(m[2]) : ORDINALS.indexOf(m[1]!.toLowerCase()) + 1;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The month and year a paper names as its own, "(November 2033)", "for March 2030": "2033-11"; none for a day ("January 9, 2034"). */
export function monthNamed(filing: string): string | null {
  const m =
    /(?:\(\s*|\bfor\s+(?:the\s+month\s+of\s+)?)(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/i.exec(
      filing,
    );
  if (!m) return null;
  const n = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
  return `${m[2]}-${String(n).padStart(2, '0')}`;
}

/**
 * The words that name a response to a motion: "response", "opposition", "memorandum in opposition",
 * "suggestions in opposition" (W.D. Mo.), CM/ECF's "suggestions in opposition/response", and an
 * objection to a motion (D.N.H. and D. Me. call the response to a motion an objection: "Objection
 * due by D" on the motion, "objection to the motion to certify class (doc. no. 2)") — never
 * objections to a report and recommendation or to a settlement. "Expedited" or "written" before it
 * qualify the same paper.
 */
export const RESPONSE_HEAD =
  /^(?:(?:expedited|written|full)\s+)?(?:(?:responses?|briefs?|memorand(?:um|a)|oppositions?|suggestions)\s+in\s+(?:opposition|response)(?:\/(?:responses?|oppositions?))?|oppositions?(?:\/responses?)?(?:\s+(?:brief|memorandum|papers))?|responses?(?:\/oppositions?)?(?:\s+brief)?|answering\s+brief|brief\s+in\s+opposition|objections?(?=\s*(?:$|\(|to\s+(?:the\s+|[\w'’.-]+\s+)?(?:\[\d+\]|motion\b))))\b/i;

/**
 * "Response to [9] (local-rule default)", "response to [9]", "memorandum in opposition to
 * Plaintiffs' [9]" and "opposition to [9]" are the same obligation: a response to motion 9.
 */
export function obligationKey(what: string): string {
  return (
    what
      .toLowerCase()
      .replace(/\s*\((?:local-rule default|recurring|as computed by cm\/ecf)\)\s*/g, '')
      .replace(RESPONSE_HEAD, 'response')
      .replace(
        /^(?:optional\s+(?=repl(?:y|ies)\b(?!\s+brief)))?(?:repl(?:y|ies))\b(?:\s+(?:brief|memorandum))?(?:\s+(?:to|in\s+support\s+of))?/,
        'reply in support of',
      )
      // "response to Plaintiffs' [9]", "reply in support of the 9 Motion to Dismiss", "response to
      // Petitioners' Motion for Preliminary Injunction [13]": the motion by its number.
      .replace(
        /^(response|reply in support of)\s+(?:to\s+)?(?:[\w'’.-]+\s+){0,6}?(?:\[(\d+)\]|(\d+)(?=\s+(?:motion|application)\b)).*$/,
        (_, h, a, b) => (h === 'response' ? `response to [${a ?? b}]` : `reply in support of [${a ?? b}]`),
      )
      .replace(/\s+/g, ' ')
      .trim()
  );
}
