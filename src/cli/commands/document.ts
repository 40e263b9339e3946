import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import type { DocumentAnalysis } from '../../documents/analyze.ts';
import { DocumentReader } from '../../documents/text.ts';
import { InputError } from '../../errors.ts';
import { writeLine } from '../output.ts';
import { DB_HELP, withStore } from '../store.ts';

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
      await withReader(opts.ocr ? {} : { ocr: false }, async (reader) => {
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
      });
    });

  document
    .command('add')
    .description(
      "Keep a PDF as an entry's document: stored once by its digest, its text read, its deadlines found",
    )
    .requiredOption('--case <case>', 'the case, COURT:DOCKET (e.g. mied:2:17-cv-11910)')
    .requiredOption('--entry <n>', 'the docket entry number (or the stored key of an unnumbered entry)')
    .option('--attachment <n>', 'an attachment number (default: the main document)', '0')
    .option('--db <target>', DB_HELP)
    .option('--json', 'print the result as one JSON object')
    .argument('<file>', 'a PDF')
    .action(
      async (
        file: string,
        opts: { case: string; entry: string; attachment: string; db?: string; json?: boolean },
      ) => {
        const attachment = Number(opts.attachment);
        if (!Number.isInteger(attachment) || attachment < 0)
          throw new InputError(`--attachment must be a whole number, got ${opts.attachment}`);
        const data = await readInputFile(file);
        const { addDocument, documentsDir } = await import('../../documents/store.ts');
        const config = loadConfig().config;
        await withReader({}, (reader) =>
          withStore(opts.db, async (store) => {
            const dir = documentsDir(opts.db ?? config.database, config.documents.dir);
            const added = await addDocument(store, reader, dir, {
              caseKey: opts.case,
              entry: opts.entry,
              attachment,
              data,
              origin: 'manual',
            });
            if (opts.json) {
              await writeLine(JSON.stringify(added));
              return;
            }
            await writeLine(
              `${added.newLink ? 'added' : 'already there'}: ${file} → entry ${opts.entry} of ${opts.case}, ${added.numPages} page(s)${added.ocrPages.length > 0 ? `, ${added.ocrPages.length} by OCR` : ''}${added.newFile ? '' : ' (same file stored before)'}`,
            );
            await writeLine(`stored as ${added.path}`);
            await writeFindings(added.analysis);
            for (const w of added.warnings) process.stderr.write(`${file}: ${w}\n`);
          }),
        );
      },
    );

  document
    .command('fetch')
    .description(
      "Fetch an entry's document: the NEF free look (once, in its window), CourtListener's RECAP copy, or PACER within the budget",
    )
    .requiredOption('--case <case>', 'the case, COURT:DOCKET')
    .requiredOption('--entry <n>', 'the docket entry number')
    .option('--db <target>', DB_HELP)
    .option('--no-pacer', 'never buy on PACER')
    .addHelpText(
      'after',
      `
Free sources first. PACER needs PACER_USERNAME, PACER_PASSWORD and a monthly budget
(PACER_MONTHLY_BUDGET_USD); a document costs $0.10 a page, at most $3.00. RECAP needs
COURTLISTENER_TOKEN and a CourtListener source for the case. Sealed entries are never fetched.`,
    )
    .action(async (opts: { case: string; entry: string; db?: string; pacer: boolean }) => {
      const { documentsDir } = await import('../../documents/store.ts');
      const { fetchEntryDocument } = await import('../../documents/fetch.ts');
      const { HttpClient } = await import('../../net/http.ts');
      const { documentSourcesFromConfig } = await import('../../documents/arrivals.ts');
      const config = loadConfig().config;
      const http = new HttpClient({ contact: config.http.contact, maxBytes: 100 * 2 ** 20 });
      await withReader({}, (reader) =>
        withStore(opts.db, async (store) => {
          const out = await fetchEntryDocument(
            store,
            reader,
            documentsDir(opts.db ?? config.database, config.documents.dir),
            { caseKey: opts.case, entry: opts.entry },
            await documentSourcesFromConfig(store, config, http, { pacer: opts.pacer }),
          );
          if (!out.fetched) {
            await writeLine(`not fetched: ${out.reason}`);
            process.exitCode = 1;
            return;
          }
          await writeLine(
            `fetched from ${out.origin}${out.costCents > 0 ? ` for $${(out.costCents / 100).toFixed(2)}` : ' (free)'}: ${out.added.numPages} page(s), stored as ${out.added.path}`,
          );
          await writeFindings(out.added.analysis);
        }),
      );
    });
}

/** Run `fn` with a document reader, closed whatever happens. */
async function withReader<T>(
  options: ConstructorParameters<typeof DocumentReader>[0],
  fn: (reader: DocumentReader) => Promise<T>,
): Promise<T> {
  const reader = new DocumentReader(options);
  try {
    return await fn(reader);
  } finally {
    await reader.close();
  }
}

/** What a stored document was read to say, a line each, with its page and sentence. */
async function writeFindings(analysis: DocumentAnalysis | null): Promise<void> {
  for (const d of analysis?.deadlines ?? [])
    await writeLine(
      `deadline ${d.dueDate ?? '(date not known yet)'}: ${d.what} — p. ${d.page}: "${d.quote}"`,
    );
  for (const st of analysis?.stays ?? [])
    await writeLine(
      `stay ${st.action}${st.expires ? ` to ${st.expires}` : ''} — p. ${st.page}: "${st.quote}"`,
    );
  for (const h of analysis?.hearings ?? [])
    await writeLine(`hearing ${h.change} ${h.date ?? ''} — p. ${h.page}: "${h.quote}"`);
  for (const x of analysis?.disagreements ?? [])
    await writeLine(
      `needs review: the docket text says ${x.kind} ${x.docket}, the document says ${x.document.join(', ')} (p. ${x.page})`,
    );
}
