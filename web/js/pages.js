// pages.js - the views other than the treaty page: the list of treaties, the list of
// states, one state's standing in every treaty (#/state/LTU?on=...), the upcoming
// dates with their feeds, and a page on what the statuses mean.
import * as api from './api.js';
import {
	h, clear, validDate, longDate, classOf, CLASSES, statusBadge, words, withDates, eventWords, sourceNodes, sourceShort, untcUrl,
} from './util.js';

function page(main, ...children) {
	clear(main).append(h('div', { class: 'wrap page' }, children));
}

export async function treatiesView(main, ctx) {
	const list = await api.treaties();
	const held = list.filter((t) => t.coverage === 'held').length;
	page(main,
		h('header', { class: 'page-head' }, h('p', { class: 'kicker' }, 'Treaties'),
			h('h1', { tabindex: '-1' }, 'The treaties held'),
			h('p', { class: 'lede' }, `${list.length} treaties, ${held} with acts held. The date of entry into force is the depositary's where it ` +
				'publishes one that differs from the computed date (the depositary decides), else the one computed from the deposits and the ' +
				'treaty\'s clause. "Data as of": how current the record is; "no data": no act is held (not zero parties).')),
		h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Treaties' },
			h('table', { class: 'plain', id: 'treaties-table' },
				h('caption', { class: 'visually-hidden' }, 'Treaties with their UNTC reference, depositary, entry into force and its basis, acts held and how current they are'),
				h('thead', {}, h('tr', {}, ['Treaty', 'UNTC', 'Depositary', 'In force', 'Basis', 'Acts', 'Data as of', 'Tags'].map((c) => h('th', { scope: 'col' }, c)))),
				h('tbody', {}, list.map((t) => {
					const u = untcUrl(t.untc);
					return h('tr', {},
						h('th', { scope: 'row' }, h('a', { href: `#/treaty/${t.id}?on=${ctx.defaultDate}` }, t.short_name || t.id), ' ', h('span', { class: 'code' }, t.id.toUpperCase())),
						h('td', { class: 'd' }, t.untc ? (u ? h('a', { href: u }, t.untc) : t.untc) : ''),
						h('td', {}, t.depositary || ''),
						h('td', { class: 'd' }, t.entry_into_force || (t.coverage === 'none' ? 'no data' : 'not in force on the data')),
						h('td', {}, t.entry_into_force_basis || ''),
						h('td', { class: 'n' }, String(t.acts)),
						h('td', { class: 'd' }, t.data_as_of || 'no data'),
						h('td', {}, t.tags || ''));
				})))));
}

export async function statesView(main, ctx) {
	const { states } = await api.getJSON('states');
	states.sort((a, b) => (a.name || a.iso3).localeCompare(b.name || b.iso3, 'en'));
	const input = h('input', { type: 'search', id: 'state-filter', placeholder: 'e.g. Lithuania or LTU', autocomplete: 'off' });
	const ul = h('ul', { class: 'state-list', id: 'state-list' });
	const count = h('p', { class: 'note', 'aria-live': 'polite' });
	const render = () => {
		const q = input.value.trim().toLowerCase();
		const shown = states.filter((s) => !q || (s.name || '').toLowerCase().includes(q) || s.iso3.toLowerCase() === q);
		clear(ul).append(...shown.map((s) => h('li', {},
			h('a', { href: `#/state/${s.iso3}?on=${ctx.defaultDate}` }, s.name || s.iso3), ' ',
			h('span', { class: 'code' }, s.iso3), s.kind && s.kind !== 'state' ? h('span', { class: 'tag' }, s.kind) : null)));
		count.textContent = `${shown.length} of ${states.length}`;
	};
	input.addEventListener('input', render);
	page(main,
		h('header', { class: 'page-head' }, h('p', { class: 'kicker' }, 'States'),
			h('h1', { tabindex: '-1' }, 'States and organisations'),
			h('p', { class: 'lede' }, 'Every state the record knows, by ISO 3166 code (former states by ISO 3166-3). Open one to see its status in every treaty, with each act and its source.')),
		h('div', { class: 'filter' }, h('label', { for: 'state-filter' }, 'Filter by name or code'), input), count, ul);
	render();
}

function standingRows(s) {
	const rows = [];
	if (s.signature) rows.push(['Signed', s.signature]);
	if (s.consent) rows.push([`Consent (${words(s.consent.kind)})`, s.consent.date]);
	if (s.entry_into_force || s.entry_into_force_unknown) rows.push(['In force for it', s.entry_into_force || 'unknown: a successor state is bound from the succession, which is not recorded']);
	if (s.provisional_application) rows.push(['Provisional application', s.provisional_application]);
	if (s.withdrawal) {
		rows.push(['Withdrawal notified', s.withdrawal.notified]);
		rows.push(['Withdrawal takes effect', s.withdrawal.effective || 'delayed: see the explanation']);
	}
	if (s.suspension_declared) rows.push(['Suspension declared (status unchanged)', s.suspension_declared]);
	if (s.ratification_withdrawn) rows.push(['Instrument of ratification withdrawn', s.ratification_withdrawn]);
	return rows;
}

