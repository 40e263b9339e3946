/**
 * The parse thread's side of `parse-thread.ts`: each message names a built-in source, a document
 * and the source's validated config; the answer is the source's `parse` of it, or the error it
 * threw (its class by name, message, code and own fields), in a message of the same `id`.
 */
import { parentPort } from 'node:worker_threads';
import type { ParseReply, ParseRequest } from './parse-thread.ts';
import { findSource } from './registry.ts';

const port = parentPort;
if (!port)
  throw new Error('scrapers/parse-worker.ts runs on a worker thread (scrapers/parse-thread.ts starts it)');

port.on('message', (request: ParseRequest) => {
  let reply: ParseReply;
  try {
    const source = findSource(request.source);
    if (!source) throw new Error(`the parse thread knows no source ${request.source}`);
    reply = { id: request.id, result: source.parse(request.document, request.config) };
  } catch (err) {
    reply = { id: request.id, error: describeError(err) };
  }
  port.postMessage(reply);
});

function describeError(err: unknown): NonNullable<ParseReply['error']> {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err), stack: null, fields: {} };
  // Own fields (`code`, `limit`, `size`, `status`…) travel as they are; `cause` only as text.
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(err)) if (k !== 'cause') fields[k] = v;
  if (err.cause !== undefined) fields.cause = String(err.cause);
  return { name: err.name, message: err.message, stack: err.stack ?? null, fields };
}
