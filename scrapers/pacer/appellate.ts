import type { ParseResult } from '../../src/model/docket.ts';

// Placeholder until the parser lands (being written now).
export function parseAppellateDocket(_text: string, _court: string | null): ParseResult {
  throw new Error('parseAppellateDocket: not written yet');
}
