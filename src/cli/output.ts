/** Write one line to stdout, waiting when the pipe is full so that large outputs are not buffered whole. */
export function writeLine(line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = process.stdout.write(`${line}\n`, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else process.stdout.once('drain', resolve);
  });
}
