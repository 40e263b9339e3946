/**
 * What class members may do by a day an order sets for them — object, opt out, submit a claim: their
 * right, which no party owes. It is tracked under one name (`classMembersRightName`), never missing
 * for a party, and told to readers as the class members' last day (`isClassMembersRight`).
 */

export type ClassMembersRight = 'object' | 'opt out' | 'submit a claim';

/** The one name of a class members' last day: "last day for class members to object". */
export function classMembersRightName(right: ClassMembersRight): string {
  return `last day for class members to ${right}`;
}

/** Whether a deadline's name is a class members' last day (`classMembersRightName`). */
export function isClassMembersRight(what: string): boolean {
  return /^last day for class members to (?:object|opt out|submit a claim)$/i.test(what.trim());
}
