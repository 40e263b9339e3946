/** Court RSS feeds written for the saved-search tests, in CM/ECF's `rss_outside.pl` shape. */
import { startServer, type TestServer } from './http-server.ts';

export interface FeedItem {
  docket: string;
  caseName: string;
  event: string;
  /** RFC 822 date. */
  pubDate: string;
  docId?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function courtFeed(court: string, items: FeedItem[], lastBuildDate = items[0]?.pubDate ?? ''): string {
  return `<?xml version="1.0" encoding="ISO-8859-1" ?>
<rss version="2.0"><channel>
<title>${court.toUpperCase()} Filings</title>
<link>https://ecf.${court}.uscourts.gov</link>
<description>Docket entries of type: all</description>
<lastBuildDate>${lastBuildDate}</lastBuildDate>
${items
  .map(
    (i, n) => `<item>
<title><![CDATA[${i.docket} ${i.caseName}]]></title>
<pubDate>${i.pubDate}</pubDate>
<author></author>
<guid isPermaLink="true">https://ecf.${court}.uscourts.gov/cgi-bin/DktRpt.pl?${900000 + n}</guid>
<description><![CDATA[[${esc(i.event)}] ${i.caseName} ]]></description>
<link>https://ecf.${court}.uscourts.gov/cgi-bin/DktRpt.pl?${900000 + n}</link>
</item>`,
  )
  .join('\n')}
</channel></rss>`;
}

/** A court on 127.0.0.1 whose `/cgi-bin/rss_outside.pl` answers `feed()`, read at each request. */
export function serveCourtFeed(feed: () => string): Promise<TestServer> {
  return startServer({
    '/cgi-bin/rss_outside.pl': (_req, res) =>
      void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(Buffer.from(feed(), 'latin1')),
  });
}
