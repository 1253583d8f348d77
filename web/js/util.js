// util.js - small helpers shared by the views: building DOM nodes, dates as day
// numbers, the six map classes with their labels, and links to sources. Nothing here
// computes a status: statuses come from inforce (the API or the static export).

// h('a', {href: '#/'}, 'text', child...): an element. Attributes whose value is null,
// undefined or false are left out; `on*` functions become listeners.
export function h(tag, attrs, ...children) {
	const svg = tag.startsWith('svg:');
	const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
		: document.createElement(tag);
	for (const [k, v] of Object.entries(attrs || {})) {
		if (v === null || v === undefined || v === false) continue;
		if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
		else if (k === 'class') el.setAttribute('class', v);
		else el.setAttribute(k, v === true ? '' : String(v));
	}
	append(el, children);
	return el;
}

export function append(el, children) {
	for (const c of children.flat(Infinity)) {
		if (c === null || c === undefined || c === false) continue;
		el.append(c instanceof Node ? c : document.createTextNode(String(c)));
	}
	return el;
}

export function clear(el) {
	while (el.firstChild) el.removeChild(el.firstChild);
	return el;
}

// Dates: "YYYY-MM-DD" <-> days since 1970-01-01 (UTC), for the slider.
const DAY_MS = 86400000;
export function toDay(iso) {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
	if (!m) return NaN;
	const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
	const d = new Date(t);
	return d.getUTCDate() === +m[3] && d.getUTCMonth() === +m[2] - 1 ? Math.round(t / DAY_MS) : NaN;
}
export function fromDay(day) {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
export function validDate(iso) {
	return Number.isFinite(toDay(iso));
}
export function todayUTC() {
	return new Date().toISOString().slice(0, 10);
}
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
	'September', 'October', 'November', 'December'];
// "6 March 2025"
export function longDate(iso) {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
	return m ? `${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}` : iso || '';
}

// The map classes: inforce's statuses, with a party whose withdrawal is pending
// shown apart, and "none" for a state with no act on or before the date.
export const CLASSES = [
	{ id: 'party', label: 'Party', help: 'the treaty is in force for it' },
	{ id: 'pending', label: 'Party, withdrawal pending', help: 'withdrawal notified, not yet in effect' },
	{ id: 'contracting', label: 'Contracting', help: 'consent deposited, not yet in force for it' },
	{ id: 'signatory', label: 'Signatory', help: 'signed, no consent to be bound yet' },
	{ id: 'withdrawn', label: 'Withdrawn', help: 'its withdrawal has taken effect' },
	{ id: 'none', label: 'Not a participant', help: 'no act on or before the date' },
];
export const CLASS_BY_ID = Object.fromEntries(CLASSES.map((c, i) => [c.id, { ...c, rank: i }]));

// The class of an inforce status ("party" with a pending withdrawal is "pending").
export function classOf(status, pending) {
	if (status === 'party' && pending) return 'pending';
	return CLASS_BY_ID[status] ? status : 'none';
}

// A small square in the class's fill, for the legend and the tables.
export function swatch(cls, size = 14) {
	return h('svg:svg', { class: 'swatch', width: size, height: size, viewBox: `0 0 ${size} ${size}`, 'aria-hidden': 'true', focusable: 'false' },
		h('svg:rect', { width: size, height: size, fill: `url(#pat-${cls})`, stroke: '#555', 'stroke-width': 0.8 }));
}

// Text with each YYYY-MM-DD kept on one line.
export function withDates(text) {
	const out = [];
	let last = 0;
	for (const m of String(text).matchAll(/\d{4}-\d{2}-\d{2}/g)) {
		out.push(text.slice(last, m.index), h('span', { class: 'd' }, m[0]));
		last = m.index + m[0].length;
	}
	out.push(text.slice(last));
	return out.filter((x) => x !== '');
}

export function statusBadge(cls) {
	return h('span', { class: `status st-${cls}` }, swatch(cls), ' ', CLASS_BY_ID[cls].label);
}

