// validates the variants14 histories against the replay JSON Schema (no docketwatch run)
import Ajv2020 from '/work/main/node_modules/ajv/dist/2020.js';
import fs from 'node:fs';
const schema = JSON.parse(fs.readFileSync('/work/wt-v14base/src/demo/replay.schema.json', 'utf8'));
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const v = ajv.compile(schema);
const dir = '/work/notes/variants14';
for (const f of fs.readdirSync(dir).filter((f) => /^V\d-\d\.json$/.test(f)).sort()) {
  const h = JSON.parse(fs.readFileSync(`${dir}/${f}`, 'utf8'));
  const ok = v(h);
  const nums = h.entries.map((e) => e.number).filter((n) => n !== null);
  const dup = nums.filter((n, i) => nums.indexOf(n) !== i);
  console.log(f, ok ? 'ok' : JSON.stringify(v.errors), dup.length ? `dup ${dup}` : '');
}
