import type { ParseResult } from '../../src/model/docket.ts';

// Placeholder until the parser lands (being written now).
export function parseRss(_text: string, _court: string | null): ParseResult {
  throw new Error('parseRss: not written yet');
}
