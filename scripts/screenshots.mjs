#!/usr/bin/env node
// scripts/screenshots.mjs - the pictures of docs/screenshots/: the state page (Lithuania)
// and the treaty page (the CCM) at 1400 px and 400 px wide, first screen, made from a
// store built from the bundled data and served by `inforce serve` on 127.0.0.1.
//
// usage: scripts/screenshots.mjs [BUILD_DIR]   (default build; needs web/node_modules and
// Debian's chromium, as the web test does)
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const inforce = path.resolve(process.argv[2] || path.join(root, 'build'), 'inforce');
const out = path.join(root, 'docs', 'screenshots');
const env = { ...process.env, INFORCE_DATA: path.join(root, 'data'), INFORCE_TODAY: '2026-11-29', NO_COLOR: '1' };
const { chromium } = createRequire(path.join(root, 'web', 'package.json'))('playwright-core');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'inforce-shots-'));
const db = path.join(tmp, 'shots.db');
execFileSync(inforce, ['--db', db, 'init'], { env, stdio: 'ignore' });
const port = 20000 + Math.floor(Math.random() * 20000);
const server = spawn(inforce, ['--db', db, 'serve', '--listen', `127.0.0.1:${port}`], { env, stdio: 'ignore' });
const base = `http://127.0.0.1:${port}/`;
try {
	for (let i = 0; ; i++) { // until it answers, at most 10 s
		try { if ((await fetch(base + 'api/v1/treaties')).ok) break; } catch { /* not yet */ }
		if (i > 100) throw new Error('inforce serve did not start');
		await new Promise((r) => setTimeout(r, 100));
	}
	const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
			'--disable-component-update', '--disable-sync'] });
	fs.mkdirSync(out, { recursive: true });
	for (const width of [1400, 400]) {
		const ctx = await browser.newContext({ viewport: { width, height: width > 500 ? 900 : 860 } });
		const page = await ctx.newPage();
		await page.goto(`${base}#/state/LTU?on=2026-01-01`);
		await page.waitForSelector('#arms-summary');
		await page.screenshot({ path: path.join(out, `state-LTU-${width}.png`) });
		await page.goto(`${base}#/treaty/ccm?on=2025-03-06`);
		await page.waitForSelector('svg.map path.country[data-iso3="LTU"]');
		await page.waitForFunction(() => document.querySelector('#status-date')?.getAttribute('datetime') === '2025-03-06');
		await page.screenshot({ path: path.join(out, `treaty-ccm-${width}.png`) });
		await ctx.close();
	}
	await browser.close();
	console.log(`wrote ${fs.readdirSync(out).filter((f) => f.endsWith('.png')).length} screenshots to ${out}`);
} finally {
	server.kill('SIGTERM');
	fs.rmSync(tmp, { recursive: true, force: true });
}
