// Starts a worker thread on the module `workerData.entry`: the compiled build's `.js` as it is, a
// TypeScript source (a checkout run through tsx, the tests) through tsx, as bin/docketwatch.js does.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
