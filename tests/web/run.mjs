// run.mjs - browser tests of the dashboard (web/) in headless Chromium, driven by
// playwright-core (web/node_modules; Debian's /usr/bin/chromium, never a downloaded
// browser). It builds a store, writes the static export with `inforce site`,
// serves it with a small static server of its own (127.0.0.1, any free port), and
// checks the page: the map, Lithuania before and after its CCM withdrawal took
// effect, the slider and the legend counts, the sortable table, the treaty, state
// and upcoming pages, a phone-sized layout, and that nothing failed or logged an
// error. When `inforce serve` exists, the same checks run a second time against it.
// Screenshots go to tests-web/ beside the inforce binary (the build folder).
//
// usage: node tests/web/run.mjs INFORCE DATADIR
// $INFORCE_TEST_WRAPPER (e.g. valgrind) runs every inforce command under it.
// Prints 'ok - name' / 'not ok - name' lines and a last line 'N passed, M failed'.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const [inforceArg, datadir] = process.argv.slice(2);
if (!inforceArg || !datadir) {
	console.error('usage: node run.mjs INFORCE DATADIR');
	process.exit(2);
}
const inforce = path.resolve(inforceArg);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const web = path.join(root, 'web');
const shots = path.join(path.dirname(inforce), 'tests-web');
const wrapper = (process.env.INFORCE_TEST_WRAPPER || '').split(/\s+/).filter(Boolean);
// Under a wrapper (valgrind: some 50 times slower) the store holds the bundled
// treaties with the curated CCM and Mine Ban acts only, so that a run fits the
// test's time; the checks only look at the CCM and the Mine Ban Treaty.
function dataFor(tmp) {
	if (!wrapper.length) return datadir;
	const lean = path.join(tmp, 'data');
	fs.mkdirSync(lean);
	for (const f of fs.readdirSync(datadir))
		if (f !== 'untc-mtdsg-2018' && f !== 'records.csv')
			fs.symlinkSync(path.join(datadir, f), path.join(lean, f));
	// the manifest names every source init loads: the curated acts of the CCM and
	// the Mine Ban Treaty, successions, conflicts, obligations and groups (what the
	// checks look at), not the UN's and UNODA's records or the updates built on them
	const keep = /^(path,|actions\/|successions\.csv|conflicts\.csv|obligations\.csv|groups)/;
	const manifest = fs.readFileSync(path.join(datadir, 'records.csv'), 'utf8')
		.split('\n').filter((l) => keep.test(l)).join('\n') + '\n';
	fs.writeFileSync(path.join(lean, 'records.csv'), manifest);
	return lean;
}
const env = { ...process.env, INFORCE_TODAY: '2026-11-29', NO_COLOR: '1' };
const ON_BEFORE = '2025-03-05', ON_AFTER = '2025-03-06';

let passed = 0, failed = 0;
async function check(name, fn) {
	try {
		await fn();
		passed++;
		console.log(`ok - ${name}`);
	} catch (e) {
		failed++;
		console.log(`not ok - ${name}: ${String(e && e.message ? e.message : e).split('\n')[0]}`);
	}
}
function assert(cond, msg) {
	if (!cond) throw new Error(msg);
}

function run(args) {
	const cmd = [...wrapper, inforce, ...args];
	const r = spawnSync(cmd[0], cmd.slice(1), { env, encoding: 'utf8', timeout: 540000, maxBuffer: 1 << 26 });
	if (r.status !== 0)
		throw new Error(`inforce ${args.join(' ')} exited ${r.status}: ${(r.stderr || '').trim().slice(0, 500)}`);
	return r.stdout;
}

