/**
 * What a new advocate reads first, through the live path (ingest → deadline record → subscribe →
 * confirm → digest → outbox): the welcome and the digests say who the case covers (`case set`) in
 * the subscriber's language and link the advocates' key-dates page; an entry a court feed gave
 * only a title for, whose text the docket report brings the same day, is one item in the digest.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { setCaseClass } from '../../db/case-details.ts';
import { addCase, findCase } from '../../db/cases.ts';
import type { Store } from '../../db/index.ts';
import { ingestParsed } from '../../src/ingest/pipeline.ts';
import { runDueDigests } from '../../src/notify/digest.ts';
import { confirmSubscription, subscribe } from '../../src/notify/subscriptions.ts';
import { signToken } from '../../src/notify/tokens.ts';
import { freshStore } from '../support/db.ts';
import { docket, entry, result } from '../support/dockets.ts';
import { SECRET } from '../support/messages.ts';

const links = { publicUrl: 'https://watch.example.org', secret: SECRET, unsubscribeMailto: null };
const CLASS = 'all Iraqi nationals in the U.S. with final removal orders';
const CLASS_ES = 'todos los ciudadanos iraquíes en EE. UU. con orden final de deportación';
const STAY =
  "OPINION AND ORDER Staying Removal of Petitioners Pending Court's Review of Jurisdiction. The removal of Petitioners and all members of the putative class is stayed for fourteen (14) days from the date of this Order. Signed by District Judge Mark A. Goldsmith. (KWil) (Entered: 06/22/2017)";

let store: Store | null = null;
afterEach(async () => {
  await store?.close();
  store = null;
});

async function messages(
  s: Store,
  kind: string,
): Promise<{ to: string; subject: string; text: string; html: string }[]> {
  const rows = await s.db
    .selectFrom('outbox')
    .innerJoin('outbox_messages', 'outbox_messages.outbox_id', 'outbox.id')
    .select(['outbox.recipient', 'outbox_messages.message'])
    .where('outbox.kind', '=', kind as never)
    .orderBy('outbox.id')
    .execute();
  return rows.map((r) => ({
    to: r.recipient,
    ...(JSON.parse(r.message) as { subject: string; text: string; html: string }),
  }));
}

describe('the welcome and the digest of an advocate', () => {
  it('say who is covered in the subscriber’s language, link the key dates, and tell a feed entry filled in the same day once', async () => {
    store = await freshStore('sqlite');
    await addCase(store.db, 'mied', '2:17-cv-11910', { name: 'Hamama v. Adducci' });
    const id = (await findCase(store.db, 'mied:2:17-cv-11910'))!.id;
    await setCaseClass(
      store.db,
      id,
      { en: CLASS, es: CLASS_ES, scope: 'nationwide', protects: 'removal' },
      new Date('2017-06-20T12:00:00Z'),
    );
    const subscribedAt = new Date('2017-06-21T12:00:00Z');
    for (const [email, language] of [
      ['en@example.org', 'en'],
      ['es@example.org', 'es'],
      ['ar@example.org', 'ar'],
    ] as const) {
      const { subscription } = await subscribe(
        store,
        {
          email,
          case: 'mied:2:17-cv-11910',
          audience: 'advocate',
          frequency: 'daily',
          language,
          timeZone: 'America/Detroit',
          digestHour: 7,
        },
        { ...links, now: subscribedAt },
      );
      const token = signToken({ purpose: 'confirm', subject: subscription.id }, SECRET, subscribedAt);
      await confirmSubscription(store, token, SECRET, subscribedAt, links);
    }
    const welcomes = await messages(store, 'welcome');
    const byTo = (list: typeof welcomes, to: string) => list.find((m) => m.to === to)!;
    // Set without the order it comes from: the words are said to be the maintainers', in each language.
    expect(byTo(welcomes, 'en@example.org').text.replace(/\s+/g, ' ')).toContain(
      `Who is covered: ${CLASS}, nationwide. Described by this site’s maintainers, not in the court’s words: the court’s orders say who is in the class.`,
    );
    expect(byTo(welcomes, 'es@example.org').text.replace(/\s+/g, ' ')).toContain(
      'Descripción de los responsables de este sitio, no palabras del tribunal',
    );
    expect(byTo(welcomes, 'ar@example.org').text.replace(/\s+/g, ' ')).toContain(
      'هذا الوصف من القائمين على هذا الموقع وليس كلام المحكمة',
    );
    expect(byTo(welcomes, 'es@example.org').text).toContain(CLASS_ES);
    // No Arabic description was given: the English one is quoted.
    expect(byTo(welcomes, 'ar@example.org').text).toContain(`«\u2066${CLASS}\u2069»`);
    for (const [to, lang] of [
      ['en@example.org', 'en'],
      ['es@example.org', 'es'],
      ['ar@example.org', 'ar'],
    ] as const) {
      expect(byTo(welcomes, to).text).toContain(
        `https://watch.example.org/cases/mied/2:17-cv-11910/key-dates?lang=${lang}`,
      );
    }

    // The court's feed gives the order's title at night; the docket report its text the same day.
    const feedItem = entry({
      number: '32',
      dateFiled: '2017-06-22T19:55:00-04:00',
      description: '',
      shortDescription: 'Order on Motion for TRO',
    });
    await ingestParsed(store, result('pacer-rss', [docket('2:17-cv-11910', [feedItem])]));
    await ingestParsed(
      store,
      result('pacer-docket', [
        docket('2:17-cv-11910', [entry({ number: '32', dateFiled: '2017-06-22', description: STAY })]),
      ]),
    );
    await runDueDigests(store, new Date('2017-06-23T12:00:00Z'), links);
    const digests = await messages(store, 'digest');
    expect(digests).toHaveLength(3);
    const en = byTo(digests, 'en@example.org');
    expect(en.text.match(/OPINION AND ORDER Staying Removal/g)).toHaveLength(1);
    expect(en.subject).not.toMatch(/2 new/);
    expect(en.text).toContain(`Who is covered: ${CLASS}, nationwide.`);
    expect(byTo(digests, 'es@example.org').text).toContain(CLASS_ES);
    expect(byTo(digests, 'ar@example.org').text).toContain('key-dates?lang=ar');
    expect(byTo(digests, 'ar@example.org').html).toContain('dir="rtl"');
  });
});
