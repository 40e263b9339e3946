/**
 * What an order protects people from, read from the order's own words: an order that enjoins,
 * stays or bars removal or deportation protects from `removal`; one that orders release, bond
 * hearings or limits detention protects from `detention`; anything else says neither, and a
 * message then claims nothing (a case's `protects` setting describes the class action, not each
 * of its orders). General legal wording, not one case's.
 */
export type Protects = 'removal' | 'removal_conditions' | 'detention';

/**
 * A removal ban with conditions: it bars removal only without something first — notice, a chance
 * to claim fear, a hearing — or only to some places ("to a third country"). It does not stop every
 * deportation, so it is `removal_conditions`, never told as "deportations are blocked".
 */
const CONDITIONS =
  /\b(?:without\s+(?:first\s+)?(?:\(\d\)\s*|\(?[a-z]\)\s*)?(?:providing|giving|affording|complying|following|written|adequate|advance|prior|reasonable|meaningful|timely|notice|an?\s+|the\s+opportunity|opportunity|a\s+hearing|hearing|an?\s+individuali[sz]ed)|unless\s+(?:and\s+until\s+)?(?:they|he|she|it|respondents|defendants|the\s+(?:government|noncitizen|class\s+member|individual))|until\s+(?:after\s+)?(?:they|he|she|respondents|defendants)\s+(?:have|has|provide|give|afford)|(?:prior\s+to|before)\s+(?:providing|giving|affording)|except\s+(?:after|upon|in\s+accordance\s+with)|to\s+(?:a|any)\s+(?:third|other|different)\s+country|to\s+(?:a|any)\s+country\s+(?:not|other\s+than))\b/i;

const REMOVAL_BARRED = [
  // "ENJOINED from enforcing final orders of removal", "restrained from deporting", "shall not remove"
  /\b(?:enjoin\w*|restrain\w*|prohibit\w*|barred|precluded|shall not|may not|must not|stay(?:s|ed|ing)?)\b[^.;]{0,120}?\b(?:remov(?:e|ed|ing|al)|deport\w*)\b/i,
  // "removal of class members is stayed", "deportation … is enjoined"
  /\b(?:removal|deportation)s?\b[^.;]{0,80}?\b(?:is|are|be)\s+(?:hereby\s+)?(?:stayed|enjoined|restrained|barred|prohibited)\b/i,
];

const DETENTION_LIMITED = [
  /\b(?:shall|must|to)\s+(?:\w+\s+){0,2}be\s+released\b/i,
  /\breleas(?:e|ed|ing)\b[^.;]{0,80}?\b(?:supervision|bond|custody|detention)\b/i,
  /\bbond\s+hearings?\b/i,
];

/** `removal`, `detention`, or `null` when the words do not say (or are not known). */
export function injunctionProtects(words: string | null | undefined): Protects | null {
  if (!words) return null;
  const sentences = words.split(/(?<=[.;])\s+/);
  const barring = sentences.filter((s) => REMOVAL_BARRED.some((re) => re.test(s)));
  // Every sentence that bars removal bars it only on conditions: the order claims no more than that.
  if (barring.length > 0) return barring.every((s) => CONDITIONS.test(s)) ? 'removal_conditions' : 'removal';
  if (DETENTION_LIMITED.some((re) => re.test(words))) return 'detention';
  return null;
}
