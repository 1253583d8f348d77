// treaty.js - the treaty page (#/treaty/ccm?on=2025-03-06): the world map by status
// on a date, a date slider with a play button, the legend with counts, a sortable
// table of states, the treaty's metadata and rules, its chart and the timeline of
// acts. The slider moves through time without asking the server again: it reads
// /api/v1/changes/{treaty}, where the status on a date is the last change on or
// before it (docs/api.md). Dates and sources of each state come from
// /api/v1/status/{treaty} (asked again in live mode when a date is settled).
import * as api from './api.js';
import { createMap } from './map.js';
import {
	h, clear, toDay, fromDay, longDate, CLASSES, CLASS_BY_ID, classOf, swatch, statusBadge,
	eventWords, words, withDates, sourceNodes, sourceList, untcUrl, announce,
} from './util.js';

const RULE_TITLES = {
	entry_into_force: 'Entry into force',
	late_joiner: 'States that join later',
	withdrawal: 'Withdrawal',
};

function ordinal(n) {
	const t = n % 100;
	if (t >= 11 && t <= 13) return `${n}th`;
	return n + ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] || 'th');
}

// Each state's changes as [{day, date, cls}], and the range of dates they span.
function readChanges(changes) {
	const states = new Map();
	let first = Infinity, last = -Infinity;
	for (const [iso3, s] of Object.entries(changes.states || {})) {
		// a State that ceased to exist (Czechoslovakia from 1993) is neither counted
		// nor listed from that day: `ceased` marks the change
		const list = s.changes.map((c) => ({ day: toDay(c.date), date: c.date, cls: classOf(c.status, c.withdrawal_pending), ceased: c.status === 'ceased' }));
		if (list.length) {
			first = Math.min(first, list[0].day);
			last = Math.max(last, list[list.length - 1].day);
		}
		states.set(iso3, { iso3, name: s.name || iso3, list });
	}
	return { states, first, last };
}

// The last change on or before `day` (changes are in date order).
function changeOn(list, day) {
	let lo = 0, hi = list.length - 1, found = null;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (list[mid].day <= day) { found = list[mid]; lo = mid + 1; } else hi = mid - 1;
	}
	return found;
}

function eifSentence(t, names) {
	const e = t.entry_into_force || {};
	const pub = t.published_entry_into_force;
	const head = e.basis === 'published'
		? `In force on ${e.date}, the date the depositary publishes (the depositary decides). ` : '';
	if (!e.computed && !e.instruments_held)
		return head + `Not computed: no instrument of this treaty is held yet.${pub && !head ? ` The sources publish ${pub} (not checked).` : ''}`;
	if (!e.computed) {
		let s = head + (e.instruments_needed
			? `Not in force on the data held: ${e.instruments_held} of ${e.instruments_needed} instruments needed.`
			: `Not in force on the data held: ${e.instruments_held} instruments held, and the rule names States that must all deposit.`);
		if (e.missing_states && e.missing_states.length)
			s += ` Still missing: ${e.missing_states.map((i) => names(i)).join(', ')}.`;
		return s;
	}
	let s = head + `Computed: ${e.computed}. The ${ordinal(e.instruments_needed)} counted instrument was deposited on ` +
		`${e.trigger_date} (deposits that day: ${(e.trigger_states || []).map((i) => names(i)).join(', ')}; ` +
		`${e.instruments_by_trigger} instruments by that date; the order within one day is not recorded).`;
	if (pub) s += ` The published date, ${pub}, ${pub === e.computed ? 'agrees' : 'differs: an instrument the depositary counted is missing from the data, or one held was counted otherwise'}.`;
	return s;
}

function withdrawalText(w) {
	if (!w) return '';
	if (!w.effective) return `notified ${w.notified}; effect delayed (see the state's page)`;
	return `notified ${w.notified}, effective ${w.effective}`;
}

