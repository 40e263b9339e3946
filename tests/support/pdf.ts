/**
 * Small PDFs made in tests: text pages, image-only pages, encrypted, truncated and decompression
 * bombs. Each is a real PDF (objects, a cross-reference table with the right offsets, a trailer).
 */
import { createDeflate, deflateSync } from 'node:zlib';

export interface PageSpec {
  /** Lines of text drawn in Helvetica, top down. */
  lines?: string[];
  /** Paint a grey image over the page instead of (or under) the text. */
  image?: { width: number; height: number; pixels?: Buffer };
  /** Use this (already deflated) content stream, with `/Filter /FlateDecode`. */
  deflatedContent?: Buffer;
}

export interface PdfSpec {
  pages: PageSpec[];
  /** Add a standard security handler (RC4, revision 2) whose user password is not empty. */
  encrypted?: boolean;
}

const escapeText = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

export function makePdf(spec: PdfSpec): Buffer {
  const objects: Buffer[] = [];
  const add = (body: string | Buffer): number => {
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    return objects.length;
  };
  const stream = (dict: string, data: Buffer) =>
    Buffer.concat([
      Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
      data,
      Buffer.from('\nendstream', 'latin1'),
    ]);

  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, filled in below
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const page of spec.pages) {
    let content: Buffer;
    let contentDict = '';
    let resources = `/Font << /F1 ${font} 0 R >>`;
    if (page.deflatedContent) {
      content = page.deflatedContent;
      contentDict = '/Filter /FlateDecode';
    } else {
      let ops = '';
      if (page.image) {
        const { width, height } = page.image;
        const pixels = page.image.pixels ?? Buffer.alloc(width * height, 0xff);
        const im = add(
          stream(
            `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8`,
            pixels,
          ),
        );
        resources += ` /XObject << /Im1 ${im} 0 R >>`;
        ops += 'q 612 0 0 792 0 0 cm /Im1 Do Q\n';
      }
      if (page.lines?.length) {
        ops += 'BT /F1 11 Tf 14 TL 72 720 Td\n';
        for (const line of page.lines) ops += `(${escapeText(line)}) Tj T*\n`;
        ops += 'ET\n';
      }
      content = Buffer.from(ops, 'latin1');
    }
    const c = add(stream(contentDict, content));
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << ${resources} >> /Contents ${c} 0 R >>`,
      ),
    );
  }
  objects[1] = Buffer.from(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
    'latin1',
  );
  let trailerExtra = '';
  if (spec.encrypted) {
    const hex = (n: number) => Buffer.alloc(32, n).toString('hex');
    const enc = add(`<< /Filter /Standard /V 1 /R 2 /O <${hex(0x41)}> /U <${hex(0x42)}> /P -4 >>`);
    trailerExtra = ` /Encrypt ${enc} 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]`;
  }

  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(offset);
    const obj = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(obj);
    offset += obj.length;
  });
  const xref =
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
    offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') +
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailerExtra} >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return Buffer.concat(parts);
}

/** A deflated stream of `bytes` zero bytes: a few hundred KiB that inflate to `bytes`. */
export async function deflatedZeros(bytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const chunk = Buffer.alloc(16 * 2 ** 20);
  for (let left = bytes; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    if (!deflate.write(piece)) await new Promise((r) => deflate.once('drain', r));
  }
  await new Promise((r) => deflate.end(r));
  return Buffer.concat(out);
}

export { deflateSync };
