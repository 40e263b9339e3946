/**
 * Saved searches on the command line: `search add|list|remove|matches|track|dismiss`. Every command
 * takes `--db PATH|URL`. The query language is in docs/searches.md.
 */
import { type Command, Option } from 'commander';
import type { Store } from '../../../db/index.ts';
import { InputError } from '../../errors.ts';
import { pick } from '../../model/fields.ts';
import { LANGUAGES, type Language } from '../../notify/i18n.ts';
import {
  addSearch,
  dismissMatch,
  listMatches,
  listSearches,
  type MatchStatus,
  removeSearch,
  type SavedSearch,
  type SearchMatch,
  trackMatch,
} from '../../searches/searches.ts';
import { type ListOptions, listCommand, printRows } from '../listing.ts';
import { writeLine } from '../output.ts';
import { DB_HELP, readStore, withStore } from '../store.ts';

const QUERY_HELP = `
Query: words (any letter case), "quoted phrases", a OR b, -word or -"phrase" (must not appear),
court:ID (only that court; several: any of them), nos:WORDS or nos:"phrase" (nature of suit, when
the feed gives it — court RSS feeds do not). All terms must hold. Matched against the case name,
docket number and entry text that the court-wide feeds docketwatch polls carry; nothing more is
fetched.

Examples:
  docketwatch search add '"alien enemies act"' --name AEA --email team@example.org
  docketwatch search add 'adducci OR "immigration and customs enforcement" habeas court:mied'
  docketwatch search add 'hamama -criminal' --email advocate@example.org`;

function view(s: SavedSearch) {
  return pick(s, ['id', 'name', 'query', 'emails', 'createdAt', 'matches']);
}

function matchView(m: SearchMatch) {
  return {
    id: m.id,
    search: m.search.id,
    case: m.case,
    caseName: m.caseName,
    status: m.status,
    tracked: m.tracked,
    source: m.source,
    firstSeenAt: m.firstSeenAt,
    lastSeenAt: m.lastSeenAt,
    entries: m.entries.map((e) => ({ dateFiled: e.dateFiled, text: e.shortDescription ?? e.description })),
  };
}

export function registerSearch(program: Command): void {
  const search = program
    .command('search')
    .description('Saved searches across courts: propose new cases that court feeds carry')
    .addHelpText('after', QUERY_HELP);

  search
    .command('add')
    .description('Save a search; its matches are proposed on /admin and emailed to each --email')
    .argument('<query>', 'the query (quote it for the shell)')
    .option('--name <name>', 'a short name shown in emails and pages')
    .option('--email <address...>', 'addresses told of each new match (one-click "track this case" link)')
    .addOption(
      new Option(
        '--language <language>',
        "language of the --email addresses' emails: en (English), es (Spanish), ar (Arabic); the feed's words stay English",
      )
        .choices([...LANGUAGES])
        .default('en'),
    )
    .option('--json', 'print the search as JSON')
    .option('--db <target>', DB_HELP)
    .addHelpText('after', QUERY_HELP)
    .action(
      async (
        query: string,
        opts: { name?: string; email?: string[]; language: Language; json?: boolean; db?: string },
      ) => {
        await withStore(opts.db, async (store) => {
          const s = await addSearch(store, {
            query,
            name: opts.name ?? null,
            emails: opts.email ?? [],
            language: opts.language,
            createdBy: 'cli',
          });
          await writeLine(opts.json ? JSON.stringify(view(s)) : s.id);
        });
      },
    );

  listCommand(search, 'list', 'List the saved searches with their subscribers and match counts').action(
    async (opts: ListOptions) => {
      await readStore(opts.db, async (store) =>
        printRows(await listSearches(store), opts, {
          text: (s) =>
            `${s.id}  ${s.name ? `${s.name}: ` : ''}${s.query}  (${s.matches.proposed} proposed, ${s.matches.tracked} tracked, ${s.matches.dismissed} dismissed; ${s.emails.length ? s.emails.join(', ') : 'no email'})`,
          json: view,
          none: 'no saved search yet: docketwatch search add QUERY',
        }),
      );
    },
  );

  /** A command that changes one search or match, named by its id, and says what it did. */
  const change = (
    name: string,
    description: string,
    what: 'search' | 'match',
    act: (store: Store, id: string) => Promise<string>,
  ) =>
    search
      .command(name)
      .description(description)
      .argument(
        `<${what}>`,
        what === 'search'
          ? 'the search id (docketwatch search list)'
          : 'the match id (docketwatch search matches)',
      )
      .option('--db <target>', DB_HELP)
      .action(async (id: string, opts: { db?: string }) => {
        await withStore(opts.db, async (store) => writeLine(await act(store, id)));
      });

  change(
    'remove',
    'Remove a saved search, its subscribers and its proposals (tracked cases stay tracked)',
    'search',
    async (store, id) => {
      await removeSearch(store, id);
      return `removed ${id}`;
    },
  );

  listCommand(search, 'matches', 'List what saved searches found, newest first')
    .argument('[id]', 'only this search')
    .option('--status <status>', 'proposed, tracked or dismissed')
    .action(async (id: string | undefined, opts: ListOptions & { status?: string }) => {
      if (opts.status && !['proposed', 'tracked', 'dismissed'].includes(opts.status))
        throw new InputError(`--status must be proposed, tracked or dismissed, got "${opts.status}"`);
      await readStore(opts.db, async (store) => {
        const matches = await listMatches(store, {
          ...(id ? { searchId: id } : {}),
          ...(opts.status ? { status: opts.status as MatchStatus } : {}),
        });
        await printRows(matches, opts, {
          text: (m) =>
            `${m.id}  ${m.status.padEnd(9)} ${m.case}  ${m.caseName ?? ''}  (search ${m.search.name ?? `“${m.search.query}”`}, first seen ${m.firstSeenAt.slice(0, 10)})`,
          json: matchView,
          none: 'no match yet',
        });
      });
    });

  change(
    'track',
    "Track a match's case: its feed entries are ingested and the court feed serves it",
    'match',
    async (store, id) => {
      const r = await trackMatch(store, id, 'cli');
      return r.created ? `tracking ${r.case}` : `${r.case} was tracked already`;
    },
  );
  change('dismiss', 'Dismiss a proposal (it is not proposed again)', 'match', async (store, id) => {
    await dismissMatch(store, id, 'cli');
    return `dismissed ${id}`;
  });
}
