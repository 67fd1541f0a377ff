// The Spanish site (/es/), in headless Chromium: every page in Spanish with the right
// `lang`, axe-core on every page and every step, the same journey with JavaScript on
// and off, the language switched in the middle of the questions without losing an
// answer, and the papers with their instructions in Spanish.
//
// Run by `.ci/browser-check` after journeys.test.mjs, with the same BASE_URL and the
// same helpers (helpers.mjs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SHOTS, visit as visitAt, open, axe, step, heading, stateOf, press as pressAt, answer } from './helpers.mjs';

/** A fresh profile, at phone width unless told otherwise. */
const visit = ({ js = true, width = 375 } = {}) => visitAt({ js, width });

/** Presses a button; the next screen must still be in Spanish. */
async function press(page, go) {
  await pressAt(page, go);
  assert.equal(await page.getAttribute('html', 'lang'), 'es', 'the page stays in Spanish');
}

async function fillAndGo(page, fields, go = 'next') {
  for (const [name, value] of Object.entries(fields)) await answer(page, name, value);
  await press(page, go);
}

/** The questions on a screen: each field is named by its fact key ("value" when alone). */
async function questions(page) {
  const names = await page.$$eval('main form.step input, main form.step select, main form.step textarea',
    (els) => [...new Set(els.filter((e) => !['hidden', 'file', 'submit'].includes(e.type)).map((e) => e.name))]);
  const at = (await stateOf(page)).at.fact?.[1];
  return names.map((name) => ({ name, fact: name === 'value' ? at : name }));
}

/** Answers every question screen until the step `until`. */
async function answerUntil(page, until, answers) {
  for (let i = 0; i < 30; i++) {
    if ((await step(page)) === until) return;
    const fields = {};
    for (const { name, fact } of await questions(page)) {
      assert.ok(fact in answers, `no answer for ${fact} ("${await heading(page)}")`);
      fields[name] = answers[fact];
    }
    await fillAndGo(page, fields);
  }
  assert.fail(`never reached ${until}`);
}

/** A dismissed petit larceny in a justice court, from the start to the results. */
async function dismissedJourney(page) {
  await open(page, '/es/check');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  await axe(page, 'el comienzo');
  await press(page, 'next');
  assert.equal(await step(page), 'court');
  await fillAndGo(page, { court_kind: 'justice', county: 'Hinds' });
  await fillAndGo(page, { offence: 'petit larceny', case_number: 'JC-2023-0457' });
  await answerUntil(page, 'charges', { 'charge.outcome': 'dismissed', 'charge.disposition_date': '2024-03-12' });
  await press(page, 'done_charges');
  await answerUntil(page, 'review', { 'history.pending_charges': 'no' });
  await press(page, 'open:results');
  assert.equal(await step(page), 'results');
  assert.equal(await page.getAttribute('[data-outcome]', 'data-outcome'), 'eligible');
  const text = await page.textContent('main');
  assert.match(text, /Quizás pueda/, 'the result is in Spanish');
  assert.match(text, /99-19-71/, 'the statute is cited');
  assert.doesNotMatch(text, /You may be able|Talk to a lawyer/, 'no English result');
}

for (const js of [true, false]) {
  test(`a Spanish speaker checks a dismissed charge in Spanish (JavaScript ${js ? 'on' : 'off'})`, async () => {
    const page = await visit({ js });
    await dismissedJourney(page);
    await page.screenshot({ path: join(SHOTS, `es-results-${js ? 'js' : 'nojs'}-375.png`), fullPage: true });
    await page.done();
  });
}

