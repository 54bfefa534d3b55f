// Browser journeys run in Debian's Chromium through playwright-core; every page a journey
// visits is checked with axe for WCAG 2.1 AA.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export const DEMO_PASSWORD = 'pdz-demo-2024';
export const ADMIN = 'udp@lodi.demo.it';
export const COORDINATOR = 'tavolo.immigrazione@lodi.demo.it';
export const VIEWER = 'osservatore@lodi.demo.it';

let browser: Browser;

export function useBrowser() {
	beforeAll(async () => {
		browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--headless',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		});
	});
	afterAll(async () => {
		await browser?.close();
	});
}

export function appUrl(path = '/'): string {
	return inject('appUrl') + path;
}

// axe runs as a script in the page: in contexts without JavaScript it cannot, and those
// pages are checked by the journeys that have it.
const withoutScript = new WeakSet<BrowserContext>();

/**
 * A browser profile; `secondInstance` talks to the other app instance on the same database,
 * `baseURL` to an installation of the journey's own.
 */
export async function newContext(
	options: {
		javaScriptEnabled?: boolean;
		secondInstance?: boolean;
		baseURL?: string;
		acceptDownloads?: boolean;
		viewport?: { width: number; height: number };
	} = {}
): Promise<BrowserContext> {
	const { secondInstance, baseURL, ...rest } = options;
	const context = await browser.newContext({
		baseURL: baseURL ?? inject(secondInstance ? 'appUrl2' : 'appUrl'),
		locale: 'it-IT',
		timezoneId: 'Europe/Rome',
		...rest
	});
	if (options.javaScriptEnabled === false) withoutScript.add(context);
	return context;
}

/** Asserts that axe finds no WCAG 2.0/2.1 A or AA violation on the current page. */
export async function expectAccessible(page: Page) {
	if (withoutScript.has(page.context())) return;
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
				.slice(0, 3)
				.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
				.join('\n  ')}`
	);
	expect(summary, `${page.url()}\n${summary.join('\n')}`).toEqual([]);
}

/** Goes to `path`, checks the status and accessibility. */
export async function visit(page: Page, path: string, status = 200) {
	const response = await page.goto(path);
	expect(response?.status(), path).toBe(status);
	await expectAccessible(page);
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
	await visit(page, '/accesso');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Accedi', exact: true }).click();
	await page.waitForURL((u) => !u.pathname.startsWith('/accesso'));
}
