import type { DocumentKind } from '../../src/model/docket.ts';

export interface Detection {
  /** The kind of docket this is, or `null` when it is not one. */
  kind: DocumentKind | null;
  /** For a non-docket: the kind it most resembles (reported as `kind` in the result). */
  guess: DocumentKind;
  court: string | null;
  reason: string | null;
}

// Placeholder until the recognizer lands (being written now).
export function detect(_text: string): Detection {
  return { kind: null, guess: 'pacer-docket', court: null, reason: 'not recognized' };
}