const COLUMNS = [
	{ key: 'name', label: 'State', get: (r) => r.name },
	{ key: 'status', label: 'Status', get: (r) => CLASS_BY_ID[r.cls].rank },
	{ key: 'since', label: 'Since', get: (r) => r.since || '' },
	{ key: 'signature', label: 'Signed', get: (r) => (r.s && r.s.signature) || '' },
	{ key: 'consent', label: 'Consent', get: (r) => (r.s && r.s.consent && r.s.consent.date) || '' },
	{ key: 'eif', label: 'In force', get: (r) => (r.s && r.s.entry_into_force) || '' },
	{ key: 'withdrawal', label: 'Withdrawal', get: (r) => (r.s && r.s.withdrawal && (r.s.withdrawal.effective || r.s.withdrawal.notified)) || '' },
	{ key: 'sources', label: 'Sources', get: null },
];

export async function treatyView(main, id, on, ctx) {
	const [treaty, changes, list] = await Promise.all([
		api.getJSON(`treaties/${id}`), api.getJSON(`changes/${id}`), api.treaties()]);
	id = treaty.id;
	const ch = readChanges(changes);
	const name = (iso3) => (ch.states.get(iso3) || {}).name || iso3;
	const defDay = toDay(ctx.defaultDate);
	let day = toDay(on);
	if (!Number.isFinite(day)) day = defDay;
	const hasData = ch.states.size > 0;
	const minDay = Math.min(hasData ? ch.first : defDay, day);
	const maxDay = Math.max(hasData ? ch.last : defDay, defDay, day);
	const step = Math.max(1, Math.ceil((maxDay - minDay) / 220));

	let details = new Map(), detailsDate = null, playing = null, sort = { key: 'name', dir: 1 }, filter = '';
	let timelineAll = false;

	// ---------- head
	const title = treaty.short_name || treaty.title || id.toUpperCase();
	const h1 = h('h1', { tabindex: '-1' }, title);
	// Arms regulation first (the treaties inforce was written for), then the rest of
	// the UN Treaty Collection's files, each group in the API's order.
	const opt = (t) => h('option', { value: t.id, selected: t.id === id }, `${t.short_name || t.title || t.id} (${t.untc || t.id.toUpperCase()})`);
	const arms = list.filter((t) => /\barms-regulation\b/.test(t.tags || ''));
	const rest = list.filter((t) => !/\barms-regulation\b/.test(t.tags || ''));
	const select = h('select', { id: 'treaty-select' },
		arms.length && rest.length
			? [h('optgroup', { label: 'Arms regulation and disarmament' }, arms.map(opt)),
				h('optgroup', { label: 'Other treaties (UN Treaty Collection)' }, rest.map(opt))]
			: list.map(opt));
	select.addEventListener('change', () => { location.hash = `#/treaty/${select.value}?on=${fromDay(day)}`; });
	const untc = untcUrl(treaty.untc);
	const head = h('header', { class: 'page-head' },
		h('p', { class: 'kicker' }, 'Treaty', treaty.untc ? [' · UNTC ', untc ? h('a', { href: untc }, treaty.untc) : treaty.untc] : null),
		h1,
		treaty.title && treaty.title !== title ? h('p', { class: 'lede' }, treaty.title) : null,
		h('div', { class: 'pick' }, h('label', { for: 'treaty-select' }, 'Show another treaty'), select),
		h('nav', { class: 'toc', 'aria-label': 'On this page' }, h('ul', {},
			[['sec-map', 'Map'], ['sec-chart', 'Chart'], ['sec-timeline', 'Timeline'], ['sec-about', 'The treaty'], ['sec-table', 'States']]
				.map(([a, l]) => h('li', {}, h('a', { href: `#${a}`, 'data-anchor': a }, l))))));

	// ---------- status: headline, controls, map, legend
	const dateTitle = h('time', { id: 'status-date' });
	const headline = h('p', { class: 'headline', id: 'headline' });
	const slider = h('input', { type: 'range', id: 'slider', min: minDay, max: maxDay, step: 1, value: day, disabled: !hasData });
	// a text field in ISO 8601 (YYYY-MM-DD), as every date on the page, whatever the
	// browser's locale would make of type=date
	const dateInput = h('input', { type: 'text', id: 'date-input', inputmode: 'numeric', pattern: '\\d{4}-\\d{2}-\\d{2}',
		placeholder: 'YYYY-MM-DD', size: 10, maxlength: 10, 'aria-describedby': 'date-input-help', value: fromDay(day) });
	const playBtn = h('button', { type: 'button', id: 'play', class: 'btn', 'aria-pressed': 'false', disabled: !hasData },
		h('span', { 'aria-hidden': 'true', class: 'icon' }, '▶'), h('span', { class: 'lab' }, ' Play'));
	const sliderEnds = h('div', { class: 'ends', 'aria-hidden': 'true' }, h('span', {}, fromDay(minDay)), h('span', {}, fromDay(maxDay)));
	const legendList = h('ul', { class: 'legend-list' });
	const legendCounts = {};
	for (const c of CLASSES) {
		const count = h('span', { class: 'count' }, '0');
		legendCounts[c.id] = count;
		legendList.append(h('li', { 'data-class': c.id }, swatch(c.id, 18),
			h('span', { class: 'lab' }, c.label, h('span', { class: 'help' }, c.help)), count));
	}
	const deposited = h('p', { class: 'deposited' });
	// how current the record is: later acts are not held
	const currency = h('p', { class: 'currency', id: 'currency' });
	const captionId = 'map-caption';
	const caption = h('figcaption', { id: captionId });
	const mapFig = h('figure', { class: 'map-fig' }, h('div', { class: 'map-box' }), caption);
	const map = await createMap({ captionId, onSelect: (iso3) => { location.hash = `#/state/${iso3}?on=${fromDay(day)}`; } });
	mapFig.firstChild.append(map.node);
	const dataLinks = h('p', { class: 'data-links' });

	const statusSec = h('section', { id: 'sec-map', 'aria-labelledby': 'status-h' },
		h('h2', { id: 'status-h' }, 'Status on ', dateTitle),
		headline,
		h('div', { class: 'controls' },
			playBtn,
			h('div', { class: 'slider' }, h('label', { for: 'slider', class: 'visually-hidden' }, 'Date'), slider, sliderEnds),
			h('div', { class: 'date-field' }, h('label', { for: 'date-input' }, 'Date'), dateInput,
				h('span', { id: 'date-input-help', class: 'help' }, ` YYYY-MM-DD, ${fromDay(minDay)} to ${fromDay(maxDay)}`))),
		hasData ? null : h('p', { class: 'note' }, 'No data held for this treaty: no act of it is in the record, so every state shows as not a participant (not a count of zero parties).'),
		currency,
		h('div', { class: 'map-legend' }, mapFig,
			h('div', { class: 'legend', role: 'group', 'aria-labelledby': 'legend-h' },
				h('h3', { id: 'legend-h' }, 'Legend and counts'), legendList, deposited)),
		dataLinks);

	// ---------- table
	const filterInput = h('input', { type: 'search', id: 'table-filter', placeholder: 'e.g. Lithuania', autocomplete: 'off' });
	const tableCaption = h('p', { class: 'note', id: 'table-note' });
	const thead = h('thead', {}, h('tr', {}, COLUMNS.map((c) => c.get
		? h('th', { scope: 'col', 'data-key': c.key, 'aria-sort': c.key === sort.key ? 'ascending' : 'none' },
			h('button', { type: 'button', class: 'sort', 'data-key': c.key }, c.label, h('span', { class: 'arrow', 'aria-hidden': 'true' })))
		: h('th', { scope: 'col' }, c.label))));
	const tbody = h('tbody', {});
	const table = h('table', { class: 'states', id: 'states-table', 'aria-describedby': 'table-note' },
		h('caption', { class: 'visually-hidden' }, 'States and their status; the column headers sort the table'), thead, tbody);
	thead.addEventListener('click', (ev) => {
		const b = ev.target.closest('button.sort');
		if (!b) return;
		const key = b.dataset.key;
		sort = { key, dir: sort.key === key ? -sort.dir : 1 };
		for (const th of thead.querySelectorAll('th[data-key]'))
			th.setAttribute('aria-sort', th.dataset.key === key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none');
		renderTable();
	});
	filterInput.addEventListener('input', () => { filter = filterInput.value.trim().toLowerCase(); renderTable(); });
	const tableSec = h('section', { id: 'sec-table', 'aria-labelledby': 'table-h' },
		h('h2', { id: 'table-h' }, 'States'),
		h('div', { class: 'filter' }, h('label', { for: 'table-filter' }, 'Filter by name or code'), filterInput),
		tableCaption,
		h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'table-h' }, table));

	// ---------- about the treaty
	const meta = [
		['Full title', treaty.title], ['UNTC reference', treaty.untc ? (untc ? h('a', { href: untc }, treaty.untc) : treaty.untc) : null],
		['Adopted', treaty.adopted ? `${treaty.adopted}${treaty.adopted_place ? `, ${treaty.adopted_place}` : ''}` : null],
		['Opened for signature', treaty.opened_for_signature], ['Depositary', treaty.depositary],
		['Tags', treaty.tags], ['Entry into force (published)', treaty.published_entry_into_force],
	].filter(([, v]) => v);
	// the declarations, reservations and objections of the newest UN record, by state
	const notesBox = h('div', { id: 'treaty-notes' });
	const nc = treaty.note_counts || {};
	if ((nc.declaration || 0) + (nc.objection || 0) > 0) {
		const list = h('div', { class: 'notes-list' });
		const open = h('details', { id: 'notes-details' },
			h('summary', {}, `Declarations and reservations (${nc.declaration || 0}) and objections (${nc.objection || 0}), as the UN record publishes them`),
			list);
		open.addEventListener('toggle', async () => {
			if (!open.open || list.childElementCount) return;
			try {
				const n = await api.getJSON(`notes/${id}`);
				const shown = n.notes.filter((x) => x.kind === 'declaration' || x.kind === 'objection');
				list.append(h('p', { class: 'note' }, `From ${n.record}, status as at ${n.as_at}.`),
					...shown.map((x) => h('section', { class: 'treaty-note', 'data-iso3': x.iso3 || '' },
						h('h4', {}, x.iso3 ? h('a', { href: `#/state/${x.iso3}?on=${fromDay(day)}` }, x.participant || x.iso3) : (x.participant || 'General'),
							` · ${x.kind}`),
						h('p', { class: 'note-text' }, x.text))));
			} catch (e) {
				list.append(h('p', { class: 'note' }, `The notes could not be loaded: ${e.message}`));
			}
		});
		notesBox.append(h('h3', {}, 'Declarations, reservations and objections'), open);
	}
	const aboutSec = h('section', { id: 'sec-about', 'aria-labelledby': 'about-h' },
		h('h2', { id: 'about-h' }, 'The treaty'),
		h('dl', { class: 'meta' }, meta.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
		h('h3', {}, 'Entry into force'),
		h('p', { id: 'eif-text' }, eifSentence(treaty, name)),
		h('h3', {}, 'Rules, in words'),
		h('dl', { class: 'rules' }, (treaty.rules || []).map((r) => [
			h('dt', {}, r.name ? `Obligation: ${words(r.name)}` : RULE_TITLES[r.rule] || words(r.rule), r.article ? ` (art. ${r.article})` : ''),
			h('dd', {}, r.text)])),
		treaty.notes ? [h('h3', {}, 'Notes'), h('p', {}, treaty.notes)] : null,
		h('h3', {}, 'Source of the metadata and rules'),
		h('p', { class: 'source' }, sourceNodes(treaty.source)),
		notesBox);

	// ---------- chart
	const chartUrl = api.url(`charts/${id}.svg`);
	const chartSec = h('section', { id: 'sec-chart', 'aria-labelledby': 'chart-h' },
		h('h2', { id: 'chart-h' }, 'Participants over time'),
		h('figure', { class: 'chart' },
			h('img', { src: chartUrl, id: 'chart-img', alt: `Step chart of the parties, deposited instruments, signatories and withdrawals of ${title} over time, with the entry into force and each withdrawal marked.` }),
			h('figcaption', {}, 'Drawn by inforce from the same record. ', h('a', { href: chartUrl }, 'Open the SVG'), '.')));

	// ---------- timeline
	const timelineList = h('ol', { class: 'timeline', id: 'timeline' });
	const timelineMore = h('p', {});
	const timelineNote = h('p', { class: 'note' });
	const timelineSec = h('section', { id: 'sec-timeline', 'aria-labelledby': 'timeline-h' },
		h('h2', { id: 'timeline-h' }, 'Acts and dates'), timelineNote, timelineList, timelineMore);
	const diffTo = api.isStatic() ? api.exportDate() : fromDay(maxDay);
	const diffPromise = api.getJSON(`diff/${id}`, { from: '1900-01-01', to: diffTo });

	// the answer first (counts and map, the chart, what changed), the full table last
	const wrap = h('div', { class: 'wrap treaty' }, head, statusSec, chartSec, timelineSec, aboutSec, tableSec);
	clear(main).append(wrap);

	// ---------- behaviour
	const rows = () => {
		const out = [];
		const seen = new Set();
		for (const st of ch.states.values()) {
			const c = changeOn(st.list, day);
			if (c && c.ceased) continue;
			out.push({ iso3: st.iso3, name: st.name, cls: c ? c.cls : 'none', since: c ? c.date : null, s: details.get(st.iso3) });
			seen.add(st.iso3);
		}
		for (const [iso3, s] of details) if (!seen.has(iso3)) out.push({ iso3, name: s.name, cls: 'none', since: null, s });
		return out;
	};

	function renderTable() {
		const col = COLUMNS.find((c) => c.key === sort.key);
		let rs = rows();
		if (filter) rs = rs.filter((r) => r.name.toLowerCase().includes(filter) || r.iso3.toLowerCase() === filter);
		rs.sort((a, b) => {
			const x = col.get(a), y = col.get(b);
			if (x === y) return a.name.localeCompare(b.name);
			if (x === '') return 1; // empty dates last, either way
			if (y === '') return -1;
			return (typeof x === 'string' ? x.localeCompare(y) : x - y) * sort.dir;
		});
		const frag = document.createDocumentFragment();
		for (const r of rs) {
			const s = r.s || {};
			frag.append(h('tr', { 'data-iso3': r.iso3, 'data-status': r.cls },
				h('th', { scope: 'row' }, h('a', { href: `#/state/${r.iso3}?on=${fromDay(day)}` }, r.name), ' ', h('span', { class: 'code' }, r.iso3)),
				h('td', {}, statusBadge(r.cls),
					s.suspension_declared ? h('span', { class: 'suspension' }, ` suspension declared ${s.suspension_declared}`) : null,
					s.declared_not_to_become_party ? h('span', { class: 'suspension' }, ` declared it will not become a party (${s.declared_not_to_become_party})`) : null),
				h('td', { class: 'd' }, r.since || ''),
				h('td', { class: 'd' }, s.signature || ''),
				h('td', {}, s.consent ? withDates(`${words(s.consent.kind)} ${s.consent.date}`) : ''),
				h('td', { class: 'd' }, s.entry_into_force || (s.entry_into_force_unknown ? 'unknown' : '')),
				h('td', {}, withDates(withdrawalText(s.withdrawal))),
				h('td', { class: 'srcs' }, sourceList(s.sources))));
		}
		clear(tbody).append(frag);
		if (!rs.length) tbody.append(h('tr', {}, h('td', { colspan: COLUMNS.length }, filter ? 'No state matches the filter.' : 'No participant.')));
		const detailNote = detailsDate
			? (detailsDate === fromDay(day) ? '' : ` Dates and sources: the record on ${longDate(detailsDate)}${api.isStatic() ? ' (the date of this static export)' : ''}.`)
			: ' Loading dates and sources…';
		tableCaption.textContent = `${rs.length} states with their status on ${longDate(fromDay(day))}; sort by any column.${detailNote}`;
	}

	function counts() {
		const k = Object.fromEntries(CLASSES.map((c) => [c.id, 0]));
		for (const st of ch.states.values()) {
			const c = changeOn(st.list, day);
			if (c && !c.ceased) k[c.cls]++;
		}
		return k;
	}

	function renderTimeline() {
		diffPromise.then((diff) => {
			const iso = fromDay(day);
			const evs = diff.events.filter((e) => e.date <= iso).reverse();
			timelineNote.textContent = `${evs.length} dated acts and effects up to ${longDate(iso)}, newest first` +
				(api.isStatic() && iso > api.exportDate() ? ` (this static export holds them up to ${longDate(api.exportDate())})` : '') + '.';
			const shown = timelineAll ? evs : evs.slice(0, 60);
			const frag = document.createDocumentFragment();
			let year = null;
			for (const e of shown) {
				const y = e.date.slice(0, 4);
				if (y !== year) { frag.append(h('li', { class: 'year', 'aria-hidden': 'true' }, y)); year = y; }
				frag.append(h('li', { class: `ev ev-${e.event}`, 'data-event': e.event },
					h('time', { datetime: e.date }, e.date), ' ',
					e.iso3 ? [h('a', { href: `#/state/${e.iso3}?on=${e.date}` }, e.name || e.iso3), ' '] : null,
					h('span', { class: 'what' }, e.iso3 ? eventWords(e) : 'The treaty enters into force'),
					e.article ? h('span', { class: 'art' }, ` (art. ${e.article})`) : null,
					e.act && e.act_date && e.act_date !== e.date ? h('span', { class: 'art' }, `; ${words(e.act)} of ${e.act_date}`) : null,
					e.source ? h('span', { class: 'source' }, ' — ', sourceNodes(e.source)) : null));
			}
			clear(timelineList).append(frag);
			clear(timelineMore);
			if (!timelineAll && evs.length > shown.length)
				timelineMore.append(h('button', { type: 'button', class: 'btn', id: 'timeline-all', onclick: () => { timelineAll = true; renderTimeline(); } },
					`Show all ${evs.length}`));
		}).catch((e) => { timelineNote.textContent = `The timeline could not be loaded: ${e.message}`; });
	}

	async function loadDetails() {
		const want = api.isStatic() ? api.exportDate() : fromDay(day);
		if (want === detailsDate) return;
		try {
			const st = await api.getJSON(`status/${id}`, { on: want });
			if (!api.isStatic() && want !== fromDay(day)) return; // a later date was asked meanwhile
			details = new Map(st.states.map((s) => [s.iso3, s]));
			detailsDate = st.on;
			renderTable();
		} catch (e) {
			tableCaption.textContent = `Dates and sources could not be loaded: ${e.message}`;
		}
	}

	// Shows the date `d` everywhere; `settled` also refreshes what costs a request.
	function setDay(d, settled) {
		day = Math.max(minDay, Math.min(maxDay, d));
		const iso = fromDay(day);
		slider.value = String(day);
		slider.setAttribute('aria-valuetext', longDate(iso));
		if (dateInput.value !== iso) dateInput.value = iso;
		dateTitle.textContent = longDate(iso);
		dateTitle.setAttribute('datetime', iso);
		const k = counts();
		const parties = k.party + k.pending;
		clear(headline).append(
			h('strong', { class: 'big' }, String(parties)), ` ${parties === 1 ? 'party' : 'parties'}`,
			k.pending ? ` (${k.pending} with withdrawal pending)` : '',
			` · ${k.contracting} contracting · ${k.signatory} ${k.signatory === 1 ? 'signatory' : 'signatories'} · ${k.withdrawn} withdrawn`);
		deposited.textContent = `Deposited instruments not withdrawn (the published “States Parties” figure): ${parties + k.contracting}.`;
		currency.textContent = !treaty.data_as_of ? '' :
			`Data as of ${longDate(treaty.data_as_of)}` +
			(iso > treaty.data_as_of ? `: acts after that day are not held, so this may not be the status on ${longDate(iso)}.` : '.');
		const grey = map.update((iso3) => {
			const st = ch.states.get(iso3);
			const c = st ? changeOn(st.list, day) : null;
			return c ? { cls: c.cls, since: c.date, name: st.name } : (st ? { cls: 'none', name: st.name } : null);
		});
		// "Not a participant": every country the map shows grey
		for (const c of CLASSES) legendCounts[c.id].textContent = String(c.id === 'none' ? grey : k[c.id]);
		caption.textContent = `${title}: status of each state on ${longDate(iso)}, by colour and pattern (see the legend). ` +
			'Small states are not drawn at this scale; the table lists every participant. Select a country to open its page.';
		history.replaceState(null, '', `#/treaty/${id}?on=${iso}`);
		renderTable();
		if (settled) {
			clear(dataLinks).append('This answer as data: ',
				h('a', { href: api.url(`status/${id}`, { on: iso }) }, 'status (JSON)'), ' · ',
				h('a', { href: api.url(`changes/${id}`) }, 'every change (JSON)'), ' · ',
				h('a', { href: api.url('export/statuses.csv', { on: iso }) }, 'all treaties (CSV)'),
				api.isStatic() ? ` — computed for ${longDate(api.exportDate())}` : '');
			loadDetails();
			renderTimeline();
			announce(`${title} on ${longDate(iso)}: ${parties} parties, ${k.contracting} contracting, ${k.signatory} signatories, ${k.withdrawn} withdrawn.`);
		}
	}
	// States drawn or listed with no act on the date: those in the record not yet
	// acting. (Countries that never acted are "not a participant" on the map too.)

	function stop() {
		if (!playing) return;
		clearInterval(playing);
		playing = null;
		playBtn.setAttribute('aria-pressed', 'false');
		playBtn.querySelector('.icon').textContent = '▶';
		playBtn.querySelector('.lab').textContent = ' Play';
		setDay(day, true);
	}
	function play() {
		if (playing) return stop();
		if (day >= maxDay) setDay(minDay, false);
		playBtn.setAttribute('aria-pressed', 'true');
		playBtn.querySelector('.icon').textContent = '❚❚';
		playBtn.querySelector('.lab').textContent = ' Pause';
		playing = setInterval(() => {
			setDay(day + step, false);
			if (day >= maxDay) stop();
		}, 90);
	}
	playBtn.addEventListener('click', play);
	slider.addEventListener('input', () => {
		const v = Number(slider.value); // read before stop() redraws the old date
		stop();
		setDay(v, false);
	});
	slider.addEventListener('change', () => setDay(Number(slider.value), true));
	dateInput.addEventListener('change', () => {
		const d = toDay(dateInput.value);
		if (Number.isFinite(d)) { stop(); setDay(d, true); }
	});
	wrap.addEventListener('click', (ev) => { // in-page links without touching the route
		const a = ev.target.closest('a[data-anchor]');
		if (!a) return;
		ev.preventDefault();
		const target = document.getElementById(a.dataset.anchor);
		target.scrollIntoView();
		target.setAttribute('tabindex', '-1');
		target.focus({ preventScroll: true });
	});

	setDay(day, true);
	return {
		kind: 'treaty', id, title,
		setDate(d) { if (Number.isFinite(toDay(d))) { stop(); setDay(toDay(d), true); } },
		destroy() { stop(); },
	};
}
