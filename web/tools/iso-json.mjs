// iso-json.mjs - converts data/iso-numeric.csv (iso3,numeric,name; RFC 4180) into the
// JSON the page loads: {"source", "countries": [{"iso3", "numeric", "name"}]}.
// usage: node web/tools/iso-json.mjs IN.csv OUT.json  (writes OUT only when it changes)
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

function parseCsv(text) {
	const rows = [];
	let row = [], f = '', q = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (q) {
			if (c === '"' && text[i + 1] === '"') { f += '"'; i++; }
			else if (c === '"') q = false;
			else f += c;
		} else if (c === '"') q = true;
		else if (c === ',') { row.push(f); f = ''; }
		else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(f); rows.push(row); row = []; f = '';
		} else f += c;
	}
	if (f !== '' || row.length) { row.push(f); rows.push(row); }
	return rows;
}

const [inPath, outPath] = process.argv.slice(2);
const rows = parseCsv(readFileSync(inPath, 'utf8'));
const head = rows.shift();
if (head.join(',') !== 'iso3,numeric,name') {
	console.error(`iso-json: ${inPath}: unexpected header '${head.join(',')}'`);
	process.exit(1);
}
const countries = rows.filter((r) => r.length === 3).map(([iso3, numeric, name]) => ({ iso3, numeric, name }));
const json = JSON.stringify({
	source: 'data/iso-numeric.csv, from Debian iso-codes (ISO 3166-1); see data/ISO-NUMERIC.md',
	countries,
}) + '\n';
if (!existsSync(outPath) || readFileSync(outPath, 'utf8') !== json) writeFileSync(outPath, json);
