// api.js - where the page gets its data. Two modes, read from mode.json at start:
//  - live: `inforce serve` answers api/v1/... with query strings (docs/api.md);
//  - static: `inforce site` wrote the same answers as files, computed for one date
//    (mode.json says which), at paths without query strings: api/v1/status/ccm.json.
// All URLs are relative, so the page works under any prefix.

let mode = { static: false };
const cache = new Map();

export async function init() {
	try {
		const r = await fetch('mode.json', { cache: 'no-cache' });
		if (r.ok) mode = await r.json();
	} catch (e) {
		mode = { static: false };
	}
	return mode;
}

export const isStatic = () => mode.static === true;
// The date a static export was computed for (null when live).
export const exportDate = () => (isStatic() ? mode.on : null);

// path: "status/ccm", "charts/ccm.svg", "upcoming.ics"; query: {on: "2025-03-06"}.
// In static mode the query is dropped: the file holds the answer for the export date.
export function url(path, query) {
	const p = 'api/v1/' + path.split('/').map(encodeURIComponent).join('/');
	if (isStatic()) return /\.(svg|ics|atom|csv|json)$/.test(path) ? p : p + '.json';
	const q = new URLSearchParams();
	for (const [k, v] of Object.entries(query || {})) if (v !== undefined && v !== null) q.set(k, v);
	const qs = q.toString();
	return qs ? `${p}?${qs}` : p;
}

export async function getJSON(path, query) {
	const u = url(path, query);
	if (!cache.has(u)) {
		const p = fetch(u).then(async (r) => {
			if (!r.ok) {
				let msg = `HTTP ${r.status}`;
				try {
					const body = await r.json();
					if (body && body.error && body.error.message) msg = body.error.message;
				} catch (e) { /* not JSON */ }
				const err = new Error(`${u}: ${msg}`);
				err.status = r.status;
				throw err;
			}
			return r.json();
		});
		p.catch(() => cache.delete(u));
		cache.set(u, p);
	}
	return cache.get(u);
}

// Static files the page itself ships (the world map, the ISO code table).
export async function getAsset(path) {
	if (!cache.has(path)) {
		const p = fetch(path).then((r) => {
			if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
			return r.json();
		});
		p.catch(() => cache.delete(path));
		cache.set(path, p);
	}
	return cache.get(path);
}

// The treaties held, in the order of /api/v1/treaties.
export async function treaties() {
	return (await getJSON('treaties')).treaties;
}
