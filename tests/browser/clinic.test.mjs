// Clinic mode in headless Chromium: one clinic day from start to end.
//
// An admin signs in, sets up the second step (TOTP, computed here from the key the
// enrol page shows), makes an event and two accounts and puts the volunteer on the
// event; the volunteer starts a matter and goes through the questionnaire, unsure
// whether a charge is still open, so printing is refused; the attorney settles that
// answer in the questionnaire and signs off; the volunteer gives the person's details
// and downloads the papers. axe-core runs on every clinic page and step seen, and the
// main pages are saved as screenshots at 375 px and 1280 px (target/screenshots/clinic-*).
//
// Run by `.ci/browser-check` against a clinic server of its own: BASE_URL is that
// server, CLINIC_ADMIN and CLINIC_PASSWORD the admin account `clinic init` made.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE, visit, open, axe, shoot } from './helpers.mjs';

const ADMIN = process.env.CLINIC_ADMIN ?? 'admin';
const ADMIN_PASSWORD = process.env.CLINIC_PASSWORD ?? '';

// What the people in this journey type. `.ci/browser-check` searches the server's log
// for these, so keep them in step with its list.
const PERSON = {
  name: 'Rosalind Quarterman',
  address: '48 Magnolia Lane, Jackson, MS 39202',
  phone: '601-555-0187',
  email: 'rosalind@example.org',
  born: '1988-07-23',
};
const CHARGE = { offence: 'trespass', caseNumber: 'CC-2019-0311', convicted: '2019-04-01', completed: '2019-06-01' };
// A second person, entered in the fast-entry table, and a third, imported from a list.
const TABLED = { name: 'Dolores Whitfield', first: 'simple assault', second: 'disorderly conduct', caseNumber: 'J-2018-114' };
const LISTED = { name: 'Loretta Banks', offence: 'petit larceny', caseNumber: 'J-2019-77' };
const VOLUNTEER = { username: 'vol_kim', name: 'Kim Volunteer', password: 'volunteer pass phrase 7' };
const ATTORNEY = { username: 'att_ruiz', name: 'Ana Ruiz', password: 'attorney pass phrase 9', bar: 'MSB 104233' };

// ---- The second step: RFC 6238 codes (SHA-1, 30 seconds, 6 digits) ----

/** The bytes of an RFC 4648 base32 key (padding and spaces ignored). */
function base32(key) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const ch of key.toUpperCase().replace(/[\s=]/g, '')) {
    const i = alphabet.indexOf(ch);
    assert.ok(i >= 0, `"${ch}" is not base32`);
    value = (value << 5) | i;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
      value &= (1 << bits) - 1;
    }
  }
  return Buffer.from(bytes);
}

/** The code an authenticator app shows for `key` at `ms` (milliseconds since 1970). */
export function totp(key, ms = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(ms / 1000 / 30)));
  const mac = createHmac('sha1', base32(key)).update(counter).digest();
  const at = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(at) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** The last time step whose code was typed for each key: the server takes each code once. */
const usedStep = new Map();

/** A code for `key` the server has not taken yet: now's, or the next step's if now's was
 * used (the server takes a step either side of its clock), waiting if both were. */
