/**
 * Acts on a PART of an order: the one reader of the clauses that say which part an act touches and
 * which part stays — used by the relief reader (injunctions vacated, stayed or changed in part,
 * findings.ts), the stay pending appeal of the district court (tracker/pending-appeal.ts), the court
 * of appeals' stays (appellate.ts) and the duties of the paragraphs acted on (tracker/deadlines.ts).
 *
 * Two reaches:
 * - `only`: the act reaches only the part named — "STAYED … insofar as paragraph 3 requires …",
 *   "VACATED to the extent it requires more than seven days", "STAYED as to paragraph 4 only",
 *   "only as to paragraph 2", "paragraph 3 of the Order … is VACATED" (the paragraph is the subject);
 *   the rest stays in force.
 * - `except`: the act reaches everything but the part named — "VACATED …, except that paragraph 3 of
 *   that Order shall remain in effect until …", "except as to paragraphs 2 and 4", "save for
 *   paragraph 5", "with the exception of paragraph 2", "in all respects but paragraph 6"; that part
 *   stays in force. An exception may name other relief the act leaves alone ("all proceedings are
 *   STAYED …, except that the preliminary injunction remains in effect"): `withoutExcepted` gives the
 *   act's words without it.
 */
import type { PartOfOrder } from '../../model/events.ts';
import { paragraphNumbers } from './text.ts';

/** One numbered item: "3", "3(b)", "(a)", "b", "iv". */
const ITEM = String.raw`(?:\(?\d{1,2}\)?(?:\s?\([a-z0-9]{1,4}\))*|\(?[a-z]\)|[ivx]{1,4}\b|[a-z]\b)`;
/**
 * Numbered parts of an order: "paragraph 3", "paragraphs 2 and 4", "paragraph 3(b)", "¶ 4",
 * "Paragraphs (a) through (c)", "sections 1, 2, and 5". Read case-insensitively.
 */
export const NUMBERED_PART = String.raw`(?:(?:paragraph|provision|section|subsection|part)s?\s+|¶{1,2}\s*)${ITEM}(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|through|to)\s+|\s*[-–]\s*)${ITEM})*`;

/** Words whose period ends no sentence: "No. 28-1207", "p.m.", "U.S.C.", "Judge A. Roe". */
const ABBREVIATED = String.raw`\b(?:Nos?|Dkt|Doc|[ap]|[ap]\.m|U\.S|v|[A-Z])`;
/** A character of a clause: not a sentence's end. */
const CH = String.raw`(?:[^.;]|\.(?=\d)|(?<=${ABBREVIATED})\.)`;
/** Where a clause ends: the sentence's end, or a clause of its own that follows. */
const CLAUSE_END = String.raw`(?=\s*(?:;|(?<!${ABBREVIATED})\.(?!\d)|,\s+(?:and|but|pending)\b|\s+pending\s+(?:appeal|the|further|resolution|disposition)\b|$))`;

/** Words that say how the act is done, not which part: "to the extent set forth below", "except as otherwise provided". */
const NO_PART =
  /^(?:(?:that\s+)?(?:set\s+forth|stated|provided|described|explained|noted|outlined|discussed)\b|[^.;]*?\b(?:is|are|be)\s+(?:hereby\s+)?(?:administratively\s+|temporarily\s+)?stayed\b|as\s+(?:otherwise|provided|set\s+forth|stated|modified|noted|indicated)\b|(?:for\s+)?good\s+cause\b|otherwise\b|(?:upon|on)\s+(?:a\s+)?(?:showing|motion)\b|(?:by|with)\s+leave\b)/i;

const ONLY = new RegExp(
  [
    // "insofar as it requires …", "only to the extent that paragraph 3(b) requires …"
    String.raw`\b(?:only\s+|solely\s+)?(?:insofar|in\s+so\s+far)\s+as\s+(${CH}{3,220}?)${CLAUSE_END}`,
    String.raw`\b(?:only\s+|solely\s+)?to\s+the\s+extent\s+(?:that\s+)?(${CH}{3,220}?)${CLAUSE_END}`,
    // "only as to paragraph 2", "solely with respect to paragraphs 4 and 5"
    String.raw`\b(?:only|solely)\s+(?:as\s+to|with\s+respect\s+to|in\s+respect\s+of|insofar\s+as\s+to)\s+(${NUMBERED_PART})`,
    // "as to paragraph 4 only"; "VACATED with respect to paragraph 4" (a numbered part after the act)
    String.raw`\b(?:as\s+to|with\s+respect\s+to)\s+(${NUMBERED_PART})\s+only\b`,
    String.raw`(?<=\b(?:vacated|stayed|dissolved|reversed)\s+)(?:as\s+to|with\s+respect\s+to|in\s+respect\s+of)\s+(${NUMBERED_PART})`,
  ].join('|'),
  'i',
);

