/**
 * Who is covered, as a court's order defines it: the class (and its subclasses) an order states in
 * its own words — "The class is defined as …", "The Court certifies a class consisting of …", "a
 * Detained Subclass consisting of …", "The class is redefined as follows: …". Read from a ruling's
 * docket text and the document text kept for it; never from a motion, a party's proposal ("move to
 * certify a class defined as …") or a refusal ("declines to certify the class defined as …").
 * Rules of legal language, not of one case's wording.
 */

/** One order's definition: the class, or each named class and subclass, in the order's words. */
export interface ClassDefinition {
  /** "all Iraqi nationals in the United States who …", or "Primary Class: …; Detained Subclass: …". */
  text: string;
  /** `nationwide` when the words reach the whole country ("in the United States"), else `null`. */
  scope: 'nationwide' | null;
  /** The sentence it was read from. */
  words: string;
  /**
   * It only adds to the definition in force before it ("the class is expanded to include …", "the
   * class definition is amended to add …", subclasses added): read as that definition plus this.
   */
  adds: boolean;
}

const MAX_DEFINITION = 500;

/**
 * Sentences, not split inside "U.S.", "No.", "Inc.", "§ 1226(c)", initials or a number's decimals;
 * split before a numbered paragraph ("… before the termination. 2. The Motion …").
 */
