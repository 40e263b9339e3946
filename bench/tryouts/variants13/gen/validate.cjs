const Ajv2020 = require('/work/main/node_modules/ajv/dist/2020').default;
const fs = require('fs');
const schema = JSON.parse(fs.readFileSync('/work/main/src/demo/replay.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const v = ajv.compile(schema);
let bad = 0;
for (const f of fs.readdirSync('/work/notes/variants13').filter((f) => /^[TN]\d-\d\.json$/.test(f))) {
  const h = JSON.parse(fs.readFileSync('/work/notes/variants13/' + f, 'utf8'));
  if (!v(h)) { bad++; console.log(f, JSON.stringify(v.errors.slice(0, 3))); }
  const nums = h.entries.map((e) => e.number).filter((n) => n != null);
  if (new Set(nums).size !== nums.length) { bad++; console.log(f, 'dup numbers'); }
}
console.log('bad', bad);