const EXCEPT = new RegExp(
  [
    String.raw`\bexcept\s+(?:that\s+|as\s+to\s+|for\s+|with\s+respect\s+to\s+|insofar\s+as\s+|to\s+the\s+extent\s+(?:that\s+)?)?(${CH}{3,220}?)${CLAUSE_END}`,
    String.raw`\bsave\s+(?:for|as\s+to|that)\s+(${CH}{3,220}?)${CLAUSE_END}`,
    String.raw`\bwith\s+the\s+exception\s+of\s+(${CH}{3,220}?)${CLAUSE_END}`,
    String.raw`\bin\s+all\s+(?:other\s+)?respects\s+(?:but|except|save|other\s+than)\s+(?:as\s+to\s+|for\s+)?(${CH}{3,220}?)${CLAUSE_END}`,
    String.raw`\bother\s+than\s+(${NUMBERED_PART})`,
  ].join('|'),
  'i',
);

/** A clause of a sentence that limits its act to a part, or keeps a part out of it. */
export interface PartialClause {
  reach: 'only' | 'except';
  /** The clause in the court's words ("insofar as it requires …", "except that paragraph 3 … remains in effect"). */
  words: string;
  /** What the clause names, without its leading words ("it requires …", "paragraph 3 … remains in effect"). */
  named: string;
  /** Where the clause starts in the sentence, and its length. */
  index: number;
  length: number;
  /** The numbered paragraphs it names ("paragraph 3(b)" → "3"). */
  paragraphs: string[];
}

const NUMBERED = new RegExp(NUMBERED_PART, 'i');

