import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { DocumentReader } from '../../documents/text.ts';
import { InputError } from '../../errors.ts';
import { writeLine } from '../output.ts';

/** Read a file the user named, turning a missing or unreadable file into an `InputError`. */
export async function readInputFile(file: string): Promise<Buffer> {
  return readFile(file).catch((err: NodeJS.ErrnoException) => {
    throw new InputError(`cannot read ${file}: ${err.code ?? err.message}`, { cause: err });
  });
}

/** `docketwatch document …`: court documents (PDFs) to text, and into the store. */
export function registerDocument(program: Command): void {
  const document = program
    .command('document')
    .alias('documents')
    .description(
      'Court documents (PDF): read their text (OCR for scanned pages), store them with their entry',
    );

  document
    .command('text')
    .description('Print the text of a PDF, page by page: the text layer, or OCR where a page has none')
    .option('--json', 'one JSON object: pages, each with its text and whether OCR read it')
    .option('--no-ocr', 'do not OCR scanned pages (they are listed as unread)')
    .argument('<file>', 'a PDF')
    .addHelpText(
      'after',
      `
Page stamps ("Case 2:17-cv-11910 Document 87 Filed 07/24/17 Page 3 of 35"), margin line numbers
and words hyphenated across lines are cleaned. Scanned pages need poppler-utils and tesseract-ocr.

Examples:
  docketwatch document text order.pdf
  docketwatch document text --json order.pdf | jq '.pages[] | select(.ocr)'`,
    )
    .action(async (file: string, opts: { json?: boolean; ocr: boolean }) => {
      const data = await readInputFile(file);
      const reader = new DocumentReader(opts.ocr ? {} : { ocr: false });
      try {
        const doc = await reader.read(data);
        if (opts.json) {
          await writeLine(JSON.stringify({ file, ...doc }));
        } else {
          for (const page of doc.pages) {
            await writeLine(`[page ${page.number} of ${doc.numPages}${page.ocr ? ', OCR' : ''}]`);
            if (page.text) await writeLine(page.text);
          }
        }
        for (const w of doc.warnings) process.stderr.write(`${file}: ${w}\n`);
      } finally {
        await reader.close();
      }
    });
}
