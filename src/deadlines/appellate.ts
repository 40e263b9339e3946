/**
 * What a court of appeals does to the case below, read from docket words — on its own docket
 * ("OPINION and JUDGMENT filed: … VACATED and the case is REMANDED", "MANDATE ISSUED") or as the
 * district clerk copies it onto the district docket ("OPINION of U.S. Court of Appeals …",
 * "MANDATE of USCA …").
 *
 * The rule these words feed (FRAP 41(c); docs/deadlines.md): a court of appeals' judgment takes
 * effect when its mandate issues. Until then the order appealed from stays in force, even when
 * the opinion has vacated it; the mandate makes the decision the district court's law.
 */

import type { PartOfOrder } from '../model/events.ts';
import { scanTemporals } from './extract/grammar.ts';
import { partOfAct, withoutExcepted } from './extract/partial.ts';
import { type ReliefKind, readAppellateInjunction, stayReach } from './extract/relief.ts';

/** What an appeals decision does to the ruling appealed from. */
export type AppellateOutcome = 'affirmed' | 'reversed' | 'vacated' | 'remanded';

export type AppellateAct =
  | {
      act: 'decision';
      /** "affirmed in part, vacated in part, remanded with instructions". */
      disposition: string;
      /** The outcome that changes the ruling, first: reversed/vacated over affirmed over remanded. */
      outcome: AppellateOutcome;
      /** Only part of the ruling is reversed or vacated: the rest stands. */
      inPart: boolean;
      /** Decided by the full court (en banc). */
      enBanc?: true;
      /**
       * The part of the ruling reversed or vacated (`only`), or the part a vacatur left standing
       * (`except`), when its words name one: "vacated as to paragraph 3 and affirmed in all other
       * respects", "We vacate the portion of the preliminary injunction requiring …".
       */
      part?: PartOfOrder;
    }
  /**
   * The mandate issued. `dismissed`: its words restate that the appeal was dismissed ("MANDATE of
   * USCA … the appeal is DISMISSED as moot") — the mandate of a dismissal, which also ends the appeal
   * if its order was not read.
   */
  | { act: 'mandate'; dismissed?: true }
  /**
   * The court of appeals' own injunction pending appeal (FRAP 8(a)), granted for the parties it
   * names ("Appellees are ENJOINED from removing appellants Ana Ruiz and Tomas Ruiz … pending further
   * order of this Court"), or the motion for one denied (extract/relief.ts).
   */
  | { act: 'injunction'; action: 'granted' | 'denied'; parties: string[]; sentence: string }
  /** The appeal dismissed (voluntarily, under FRAP 42, for want of prosecution, as moot): it ends; the order appealed from stands. */
  | { act: 'dismissed' }
  /** The mandate recalled: its decision no longer takes effect until the mandate issues again. */
  | { act: 'recalled' }
  /**
   * A stay pending appeal decided by the court of appeals (or the Supreme Court's order on its
   * docket): granted (in whole or in part, or administratively while it decides), denied, or a
   * stay of its own ended. `sentence`: the words that decide it, which
   * name what is stayed.
   */
  | {
      act: 'stay';
      /**
       * `lifted` by the Supreme Court of a stay the court of appeals entered ("The application to
       * vacate the stay entered by the Court of Appeals … is GRANTED"): whose stay ended.
       */
      of?: 'appeals';
      /**
       * `lifted`: the court ended a stay of its own (its administrative stay, or its stay pending
       * appeal) without deciding a motion. A denial also ends its administrative stay.
       */
      action: 'granted' | 'denied' | 'lifted';
      inPart: boolean;
      /**
       * An administrative (temporary) stay: the court paused the order only while it decides the
       * motion for a stay pending appeal ("administratively stayed pending this court's
       * consideration of the motion"); its decision on the motion ends it. `denied`: only the
       * administrative stay was refused; the motion for a stay pending appeal is still to be decided.
       */
      administrative?: true;
      by: 'appeals' | 'supreme_court';
      sentence: string;
      /**
       * The day the court decided, when the words give one before the entry's own day ("On May 8,
       * 2025 the Supreme Court granted …", "order dated 05/08/2025"): a court's order received and
       * docketed later is dated by its own day.
       */
      decided?: string;
      /**
       * The stay lasts also while a petition for a writ of certiorari is pending ("pending the
       * filing and disposition of a petition for a writ of certiorari"): the court of appeals'
       * mandate does not end it; the petition denied, or the Supreme Court's judgment after it was
       * granted, does.
       */
      certiorari?: boolean;
      /** Granted in part: the part stayed, in the court's words ("paragraphs 4 and 5", "insofar as it requires …"). */
      part?: string;
      /** The paragraph named is stayed only in part ("Paragraph 3 … is STAYED … insofar as it requires …"). */
      narrowed?: true;
      /**
       * Granted: the kinds of relief of the judgment it reaches, when its words name them
       * (extract/relief.ts `stayReach`): `stayed`, the only ones stayed ("to the extent it vacates
       * the memorandum"); `kept`, those it is denied as to or says remain in effect.
       */
      reach?: { stayed: ReliefKind[]; kept: ReliefKind[] };
    }
  /**
   * A petition for a writ of certiorari denied, or the Supreme Court's judgment on it: a stay
   * pending certiorari ends. `filed`: the petition was filed (on `decided`, with the Supreme
   * Court's number): the court of appeals' decision is not final yet; nothing in force changes.
   */
  | { act: 'certiorari'; outcome: 'denied' | 'judgment' | 'filed'; decided?: string; number?: string }
  /**
   * Rehearing denied (by the panel, or en banc): the decision stands; FRAP 41(b): the mandate
   * issues 7 days after the order denying a timely petition, unless the court stays it.
   */
  | { act: 'rehearing_denied'; enBanc: boolean }
  /**
   * The mandate stayed (FRAP 41(d)), usually pending a petition for certiorari: the court of
   * appeals' judgment does not take effect yet; what is in force below stays as it is. `days`: for
   * how long ("for 90 days"); `certiorari`: until the Supreme Court disposes of a petition filed.
   */
  | { act: 'mandate_stayed'; days?: number; certiorari: boolean }
  /**
   * Rehearing granted — by the full court (en banc) or by the panel — or the panel's opinion
   * withdrawn or vacated: the court's earlier decision of the appeal no longer stands; the appeal
   * is decided again, and the mandate will carry that later decision.
   */
  | { act: 'rehearing'; enBanc: boolean }
  /**
   * The panel's decision reinstated ("the panel opinion and judgment are REINSTATED", "vacating the
   * order granting rehearing en banc and reinstating the panel opinion"): the decision that
   * rehearing had wiped out stands again, and the mandate will carry it.
   */
  | { act: 'reinstated' };

const OUTCOME_WORD = '(?:AFFIRMED|REVERSED|VACATED|REMANDED|Affirmed|Reversed|Vacated|Remanded)';
/** An outcome after the first, in any case: "Affirmed in part, reversed in part, and remanded." */
const NEXT_OUTCOME_WORD = `(?:${OUTCOME_WORD}|affirmed|reversed|vacated|remanded)`;
/**
 * What a court of appeals' opinion, memorandum disposition or judgment decides, in its docket words:
 * the outcome words in capitals or as headings ("JUDGMENT, Affirmed in part, Vacated in part, and
 * Remanded."), "in part" in either case ("AFFIRMED in part, VACATED in part").
 */
