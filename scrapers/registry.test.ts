import { readFileSync } from 'node:fs';
import { validate as validateCron } from 'node-cron';
import { describe, expect, it } from 'vitest';
import { docketKinds, findSource, SOURCES } from './registry.ts';
import { DOCS_PAGE, sourcesTable } from './table.ts';

describe('source registry', () => {
  it('has unique ids that match their folders', () => {
    const ids = SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['pacer-rss', 'html', 'browser']));
    expect(findSource('html')?.name).toMatch(/Web page/);
    expect(findSource('nope')).toBeUndefined();
  });

  describe.each(SOURCES.map((s) => [s.id, s] as const))('%s', (_id, source) => {
    it('has complete metadata, a valid example config, and a door: polled on a valid cron, or receiving', () => {
      expect(source.name.length).toBeGreaterThan(0);
      expect(source.called.length).toBeGreaterThan(0);
      expect(source.kinds.length).toBeGreaterThan(0);
      expect(source.description.length).toBeGreaterThan(20);
      expect(source.maintainers.length).toBeGreaterThan(0);
      expect(source.configSchema.safeParse(source.exampleConfig).success).toBe(true);
      expect(source.fetch !== undefined || source.receive !== undefined).toBe(true);
      if (!source.fetch) {
        expect(source.politeness.schedule).toBeNull();
        return;
      }
      expect(validateCron(source.politeness.schedule ?? '')).toBe(true);
      const perMinute = source.politeness.requestsPerMinute ?? 0;
      expect(perMinute > 0 || (source.politeness.minIntervalMs ?? 0) > 0).toBe(true);
    });
  });

  it('describes each kind once, with the fields it gives', () => {
    const ids = docketKinds().map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining(['pacer-docket', 'pacer-history', 'courtlistener', 'web-page']),
    );
    for (const k of docketKinds()) expect(k.fields.entry).toContain('description');
  });

  it('docs/sources.md carries the table made from the registry (npx tsx scrapers/table.ts --write)', () => {
    expect(readFileSync(DOCS_PAGE, 'utf8')).toContain(sourcesTable());
  });
});