// A static file server for the export: no query strings, no directory listings,
// nothing outside the folder; the CSP a real host would send.
const TYPES = {
	'.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml',
	'.ics': 'text/calendar; charset=utf-8', '.atom': 'application/atom+xml',
	'.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
};
function serveDir(dir) {
	const server = http.createServer((req, res) => {
		let p;
		try {
			p = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
		} catch (e) {
			res.writeHead(400).end();
			return;
		}
		if (p.endsWith('/')) p += 'index.html';
		const full = path.resolve(dir, '.' + p);
		if (!full.startsWith(dir + path.sep)) {
			res.writeHead(403).end();
			return;
		}
		fs.readFile(full, (err, data) => {
			if (err) {
				res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
				return;
			}
			res.writeHead(200, {
				'Content-Type': TYPES[path.extname(full)] || 'application/octet-stream',
				'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'",
				'X-Content-Type-Options': 'nosniff',
			});
			res.end(data);
		});
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// `inforce serve` on a free port; resolves with {proc, base} once it answers.
async function startServe(db) {
	const cmd = [...wrapper, inforce, '--db', db, 'serve', '--listen', '127.0.0.1:0'];
	const proc = spawn(cmd[0], cmd.slice(1), { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let out = '';
	const port = await new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`inforce serve did not say its port: ${out}`)), 300000);
		const look = (chunk) => {
			out += chunk;
			const m = /127\.0\.0\.1:(\d+)/.exec(out);
			if (m && m[1] !== '0') {
				clearTimeout(timer);
				resolve(Number(m[1]));
			}
		};
		proc.stdout.on('data', look);
		proc.stderr.on('data', look);
		proc.on('exit', (code) => reject(new Error(`inforce serve exited ${code}: ${out}`)));
	});
	return { proc, base: `http://127.0.0.1:${port}/` };
}

function hasServe() {
	const r = spawnSync(inforce, ['--help'], { env, encoding: 'utf8' });
	return /^\s+serve\s/m.test(r.stdout || '');
}

async function loadPlaywright() {
	const require = createRequire(path.join(web, 'package.json'));
	return require('playwright-core');
}

// Reads the legend's counts: {party: 110, pending: 1, ...}.
async function legend(page) {
	return page.$$eval('.legend-list li', (lis) => Object.fromEntries(lis.map((li) =>
		[li.dataset.class, Number(li.querySelector('.count').textContent)])));
}

// Waits until the treaty page shows `on` (the slider settles the hash and the title).
async function gotoTreaty(page, base, id, on, fresh) {
	if (fresh) await page.goto(`${base}#/treaty/${id}?on=${on}`);
	else await page.evaluate((h) => { location.hash = h; }, `#/treaty/${id}?on=${on}`);
	await page.waitForFunction((d) => document.querySelector('#status-date')?.getAttribute('datetime') === d, on, { timeout: 30000 });
	await page.waitForSelector('svg.map path.country[data-iso3="LTU"]');
}

