/** Reading forwarded notices from disk: a file, a maildir or a folder of `.eml` files. */
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../../src/errors.ts';

/** Notices are small; anything over this is not one (attachments are links, not bodies). */
export const MAX_NOTICE_BYTES = 10 * 1024 * 1024;

/** The message files of a path: the file itself, a maildir's `new/` and `cur/`, or a folder's `.eml` files. */
export async function messageFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch((cause) => {
    throw new InputError(`${path}: ${(cause as Error).message}`, { cause });
  });
  if (info.isFile()) return [path];
  const names = await readdir(path);
  if (names.includes('new') || names.includes('cur')) {
    const out: string[] = [];
    for (const sub of ['new', 'cur']) {
      if (!names.includes(sub)) continue;
      for (const n of (await readdir(join(path, sub))).sort())
        if (!n.startsWith('.')) out.push(join(path, sub, n));
    }
    return out;
  }
  return names
    .filter((n) => n.toLowerCase().endsWith('.eml'))
    .sort()
    .map((n) => join(path, n));
}

/** A maildir message in `new/` moves to `cur/` once read (flag S, seen), as mail readers do. */
export async function markRead(file: string): Promise<void> {
  if (basename(dirname(file)) !== 'new') return;
  const cur = join(dirname(dirname(file)), 'cur');
  await mkdir(cur, { recursive: true });
  await rename(file, join(cur, `${basename(file)}:2,S`));
}
