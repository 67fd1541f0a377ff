// What every browser test file shares: the browser, a fresh profile per journey (with
// every request checked to stay on this origin and the console checked for errors),
// axe-core, screenshots, and pressing the questionnaire's buttons as a person would.

import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const BASE = process.env.BASE_URL ?? 'http://127.0.0.1:3917';
export const SHOTS = process.env.SCREENSHOTS ?? 'target/screenshots';
mkdirSync(SHOTS, { recursive: true });

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});
after(async () => browser?.close());

/** A fresh browser profile. Records every request that leaves this origin. */
export async function visit({ js = true, width = 1280 } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const origin = new URL(BASE).origin;
  page.foreign = [];
  page.consoleErrors = [];
  page.js = js;
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) page.foreign.push(url);
  });
  page.on('console', (m) => {
    // The browser reports the 404 page's own status; that one is meant.
    const notFoundPage = page.url().endsWith('/no-such-page') && m.text().includes('status of 404');
    if (m.type() === 'error' && !notFoundPage) page.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => page.consoleErrors.push(String(e)));
  page.done = async () => {
    assert.deepEqual(page.foreign, [], 'no request to any other origin');
    assert.deepEqual(page.consoleErrors, [], 'no errors in the browser console');
    await context.close();
  };
  return page;
}

/** Opens a page; with JavaScript on, waits until its island (the questionnaire) is
 * interactive. Other pages have no island and load no script at all. */
export async function open(page, path) {
  const res = await page.goto(BASE + path);
  // Every screen a person sees, from this first one: `press` counts the rest.
  page.screens = 1;
  if (page.js && (await page.locator('leptos-island').count()) > 0) {
    await page.waitForSelector('main[data-hydrated="true"]', { timeout: 15000 });
  }
  return res;
}

/** axe-core over the page as it is now: zero violations of WCAG 2.0-2.2 A and AA. */
export async function axe(page, where) {
  // Playwright evaluates through the DevTools protocol, which the page's CSP does not
  // govern; nothing is added to the page itself. Needs JavaScript, so it runs in the
  // JavaScript journeys (the HTML is the same server-rendered HTML in both).
  if (!page.js) return;
  const violations = await page.evaluate(async (source) => {
    if (!window.axe) (0, eval)(source);
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, AXE);
  assert.deepEqual(violations, [], `axe-core on ${where}`);
}

export async function shoot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

export const step = (page) => page.getAttribute('main .check[data-step]', 'data-step');
export const heading = (page) => page.textContent('#step-heading');
export const stateOf = async (page) => JSON.parse(await page.inputValue('main form.step input[name=state]'));

/** Presses a button of the questionnaire form and waits for the next screen. */
export async function press(page, go) {
  const button = page.locator(`main form.step button[name=go][value="${go}"]`).first();
  if (page.js) {
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/check') && r.request().method() === 'POST'), button.click()]);
    await page.waitForSelector('main form.step[aria-busy="false"]');
  } else {
    await Promise.all([page.waitForNavigation(), button.click()]);
  }
  page.screens = (page.screens ?? 0) + 1;
  await axe(page, `the "${await heading(page)}" step`);
}

/** Types a date ("2021-03-14", "2021-03" or "2021") into its month, day and year
 * boxes, leaving empty what is not given. */
export async function fillDate(page, name, value) {
  const [year = '', month = '', day = ''] = value.split('-');
  for (const [part, typed] of [['month', month], ['day', day], ['year', year]]) {
    await page.fill(`main form.step [name="${name}--${part}"]`, typed);
  }
}

/** Sets a field: the radio with that value if there is one, a date's boxes, otherwise
 * types it. */
export async function answer(page, name, value) {
  if (await page.locator(`main form.step [name="${name}--year"]`).count()) return fillDate(page, name, value);
  const radio = page.locator(`main form.step input[type=radio][name="${name}"][value="${value}"]`);
  if (await radio.count()) await radio.check();
  else if (await page.locator(`main form.step select[name="${name}"]`).count()) await page.selectOption(`main form.step select[name="${name}"]`, value);
  else await page.fill(`main form.step [name="${name}"]`, value);
}

export async function fillAndGo(page, fields, go = 'next') {
  for (const [name, value] of Object.entries(fields)) await answer(page, name, value);
  await press(page, go);
}

