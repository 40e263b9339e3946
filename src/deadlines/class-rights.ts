/**
 * What class members may do by a day an order sets for them — object, opt out, submit a claim: their
 * right, which no party owes. It is tracked under one name (`classMembersRightName`), never missing
 * for a party, and told to readers as the class members' last day (`isClassMembersRight`). A day an
 * order gives only some class members ("for the approximately 4,100 class members whose notices were
 * returned as undeliverable and re-mailed, the deadline to request exclusion is extended to D") is its
 * own, named with them (`classMembersGroup`): the day of the others stays as it was.
 */

export type ClassMembersRight = 'object' | 'opt out' | 'submit a claim';

const NAME = /^last day for class members to (object|opt out|submit a claim)(?:, only for (.+))?$/i;

/**
 * The one name of a class members' last day: "last day for class members to object", or for some of
 * them "last day for class members to opt out, only for class members whose notices were re-mailed".
 */
export function classMembersRightName(right: ClassMembersRight, group?: string | null): string {
  return `last day for class members to ${right}${group ? `, only for ${group}` : ''}`;
}

/** Whether a deadline's name is a class members' last day (`classMembersRightName`). */
export function isClassMembersRight(what: string): boolean {
  return NAME.test(what.trim());
}

/** The right a class members' last day is for, or null when the name is no such day. */
export function classMembersRightOf(what: string): ClassMembersRight | null {
  return (NAME.exec(what.trim())?.[1]?.toLowerCase() as ClassMembersRight | undefined) ?? null;
}

/** The class members a last day is only for, in the order's words; null when it is the whole class's. */
export function classMembersGroup(what: string): string | null {
  return NAME.exec(what.trim())?.[2] ?? null;
}