async function pass(browser, label, base, isStatic) {
	const problems = [];
	const requests = [];
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const watch = (page) => {
		page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
		page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
		page.on('requestfailed', (r) => { // (not one the page cancelled itself, leaving a view)
			if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
		});
		page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
		page.on('request', (r) => requests.push(r.url()));
	};
	const page = await context.newPage();
	watch(page);
	const shot = (name, opts) => page.screenshot({ path: path.join(shots, `${label}-${name}.png`), ...opts });

	await check(`${label}: the treaty page draws the world map`, async () => {
		await gotoTreaty(page, base, 'ccm', ON_BEFORE, true);
		const n = await page.$$eval('svg.map path.country', (p) => p.length);
		assert(n > 150, `only ${n} countries drawn`);
		const withIso = await page.$$eval('svg.map path.country[data-iso3]', (p) => p.length);
		assert(withIso > 150, `only ${withIso} countries matched to ISO3 codes`);
		const mode = await page.textContent('#mode');
		assert(isStatic ? /Static export/.test(mode) : /Served by inforce/.test(mode), `mode says '${mode}'`);
	});

	let before = null;
	await check(`${label}: Lithuania is a party with its withdrawal pending on ${ON_BEFORE}`, async () => {
		before = await page.$eval('svg.map path.country[data-iso3="LTU"]', (p) => ({ status: p.dataset.status, fill: p.getAttribute('fill') }));
		assert(before.status === 'pending', `map says ${before.status}`);
		const row = await page.$eval('#states-table tr[data-iso3="LTU"]', (tr) => ({ status: tr.dataset.status, text: tr.textContent }));
		assert(row.status === 'pending' && /withdrawal pending/.test(row.text), `table says ${row.status}: ${row.text}`);
		await shot(`ccm-${ON_BEFORE}`);
	});
	await check(`${label}: Lithuania is withdrawn on ${ON_AFTER}, in another colour and pattern`, async () => {
		await gotoTreaty(page, base, 'ccm', ON_AFTER, false);
		const after = await page.$eval('svg.map path.country[data-iso3="LTU"]', (p) => ({ status: p.dataset.status, fill: p.getAttribute('fill') }));
		assert(after.status === 'withdrawn', `map says ${after.status}`);
		assert(before && after.fill !== before.fill, `fill unchanged: ${after.fill}`);
		const pattern = (id) => page.$eval(id, (p) => p.innerHTML);
		assert(await pattern(after.fill.slice(4, -1)) !== await pattern(before.fill.slice(4, -1)), 'the two patterns are the same drawing');
		await page.waitForFunction(() => /withdrawn/i.test(document.querySelector('#states-table tr[data-iso3="LTU"]')?.textContent || ''));
		await shot(`ccm-${ON_AFTER}`);
		await page.$eval('#sec-map', (s) => s.scrollIntoView());
		await page.locator('#sec-map').screenshot({ path: path.join(shots, `${label}-ccm-${ON_AFTER}-map.png`) });
	});
	await check(`${label}: the legend's counts are the API's counts on ${ON_AFTER}`, async () => {
		const k = await legend(page);
		const api = await page.evaluate(async (u) => (await fetch(u)).json(), isStatic ? 'api/v1/status/ccm.json' : `api/v1/status/ccm?on=${ON_AFTER}`);
		const c = api.counts;
		assert(k.party + k.pending === c.parties && k.pending === c.withdrawal_pending && k.contracting === c.contracting &&
			k.signatory === c.signatories && k.withdrawn === c.withdrawn,
		`legend ${JSON.stringify(k)} vs API ${JSON.stringify(c)}`);
		assert(c.parties === 111 && c.withdrawn === 1, `unexpected API counts ${JSON.stringify(c)}`);
		const head = await page.textContent('#headline');
		assert(/111 parties/.test(head), `headline: ${head}`);
	});
	await check(`${label}: moving the slider (keyboard) changes the legend counts and the map`, async () => {
		const k1 = await legend(page);
		await page.focus('#slider');
		await page.keyboard.press('Home');
		await page.waitForFunction((d) => document.querySelector('#status-date').getAttribute('datetime') !== d, ON_AFTER);
		const k2 = await legend(page);
		assert(JSON.stringify(k1) !== JSON.stringify(k2), `counts unchanged: ${JSON.stringify(k2)}`);
		const date = await page.$eval('#status-date', (t) => t.getAttribute('datetime'));
		assert(date === '2008-12-03', `the first date is ${date}`);
		assert(k2.signatory > 0 && k2.party === 0, `counts on ${date}: ${JSON.stringify(k2)}`);
		assert(page.url().includes(`on=${date}`), `the address does not follow: ${page.url()}`);
		const ltu = await page.$eval('svg.map path.country[data-iso3="LTU"]', (p) => p.dataset.status);
		assert(ltu === 'signatory', `Lithuania on ${date}: ${ltu}`);
		for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
		const k3 = await legend(page);
		assert(JSON.stringify(k3) !== JSON.stringify(k2), 'PageUp did not move');
		await shot('ccm-slider');
	});
	await check(`${label}: the play button animates the dates and pauses`, async () => {
		const d0 = await page.$eval('#status-date', (t) => t.getAttribute('datetime'));
		await page.click('#play');
		assert(await page.getAttribute('#play', 'aria-pressed') === 'true', 'not pressed');
		await page.waitForFunction((d) => document.querySelector('#status-date').getAttribute('datetime') > d, d0, { timeout: 10000 });
		await page.waitForTimeout(400);
		await page.click('#play');
		assert(await page.getAttribute('#play', 'aria-pressed') === 'false', 'still playing');
		const d1 = await page.$eval('#status-date', (t) => t.getAttribute('datetime'));
		await page.waitForTimeout(300);
		const d2 = await page.$eval('#status-date', (t) => t.getAttribute('datetime'));
		assert(d1 > d0 && d1 === d2, `dates ${d0} -> ${d1} -> ${d2}`);
	});
	await check(`${label}: the table sorts by each column, from the keyboard`, async () => {
		await gotoTreaty(page, base, 'ccm', ON_AFTER, false);
		const keys = await page.$$eval('#states-table th[data-key]', (t) => t.map((x) => x.dataset.key));
		assert(keys.length >= 7, `sortable columns: ${keys}`);
		const rank = { Party: 0, 'Party, withdrawal pending': 1, Contracting: 2, Signatory: 3, Withdrawn: 4, 'Not a participant': 5 };
		for (const key of keys) {
			for (const dir of ['ascending', 'descending']) {
				for (let n = 0; n < 2; n++) { // Enter on the header: ascending, then descending
					if (await page.getAttribute(`#states-table th[data-key="${key}"]`, 'aria-sort') === dir) break;
					await page.focus(`#states-table button.sort[data-key="${key}"]`);
					await page.keyboard.press('Enter');
				}
				const sort = await page.getAttribute(`#states-table th[data-key="${key}"]`, 'aria-sort');
				assert(sort === dir, `${key}: aria-sort is ${sort}, expected ${dir}`);
				const col = keys.indexOf(key);
				if (key === 'name') {
					const names = await page.$$eval('#states-table tbody th a', (a) => a.map((x) => x.textContent));
					const sorted = [...names].sort((a, b) => a.localeCompare(b));
					if (dir === 'descending') sorted.reverse();
					assert(JSON.stringify(names) === JSON.stringify(sorted), `names not ${dir}`);
					continue;
				}
				const cells = await page.$$eval('#states-table tbody tr', (trs, c) => trs.map((tr) => tr.children[c].textContent.trim()), col);
				// The date a cell sorts by: a withdrawal by its effect (the last date), else the first.
				const dateOf = (t) => { const d = t.match(/\d{4}-\d{2}-\d{2}/g) || ['']; return key === 'withdrawal' ? d[d.length - 1] : d[0]; };
				const vals = key === 'status' ? cells.map((t) => rank[t]) : cells.map(dateOf);
				const filled = vals.filter((v) => v !== '' && v !== undefined);
				assert(filled.length > 0, `${key}: no values`);
				for (let j = 1; j < filled.length; j++) {
					const ok = dir === 'ascending' ? filled[j - 1] <= filled[j] : filled[j - 1] >= filled[j];
					assert(ok, `${key} ${dir}: ${filled[j - 1]} before ${filled[j]}`);
				}
				const firstEmpty = vals.indexOf('');
				assert(firstEmpty === -1 || vals.slice(firstEmpty).every((v) => v === ''), `${key}: empty cells not last`);
			}
		}
	});
	await check(`${label}: the treaty page has its rules, entry into force, chart and timeline with sources`, async () => {
		const eif = await page.textContent('#eif-text');
		assert(/Computed: 2010-08-01/.test(eif) && /agrees/.test(eif), `entry into force: ${eif}`);
		const rules = await page.$$eval('dl.rules dt', (d) => d.map((x) => x.textContent));
		assert(rules.some((r) => /Withdrawal \(art\. 20/.test(r)), `rules: ${rules}`);
		await page.$eval('#chart-img', (i) => i.scrollIntoView());
		await page.waitForFunction(() => { const i = document.querySelector('#chart-img'); return i.complete && i.naturalWidth > 0; }, null, { timeout: 15000 });
		await page.waitForSelector('#timeline li.ev');
		const evs = await page.$$eval('#timeline li.ev', (l) => l.map((x) => x.textContent));
		assert(evs.some((t) => /Lithuania/.test(t) && /withdrawal takes effect/.test(t)), 'no Lithuanian withdrawal in the timeline');
		const links = await page.$$eval('#timeline a.src', (a) => a.map((x) => x.href));
		assert(links.length > 10 && links.every((h) => /^https?:\/\//.test(h)), 'timeline sources are not linked');
		const srcCells = await page.$$eval('#states-table td.srcs a', (a) => a.length);
		assert(srcCells > 50, `only ${srcCells} source links in the table`);
		// the answer first: map, chart and timeline before the table
		const order = await page.$$eval('.wrap.treaty > section', (l) => l.map((x) => x.id));
		assert(order.indexOf('sec-table') === order.length - 1 && order[0] === 'sec-map', `sections: ${order}`);
		// declarations and objections, by state, loaded when opened (from the UN's
		// record, which the lean store under a wrapper does not hold)
		if (!wrapper.length) {
			await page.click('#notes-details summary');
			await page.waitForSelector('#notes-details .treaty-note');
			const notes = await page.$$eval('#notes-details .treaty-note', (l) => l.length);
			assert(notes >= 1, `${notes} notes`);
		}
		await page.$eval('#sec-about', (s) => s.scrollIntoView());
		await shot('ccm-about');
		await page.$eval('#sec-timeline', (s) => s.scrollIntoView());
		await shot('ccm-timeline');
	});
	await check(`${label}: the state page lists Lithuania's treaties with their acts and sources`, async () => {
		await page.evaluate(() => { location.hash = '#/state/LTU?on=2025-03-06'; });
		await page.waitForSelector('#state-table tr[data-treaty="ccm"]');
		const ccm = await page.getAttribute('#state-table tr[data-treaty="ccm"]', 'data-status');
		assert(ccm === 'withdrawn', `ccm: ${ccm}`);
		const apmbt = await page.getAttribute('#state-table tr[data-treaty="apmbt"]', 'data-status');
		assert(apmbt === 'party' || apmbt === 'pending', `apmbt: ${apmbt}`);
		const h1 = await page.textContent('h1');
		assert(/Lithuania/.test(h1), `title: ${h1}`);
		const acts = await page.$$eval('ol.acts a.src', (a) => a.length);
		assert(acts > 3, `only ${acts} linked sources`);
		assert(await page.evaluate(() => document.activeElement && document.activeElement.tagName) === 'H1', 'focus did not move to the new page');
		// its CCM end notes (the withdrawal), in the UN record, on its page
		const stateNotes = await page.$$eval('#acts-ccm .state-notes .treaty-note', (l) => l.length);
		assert(stateNotes >= 1 || wrapper.length, `${stateNotes} notes of Lithuania under the CCM`);
		// grouped by subject, arms regulation first, with what it is party to and what it left
		const first = await page.$eval('#state-table tbody', (b) => b.dataset.subject);
		assert(first === 'Arms regulation and disarmament', `first group: ${first}`);
		const summary = await page.textContent('#arms-summary');
		assert(/Withdrawn from:.*Convention on Cluster Munitions \(2025-03-06\)/.test(summary), `summary: ${summary}`);
		// the filter narrows the table
		await page.fill('#state-filter', 'cluster');
		const shownRows = await page.$$eval('#state-table tr[data-treaty]', (r) => r.filter((x) => !x.hidden).length);
		assert(shownRows >= 1 && shownRows < 5, `${shownRows} rows match 'cluster'`);
		await page.fill('#state-filter', '');
		// dates in ISO 8601 whatever the locale
		const type = await page.getAttribute('#state-date', 'type');
		assert(type === 'text' && /^\d{4}-\d{2}-\d{2}$/.test(await page.inputValue('#state-date')), `date field: ${type}`);
		await shot('state-LTU');
	});
	await check(`${label}: a map click opens the state page`, async () => {
		await gotoTreaty(page, base, 'ccm', ON_AFTER, false);
		await page.$eval('svg.map path.country[data-iso3="FRA"]', (p) => p.dispatchEvent(new MouseEvent('click', { bubbles: true })));
		await page.waitForFunction(() => /France/.test(document.querySelector('h1')?.textContent || '') && location.hash.startsWith('#/state/FRA'));
	});
	await check(`${label}: the lists of treaties and states`, async () => {
		await page.evaluate(() => { location.hash = '#/treaties'; });
		await page.waitForSelector('#treaties-table tbody tr');
		const rows = await page.$$eval('#treaties-table tbody tr', (r) => r.length);
		assert(rows >= 2, `${rows} treaties`);
		const head = await page.$$eval('#treaties-table thead th', (t) => t.map((x) => x.textContent));
		assert(head.includes('Data as of') && head.includes('Depositary'), `columns: ${head}`);
		await page.click('#treaties-table a[href^="#/treaty/apmbt"]');
		await page.waitForFunction(() => /Mine Ban/.test(document.querySelector('h1')?.textContent || ''));
		await page.waitForSelector('svg.map path.country[data-status="party"]');
		await page.evaluate(() => { location.hash = '#/states'; });
		await page.waitForSelector('#state-list li');
		// sorted by name, not by code
		const names = await page.$$eval('#state-list li > a', (l) => l.map((x) => x.textContent));
		const sorted = [...names].sort((a, b) => a.localeCompare(b, 'en'));
		assert(names.join('|') === sorted.join('|'), `not sorted by name: ${names.slice(0, 5)}`);
		await page.fill('#state-filter', 'lithu');
		const shown = await page.$$eval('#state-list li', (l) => l.map((x) => x.textContent));
		assert(shown.length === 1 && /Lithuania/.test(shown[0]), `filter shows ${shown}`);
	});
	await check(`${label}: upcoming dates, with working iCalendar and Atom links`, async () => {
		await page.evaluate(() => { location.hash = '#/upcoming'; });
		await page.waitForSelector('#upcoming-table tbody tr');
		const ics = await page.$eval('#ics-link', (a) => a.href);
		const atom = await page.$eval('#atom-link', (a) => a.href);
		const got = await page.evaluate(async ([a, b]) => [await (await fetch(a)).text(), await (await fetch(b)).text()], [ics, atom]);
		assert(got[0].startsWith('BEGIN:VCALENDAR'), `ics: ${got[0].slice(0, 40)}`);
		assert(/<feed[\s>]/.test(got[1]), `atom: ${got[1].slice(0, 60)}`);
		await shot('upcoming');
	});
	await check(`${label}: the keyboard reaches the page with a visible focus`, async () => {
		await page.goto('about:blank');
		await page.goto(`${base}#/treaty/ccm?on=${ON_AFTER}`);
		await page.waitForSelector('svg.map path.country[data-iso3="LTU"]');
		await page.keyboard.press('Tab');
		const first = await page.evaluate(() => ({ cls: document.activeElement.className, outline: getComputedStyle(document.activeElement).outlineStyle }));
		assert(first.cls === 'skip' && first.outline !== 'none', `first Tab: ${JSON.stringify(first)}`);
		await page.keyboard.press('Enter');
		assert(await page.evaluate(() => document.activeElement.id) === 'main', 'the skip link does not reach the content');
		const unlabelled = await page.$$eval('input, select', (els) => els.filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map((e) => e.id || e.outerHTML));
		assert(unlabelled.length === 0, `inputs without a label: ${unlabelled}`);
	});
	await check(`${label}: on a phone the page fits the screen`, async () => {
		const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
		const p = await phone.newPage();
		watch(p);
		await p.goto(`${base}#/treaty/ccm?on=${ON_AFTER}`);
		await p.waitForSelector('svg.map path.country[data-iso3="LTU"]');
		// (A mobile layout viewport grows to fit what overflows: compare with the screen.)
		const w = await p.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
		assert(w[0] <= 390 && w[1] <= 390, `the page is ${w[0]}px wide (viewport ${w[1]}px) on a 390px screen`);
		await p.screenshot({ path: path.join(shots, `${label}-phone.png`) });
		await p.evaluate(() => document.querySelector('#sec-table').scrollIntoView());
		await p.screenshot({ path: path.join(shots, `${label}-phone-table.png`) });
		await phone.close();
	});
	if (isStatic)
		await check(`${label}: static mode asks for files, never for query strings`, async () => {
			const api = requests.filter((u) => u.includes('/api/v1/'));
			assert(api.length > 10, `only ${api.length} API requests`);
			const q = api.filter((u) => u.includes('?'));
			assert(q.length === 0, `query strings: ${q.slice(0, 3)}`);
		});
	await check(`${label}: no console error, page error or failed request`, async () => {
		assert(problems.length === 0, problems.slice(0, 5).join(' | '));
	});
	await context.close();
}

async function main() {
	const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inforce-web-'));
	const db = path.join(tmp, 't.db');
	const site = path.join(tmp, 'site');
	fs.mkdirSync(shots, { recursive: true });
	env.INFORCE_DATA = dataFor(tmp);
	if (env.INFORCE_DATA !== datadir) console.log(`# under ${wrapper[0]}: the curated CCM and Mine Ban acts only, not the UN's records`);
	console.log(`# screenshots: ${shots}`);
	let browser = null, server = null, serve = null;
	try {
		await check('inforce init builds the store', async () => { run(['--db', db, 'init']); });
		await check('inforce site writes the static export', async () => {
			const out = run(['--db', db, 'site', site, '--on', ON_AFTER]);
			console.log(`# ${out.trim()}`);
			const mode = JSON.parse(fs.readFileSync(path.join(site, 'mode.json'), 'utf8'));
			assert(mode.static === true && mode.on === ON_AFTER, `mode.json: ${JSON.stringify(mode)}`);
			for (const f of ['index.html', 'js/app.js', 'vendor/d3-geo.min.js', 'vendor/countries-110m.json', 'data/iso-numeric.json',
				'api/v1/treaties.json', 'api/v1/states.json', 'api/v1/treaties/ccm.json', 'api/v1/status/ccm.json',
				'api/v1/changes/ccm.json', 'api/v1/diff/ccm.json', 'api/v1/charts/ccm.svg', 'api/v1/states/LTU.json',
				'api/v1/upcoming.json', 'api/v1/upcoming.ics', 'api/v1/upcoming.atom', 'api/v1/export/statuses.csv'])
				assert(fs.existsSync(path.join(site, f)), `${f} is missing`);
			assert(!fs.existsSync(path.join(site, 'node_modules')) && !fs.existsSync(path.join(site, 'package.json')), 'npm files were copied');
			const st = JSON.parse(fs.readFileSync(path.join(site, 'api/v1/status/ccm.json'), 'utf8'));
			const ltu = st.states.find((s) => s.iso3 === 'LTU');
			assert(st.on === ON_AFTER && ltu && ltu.status === 'withdrawn', 'status/ccm.json is not the answer for the export date');
		});
		const { chromium } = await loadPlaywright();
		browser = await chromium.launch({
			executablePath: '/usr/bin/chromium',
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
				'--disable-component-update', '--disable-sync'],
		});
		await check('the static site opened from disk says at once how to serve it', async () => {
			const ctx = await browser.newContext();
			const p = await ctx.newPage();
			await p.goto('file://' + path.join(site, 'index.html'));
			await p.waitForSelector('#file-note', { timeout: 10000 });
			const text = await p.textContent('#file-note');
			assert(/python3 -m http\.server/.test(text), `the page says: ${text}`);
			await ctx.close();
		});
		server = await serveDir(site);
		await pass(browser, 'static', `http://127.0.0.1:${server.address().port}/`, true);
		if (hasServe()) {
			serve = await startServe(db).catch((e) => {
				failed++;
				console.log(`not ok - inforce serve starts: ${e.message.split('\n')[0]}`);
				return null;
			});
			if (serve) {
				await check('the static answers are the live API\'s (JSON, SVG, iCalendar, Atom, CSV)', async () => {
					const pairs = [['treaties', 'treaties.json'], ['states', 'states.json'], ['treaties/ccm', 'treaties/ccm.json'],
						[`status/ccm?on=${ON_AFTER}`, 'status/ccm.json'], ['changes/ccm', 'changes/ccm.json'],
						[`diff/ccm?from=1900-01-01&to=${ON_AFTER}`, 'diff/ccm.json'], [`states/LTU?on=${ON_AFTER}`, 'states/LTU.json'],
						[`upcoming?from=${ON_AFTER}`, 'upcoming.json']];
					for (const [live, file] of pairs) {
						const r = await fetch(serve.base + 'api/v1/' + live);
						assert(r.ok, `${live}: HTTP ${r.status}`);
						const a = JSON.stringify(await r.json());
						const b = JSON.stringify(JSON.parse(fs.readFileSync(path.join(site, 'api/v1', file), 'utf8')));
						assert(a === b, `${live} differs from ${file}`);
					}
					for (const [live, file] of [[`charts/ccm.svg?to=${ON_AFTER}`, 'charts/ccm.svg'],
						[`upcoming.ics?from=${ON_AFTER}`, 'upcoming.ics'], [`upcoming.atom?from=${ON_AFTER}`, 'upcoming.atom'],
						[`export/statuses.csv?on=${ON_AFTER}`, 'export/statuses.csv'], ['export/treaties.csv', 'export/treaties.csv']]) {
						const body = await (await fetch(serve.base + 'api/v1/' + live)).text();
						assert(body === fs.readFileSync(path.join(site, 'api/v1', file), 'utf8'), `${live} differs from ${file}`);
					}
				});
				await pass(browser, 'serve', serve.base, false);
			}
		} else {
			console.log('# inforce serve is not built: the live pass is skipped');
		}
	} catch (e) {
		failed++;
		console.log(`not ok - the browser tests ran: ${String(e && e.message ? e.message : e).split('\n')[0]}`);
	} finally {
		if (browser) await browser.close().catch(() => {});
		if (server) server.close();
		if (serve) {
			serve.proc.kill('SIGTERM');
			const code = await new Promise((resolve) => {
				if (serve.proc.exitCode !== null) resolve(serve.proc.exitCode);
				else serve.proc.on('exit', (c) => resolve(c));
			});
			await check('inforce serve stops cleanly on SIGTERM', async () => { assert(code === 0, `exit code ${code}`); });
		}
		fs.rmSync(tmp, { recursive: true, force: true });
	}
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed ? 1 : 0);
}

main();