const DISPOSITION = new RegExp(
  `\\b(?:OPINION|MEMORANDUM(?:\\s+DISPOSITION)?|JUDGMENT|[Oo]pinion|[Mm]emorandum|[Jj]udgment)\\b[^;]{0,200}?\\b(${OUTCOME_WORD}(?:\\s+(?:IN|in|In)\\s+(?:PART|part|Part))?(?:[;,]?\\s+(?:(?:AND|and)\\s+)?(?:(?:[Tt]he\\s+case\\s+is|THE\\s+CASE\\s+IS|case|CASE)\\s+)?${NEXT_OUTCOME_WORD}(?:\\s+(?:IN|in|In)\\s+(?:PART|part|Part))?(?:\\s+WITH\\s+INSTRUCTIONS)?)*)\\b`,
);
/** The district clerk's copy of the appeals court's opinion or judgment: "OPINION of U.S. Court of Appeals", "USCA JUDGMENT". */
const COPY_ON_DISTRICT_DOCKET =
  /^\s*(?:(?:CERTIFIED\s+)?COPY\s+OF\s+)?(?:(?:USCA|U\.S\.C\.A\.)\s+(?:OPINION|JUDGMENT|DECISION)\b|(?:[A-Z&]+\s+){0,2}?(?:OPINION|JUDGMENT|DECISION|MEMORANDUM)\b[^.]{0,40}?\b(?:of|from)\s+(?:the\s+)?(?:U\.?\s?S\.?\s+|United\s+States\s+)?(?:USCA\b|Court\s+of\s+Appeals\b|Circuit\s+Court\b))/i;
/**
 * A mandate issued (not recalled, not a motion about one, not an order "in accordance with" it); the
 * clerk's "CERTIFIED COPY of USCA JUDGMENT ISSUED AS MANDATE" is the mandate, not a new decision, and
 * so is a "CERTIFIED JUDGMENT issued in lieu of formal mandate" (FRAP 41(a): a certified copy of the
 * judgment serves as the mandate — the Third Circuit's practice, and others').
 */
const MANDATE =
  /^\s*(?:(?:CERTIFIED\s+)?COPY\s+OF\s+)?(?:USCA\s+)?MANDATE\b(?!\s+RECALLED)(?![^.]{0,40}\brecall)|\bMANDATE\s+ISSUED\b|^\s*(?:CERTIFIED\s+)?COPY\s+OF\s+(?:THE\s+)?(?:USCA|U\.S\.C\.A\.)\s+JUDGMENT\s+(?:ISSUED|ENTERED)\s+AS\s+(?:THE\s+)?MANDATE\b|^[^.;]{0,80}?\b(?:issued|entered|sent|transmitted)\s+in\s+lieu\s+of\s+(?:an?\s+|the\s+)?(?:formal\s+)?mandate\b/i;

