/**
 * What an order does to the people a case is about, beyond stays and injunctions: the class (or a
 * subclass) decertified or its certification vacated, relief kept for the named parties only
 * ("DISSOLVED as to all persons other than Petitioner X", "remains in effect as to Plaintiff X
 * only", "VACATED except as to the named plaintiffs"), a party found in contempt or the contempt
 * purged. Rules of legal language, read sentence by sentence; never a motion's request, a refusal or
 * an order to show cause why something should not be done.
 */
import { classDefinition } from './classes.ts';

/** Sentences, not split inside "U.S.", "No.", "v.", initials. */
function sentences(text: string): string[] {
  const guarded = text
    .replace(/\s+/g, ' ')
    .replace(
      /\b(U\.S\.C|U\.S|No|Nos|Inc|Co|Corp|Dkt|Doc|v|vs|Mr|Ms|Mrs|Dr|Jr|Sr|St|et al|e\.g|i\.e)\./gi,
      (m) => m.replace(/\./g, '\uE000'),
    )
    .replace(/\b([A-Z])\.(?=\s?[A-Z]\.?\s)/g, '$1\uE000');
  return guarded
    .split(/(?<=[.!?;])\s+(?=[A-Z(“"[])/)
    .map((s) => s.replaceAll('\uE000', '.').trim())
    .filter((s) => s.length > 0);
}

/** A refusal or a question, not the court's act: "DENIES the motion to decertify", "why they should not be held in contempt". */
const NOT_DONE =
  /\b(?:den(?:y|ies|ied|ying)|declin(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|not|no\s+longer\s+seeks?|whether|why|should|would|may\s+not|seek(?:s|ing)?|moves?|moved|moving|request(?:s|ed|ing)?|propos(?:e|es|ed|ing))\b/i;

/** A subclass as orders name it: "Subclass B", "the Detained Subclass", "the Transferred Sub-Class". */
const SUBCLASS = String.raw`(?:sub-?class\s+(?:[A-Z0-9]{1,3}|[IVX]{1,4})\b|(?:[A-Z][\w-]*\s+){1,4}sub-?class\b)`;

/**
 * The class an order decertifies: `subclass` `null` for the whole class, else the subclass as the
 * order names it ("Subclass B"). Read from the court's own act: "The class certified in [14] is
 * DECERTIFIED", "Subclass B is decertified", "the Court decertifies the class", "the order
 * certifying the class is VACATED", "class certification is vacated", "ORDER granting [22] Motion
 * to Decertify Class". Never a motion asking for it, a refusal, or a decision in part.
 */
export function decertification(text: string): { subclass: string | null; words: string } | null {
  for (const s of sentences(text)) {
    const found = decertifiedIn(s);
    if (found) return { ...found, words: s };
  }
  return null;
}

const DECERTIFIED = new RegExp(
  [
    // "The class certified in [14] is DECERTIFIED", "Subclass B is decertified", "the Detained Subclass is hereby decertified"
    String.raw`\b(?:the\s+)?(${SUBCLASS}|(?:(?:certified|entire|whole|nationwide|provisionally\s+certified)\s+)?class)\b[^.;]{0,60}?\b(?:is|are|shall\s+be|has\s+been|was|be)\s+(?:hereby\s+|now\s+|therefore\s+)?de-?certified\b`,
    // "The Court DECERTIFIES the class", "decertifying Subclass B"
    String.raw`(?:\b(?:court|hereby|and|shall)\s+de-?certify|\bde-?certif(?:ies|ying))\s+(?:the\s+)?(${SUBCLASS}|(?:(?:certified|entire|whole|nationwide)\s+)?class)\b`,
    // "the order certifying the class [14] is VACATED", "class certification is vacated", "the Court vacates its class certification order"
    String.raw`\b(?:(?:the\s+)?(?:order|opinion)\s+(?:certifying|granting)\s+(?:the\s+)?(${SUBCLASS}|class)(?:\s+certification)?|(?:the\s+)?(${SUBCLASS}|class)\s+certification(?:\s+order)?|(?:the\s+)?certification\s+of\s+the\s+(${SUBCLASS}|class))\b[^;]{0,40}?\b(?:is|are|shall\s+be|has\s+been)\s+(?:hereby\s+)?(?:vacated|withdrawn|rescinded|revoked)\b`,
    String.raw`\bvacat(?:es|ed|ing)\s+(?:the\s+|its\s+)?(?:order\s+(?:certifying|granting)\s+(?:the\s+)?(${SUBCLASS}|class)(?:\s+certification)?|(${SUBCLASS}|class)\s+certification(?:\s+order)?|certification\s+of\s+the\s+(${SUBCLASS}|class))\b`,
    // "ORDER granting [22] Motion to Decertify Class", "motion to decertify Subclass B is granted"
    String.raw`\bgrant(?:s|ed|ing)\s+(?:\S+\s+){0,3}?(?:\[?\d+\]?\s+)?motion\s+(?:for\s+an?\s+order\s+)?to\s+de-?certify\s+(?:the\s+)?(${SUBCLASS}|class)\b`,
    String.raw`\bmotion\s+to\s+de-?certify\s+(?:the\s+)?(${SUBCLASS}|class)\b[^.;]{0,30}?\b(?:is|are)\s+(?:hereby\s+)?granted\b`,
  ].join('|'),
  'i',
);

function decertifiedIn(s: string): { subclass: string | null } | null {
  const m = DECERTIFIED.exec(s);
  if (!m) return null;
  // What comes before the act: "Defendants move to decertify …", "The Court declines to decertify …", "denies".
  if (NOT_DONE.test(s.slice(0, m.index + m[0].length).replace(/\bmotion\s+to\s+de-?certify\b.*$/i, '')))
    return null;
  if (/\bin\s+part\b/i.test(s) && !/\bsub-?class\b/i.test(m[0])) return null;
  const named = m.slice(1).find((g) => g !== undefined) ?? 'class';
  return { subclass: /sub-?class/i.test(named) ? tidyName(named) : null };
}

/** "subclass b" → "Subclass B", "the Detained Subclass" → "Detained Subclass". */
function tidyName(name: string): string {
  const n = name
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return n.replace(/\bsub-?class\b/i, 'Subclass');
}

/** The class (or a subclass) certified: which, whether provisionally, and the definition the order gives. */
export interface Certification {
  /** The subclass as the order names it ("Detained Subclass"); `null`: the class. */
  subclass: string | null;
  /** "provisionally certified", "conditionally certified", certified for the purposes of interim relief. */
  provisional: boolean;
  /** The definition in the order's words (`classes.ts`), when it gives one. */
  definition: string | null;
  words: string;
}

const CERTIFIED = new RegExp(
  [
    // "Motion to Certify Class is GRANTED / ALLOWED", "motion for class certification [16] is granted"
    String.raw`\bmotion\s+(?:to\s+certify\s+(?:a\s+|the\s+)?(?:${SUBCLASS}|class)|for\s+(?:provisional\s+|conditional\s+)?class\s+certification|for\s+certification\s+of\s+(?:a\s+|the\s+)?class)\b[^.;]{0,60}?\b(?:is|are)\s+(?:hereby\s+)?(?:GRANTED|granted|ALLOWED|allowed)\b(?!\s+in\s+part)`,
    // "ORDER granting [20] Plaintiffs' Motion to Certify Class", "ALLOWING 16 Motion for Class Certification"
    String.raw`\b(?:grant(?:s|ed|ing)|allow(?:s|ed|ing))\s+(?:\S+\s+){0,4}?(?:\[?\d+\]?\s+)?(?:\S+\s+){0,2}?motion\s+(?:to\s+certify\s+(?:a\s+|the\s+)?(?:${SUBCLASS}|class)|for\s+(?:provisional\s+|conditional\s+)?class\s+certification|for\s+certification\s+of\s+(?:a\s+|the\s+)?class)\b`,
    // "the Court certifies the following class", "the Court (hereby) provisionally certifies a class of"
    String.raw`\b(?:court|hereby|and|shall)\s+(?:hereby\s+)?(?:provisionally\s+|conditionally\s+)?certif(?:y|ies)\s+(?:the\s+following\s+|a\s+|an\s+|the\s+|two\s+)?(?:(?:[A-Z][\w-]*\s+){0,4})?(?:sub-?)?class(?:es)?\b`,
    // "The following class is certified", "the class is provisionally certified", "Subclass A is certified"
    String.raw`\b(?:the\s+following\s+|a\s+|the\s+)?(${SUBCLASS}|(?:(?:nationwide|proposed|following)\s+)?class(?:es)?)\b[^.;]{0,40}?\b(?:is|are)\s+(?:hereby\s+)?(?:provisionally\s+|conditionally\s+)?certified\b`,
  ].join('|'),
  'i',
);

/**
 * The class an order certifies, or `null`: "Motion to Certify Class is ALLOWED", "ORDER granting
 * [20] Motion to Certify Class", "The Court certifies the following class: …", "the class is
 * provisionally certified". Never a motion asking for it, a refusal, a decertification, or a ruling
 * "in part" whose certified class the words do not give.
 */
export function certification(text: string): Certification | null {
  if (decertification(text)) return null;
  for (const s of sentences(text)) {
    const m = CERTIFIED.exec(s);
    if (!m || /\bde-?certif/i.test(m[0])) continue;
    const before = s.slice(0, m.index + m[0].length).replace(/\bmotion\s+(?:to|for)\b.*$/i, '');
    // A denial of the certification itself ("granting in part and denying in part [14] Motion to
    // Certify Class", "… is GRANTED … and DENIED as to the subclass"), not of another motion the same
    // sentence rules on ("granting [13] Motion to Certify Class; granting in part and denying in part
    // [14] Motion for Preliminary Injunction").
    const after = s
      .slice(m.index + m[0].length)
      .split(
        /;|\[\d+\]|\b(?:ECF|Dkt|Doc)\b|\bmotion\b|\b(?:and\s+)?(?:granting|denying|grants|denies)\b/i,
      )[0]!;
    if (NOT_DONE.test(before) || /\bden(?:y|ies|ied|ying)\b/i.test(m[0] + after)) continue;
    const named = m.slice(1).find((g) => g !== undefined);
    const provisional = /\b(?:provisional(?:ly)?|conditional(?:ly)?)\b/i.test(text);
    return {
      subclass: named && /sub-?class/i.test(named) ? tidyName(named) : null,
      provisional,
      definition: classDefinition(text)?.text ?? null,
      words: s,
    };
  }
  return null;
}

/** A party's role before its name ("Petitioner Abdi Hassan"). */
const ROLE =
  /^(?:the\s+)?(?:named\s+)?(?:Petitioners?|Plaintiffs?|Respondents?|Defendants?|Movants?|Intervenors?|Class\s+Representatives?)\s+/i;
/** A name: capitalized words, joined by "and" or commas ("Ana Ruiz and Tomas Ruiz", "J.M.", "Doe 1"); case-sensitive. */
const NAME =
  /^(?:[A-Z][\w.'’-]*|[0-9]+)(?:,?\s+(?:and\s+)?(?:[A-Z][\w.'’-]*|[0-9]+|de|la|del|van|von|bin|al|y)(?=[\s,.;:)]|$))*/;
/** "the named plaintiff(s)", "the named petitioners", "the class representatives". */
const NAMED_ONES =
  /^(?:the\s+named\s+(?:plaintiffs?|petitioners?|parties)|the\s+class\s+representatives?|the\s+individual\s+(?:plaintiffs?|petitioners?))\b/i;

/** The party named at the start of `rest`: "Petitioner Abdi Hassan; …" → "Abdi Hassan". */
function whoAt(rest: string): { who: string; length: number } | null {
  const named = NAMED_ONES.exec(rest);
  if (named) return { who: named[0].toLowerCase(), length: named[0].length };
  const role = ROLE.exec(rest)?.[0] ?? '';
  const name = NAME.exec(rest.slice(role.length));
  if (!name) return null;
  return { who: name[0], length: role.length + name[0].length };
}

/** Everyone else: "all persons other than", "all class members except", "everyone but". */
const OTHERS = String.raw`(?:all\s+(?:other\s+)?(?:persons|people|individuals|class\s+members|members\s+of\s+the\s+class|parties|plaintiffs|petitioners|detainees|noncitizens|others)|everyone|anyone|any\s+(?:other\s+)?(?:person|class\s+member|individual))\s+(?:other\s+than|except(?:\s+for)?|but|besides|save)\s+`;
const END_WORDS = String.raw`(?:dissolv|vacat|lift|terminat|set\s+aside|rescind|withdr)\w*`;
const KEEP_WORDS = String.raw`(?:remain(?:s|ing)?|continu(?:e|es|ing)|shall\s+remain|stays?|is\s+kept|appl(?:y|ies)|shall\s+apply)(?:\s+in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?)?`;

/** Words that lead to the parties relief is kept for (`only`: the name must be followed by "only"). */
const LIMITED: { re: RegExp; only?: true }[] = [
  // "DISSOLVED as to all persons other than Petitioner Abdi Hassan"
  {
    re: new RegExp(
      String.raw`\b${END_WORDS}\b[^.;]{0,60}?\b(?:as\s+to|for|with\s+respect\s+to)\s+${OTHERS}`,
      'i',
    ),
  },
  // "VACATED except as to the named plaintiffs", "lifted except for Petitioner X"
  {
    re: new RegExp(
      String.raw`\b${END_WORDS}\b[^.;]{0,60}?\bexcept\s+(?:as\s+to|for|with\s+respect\s+to)\s+`,
      'i',
    ),
  },
  // "remains in effect only as to Petitioner X", "shall remain in force solely for Plaintiff X"
  {
    re: new RegExp(
      String.raw`\b${KEEP_WORDS}\s+(?:only|solely|exclusively)\s+(?:as\s+to|for|with\s+respect\s+to|to)\s+`,
      'i',
    ),
  },
  // "remains in effect as to Plaintiff Rosa Delgado only"
  { re: new RegExp(String.raw`\b${KEEP_WORDS}\s+(?:as\s+to|for|with\s+respect\s+to)\s+`, 'i'), only: true },
  // "is limited to the named plaintiffs", "is modified to apply only to Petitioner X"
  {
    re: /\b(?:is|are|shall\s+be|hereby)\s+(?:hereby\s+)?(?:limited|restricted|confined|narrowed)\s+(?:in\s+scope\s+)?to\s+|\bmodified\s+(?:so\s+that\s+it\s+applies|to\s+apply)\s+only\s+to\s+/i,
  },
];

/**
 * The parties relief is kept for when an order ends it for everyone else, as the order names them
 * ("Abdi Hassan", "the named plaintiffs"); `null` when the order does not limit it so. The words
 * are those of an order about an injunction or a stay (the caller's finding).
 */
export function limitedToNamed(text: string): string[] | null {
  for (const s of sentences(text)) {
    // A refusal: "DENIES the motion to limit the injunction to the named plaintiffs".
    if (/\b(?:den(?:y|ies|ied)|declin\w+)\b/i.test(s) && !/\bgrant(?:s|ed|ing)\b/i.test(s)) continue;
    for (const { re, only } of LIMITED) {
      const m = re.exec(s);
      if (!m) continue;
      const rest = s.slice(m.index + m[0].length);
      const who = whoAt(rest);
      if (!who) continue;
      if (only && !/^\s+only\b/i.test(rest.slice(who.length))) continue;
      const parties = partiesOf(who.who);
      if (parties.length > 0) return parties;
    }
  }
  return null;
}

/** "Ana Ruiz and Tomas Ruiz" → two names; "the named plaintiffs" kept as it is. */
function partiesOf(words: string): string[] {
  const w = words.replace(/\s+/g, ' ').trim();
  if (/^the\s/i.test(w)) return [w];
  return w
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => p.trim())
    .filter(
      (p) => p.length >= 2 && !/^(?:It|The|This|That|Its|Only|Who|Whom|Petitioners?|Plaintiffs?)$/.test(p),
    );
}

/** A contempt finding or its purge: who, and of what order when the words say. */
export interface Contempt {
  act: 'found' | 'purged';
  /** The party as the order names it ("Defendants", "Respondent Warden Lee"). */
  party: string | null;
  /** `civil` or `criminal` when said. */
  nature: 'civil' | 'criminal' | null;
  words: string;
}

const PARTY = String.raw`((?:the\s+)?(?:[A-Z][\w.'’-]*)(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5})`;
const CONTEMPT_FOUND = [
  // "the Court finds Defendants in civil contempt", "holds Respondent Lee in contempt", "adjudges X in contempt"
  new RegExp(
    String.raw`\b(?:finds?|found|holds?|held|adjudges?|adjudged|declares?)\s+${PARTY}\s+(?:to\s+be\s+)?in\s+(civil\s+|criminal\s+)?contempt\b`,
  ),
  // "Defendants are held in civil contempt", "Respondent is adjudged in contempt"
  new RegExp(
    String.raw`${PARTY}\s+(?:is|are)\s+(?:hereby\s+)?(?:held|found|adjudged|adjudicated)\s+(?:to\s+be\s+)?in\s+(civil\s+|criminal\s+)?contempt\b`,
  ),
  // "motion for contempt [40] is GRANTED", "granting motion to hold Defendants in contempt"
  new RegExp(
    String.raw`\bgrant(?:s|ed|ing)\s+(?:\S+\s+){0,3}?(?:\[?\d+\]?\s+)?motion\s+(?:for\s+(?:an?\s+)?(?:order\s+of\s+|finding\s+of\s+)?(civil\s+|criminal\s+)?contempt|to\s+hold\s+${PARTY}\s+in\s+(civil\s+|criminal\s+)?contempt)\b`,
    'i',
  ),
];
const CONTEMPT_PURGED =
  /\b(?:purged\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(civil\s+|criminal\s+)?contempt|contempt\b[^.;]{0,60}?\b(?:is|are|has\s+been|have\s+been)\s+(?:hereby\s+)?(?:purged|vacated|lifted|discharged))\b/i;

/** A contempt found or purged by the court in these words, or `null`. */
export function contemptAct(text: string): Contempt | null {
  for (const s of sentences(text)) {
    const purged = CONTEMPT_PURGED.exec(s);
    // "may purge the contempt by …" is a term of the finding, not a purge.
    if (purged && !/\b(?:may|can|shall|must|to)\s+purge\b/i.test(s.slice(0, purged.index + 1))) {
      if (!NOT_DONE.test(s.slice(0, purged.index)))
        return {
          act: 'purged',
          party: partyBefore(s, purged.index),
          nature: natureOf(purged[1] ?? s),
          words: s,
        };
    }
    for (const re of CONTEMPT_FOUND) {
      const m = re.exec(s);
      if (!m) continue;
      if (NOT_DONE.test(s.slice(0, m.index + m[0].length))) continue;
      const party = m.slice(1).find((g) => g !== undefined && !/^(?:civil|criminal)\s*$/i.test(g));
      const cleaned = party ? cleanParty(party) : null;
      return { act: 'found', party: cleaned, nature: natureOf(m[0]), words: s };
    }
  }
  return null;
}

function natureOf(words: string): 'civil' | 'criminal' | null {
  return /\bcivil\b/i.test(words) ? 'civil' : /\bcriminal\b/i.test(words) ? 'criminal' : null;
}

/** "Defendants have purged …" → "Defendants": the subject of a purge, when it is a party. */
function partyBefore(s: string, at: number): string | null {
  const m =
    /\b((?:the\s+)?(?:Defendants?|Respondents?|Plaintiffs?|Petitioners?)(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:have|has|had)\s*$/.exec(
      s.slice(0, at).trim(),
    );
  return m ? cleanParty(m[1]!) : null;
}

function cleanParty(p: string): string | null {
  const s = p.replace(/^the\s+/i, '').trim();
  if (!s || /^(?:Court|It|This|That|Order|Motion)$/i.test(s)) return null;
  return s;
}

/**
 * An order the court takes back as a whole: "The Court's Minute Order [55] was entered in error and
 * is STRICKEN", "The Court's [32] Scheduling Order was docketed in this case in error and is hereby STRICKEN
 * from the docket", "Order (Dkt. No. 55) is hereby WITHDRAWN", "the Scheduling Order 40 is VACATED as
 * entered in error", "The Clerk is directed to strike the Order at ECF No. 55". Stricken, withdrawn
 * or rescinded is enough; vacated only with "in error" (an order vacated on its merits is a ruling
 * about what it decided, read elsewhere). What it set (deadlines, hearings) goes with it.
 */
export interface OrderWithdrawn {
  entry: number;
  how: 'stricken' | 'withdrawn' | 'vacated';
  /** Only the part the order names is taken back ("WITHDRAWN to the extent it set a status conference" → "a status conference"). */
  part?: string;
}

/**
 * An entry as orders cite it by the court's own numbering, in any case: "ECF No. 46", "Dkt. No. 56",
 * "(DOC. NO. 33)", "Docket Entry 12", "ECF 46".
 */
const ENTRY_CITE = String.raw`\(?\b(?:ECF|Dkt\.?|Doc\.?|Docket(?:\s+Entry)?)\s*(?:No\.?|Entry|#)?\s*(\d{1,5})\b\)?`;
/** Said to have been entered by mistake: "docketed in this case in error", "entered on the wrong docket", "filed in the wrong case". */
const IN_ERROR =
  /\b(?:(?:entered|docketed|filed|issued|posted)\b[^.;]{0,40}?\b(?:in\s+error|on\s+the\s+wrong\s+(?:docket|case)|in\s+the\s+wrong\s+(?:case|docket|matter)|erroneously)|in\s+error|erroneously\s+(?:entered|docketed|filed))\b/i;
/** The court's act taking an entry back, in any tense and case. */
const TAKE_BACK =
  /\b(?:strik(?:e|es|ing)|stricken|struck|withdr[ae]w(?:s|n|ing)?|rescind(?:s|ed|ing)?|vacat(?:e|es|ed|ing)|terminat(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|delet(?:e|es|ed|ing))\b/i;
/** "to the extent it set a status conference", "insofar as it scheduled the hearing", "only as to the conference". */
const ONLY_PART =
  /\b(?:to\s+the\s+extent|insofar\s+as|in\s+so\s+far\s+as|only\s+(?:to\s+the\s+extent|insofar\s+as))\s+(?:that\s+)?(?:it|the\s+order)\s+(?:set|sets|scheduled|schedules|setting|scheduling)\s+((?:an?|the)\s+[^;,.]{2,60}?)(?=[;,.]|$)/i;

/**
 * An entry cited by its docket number ("ECF No. 46", "(DOC. NO. 33)", "Dkt. No. 56") that the court
 * takes back in the sentence `s`: stricken, withdrawn or rescinded outright, or vacated / terminated
 * only when the words say it was entered in error or on the wrong docket (a vacatur on the merits is a
 * ruling, read elsewhere). "The Clerk is DIRECTED to strike ECF No. 46, which was docketed in this
 * case in error"; "THE ORDER DATED 4/12/2027 (DOC. NO. 33) IS VACATED AS ENTERED IN ERROR"; "The
 * court's order at Dkt. No. 41 was entered on the wrong docket; the clerk must terminate it"; "(Dkt.
 * No. 56) is WITHDRAWN to the extent it set a status conference" (only that part). Never a motion
 * asking for it, a refusal, or an order about a party's paper that names no error and no order.
 */
function citedEntryTakenBack(
  s: string,
  next: string,
): { entry: string; how: OrderWithdrawn['how']; part?: string } | null {
  const cite = new RegExp(ENTRY_CITE, 'gi');
  // The act in this sentence, or in the next clause taking "it" back ("…; the clerk must terminate it").
  const here = TAKE_BACK.exec(s);
  const there = here
    ? null
    : new RegExp(String.raw`${TAKE_BACK.source}\s+(?:it|the\s+order|that\s+order|the\s+entry)\b`, 'i').exec(
        next,
      );
  const verb = here ?? there;
  if (!verb) return null;
  const lead = here ? s.slice(0, here.index) : next.slice(0, there!.index);
  if (/\bmotion\b[^.;]{0,40}$/i.test(lead)) return null;
  if (NOT_DONE.test(lead.replace(/\bwhich\b.*$/i, ''))) return null;
  const act = verb[0].toLowerCase();
  for (const m of s.matchAll(cite)) {
    const before = s.slice(0, m.index);
    const after = s.slice(m.index + m[0].length);
    if (/\bmotion\s+to\s*$/i.test(before)) continue;
    // The cited entry is an order ("the order dated …", "Order (ECF No. 40)"), or was entered in error.
    const isOrder =
      /\border\b[^.;()]{0,50}$/i.test(before) ||
      /^\s*,?\s*(?:\(the\s+)?["“]?[\w\s-]{0,30}order\b/i.test(after);
    const inError = IN_ERROR.test(s);
    const how: OrderWithdrawn['how'] = /^vacat/.test(act)
      ? 'vacated'
      : /^(?:withdr|rescind)/.test(act)
        ? 'withdrawn'
        : 'stricken';
    // Vacated, terminated or removed takes an order back only when it was entered by mistake.
    if (/^(?:vacat|terminat|remov|delet)/.test(act) && !inError) continue;
    if (!inError && !isOrder) continue;
    // The order's numbering in the same text is not taken back with it: "In accordance with the mandate (Dkt. No. 55), the court VACATES paragraph 3 …".
    if (/\bparagraph|¶|\bsection\b/i.test(s) && !inError) continue;
    const part = ONLY_PART.exec(after)?.[1];
    return { entry: m[1]!, how, ...(part ? { part } : {}) };
  }
  return null;
}

// "Order [55]", "Order (ECF No. 55)", "Order 55"; or the number first, as dockets cite it: "The Court's [32]
// Scheduling Order" (a docket report shows the bracketed number as a bare link: "The Court's 32 Scheduling Order").
const ORDER_REF = String.raw`(?:(?:\[(\d{1,5})\]|(?<=\b(?:[Tt]he|Court['’]s|[Ii]ts)\s+)(\d{1,5}))\s+(?:[A-Z][\w-]*\s+){0,3}Order\b|\b(?:(?:Minute|Text|Scheduling|Docket\s+Text|Electronic|Case\s+Management|Paperless)\s+)?Order\s*(?:\[(\d{1,5})\]|\(?(?:at\s+)?(?:ECF|Dkt\.?|Doc\.?|Docket)\s*(?:No\.?\s*)?(\d{1,5})\)?|(?:No\.\s*)?(\d{1,5})\b(?![/.:,-]\d)(?!\s+of\b)))`;
const ORDER_TAKEN_BACK = new RegExp(
  String.raw`${ORDER_REF}[^.;]{0,60}?\b(?:is|are|was|has\s+been|shall\s+be)\s+(?:hereby\s+)?(?<how>STRICKEN|stricken|Stricken|struck|WITHDRAWN|withdrawn|Withdrawn|RESCINDED|rescinded|Rescinded|VACATED|vacated|Vacated)\b(?<rest>[^.;]{0,60})`,
  'g',
);
const STRIKE_THE_ORDER = new RegExp(
  String.raw`\b(?:strikes?|STRIKES?|withdraws?|WITHDRAWS?|rescinds?|RESCINDS?)\s+(?:its\s+|the\s+)?(?:Court['’]s\s+)?${ORDER_REF}`,
  'g',
);

export function ordersWithdrawn(text: string): OrderWithdrawn[] {
  const out: OrderWithdrawn[] = [];
  const add = (n: string | undefined, how: OrderWithdrawn['how'], part?: string) => {
    if (n && !out.some((o) => o.entry === Number(n)))
      out.push({ entry: Number(n), how, ...(part ? { part } : {}) });
  };
  const all = sentences(text);
  all.forEach((s, i) => {
    const found = citedEntryTakenBack(s, all[i + 1] ?? '');
    if (found) add(found.entry, found.how, found.part);
  });
  for (const m of text.matchAll(ORDER_TAKEN_BACK)) {
    const how = m.groups!.how!.toLowerCase();
    const n = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    if (how === 'vacated' && !/\bin\s+error\b/i.test(m[0])) continue;
    add(
      n,
      how === 'vacated'
        ? 'vacated'
        : how.startsWith('with') || how.startsWith('resc')
          ? 'withdrawn'
          : 'stricken',
    );
  }
  for (const m of text.matchAll(STRIKE_THE_ORDER))
    add(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5], /^with|^resc/i.test(m[0]) ? 'withdrawn' : 'stricken');
  return out;
}

/** A federal district court as orders and the clerk name it: "the District of Colorado", "the Southern District of New York". */
const DISTRICT = String.raw`(?:the\s+)?(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+(?!Case\b|Division\b)[A-Z][\w.]*)?`;
const COURT_NAMED = String.raw`(?:(?:the\s+)?United\s+States\s+District\s+Court\s+for\s+)?(${DISTRICT})`;
/** The judge's order sending the case away: "This action is TRANSFERRED to the United States District Court for the District of Colorado", "ORDER transferring case to the District of Colorado". */
const TRANSFERRED_OUT = new RegExp(
  [
    String.raw`\b(?:case|action|matter|proceeding)\s+(?:is|shall\s+be|be)\s+(?:hereby\s+)?transferred\s+(?:forthwith\s+)?to\s+${COURT_NAMED}`,
    String.raw`\btransferr(?:ing|es)\s+(?:this\s+|the\s+)?(?:case|action|matter)\s+to\s+${COURT_NAMED}`,
    String.raw`\b(?:the\s+)?Clerk\b[^.;]{0,40}?\btransfer\s+(?:this\s+|the\s+)?(?:case|action|matter)\s+to\s+${COURT_NAMED}`,
  ].join('|'),
  'i',
);
/** The clerk's record of it: "Case transferred out to the District of Colorado", "Interdistrict transfer to the District of Colorado". */
const CLERK_TRANSFERRED_OUT = new RegExp(
  String.raw`^\s*(?:Case\s+transferred\s+out\s+to|Interdistrict\s+transfer\s+to)\s+${COURT_NAMED}`,
  'i',
);
/** "Case transferred in from the Southern District of Texas", "Case transferred from the District of Delaware". */
const CLERK_TRANSFERRED_IN = new RegExp(
  String.raw`^\s*(?:Case|Action)\s+(?:has\s+been\s+)?transferred\s+(?:in\s+)?from\s+${COURT_NAMED}`,
  'i',
);
/** The case's number in the other court, as the clerk gives it: "Case number 1:25-cv-02345". */
const OTHER_NUMBER =
  /\b(?:(?:new\s+)?case\s+(?:number|no\.?)|docket\s+(?:number|no\.?)|(?:assigned|opened\s+as)\s+(?:case\s+)?(?:number|no\.?)?)\s*:?\s*(\d{1,2}:\d{2}-[a-z]{2,4}-\d{2,6}(?:-[A-Z]{1,4})*)/i;

export interface Transfer {
  /** `out`: sent to another court; `in`: received from one. */
  direction: 'out' | 'in';
  /** The other court, as the words name it ("the District of Colorado"). */
  court: string;
  /** The case's number in the other court, when given. */
  docketNumber: string | null;
  words: string;
}

/**
 * The case transferred to another district court (28 U.S.C. §§ 1404, 1406, 1631) or from one: the
 * judge's order ("This action is TRANSFERRED to the United States District Court for the District
 * of Colorado") — `court`: the entry is the court's act — or the clerk's record of the transfer
 * ("Case transferred out to the District of Colorado. Case number 1:25-cv-02345", "Case transferred
 * in from the Southern District of Texas"). Never a motion asking for it, a refusal, a transfer to
 * another judge (a reassignment names no district), or an MDL panel's conditional order.
 */
export function transferOf(text: string, court: boolean): Transfer | null {
  const plain = text.replace(/\s+/g, ' ');
  const number = OTHER_NUMBER.exec(plain)?.[1] ?? null;
  const clerkIn = CLERK_TRANSFERRED_IN.exec(plain);
  if (clerkIn)
    return { direction: 'in', court: courtName(clerkIn[1]!), docketNumber: number, words: clerkIn[0] };
  const clerkOut = CLERK_TRANSFERRED_OUT.exec(plain);
  if (clerkOut)
    return { direction: 'out', court: courtName(clerkOut[1]!), docketNumber: number, words: clerkOut[0] };
  if (!court) return null;
  for (const s of sentences(plain)) {
    const m = TRANSFERRED_OUT.exec(s);
    if (!m || NOT_DONE.test(s.slice(0, m.index + m[0].length).replace(/\bmotion\s+to\s+transfer\b/gi, '')))
      continue;
    return { direction: 'out', court: courtName((m[1] ?? m[2] ?? m[3])!), docketNumber: number, words: s };
  }
  return null;
}

/** "District of Colorado" → "the District of Colorado". */
function courtName(words: string): string {
  const name = words
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/\.+$/, '');
  return `the ${name}`;
}
