// Promotion and the digest, end to end in the browser, against the demo program: a hero asks
// for their work to be spotlighted, staff schedule it (after taking the demo's live items out,
// so the home page has room for it whatever the hour's rotation), it shows on the home page
// and at /spotlight, and the hero is mailed. Then a member gets the digest and leaves it with
// one click (RFC 8058: a POST to the List-Unsubscribe address). axe runs on every page.
//
// The steps are tests of one `describe`, run in order; each needs the ones before it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  BASE_URL,
  TEST_TIMEOUT,
  clickAndWait,
  currentUrl,
  ensureScreenshotDir,
  launch,
  openPage,
  squash,
  visit,
} from '../lib/browser.mjs';
import { createUser, linkToFreeHero, signIn } from '../lib/accounts.mjs';
import { MAIL_TIMEOUT, waitForMail } from '../lib/mail.mjs';
import { assertNoBlockingViolations } from '../lib/axe.mjs';

/** Screenshot into e2e/screenshots/promotion-NAME.png, then axe (no serious or critical finding). */
async function checkPage(page, name) {
  await page.screenshot({ path: join(ensureScreenshotDir(), `promotion-${name}.png`), fullPage: true, timeout: 15_000 });
  await assertNoBlockingViolations(page, `${currentUrl(page).pathname} (${name})`);
}