async function freshCode(key) {
  for (;;) {
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(now, (usedStep.get(key) ?? -1) + 1);
    if (step <= now + 1) {
      usedStep.set(key, step);
      return totp(key, step * 30_000);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

test('the TOTP codes match RFC 6238\'s own test values', () => {
  // RFC 6238, appendix B: the SHA-1 key "12345678901234567890", its codes cut to 6 digits.
  const key = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  assert.equal(totp(key, 59_000), '287082');
  assert.equal(totp(key, 1_111_111_109_000), '081804');
  assert.equal(totp(key, 2_000_000_000_000), '279037');
});

// ---- Moving through clinic pages ----

/** Every page and step axe-core has checked, so each distinct one is checked once. */
const checked = new Set();

/** Checks the page with axe-core the first time a page of this kind is seen. */
async function check(page, what) {
  if (checked.has(what)) return;
  checked.add(what);
  await axe(page, what);
}

/** Clicks and waits for the page the click loads (every clinic form is a plain post).
 * A page sent with an error status is refused unless `status` expects it; the browser
 * then logs that status as a console error, which is taken as meant. */
async function submit(page, locator, status = 200) {
  const [res] = await Promise.all([page.waitForNavigation(), page.locator(locator).first().click()]);
  assert.equal(res?.status(), status, `the page after clicking ${locator} (${page.url()})`);
  if (status >= 400) {
    const meant = page.consoleErrors.findIndex((e) => e.includes(`status of ${status}`));
    if (meant >= 0) page.consoleErrors.splice(meant, 1);
  }
  return res;
}

/** Goes to a page by following its link, as a person would. */
async function follow(page, name) {
  await submit(page, `main a:text-is("${name}"), header a:text-is("${name}")`);
}

const h1 = async (page) => (await page.textContent('main h1'))?.trim();
const mainText = (page) => page.locator('main').innerText();

/** Signs in; an account with a second step set up types its code. Returns the page after. */
async function signIn(page, username, password) {
  await open(page, '/clinic/sign-in');
  await check(page, 'the sign-in page');
  await page.fill('#username', username);
  await page.fill('#password', password);
  await submit(page, 'main button[type=submit]');
}

/** Sets up the second step from the enrol page: reads the key it shows, types the code. */
async function enrol(page, name) {
  assert.ok(page.url().endsWith('/clinic/enrol'), `${name} is sent to set up the second step (at ${page.url()})`);
  await check(page, 'the enrol page');
  await shoot(page, `clinic-enrol-${page.viewportSize().width}`);
  const key = (await page.textContent('main li code'))?.trim() ?? '';
  assert.match(key, /^[A-Z2-7]+=*$/, 'the key is shown as base32 text beside the QR code');
  await page.fill('#code', await freshCode(key));
  await submit(page, 'main form[action="/clinic/enrol"] button[type=submit]');
  assert.ok(page.url().endsWith('/clinic'), `${name} reaches the events after setting up (at ${page.url()})`);
  return key;
}

// ---- The questionnaire under a matter ----

const step = (page) => page.getAttribute('main .check[data-step]', 'data-step');
const heading = async (page) => (await page.textContent('#step-heading'))?.trim();

/** Presses a questionnaire button and waits for the next step (a plain form post in clinic mode). */
async function press(page, go) {
  await submit(page, `main form.step button[name=go][value="${go}"]`);
  assert.ok(new URL(page.url()).pathname.match(/^\/clinic\/matters\/\d+\/check$/), `still in the matter's questionnaire (${page.url()})`);
  await check(page, `the questionnaire's "${await step(page)}: ${await heading(page)}" step`);
}

/** Types a date ("2021-03-14") into its month, day and year boxes. */
async function fillDate(page, name, value) {
  const [year = '', month = '', day = ''] = value.split('-');
  for (const [part, typed] of [['month', month.replace(/^0/, '')], ['day', day.replace(/^0/, '')], ['year', year]]) {
    await page.fill(`main form.step [name="${name}--${part}"]`, typed);
  }
}

/** Sets a field: the radio with that value, a date's boxes, a choice in a list, or types it. */
async function answer(page, name, value) {
  if (await page.locator(`main form.step [name="${name}--year"]`).count()) return fillDate(page, name, value);
  const radio = page.locator(`main form.step input[type=radio][name="${name}"][value="${value}"]`);
  if (await radio.count()) return radio.check();
  if (await page.locator(`main form.step select[name="${name}"]`).count()) {
    return page.selectOption(`main form.step select[name="${name}"]`, value);
  }
  return page.fill(`main form.step [name="${name}"]`, value);
}

async function fillAndGo(page, fields, go = 'next') {
  for (const [name, value] of Object.entries(fields)) await answer(page, name, value);
  await press(page, go);
  const errors = await page.locator('#error-summary').count() ? await page.locator('main').innerText() : '';
  assert.equal(errors, '', `no error after "${go}" (now on "${await heading(page)}")`);
}

/** The names a question step's fields post (a date's boxes as one name). */
async function fieldNames(page) {
  const names = await page.$$eval('main form.step input, main form.step select, main form.step textarea',
    (els) => [...new Set(els.filter((e) => !['hidden', 'file', 'submit'].includes(e.type)).map((e) => e.name))]);
  return [...new Set(names.map((n) => n.replace(/--(day|month|year)$/, '')))];
}

/** Answers each question step until the step `until`, by the fields' names. */
async function answerUntil(page, until, answers) {
  for (let i = 0; i < 30; i++) {
    if ((await step(page)) === until) return;
    assert.equal(await step(page), 'fact', `expected a question, got "${await heading(page)}"`);
    const fields = {};
    for (const name of await fieldNames(page)) {
      assert.ok(name in answers, `no answer for ${name} ("${await heading(page)}")`);
      fields[name] = answers[name];
    }
    await fillAndGo(page, fields);
  }
  assert.fail(`never reached ${until}`);
}

// ---- The journey ----

/** Today in Mississippi, as YYYY-MM-DD. */
const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'America/Chicago' });
const EVENT = 'Hinds County record clearing day';
const selected = (page, id) => page.$eval(id, (s) => s.selectedOptions[0].textContent);

/** How far each main page, at 375 px, is wider than the screen. */
const tooWide = [];
/** Main pages saved as screenshots; whether the journey reached its end. */
let shots = 0;
let journeyDone = false;

/** Screenshots of the page at 375 px and 1280 px; at 375 px, axe-core again, and whether it fits. */
async function shootBoth(page, name) {
  const was = page.viewportSize();
  shots += 1;
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    if (width === 375) {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) tooWide.push(`${name}: ${overflow} px`);
      await axe(page, `the clinic page "${name}" at 375 px`);
    }
    await shoot(page, `clinic-${name}-${width}`);
  }
  await page.setViewportSize(was);
}

