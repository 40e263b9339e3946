// Composes MIME messages off the sending thread (see ComposerPool in transport.ts): each request is
// the plain mail object `composeMessage` would build; the reply is the whole message as bytes (the
// buffer is transferred, not copied) with its SMTP envelope, or the error's message. Plain
// JavaScript so that it loads in any runtime, with or without a TypeScript loader.
import { parentPort } from 'node:worker_threads';
import MailComposer from 'nodemailer/lib/mail-composer';

parentPort.on('message', async ({ id, mail }) => {
  try {
    const node = new MailComposer(mail).compile();
    const envelope = node.getEnvelope();
    const built = await node.build();
    // build() may return a view of a shared pool buffer; only a buffer of its own can be moved.
    const raw =
      built.byteOffset === 0 && built.byteLength === built.buffer.byteLength ? built : new Uint8Array(built);
    parentPort.postMessage({ id, raw, envelope }, [raw.buffer]);
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
