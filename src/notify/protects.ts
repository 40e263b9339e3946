/**
 * What an order protects people from, read from the order's own words: an order that enjoins,
 * stays or bars removal or deportation protects from `removal`; one that orders release, bond
 * hearings or limits detention protects from `detention`; one that bars transfer (out of a
 * district, a circuit, a facility) from `transfer`; one that bars holding people on an immigration
 * detainer from `detainer`; one that bars ending a status or benefit (parole, TPS, benefits, a
 * licence, funding) from `termination`. Anything else says nothing, and a message then claims
 * nothing (a case's `protects` setting describes the class action, not each of its orders).
 * General legal wording, not one case's.
 */
export type Protects = 'removal' | 'removal_conditions' | 'detention';

/** Where transfers are barred out of: a circuit (by its code in the court table), a district, a state, the facility. */
export type OutOf =
  | { kind: 'circuit'; court: string }
  | { kind: 'district'; name: string | null }
  | { kind: 'place'; name: string }
  | { kind: 'facility' };

/** One thing an order protects from; an order can protect from several. */
export type Protection =
  | { from: 'removal' | 'removal_conditions' | 'detention' | 'detainer' }
  | { from: 'transfer' | 'transfer_notice'; outOf?: OutOf }
  | { from: 'termination'; what: string };

/** The words courts use to forbid an act, active and passive ("ENJOINED from", "shall not", "is stayed", "ordered not to"). */
const FORBIDS = String.raw`(?:enjoin\w*|restrain\w*|prohibit\w*|forb[ia]d\w*|bar(?:s|red|ring)?|precluded|shall\s+not|may\s+not|must\s+not|will\s+not|cannot|(?:is|are)\s+not\s+to|(?:ordered|directed|required)\s+not\s+to|refrain\w*\s+from|stay(?:s|ed|ing)?|postpon\w*)`;

/**
 * An act barred by a verb before it, within one sentence, the act its object ("Respondents are
 * ENJOINED, pending final judgment, from removing, detaining or transferring", "shall not be
 * transferred", "ordered not to deport"): never an act merely named near the verb ("enjoined from
 * terminating the parole of people in removal proceedings" bars no removal).
 */
function barred(act: string): RegExp {
  return new RegExp(
    String.raw`(?:\b(?:shall|may|must|will|is|are|ordered|directed|required)\s+not(?:\s+to)?(?:\s+be)?|\bcannot(?:\s+be)?|\bno\s+(?:[\w-]+\s+){0,4}?(?:shall|may|will|is|are|can)(?:\s+be)?|\bnor(?:\s+be)?|\b${FORBIDS}\b[^.;]{0,160}?\bfrom)\s+(?:(?:[\w-]+,?\s+){0,4}?(?:or|and)\s+|(?:[\w-]+,\s+){1,4})?(?:${act})`,
    'i',
  );
}

/** Not an order's act but a request's name ("the motion to stay removal"). */
const ASKED = String.raw`(?<!\b(?:motion|request|application|petition|move[sd]?|asks?|seeks?)\s+(?:for\s+|to\s+)?(?:an?\s+)?(?:order\s+)?(?:to\s+)?)`;

/** An act named as a noun, then forbidden ("the transfer of class members … is stayed") or the object of the verb ("STAYS the removal of"). */
function barredNoun(noun: string): RegExp {
  return new RegExp(
    String.raw`\b(?:${noun})\b[^.;]{0,120}?\b(?:is|are|be|shall\s+be|remains?)\s+(?:hereby\s+)?(?:temporarily\s+|preliminarily\s+)?(?:stayed|enjoined|restrained|barred|prohibited|postponed|forbidden)\b|${ASKED}\b(?:stay(?:s|ed)?|enjoin(?:s|ed)?|restrain(?:s|ed)?|bar(?:s|red)?|prohibit(?:s|ed)?|postpone[sd]?)\s+(?:the\s+|any\s+|all\s+)?(?:${noun})\b`,
    'i',
  );
}

/**
 * A ban with conditions: it bars the act only without something first — notice, a chance to
 * claim fear, a hearing — or only to some places ("to a third country"). It does not stop every
 * removal (or transfer), so it is never told as "blocked".
 */
