/**
 * Which earlier orders a ruling names. Courts name an order by its docket number ("[87]",
 * "ECF No. 87", a CM/ECF link that lost its brackets: "the order 191"), by its date ("the
 * preliminary injunction of July 24, 2017", "the January 2, 2018 order", "the order entered
 * July 24, 2017"), or both. The tracker resolves these to the records those orders set, never to
 * "the latest of that kind".
 */
import { DATE, readDate } from './extract/grammar.ts';

export interface OrderReferences {
  /** Entry numbers named. */
  numbers: number[];
  /** Days (`YYYY-MM-DD`) of the orders named by date. */
  dates: string[];
}

/** What a ruling is: the words right before or after a date that make it an order's date. */
const RULING =
  '(?:order|opinion|injunction|judgment|decision|ruling|decree|TRO|temporary\\s+restraining\\s+order|stay)';
const DATE_RE = new RegExp(DATE, 'gi');
/** "… injunction of", "… order entered (on)", "… order dated", "… order issued on" right before the date. */
const BEFORE = new RegExp(
  `\\b${RULING}s?\\b[^.;()]{0,40}?\\b(?:of|on|dated|entered|issued|granted|filed|signed)(?:\\s+on)?\\s*$`,
  'i',
);
/** "the January 2, 2018 order", "the July 24, 2017 preliminary injunction" right after it. */
const AFTER = new RegExp(`^\\s*,?\\s*(?:[A-Za-z-]+\\s+){0,3}?${RULING}s?\\b`, 'i');
/** A number right after a date or a ruling's name: a CM/ECF link without its brackets. */
const BARE_NUMBER = new RegExp(`(?:${DATE}|\\b${RULING}s?)\\s+\\[?(\\d{1,5})\\]?(?![\\d/:.,-]\\d)`, 'gi');

/** The entry numbers words cite: "[16]", "ECF No. 16", "Dkt. 33", "Doc. No. 12". */
export function citedNumbers(words: string): number[] {
  return [...words.matchAll(/\[(\d{1,5})\]|\b(?:ECF|Dkt\.?|Doc\.?|Docket)\s*(?:No\.?\s*)?(\d{1,5})\b/gi)].map(
    (n) => Number(n[1] ?? n[2]),
  );
}

/**
 * The orders `text` names, by number and by date. `related` are the entry numbers the extractor
 * already read as references; `filed` is the ruling's own day (its own date is not a reference).
 */
export function orderReferences(text: string, related: readonly number[], filed: string): OrderReferences {
  const numbers = new Set(related);
  const dates = new Set<string>();
  // The clerk's and the judge's own dates ("(Entered: 12/21/2018)", "Dated: …", "Signed …") are not references.
  const body = text.replace(/\((?:Entered|Filed):[^)]*\)|\bDated:[^.]*|\bSigned\s+by\b[^.]*/gi, ' ');
  for (const m of body.matchAll(DATE_RE)) {
    const before = body.slice(Math.max(0, m.index - 80), m.index);
    const after = body.slice(m.index + m[0].length, m.index + m[0].length + 60);
    if (!BEFORE.test(before) && !AFTER.test(after)) continue;
    const day = readDate(m[0], filed);
    if (day && day < filed) dates.add(day);
  }
  for (const m of body.matchAll(BARE_NUMBER)) {
    const n = Number(m[m.length - 1]);
    if (n > 0) numbers.add(n);
  }
  return { numbers: [...numbers], dates: [...dates] };
}

/** A verb by which a court or a party disposes of a motion. */
const DISPOSES =
  /\b(?:grant(?:s|ing|ed)?|den(?:y|ies|ying|ied)|terminat(?:e|es|ing|ed)|withdraw(?:s|ing|n|al\s+of)?|strik(?:e|es|ing)|struck|dismiss(?:es|ing|ed)?\s+as\s+moot|finding\s+as\s+moot|moot(?:ing)?|resolv(?:e|es|ing|ed))\b(?:\s+as\s+moot)?(?:\s+in\s+part(?:\s*(?:,|and|&)\s*(?:grant|den)\w*\s+in\s+part)?)?/gi;
