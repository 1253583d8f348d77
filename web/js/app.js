// app.js - the page's entry point: reads the mode (live API or static export), then
// routes on the URL hash, so that every view has an address that also works on a
// static host:
//   #/                          the first treaty's page (the CCM when held)
//   #/treaty/ccm?on=2025-03-06  a treaty: map, slider, table, rules, chart, timeline
//   #/state/LTU?on=2025-03-06   a state in every treaty
//   #/treaties  #/states  #/upcoming  #/about
import * as api from './api.js';
import { treatyView } from './treaty.js';
import { treatiesView, statesView, stateView, upcomingView, aboutView } from './pages.js';
import { h, clear, todayUTC, validDate, longDate } from './util.js';

const main = document.getElementById('main');
const ctx = { defaultDate: null, defaultTreaty: null };
let current = null;   // {kind, id, setDate, destroy} of the view shown
let navigations = 0;

function parse(hash) {
	const m = /^#\/([^?]*)(?:\?(.*))?$/.exec(hash || '');
	if (!m) return { parts: [], query: new URLSearchParams() };
	return { parts: m[1].split('/').filter(Boolean).map(decodeURIComponent), query: new URLSearchParams(m[2] || '') };
}

function setNav(name) {
	for (const a of document.querySelectorAll('nav a[data-nav]')) {
		if (a.dataset.nav === name) a.setAttribute('aria-current', 'page');
		else a.removeAttribute('aria-current');
	}
}

function showError(e, what) {
	const notFound = e && e.status === 404;
	clear(main).append(h('div', { class: 'wrap page' },
		h('h1', { tabindex: '-1' }, notFound ? `Not found: ${what}` : 'Something went wrong'),
		h('p', {}, notFound ? 'The record holds no such treaty or state.' : `The data could not be loaded (${e && e.message ? e.message : e}).`),
		h('p', {}, h('a', { href: '#/treaties' }, 'See the treaties held'), ' · ', h('a', { href: '#/states' }, 'the states'))));
}

const notFound = () => Object.assign(new Error('no such page'), { status: 404 });

// A treaty by id or UNTC reference ("XXVI-6"), checked against the list first, so
// that an unknown one is said so without asking for it (a static host has no name
// lookup, and a 404 would be logged).
async function treatyId(arg) {
	const a = arg.toLowerCase();
	const t = (await api.treaties()).find((x) => x.id === a || (x.untc || '').toLowerCase() === a);
	if (!t) throw notFound();
	return t.id;
}

// A state by ISO3 code or by its name.
async function stateCode(arg) {
	const a = arg.toLowerCase();
	const { states } = await api.getJSON('states');
	const s = states.find((x) => x.iso3.toLowerCase() === a) || states.find((x) => (x.name || '').toLowerCase() === a);
	if (!s) throw notFound();
	return s.iso3;
}

async function route() {
	const hash = location.hash;
	if (hash && !hash.startsWith('#/')) return; // an in-page anchor, not a route
	const { parts, query } = parse(hash);
	const on = query.get('on');
	const date = validDate(on) ? on : ctx.defaultDate;
	const [name, arg] = parts;
	const kind = name || 'treaty';
	const id = kind === 'treaty' ? (arg || ctx.defaultTreaty || '').toLowerCase() : arg;

	// The same treaty at another date: move the slider, keep the page.
	if (current && current.kind === 'treaty' && kind === 'treaty' && current.id === id && current.setDate) {
		current.setDate(date);
		return;
	}
	if (current && current.destroy) current.destroy();
	current = null;
	setNav({ treaties: 'treaties', treaty: 'treaties', states: 'states', state: 'states', upcoming: 'upcoming', about: 'about' }[kind]);
	const ticket = ++navigations;
	clear(main).append(h('div', { class: 'wrap' }, h('p', { class: 'loading' }, 'Loading…')));
	try {
		let view = null;
		if (kind === 'treaty' && id) view = await treatyView(main, await treatyId(id), date, ctx);
		else if (kind === 'treaties') await treatiesView(main, ctx);
		else if (kind === 'states') await statesView(main, ctx);
		else if (kind === 'state' && arg) await stateView(main, await stateCode(arg), date, ctx);
		else if (kind === 'upcoming') await upcomingView(main, ctx);
		else if (kind === 'about') aboutView(main, ctx);
		else throw notFound();
		if (ticket !== navigations) { if (view && view.destroy) view.destroy(); return; }
		current = view;
	} catch (e) {
		if (ticket !== navigations) return;
		showError(e, parts.join('/') || 'page');
	}
	const h1 = main.querySelector('h1');
	document.title = h1 ? `${h1.textContent} · inforce` : 'inforce';
	if (h1 && ticket > 1) h1.focus({ preventScroll: true });
	if (ticket > 1) window.scrollTo(0, 0);
}

async function start() {
	const mode = await api.init();
	ctx.defaultDate = api.isStatic() && validDate(mode.on) ? mode.on : todayUTC();
	document.getElementById('mode').textContent = api.isStatic()
		? `Static export · computed for ${longDate(mode.on)}`
		: 'Served by inforce from its store: each treaty says how current its data is';
	try {
		const list = await api.treaties();
		const pick = list.find((t) => t.id === 'ccm') || list.find((t) => t.instruments > 0) || list[0];
		ctx.defaultTreaty = pick ? pick.id : null;
	} catch (e) {
		showError(e, 'the list of treaties');
		return;
	}
	document.querySelector('a.skip').addEventListener('click', (ev) => {
		ev.preventDefault();
		main.focus();
	});
	window.addEventListener('hashchange', route);
	route();
}

start();
