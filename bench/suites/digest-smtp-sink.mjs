// The digest bench's SMTP server, in its own thread as a real mail server would be: it accepts
// everything, keeps nothing, and reports its port and then each accepted message's count.
import { parentPort } from 'node:worker_threads';
import { SMTPServer } from 'smtp-server';

let accepted = 0;
const server = new SMTPServer({
  disabledCommands: ['STARTTLS', 'AUTH'],
  authOptional: true,
  disableReverseLookup: true,
  logger: false,
  maxClients: 100,
  onData(stream, _session, cb) {
    stream.on('data', () => {});
    stream.on('end', () => {
      accepted++;
      cb();
    });
  },
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.server.address().port }));
parentPort.on('message', (msg) => {
  if (msg === 'count') parentPort.postMessage({ accepted });
  if (msg === 'close') server.close(() => parentPort.close());
});
