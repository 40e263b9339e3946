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
    }
  | { act: 'mandate' };

const OUTCOME_WORD = '(?:AFFIRMED|REVERSED|VACATED|REMANDED)';
/** What a court of appeals' opinion, memorandum disposition or judgment decides, in its docket words. */
const DISPOSITION = new RegExp(
  `\\b(?:OPINION|MEMORANDUM(?:\\s+DISPOSITION)?|JUDGMENT|Opinion|Memorandum|Judgment)\\b[^;]{0,200}?\\b(${OUTCOME_WORD}(?:\\s+IN\\s+PART)?(?:[;,]?\\s+(?:(?:AND|and)\\s+)?(?:(?:[Tt]he\\s+case\\s+is|THE\\s+CASE\\s+IS|case|CASE)\\s+)?${OUTCOME_WORD}(?:\\s+IN\\s+PART)?(?:\\s+WITH\\s+INSTRUCTIONS)?)*)\\b`,
);
/** The district clerk's copy of the appeals court's opinion or judgment: "OPINION of U.S. Court of Appeals", "USCA JUDGMENT". */
const COPY_ON_DISTRICT_DOCKET =
  /^\s*(?:(?:CERTIFIED\s+)?COPY\s+OF\s+)?(?:(?:USCA|U\.S\.C\.A\.)\s+(?:OPINION|JUDGMENT|DECISION)\b|(?:[A-Z&]+\s+){0,2}?(?:OPINION|JUDGMENT|DECISION|MEMORANDUM)\b[^.]{0,40}?\b(?:of|from)\s+(?:the\s+)?(?:U\.?\s?S\.?\s+|United\s+States\s+)?(?:USCA\b|Court\s+of\s+Appeals\b|Circuit\s+Court\b))/i;
/** A mandate issued (not recalled, not a motion about one, not an order "in accordance with" it). */
const MANDATE =
  /^\s*(?:(?:CERTIFIED\s+)?COPY\s+OF\s+)?(?:USCA\s+)?MANDATE\b(?!\s+RECALLED)(?![^.]{0,40}\brecall)|\bMANDATE\s+ISSUED\b/i;

function dispositionOf(words: string): AppellateAct | null {
  const m = DISPOSITION.exec(words);
  if (!m) return null;
  const disposition = m[1]!
    .toLowerCase()
    .replace(/\bthe\s+case\s+is\s+|\bcase\s+/g, '')
    .replace(/\s*;\s*|\s*,\s*|\s+and\s+/g, ', ');
  const parts = disposition.split(', ');
  const has = (o: string) => parts.find((p) => p.startsWith(o));
  const changing = has('reversed') ?? has('vacated');
  const chosen = changing ?? has('affirmed') ?? has('remanded')!;
  return {
    act: 'decision',
    disposition,
    outcome: chosen.split(' ')[0] as AppellateOutcome,
    inPart: changing ? / in part\b/.test(changing) : false,
  };
}

/**
 * What an entry on a court of appeals' own docket does to the case below: its decision (opinion,
 * judgment, memorandum disposition) or its mandate; `null` for everything else.
 */
export function readAppealsDocket(text: string): AppellateAct | null {
  if (MANDATE.test(text)) return { act: 'mandate' };
  return dispositionOf(text);
}

/**
 * What a district docket entry reports of the court of appeals: the clerk's copy of its decision
 * ("OPINION of U.S. Court of Appeals … VACATED") or of its mandate. A district judge's own order —
 * even one "in accordance with the mandate" — is `null`: it acts by its own words.
 */
export function readDistrictCopy(text: string): AppellateAct | null {
  if (MANDATE.test(text)) return { act: 'mandate' };
  if (!COPY_ON_DISTRICT_DOCKET.test(text)) return null;
  return dispositionOf(text.replace(/\b(vacated|reversed|affirmed|remanded)\b/gi, (w) => w.toUpperCase()));
}