/** A date `days` from today (UTC) as the date inputs take it. */
function day(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A time `minutes` from now (UTC) as datetime-local inputs take it. */
function at(minutes) {
  return new Date(Date.now() + minutes * 60_000).toISOString().slice(0, 16);
}

describe('promotion: request → schedule → home page; digest: one-click unsubscribe', { timeout: 14 * TEST_TIMEOUT + 2 * MAIL_TIMEOUT }, () => {
  let browser;
  const people = {};
  const note = `E2E spotlight ${randomBytes(3).toString('hex')}`;
  /** The title of the contribution the hero asks to promote. */
  let title;

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    for (const person of Object.values(people)) await person.context.close();
    await browser?.close();
  });

  test('a hero asks for one of their works to be spotlighted', async () => {
    const account = await createUser({ label: 'promo-hero', name: 'Promo Tester' });
    people.hero = { account, ...(await openPage(browser)) };
    const { page } = people.hero;
    await visit(page, '/heroes?status=active');
    const slugs = (await page.locator('li.hero-card a.hero-card-link').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      .filter((h) => /^\/heroes\/[^/]+$/.test(h ?? ''))
      .map((h) => h.slice('/heroes/'.length));
    await linkToFreeHero(account.email, slugs, 9);
    await signIn(page, account);
    await visit(page, '/account/promotion');
    await checkPage(page, 'mine');
    const choice = page.getByLabel('Contribution', { exact: true });
    const options = await choice.locator('option').evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
    const [value, label] = options.find(([v]) => v !== '') ?? [];
    assert.ok(value, 'the demo hero has public work to promote');
    title = label.split(' · ').slice(1).join(' · ').trim();
    await choice.selectOption(value);
    await page.getByLabel('Home page spotlight').check();
    await page.getByLabel(/^First day/).fill(day(0));
    await page.getByLabel(/^Last day/).fill(day(14));
    await page.getByLabel(/^Note for the program team/).fill(note);
    await clickAndWait(page, page.getByRole('button', { name: 'Send the request' }), (u) => u.pathname === '/account/promotion');
    assert.equal(await page.locator('.form-alert').count(), 0, squash(await page.locator('main').textContent()));
    assert.match(squash(await page.locator('main').textContent()), /Waiting for the program team/);
  });

  test('staff make room and schedule it from now', async () => {
    const account = await createUser({ label: 'promo-staff', name: 'Promo Staff', roles: ['staff'] });
    people.staff = { account, ...(await openPage(browser)) };
    const { page } = people.staff;
    await signIn(page, account);
    await visit(page, '/admin/promotion');
    await checkPage(page, 'queue');
    // The demo has more items live than the home page shows at once: take them out.
    const live = await page
      .locator('main tr', { hasText: 'In the spotlight now' })
      .locator('a[href^="/admin/promotion/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const href of live) {
      await visit(page, href);
      await page.getByLabel('Reason:').fill('Making room for the e2e test');
      await clickAndWait(page, page.getByRole('button', { name: 'Take out of the spotlight' }), (u) => u.pathname === href);
    }
    await visit(page, '/admin/promotion');
    const mine = page.locator('main tr', { hasText: title }).filter({ hasText: 'Waiting for the program team' });
    const href = await mine.locator('a[href^="/admin/promotion/"]').first().getAttribute('href');
    await visit(page, href);
    await checkPage(page, 'request');
    await page.getByLabel('Home page spotlight').check();
    await page.getByLabel(/^Starts/).fill(at(-5));
    await page.getByLabel(/^Ends/).fill(at(2 * 24 * 60));
    await page.getByLabel(/^Time zone/).fill('UTC');
    await clickAndWait(page, page.getByRole('button', { name: 'Approve and schedule' }), (u) => u.pathname === href);
    assert.equal(await page.locator('.form-alert').count(), 0, squash(await page.locator('main').textContent()));
    assert.match(squash(await page.locator('main').textContent()), /In the spotlight now/);
  });

  test('it shows on the home page and at /spotlight, and the hero is mailed', async () => {
    const visitor = await openPage(browser);
    people.visitor = visitor;
    await visit(visitor.page, '/');
    assert.ok(squash(await visitor.page.locator('main').textContent()).includes(title), `the home page shows "${title}"`);
    await visit(visitor.page, '/spotlight');
    assert.ok(squash(await visitor.page.locator('main').textContent()).includes(title));
    await checkPage(visitor.page, 'spotlight');
    const mail = await waitForMail(people.hero.account.email, { subject: 'Promotion of' });
    assert.ok(mail.text.includes(title) || mail.subject.includes(title), `the mail names the work: ${mail.subject}`);
  });

  test('a member gets the digest and leaves it with one click', async () => {
    const account = await createUser({ label: 'promo-reader', name: 'Digest Reader' });
    people.reader = { account, ...(await openPage(browser)) };
    const { page } = people.reader;
    await signIn(page, account);
    await visit(page, '/account/digest');
    await checkPage(page, 'account-digest');
    await clickAndWait(page, page.getByRole('button', { name: 'Get the digest' }), (u) => u.pathname === '/account/digest');
    assert.match(squash(await page.locator('main').textContent()), /You get the digest by mail/);

    const admin = await createUser({ label: 'promo-admin', name: 'Digest Admin', roles: ['admin'] });
    people.admin = { account: admin, ...(await openPage(browser)) };
    const adminPage = people.admin.page;
    await signIn(adminPage, admin);
    await visit(adminPage, '/admin/digests');
    await checkPage(adminPage, 'digests');
    await clickAndWait(adminPage, adminPage.getByRole('button', { name: "Draft this period's digest now" }), (u) => u.pathname.startsWith('/admin/digests'));
    if (!/^\/admin\/digests\/\d+$/.test(currentUrl(adminPage).pathname)) {
      // Back on the list: open the newest draft.
      const draft = await adminPage.locator('main a[href^="/admin/digests/"]').first().getAttribute('href');
      await visit(adminPage, draft);
    }
    await checkPage(adminPage, 'digest-draft');
    await clickAndWait(adminPage, adminPage.getByRole('button', { name: 'Send to every subscriber' }), (u) => u.pathname.startsWith('/admin/digests'));

    const digest = await waitForMail(account.email, { timeout: 2 * MAIL_TIMEOUT });
    const header = digest.headers['list-unsubscribe'] ?? '';
    assert.equal(digest.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');
    const url = header.match(/<(https?:[^>]+)>/)?.[1];
    assert.ok(url?.startsWith(BASE_URL), `an unsubscribe address on this server: ${header}`);
    // What a mail program does for "Unsubscribe": one POST, no page, no cookie.
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    assert.ok(response.ok, `one-click unsubscribe answered ${response.status}`);
    await visit(page, '/account/digest');
    assert.match(squash(await page.locator('main').textContent()), /You do not get the digest/);
  });
});