export async function stateView(main, iso3, on, ctx) {
	const date = validDate(on) ? on : ctx.defaultDate;
	const [st, list] = await Promise.all([api.getJSON(`states/${iso3}`, { on: date }), api.treaties()]);
	const names = new Map(list.map((t) => [t.id, t.short_name || t.id]));
	const shownDate = st.on || date;
	const dateInput = h('input', { type: 'text', id: 'state-date', inputmode: 'numeric', pattern: '\\d{4}-\\d{2}-\\d{2}',
		placeholder: 'YYYY-MM-DD', size: 10, maxlength: 10, value: shownDate });
	const go = h('button', { type: 'submit', class: 'btn' }, 'Show');
	const form = h('form', { class: 'date-form' }, h('label', { for: 'state-date' }, 'Status on'), dateInput, go);
	form.addEventListener('submit', (ev) => {
		ev.preventDefault();
		if (validDate(dateInput.value)) location.hash = `#/state/${st.iso3}?on=${dateInput.value}`;
	});
	if (api.isStatic()) {
		dateInput.disabled = true;
		go.disabled = true;
	}
	const rows = st.treaties.map((t) => ({ t, cls: classOf(t.status, t.withdrawal && t.withdrawal.pending) }))
		.sort((x, y) => (x.t.subject_rank - y.t.subject_rank) || (names.get(x.t.treaty) || x.t.treaty).localeCompare(names.get(y.t.treaty) || y.t.treaty, 'en'));
	// the groups, in the order of their subjects (arms regulation first)
	const groups = [];
	for (const r of rows) {
		const last = groups[groups.length - 1];
		if (last && last.subject === r.t.subject) last.rows.push(r);
		else groups.push({ subject: r.t.subject || 'Other treaties', rank: r.t.subject_rank, rows: [r] });
	}
	const countsOf = (g) => {
		const k = {};
		for (const r of g.rows) k[r.cls] = (k[r.cls] || 0) + 1;
		return CLASSES.filter((c) => k[c.id]).map((c) => `${k[c.id]} ${c.label.toLowerCase()}`).join(', ');
	};
	// the first screen: what it is party to in arms regulation, and what it has left
	const arms = groups.find((g) => g.rank === 0);
	const armsList = (pred, text) => {
		const hit = arms ? arms.rows.filter(pred) : [];
		return hit.length ? h('li', {}, h('strong', {}, text), ' ', hit.map((r, i) => [i ? ', ' : '',
			h('a', { href: `#/treaty/${r.t.treaty}?on=${shownDate}` }, names.get(r.t.treaty) || r.t.treaty), ` (${r.when(r.t)})`])) : null;
	};
	const when = {
		party: (t) => t.entry_into_force || 'in force, date unknown',
		pending: (t) => `notified ${t.withdrawal.notified}, effect ${t.withdrawal.effective || 'not yet known'}`,
		withdrawn: (t) => t.withdrawal.effective,
	};
	for (const r of rows) r.when = when[r.cls] || (() => '');
	const summary = arms ? h('ul', { class: 'arms-summary', id: 'arms-summary' },
		armsList((r) => r.cls === 'party', 'Party to:'),
		armsList((r) => r.cls === 'pending', 'Withdrawal pending:'),
		armsList((r) => r.cls === 'withdrawn', 'Withdrawn from:')) : null;
	const filter = h('input', { type: 'search', id: 'state-filter', placeholder: 'e.g. cluster or withdrawn', autocomplete: 'off' });
	const shown = h('p', { class: 'note', 'aria-live': 'polite', id: 'state-filter-count' });
	const tbodies = groups.map((g) => h('tbody', { 'data-subject': g.subject },
		h('tr', { class: 'group' }, h('th', { scope: 'rowgroup', colspan: '7' }, `${g.subject} `, h('span', { class: 'count' }, `(${g.rows.length}: ${countsOf(g)})`))),
		g.rows.map(({ t, cls }) => h('tr', { 'data-treaty': t.treaty, 'data-status': cls, 'data-text': `${t.treaty} ${names.get(t.treaty) || ''} ${cls}`.toLowerCase() },
			h('th', { scope: 'row' }, h('a', { href: `#/treaty/${t.treaty}?on=${shownDate}` }, names.get(t.treaty) || t.treaty)),
			h('td', {}, statusBadge(cls),
				t.suspension_declared ? h('span', { class: 'suspension' }, ` suspension declared ${t.suspension_declared}`) : null,
				t.declared_not_to_become_party ? h('span', { class: 'suspension' }, ` declared it will not become a party (${t.declared_not_to_become_party})`) : null),
			h('td', { class: 'd' }, t.signature || ''),
			h('td', {}, t.consent ? withDates(`${words(t.consent.kind)} ${t.consent.date}`) : ''),
			h('td', { class: 'd' }, t.entry_into_force || (t.entry_into_force_unknown ? 'unknown' : '')),
			h('td', {}, t.withdrawal ? withDates(`notified ${t.withdrawal.notified}${t.withdrawal.effective ? `, effective ${t.withdrawal.effective}` : ', effect delayed'}`) : ''),
			h('td', {}, h('a', { href: `#acts-${t.treaty}`, class: 'to-acts' }, `${(t.acts || []).length} acts`))))));
	const applyFilter = () => {
		const q = filter.value.trim().toLowerCase();
		let n = 0;
		for (const tb of tbodies) {
			let any = 0;
			for (const tr of tb.querySelectorAll('tr[data-treaty]')) {
				const hit = !q || tr.dataset.text.includes(q);
				tr.hidden = !hit;
				any += hit;
			}
			tb.hidden = !any;
			n += any;
		}
		shown.textContent = q ? `${n} of ${rows.length} treaties` : '';
	};
	filter.addEventListener('input', applyFilter);
	page(main,
		h('header', { class: 'page-head' }, h('p', { class: 'kicker' }, 'State'),
			h('h1', { tabindex: '-1' }, st.name || st.iso3, ' ', h('span', { class: 'code' }, st.iso3)),
			h('p', { class: 'lede' }, `Its status on ${longDate(shownDate)} in each treaty where it has acted (${rows.length} of ${list.length} treaties held), by subject; every act and its source below the table.`),
			form,
			api.isStatic() ? h('p', { class: 'note' }, `This static export holds each state's page for ${longDate(api.exportDate())}; the treaty pages move through time.`) : null),
		summary ? h('section', { 'aria-labelledby': 'arms-h' }, h('h2', { id: 'arms-h' }, 'Arms regulation and disarmament'), summary) : null,
		rows.length === 0 ? h('p', { id: 'no-acts' }, `No act in any treaty held, on or before ${longDate(shownDate)}.`) : [
			h('div', { class: 'filter' }, h('label', { for: 'state-filter' }, 'Filter the treaties'), filter, shown),
			h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Status in each treaty' },
				h('table', { class: 'plain', id: 'state-table' },
					h('caption', { class: 'visually-hidden' }, `Status of ${st.name} in each treaty on ${shownDate}, by subject`),
					h('thead', {}, h('tr', {}, ['Treaty', 'Status', 'Signed', 'Consent', 'In force', 'Withdrawal', 'Acts'].map((c) => h('th', { scope: 'col' }, c)))),
					tbodies)),
			h('h2', { id: 'acts-h' }, 'Acts and sources'),
			rows.map(({ t, cls }) => h('details', { class: 'state-treaty', id: `acts-${t.treaty}` },
				h('summary', {}, names.get(t.treaty) || t.treaty, ' ', statusBadge(cls)),
				h('dl', { class: 'meta' }, standingRows(t).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])),
				(t.notes || []).length ? h('div', { class: 'state-notes' }, h('h3', {}, 'Declarations, reservations and notes in the UN record'),
					t.notes.map((x) => h('section', { class: 'treaty-note' }, h('h4', {}, words(x.kind), x.index ? ` (end note ${x.index})` : '', ` · ${x.record}, ${x.as_at}`),
						h('p', { class: 'note-text' }, x.text)))) : null,
				h('ol', { class: 'acts' }, (t.acts || []).map((a) => h('li', {},
					h('time', { datetime: a.date }, a.date), ' ', h('span', { class: 'what' }, words(a.kind)),
					a.cn_url ? [' ', h('a', { href: a.cn_url, class: 'cn' }, a.cn)] : null,
					h('span', { class: 'source' }, ' — ', sourceNodes(a.source))))),
				h('p', {}, h('a', { href: `#/treaty/${t.treaty}?on=${shownDate}` }, `${names.get(t.treaty) || t.treaty} on the map, ${longDate(shownDate)}`))))],
		h('p', { class: 'data-links' }, 'This answer as data: ', h('a', { href: api.url(`states/${st.iso3}`, { on: shownDate }) }, 'JSON')));
	main.addEventListener('click', (ev) => { // "N acts" opens that treaty's details
		const a = ev.target.closest('a.to-acts');
		if (!a) return;
		ev.preventDefault();
		const d = document.getElementById(a.getAttribute('href').slice(1));
		if (d) { d.open = true; d.scrollIntoView(); }
	});
}

