/**
 * A parse thread of `files.ts`: takes the next file not yet taken, parses it and posts its answer,
 * until none is left; then it ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type FileReply, type FilesWork, parseFile, takeNext } from './files.ts';

const port = parentPort;
if (!port) throw new Error('scrapers/pacer/files-worker.ts runs on a worker thread (files.ts starts it)');
const { files, options, next } = workerData as FilesWork;
for (let index = takeNext(next); index < files.length; index = takeNext(next)) {
  const reply: FileReply = { index, outcome: parseFile(files[index]!, options) };
  port.postMessage(reply);
}
