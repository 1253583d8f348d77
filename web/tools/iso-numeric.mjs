// iso-numeric.mjs - writes data/iso-numeric.csv (iso3,numeric,name) from Debian's
// iso-codes package (/usr/share/iso-codes/json/iso_3166-1.json). The map of the
// dashboard needs it: world-atlas names countries by ISO 3166-1 numeric code,
// inforce by alpha-3. See data/ISO-NUMERIC.md.
// usage: node web/tools/iso-numeric.mjs [ISO_JSON] > data/iso-numeric.csv
import { readFileSync } from 'node:fs';

const src = process.argv[2] || '/usr/share/iso-codes/json/iso_3166-1.json';
const rows = JSON.parse(readFileSync(src, 'utf8'))['3166-1'];
const field = (s) => (/[",\n\r]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s);
const out = ['iso3,numeric,name'];
for (const r of rows.slice().sort((a, b) => (a.alpha_3 < b.alpha_3 ? -1 : 1)))
	out.push([r.alpha_3, r.numeric, r.name].map(field).join(','));
process.stdout.write(out.join('\n') + '\n');