/** The mandate recalled, by the court's act ("The mandate … is recalled", "MANDATE RECALLED", "recalling the mandate"). */
const RECALLED =
  /\bmandate\b[^.;]{0,60}?\b(?:is|was|be|are)\s+(?:hereby\s+)?recalled\b|\bMANDATE\s+RECALLED\b|\brecall(?:s|ed|ing)\s+(?:the|its|our|this\s+court['’]s)\s+mandate\b/i;
/** The appeal dismissed, by the court's act (not a motion asking for it, not a notice of intent). */
const DISMISSED =
  /\b(?:appeal|appeals|petition\s+for\s+review)\s+(?:is|are|was|were|be|stands?)\s+(?:hereby\s+)?(?:voluntarily\s+)?dismissed\b|\bdismiss(?:es|ed|ing)\s+(?:the\s+|this\s+)?appeals?\b|\bappeals?\s+(?:voluntarily\s+)?DISMISSED\b|\bgrant(?:s|ed|ing)\b[^.;]{0,60}\bmotion\b[^.;]{0,40}\bdismiss\b[^.;]{0,20}\bappeals?\b/i;
/** A request, not an act: "MOTION to dismiss appeal", "motion to recall the mandate" — unless granted. */
const ONLY_ASKED = /^\s*(?:[A-Z][\w'’.]*\s+){0,4}?(?:MOTION|Motion|motion|NOTICE|Notice|notice)\b/;
const GRANTED = /\bgrant(?:s|ed|ing)\b/i;
const DENIED_ASK = /\bden(?:y|ies|ied|ying)\b[^.;]{0,60}\b(?:motion|request|petition)\b/i;
/**
 * A stay pending appeal: "stayed pending (resolution of the Government's) appeal", "motion for stay
 * pending appeal", "Pending appeal, the preliminary injunction is stayed insofar as …"; on the appeal's docket, the district court's order (or part of it) stayed
 * ("Paragraphs 5 and 6 of the district court's July 15, 2026 order are stayed pending further order").
 */
const PENDING_APPEAL =
  /\bstay(?:s|ed)?\b[^.;]{0,200}?\bpending\s+(?:the\s+)?(?:(?:resolution|disposition|outcome)\s+of\s+[^.;]{0,60}?)?appeal|^\W*[Pp]ending\s+(?:the\s+)?appeal\s*,\s*[^.;]{0,160}?\b(?:is|are)\s+(?:hereby\s+)?stayed\b|\b(?:district|trial|lower)\s+court['’]s\b[^.;]{0,160}?\b(?:is|are|be)\s+(?:hereby\s+)?stayed\b|\b(?:administrative|emergency|temporary)\s+stay\b|\b(?:administratively|temporarily)\s+stay(?:s|ed)?\b|\bstay\s+pending\s+(?:appeal|review)\b|\bapplication\s+(?:for\s+(?:a\s+)?|to\s+)stay\b/i;

/**
 * The Supreme Court as the court that acts (not a mention of one of its decisions): "SUPREME COURT
 * ORDER received", "Order from the Supreme Court", "the Supreme Court granted the application",
 * an application's number ("Application (24A1050)", "application for stay (25A812)"), an
 * application "presented to Justice Kagan" (a Circuit Justice refers it to the Court).
 */
const SUPREME_COURT_ACTS =
  /\bSUPREME\s+COURT\s+ORDER\b|\bORDER\s+(?:of|from)\s+(?:the\s+)?(?:U\.?\s?S\.?\s+|United\s+States\s+)?Supreme\s+Court\b|\bSupreme\s+Court\s+(?:has\s+)?(?:granted|grants|denied|denies|ordered|orders|stayed|stays)\b|\bapplication\b[^.;]{0,40}?\(?(?:No\.\s*)?\d{2}A\d{1,5}\b|\bpresented\s+to\s+(?:the\s+Chief\s+)?Justice\b/i;
const MONTH_DAY_YEAR =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{1,2}),\s+(\d{4})\b|\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
/**
 * The day the court says it acted, when its words give it: "On May 8, 2025 the Supreme Court
 * granted …", "Supreme Court order dated 05/08/2025", "USCA ORDER filed 3/18/2024". Not the day of
 * the order it stays ("the district court's order of February 14, 2024 is stayed").
 */
function decidedOn(text: string): string | undefined {
  const m = new RegExp(
    `\\b(?:On\\s+(${MONTH_DAY_YEAR.source})\\s*,?\\s+the\\s+(?:Supreme\\s+)?Court\\b|(?:USCA|Supreme\\s+Court|Circuit|Court\\s+of\\s+Appeals)\\s+(?:order\\s+(?:dated|entered|filed|issued)\\s+)?on\\s+(${MONTH_DAY_YEAR.source})|(?:USCA|Supreme\\s+Court|Circuit|Court\\s+of\\s+Appeals)\\s+order\\s+(?:dated|entered|filed|issued)\\s+(${MONTH_DAY_YEAR.source}))`,
    'i',
  ).exec(text);
  const words = m?.[1] ?? m?.[8] ?? m?.[15];
  if (!words) return undefined;
  // Read as the extractor reads dates.
  return scanTemporals(words, null).find((x) => x.type === 'date')?.date ?? undefined;
}

/**
 * Whether a stay's words name a part of the order stayed, not the whole: "in part", "except …",
 * "with respect to visitors", "paragraph 2", "to the extent it applies outside the plaintiff States".
 * "To the extent that" (or "insofar as") names a part only when its clause limits what the order
 * does ("to the extent it requires …"); "GRANTED to the extent that the preliminary injunction is
 * administratively stayed" stays the whole injunction — the clause says what is granted, not which
 * part of the order.
 */
export function namesPart(sentence: string): boolean {
  if (/\bin\s+part\b|\bexcept\b/i.test(sentence) || partOfAct(sentence) !== null) return true;
  if (
    /\b(?:[Pp]aragraphs?|[Pp]rovisions?|[Pp]ortions?|[Ss]ections?|PARAGRAPHS?)\s+(?:\(?[0-9ivx]+\b|[A-Z]\b|of\s+(?:the|its)\b)/.test(
      sentence,
    )
  )
    return true;
  const respect =
    /\bwith\s+respect\s+to\s+(?!(?:the\s+)?(?:district\s+court['’]s\s+|[Cc]ourt['’]s\s+)?(?:[\w,]+\s+){0,4}?(?:order|injunction|judgment|decree|restraining\s+order|TRO)\b)/i;
  if (respect.test(sentence)) return true;
  for (const m of sentence.matchAll(
    /\b(?:to\s+the\s+extent|insofar\s+as)\s+(?:that\s+)?((?:[^.;,]|,\s*\d)*)/gi,
  )) {
    // The clause says the stay itself ("… is administratively stayed"): the whole order.
    if (!/\bstay(?:s|ed)?\b/i.test(m[1]!)) return true;
  }
  return false;
}

/**
 * The part of an order a stay names, in the court's words: "paragraphs 4 and 5" ("Paragraphs 4 and 5
 * of the district court's remedial order are stayed"), "insofar as it requires …", "to the extent it
 * vacates …", "except as to …"; nothing when the words name no part.
 */
export function partOf(sentences: readonly string[]): { part?: string; narrowed?: true } {
  // Read by the one reader of partial acts: "paragraph 3, insofar as it requires …", "paragraph 4".
  const read = sentences.map(partOfAct).find((p) => p !== null);
  if (read) return { part: read.words, ...(read.narrowed ? { narrowed: true as const } : {}) };
  for (const s of sentences) {
    const numbered =
      /\b(?:paragraphs?|provisions?|sections?|subsections?|parts?)\s+(?:\(?[0-9]+[a-z]?\)?|[ivx]+\b|[A-Z]\b)(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|through|to)\s+|\s*[-–]\s*)(?:\(?[0-9]+[a-z]?\)?|[ivx]+\b|[A-Z]\b))*/i.exec(
        s,
      );
    if (numbered) return { part: numbered[0].trim().replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase()) };
    const extent =
      /\b(?:insofar\s+as|to\s+the\s+extent(?:\s+that)?|except(?:\s+as\s+to)?)\s+(?!(?:that\s+)?[^.;,]*\bstay)[^.;]{3,140}?(?=\s*(?:[.;]|,\s+(?:and|but|the|in|pending)\b|\s+pending\b|$))/i.exec(
        s,
      );
    if (extent) return { part: extent[0].trim() };
  }
  return {};
}

/** A stay the court calls administrative or temporary while it decides the motion for a stay pending appeal. */
const ADMINISTRATIVE =
  /\badministrative(?:ly)?\s+stay(?:ed)?\b|\bstay(?:ed|s)?\s+for\s+administrative\s+purposes\b|\bstay(?:ed|s)?\b[^.;]{0,80}?\bwhile\s+(?:the|this)\s+court\s+(?:considers|decides|resolves|determines)\b[^.;]{0,80}?\b(?:motion|application)\b|\btemporary\s+(?:administrative\s+)?stay\b|\btemporarily\s+stayed\b|\bpending\s+(?:(?:this|the)\s+court['’]s\s+)?(?:consideration|determination|decision|resolution|disposition)\s+of\s+(?:the\s+|appellants?['’]\s+|appellees?['’]\s+)?(?:emergency\s+)?(?:motion|application)\b/i;

/** What is refused is only an administrative stay: "The request for an immediate administrative stay is denied". */
const ADMINISTRATIVE_ASKED = String.raw`\b(?:request|motion|application)\s+for\s+(?:an?\s+)?(?:(?:immediate|temporary|emergency)\s+)*administrative\s+stay\b`;
const ADMINISTRATIVE_DENIED = new RegExp(
  `${ADMINISTRATIVE_ASKED}[^.;]{0,60}?\\b(?:is|are)\\s+(?:hereby\\s+)?denied\\b|\\bden(?:y|ies|ied|ying)\\b[^.;]{0,40}?${ADMINISTRATIVE_ASKED}`,
  'i',
);

/** The motion for a stay pending appeal itself denied ("denying motion for stay pending appeal and request for administrative stay"). */
const PENDING_APPEAL_DENIED =
  /\bden(?:y|ies|ied|ying)\b[^.;]{0,40}?\b(?:motion|request|application)\s+for\s+(?:an?\s+)?(?:emergency\s+)?stay\s+pending\b|\b(?:motion|request|application)\s+for\s+(?:an?\s+)?(?:emergency\s+)?stay\s+pending\s+(?:appeal|review)\b[^.;]{0,40}?\b(?:is|are)\s+(?:hereby\s+)?denied\b/i;

/**
 * A stay of the court's own ended by its words: "The administrative stay entered April 24, 2025
 * is VACATED", "the temporary administrative stay … is dissolved", "vacating the administrative
 * stay", "the stay pending appeal entered … is LIFTED".
 */
const STAY_ENDED =
  /\bapplication\s+to\s+vacate\s+(?:the\s+)?(?:administrative\s+)?stay\b[^.;]{0,160}?\b(?:is|are|was|be)\s+(?:hereby\s+)?granted\b|\bgrant(?:s|ed|ing)\s+(?:the\s+)?application\s+to\s+vacate\s+(?:the\s+)?(?:administrative\s+)?stay\b|\b(?:(?:temporary\s+)?administrative\s+stay|stay\s+pending\s+appeal|(?:this\s+court['’]s|our)\s+stay|stay\s+(?:previously\s+)?(?:entered|issued|granted)\b)[^.;]{0,80}?\b(?:is|are|be|has\s+been|was)\s+(?:hereby\s+)?(?:vacated|lifted|dissolved|terminated|discharged)\b|\b(?:vacat|lift|dissolv|terminat)(?:es|ed|ing|e)?\s+(?:the|its|our)\s+(?:temporary\s+)?administrative\s+stay\b/i;

/** The stay ended is the court of appeals' ("the stay entered by the United States Court of Appeals for the Tenth Circuit"). */
const OF_THE_COURT_OF_APPEALS =
  /\bstay\s+(?:entered|issued|granted)\s+by\s+(?:the\s+)?(?:United\s+States\s+|U\.\s?S\.\s+)?(?:Court\s+of\s+Appeals|[\w.]+\s+Circuit)\b/i;

/**
 * "is", "are", or the order's subjunctive "be" ("ORDERED that the motion for stay pending appeal be
 * granted in part") — not a wish or a recommendation ("should be granted", "recommends that … be").
 */
const IS_OR_BE = String.raw`(?:is|are|(?<!\b(?:should|would|could|may|might|must|not|to)\s+)be)`;
const MOTION_GRANTED = new RegExp(
  String.raw`\bmotion\b[^;]{0,120}\bstay\b[^;]{0,120}\b${IS_OR_BE}\s+(?:hereby\s+)?GRANTED\b`,
  'i',
);
const MOTION_DENIED = new RegExp(
  String.raw`\b(?:motion|application|request)\b[^;]{0,120}\bstay\b[^;]{0,120}\b${IS_OR_BE}\s+(?:hereby\s+)?DENIED\b`,
  'i',
);

/**
 * What a court's act on a stay pending appeal is, read from every sentence that decides one (an
 * order can deny the stay and end its administrative stay in the next sentence): a stay pending
 * appeal granted is the act; else a denial (which also ends the court's administrative stay: it
 * lasted only while the motion was considered); else an administrative stay granted; else a stay
 * of the court's own ended.
 */
function stayPendingAppeal(text: string): AppellateAct | null {
  const grants: { sentence: string; administrative: boolean }[] = [];
  const denials: { sentence: string; administrative: boolean }[] = [];
  let ended: string | null = null;
  for (const sentence of text.split(/(?<=[.;])\s+(?=[A-Z])/)) {
    if (STAY_ENDED.test(sentence) && !ONLY_ASKED.test(sentence)) ended ??= sentence;
    if (!PENDING_APPEAL.test(sentence)) continue;
    // "would have stayed", "may be stayed", a recommendation: no act.
    if (/\b(?:would|could|may|might|should)\s+(?:have\s+)?(?:be\s+)?stay|\brecommend/i.test(sentence))
      continue;
    const granted =
      /\b(?:is|are|be)\s+(?:hereby\s+)?(?:(?:temporarily|administratively)\s+)*stayed\b/i.test(sentence) ||
      MOTION_GRANTED.test(sentence) ||
      // The clerk's title form: "Motion for stay pending appeal GRANTED IN PART".
      /\b(?:[Mm]otion|MOTION)\b[^;]{0,120}\b(?:stay|STAY)\b[^;]{0,120}?\bGRANTED\b/.test(sentence) ||
      /\bgrant(?:s|ed|ing)\b[^;]{0,80}\b(?:motion|request|application)\b[^;]{0,60}\bstay(?:ed)?\b/i.test(
        sentence,
      ) ||
      /\bgrant(?:s|ed|ing)\s+(?:an?\s+|the\s+)?(?:(?:temporary|immediate|emergency)\s+)*(?:administrative\s+)?stay\b/i.test(
        sentence,
      ) ||
      /\brequest\b[^;]{0,60}\bstay\b[^;]{0,60}\b(?:is|are)\s+(?:hereby\s+)?GRANTED\b/i.test(sentence) ||
      // The court's own verb: "we administratively stay paragraph 2 of …", "An administrative stay is entered as to …".
      /\b(?:we|I|[Cc]ourt)\s+(?:hereby\s+)?(?:administratively|temporarily)\s+stays?\b/.test(sentence) ||
      /\b(?:administrative|temporary)\s+stay\b[^.;]{0,40}?\b(?:is|be)\s+(?:hereby\s+)?(?:entered|imposed|issued)\b/i.test(
        sentence,
      );
    const denied =
      MOTION_DENIED.test(sentence) ||
      /\b(?:[Mm]otion|MOTION|[Aa]pplication|APPLICATION)\b[^;]{0,120}\b(?:stay|STAY)\b[^;]{0,120}?\bDENIED\b/.test(
        sentence,
      ) ||
      /\bden(?:y|ies|ied|ying)\b[^;]{0,80}\b(?:motion|request|application)\b[^;]{0,60}\bstay\b/i.test(
        sentence,
      );
    if (granted) grants.push({ sentence, administrative: ADMINISTRATIVE.test(sentence) });
    else if (denied)
      denials.push({
        sentence,
        administrative: ADMINISTRATIVE_DENIED.test(sentence) && !PENDING_APPEAL_DENIED.test(sentence),
      });
  }
  // Only an administrative stay refused ("The request for an immediate administrative stay is
  // denied"): the motion for a stay pending appeal is still to be decided.
  const denial = denials.find((d) => !d.administrative) ?? denials[0];
  const grant = grants.find((g) => !g.administrative) ?? (denial ? undefined : grants[0]);
  const sentence = grant?.sentence ?? denial?.sentence ?? ended;
  if (!sentence) return null;
  const action = grant ? 'granted' : denial ? 'denied' : 'lifted';
  const decided = decidedOn(text);
  // The grant is often said twice — the clerk's "granting Motion for administrative stay [5]", then
  // the court's "The order … is administratively stayed only insofar as paragraph 4 requires …":
  // a part named in any sentence granting the same stay limits it.
  const granting = grant ? grants.filter((g) => g.administrative === grant.administrative) : [];
  const partial = granting.some((g) => namesPart(g.sentence));
  return {
    act: 'stay',
    action,
    inPart: partial,
    by:
      SUPREME_COURT_ACTS.test(text) && !/\bCourt\s+of\s+Appeals\s+(?:grants|denies)\b/i.test(sentence)
        ? 'supreme_court'
        : 'appeals',
    sentence,
    ...(action === 'lifted' && OF_THE_COURT_OF_APPEALS.test(sentence) ? { of: 'appeals' as const } : {}),
    ...(grant?.administrative || (!grant && denial?.administrative) ? { administrative: true as const } : {}),
    ...(decided ? { decided } : {}),
    ...(/\bcertiorari\b/i.test(sentence) ? { certiorari: true } : {}),
    ...(partial ? partOf(granting.map((g) => g.sentence)) : {}),
    // What it reaches is in any of its granting sentences ("… is granted in part. The judgment is
    // stayed to the extent it vacates …").
    ...reachOf(action === 'granted' ? text : null, grants.map((g) => g.sentence).join(' ')),
  };
}

function reachOf(
  text: string | null,
  sentence: string,
): { reach?: { stayed: ReliefKind[]; kept: ReliefKind[] } } {
  if (text === null) return {};
  const reach = stayReach(text, sentence);
  return reach.stayed.length > 0 || reach.kept.length > 0 ? { reach } : {};
}

/**
 * The district docket's copy of an order of the court of appeals or of the Supreme Court — the
 * clerk's ("ORDER of USCA …", "USCA ORDER as to …", "ORDER from Ninth Circuit …", "CERTIFIED COPY
 * OF ORDER of the U.S. Court of Appeals …") or a party's notice of it ("NOTICE of Supreme Court
 * Order …"): its entry begins by naming that court as the one whose order it is. A district
 * judge's own order that mentions an appeal ("ORDER granting stay pending the Ninth Circuit's
 * resolution of the appeal") is not one.
 */
const CIRCUIT = String.raw`(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|D\.\s?C\.|Federal|\d{1,2}(?:st|nd|rd|th))\s+Circuit(?:\s+Court\s+of\s+Appeals)?`;
const HIGHER_COURT = String.raw`(?:USCA\b|U\.S\.C\.A\.|(?:(?:the\s+)?(?:U\.?\s?S\.?\s+|United\s+States\s+))?(?:Court\s+of\s+Appeals|Supreme\s+Court)\b|(?:the\s+)?${CIRCUIT}\b)`;
const APPELLATE_ORDER_COPY = new RegExp(
  String.raw`^\s*(?:(?:CERTIFIED\s+)?COPY\s+OF\s+(?:the\s+)?|NOTICE\s+(?:of\s+)?(?:(?:filing|receipt)\s+(?:of\s+)?)?(?:the\s+)?)?(?:${HIGHER_COURT}\s+(?:CLERK\s+)?ORDER\b|(?:CLERK\s+)?ORDER\s+(?:of|from|by|issued\s+by)\s+(?:the\s+)?${HIGHER_COURT})`,
  'i',
);
/** A petition for a writ of certiorari denied, or the Supreme Court's judgment (after certiorari was granted). */
const CERTIORARI_DENIED =
  /\b(?:petition\s+for\s+(?:a\s+)?writ\s+of\s+certiorari|certiorari\s+petition|cert\.?\s+petition)\b[^.;]{0,80}?\b(?:is|was|has\s+been)\s+(?:hereby\s+)?DENIED\b|\bcertiorari\s+(?:is\s+|was\s+)?denied\b|\bden(?:ied|ying)\s+(?:the\s+)?(?:petition\s+for\s+(?:a\s+)?writ\s+of\s+)?certiorari\b/i;
const SUPREME_COURT_JUDGMENT =
  /\b(?:JUDGMENT|judgment)\s+(?:of|from)\s+(?:the\s+)?(?:U\.?\s?S\.?\s+|United\s+States\s+)?Supreme\s+Court\b|\bSupreme\s+Court\s+(?:JUDGMENT|judgment)\b/i;

/**
 * A petition for a writ of certiorari filed, as the Supreme Court's docket or the clerk reports it
 * ("Supreme Court Case Info: Case number 26-612. Petition for writ of certiorari filed on
 * 11/16/2026", "Notice … that a petition for a writ of certiorari was filed"); not a motion about
 * filing one ("time to file a petition for certiorari").
 */
const CERTIORARI_FILED =
  /\b(?:petition\s+for\s+(?:a\s+)?writ\s+of\s+certiorari|certiorari\s+petition|cert\.?\s+petition)\s+(?:was\s+|has\s+been\s+|is\s+)?(?:filed|docketed)\b/i;
/** The Supreme Court's docket number of a petition ("Case number 26-612", "No. 26-612"). */
const SUPREME_COURT_NUMBER = /\b(?:[Cc]ase\s+(?:number|no\.?)|No\.)\s*(\d{2}-\d{1,5})\b/;

function certiorariOf(text: string): AppellateAct | null {
  if (ONLY_ASKED.test(text) && !/\bSupreme\s+Court\b/i.test(text)) return null;
  const outcome = CERTIORARI_DENIED.test(text)
    ? ('denied' as const)
    : SUPREME_COURT_JUDGMENT.test(text)
      ? ('judgment' as const)
      : CERTIORARI_FILED.test(text)
        ? ('filed' as const)
        : null;
  if (!outcome) return null;
  // Reported days later (a letter, a notice): the Court's own day, when the words give it.
  const decided = decidedOn(text) ?? certiorariDay(text);
  const number = outcome === 'filed' ? SUPREME_COURT_NUMBER.exec(text)?.[1] : undefined;
  return { act: 'certiorari', outcome, ...(decided ? { decided } : {}), ...(number ? { number } : {}) };
}

/**
 * "… was DENIED on January 12, 2026", "certiorari denied 01/12/2026", "letter … dated 01/12/2026
 * advising that the petition … was denied", "filed on 11/16/2026", "filed by Appellees Amani
 * Mwangi, et al. on 11/30/2026" (who filed it, between the verb and its day).
 */
function certiorariDay(text: string): string | undefined {
  const m = new RegExp(
    String.raw`\b(?:DENIED|denied|dated|filed|docketed)(?:\s+by\s+(?:(?!\.\s+[A-Z])[^;:]){1,100}?\s+on\s+|\s+(?:on\s+)?)(${MONTH_DAY_YEAR.source})`,
  ).exec(text);
  const words = m?.[1];
  return words ? (scanTemporals(words, null).find((x) => x.type === 'date')?.date ?? undefined) : undefined;
}

/** Rehearing granted, in a sentence of its own: "the petition for rehearing en banc is GRANTED", "ORDER GRANTING REHEARING EN BANC", "petition for panel rehearing is granted". */
const REHEARING_GRANTED =
  /\brehearing\b(?![^.;]{0,80}\bden(?:y|ies|ied|ying)\b)[^.;]{0,80}?\b(?:(?:is|are|be|was|has\s+been)\s+(?:hereby\s+)?)?granted\b|\bgrant(?:s|ed|ing)\s+(?:the\s+)?(?:(?:appellees?|appellants?|petitioners?|respondents?)['’]?s?\s+)?(?:petition\s+for\s+)?(?:panel\s+)?rehearing\b|\b(?:will|shall|is\s+to)\s+be\s+reheard\b|\bordered\s+(?:that\s+)?(?:this\s+(?:case|appeal)\s+)?(?:be\s+)?reheard\b/i;
/**
 * The court's own opinion or judgment withdrawn or vacated: "The panel opinion and judgment entered
 * September 12, 2025 are VACATED", "the opinion filed 3/4/2025 is withdrawn", "our opinion … is
 * withdrawn". Its subject is the opinion itself, not what the opinion decided ("OPINION: the order
 * is VACATED").
 */
const NOT_OURS = String.raw`(?<!\b(?:district|trial|lower|bankruptcy|magistrate|tax)\s+(?:court|judge)['’]s\s+)(?<!\b(?:agency|Board|Commission)['’]s\s+)`;
const OPINION = String.raw`(?:opinions?|(?:memorandum\s+)?dispositions?)(?:\s+and\s+(?:the\s+)?judgments?)?`;
const DATED = String.raw`\s+(?:entered|filed|issued|dated)\s+(?:on\s+)?[\w ,/]{4,22}?`;
const OPINION_WITHDRAWN = new RegExp(
  `${NOT_OURS}\\b(?:(?:the\\s+)?(?:panel(?:['’]s)?|our|this\\s+court['’]s|prior|previous|earlier)\\s+${OPINION}(?:${DATED})?|${OPINION}${DATED})\\s+(?:is|are|be|was|were|has\\s+been|have\\s+been)\\s+(?:hereby\\s+)?(?:withdrawn|vacated)\\b|${NOT_OURS}\\bopinions?\\b[^.;]{0,60}?\\b(?:is|are|has\\s+been)\\s+(?:hereby\\s+)?withdrawn\\b|\\bwithdraw(?:s|n|ing)?\\s+(?:the\\s+|its\\s+|our\\s+)?(?:panel\\s+)?opinion\\b`,
  'i',
);

/** What is granted is about a petition for rehearing, not rehearing: more time or pages to file one, leave to answer it. */
const ABOUT_A_PETITION =
  /\b(?:extension|extend|enlarge|leave|time|file|filing|respond|response|answer|length|words?|pages?|oversized?|exceed|stay\s+(?:of\s+)?(?:the\s+)?mandate)\b[^.;]{0,80}\brehearing\b/i;

/**
 * Rehearing granted, or the court's opinion withdrawn: its earlier decision no longer stands. A
 * petition asking for it, or its denial, is not.
 */
function rehearingOf(text: string): AppellateAct | null {
  if (/^\s*(?:[A-Z][\w'’.]*\s+){0,3}?(?:PETITION|Petition|MOTION|Motion|RESPONSE|Response)\b/.test(text))
    return null;
  const said = text
    .split(/(?<=[.;])\s+/)
    .filter((s) => (REHEARING_GRANTED.test(s) && !ABOUT_A_PETITION.test(s)) || OPINION_WITHDRAWN.test(s));
  if (said.length === 0) return null;
  return {
    act: 'rehearing',
    enBanc:
      said.some((s) => /\ben\s+banc\b/i.test(s)) ||
      /\brehearing\s+en\s+banc\b[^.;]{0,40}\bgranted\b|\bGRANTING\s+REHEARING\s+EN\s+BANC\b/i.test(text),
  };
}

/**
 * Rehearing denied, by the court's act: "The petition for rehearing en banc is DENIED", "the
 * petitions for panel rehearing and rehearing en banc are denied", "ORDER denying petition for
 * rehearing", "Rehearing en banc DENIED". Not more time to file a petition denied.
 */
const REHEARING_DENIED =
  /\brehearing\b(?:\s+en\s+banc)?[^.;]{0,60}?\b(?:(?:is|are|be|was|were|has\s+been|have\s+been)\s+(?:hereby\s+)?)?denied\b|\bden(?:y|ies|ied|ying)\s+(?:the\s+)?(?:(?:appellants?|appellees?|petitioners?|respondents?)['’]?s?\s+)?(?:petitions?\s+for\s+)?(?:panel\s+)?rehearing\b/i;

function rehearingDeniedOf(text: string): AppellateAct | null {
  if (/^\s*(?:[A-Z][\w'’.]*\s+){0,3}?(?:PETITION|Petition|MOTION|Motion|RESPONSE|Response)\b/.test(text))
    return null;
  const said = text
    .split(/(?<=[.;])\s+/)
    .filter((s) => REHEARING_DENIED.test(s) && !ABOUT_A_PETITION.test(s) && !REHEARING_GRANTED.test(s));
  if (said.length === 0) return null;
  return { act: 'rehearing_denied', enBanc: said.some((s) => /\ben\s+banc\b/i.test(s)) };
}

/**
 * The mandate stayed by the court's act (FRAP 41(d)): "The mandate is stayed for 90 days …
 * pending the filing of a petition for a writ of certiorari", "motion to stay the mandate is
 * GRANTED", "ORDER granting motion to stay mandate". Not a motion asking for it, nor its denial.
 */
const MANDATE_STAYED =
  /\bmandate\b[^.;]{0,40}?\b(?:is|are|shall\s+be|be|was|has\s+been)\s+(?:hereby\s+)?stayed\b|\bstay(?:s|ed|ing)?\s+(?:of\s+)?(?:the\s+|its\s+)?(?:issuance\s+of\s+(?:the\s+)?)?mandate\b[^.;]{0,80}?\b(?:is|are)\s+(?:hereby\s+)?GRANTED\b|\bgrant(?:s|ed|ing)\b[^.;]{0,80}\bmotion\s+to\s+stay\s+(?:the\s+)?(?:issuance\s+of\s+(?:the\s+)?)?mandate\b/i;
const NUMBER_WORDS: Record<string, number> = { thirty: 30, sixty: 60, ninety: 90, fourteen: 14, seven: 7 };

function mandateStayedOf(text: string): AppellateAct | null {
  if (ONLY_ASKED.test(text) && !GRANTED.test(text)) return null;
  const sentence = text.split(/(?<=[.;])\s+/).find((s) => MANDATE_STAYED.test(s));
  if (!sentence) return null;
  const days = /\bfor\s+(\d{1,3}|thirty|sixty|ninety|fourteen|seven)\s+days\b/i
    .exec(text)?.[1]
    ?.toLowerCase();
  return {
    act: 'mandate_stayed',
    ...(days ? { days: NUMBER_WORDS[days] ?? Number(days) } : {}),
    certiorari: /\bcertiorari\b/i.test(text),
  };
}

/** The panel's decision reinstated, by the court's act (not a petition or motion asking for it). */
const REINSTATED = new RegExp(
  `\\b(?:(?:the\\s+)?(?:panel(?:['’]s)?|prior|original|earlier|previous)\\s+(?:${OPINION}|decisions?)(?:${DATED})?|${OPINION}${DATED})\\s+(?:is|are|be|was|were|has\\s+been|have\\s+been)\\s+(?:hereby\\s+)?reinstated\\b|\\breinstat(?:es|ed|ing)\\s+(?:the\\s+|its\\s+|our\\s+)?(?:panel(?:['’]s)?\\s+|prior\\s+|original\\s+|earlier\\s+|previous\\s+)(?:${OPINION}|decision)`,
  'i',
);

function reinstatedOf(text: string): AppellateAct | null {
  if (/^\s*(?:[A-Z][\w'’.]*\s+){0,3}?(?:PETITION|Petition|MOTION|Motion|RESPONSE|Response)\b/.test(text))
    return null;
  return REINSTATED.test(text) ? { act: 'reinstated' } : null;
}

/** The acts that end or reopen an appeal, or decide a stay pending it; `null` for none. */
function appealActOf(text: string): AppellateAct | null {
  const asked = ONLY_ASKED.test(text) && !GRANTED.test(text);
  if (RECALLED.test(text) && !asked && !DENIED_ASK.test(text)) return { act: 'recalled' };
  if (DISMISSED.test(text) && !asked && !DENIED_ASK.test(text)) return { act: 'dismissed' };
  return stayPendingAppeal(text);
}

/**
 * An outcome limited to named parts ("AFFIRMED as to paragraphs 2(a) and 2(c) and VACATED as to
 * paragraph 2(b)", "Reversed with respect to the class claims, affirmed in all other respects"): that
 * outcome in part. "Affirmed as to all" is whole.
 */
const OUTCOME_AS_TO = new RegExp(
  `\\b(${OUTCOME_WORD}|affirmed|reversed|vacated)\\s+(?:only\\s+)?(?:as\\s+to|with\\s+respect\\s+to|insofar\\s+as|to\\s+the\\s+extent(?:\\s+of|\\s+that)?)\\s+(?!all\\b|each\\b|every\\b|both\\b)[^;.]*?(?=,?\\s+(?:and\\s+)?${NEXT_OUTCOME_WORD}\\b|[;.]|$)`,
  'g',
);
const OTHERWISE = new RegExp(
  `\\b(${OUTCOME_WORD}|affirmed|reversed|vacated)\\s+in\\s+all\\s+other\\s+respects\\b`,
  'g',
);

function dispositionOf(text: string): AppellateAct | null {
  const words = text.replace(OUTCOME_AS_TO, '$1 IN PART').replace(OTHERWISE, '$1 IN PART');
  const m = DISPOSITION.exec(words);
  if (!m) return null;
  const disposition = m[1]!
    .toLowerCase()
    .replace(/\bthe\s+case\s+is\s+|\bcase\s+/g, '')
    .replace(/\s*[;,]\s*(?:and\s+)?|\s+and\s+/g, ', ');
  const parts = disposition.split(', ');
  const has = (o: string) => parts.find((p) => p.startsWith(o));
  const changing = has('reversed') ?? has('vacated');
  const chosen = changing ?? has('affirmed') ?? has('remanded')!;
  return {
    act: 'decision',
    disposition,
    outcome: chosen.split(' ')[0] as AppellateOutcome,
    inPart: changing ? / in part\b/.test(changing) : false,
    ...(/\ben\s+banc\b/i.test(words) ? { enBanc: true as const } : {}),
  };
}

/** An entry that is the court of appeals' opinion or judgment itself: "PER CURIAM JUDGMENT filed:", "OPINION FILED -", "EN BANC PRECEDENTIAL OPINION.". */
const DECISION_HEAD =
  /^\s*(?:(?:EN\s+BANC|PER\s+CURIAM|PRECEDENTIAL|NON-?PRECEDENTIAL|UNPUBLISHED|PUBLISHED|SUMMARY|SIGNED|CERTIFIED)\s+)*(?:OPINION|JUDGMENT|MEMORANDUM(?:\s+DISPOSITION)?)\b(?!\s+(?:of|from)\b)/i;
/**
 * What the ruling below becomes, in the court's own sentence: "the district court's order … be
 * affirmed", "The preliminary injunction is vacated and the case is remanded". The subject must be
 * the ruling appealed from, not a stay, a hearing or a motion of the appeal's own.
 */
const PASSIVE_OUTCOME =
  /\b(?:is|are|be|was|were|stands?)\s+(?:hereby\s+|also\s+)?(affirmed|reversed|vacated|remanded)(\s+in\s+part)?\b/gi;
/** An outcome joined to the one before by "and" or a comma, sharing its verb ("… affirmed in part and vacated in part"). */
const COORDINATED_OUTCOME = /^\s*,?\s*(?:and\s+)?(affirmed|reversed|vacated)(\s+in\s+part)?\b/i;
/** The first noun of the subject names what it is: the ruling below (or the case), or a paper of the appeal's own. */
const SUBJECT_NOUN =
  /\b(?:(order|injunction|judgment|decree|decision|ruling|case|cause|matter|restraining\s+order|TRO)|(stay|argument|hearing|conference|motion|mandate|briefing|schedule|opinion|rehearing|petition|application|deadline|costs?|appeal))\b/i;

function passiveDispositionOf(text: string): AppellateAct | null {
  if (!DECISION_HEAD.test(text)) return null;
  const parts: string[] = [];
  for (const sentence of text.replace(DECISION_HEAD, '').split(/(?<=[.;])\s+/)) {
    for (const m of sentence.matchAll(PASSIVE_OUTCOME)) {
      // The subject: the words since the clause began ("… is vacated and the cause is remanded").
      const subject =
        sentence
          .slice(0, m.index)
          .split(/\band\b|,(?!\s*\d)|:|\s-\s/)
          .at(-1) ?? '';
      const noun = SUBJECT_NOUN.exec(subject);
      if (!noun?.[1]) continue;
      const part = `${m[1]!.toLowerCase()}${m[2] ? ' in part' : ''}`;
      if (!parts.includes(part)) parts.push(part);
      // One subject, two outcomes: "The order of the district court is affirmed in part and vacated
      // in part", "is affirmed in part, reversed in part": the participles after the first share its verb.
      let rest = sentence.slice(m.index + m[0].length);
      for (let more = COORDINATED_OUTCOME.exec(rest); more; more = COORDINATED_OUTCOME.exec(rest)) {
        const next = `${more[1]!.toLowerCase()}${more[2] ? ' in part' : ''}`;
        if (!parts.includes(next)) parts.push(next);
        rest = rest.slice(more[0].length);
      }
    }
  }
  if (parts.length === 0) return null;
  return dispositionOf(
    parts
      .map((p) => p.toUpperCase())
      .join(', ')
      .replace(/^/, 'JUDGMENT ')
      .concat(/\ben\s+banc\b/i.test(text) ? ' en banc' : ''),
  );
}

/**
 * What an entry on a court of appeals' own docket does to the case below: its decision (opinion,
 * judgment, memorandum disposition) or its mandate; `null` for everything else.
 */
export function readAppealsDocket(text: string): AppellateAct | null {
  const cert = certiorariOf(text);
  if (cert) return cert;
  const injunction = readAppellateInjunction(text);
  if (injunction) return { act: 'injunction', ...injunction };
  const ended = appealActOf(text);
  if (ended?.act === 'dismissed' && MANDATE.test(text)) return { act: 'mandate', dismissed: true };
  if (ended?.act === 'recalled' || ended?.act === 'dismissed') return ended;
  // Before the mandate: "the mandate is stayed" is no mandate issued.
  const mandateStayed = mandateStayedOf(text);
  if (mandateStayed) return mandateStayed;
  if (MANDATE.test(text)) return { act: 'mandate' };
  // Before rehearing: "rehearing en banc is VACATED as improvidently granted, and the panel opinion is REINSTATED".
  const reinstated = reinstatedOf(text);
  if (reinstated) return reinstated;
  const reheard = rehearingOf(text);
  if (reheard) return reheard;
  const decision = dispositionOf(text) ?? passiveDispositionOf(text) ?? activeDispositionOf(text);
  return decision ? withDecidedPart(decision, text) : (ended ?? rehearingDeniedOf(text));
}

/**
 * The court's own verbs in its opinion or judgment: "For the foregoing reasons, we AFFIRM the
 * preliminary injunction except as to Paragraph 3, which we VACATE", "We vacate the portion of the
 * preliminary injunction requiring … and otherwise affirm", "we REVERSE and REMAND". What it acts on
 * is the ruling below (or nothing named: "and otherwise affirm"), never a motion or a stay of the
 * appeal's own.
 */
const ACTIVE_OUTCOME =
  /\bwe\s+(?:\w+ly\s+|therefore\s+|thus\s+|hereby\s+|accordingly\s+)*(?:(?:otherwise|also)\s+)?(affirm|vacate|reverse|remand)\b((?:\s+in\s+part)?)|\b(?:and|but)\s+otherwise\s+(affirm)\b/gi;

function activeDispositionOf(text: string, copied = false): AppellateAct | null {
  if (!copied && !DECISION_HEAD.test(text)) return null;
  const parts: string[] = [];
  for (const m of text.matchAll(ACTIVE_OUTCOME)) {
    const verb = (m[1] ?? m[3])!.toLowerCase();
    const object = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const noun = SUBJECT_NOUN.exec(object.split(/[.;]/)[0]!);
    if (noun?.[2]) continue;
    const outcome = `${verb === 'remand' ? 'remanded' : `${verb.replace(/e$/, '')}ed`}${m[2] ? ' in part' : ''}`;
    if (!parts.includes(outcome)) parts.push(outcome);
  }
  if (parts.length === 0) return null;
  return dispositionOf(`JUDGMENT ${parts.map((p) => p.toUpperCase()).join(', ')}`);
}

/** The rest of the ruling upheld: "affirmed in all other respects", "and otherwise affirm", "the remainder is affirmed". */
const REST_AFFIRMED =
  /\baffirm(?:ed|s)?\b[^.;]{0,30}?\bin\s+all\s+other\s+respects\b|\bin\s+all\s+other\s+respects\b[^.;]{0,40}?\baffirm|\botherwise\s+affirm|\b(?:remainder|rest|balance)\b[^.;]{0,60}?\b(?:is|are|be|stands?)\s+affirmed\b/i;

/**
 * A decision reversing or vacating, with the part its words name: the paragraphs or provision
 * thrown out (`only`; "vacated as to paragraph 3", "Paragraph 3 … is VACATED", "we AFFIRM … except as
 * to Paragraph 3, which we VACATE": the affirmance's exception is what is vacated), or all but a part
 * kept (`except`). A part named, or the rest affirmed ("affirmed in all other respects"), makes the
 * decision one in part: the rest of the ruling stands.
 */
function withDecidedPart(act: AppellateAct, text: string): AppellateAct {
  if (act.act !== 'decision' || (act.outcome !== 'vacated' && act.outcome !== 'reversed')) return act;
  let part: PartOfOrder | null = null;
  for (const s of text.split(/(?<=[.;])\s+/)) {
    if (!/\b(?:vacat|revers)/i.test(s)) continue;
    const read = partOfAct(s);
    if (!read) continue;
    const main = withoutExcepted(s);
    part =
      read.reach === 'except' && /\baffirm/i.test(main) && !/\b(?:vacat|revers)/i.test(main)
        ? {
            reach: 'only',
            paragraphs: read.paragraphs,
            words:
              read.paragraphs.length > 0
                ? `paragraph${read.paragraphs.length > 1 ? 's' : ''} ${read.paragraphs.join(' and ')}`
                : read.words.replace(/^except\s+(?:as\s+to\s+|for\s+|that\s+)?/i, ''),
          }
        : // "vacated as to paragraph 3": the part is paragraph 3.
          read.paragraphs.length > 0 &&
            /^(?:as\s+to|with\s+respect\s+to|in\s+respect\s+of)\s/i.test(read.words)
          ? {
              ...read,
              words: read.words.replace(/^(?:as\s+to|with\s+respect\s+to|in\s+respect\s+of)\s+/i, ''),
            }
          : read;
    break;
  }
  if (!part && !REST_AFFIRMED.test(text)) return act;
  return {
    ...act,
    inPart: true,
    disposition: act.inPart
      ? act.disposition
      : `affirmed in part, ${act.outcome} in part${/\bremanded\b/.test(act.disposition) ? ', remanded' : ''}`,
    ...(part ? { part } : {}),
  };
}

/**
 * A district docket entry that copies a court of appeals' decision but says only what it is —
 * "OPINION of USCA", "USCA JUDGMENT as to [110] Notice of Appeal", a feed's title "USCA Opinion" —
 * not what it decides (that is in its document): the same decision, its outcome unsaid.
 */
export function decisionCopyTitle(text: string): boolean {
  return COPY_ON_DISTRICT_DOCKET.test(text) && readDistrictCopy(text) === null;
}

/**
 * What a district docket entry reports of the court of appeals: the clerk's copy of its decision
 * ("OPINION of U.S. Court of Appeals … VACATED") or of its mandate. A district judge's own order —
 * even one "in accordance with the mandate" — is `null`: it acts by its own words.
 */
export function readDistrictCopy(text: string): AppellateAct | null {
  // What the court of appeals did to the appeal itself, as the clerk copies it ("USCA ORDER
  // dismissing appeal", "ORDER of USCA … the appeal is DISMISSED"): only when it says it is the
  // court of appeals' (a district court reviewing a bankruptcy appeal dismisses appeals too).
  if (
    /\b(?:USCA|U\.S\.C\.A\.|Court\s+of\s+Appeals|Circuit\s+Court|\d+(?:st|nd|rd|th)\s+Circuit)\b/i.test(text)
  ) {
    const ended = appealActOf(text);
    // The clerk's copy of the mandate restating the dismissal: the mandate (told once with the
    // appeal docket's own), the dismissal with it.
    if (ended?.act === 'dismissed' && MANDATE.test(text)) return { act: 'mandate', dismissed: true };
    if (ended && ended.act !== 'stay') return ended;
    // Rehearing granted, the panel's decision vacated (or reinstated): the court of appeals' act, copied.
    if (!MANDATE.test(text)) {
      const reinstated = reinstatedOf(text);
      if (reinstated) return reinstated;
      const reheard = rehearingOf(text);
      if (reheard) return reheard;
    }
  }
  // The copy of an order of the court of appeals or the Supreme Court: a stay pending appeal it
  // decided is that court's act, not a stay of the district court's.
  if (APPELLATE_ORDER_COPY.test(text)) {
    const act = certiorariOf(text) ?? stayPendingAppeal(text);
    if (act) return act;
  }
  if (/\bSupreme\s+Court\b/i.test(text)) {
    const cert = certiorariOf(text);
    if (cert) return cert;
  }
  if (MANDATE.test(text)) return { act: 'mandate' };
  if (!COPY_ON_DISTRICT_DOCKET.test(text)) return null;
  const decision =
    dispositionOf(text.replace(/\b(vacated|reversed|affirmed|remanded)\b/gi, (w) => w.toUpperCase())) ??
    activeDispositionOf(text, true);
  return decision ? withDecidedPart(decision, text) : null;
}