function sentences(text: string): string[] {
  const guarded = text
    .replace(/\s+/g, ' ')
    .replace(/\b(U\.S\.C|U\.S|No|Nos|Inc|Co|Corp|Dkt|Doc|v|vs|Mr|Ms|Dr|Jr|Sr|St|et al|e\.g|i\.e)\./gi, (m) =>
      m.replace(/\./g, '\uE000'),
    )
    .replace(/\b([A-Z])\.(?=\s?[A-Z]\.)/g, '$1\uE000');
  return guarded
    .split(/(?<=[.!?])\s+(?=[A-Z0-9(“"])/)
    .map((s) => s.replaceAll('\uE000', '.').trim())
    .filter((s) => s.length > 0);
}

/** The name of a class or subclass: up to four words before "class"/"subclass" ("Primary", "Detained Final Order"). */
const NAME = String.raw`((?:(?!(?:a|an|the|this|one|that|court|certif\w*|following)\b)[A-Za-z][\w-]*\s){0,4}?)`;
/**
 * A short name in parentheses after the class ("(the “Detained Subclass”)"), and the order it was
 * certified by ("The class certified in [22] is hereby redefined as follows").
 */
const ALIAS = String.raw`(?:\s*\((?:the\s+)?["“][^)]{1,40}["”]\))?,?(?:\s+(?:certified|defined|described|approved)\s+(?:in|by|at|on)\s+(?:\[?\d+\]?|(?:ECF|Dkt\.?|Doc\.?)\s+(?:No\.\s*)?\d+|(?:the|this|its)\s+(?:Court['’]s\s+)?(?:order|opinion)[^:;]{0,40}?),?)?`;

/**
 * "the class is defined as", "a Detained Subclass consisting of", "the class shall be redefined as
 * follows:", "certifies a class of", "certifies the following class:".
 */
/** "under Rule 23(b)(2)", "pursuant to Fed. R. Civ. P. 23(b)(2) and (b)(3)": the rule a class is certified under. */
const UNDER_RULE = String.raw`(?:\s+(?:under|pursuant\s+to)\s+(?:Federal\s+Rule\s+of\s+Civil\s+Procedure|Fed\.\s*R\.\s*Civ\.\s*P\.|Rule)\s+23(?:\([a-z]\)(?:\(\d\))?)?(?:\s+(?:and|or)\s+(?:23)?\([a-z]\)(?:\(\d\))?)?)?`;

const DEFINES = new RegExp(
  [
    String.raw`\bthe\s+following\s+(sub-?class|class)\s+(?:is|are)\s+(?:hereby\s+)?(?:provisionally\s+|conditionally\s+)?certified${UNDER_RULE}\s*:\s*`,
    String.raw`\b(?:the|a|an|this|one)\s+${NAME}(sub-?class|class)${ALIAS}\s+(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:re)?defined\s+as(?:\s+follows)?\s*:?\s*`,
    String.raw`\b(?:the|a|an|this|one)\s+${NAME}(sub-?class|class)${ALIAS}\s+(?:defined\s+as(?:\s+follows)?|consisting\s+of|comprising|comprised\s+of|composed\s+of)\s*:?\s*`,
    String.raw`\bcertif(?:y|ies|ied|ying)\s+(?:the\s+following\s+|a\s+|an\s+|the\s+)?${NAME}(sub-?class|class)${ALIAS}${UNDER_RULE}\s*(?:of\s+|:\s*)`,
    // "The class is all persons who …", "The class consists of all …": the copula, then the people.
    String.raw`\b(?:the|this)\s+${NAME}(sub-?class|class)${ALIAS}\s+(?:is|are|shall\s+be|consists\s+of|shall\s+consist\s+of)\s+(?=(?:all|any|every|each|those)\s)`,
  ].join('|'),
  'gi',
);
/** "certifies the following classes:" — the definitions follow the colon, each with its name. */
const CERTIFIES_LIST =
  /\bcertif(?:y|ies|ied|ying)\s+(?:the\s+following\s+|two\s+|three\s+)?(?:sub-?)?classes\s*:\s*/i;

/** A sentence where the court does not define the class itself: a party's proposal, a refusal. */
const NOT_THE_COURT =
  /\b(?:move[sd]?|moving|propos(?:e|es|ed|ing)|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|urg(?:e|es|ed)|putative|would|if\s+certified|declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|not\s+certif)/i;
const DENIED = /\bden(?:y|ies|ied|ying)\b/i;
const GRANTED = /\bgrant(?:s|ed|ing)?\b|\bcertif(?:y|ies|ied|ying)\b/i;

/** Where a definition ends: the sentence's end, or the next class named in the same sentence. */
function cut(rest: string): string {
  const next = new RegExp(
    String.raw`(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?:\([a-z0-9]\)\s*)?(?:a|an|the)\s+(?:[A-Za-z][\w-]*\s){0,4}?(?:sub-?class|class)${ALIAS}\s+(?:consisting|comprising|comprised|composed|defined)`,
    'i',
  ).exec(rest);
  const end = next ? rest.slice(0, next.index) : rest;
  return end
    .replace(/["“”]/g, '')
    .replace(/^\s*\([a-z0-9]\)\s*/i, '')
    .replace(/[.;,:]+\s*$/, '')
    .replace(/,?\s+(?:is|are|shall\s+be|will\s+be)\s+(?:hereby\s+)?certified$/i, '')
    .trim();
}

function label(name: string, kind: string): string {
  const n = name.trim().replace(/\s+/g, ' ');
  const k = kind.toLowerCase().replace('-', '');
  if (!n || /^(?:such|same|said|entire|whole)$/i.test(n)) return k;
  // "Primary Class", "Detained Final Order Subclass": a named class keeps its name.
  const cap = /^[A-Z]/.test(n);
  return cap
    ? `${n} ${kind.charAt(0).toUpperCase()}${kind.slice(1).toLowerCase().replace('-', '')}`
    : `${n} ${k}`;
}

const NATIONWIDE =
  /\b(?:nation-?wide|throughout the united states|in the united states|in the u\.s\.|across the country)\b/i;

/**
 * Words that add people to the class in force rather than define it anew: "the class is (hereby)
 * expanded / amended / modified / broadened to (also) include …", "the class definition is amended
 * to add …", "the Court adds the following subclass: …", "the following subclass is added: …".
 */
const ADDS = new RegExp(
  [
    String.raw`\b(?:the\s+)?(?:class(?:\s+definition)?|definition\s+of\s+the\s+class)\s+(?:is|shall\s+be|will\s+be)\s+(?:hereby\s+)?(?:expanded|amended|modified|broadened|enlarged|extended)\s+(?:to\s+(?:also\s+)?(?:include|add|cover|encompass)|so\s+as\s+to\s+(?:also\s+)?include)\s*:?\s*`,
    String.raw`\badd(?:s|ed|ing)?\s+(?:to\s+the\s+class\s+)?(?:the\s+following\s+|a\s+|an\s+)?(?:new\s+|additional\s+)?((?:[A-Z][\w-]*\s){0,4}?)(sub-?class(?:es)?|class(?:es)?)${ALIAS}\s*(?:to\s+the\s+class\s*)?(?:consisting\s+of|comprising|defined\s+as|of|:)\s*`,
    String.raw`\b(?:the\s+following\s+|an?\s+)?(?:new\s+|additional\s+)?((?:[A-Z][\w-]*\s){0,4}?)(sub-?class(?:es)?)${ALIAS}\s+(?:is|are)\s+(?:hereby\s+)?added\s*(?:to\s+the\s+class\s*)?:\s*`,
  ].join('|'),
  'i',
);

/** The definition one sentence states, or `null`. */
function definedIn(s: string): ClassDefinition | null {
  if (DENIED.test(s) && !GRANTED.test(s)) return null;
  // A party's proposal or the court's refusal is said before the definition; the definition's own
  // words may say anything ("… whom respondents seek to remove").
  const byTheCourt = (end: number) => !NOT_THE_COURT.test(s.slice(0, end));
  const added = ADDS.exec(s);
  if (added && byTheCourt(added.index + added[0].length)) {
    const def = cut(s.slice(added.index + added[0].length));
    const name = added[1] ?? added[3] ?? '';
    const kind = (added[2] ?? added[4] ?? 'class').replace(/es$/i, '');
    const sub = /sub-?class/i.test(kind);
    const text = sub ? `${capitalizeFirst(label(name, kind))}: ${def}` : def;
    if (def.length >= 12)
      return {
        text: clip(text),
        scope: NATIONWIDE.test(def) ? 'nationwide' : null,
        words: s,
        adds: true,
      };
  }
  const found: { name: string; text: string }[] = [];
  for (const m of s.matchAll(DEFINES)) {
    if (!byTheCourt(m.index + m[0].length)) continue;
    const def = cut(s.slice(m.index + m[0].length));
    const name = m[2] ?? m[4] ?? m[6] ?? m[8] ?? '';
    const kind = m[1] ?? m[3] ?? m[5] ?? m[7] ?? m[9] ?? 'class';
    if (def.length >= 12) found.push({ name: label(name, kind), text: def });
  }
  const list = CERTIFIES_LIST.exec(s);
  if (found.length === 0 && list && byTheCourt(list.index + list[0].length)) {
    const def = cut(s.slice(list.index + list[0].length));
    if (def.length >= 12) found.push({ name: 'class', text: def });
  }
  if (found.length === 0) return null;
  // Only subclasses, no class: they are added to the class in force (each said with its name).
  const adds = found.every((f) => /subclass$/i.test(f.name));
  const joined =
    found.length === 1 && !adds
      ? found[0]!.text
      : found.map((f) => `${capitalizeFirst(f.name)}: ${f.text}`).join('; ');
  return { text: clip(joined), scope: NATIONWIDE.test(joined) ? 'nationwide' : null, words: s, adds };
}

function capitalizeFirst(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

function clip(text: string): string {
  return text.length > MAX_DEFINITION ? `${text.slice(0, MAX_DEFINITION - 1)}…` : text;
}

/**
 * The class an order's words define, or `null` when they define none. The ruling's docket text is
 * read first (its first defining sentence); when it defines none, the order's own text — the
 * document text kept for it, then the document itself — whose **last** defining sentence is taken:
 * an opinion recites earlier definitions in its background and states its own in its conclusion.
 */
export function classDefinition(
  docketText: string | null | undefined,
  ...documentTexts: (string | null | undefined)[]
): ClassDefinition | null {
  for (const s of docketText ? sentences(docketText) : []) {
    const d = definedIn(s);
    if (d) return d;
  }
  for (const text of documentTexts) {
    if (!text) continue;
    let last: ClassDefinition | null = null;
    for (const s of sentences(text)) last = definedIn(s) ?? last;
    if (last) return last;
  }
  return null;
}