/** The numbers right after the verb, before anything else is named: "[22]", "12 and 14", "Nos. 5, 6". */
const NUMBER_LIST =
  /^\s*(?:(?:the|its|their|his|her|plaintiffs?'?|defendants?'?|petitioners?'?(?:\/plaintiffs?'?)?|respondents?'?|all|parties'?|joint|agreed|unopposed|ECF|Dkt\.?|Doc\.?|Nos?\.?|#)\s+)*\[?(\d{1,5})\]?((?:\s*(?:,|and|&)\s*\[?\d{1,5}\]?)*)/i;
/** "[36] MOTION to Expand … is GRANTED", "Motion (Dkt. 36) is denied as moot". */
const PASSIVE =
  /\[(\d{1,5})\][^.;[\]]{0,160}?\b(?:is|are)\s+(?:hereby\s+)?(?:GRANTED|granted|DENIED|denied|WITHDRAWN|withdrawn|TERMINATED|terminated|STRICKEN|stricken|MOOT|moot)\b/g;
/** The motion's own number after its name in an order's title: "Motion to Expand … (Dkt. 36)". */
const NAMED_AFTER =
  /^[^.;]{0,200}?\bmotions?\b[^.;]{0,160}?\((?:ECF|Dkt\.?|Doc\.?|Docket)\s*(?:No\.?\s*)?(\d{1,5})\)/i;

/**
 * An order whose subject is a motion — its title names the motion right after "ORDER" with
 * *regarding / on / re / as to / concerning*: "ORDER Regarding Petitioners' [307] Emergency Motion
 * …", "ORDER ENDORSED on 14 Motion to Serve", "OPINION AND ORDER re: [45] and [46] Motions". The
 * court's order on a motion rules on it, whatever verb it uses; not "ORDER … re 26 Motion Hearing".
 */
const ORDER_ON_MOTION =
  /^\s*(?:(?:OPINION|MEMORANDUM|TEXT[- ]ONLY|MINUTE|SEALED|AMENDED)\s+(?:(?:AND|&)\s+)?){0,3}ORDER\s+(?:ENDORSED\s+)?(?:regarding|re:?|on|as\s+to|concerning)\s+(?:the\s+)?(?:[\w'’/.-]+\s+){0,3}?\[?(\d{1,5})\]?((?:\s*(?:,|and|&)\s*\[?\d{1,5}\]?)*)\s+(?:[\w-]+\s+){0,3}?motions?\b(?!\s+hearing)/i;
/**
 * Words by which an order about a motion keeps it pending rather than ruling on it: briefing still
 * to come, a hearing or conference, under advisement, in abeyance, deferred, referred, a show-cause
 * order, the parties told to confer or report.
 */
const LEAVES_PENDING =
  /\b(?:respon(?:d|ds|se|ses)|repl(?:y|ies)|sur-?reply|opposition|brief(?:s|ing)?|supplement\w*|hearing|conference|argument|under\s+advisement|abeyance|defer(?:s|red|ring)?|refer(?:s|red|ring)\s+(?:to|the)|show\s+cause|meet\s+and\s+confer|status\s+report|will\s+(?:rule|decide|address|consider|resolve))\b/i;

/**
 * The motions an entry disposes of — granted, denied, withdrawn, terminated or found moot — by
 * their entry numbers: "ORDER granting [22] Motion to Stay", "granting in part and denying in part
 * [71]", "Granting … Motion to Expand … (Dkt. 36)", "[36] Motion … is DENIED as moot", "NOTICE of
 * withdrawal of [12] Motion", and an order on a motion ("ORDER Regarding [307] Motion …") that does
 * not keep it pending (`LEAVES_PENDING`). A number named after the motion ("re [1] Complaint", "to respond to
 * [3]") is what the motion is about, not a motion disposed of.
 */
export function disposedMotions(text: string): number[] {
  const out = new Set<number>();
  const body = text.replace(/\((?:Entered|Filed):[^)]*\)/gi, ' ');
  for (const m of body.matchAll(DISPOSES)) {
    const rest = body.slice(m.index + m[0].length);
    const list = NUMBER_LIST.exec(rest);
    if (list) {
      out.add(Number(list[1]));
      for (const n of (list[2] ?? '').matchAll(/\d{1,5}/g)) out.add(Number(n[0]));
      continue;
    }
    const named = NAMED_AFTER.exec(rest);
    if (named && !/\b(?:re|as\s+to|regarding|to\s+respond\s+to)\b/i.test(rest.slice(0, named.index ?? 0)))
      out.add(Number(named[1]));
  }
  for (const m of body.matchAll(PASSIVE)) out.add(Number(m[1]));
  const on = ORDER_ON_MOTION.exec(body);
  if (on && !LEAVES_PENDING.test(body.replace(/\bSigned\s+by\b.*$/is, ''))) {
    out.add(Number(on[1]));
    for (const n of (on[2] ?? '').matchAll(/\d{1,5}/g)) out.add(Number(n[0]));
  }
  return [...out];
}