export async function upcomingView(main) {
	const up = await api.getJSON('upcoming');
	const names = new Map((await api.treaties()).map((t) => [t.id, t.short_name || t.id]));
	page(main,
		h('header', { class: 'page-head' }, h('p', { class: 'kicker' }, 'Upcoming'),
			h('h1', { tabindex: '-1' }, 'What takes effect or falls due'),
			h('p', { class: 'lede' }, `From ${longDate(up.from)} to ${longDate(up.to)}: entries into force, withdrawals taking effect and treaty deadlines, each computed from an act and the treaty's clause.`),
			h('p', { class: 'feeds' }, 'Subscribe: ',
				h('a', { href: api.url('upcoming.ics'), id: 'ics-link', type: 'text/calendar' }, 'calendar (iCalendar, .ics)'), ' · ',
				h('a', { href: api.url('upcoming.atom'), id: 'atom-link', type: 'application/atom+xml' }, 'news feed (Atom)'), ' · ',
				h('a', { href: api.url('upcoming') }, 'JSON'))),
		up.events.length === 0 ? h('p', {}, 'Nothing in this period.')
			: h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Upcoming dates' },
				h('table', { class: 'plain', id: 'upcoming-table' },
					h('caption', { class: 'visually-hidden' }, 'Upcoming dates'),
					h('thead', {}, h('tr', {}, ['Date', 'Treaty', 'State', 'What', 'Rule', 'Source'].map((c) => h('th', { scope: 'col' }, c)))),
					h('tbody', {}, up.events.map((e) => h('tr', {},
						h('td', { class: 'd' }, h('time', { datetime: e.date }, e.date)),
						h('td', {}, h('a', { href: `#/treaty/${e.treaty}?on=${e.date}` }, names.get(e.treaty) || e.treaty)),
						h('td', {}, e.iso3 ? h('a', { href: `#/state/${e.iso3}?on=${e.date}` }, e.name || e.iso3) : ''),
						h('td', {}, e.iso3 ? eventWords(e) : 'the treaty enters into force'),
						h('td', {}, e.article ? `art. ${e.article}` : ''),
						h('td', { class: 'srcs' }, e.source ? sourceShort(e.source) : '')))))));
}

