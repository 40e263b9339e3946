import { DocketwatchError } from '../errors.ts';

/** Why a document could not be read; callers and the CLI branch on it. */
export type DocumentProblem =
  | 'empty'
  | 'not-pdf'
  | 'too-large'
  | 'encrypted'
  | 'damaged'
  | 'timeout'
  | 'memory'
  | 'unreadable';

/** A PDF that cannot be turned into text: the message says why in words a person understands. */
export class DocumentError extends DocketwatchError {
  readonly problem: DocumentProblem;
  constructor(problem: DocumentProblem, message: string, options?: { cause?: unknown }) {
    super('EDOCUMENT', message, options);
    this.problem = problem;
  }
}
