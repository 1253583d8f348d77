// map.js - the world map: Natural Earth 1:110m countries (world-atlas), drawn with
// d3-geo in an Equal Earth projection, each country filled with its status's
// pattern (index.html defines one per class). world-atlas names countries by ISO
// 3166-1 numeric code; data/iso-numeric.json (from data/iso-numeric.csv) maps them
// to the alpha-3 codes inforce uses. Uses the globals of vendor/: d3, topojson.
import { getAsset } from './api.js';
import { h, CLASS_BY_ID, longDate } from './util.js';

const W = 960, H = 470;
const MARKED = new Set(['pending', 'withdrawn']);
const SMALL = 400; // square units of the 960-wide map

// Builds the map once; returns {node, update(lookup), describe(text)} where
// lookup(iso3) gives {cls, since} for a state (or null: not a participant).
export async function createMap({ onSelect, captionId }) {
	const [world, iso] = await Promise.all([getAsset('vendor/countries-110m.json'),
		getAsset('data/iso-numeric.json')]);
	const byNumeric = new Map(iso.countries.map((c) => [c.numeric, c]));
	/* global d3, topojson */
	const all = topojson.feature(world, world.objects.countries).features;
	const features = all.filter((f) => f.id !== '010'); // Antarctica: no state to show
	const projection = d3.geoEqualEarth().fitExtent([[6, 6], [W - 6, H - 6]],
		{ type: 'FeatureCollection', features });
	const path = d3.geoPath(projection);

	const svg = h('svg:svg', { class: 'map', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': captionId,
		preserveAspectRatio: 'xMidYMid meet' });
	// The graticule, clipped to the globe's outline (the map is cut at Antarctica).
	svg.append(h('svg:defs', {}, h('svg:clipPath', { id: 'map-clip' }, h('svg:path', { d: path({ type: 'Sphere' }) }))));
	svg.append(h('svg:path', { class: 'sphere', d: path({ type: 'Sphere' }) }));
	svg.append(h('svg:path', { class: 'graticule', d: path(d3.geoGraticule10()), 'clip-path': 'url(#map-clip)' }));
	const shapes = [];
	for (const f of features) {
		const c = byNumeric.get(f.id);
		const iso3 = c ? c.iso3 : '';
		const name = c ? c.name : (f.properties && f.properties.name) || 'unknown';
		const title = h('svg:title', {}, name);
		const el = h('svg:path', {
			class: 'country', d: path(f), 'data-iso3': iso3 || null, 'data-numeric': f.id || null,
			'data-status': 'none', fill: 'url(#pat-none)',
		}, title);
		if (iso3 && onSelect) el.addEventListener('click', () => onSelect(iso3));
		// Where a marker goes when the shape is too small to see: the centre of its
		// largest part (France's centroid would fall in the sea, with French Guiana).
		const parts = f.geometry && f.geometry.type === 'MultiPolygon'
			? f.geometry.coordinates.map((c) => ({ type: 'Polygon', coordinates: c })) : [f];
		const big = parts.reduce((a, b) => (path.area(b) > path.area(a) ? b : a));
		shapes.push({ el, title, iso3, name, area: path.area(f), center: path.centroid(big) });
		svg.append(el);
	}
	// Rings over small countries whose status is rare news (a pending withdrawal, a
	// withdrawal in effect), so that Lithuania is not one blue pixel among many.
	const marks = h('svg:g', { class: 'marks', 'aria-hidden': 'true' });
	svg.append(marks);

	return {
		node: svg,
		// Fills every country for a date: lookup(iso3) -> {cls, since, name} or null.
		// Returns how many countries it shows grey (not a participant).
		update(lookup) {
			const grey = new Set();
			for (const s of shapes) {
				const r = s.iso3 ? lookup(s.iso3) : null;
				const cls = r ? r.cls : 'none';
				if (cls === 'none') grey.add(s.iso3 || s.name);
				if (s.el.getAttribute('data-status') !== cls) {
					s.el.setAttribute('data-status', cls);
					s.el.setAttribute('fill', `url(#pat-${cls})`);
				}
				const label = `${r && r.name ? r.name : s.name}: ${CLASS_BY_ID[cls].label}` +
					(r && r.since ? ` since ${longDate(r.since)}` : '') +
					(s.iso3 ? '' : ' (no ISO 3166 code)');
				if (s.title.textContent !== label) s.title.textContent = label;
				const want = MARKED.has(cls) && s.area < SMALL;
				if (want && (!s.mark || s.mark.getAttribute('data-status') !== cls)) {
					if (s.mark) s.mark.remove();
					s.mark = h('svg:circle', { class: 'mark', cx: s.center[0], cy: s.center[1], r: 7,
						fill: `url(#pat-${cls})`, 'data-status': cls, 'data-iso3': s.iso3 || null });
					marks.append(s.mark);
				} else if (!want && s.mark) {
					s.mark.remove();
					s.mark = null;
				}
			}
			return grey.size;
		},
	};
}