/** The admin signs in, sets up the second step, makes the event and both accounts, and
 * puts the volunteer on the event. Returns the event's address. */
async function adminSetsUp() {
  const admin = await visit({ js: true });
  await open(admin, '/clinic/sign-in');
  await shootBoth(admin, 'sign-in');
  await signIn(admin, ADMIN, ADMIN_PASSWORD);
  const adminKey = await enrol(admin, 'the admin');
  await check(admin, 'the events page (admin, no events)');
  await admin.fill('#name', EVENT);
  await admin.fill('#held_on', today());
  await admin.fill('#county', 'Hinds');
  await submit(admin, 'main form[action="/clinic/events"] button[type=submit]');
  const eventPath = new URL(admin.url()).pathname;
  assert.match(eventPath, /^\/clinic\/events\/\d+$/, 'the new event opens');
  assert.equal(await h1(admin), EVENT);
  assert.match(await mainText(admin), /Hinds County\. 0 matters\./);
  await check(admin, 'the event page (admin)');

  await follow(admin, 'Accounts');
  await check(admin, 'the accounts page');
  for (const [who, role] of [[VOLUNTEER, 'volunteer'], [ATTORNEY, 'attorney']]) {
    await admin.fill('#username', who.username);
    await admin.fill('#display_name', who.name);
    await admin.selectOption('#role', role);
    await admin.fill('#password', who.password);
    if (who.bar) await admin.fill('#bar_number', who.bar);
    await submit(admin, 'main form[action="/clinic/users"] button[type=submit]');
    assert.ok(admin.url().endsWith('/clinic/users'), `the ${role}'s account is made`);
  }
  const accounts = await mainText(admin);
  assert.match(accounts, new RegExp(`${ATTORNEY.name}\\s+Attorney\\s+No\\s+${ATTORNEY.bar}`), 'the attorney is listed with the bar number');
  assert.match(accounts, new RegExp(`${VOLUNTEER.name}\\s+Volunteer\\s+No`));
  await shootBoth(admin, 'accounts');

  await follow(admin, 'Events');
  await check(admin, 'the events page (admin)');
  await shootBoth(admin, 'events-admin');
  await follow(admin, EVENT);
  await admin.selectOption('#user', { label: `${VOLUNTEER.name} (${VOLUNTEER.username})` });
  await submit(admin, `main form[action="${eventPath}/staff"] button[type=submit]`);
  assert.equal(new URL(admin.url()).pathname, eventPath);
  assert.match(await mainText(admin), new RegExp(`Staff at this event\\s+${VOLUNTEER.name}`));
  await shootBoth(admin, 'event-admin');
  await follow(admin, 'Audit log');
  await check(admin, 'the audit log');
  assert.match(await mainText(admin), /create_event/);
  await shootBoth(admin, 'audit');

  // Signed out and in again, the admin types the code from the app.
  await submit(admin, 'main form.sign-out button');
  assert.ok(admin.url().endsWith('/clinic/sign-in'), 'signed out');
  await signIn(admin, ADMIN, ADMIN_PASSWORD);
  assert.ok(admin.url().endsWith('/clinic/code'), `asked for the code (at ${admin.url()})`);
  await check(admin, 'the code page');
  await shootBoth(admin, 'code');
  // The code typed to set up the app works once: typed again, it is refused.
  await admin.fill('#code', totp(adminKey, usedStep.get(adminKey) * 30_000));
  await submit(admin, 'main form[action="/clinic/code"] button[type=submit]', 401);
  assert.match(await mainText(admin), /That code is wrong or too old/);
  await check(admin, 'the code page (wrong code)');
  await admin.fill('#code', await freshCode(adminKey));
  await submit(admin, 'main form[action="/clinic/code"] button[type=submit]');
  assert.ok(admin.url().endsWith('/clinic'), 'the right code opens the events');
  await admin.done();
  return eventPath;
}

