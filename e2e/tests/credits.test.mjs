// Credits, end to end in the browser, against the demo program (whose active heroes were
// granted this year's allotment and whose pool holds codes): a hero requests credits at
// /account/credits, staff approve the request in the queue, the hero reveals the code that
// was issued. axe runs on every credits page: the hero's page, the revealed code, the staff
// queue, and the admin's credits and reports pages.
//
// The steps are tests of one `describe`, run in order; each needs the ones before it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  TEST_TIMEOUT,
  clickAndWait,
  currentUrl,
  ensureScreenshotDir,
  launch,
  openPage,
  squash,
  visit,
} from '../lib/browser.mjs';
import { createUser, linkToFreeHero, signIn, unexpectedProblems } from '../lib/accounts.mjs';
import { assertNoBlockingViolations } from '../lib/axe.mjs';

/** Screenshot into e2e/screenshots/credits-NAME.png, then axe (no serious or critical finding). */
async function checkPage(page, name) {
  await page.screenshot({ path: join(ensureScreenshotDir(), `credits-${name}.png`), fullPage: true, timeout: 15_000 });
  await assertNoBlockingViolations(page, `${currentUrl(page).pathname} (${name})`);
}

/** Active heroes' slugs on the first page of the directory (alumni request nothing). */
async function activeSlugs(page) {
  await visit(page, '/heroes?status=active');
  const hrefs = await page.locator('li.hero-card a.hero-card-link').evaluateAll((as) =>
    as.map((a) => a.getAttribute('href')),
  );
  return hrefs.filter((h) => /^\/heroes\/[^/]+$/.test(h ?? '')).map((h) => h.slice('/heroes/'.length));
}

describe('credits: request → approve → reveal', { timeout: 12 * TEST_TIMEOUT }, () => {
  let browser;
  const people = {};
  const note = `E2E workshop ${randomBytes(3).toString('hex')}`;
  let slug;

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    for (const person of Object.values(people)) await person.context.close();
    await browser?.close();
  });

  test('a hero requests credits', async () => {
    const account = await createUser({ label: 'credits-hero', name: 'Credits Tester' });
    people.hero = { account, ...(await openPage(browser)) };
    const { page } = people.hero;
    slug = await linkToFreeHero(account.email, await activeSlugs(page), 7);
    await signIn(page, account);
    await visit(page, '/account/credits');
    assert.equal(squash(await page.getByRole('heading', { level: 1 }).textContent()), 'Your credits');
    await checkPage(page, 'mine');
    await page.getByLabel('Purpose').selectOption('workshop');
    await page.getByLabel(/^Amount/).fill('100');
    await page.getByLabel('What it is for').fill(note);
    await clickAndWait(
      page,
      page.getByRole('button', { name: 'Send the request' }),
      (u) => u.pathname === '/account/credits' && u.searchParams.get('done') === 'requested',
    );
    assert.match(squash(await page.getByRole('status').textContent()), /Your request is sent/);
    assert.match(squash(await page.locator('main').textContent()), /Waiting for a decision/);
  });

  test('staff approve it in the queue', async () => {
    const account = await createUser({ label: 'credits-staff', name: 'Credits Staff', roles: ['staff'] });
    people.staff = { account, ...(await openPage(browser)) };
    const { page } = people.staff;
    await signIn(page, account);
    await visit(page, '/admin/credits/requests');
    await checkPage(page, 'queue');
    const row = page.locator('tr').filter({ hasText: note });
    assert.equal(await row.count(), 1, 'the request is in the queue');
    assert.equal(await row.getByLabel('Amount to approve').inputValue(), '100');
    await clickAndWait(
      page,
      row.getByRole('button', { name: 'Approve' }),
      (u) => u.pathname === '/admin/credits/requests' && u.searchParams.has('decided'),
    );
    assert.match(squash(await page.getByRole('status').textContent()), /is decided/);
  });

  test('the hero reveals the code, which no list shows', async () => {
    const { page } = people.hero;
    await visit(page, '/account/credits');
    assert.match(squash(await page.locator('main').textContent()), /Approved/);
    assert.doesNotMatch(await page.content(), /DEMO-\d{4}-/, 'the list never shows a code');
    await clickAndWait(
      page,
      page.getByRole('button', { name: 'Reveal' }).first(),
      (u) => /^\/account\/credits\/codes\/\d+\/reveal$/.test(u.pathname),
    );
    assert.equal(squash(await page.getByRole('heading', { level: 1 }).textContent()), 'Your code');
    assert.match(squash(await page.locator('.revealed-code code').textContent()), /^DEMO-\d{4}-/);
    await checkPage(page, 'revealed');
    await visit(page, '/account/credits');
    assert.match(squash(await page.locator('main').textContent()), /once/);
  });

  test('the admin pages pass axe', async () => {
    const account = await createUser({ label: 'credits-admin', name: 'Credits Admin', roles: ['admin'] });
    people.admin = { account, ...(await openPage(browser)) };
    const { page } = people.admin;
    await signIn(page, account);
    await visit(page, '/admin/credits');
    await checkPage(page, 'admin');
    // A pool file through the web: the import runs as a job and its page shows the progress
    // until it is finished (the page reloads itself; here the test reloads).
    const tag = randomBytes(4).toString('hex').toUpperCase();
    const expiry = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    const csv = ['code,value,expiry', ...[1, 2, 3].map((n) => `E2E-${tag}-${n},50,${expiry}`)].join('\n');
    await page.locator('#file').setInputFiles({ name: 'pool.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\n`) });
    await clickAndWait(page, page.getByRole('button', { name: 'Import the codes' }), (u) => /^\/admin\/credits\/imports\/\d+$/.test(u.pathname));
    const importPath = currentUrl(page).pathname;
    for (let i = 0; i < 40 && !/The import is finished/.test(squash(await page.locator('main').textContent())); i++) {
      await new Promise((r) => setTimeout(r, 500));
      await visit(page, importPath);
    }
    assert.match(squash(await page.locator('main').textContent()), /3 of 3 rows done/);
    await checkPage(page, 'import');
    await visit(page, '/admin/credits/reports');
    await checkPage(page, 'reports');
    assert.doesNotMatch(await page.content(), /DEMO-\d{4}-/, 'reports never show a code');
    for (const person of Object.values(people)) {
      assert.deepEqual(unexpectedProblems(person.problems, []), [], `${person.account.email}`);
    }
    assert.ok(slug);
  });
});
