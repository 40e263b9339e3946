/**
 * Court documents on the site: a maintainer uploads a PDF on the maintainers' page (signed in,
 * CSRF-protected), the case page then links the entry's document text, and that page shows the
 * text escaped; without the admin session nothing is added.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../db/index.ts';
import { freshStore } from '../support/db.ts';
import { makePdf } from '../support/pdf.ts';
import { ADMIN_TOKEN, csrfOf, testServer } from '../support/web.ts';
import { AS_OF, CASE, seedCase } from '../support/web-case.ts';

const PUBLIC = 'https://watch.example.org';
const PAGE = `/cases/${CASE.court}/${CASE.docket}`;
let store: Store;
let app: FastifyInstance;
const saved = process.env.DOCUMENTS_DIR;

beforeAll(async () => {
  process.env.DOCUMENTS_DIR = mkdtempSync(join(tmpdir(), 'docketwatch-web-docs-'));
  store = await freshStore('sqlite');
  await seedCase(store);
  app = await testServer(store, PUBLIC, AS_OF);
});

afterAll(async () => {
  await app?.close();
  if (saved === undefined) delete process.env.DOCUMENTS_DIR;
  else process.env.DOCUMENTS_DIR = saved;
});

function multipart(fields: Record<string, string>, pdf: Buffer | null): { payload: Buffer; type: string } {
  const boundary = '----docketwatch-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (pdf)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="order.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      pdf,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

const ORDER = makePdf({
  pages: [
    {
      lines: [
        'Case 2:17-cv-11910 Document 32 Filed 06/22/17 Page 1 of 1',
        'ORDER STAYING REMOVAL',
        'Removal of Petitioners is stayed until July 6, 2017 <script>alert(1)</script>.',
        'IT IS SO ORDERED.',
      ],
    },
  ],
});

describe('documents on the site', () => {
  it('takes an upload only from a signed-in maintainer, then links and shows the text', async () => {
    const admin = await app.inject({
      method: 'GET',
      url: '/admin',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(admin.body).toContain('Add a court document');
    const csrf = csrfOf(admin.body);
    const csrfCookie = admin.cookies.find((c) => c.name === 'dw_csrf')!;
    const form = multipart({ _csrf: csrf, case: CASE.key, entry: '32', attachment: '0' }, ORDER);

    const anonymous = await app.inject({
      method: 'POST',
      url: '/admin/documents',
      payload: form.payload,
      headers: { 'content-type': form.type, cookie: `dw_csrf=${csrfCookie.value}` },
    });
    expect(anonymous.statusCode).toBe(303);
    expect((await app.inject({ method: 'GET', url: PAGE })).body).not.toContain('Text of the document');

    const added = await app.inject({
      method: 'POST',
      url: '/admin/documents',
      payload: form.payload,
      headers: {
        'content-type': form.type,
        cookie: `dw_csrf=${csrfCookie.value}`,
        authorization: `Bearer ${ADMIN_TOKEN}`,
      },
    });
    expect(added.statusCode).toBe(200);
    expect(added.body).toContain('Document added');
    expect(added.body).toContain('p. 1: “Removal of Petitioners is stayed until July 6, 2017 &lt;script&gt;');

    const casePage = (await app.inject({ method: 'GET', url: PAGE })).body;
    const link = /href="([^"]+\/documents\/[0-9a-f]{64})">Text of the document<\/a> \(1 page\)/.exec(
      casePage,
    );
    expect(link).not.toBeNull();
    const text = await app.inject({ method: 'GET', url: link![1]! });
    expect(text.statusCode).toBe(200);
    expect(text.body).toContain(
      'Removal of Petitioners is stayed until July 6, 2017 &lt;script&gt;alert(1)&lt;/script&gt;.',
    );
    expect(text.body).not.toContain('<script>');
    expect(text.body).not.toContain('Page 1 of 1');

    const other = await app.inject({ method: 'GET', url: `${PAGE}/documents/${'0'.repeat(64)}` });
    expect(other.statusCode).toBe(404);
  });
});
