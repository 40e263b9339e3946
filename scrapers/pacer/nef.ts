import type { ParseResult } from '../../src/model/docket.ts';

// Placeholder until the parser lands (being written now).
export function parseNef(_text: string, _court: string | null): ParseResult {
  throw new Error('parseNef: not written yet');
}
