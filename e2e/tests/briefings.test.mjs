// Briefings under NDA, end to end in the browser, against the demo program: an admin
// publishes NDA v2 and staff a Serverless briefing with a file; a Serverless hero must accept
// v2 before the briefing shows, then RSVPs, downloads the `.ics` (read back by ical.js, a real
// iCalendar reader) and the file; a DevTools hero and a member get 404; the hero files feedback
// from the briefing; staff acknowledge it, then ship it; the hero is mailed. axe runs on every
// page of the feature: briefings list, page, form and manage page, the NDA pages, the feedback
// pages, the staff queue and office hours.
//
// The steps are tests of one `describe`, run in order; each needs the ones before it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ICAL from 'ical.js';
import {
  TEST_TIMEOUT,
  clickAndWait,
  currentUrl,
  ensureScreenshotDir,
  launch,
  openPage,
  squash,
  submitAndLoad,
  visit,
} from '../lib/browser.mjs';
import { createUser, linkToFreeHero, signIn, unexpectedProblems } from '../lib/accounts.mjs';
import { assertNoBlockingViolations } from '../lib/axe.mjs';
import { waitForMail } from '../lib/mail.mjs';

/** Screenshot into e2e/screenshots/briefings-NAME.png, then axe (no serious or critical finding). */
async function checkPage(page, name) {
  await page.screenshot({ path: join(ensureScreenshotDir(), `briefings-${name}.png`), fullPage: true, timeout: 15_000 });
  await assertNoBlockingViolations(page, `${currentUrl(page).pathname} (${name})`);
}

/** Active heroes of one specialization on the first page of the directory. */
async function activeSlugs(page, specialization) {
  await visit(page, `/heroes?status=active&specialization=${specialization}`);
  const hrefs = await page.locator('li.hero-card a.hero-card-link').evaluateAll((as) =>
    as.map((a) => a.getAttribute('href')),
  );
  return hrefs.filter((h) => /^\/heroes\/[^/]+$/.test(h ?? '')).map((h) => h.slice('/heroes/'.length));
}

/** A local date-time three days from now, as a datetime-local input takes it. */
function inThreeDays() {
  const d = new Date(Date.now() + 3 * 24 * 3600 * 1000);
  d.setUTCMinutes(0, 0, 0);
  return d.toISOString().slice(0, 16);
}