const CONDITIONS =
  /\b(?:without\s+(?:first\s+)?(?:\(\d\)\s*|\(?[a-z]\)\s*)?(?:providing|giving|affording|complying|following|written|adequate|advance|prior|reasonable|meaningful|timely|notice|an?\s+|the\s+opportunity|opportunity|a\s+hearing|hearing|an?\s+individuali[sz]ed|(?:at\s+least\s+)?(?:\w+(?:-\w+)?\s+)?(?:\(\d+\)\s+)?(?:hours?|days?)['’]?\s+(?:advance\s+|prior\s+|written\s+)?notice)|absent\s+(?:\w+\s+){0,3}notice|unless\s+(?:and\s+until\s+)?(?:they|he|she|it|respondents|defendants|the\s+(?:government|noncitizen|class\s+member|individual))|until\s+(?:after\s+)?(?:they|he|she|respondents|defendants)\s+(?:have|has|provide|give|afford)|(?:prior\s+to|before)\s+(?:providing|giving|affording)|except\s+(?:after|upon|in\s+accordance\s+with)|to\s+(?:a|any)\s+(?:third|other|different)\s+country|to\s+(?:a|any)\s+country\s+(?:not|other\s+than))\b/i;

const REMOVAL = String.raw`(?:(?:(?:the|any|all|further)\s+)?(?:removals?|deportations?)|remov(?:e|ed|ing)|deport(?:s|ed|ing)?|expel\w*|(?:enforc|execut|effectuat)\w*\s+(?:\w+\s+){0,4}?(?:removal|deportation))\b`;
const REMOVAL_BARRED = [barred(REMOVAL), barredNoun('(?:removal|deportation|expulsion)s?')];

/** Notice required before the act, said as a duty ("shall provide 72 hours' notice … before transferring"). */
function noticeBefore(act: string): RegExp {
  return new RegExp(
    String.raw`\b(?:shall|must|will|are\s+(?:ordered|directed|required)\s+to|is\s+(?:ordered|directed|required)\s+to)\s+(?:\w+\s+){0,3}(?:provide|give|serve|file)\b[^.;]{0,80}?\bnotice\b[^.;]{0,80}?\b(?:before|prior\s+to|in\s+advance\s+of)\s+(?:any\s+|the\s+)?(?:${act})`,
    'i',
  );
}

const TRANSFER = String.raw`(?:re-?)?transfer(?:s|red|ring)?\b|mov(?:e|ed|ing)\b`;
const TRANSFER_BARRED = [barred(TRANSFER), barredNoun('transfers?')];

const DETENTION_LIMITED = [
  /\b(?:shall|must|to)\s+(?:\w+\s+){0,2}be\s+released\b/i,
  /\breleas(?:e|ed|ing)\b[^.;]{0,80}?\b(?:supervision|bond|custody|detention)\b/i,
  /\bbond\s+hearings?\b/i,
  barred(String.raw`(?:re-?)?detain(?:s|ed|ing)?\b|(?:re-?)?arrest(?:s|ed|ing)?\b`),
];

/** Held on an immigration detainer (an ICE hold) past release: barred in the order's words. */
const DETAINER = /\bdetainers?\b|\bimmigration\s+holds?\b|\bICE\s+holds?\b/i;
const DETAINER_BARRED = [
  barred(
    String.raw`(?:hold\w*|held|detain\w*|keep\w*|kept|honou?r\w*|enforc\w*|comply\w*|continu\w*\s+to\s+(?:hold|detain))\b`,
  ),
  barredNoun('(?:detention|custody|holds?)'),
];

/** Ending a status or benefit: the verb, then what it ends. */
const ENDING = String.raw`(?:terminat\w*|revok\w*|revocation|rescind\w*|rescission|cancel\w*|suspend\w*|withdraw\w*|discontinu\w*|cut(?:ting)?\s+off|(?:to\s+)?end(?:ing)?|reduc\w*|strip\w*|tak\w+\s+away)`;
/** What a termination ends: a plain noun phrase ending on one of these heads (or a known abbreviation). */
const STATUS_HEAD = String.raw`(?:parole|status|TPS|DACA|deferred\s+action|benefits?|licen[cs]es?|permits?|funding|funds|grants?|awards?|contracts?|assistance|coverage|enrollment|designations?|authori[sz]ations?|visas?|registrations?|accreditations?|certifications?|SNAP|Medicaid|stipends?|programs?)`;
const STATUS_PHRASE = new RegExp(
  String.raw`^(?:(?:the|any|all|their|its|his|her|such)\s+)?(?:(?:\w[\w.'’-]*\s+){0,5}?(?:of\s+)?)??((?:[\w.'’-]+\s+){0,4}?${STATUS_HEAD}(?:\s+${STATUS_HEAD})*)\b`,
  'i',
);
const TERMINATION_VERB = new RegExp(
  String.raw`${barred(ENDING).source}\b\s+(?:the\s+(?:termination|revocation)\s+of\s+)?(?:of\s+)?([^.;,]{1,100})`,
  'i',
);
const TERMINATION_NOUN = new RegExp(
  String.raw`\b(?:terminations?|revocations?|rescissions?|cancell?ations?|suspensions?|withdrawals?)\s+of\s+([^.;,]{1,100}?)\s+(?:is|are|be|shall\s+be)\s+(?:hereby\s+)?(?:temporarily\s+|preliminarily\s+)?(?:stayed|enjoined|restrained|barred|prohibited|postponed|set\s+aside|vacated)\b|${ASKED}\b(?:stay(?:s|ed)?|enjoin(?:s|ed)?|restrain(?:s|ed)?|bar(?:s|red)?|prohibit(?:s|ed)?|postpone[sd]?)\s+(?:the\s+|any\s+|all\s+)?(?:terminations?|revocations?|rescissions?|cancell?ations?|suspensions?)\s+of\s+([^.;,]{1,100})`,
  'i',
);

/** Whose or which status: drop possessives ("class members’", "Plaintiffs'") and lead-ins, keep the plain noun phrase. */
function statusNamed(phrase: string): string | null {
  const plain = phrase
    .replace(
      /\b(?:class\s+members|members|plaintiffs|petitioners|individuals|recipients|grantees|people|persons|parolees|holders|beneficiaries|households)['’]s?\s+/gi,
      '',
    )
    .replace(
      /\s+(?:of|for|to|granted|issued|held|under|pursuant|by|as|that|which|who|without|unless|pending|until|from|in)\b.*$/i,
      '',
    )
    .trim();
  const m = STATUS_PHRASE.exec(plain);
  if (!m) return null;
  const what = m[1]!.replace(/^(?:the|any|all|their|its|his|her|such)\s+/i, '').trim();
  // A plain noun phrase: words, no docket number, not too long to say.
  return /\d/.test(what) || what.split(/\s+/).length > 5 ? null : what;
}

const CIRCUITS: Record<string, string> = {
  first: 'ca1',
  second: 'ca2',
  third: 'ca3',
  fourth: 'ca4',
  fifth: 'ca5',
  sixth: 'ca6',
  seventh: 'ca7',
  eighth: 'ca8',
  ninth: 'ca9',
  tenth: 'ca10',
  eleventh: 'ca11',
  '1st': 'ca1',
  '2d': 'ca2',
  '2nd': 'ca2',
  '3d': 'ca3',
  '3rd': 'ca3',
  '4th': 'ca4',
  '5th': 'ca5',
  '6th': 'ca6',
  '7th': 'ca7',
  '8th': 'ca8',
  '9th': 'ca9',
  '10th': 'ca10',
  '11th': 'ca11',
  'd.c.': 'cadc',
};

/** Where a transfer ban reaches: "out of the Third Circuit", "outside this District", "from the facility". */
function outOf(sentence: string): OutOf | undefined {
  const after =
    /\b(?:out\s+of|outside(?:\s+of)?|beyond|away\s+from|from)\s+(?:the\s+)?(?:jurisdiction\s+of\s+(?:the\s+|this\s+)?)?([^.;,]{1,80})/i.exec(
      sentence,
    );
  if (!after) return undefined;
  const place = after[1]!;
  const circuit =
    /^(?:(?:United\s+States\s+)?Court\s+of\s+Appeals\s+for\s+the\s+)?(\w+|d\.c\.)\s+(?:judicial\s+)?circuit\b/i.exec(
      place,
    );
  if (circuit && CIRCUITS[circuit[1]!.toLowerCase()])
    return { kind: 'circuit', court: CIRCUITS[circuit[1]!.toLowerCase()]! };
  if (/^(?:this\s+)?(?:(?:judicial\s+)?district|Court)\b(?!\s+of)/i.test(place))
    return { kind: 'district', name: null };
  const district =
    /^((?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})/.exec(
      place,
    );
  if (district) return { kind: 'district', name: `the ${district[1]}` };
  const state = /^(State\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)/.exec(place);
  if (state) return { kind: 'place', name: `the ${state[1]}` };
  if (
    /^(?:\w+\s+){0,6}?(?:facility|detention\s+(?:center|centre|facility)|processing\s+center|jail|prison|institution|where\s+(?:they|he|she)\s+(?:are|is)\s+(?:held|detained|confined))\b/i.test(
      place,
    )
  )
    return { kind: 'facility' };
  return undefined;
}

function sentencesOf(words: string): string[] {
  return words.split(/(?<=[.;])\s+/);
}

/**
 * What the court refused, taken out of its words: a request named and denied ("The request to enjoin
 * removal of class members is DENIED", "Plaintiffs' application that Respondents be restrained from
 * removing them is denied"), a ruling denied as to a part ("DENIED insofar as it seeks to enjoin
 * removal", "GRANTED as to transfers and DENIED as to removals"). What was asked and refused bars
 * nothing; what the same order grants stays.
 */
const REFUSED = [
  /\b(?:DENIED|denied)\s*,?\s+(?:(?:in\s+part\s+)?(?:insofar\s+as|in\s+so\s+far\s+as|to\s+the\s+extent(?:\s+that)?|as\s+to|with\s+respect\s+to|in\s+respect\s+of))\b(?:(?!\b(?:GRANTED|granted)\b)[^.;]){0,200}/g,
  /\b(?:request|motion|application|petition|prayer)s?\b(?:(?!\b(?:GRANTED|granted)\b)[^.;]){0,200}?\b(?:is|are|be|was|were)\s+(?:hereby\s+)?(?:DENIED|denied)\b/g,
];
export function withoutRefused(words: string): string {
  return REFUSED.reduce((w, re) => w.replace(re, ''), words);
}

/** Everything the order's words protect from, in the order first said; empty when they say nothing. */
export function orderProtections(words: string | null | undefined): Protection[] {
  if (!words) return [];
  const sentences = sentencesOf(withoutRefused(words));
  const found: Protection[] = [];
  const add = (p: Protection) => {
    const key = JSON.stringify(p);
    if (!found.some((f) => JSON.stringify(f) === key)) found.push(p);
  };
  // Removal: every sentence that bars it bars it only on conditions, or one bars it outright.
  const removal = sentences.filter(
    (s) => REMOVAL_BARRED.some((re) => re.test(s)) || noticeBefore(REMOVAL).test(s),
  );
  if (removal.length > 0)
    add({
      from: removal.every((s) => CONDITIONS.test(s) || noticeBefore(REMOVAL).test(s))
        ? 'removal_conditions'
        : 'removal',
    });
  for (const s of sentences) {
    // A transfer to another country is a removal, told above.
    const transfer =
      TRANSFER_BARRED.some((re) => re.test(s)) &&
      !/\btransfer\w*\s+(?:\w+\s+){0,6}?to\s+(?:a|any|another|the)\s+(?:\w+\s+)?country\b/i.test(s);
    if (transfer || noticeBefore(TRANSFER).test(s)) {
      const where = outOf(s.replace(/^[\s\S]*?\btransfer\w*/i, ''));
      const from = CONDITIONS.test(s) || noticeBefore(TRANSFER).test(s) ? 'transfer_notice' : 'transfer';
      add(where ? { from, outOf: where } : { from });
    }
    if (DETAINER.test(s) && DETAINER_BARRED.some((re) => re.test(s))) add({ from: 'detainer' });
    const ended = TERMINATION_VERB.exec(s) ?? TERMINATION_NOUN.exec(s);
    const what = ended ? statusNamed(ended[1] ?? ended[2]!) : null;
    if (what) add({ from: 'termination', what });
  }
  if (
    !found.some((p) => p.from === 'detainer') &&
    DETENTION_LIMITED.some((re) => re.test(withoutRefused(words)))
  )
    add({ from: 'detention' });
  return found;
}

/** `removal`, `removal_conditions`, `detention`, or `null` when the words do not say (or are not known). */
export function injunctionProtects(words: string | null | undefined): Protects | null {
  const found = orderProtections(words);
  const removal = found.find((p) => p.from === 'removal' || p.from === 'removal_conditions');
  if (removal) return removal.from as Protects;
  return found.some((p) => p.from === 'detention') ? 'detention' : null;
}

/** What an order protects from besides removal and detention, told in sentences of their own. */
export type OtherProtection = Exclude<Protection, { from: 'removal' | 'removal_conditions' | 'detention' }>;

/** What the order protects from besides removal and detention (told with their own sentences). */
export function otherProtections(words: string | null | undefined): OtherProtection[] {
  return orderProtections(words).filter(
    (p): p is OtherProtection =>
      p.from === 'transfer' ||
      p.from === 'transfer_notice' ||
      p.from === 'detainer' ||
      p.from === 'termination',
  );
}

/** A clause that stays part of an order ("Paragraph 2 … is STAYED pending further order"), not one that refuses to. */
const STAYS_PART =
  /\b(?:is|are|be|shall\s+be)\s+(?:hereby\s+)?(?:STAYED|[Ss]tayed)\b|\b(?:STAYS|[Ss]tays)\s+(?:paragraph|the\s+(?:portion|part|provision))/;
/** A clause that keeps part of it in force ("DENIED as to Paragraph 1 …, which remain in effect"). */
const KEEPS_PART =
  /\b(?:remains?|shall\s+remain|continues?)\s+in\s+(?:full\s+)?(?:force|effect)\b|\b(?:DENIED|denied)\s+(?:in\s+all\s+other\s+respects\s+|as\s+to|insofar\b|with\s+respect\s+to)/;

/** Whether a clause names what a protection protects from, in any of the words courts use for it. */
function namesProtection(clause: string, p: Protection): boolean {
  switch (p.from) {
    case 'removal':
    case 'removal_conditions':
      return /\b(?:remov|deport|expel)\w*/i.test(clause);
    case 'transfer':
      return /\btransfer\w*/i.test(clause) && !/\bnotice\b/i.test(clause);
    case 'transfer_notice':
      return /\btransfer\w*/i.test(clause) && /\bnotice\b/i.test(clause);
    case 'detention':
      return /\b(?:detention|detain\w*|release\w*|bond)\b/i.test(clause);
    case 'detainer':
      return DETAINER.test(clause);
    case 'termination': {
      const head = p.what.split(/\s+/).at(-1) ?? p.what;
      return (
        /\bterminat|\bend(?:s|ing)?\b|\bcut/i.test(clause) &&
        new RegExp(`\\b${head.replace(/[^\w]/g, '')}`, 'i').test(clause)
      );
    }
  }
}

/**
 * What a stay of part of an injunction pending appeal puts on hold and what it leaves in force, in
 * the protections of the injunction (`protections`, read from its granting order): those the stay
 * order's clause that stays names ("Paragraph 2 … (advance notice before transfers) is STAYED"),
 * and those its clause that refuses or keeps names ("The motion is DENIED as to Paragraph 1 (the
 * prohibition on removing class members) …, which remain in effect"). A protection neither clause
 * names is in neither list: nothing is claimed about it.
 */
export function partsStayed(
  stayWords: string,
  protections: readonly Protection[],
): { paused: Protection[]; kept: Protection[] } {
  const clauses = stayWords.split(/(?<=[.;])\s+/);
  const staying = clauses.filter((c) => STAYS_PART.test(c) && !KEEPS_PART.test(c));
  const keeping = clauses.filter((c) => KEEPS_PART.test(c));
  const paused = protections.filter((p) => staying.some((c) => namesProtection(c, p)));
  const kept = protections.filter((p) => !paused.includes(p) && keeping.some((c) => namesProtection(c, p)));
  return { paused, kept };
}