test('the language can be changed in the middle of the questions, and every answer stays', async () => {
  const page = await visit({ js: true });
  await open(page, '/check');
  await Promise.all([page.waitForResponse((r) => r.url().endsWith('/check')), page.click('main form.step button[value=next]')]);
  await page.waitForSelector('main form.step[aria-busy="false"]');
  await page.check('input[name=court_kind][value=justice]');
  await page.selectOption('main form.step select[name=county]', 'Hinds');
  await Promise.all([page.waitForResponse((r) => r.url().endsWith('/check')), page.click('main form.step button[value=next]')]);
  await page.waitForSelector('main form.step[aria-busy="false"]');
  assert.equal(await step(page), 'details');
  const before = await stateOf(page);
  // The step's own button posts the answers to the Spanish questionnaire.
  await Promise.all([page.waitForNavigation(), page.click('main form.step button[value=same][lang=es]')]);
  await page.waitForSelector('main[data-hydrated="true"]');
  assert.equal(new URL(page.url()).pathname, '/es/check');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal(await step(page), 'details', 'the same step');
  assert.deepEqual((await stateOf(page)).case, before.case, 'every answer kept');
  await axe(page, 'the same step in Spanish');
  // And back to English.
  await Promise.all([page.waitForNavigation(), page.click('main form.step button[value=same][lang=en]')]);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await step(page), 'details');
  await page.done();
});

test('a Spanish speaker downloads the papers: the court papers in English, the instructions in Spanish', async () => {
  const page = await visit({ js: false, width: 1280 });
  await dismissedJourney(page);
  await press(page, 'open:person');
  await fillAndGo(page, { full_name: 'Zoë Nguyễn', email: 'zoe@example.org', phone: '601-555-0142', address: '12 Oak St, Jackson, MS 39201' });
  assert.equal(await step(page), 'papers');
  const text = await page.textContent('main');
  assert.match(text, /IN THE JUSTICE COURT OF HINDS COUNTY, MISSISSIPPI/, 'the petition is in English');
  assert.match(text, /Qué hay en este paquete/, 'the instructions are in Spanish');
  assert.match(text, /PETITION FOR EXPUNGEMENT/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('main form.step button[formaction="/es/check/packet"]')]);
  assert.equal(download.suggestedFilename(), 'expungement-papers.pdf');
  await page.done();
});

test('a date in the future is refused in Spanish, beside its field', async () => {
  for (const js of [true, false]) {
    const page = await visit({ js });
    await open(page, '/es/check');
    await press(page, 'next');
    await fillAndGo(page, { court_kind: 'justice', county: 'Hinds' });
    // The date of arrest, on the charge's screen.
    await fillAndGo(page, { offence: 'petit larceny', arrest_date: '2099-01-01' });
    assert.equal(await step(page), 'details', 'the same screen, with the error');
    assert.equal(await page.inputValue('main form.step [name=offence]'), 'petit larceny', 'nothing typed is lost');
    const error = await page.locator('main .field .error').first().textContent();
    assert.match(error, /futuro/i, `the message is in Spanish: ${error}`);
    await page.done();
  }
});

const PAGES = ['/es', '/es/check', '/es/learn', '/es/learn/cost', '/es/learn/after-you-file', '/es/help', '/es/how-it-works', '/es/privacy', '/es/no-such-page'];

for (const path of PAGES) {
  test(`the Spanish page ${path} is in Spanish, passes axe-core, links to English, and fits 375 px`, async () => {
    for (const js of [true, false]) {
      const page = await visit({ js });
      const res = await open(page, path);
      assert.equal(res.status(), path.endsWith('no-such-page') ? 404 : 200);
      assert.equal(await page.getAttribute('html', 'lang'), 'es');
      assert.equal(await page.locator('h1').count(), 1, `${path} has one h1`);
      assert.equal(await page.locator('a.skip-link[href="#main"]').count(), 1);
      const english = path.replace(/^\/es/, '') || '/';
      assert.equal(await page.getAttribute('header a[hreflang=en]', 'href'), english, 'a link to the same page in English');
      assert.equal(await page.getAttribute('header a[hreflang=en]', 'lang'), 'en');
      assert.ok(await page.locator('.review-notice').count(), 'the translation says it awaits a native speaker');
      // Every link inside the site stays in Spanish.
      const links = await page.$$eval('main a[href^="/"], header nav a[href^="/"]:not([hreflang])', (as) => as.map((a) => a.getAttribute('href')));
      for (const href of links) assert.ok(href === '/es' || href.startsWith('/es/'), `${path}: ${href} leaves the Spanish site`);
      await axe(page, `${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `no sideways scrolling (${overflow} px too wide)`);
      if (js) await page.screenshot({ path: join(SHOTS, `es-page${path.replace('/es', '').replaceAll('/', '-') || '-home'}-375.png`), fullPage: true });
      await page.done();
    }
  });
}