export function aboutView(main) {
	page(main,
		h('header', { class: 'page-head' }, h('p', { class: 'kicker' }, 'About'),
			h('h1', { tabindex: '-1' }, 'What the statuses mean, and where the data come from')),
		h('section', { 'aria-labelledby': 'st-h' }, h('h2', { id: 'st-h' }, 'Statuses'),
			h('p', {}, 'Following the Vienna Convention on the Law of Treaties:'),
			h('dl', { class: 'meta' },
				h('dt', {}, statusBadge('party')), h('dd', {}, 'the treaty is in force for it.'),
				h('dt', {}, statusBadge('pending')), h('dd', {}, 'a party whose withdrawal has been notified but has not taken effect: still a party.'),
				h('dt', {}, statusBadge('contracting')), h('dd', {}, 'its consent to be bound is deposited; the treaty is not yet in force for it.'),
				h('dt', {}, statusBadge('signatory')), h('dd', {}, 'signed, no consent to be bound yet. A withdrawn instrument of ratification returns a state here.'),
				h('dt', {}, statusBadge('withdrawn')), h('dd', {}, 'its withdrawal has taken effect.'),
				h('dt', {}, statusBadge('none')), h('dd', {}, 'no act on or before the date.')),
			h('p', {}, 'Published counts such as "112 States Parties" count instruments deposited and not withdrawn: parties plus contracting states. Dates that are not in the data stay unknown.')),
		h('section', { 'aria-labelledby': 'data-h' }, h('h2', { id: 'data-h' }, 'Data'),
			h('p', {}, 'Each act deposited with a depositary (signature, ratification, accession, withdrawal...) is recorded with its source; the dates that follow from a treaty\'s clauses — its entry into force, a state\'s, a withdrawal\'s effect — are computed from the acts and the clause, never typed in. Every table links each fact to its source.'),
			h('p', {}, api.isStatic()
				? `This is a static export made by "inforce site", computed for ${longDate(api.exportDate())}.`
				: 'This page reads the live inforce API (api/v1/).'),
			h('p', {}, 'The map is Natural Earth\'s 1:110m countries (public domain) from the world-atlas package, matched to ISO 3166-1 alpha-3 codes through Debian\'s iso-codes table. Territories are drawn apart from their state, and Kosovo, Northern Cyprus and Somaliland have no ISO code: they show as not a participant. Small states are not drawn at this scale; the tables list every participant.'),
			h('p', {}, 'Libraries: ',
				['d3-array', 'd3-geo', 'topojson-client', 'world-atlas'].map((n, i) => [i ? ', ' : '', h('a', { href: `vendor/${n}.LICENSE.txt` }, n)]),
				' (ISC licence; d3-geo also MIT, for the parts from GeographicLib).')));
}

