/**
 * `decodeBase64` of entities 7 (`entities/dist/esm/internal/decode-shared.js`, which htmlparser2's
 * tokenizer imports for its entity tables), as the `docketwatch parse` bundle takes it in
 * (scripts/dist.js): the same table from the same text, read by Node's native base64 decoder
 * instead of `atob`, which Node 20 runs in JavaScript — 5–40 ms of every start of the bundle for
 * the HTML entity table on this machine, 0.2 ms this way. For valid base64, which the generated
 * tables are, both read the same bytes (`tests/cli/decode-base64.test.ts` compares the tables).
 */
export function decodeBase64(input) {
  const bytes = Buffer.from(input, 'base64');
  const out = new Uint16Array(bytes.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
  return out;
}
