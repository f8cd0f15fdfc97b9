// Network II, end to end in the browser against the demo program: a hero offers mentoring on
// a topic nobody else offers → a member asks for a mentor and sees that hero ranked first
// with the reason → the hero accepts → logs a session → the readiness meter counts it. A
// member and an alumnus get no access to /network. Then community projects: the hero starts
// one and the member asks to join. axe runs on every new page: /network, the asks, the
// mentoring pages, /projects, the project form and a project's page.
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

/** Screenshot into e2e/screenshots/network-NAME.png, then axe (no serious or critical finding). */
async function checkPage(page, name) {
  await page.screenshot({ path: join(ensureScreenshotDir(), `network-${name}.png`), fullPage: true, timeout: 15_000 });
  await assertNoBlockingViolations(page, `${currentUrl(page).pathname} (${name})`);
}

/** Hero slugs of the directory filtered by status, first page. */
async function slugsWithStatus(page, status) {
  await visit(page, `/heroes?status=${status}`);
  const hrefs = await page.locator('li.hero-card a.hero-card-link').evaluateAll((as) =>
    as.map((a) => a.getAttribute('href')),
  );
  return hrefs.filter((h) => /^\/heroes\/[^/]+$/.test(h ?? '')).map((h) => h.slice('/heroes/'.length));
}

/** Mentoring items the readiness meter counts (0 when the kind has no row yet). */
async function mentoringItems(page) {
  await visit(page, '/account/renewal');
  // The "by kind" table (its column "Contributions"), not the rubric's table of every kind.
  const byKind = page.locator('table').filter({ has: page.getByRole('columnheader', { name: 'Contributions' }) });
  const row = byKind.locator('tbody tr').filter({ has: page.locator('td', { hasText: /^Mentoring$/ }) });
  if ((await row.count()) === 0) return 0;
  return Number(squash(await row.first().locator('td').nth(1).textContent()));
}

/** The status of GET `path` in the page (no throw on 4xx). */
async function statusOf(page, path) {
  const response = await page.goto(path, { waitUntil: 'load' });
  return response?.status();
}