// Words for the event names of inforce_event_name().
const EVENT_WORDS = {
	treaty_entry_into_force: 'the treaty enters into force',
	signature: 'signs',
	consent: 'deposits its instrument',
	entry_into_force: 'the treaty enters into force for it',
	provisional_application: 'declares provisional application',
	withdrawal_notified: 'notifies its withdrawal',
	withdrawal_effective: 'its withdrawal takes effect',
	ratification_withdrawn: 'withdraws its instrument of ratification',
	suspension_declared: 'declares a suspension (status unchanged)',
	deadline: 'treaty deadline',
	ceased: 'ceases to exist (not counted from this day)',
};
export function eventWords(e) {
	if (e.event === 'consent' && e.act) return `deposits its instrument of ${e.act.replace(/_/g, ' ')}`;
	if (e.event === 'deadline') return `deadline: ${(e.obligation || 'obligation').replace(/_/g, ' ')}`;
	return EVENT_WORDS[e.event] || String(e.event).replace(/_/g, ' ');
}

export function words(s) {
	return String(s || '').replace(/_/g, ' ');
}

// A source as text with its links: URLs become links, and "github:OWNER/REPO PATH"
// (the scrape the bundled data cites) links to that file on GitHub.
export function sourceNodes(src) {
	if (!src) return ['(no source recorded)'];
	const gh = /^github:([\w.-]+\/[\w.-]+)\s+([^\s(]+)(.*)$/s.exec(src);
	if (gh) {
		const href = `https://github.com/${gh[1]}/blob/HEAD/${gh[2]}`;
		return [h('a', { href, class: 'src' }, `github:${gh[1]} ${gh[2]}`), gh[3]];
	}
	const out = [];
	let last = 0;
	// URLs, and "MTDSG XXVI-6" (a UN Treaty Collection status page) as links.
	for (const m of src.matchAll(/https?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:]|MTDSG ([IVXLC]+-[0-9A-Za-z-]*[0-9A-Za-z])/g)) {
		const href = m[1] ? untcUrl(m[1]) : m[0];
		if (!href) continue;
		out.push(src.slice(last, m.index), h('a', { href, class: 'src' }, m[0]));
		last = m.index + m[0].length;
	}
	out.push(src.slice(last));
	return out.filter((x) => x !== '');
}

// A short link to a source, for table cells: labelled by host (or repository).
export function sourceShort(src) {
	if (!src) return null;
	const gh = /^github:([\w.-]+\/[\w.-]+)\s+([^\s(]+)/.exec(src);
	if (gh)
		return h('a', { href: `https://github.com/${gh[1]}/blob/HEAD/${gh[2]}`, class: 'src', title: src }, gh[1].split('/')[1] + ' ' + gh[2].split('/').pop());
	const untc = /MTDSG ([IVXLC]+-[0-9A-Za-z-]*[0-9A-Za-z])/.exec(src);
	if (untc && untcUrl(untc[1]))
		return h('a', { href: untcUrl(untc[1]), class: 'src', title: src }, `UNTC ${untc[1]}`);
	const u = /https?:\/\/([^\s/<>"')]+)[^\s<>"')]*/.exec(src);
	if (u) return h('a', { href: u[0], class: 'src', title: src }, u[1].replace(/^www\./, ''));
	return h('span', { class: 'src', title: src }, src.length > 40 ? src.slice(0, 38) + '…' : src);
}

// Short links for a list of sources, one per distinct target (two acts read from the
// same UNTC file differ only by line number).
export function sourceList(list) {
	const seen = new Set(), out = [];
	for (const src of list || []) {
		const a = sourceShort(src);
		const key = a && (a.getAttribute('href') || a.textContent);
		if (!a || seen.has(key)) continue;
		seen.add(key);
		out.push(a, ' ');
	}
	return out;
}

// The UN Treaty Collection page of an MTDSG reference ("XXVI-6": chapter 26).
export function untcUrl(ref) {
	const m = /^([IVXLC]+)-([0-9A-Za-z-]+)$/.exec(ref || '');
	if (!m) return null;
	const val = { I: 1, V: 5, X: 10, L: 50, C: 100 };
	let n = 0;
	const r = m[1].toUpperCase();
	for (let i = 0; i < r.length; i++) {
		const v = val[r[i]], next = val[r[i + 1]] || 0;
		n += v < next ? -v : v;
	}
	return `https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=${encodeURIComponent(ref)}&chapter=${n}&clang=_en`;
}

export function announce(text) {
	const el = document.getElementById('announce');
	if (el) el.textContent = text;
}