/** The volunteer signs in (no second step needed), starts a matter by name, and goes
 * through the questionnaire: one charge, and "not sure" whether any charge is open.
 * The matter then waits for a lawyer and its papers are refused. */
async function volunteerTakesMatter(volunteer) {
  await signIn(volunteer, VOLUNTEER.username, VOLUNTEER.password);
  assert.ok(volunteer.url().endsWith('/clinic'), `the volunteer reaches the events (at ${volunteer.url()})`);
  await check(volunteer, 'the events page (volunteer)');
  await shootBoth(volunteer, 'events-volunteer');
  await follow(volunteer, EVENT);
  await check(volunteer, 'the event page (volunteer)');
  await submit(volunteer, 'main form[action$="/matters"] button[type=submit]', 422);
  assert.match(await mainText(volunteer), /Give the person's name, or choose their saved answers file/, 'a matter needs a name or a file');
  await check(volunteer, 'the event page (new matter refused)');
  await volunteer.fill('#full_name', PERSON.name);
  await submit(volunteer, 'main form[action$="/matters"] button[type=submit]');
  const matterPath = new URL(volunteer.url()).pathname;
  assert.match(matterPath, /^\/clinic\/matters\/\d+$/, 'the new matter opens');
  assert.equal(await h1(volunteer), PERSON.name);
  await check(volunteer, 'the matter page (new)');
  await shootBoth(volunteer, 'matter-new');

  // One charge: a trespass conviction in county court, sentence served and fines paid.
  await follow(volunteer, 'Start the questionnaire');
  assert.equal(await step(volunteer), 'start');
  await check(volunteer, 'the questionnaire\'s start');
  await shootBoth(volunteer, 'intake-start');
  await press(volunteer, 'next');
  assert.equal(await step(volunteer), 'court');
  await press(volunteer, 'next');
  assert.equal(await step(volunteer), 'court', 'the court is needed to go on');
  assert.ok(await volunteer.locator('#error-summary').count(), 'the error is said at the top and beside the field');
  await check(volunteer, 'the court step with an error');
  await fillAndGo(volunteer, { court_kind: 'county', county: 'Hinds' });
  assert.equal(await step(volunteer), 'details');
  await fillAndGo(volunteer, { offence: CHARGE.offence, case_number: CHARGE.caseNumber });
  await answerUntil(volunteer, 'charges', {
    'charge.outcome': 'convicted', 'charge.level': 'misdemeanor', 'charge.disposition_date': CHARGE.convicted,
    'charge.fines_costs_paid': 'yes', 'charge.public_official_duty_related': 'no', 'charge.trafficking_related': 'no',
    'charge.traffic': 'no', 'charge.dui': 'no', 'charge.sentence_completed': 'yes', 'charge.sentence_completion_date': CHARGE.completed,
  });
  assert.match(await mainText(volunteer), /You have listed 1 charge/);
  await press(volunteer, 'done_charges');
  // Not sure whether any charge is still open: the answer a lawyer must settle.
  await answerUntil(volunteer, 'review', {
    'history.pending_charges': 'unsure', 'history.prior_felony_expunction': 'no', 'history.other_convictions': 'no',
    'history.prior_misdemeanor_expunction': 'no', 'history.last_conviction_date': CHARGE.convicted,
  });
  await shootBoth(volunteer, 'intake-review');
  await press(volunteer, 'open:results');
  assert.equal(await step(volunteer), 'results');
  assert.equal(await volunteer.getAttribute('[data-outcome]', 'data-outcome'), 'needs_attorney_review');
  assert.match(await mainText(volunteer), /You were not sure whether you have any open charge/);
  await shootBoth(volunteer, 'intake-results-unsure');
  assert.equal(await volunteer.locator('main form.step button[value="open:person"], main form.step button[value="open:papers"]').count(), 0,
    'no way to the papers while the charge needs a lawyer');

  // The matter waits for a lawyer, and its papers are refused even when asked for.
  await follow(volunteer, 'Back to the matter');
  assert.match(await mainText(volunteer), /This matter waits for a lawyer's review/);
  assert.equal(await selected(volunteer, '#status'), 'Needs review');
  await check(volunteer, 'the matter page (waiting for review)');
  await shootBoth(volunteer, 'matter-waiting');
  await follow(volunteer, 'Back to the event');
  assert.match(await mainText(volunteer), new RegExp(`${PERSON.name}\\s+Needs review`), 'the event lists it as waiting');
  await check(volunteer, 'the event page (one matter)');
  await shootBoth(volunteer, 'event-volunteer');
  await follow(volunteer, PERSON.name);
  await follow(volunteer, 'Go on with the questionnaire');
  assert.equal(await step(volunteer), 'results', 'the questionnaire opens where it was left');
  const refused = await volunteer.request.post(`${BASE}${matterPath}/check/packet`, {
    form: {
      csrf: await volunteer.inputValue('main form.step input[name=csrf]'),
      state: await volunteer.inputValue('main form.step input[name=state]'),
    },
    maxRedirects: 0,
  });
  assert.equal(refused.status(), 422, 'the papers are refused before a lawyer signs off');
  assert.match(await refused.text(), /A lawyer must sign off this matter before its papers are printed/);
  return matterPath;
}

/** The attorney signs in, sets up the second step, opens the matter from the queue,
 * changes the unsure answer to "No" in the questionnaire, and signs off. */
async function attorneyReviews(matterPath) {
  const attorney = await visit({ js: true });
  await signIn(attorney, ATTORNEY.username, ATTORNEY.password);
  await enrol(attorney, 'the attorney');
  await follow(attorney, 'Review queue');
  await check(attorney, 'the review queue');
  assert.match(await mainText(attorney), new RegExp(`${PERSON.name}\\s+A charge needs a lawyer`));
  await shootBoth(attorney, 'queue');
  await follow(attorney, PERSON.name);
  assert.equal(new URL(attorney.url()).pathname, matterPath);
  await check(attorney, 'the matter page (attorney)');
  await shootBoth(attorney, 'matter-attorney');

  await follow(attorney, 'Go on with the questionnaire');
  assert.equal(await step(attorney), 'results', 'the questionnaire opens where the volunteer left it');
  await press(attorney, 'open:review');
  assert.equal(await step(attorney), 'review');
  await press(attorney, 'open:fact:-:history.pending_charges');
  assert.match(await heading(attorney), /Do you have any charge that is still open/);
  assert.ok(await attorney.isChecked('input[name="history.pending_charges"][value=unsure]'), 'the volunteer\'s "not sure" is shown');
  await fillAndGo(attorney, { 'history.pending_charges': 'no' });
  await answerUntil(attorney, 'review', {});
  await press(attorney, 'open:results');
  assert.equal(await attorney.getAttribute('[data-outcome]', 'data-outcome'), 'eligible', 'with no open charge, the trespass may be cleared');

  await follow(attorney, 'Back to the matter');
  assert.match(await mainText(attorney), /Charge 1: trespass \(CC-2019-0311\) You may be able to ask the court to expunge this now/);
  assert.ok(await attorney.isChecked('#decision-0-file'), 'filing the charge is the choice already made');
  assert.equal(await attorney.inputValue('#bar'), ATTORNEY.bar, 'the bar number from the account is filled in');
  await attorney.fill('#bar', ATTORNEY.bar);
  await submit(attorney, 'main form[action$="/sign-off"] button[type=submit]');
  assert.equal(new URL(attorney.url()).pathname, matterPath);
  assert.match(await mainText(attorney), new RegExp(`Signed off by ${ATTORNEY.name}, bar number ${ATTORNEY.bar}`));
  assert.equal(await selected(attorney, '#status'), 'Ready');
  await check(attorney, 'the matter page (signed off)');
  await shootBoth(attorney, 'matter-signed');
  await follow(attorney, 'Review queue');
  assert.match(await mainText(attorney), /No matter is waiting for a lawyer's review/);
  await check(attorney, 'the review queue (empty)');
  await attorney.done();
}

/** The volunteer gives the details the papers need and downloads them. */
async function volunteerPrints(volunteer, matterPath) {
  await open(volunteer, matterPath);
  assert.match(await mainText(volunteer), new RegExp(`Signed off by ${ATTORNEY.name}`));
  await follow(volunteer, 'Go on with the questionnaire');
  assert.equal(await volunteer.getAttribute('[data-outcome]', 'data-outcome'), 'eligible');
  await check(volunteer, 'the questionnaire\'s results (eligible)');
  await shootBoth(volunteer, 'intake-results-eligible');
  await press(volunteer, 'open:person');
  assert.equal(await step(volunteer), 'person');
  assert.equal(await volunteer.inputValue('main form.step [name=full_name]'), PERSON.name, 'the name given for the matter is filled in');
  await shootBoth(volunteer, 'intake-person');
  // The papers also state a fact the questions skipped while a charge was unsure. A
  // lawyer's review rests on it, so answering it now takes the sign-off back (see
  // `review_after` in src/clinic/web/intake.rs); with no charge needing a lawyer any
  // more, the papers may still be printed.
  await fillAndGo(volunteer, {
    address: PERSON.address, phone: PERSON.phone, email: PERSON.email, date_of_birth: PERSON.born, cannot_pay_fee: 'no',
    'fact.-.history.prior_misdemeanor_expunction': 'no',
  });
  assert.equal(await step(volunteer), 'papers');
  const papers = await mainText(volunteer);
  assert.match(papers, /IN THE COUNTY COURT OF HINDS COUNTY, MISSISSIPPI/);
  assert.match(papers, new RegExp(PERSON.name.toUpperCase()));
  assert.match(papers, new RegExp(CHARGE.caseNumber));
  await shootBoth(volunteer, 'intake-papers');
  const [download] = await Promise.all([volunteer.waitForEvent('download'), volunteer.click('main form.step button:has-text("Download my papers")')]);
  assert.equal(download.suggestedFilename(), 'expungement-papers.pdf');
  const saved = join(tmpdir(), `clinic-papers-${process.pid}.pdf`);
  await download.saveAs(saved);
  assert.equal(readFileSync(saved).subarray(0, 5).toString(), '%PDF-', 'the download is a PDF');
  rmSync(saved, { force: true });

  await open(volunteer, matterPath);
  assert.equal(await selected(volunteer, '#status'), 'Papers printed');
  // The details the papers asked for changed no result, so the lawyer's sign-off stands.
  assert.match(await mainText(volunteer), new RegExp(`Signed off by ${ATTORNEY.name}`));
  await shootBoth(volunteer, 'matter-printed');
}

test('a clinic day: admin, volunteer and attorney take a matter with an unsure answer from intake to printed papers', async () => {
  assert.ok(ADMIN_PASSWORD, 'CLINIC_PASSWORD gives the admin\'s password');
  const started = Date.now();
  await adminSetsUp();
  const volunteer = await visit({ js: true, width: 375 });
  const matterPath = await volunteerTakesMatter(volunteer);
  await attorneyReviews(matterPath);
  await volunteerPrints(volunteer, matterPath);
  await volunteer.done();
  console.log(`clinic journey: ${checked.size} distinct pages and steps passed axe-core (and ${shots} main pages again at 375 px), `
    + `in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  assert.deepEqual(tooWide, [], 'no main clinic page scrolls sideways at 375 px');
  journeyDone = true;
});

// Uses the accounts and the event the journey made.
test('fast entry: the volunteer types two charges in the table with the keyboard alone, then imports a list', async (t) => {
  if (!journeyDone) return t.skip('the journey before this one did not finish');
  const page = await visit({ js: true, width: 1280 });
  await signIn(page, VOLUNTEER.username, VOLUNTEER.password);
  await follow(page, EVENT);
  await page.fill('#full_name', TABLED.name);
  await submit(page, 'main form[action$="/matters"] button[type=submit]');
  await follow(page, 'Enter charges in a table');
  await check(page, 'the fast-entry table');
  await shootBoth(page, 'entry');

  // Each cell in turn, Tab to the next; a list is chosen by typing its first letters.
  // Row 2 leaves its court, county and dates to the row above.
  const typeRow = async (cells) => {
    for (const cell of cells) {
      if (cell) await page.keyboard.type(cell, { delay: 20 });
      await page.keyboard.press('Tab');
    }
  };
  await page.focus('#r0-offence');
  await typeRow([TABLED.first, '', 'mis', 'jus', 'Hinds', '', TABLED.caseNumber, '5/2/2018', 'Hinds County Sheriff', 'dis', '9/10/2018']);
  await typeRow([TABLED.second, '', 'mis', '', '', '', TABLED.caseNumber, '', '', 'dis', '']);
  for (const [id, want] of [['#r0-level', 'misdemeanor'], ['#r0-court_kind', 'justice'], ['#r0-outcome', 'dismissed'], ['#r1-outcome', 'dismissed']]) {
    assert.equal(await page.$eval(id, (s) => s.value), want, `${id} was chosen from the keyboard`);
  }
  // Enter in a box sends the table, as "Save and go on".
  await page.focus('#r1-case_number');
  const [res] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(res?.status(), 200);
  assert.ok(new URL(page.url()).pathname.match(/^\/clinic\/matters\/\d+\/check$/), `the questions left follow the table (${page.url()})`);
  let screens = 1;
  for (let i = 0; i < 10 && (await step(page)) === 'fact'; i++) {
    const fields = {};
    for (const name of await fieldNames(page)) fields[name] = name.endsWith('_date') ? '2012-06-01' : 'no';
    await fillAndGo(page, fields);
    screens += 1;
  }
  assert.equal(await step(page), 'review', 'after the questions, the answers to check');
  await press(page, 'open:results');
  assert.equal(await step(page), 'results');
  screens += 2;
  assert.ok(screens < 10, `two charges took ${screens} screens`);
  assert.match(await mainText(page), new RegExp(TABLED.first, 'i'));
  assert.match(await mainText(page), new RegExp(TABLED.second, 'i'));

  // A list with a mistake imports no one and says where; the list put right imports.
  await follow(page, 'Back to the matter');
  await follow(page, 'Back to the event');
  await follow(page, 'Import a list');
  await check(page, 'the import page');
  await shootBoth(page, 'import');
  const csv = (court) => `person,full_name,offence,court,county,case_number,outcome\n1,${LISTED.name},${LISTED.offence},${court},Hinds,${LISTED.caseNumber},dismissed\n`;
  await page.setInputFiles('#files', { name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(csv('palace')) });
  await submit(page, 'main form[enctype] button[type=submit]', 422);
  assert.match(await mainText(page), /Nothing was imported/);
  assert.match(await mainText(page), /list\.csv\s+2\s+court\s+Use one of:/, 'the problem is told by file, row and column');
  await check(page, 'the import page with its problems');
  await shootBoth(page, 'import-problems');
  await page.setInputFiles('#files', { name: 'list.csv', mimeType: 'text/csv', buffer: Buffer.from(csv('justice')) });
  await submit(page, 'main form[enctype] button[type=submit]');
  assert.match(await mainText(page), /1 people were imported|1 person was imported/);
  await check(page, 'the import done page');
  await follow(page, LISTED.name);
  assert.equal(await h1(page), LISTED.name);
  await page.done();
});

// Uses the accounts and the matter the journey made.
test('without JavaScript, the volunteer signs in, finds the matter and moves through its questionnaire', async (t) => {
  if (!journeyDone) return t.skip('the journey before this one did not finish');
  const page = await visit({ js: false, width: 375 });
  await signIn(page, VOLUNTEER.username, VOLUNTEER.password);
  assert.ok(page.url().endsWith('/clinic'));
  await follow(page, EVENT);
  await follow(page, PERSON.name);
  assert.equal(await h1(page), PERSON.name);
  await follow(page, 'Go on with the questionnaire');
  assert.equal(await step(page), 'papers', 'the questionnaire opens at the papers, where it was left');
  await press(page, 'open:results');
  assert.equal(await step(page), 'results');
  await press(page, 'open:review');
  assert.equal(await step(page), 'review');
  await follow(page, 'Back to the matter');
  await submit(page, 'main form.sign-out button');
  assert.ok(page.url().endsWith('/clinic/sign-in'), 'signed out');
  await page.done();
});
