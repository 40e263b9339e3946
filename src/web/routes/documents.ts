/**
 * Court documents on the site: `/cases/:court/:docket/documents/:sha256` shows a kept document's
 * text (never the text of a sealed or restricted entry), and the maintainers' page takes an upload
 * (`POST /admin/documents`, behind the admin login like the rest of `/admin`).
 */
import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Store } from '../../../db/index.ts';
import { loadConfig } from '../../config.ts';
import { isRestricted } from '../../documents/privacy.ts';
import { addDocument, documentsDir, storedPages } from '../../documents/store.ts';
import { DocumentReader } from '../../documents/text.ts';
import { DocketwatchError } from '../../errors.ts';
import { html } from '../html.ts';
import { documentTextPage, messagePage } from '../pages.ts';
import { loadCase, notFound, page, type RouteDeps } from './common.ts';

/** Largest upload taken: the reader's own limit. */
const MAX_UPLOAD_BYTES = 100 * 2 ** 20;

export function documentRoutes({ store }: RouteDeps): FastifyPluginAsync {
  return async (app) => {
    app.get('/cases/:court/:docket/documents/:sha256', async (req, reply) => {
      const info = await loadCase(store, req, reply);
      if (!info) return;
      const { sha256 } = req.params as { sha256: string };
      const missing = () => notFound(req, reply, 'docketwatch keeps no such document for this case.');
      if (!/^[0-9a-f]{64}$/.test(sha256)) return missing();
      const link = await store.db
        .selectFrom('entry_documents as d')
        .innerJoin('entries as e', 'e.id', 'd.entry_id')
        .innerJoin('document_files as f', 'f.sha256', 'd.sha256')
        .select(['e.entry_key', 'e.number', 'e.description', 'd.attachment', 'f.unread'])
        .where('e.case_id', '=', info.id)
        .where('d.sha256', '=', sha256)
        .orderBy('d.attachment')
        .executeTakeFirst();
      if (!link || isRestricted(link.description)) return missing();
      return page(
        reply,
        200,
        documentTextPage({
          info,
          entry: {
            key: link.entry_key,
            number: link.number === null ? null : String(link.number),
            description: link.description,
          },
          attachment: link.attachment,
          pages: await storedPages(store, sha256),
          unread: JSON.parse(link.unread) as number[],
        }),
      );
    });
  };
}

/** `POST /admin/documents`: a maintainer adds a PDF to an entry (behind the admin login). */
export function adminDocumentUpload({
  store,
  isAdmin,
}: {
  store: Store;
  isAdmin: (req: FastifyRequest) => boolean;
}): FastifyPluginAsync {
  return async (app) => {
    // The site parses multipart bodies as text (RFC 8058 unsubscribes); in this plugin only, as files.
    app.removeContentTypeParser('multipart/form-data');
    await app.register(fastifyMultipart, {
      attachFieldsToBody: 'keyValues',
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 8, fieldSize: 2000 },
    });
    let reader: DocumentReader | null = null;
    app.addHook('onClose', async () => {
      await reader?.close();
    });
    app.post(
      '/admin/documents',
      {
        // The same limit as every look at /admin (a Bearer guess here counts), and the login is
        // checked before the upload is read: an anonymous 100 MiB body is never parsed.
        config: { rateLimit: { max: 20, timeWindow: 60_000 } },
        preParsing: async (req, reply, payload) => {
          if (!isAdmin(req)) return reply.redirect('/admin', 303);
          return payload;
        },
        preHandler: app.csrfProtection,
      },
      async (req, reply) => {
        if (!isAdmin(req)) return reply.redirect('/admin', 303);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
        const file = body.file;
        const back = html`<p><a href="/admin">Back to the maintainers' page</a></p>`;
        if (!Buffer.isBuffer(file) || file.length === 0)
          return page(reply, 400, messagePage('No document', html`<p>Choose a PDF to add.</p>${back}`));
        reader ??= new DocumentReader();
        let configured: string | undefined;
        try {
          configured = loadConfig().config.documents.dir;
        } catch {
          configured = process.env.DOCUMENTS_DIR;
        }
        const dir = documentsDir(store.dialect === 'sqlite' ? store.location : 'postgres://', configured);
        try {
          const added = await addDocument(store, reader, dir, {
            caseKey: text(body.case),
            entry: text(body.entry),
            attachment: Number(text(body.attachment) || '0') || 0,
            data: file,
            origin: 'upload',
          });
          const found = [
            ...(added.analysis?.deadlines ?? []).map(
              (d) =>
                html`<li>Deadline ${d.dueDate ?? '(date not known yet)'}: ${d.what} — p. ${d.page}: “${d.quote}”</li>`,
            ),
            ...(added.analysis?.stays ?? []).map(
              (s) =>
                html`<li>Stay ${s.action}${s.expires ? ` to ${s.expires}` : ''} — p. ${s.page}: “${s.quote}”</li>`,
            ),
            ...(added.analysis?.disagreements ?? []).map(
              (x) =>
                html`<li class="warning">Needs review: the docket text says ${x.kind} ${x.docket}, the document says ${x.document.join(', ')} (p. ${x.page}).</li>`,
            ),
          ];
          return page(
            reply,
            200,
            messagePage(
              added.newLink ? 'Document added' : 'Already there',
              html`<p>${added.numPages} page(s)${added.ocrPages.length > 0 ? `, ${added.ocrPages.length} read by OCR` : ''}.</p>
${found.length > 0 ? html`<ul>${found}</ul>` : html``}${back}`,
            ),
          );
        } catch (err) {
          if (!(err instanceof DocketwatchError)) throw err;
          return page(reply, 400, messagePage('Not added', html`<p>${err.message}</p>${back}`));
        }
      },
    );
  };
}