describe('briefings: NDA v2 → briefing → RSVP and .ics → 404 for others → feedback shipped', { timeout: 20 * TEST_TIMEOUT }, () => {
  let browser;
  const people = {};
  const tag = randomBytes(3).toString('hex');
  const ndaLabel = `e2e-v2-${tag}`;
  const title = `Serverless roadmap ${tag}`;
  const feedbackTitle = `Cold starts after the preview ${tag}`;
  let briefingPath;
  let feedbackId;

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    for (const person of Object.values(people)) await person.context.close();
    await browser?.close();
  });

  test('an admin publishes NDA v2', async () => {
    const account = await createUser({ label: 'briefings-admin', name: 'Briefings Admin', roles: ['admin'] });
    people.admin = { account, ...(await openPage(browser)) };
    const { page } = people.admin;
    await signIn(page, account);
    await visit(page, '/admin/nda');
    await checkPage(page, 'admin-nda');
    await page.getByLabel('Version', { exact: true }).fill(ndaLabel);
    await page.getByLabel('Effective from').fill(new Date().toISOString().slice(0, 10));
    await page.getByLabel('Text', { exact: true }).fill('Version two: briefings stay confidential until the launch post.');
    await clickAndWait(page, page.getByRole('button', { name: 'Publish', exact: true }), (u) => u.pathname === '/admin/nda' && u.search !== '');
    const link = page.getByRole('link', { name: ndaLabel, exact: true });
    assert.equal(await link.count(), 1, 'the new version is listed');
    await clickAndWait(page, link, (u) => /^\/admin\/nda\/\d+$/.test(u.pathname));
    await checkPage(page, 'admin-nda-version');
  });

  test('staff publish a Serverless briefing under v2, with a file', async () => {
    const account = await createUser({ label: 'briefings-staff', name: 'Briefings Staff', roles: ['staff'] });
    people.staff = { account, ...(await openPage(browser)) };
    const { page } = people.staff;
    await signIn(page, account);
    await visit(page, '/briefings/new');
    await checkPage(page, 'form');
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByLabel('Abstract').fill('What ships next quarter, under NDA.');
    await page.locator('input[name="audience"][value="specializations"]').check();
    await page.locator('input[name="specializations"][value="serverless"]').check();
    const nda = page.getByLabel('NDA version required');
    await nda.selectOption(await nda.locator('option', { hasText: ndaLabel }).getAttribute('value'));
    await page.getByLabel('Product area').selectOption({ label: 'Functions' });
    await page.getByLabel('Starts (local time)').fill(inThreeDays());
    await page.getByLabel('Time zone', { exact: true }).fill('Europe/Berlin');
    await page.getByLabel('Online link').fill('https://meet.example.com/roadmap');
    await page.getByLabel('Seats').fill('20');
    await page.getByLabel('Agenda').fill('1. Roadmap\n2. Questions');
    await clickAndWait(page, page.getByRole('button', { name: 'Save the briefing' }), (u) => /^\/briefings\/\d+$/.test(u.pathname));
    briefingPath = currentUrl(page).pathname;
    assert.equal(squash(await page.getByRole('heading', { level: 1 }).textContent()), title);
    await checkPage(page, 'show-staff');

    await visit(page, `${briefingPath}/manage`);
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'roadmap slides.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n'),
    });
    await clickAndWait(page, page.getByRole('button', { name: 'Upload the file' }), (u) => u.searchParams.get('notice') === 'file-added');
    assert.match(squash(await page.locator('main').textContent()), /roadmap-slides\.pdf/);
    // A page renamed .pdf is refused by its content, with a message at the field.
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: 'evil.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('<html><script>alert(1)</script></html>'),
    });
    const refused = await submitAndLoad(page, page.getByRole('button', { name: 'Upload the file' }));
    assert.equal(refused?.status(), 422);
    assert.match(squash(await page.locator('#file-error').textContent()), /not accepted/);
    await checkPage(page, 'manage');
  });

  test('a Serverless hero must accept v2, then RSVPs and reads the .ics and the file', async () => {
    const account = await createUser({ label: 'briefings-hero', name: 'Briefings Hero' });
    people.hero = { account, ...(await openPage(browser)) };
    const { page } = people.hero;
    await linkToFreeHero(account.email, await activeSlugs(page, 'serverless'), 3);
    await signIn(page, account);
    await visit(page, '/briefings');
    assert.doesNotMatch(await page.content(), new RegExp(title), 'hidden before v2 is accepted');
    let response = await page.goto(new URL(briefingPath, page.url()).href);
    assert.equal(response.status(), 404, 'the briefing is not found before v2 is accepted');
    await visit(page, '/briefings');
    await clickAndWait(page, page.getByRole('link', { name: 'Read and accept the NDA' }), (u) => u.pathname === '/account/nda');
    assert.match(squash(await page.locator('main').textContent()), new RegExp(ndaLabel));
    await checkPage(page, 'nda');
    await page.getByLabel(`I accept the NDA (version ${ndaLabel})`).check();
    await clickAndWait(page, page.getByRole('button', { name: 'Accept the NDA' }), (u) => u.pathname !== '/account/nda' || u.search !== '');
    await visit(page, '/briefings');
    await checkPage(page, 'list');
    await clickAndWait(page, page.getByRole('link', { name: title }), (u) => u.pathname === briefingPath);
    await clickAndWait(page, page.getByRole('button', { name: 'I will attend' }), (u) => u.searchParams.get('notice') === 'seated');
    assert.match(squash(await page.getByRole('status').textContent()), /You have a seat/);
    await checkPage(page, 'show-hero');

    // The .ics, read by a real iCalendar parser.
    const ics = await page.context().request.get(new URL(`${briefingPath}/briefing.ics`, page.url()).href);
    assert.equal(ics.status(), 200);
    assert.match(ics.headers()['content-type'], /^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    assert.equal(events.length, 1);
    assert.equal(events[0].summary, title);
    assert.ok(events[0].url?.endsWith(briefingPath) ?? String(events[0].component.getFirstPropertyValue('url')).endsWith(briefingPath));
    const starts = events[0].startDate.toJSDate();
    assert.ok(Math.abs(starts.getTime() - (Date.now() + 3 * 24 * 3600 * 1000)) < 2 * 24 * 3600 * 1000, `starts ${starts.toISOString()}`);
    assert.equal(events[0].endDate.toJSDate() - starts, 60 * 60 * 1000);

    // The file is a download with nosniff.
    const href = await page.locator('a[href*="/files/"]').first().getAttribute('href');
    const file = await page.context().request.get(new URL(href, page.url()).href);
    assert.equal(file.status(), 200);
    assert.equal(file.headers()['x-content-type-options'], 'nosniff');
    assert.match(file.headers()['content-disposition'], /^attachment; filename="roadmap-slides\.pdf"$/);
    people.hero.file = href;
  });

  test('a DevTools hero and a member get 404', async () => {
    const devtools = await createUser({ label: 'briefings-devtools', name: 'DevTools Hero' });
    people.devtools = { account: devtools, ...(await openPage(browser)) };
    await linkToFreeHero(devtools.email, await activeSlugs(people.devtools.page, 'devtools'), 3);
    const member = await createUser({ label: 'briefings-member', name: 'Briefings Member' });
    people.member = { account: member, ...(await openPage(browser)) };
    for (const who of ['devtools', 'member']) {
      const { page, account } = people[who];
      await signIn(page, account);
      for (const path of [briefingPath, `${briefingPath}/briefing.ics`, people.hero.file]) {
        const response = await page.goto(new URL(path, page.url()).href);
        assert.equal(response.status(), 404, `${path} for the ${who}`);
      }
      if (who === 'devtools') {
        await visit(page, '/briefings');
        assert.doesNotMatch(await page.content(), new RegExp(title));
      }
    }
  });

  test('the hero files feedback from the briefing', async () => {
    const { page } = people.hero;
    await visit(page, '/feedback');
    await checkPage(page, 'feedback-list');
    await visit(page, `/feedback/new?briefing=${briefingPath.split('/').pop()}`);
    await checkPage(page, 'feedback-new');
    await page.getByLabel('Product area').selectOption({ label: 'Functions' });
    await page.getByLabel('Title', { exact: true }).fill(feedbackTitle);
    await page.getByLabel('What happened').fill('Shown in the briefing; in our tests the first call takes 4 s.');
    assert.equal(await page.getByLabel('Came from a briefing').inputValue(), briefingPath.split('/').pop());
    await clickAndWait(page, page.getByRole('button', { name: 'File feedback' }), (u) => /^\/feedback\/\d+$/.test(u.pathname));
    feedbackId = currentUrl(page).pathname.split('/').pop();
    await checkPage(page, 'feedback-item');
  });

  test('staff acknowledge it, then ship it, and the hero is mailed', async () => {
    const { page } = people.staff;
    await visit(page, '/staff/feedback');
    await checkPage(page, 'staff-queue');
    await visit(page, `/staff/feedback/${feedbackId}`);
    await checkPage(page, 'staff-item');
    for (const [step, state] of [['Acknowledge', 'Acknowledged'], ['Ship', 'Shipped']]) {
      await page.getByLabel(step, { exact: true }).check();
      if (step === 'Ship') await page.getByLabel('Note for the author and followers').fill('Shipped in the 2027.1 runtime.');
      await clickAndWait(page, page.getByRole('button', { name: 'Change status' }), (u) => u.searchParams.get('notice') === 'moved');
      assert.match(squash(await page.locator('dd.stage').textContent()), new RegExp(state));
      const mail = await waitForMail(people.hero.account.email, { subject: `is now ${state}` });
      assert.match(mail.subject, new RegExp(feedbackTitle));
      if (state === 'Shipped') assert.match(mail.text, /2027\.1 runtime/);
    }
  });

  test('office hours pages pass axe', async () => {
    await visit(people.hero.page, '/office-hours');
    await checkPage(people.hero.page, 'office-hours');
    await visit(people.staff.page, '/staff/office-hours');
    await checkPage(people.staff.page, 'staff-office-hours');
    for (const person of Object.values(people)) {
      // The 404s asked for above and the refused upload (422) are expected; nothing else is.
      const rest = person.problems.filter((p) => !/^(404|422) for /.test(p));
      assert.deepEqual(unexpectedProblems(rest, []), [], `${person.account.email}`);
    }
  });
});