describe('network: mentoring journey, private network, projects', { timeout: 20 * TEST_TIMEOUT }, () => {
  let browser;
  const people = {};
  // A topic no demo mentor offers, so the ranking has one clear first.
  const topic = `quokkaops${randomBytes(3).toString('hex')}`;
  const projectName = `E2E project ${randomBytes(3).toString('hex')}`;
  let heroName;
  let mentoringBefore;
  let projectPath;

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    for (const person of Object.values(people)) await person.context.close();
    await browser?.close();
  });

  test('a hero offers mentoring, and sees the network', async () => {
    const account = await createUser({ label: 'network-hero', name: 'Network Hero' });
    people.hero = { account, ...(await openPage(browser)) };
    const { page } = people.hero;
    const slug = await linkToFreeHero(account.email, await slugsWithStatus(page, 'active'), 13);
    await visit(page, `/heroes/${slug}`);
    heroName = squash(await page.getByRole('heading', { level: 1 }).first().textContent());
    await signIn(page, account);
    mentoringBefore = await mentoringItems(page);

    await visit(page, '/network');
    await checkPage(page, 'network');
    assert.match(page.url(), /\/network$/);
    const robots = await page.request.get('/robots.txt');
    assert.match(await robots.text(), /Disallow: \/network/);
    await visit(page, '/network/asks');
    await checkPage(page, 'asks');

    await visit(page, '/account/mentoring');
    await checkPage(page, 'mentoring-home');
    await visit(page, '/account/mentoring/offer');
    await checkPage(page, 'offer');
    await page.getByLabel('Topics', { exact: true }).fill(`${topic}, careers in tech`);
    await page.getByLabel('Languages you meet in').fill('en');
    await page.getByLabel('Time zones you can meet in').fill('Europe/Lisbon');
    await page.getByLabel('Mentees at once').fill('2');
    await page.locator('input[name="formats"][value="calls"]').check();
    await page.locator('input[name="open"]').check();
    await clickAndWait(
      page,
      page.getByRole('button', { name: 'Save the offer' }),
      (u) => u.pathname === '/account/mentoring/offer' && u.searchParams.get('saved') === '1',
    );
  });

  test('a member asks and sees the hero ranked first with the reason', async () => {
    const account = await createUser({ label: 'network-member', name: 'Mentee Tester' });
    people.member = { account, ...(await openPage(browser)) };
    const { page } = people.member;
    await signIn(page, account);
    await visit(page, '/account/mentoring/request');
    await checkPage(page, 'request-form');
    await page.getByLabel('Your goals').fill('Run my first production workload with confidence.');
    await page.getByLabel('Topics to learn').fill(topic);
    await page.getByLabel('Language', { exact: true }).fill('en');
    await page.getByLabel('Your time zone').fill('Europe/Lisbon');
    await clickAndWait(
      page,
      page.getByRole('button', { name: 'Find mentors' }),
      (u) => /^\/account\/mentoring\/requests\/\d+$/.test(u.pathname),
    );
    await checkPage(page, 'request');
    const first = page.locator('li.suggestion').first();
    assert.match(squash(await first.textContent()), new RegExp(heroName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match(squash(await first.locator('.suggestion-reason').textContent()), new RegExp(`mentors in ${topic}`));
    await first.getByRole('checkbox').check();
    await clickAndWait(
      page,
      page.getByRole('button', { name: 'Ask the chosen mentors' }),
      (u) => /^\/account\/mentoring\/requests\/\d+$/.test(u.pathname),
    );
    assert.match(squash(await page.locator('main').textContent()), /Waiting for an answer/);
  });

  test('the hero accepts and logs a session, which the readiness meter counts', async () => {
    const { page } = people.hero;
    await visit(page, '/account/mentoring');
    const ask = page.locator('li').filter({ hasText: 'Mentee Tester' }).filter({ hasText: topic });
    assert.equal(await ask.count(), 1, 'the ask is listed once');
    await clickAndWait(
      page,
      ask.getByRole('button', { name: 'Accept' }),
      (u) => /^\/account\/mentorships\/\d+$/.test(u.pathname),
    );
    await checkPage(page, 'mentorship');
    const today = new Date().toISOString().slice(0, 10);
    await page.getByLabel('Date').fill(today);
    await page.getByLabel(/^Notes/).fill('Walked through the deployment checklist.');
    await clickAndWait(
      page,
      page.getByRole('button', { name: 'Log the session' }),
      (u) => /^\/account\/mentorships\/\d+$/.test(u.pathname),
    );
    assert.match(squash(await page.locator('main').textContent()), /Walked through the deployment checklist/);
    assert.equal(await mentoringItems(page), mentoringBefore + 1, 'the session counts as mentoring');
  });

  test('a member and an alumnus get no access to the network', async () => {
    const member = people.member.page;
    assert.equal(await statusOf(member, '/network'), 403);
    assert.equal(await statusOf(member, '/network/asks'), 403);
    const account = await createUser({ label: 'network-alumnus', name: 'Alumnus Tester' });
    people.alumnus = { account, ...(await openPage(browser)) };
    const { page } = people.alumnus;
    await linkToFreeHero(account.email, await slugsWithStatus(page, 'alumni'), 2);
    await signIn(page, account);
    assert.equal(await statusOf(page, '/network'), 403);
    assert.equal(await statusOf(page, '/network/asks'), 403);
    // A visitor is sent to sign in, and the answer is never indexed.
    const visitor = await browser.newContext();
    const response = await visitor.request.get(new URL('/network', people.hero.page.url()).href, { maxRedirects: 0 });
    assert.equal(response.status(), 303);
    await visitor.close();
  });

  test('the hero starts a project and the member asks to join', async () => {
    const { page } = people.hero;
    await visit(page, '/projects');
    await checkPage(page, 'projects');
    await visit(page, '/projects/new');
    await checkPage(page, 'project-form');
    await page.getByLabel('Name').fill(projectName);
    await page.getByLabel('Description').fill('A **runbook** for quokka operations.');
    await page.getByLabel('Repository or site (optional)').fill('https://github.com/example/quokka-runbook');
    await page.getByLabel('Skills wanted').fill('technical writing, Rust');
    await page.getByLabel('Status').selectOption('looking-for-help');
    await clickAndWait(
      page,
      page.getByRole('button', { name: 'Start the project' }),
      (u) => u.pathname.startsWith('/projects/') && u.searchParams.get('notice') === 'started',
    );
    projectPath = currentUrl(page).pathname;
    await checkPage(page, 'project');

    const member = people.member.page;
    await visit(member, projectPath);
    await member.getByLabel(/^What you would like to do/).fill('I can review the Rust examples.');
    await clickAndWait(
      member,
      member.getByRole('button', { name: 'Ask to join' }),
      (u) => u.pathname === projectPath && u.searchParams.get('notice') === 'asked',
    );
    await checkPage(member, 'project-asked');

    await visit(page, projectPath);
    const request = page.locator('li').filter({ hasText: 'I can review the Rust examples.' });
    await clickAndWait(
      page,
      request.getByRole('button', { name: /^Accept/ }),
      (u) => u.pathname === projectPath && u.searchParams.get('notice') === 'accepted',
    );
    assert.match(squash(await page.locator('main').textContent()), /Mentee Tester/);
    await checkPage(page, 'project-owner');

    await visit(member, `/projects?help=1&q=${encodeURIComponent(projectName)}`);
    assert.match(squash(await member.locator('main').textContent()), new RegExp(projectName));
  });

  test('nothing went wrong on the way', async () => {
    assert.deepEqual(unexpectedProblems(people.hero.problems, []), [], 'hero');
    assert.deepEqual(
      unexpectedProblems(people.member.problems, [
        `403 for ${new URL('/network', people.member.page.url()).href}`,
        `403 for ${new URL('/network/asks', people.member.page.url()).href}`,
      ]),
      [],
      'member',
    );
    assert.deepEqual(
      unexpectedProblems(people.alumnus.problems, [
        `403 for ${new URL('/network', people.alumnus.page.url()).href}`,
        `403 for ${new URL('/network/asks', people.alumnus.page.url()).href}`,
      ]),
      [],
      'alumnus',
    );
  });
});
