/**
 * What an order protects people from, read from the order's own words: an order that enjoins,
 * stays or bars removal or deportation protects from `removal`; one that orders release, bond
 * hearings or limits detention protects from `detention`; anything else says neither, and a
 * message then claims nothing (a case's `protects` setting describes the class action, not each
 * of its orders). General legal wording, not one case's.
 */
export type Protects = 'removal' | 'detention';

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
  if (sentences.some((s) => REMOVAL_BARRED.some((re) => re.test(s)))) return 'removal';
  if (DETENTION_LIMITED.some((re) => re.test(words))) return 'detention';
  return null;
}
