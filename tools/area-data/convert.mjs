// Writes src/Marketplace.Infrastructure/Areas/Data/areas.tsv (code<TAB>name for every province,
// regency and district of Indonesia) from the idn-area-data package, plus its licence notice.
// Run: npm ci && npm run convert   (only when the package is upgraded; the output is committed).
import { readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = path.join(here, 'node_modules', 'idn-area-data', 'data');
const target = path.join(here, '..', '..', 'src', 'Marketplace.Infrastructure', 'Areas', 'Data');

// RFC 4180 fields: quoted fields may hold commas and doubled quotes.
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field); rows.push(row); row = []; field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

function read(file) {
  const [header, ...rows] = parseCsv(readFileSync(path.join(source, file), 'utf8')).filter(r => r.length > 1);
  const code = header.indexOf('code'), name = header.indexOf('name');
  return rows.map(r => [r[code], r[name].trim()]);
}

const areas = ['provinces.csv', 'regencies.csv', 'districts.csv'].flatMap(read);
for (const [code, name] of areas) {
  if (!/^\d{2}(\.\d{2}){0,2}$/.test(code) || name.includes('\t')) throw new Error(`unexpected row: ${code} ${name}`);
}
areas.sort(([a], [b]) => a.localeCompare(b));

mkdirSync(target, { recursive: true });
writeFileSync(path.join(target, 'areas.tsv'), areas.map(([c, n]) => `${c}\t${n}`).join('\n') + '\n');
copyFileSync(path.join(source, 'LICENSE.md'), path.join(target, 'LICENSE-idn-area-data.md'));
console.log(`wrote ${areas.length} areas to ${path.relative(process.cwd(), target)}`);
