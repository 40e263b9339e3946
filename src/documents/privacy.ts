/**
 * Sealed and restricted documents are never fetched, kept or shown. The docket text says so:
 * "SEALED MOTION", "*SEALED* ORDER", "Restricted Document", "EX PARTE … (restricted)". An order
 * unsealing something is not sealed.
 */
const RESTRICTED = /\b(?:SEALED|RESTRICTED)\b|\bunder seal\b|\bex parte\b[^.]*\b(?:restricted|sealed)\b/i;
const UNSEALING = /\bunseal(?:ed|ing)?\b/i;

/** Whether an entry's docket text marks its documents sealed or restricted. */
export function isRestricted(docketText: string | null | undefined): boolean {
  const text = docketText ?? '';
  if (!RESTRICTED.test(text)) return false;
  // "ORDER granting motion to unseal" is public; "SEALED ORDER granting motion to unseal" is not.
  return RESTRICTED.test(
    text.replace(/\b(?:motion|order|request)\s+(?:to\s+)?unseal\w*/gi, '').replace(UNSEALING, ''),
  );
}