/** The numbered paragraphs words about a part name ("paragraph 3, insofar as … before January 10" → "3"); none when they name none. */
export function partParagraphs(words: string): string[] {
  const numbered = NUMBERED.exec(words);
  if (!numbered) return [];
  // Parts of something else than the order ("Sections 2 and 6 of the Executive Order", "section
  // 1231 of the Act"): no paragraph of the order.
  const of = /^\s+of\s+([^.;]{0,80})/i.exec(words.slice(numbered.index + numbered[0].length));
  if (
    of &&
    !/(?<!\bexecutive\s)\b(?:order|injunction|decree|judgment)\b|\b(?:ECF|Dkt|Doc)\b|\[\d/i.test(of[1]!)
  )
    return [];
  return paragraphNumbers(numbered[0]);
}

function clauseOf(m: RegExpExecArray, reach: PartialClause['reach']): PartialClause | null {
  const named = m.slice(1).find((g) => g !== undefined) ?? '';
  if (NO_PART.test(named.trim())) return null;
  return {
    reach,
    words: m[0].trim(),
    named: named.trim(),
    index: m.index,
    length: m[0].length,
    paragraphs: partParagraphs(named),
  };
}

/** The first clause of `sentence` that limits its act to a part or keeps a part out of it; `null` if none. */
export function partialClause(sentence: string): PartialClause | null {
  const only = ONLY.exec(sentence);
  const except = EXCEPT.exec(sentence);
  const read = [only && clauseOf(only, 'only'), except && clauseOf(except, 'except')].filter(
    (c): c is PartialClause => c !== null,
  );
  return read.sort((a, b) => a.index - b.index)[0] ?? null;
}

/** `sentence` without its exception clauses: the words of what the act itself reaches. */
export function withoutExcepted(sentence: string): string {
  let s = sentence;
  for (let i = 0; i < 4; i++) {
    const m = EXCEPT.exec(s);
    const c = m ? clauseOf(m, 'except') : null;
    if (!c) break;
    s = `${s.slice(0, c.index).replace(/,\s*$/, '')}${s.slice(c.index + c.length)}`;
  }
  return s;
}

/** How long an act holds, said before its verb: "administratively STAYED", "temporarily stayed". */
const FOR_NOW = String.raw`(?:(?:administratively|temporarily|provisionally)\s+)?`;

/**
 * Numbered paragraphs an act names as what it acts on: "paragraph 3 of the Opinion and Order of
 * February 14, 2028 (ECF No. 13) is VACATED", "Paragraph 3 of the district court's order is STAYED",
 * "the court VACATES paragraph 3 of the permanent injunction". Group 1 or 4: the part; 2 or 5: the
 * order's name; 3 or 6: the act.
 */
const PARAGRAPHS_ACTED = new RegExp(
  [
    String.raw`\b(${NUMBERED_PART})\s+of\s+(${CH}{3,160}?)\s+(?:is|are|be|shall\s+be)\s+(?:hereby\s+)?(?:further\s+)?${FOR_NOW}(VACATED|STAYED|DISSOLVED|MODIFIED|AMENDED|STRICKEN|RESCINDED|SET\s+ASIDE|TERMINATED|LIFTED)\b`,
    String.raw`(?:^|[:;]\s*|\bIN\s+PART\W+)(${NUMBERED_PART})\s+(?:is|are|be|shall\s+be)\s+(?:hereby\s+)?${FOR_NOW}(VACATED|STAYED|DISSOLVED|STRICKEN|RESCINDED|SET\s+ASIDE|REVERSED)\b`,
    String.raw`\b${FOR_NOW}(VACATES?|STAYS?|DISSOLVES?|MODIF(?:Y|IES)|AMENDS?|STRIKES?|RESCINDS?|SETS?\s+ASIDE)\s+(${NUMBERED_PART})\s+of\s+(${CH}{3,160}?)${CLAUSE_END}`,
  ].join('|'),
  'i',
);

/** A noun that names a part of an order by what it does ("the portion …", "the requirement that …"). */
const PART_NOUN =
  '(?:portions?|parts?|provisions?|requirements?|components?|aspects?|directives?|mandates?|sections?|paragraphs?)';
/** What the part does, as the court says it: "requiring …", "directing …", "that requires …", "which barred …". */
const PART_DOES = String.raw`(?:(?:that|which)\s+(?:requires?|required|directs?|directed|orders?|ordered|compels?|compelled|enjoins?|enjoined|bars?|barred|prohibits?|prohibited|mandates?|mandated|obligates?|obligated)|requiring|directing|ordering|compelling|enjoining|barring|prohibiting|mandating|obligating)\b`;
/** Where the words of a described part end: the act's verb, a clause of its own, the sentence's end. */
const DESCRIBED_END = String.raw`(?=\s*(?:\(|;|,|(?<!${ABBREVIATED})\.(?!\d)|$)|\s+(?:is|are|be|shall\s+be|was|were|has\s+been|have\s+been)\s+(?:hereby\s+)?(?:\w+ly\s+)?(?:stayed|vacated|dissolved|reversed|set\s+aside|stricken|rescinded|modified|lifted|terminated|reinstated|affirmed)\b|\s+(?:pending|until|while|and\s+(?:otherwise|in\s+all|we|the|remand|affirm))\b)`;
/** A part of an order named before "of" the order: "paragraph 3", "the provision", "that portion in paragraph 2". */
export const PART_OF = String.raw`(?:${NUMBERED_PART}|(?:the|that|those|this)\s+${PART_NOUN}(?:\s+(?:in|of)\s+${NUMBERED_PART})?)`;

/**
 * A part of an order named by what it does, not by its number: "the portion of the district court's
 * order directing Appellants to return …", "that part of the preliminary injunction requiring …", "the
 * provision of its preliminary injunction requiring bond hearings … (ECF No. 22, ¶ 4)", "the
 * requirement in paragraph 2 of the order that Appellants provide …". Group 1: the noun; 2: a
 * paragraph it is in; 3: what it does (with "that …" for a requirement); 4: a parenthesis after it.
 */
const DESCRIBED_PART = new RegExp(
  String.raw`\b(?:the|that|those|this|its)\s+(${PART_NOUN})(?:\s+(?:in|of)\s+(${NUMBERED_PART}))?(?:\s+of\s+${CH}{3,140}?)?\s+(${PART_DOES}${CH}{3,220}?|that\s+${CH}{3,220}?)${DESCRIBED_END}(?:\s*\(([^)]{0,60})\))?`,
  'i',
);

/**
 * The part of an order a sentence names by what it does (`DESCRIBED_PART`), as a part acted on only:
 * its words ("the portion directing Appellants to return …") and the paragraphs it names, if any.
 * `null` when the sentence names none.
 */
export function describedPart(sentence: string): (PartOfOrder & { index: number }) | null {
  const m = DESCRIBED_PART.exec(sentence);
  if (!m) return null;
  // "the requirement that …" says what is required; "the portion that …" must say what it does.
  if (/^that\s/i.test(m[3]!) && !/^requirements?$/i.test(m[1]!)) return null;
  const paragraphs = [
    ...(m[2] ? paragraphNumbers(m[2]) : []),
    ...(m[4] && NUMBERED.test(m[4]) ? paragraphNumbers(NUMBERED.exec(m[4])![0]) : []),
  ];
  return {
    reach: 'only',
    paragraphs: [...new Set(paragraphs)],
    words: tidy(`the ${m[1]!.toLowerCase()}${m[2] ? ` in ${m[2]}` : ''} ${m[3]}`),
    index: m.index,
  };
}

/** The act on a numbered part: which paragraphs, the order named, and the act ("vacated", "stayed"). */
export interface ParagraphAct {
  paragraphs: string[];
  /** The part in the court's words ("paragraph 3(b)"). */
  part: string;
  /** The words naming the order ("the Opinion and Order of February 14, 2028 (ECF No. 13)"). */
  order: string;
  act: 'vacated' | 'stayed' | 'modified' | 'lifted';
}

/** The numbered paragraphs `sentence` acts on (as the subject or object of its act), or `null`. */
export function paragraphAct(sentence: string): ParagraphAct | null {
  const m = PARAGRAPHS_ACTED.exec(sentence);
  if (!m) return null;
  const part = (m[1] ?? m[4] ?? m[7])!;
  const order = m[2] ?? m[8] ?? '';
  const verb = (m[3] ?? m[5] ?? m[6])!.toLowerCase();
  const paragraphs = paragraphNumbers(part);
  if (paragraphs.length === 0) return null;
  // "the preliminary injunction entered in paragraph 2 of the Omnibus Order [14] is VACATED": the
  // paragraph says where the relief was entered, not a part of it — the whole relief is acted on.
  if (reliefEnteredIn(sentence, part)) return null;
  const act = /^(?:vacat|dissolv|strik|stricken|rescind|set|revers)/.test(verb)
    ? 'vacated'
    : /^stay/.test(verb)
      ? 'stayed'
      : /^lift|^terminat/.test(verb)
        ? 'lifted'
        : 'modified';
  return { paragraphs, part: part.trim(), order: order.trim(), act };
}

/** Relief named as entered in a paragraph of another order ("the injunction entered in paragraph 2 of …"). */
function reliefEnteredIn(sentence: string, part: string): boolean {
  const at = sentence.indexOf(part);
  if (at < 0) return false;
  return /\b(?:injunction|restraining\s+order|TRO|decree|stay)\s+(?:(?:that\s+)?(?:was|is)\s+)?(?:entered|granted|issued|set\s+(?:out|forth)|contained|ordered|imposed)\s+(?:in|at|by)\s+$/i.test(
    sentence.slice(Math.max(0, at - 120), at),
  );
}

/**
 * What one sentence's act does to part of an order: `only` the part it names (a paragraph acted on,
 * narrowed by "insofar as …" when it says so; or "insofar as …", "as to paragraph 4 only"), or all
 * `except` the part it keeps. `null` when the sentence acts on no part.
 */
export function partOfAct(sentence: string): PartOfOrder | null {
  const acted = paragraphAct(sentence);
  const clause = partialClause(sentence);
  if (acted) {
    // "paragraph 3 … is VACATED insofar as it required …": the paragraph narrowed, not all of it.
    const narrowed = clause && clause.index > sentence.indexOf(acted.part) ? clause : null;
    // "Paragraph 3 … is MODIFIED: the injunction … does not extend to class members who …": what
    // the change says, after its colon, with the paragraph.
    const change = acted.act === 'modified' && !narrowed ? CHANGE_SAID.exec(sentence) : null;
    return {
      reach: 'only',
      paragraphs: acted.paragraphs,
      words: tidy(
        narrowed ? `${acted.part}, ${narrowed.words}` : change ? `${acted.part}: ${change[1]}` : acted.part,
      ),
      ...(narrowed ? { narrowed: true as const } : {}),
    };
  }
  // A part named by what it does ("the portion … directing …"), unless it is what an exception keeps
  // ("VACATED except the provision requiring …").
  const described = describedPart(sentence);
  if (described && !(clause && clause.index <= described.index)) {
    const { index: _, ...part } = described;
    return part;
  }
  if (!clause) return null;
  return { reach: clause.reach, paragraphs: clause.paragraphs, words: tidy(clause.words) };
}

/** What a modification says, after its verb and a colon or dash ("is MODIFIED: …", "is AMENDED to read: …"). */
const CHANGE_SAID =
  /\b(?:MODIFIED|AMENDED|[Mm]odified|[Aa]mended)\b(?:\s+(?:to\s+(?:read|provide)(?:\s+as\s+follows)?|as\s+follows))?\s*(?::|\s[—–-]\s)\s*(.{8,})$/;

/** The part's words already say it is the only one ("only as to paragraph 2", "insofar as …", "to the extent …"). */
export function saysOnly(words: string): boolean {
  return /^(?:only|solely|as\s+to|insofar|in\s+so\s+far|to\s+the\s+extent)\b/i.test(words);
}

/** The court's words as a reader sees them: one line, a capital "Paragraph" lowered, no trailing comma. */
function tidy(words: string): string {
  return words
    .replace(/\s+/g, ' ')
    .replace(/^(Paragraph|Provision|Section|Part)/, (w) => w.toLowerCase())
    .replace(/[,.\s]+$/, '')
    .slice(0, 240);
}
