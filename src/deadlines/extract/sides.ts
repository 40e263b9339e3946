/**
 * The side of a case a party's name puts it on. One side's deadline is never the other's, whatever
 * else they share: "Plaintiffs shall designate expert witnesses by D1. Defendants shall designate
 * expert witnesses by D2" are two deadlines, and a later date for one side moves only its own.
 */

/**
 * The one who sued (plaintiffs, petitioners) or the one sued (defendants, respondents), when the
 * name says; `null` for the parties together, a name that says both or no role, or none.
 */
export function caseSide(party: string | null | undefined): 'claimant' | 'defending' | null {
  if (!party || /\b(?:parties|joint(?:ly)?|each|both|all)\b/i.test(party)) return null;
  const claimant = /\b(?:plaintiffs?|petitioners?)\b/i.test(party);
  const defending = /\b(?:defendants?|respondents?)\b/i.test(party);
  if (claimant === defending) return null;
  return claimant ? 'claimant' : 'defending';
}

/** Two parties that are on different sides, each by its name (unknown sides never differ). */
export function otherSides(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = caseSide(a);
  const y = caseSide(b);
  return x !== null && y !== null && x !== y;
}
