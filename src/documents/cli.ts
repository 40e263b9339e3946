/** What the command line does with a PDF: read it, and read it for findings. */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.ts';
import { analyzeDocument, type DocumentAnalysis, type DocumentAnalysisOptions } from './analyze.ts';
import { DocumentReader } from './text.ts';

export interface PdfAnalysis extends DocumentAnalysis {
  file: string;
  sha256: string;
  numPages: number;
  ocrPages: number[];
  unread: number[];
  warnings: string[];
}

/** `docketwatch analyze --document FILE.pdf`: the document's findings, with pages and sentences. */
export async function analyzePdf(file: string, options: DocumentAnalysisOptions): Promise<PdfAnalysis> {
  const data = await readFile(file).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read ${file}: ${err.code ?? err.message}`, { cause: err });
  });
  const reader = new DocumentReader();
  try {
    const doc = await reader.read(data);
    return {
      file,
      sha256: doc.sha256,
      numPages: doc.numPages,
      ocrPages: doc.pages.filter((p) => p.ocr).map((p) => p.number),
      unread: doc.unread,
      warnings: doc.warnings,
      ...analyzeDocument(doc.pages, options),
    };
  } finally {
    await reader.close();
  }
}
