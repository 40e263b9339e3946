/**
 * The commands that list rows of the store (`cases`, `entries`, `events`, `sources`, `subscribers`,
 * `outbox`, `search list|matches`): one set of options and one way to print, text or JSON lines.
 */
import type { Command } from 'commander';
import { writeLine } from './output.ts';
import { DB_HELP } from './store.ts';

/** The options every listing command takes. */
export interface ListOptions {
  json?: boolean;
  db?: string;
}

/** A subcommand of `parent` that lists rows: `--json` for one JSON object a line, `--db` for the store. */
export function listCommand(parent: Command, name: string, description: string): Command {
  return parent
    .command(name)
    .description(description)
    .option('--json', 'one JSON object per line')
    .option('--db <target>', DB_HELP);
}

export interface Listing<Row> {
  /** The row as a line of text. */
  text(row: Row): string;
  /** The row as `--json` prints it; default: the row itself. */
  json?(row: Row): unknown;
  /** Said on stderr, without `--json`, when there is no row: how to make some. */
  none?: string;
}

/** Print `rows`: one JSON object a line with `--json`, else a line of text each. */
export async function printRows<Row>(
  rows: readonly Row[],
  opts: ListOptions,
  listing: Listing<Row>,
): Promise<void> {
  for (const row of rows)
    await writeLine(opts.json ? JSON.stringify(listing.json ? listing.json(row) : row) : listing.text(row));
  if (rows.length === 0 && !opts.json && listing.none) process.stderr.write(`${listing.none}\n`);
}
