import type { ParseResult } from '../../src/model/docket.ts';

// Placeholder until the parser lands (being written now).
export function parseHistoryReport(_text: string, _court: string | null): ParseResult {
  throw new Error('parseHistoryReport: not written yet');
}
