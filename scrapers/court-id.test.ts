import { describe, expect, it } from 'vitest';
import { allCourts } from '../src/courts.ts';
import { webPageConfigSchema } from './html/page.ts';
import { pacerDocketPublicConfigSchema } from './pacer-docket-public/index.ts';
import { pacerRssConfigSchema } from './pacer-rss/index.ts';

describe('a source config names a court of the court table', () => {
  it('accepts every court the table knows, whatever the length of its id (nebraskab has nine letters)', () => {
    const ids = allCourts().map((c) => c.id);
    expect(ids).toContain('nebraskab');
    for (const court of ids) {
      expect(pacerRssConfigSchema.safeParse({ court }).success, court).toBe(true);
      const report = { court, url: `https://ecf.${court}.uscourts.gov/cgi-bin/DktRpt.pl?1` };
      expect(pacerDocketPublicConfigSchema.safeParse(report).success, court).toBe(true);
    }
  });

  it('refuses an id no court has, an alias and a capitalized id, naming the field', () => {
    for (const court of ['zzd', 'neb', 'MIED', 'Eastern District', '']) {
      const r = pacerRssConfigSchema.safeParse({ court });
      expect(r.success, court).toBe(false);
      expect(r.error?.issues[0]).toMatchObject({
        path: ['court'],
        message: expect.stringMatching(/CM\/ECF court id/),
      });
    }
  });

  it('lets a web page name no court', () => {
    const page = { url: 'https://example.org/docket', selectors: { rows: 'tr', text: 'td' } };
    expect(webPageConfigSchema.safeParse(page).success).toBe(true);
  });
});
