// Selection, end to end in the browser: an admin opens a selection cycle (or uses the one
// that is open) with the rubric editor, a member nominates a person, the nominee signs up from
// the mail, finds the nomination on /account and accepts with a candidate profile, the admin
// assigns two reviewers from the review queue, one declares a conflict and the other scores,
// the admin accepts with an announcement a few days away, the candidate joins the program
// (terms and NDA) and stays out of the directory until the admin announces them today; the
// nominator sees the decision and never a score; a renewal cycle opened today is mailed to
// the new hero. axe runs on every selection, renewal and notification page in the state the
// journey leaves it in, and the pages people meet first are photographed at 1366 × 900 and
// 390 × 844.
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
  submitAndLoad,
  visit,
} from '../lib/browser.mjs';
import {
  confirmFromMail,
  createUser,
  heading,
  signIn,
  strongPassword,
  submitSignup,
  uniqueEmail,
  unexpectedProblems,
} from '../lib/accounts.mjs';
import { MAIL_TIMEOUT, waitForMail } from '../lib/mail.mjs';
import { assertNoBlockingViolations } from '../lib/axe.mjs';
import { cards, resultCount } from '../lib/directory.mjs';

/** The rubric every new cycle is pre-filled with (criterion keys of the radio groups). */
const STANDARD_CRITERIA = ['impact', 'consistency', 'depth', 'community-leadership'];
/** Pages of the review queue to look through for the candidacy, from the last (50 rows each). */
const MAX_QUEUE_PAGES = 5;

/** Today as the server sees it (UTC), YYYY-MM-DD. */
function today() {
  return new Date().toISOString().slice(0, 10);
}

/** `days` after today (UTC), YYYY-MM-DD. */
function daysAhead(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** How the server writes the day `iso` (YYYY-MM-DD) for an en-US reader: `Dec 30, 2026`. */
function spokenDate(iso) {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}

/** A word of letters only, unique to this run (the directory search matches words). */
function uniqueWord() {
  const letters = 'bcdfghjklmnprstvwz';
  const vowels = 'aeiou';
  let word = 'Q';
  for (const byte of randomBytes(6)) {
    word += letters[byte % letters.length] + vowels[(byte >> 4) % vowels.length];
  }
  return word;
}

/** Screenshot into e2e/screenshots/selection-NAME.png, then axe (no serious or critical finding). */
async function checkPage(page, name) {
  await page.screenshot({ path: join(ensureScreenshotDir(), `selection-${name}.png`), fullPage: true, timeout: 15_000 });
  await assertNoBlockingViolations(page, `${currentUrl(page).pathname} (${name})`);
}

/** The first `role=status` notice of the page, squashed. */
async function statusText(page) {
  return squash(await page.getByRole('status').first().textContent());
}

describe('selection: nominate → accept → review → decide → onboard → listed', { timeout: 20 * TEST_TIMEOUT + 8 * MAIL_TIMEOUT }, () => {
  let browser;
  /** One browser context per person: { account, context, page, problems }. */
  const people = {};
  /** What the steps learn and pass on. */
  const run = {
    word: uniqueWord(),
    cycleId: null,
    cycleName: null,
    createdCycle: false,
    specialization: null, // { value, label }
    nomineeEmail: uniqueEmail('nominee'),
    nomineePassword: strongPassword(),
    candidacyId: null,
    criteria: [],
    conflictReason: 'We co-wrote a book last year',
    slug: null,
  };
  run.nomineeName = `Nadia ${run.word}`;

  async function person(key, account) {
    const { context, page, problems } = await openPage(browser);
    people[key] = { account, context, page, problems };
    return people[key];
  }

  /** Fails on failed or external requests of `who` other than `expected`, then forgets them. */
  function noProblems(who, expected = []) {
    const { problems } = people[who];
    assert.deepEqual(unexpectedProblems(problems, expected), [], `failed or external requests (${who})`);
    problems.length = 0;
  }

  before(async () => {
    browser = await launch();
    ensureScreenshotDir();
    // The program team and a member, made by the operators' CLI (verified accounts).
    const [admin, reviewerA, reviewerB, nominator] = await Promise.all([
      createUser({ label: 'sel-admin', name: 'Selection Admin', roles: ['admin'] }),
      createUser({ label: 'sel-rev-a', name: 'Reviewer Ada', roles: ['reviewer'] }),
      createUser({ label: 'sel-rev-b', name: 'Reviewer Bo', roles: ['reviewer'] }),
      createUser({ label: 'sel-member', name: 'Nominating Member' }),
    ]);
    for (const [key, account] of Object.entries({ admin, reviewerA, reviewerB, nominator })) {
      const p = await person(key, account);
      await signIn(p.page, account);
    }
  }, { timeout: TEST_TIMEOUT });

  after(async () => {
    for (const p of Object.values(people)) await p.context.close().catch(() => {});
    await browser?.close();
  });

  test('1. the admin opens a selection cycle (or finds the open one)', { timeout: TEST_TIMEOUT }, async () => {
    const { page } = people.admin;
    // /nominate tells whether a selection cycle is open, and which.
    await visit(page, '/nominate');
    const lead = squash(await page.locator('p.lead').first().textContent());
    // The closing day is written in the reader's locale ("Dec 30, 2026").
    const open = /^Nominations for (.+) are open until ([A-Z][a-z]{2} \d{1,2}, \d{4})\./.exec(lead);
    if (open) {
      run.cycleName = open[1];
    } else {
      assert.match(lead, /^Nominations are closed\./);
      await visit(page, '/admin/cycles');
      assert.equal(await heading(page), 'Cycles');
      await checkPage(page, 'admin-cycles');
      run.cycleName = `E2E selection ${run.word}`;
      await page.getByRole('radio', { name: 'Selection', exact: true }).check();
      // By id: every criterion of the rubric editor has a "Name" field too.
      await page.locator('#name').fill(run.cycleName);
      // Dates, specializations and rubric come pre-filled: today for 30 days, all, the standard.
      assert.equal(await page.getByLabel('Opens on', { exact: true }).inputValue(), today());
      assert.ok(await page.getByLabel('Closes on (inclusive)').inputValue() > today());
      const boxes = page.locator('input[type=checkbox][name=specializations]');
      assert.ok((await boxes.count()) > 0, 'specialization boxes');
      assert.equal(await boxes.count(), await page.locator('input[type=checkbox][name=specializations]:checked').count(), 'all pre-ticked');
      // The rubric is rows of fields, one group per criterion, with blank rows to add more.
      const first = page.getByRole('group', { name: 'Criterion 1', exact: true });
      assert.equal(await first.getByLabel('Name', { exact: true }).inputValue(), 'Impact');
      assert.equal(await first.getByLabel('Weight', { exact: true }).inputValue(), '3');
      assert.ok((await first.getByLabel('What a score of 5 means').inputValue()).length > 0, 'level 5 described');
      const names = await page.locator('fieldset.rubric-row input[name$="-name"]').evaluateAll((inputs) => inputs.map((i) => i.value));
      assert.equal(names.filter(Boolean).length, STANDARD_CRITERIA.length, `pre-filled rubric: ${names}`);
      assert.ok(names.length > STANDARD_CRITERIA.length, 'blank rows for more criteria');
      await page.getByLabel('Nominations per nominator').fill('3');
      await clickAndWait(page, page.getByRole('button', { name: 'Save the cycle', exact: true }), (u) => u.searchParams.get('notice') === 'saved');
      assert.equal(await statusText(page), 'The cycle is saved.');
      run.createdCycle = true;
    }
    // The cycle's row on /admin/cycles links to its review queue, which carries its id.
    if (currentUrl(page).pathname !== '/admin/cycles') await visit(page, '/admin/cycles');
    const row = page.locator('table.data-table tbody tr').filter({ has: page.getByRole('cell', { name: run.cycleName, exact: true }) });
    assert.equal(await row.count(), 1, `one row for the cycle "${run.cycleName}"`);
    const queue = await row.getByRole('link', { name: 'Review queue', exact: true }).getAttribute('href');
    run.cycleId = Number(new URL(queue, BASE_URL).searchParams.get('cycle'));
    assert.ok(run.cycleId > 0, `queue link ${queue}`);
    if (!run.createdCycle) await checkPage(page, 'admin-cycles');
    noProblems('admin');
  });

  test('2. a member nominates (a wrong field is shown and the statement kept)', { timeout: TEST_TIMEOUT }, async () => {
    assert.ok(run.cycleId, 'needs step 1');
    const { page } = people.nominator;
    await visit(page, '/nominate');
    assert.equal(await heading(page), 'Nominate a hero');
    assert.match(squash(await page.locator('p.lead').first().textContent()), new RegExp(`^Nominations for ${run.cycleName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} are open`));
    await checkPage(page, 'nominate');

    const select = page.getByLabel('Specialization', { exact: true });
    const first = select.locator('option').first();
    run.specialization = { value: await first.getAttribute('value'), label: squash(await first.textContent()) };
    await select.selectOption(run.specialization.value);
    const statement = `${run.nomineeName} has run the regional user group for four years and mentors new speakers every month.`;
    await page.getByLabel('Their name', { exact: true }).fill(run.nomineeName);
    await page.getByLabel('Their email address', { exact: true }).fill(run.nomineeEmail);
    await page.getByLabel('Their public profiles (optional)').fill(`https://blog.example.org/${run.word.toLowerCase()}`);
    await page.getByLabel('Why this person', { exact: true }).fill(statement);
    // No evidence: refused at that field, the rest kept.
    const submit = page.getByRole('button', { name: 'Send the nomination', exact: true });
    const refused = await submitAndLoad(page, submit);
    assert.equal(refused?.status(), 422, 'a nomination without evidence answers 422');
    assert.equal(currentUrl(page).pathname, '/nominate');
    assert.ok(await page.getByRole('alert').first().isVisible(), 'a summary alert');
    const evidence = page.getByLabel('Evidence', { exact: true });
    assert.ok(await page.locator('#evidence-error').isVisible(), 'an error at the evidence');
    assert.equal(await evidence.getAttribute('aria-invalid'), 'true');
    assert.match((await evidence.getAttribute('aria-describedby')) ?? '', /\bevidence-error\b/);
    assert.equal(await page.getByLabel('Why this person', { exact: true }).inputValue(), statement, 'the statement is kept');
    assert.equal(await page.getByLabel('Their email address', { exact: true }).inputValue(), run.nomineeEmail);
    assert.equal(await select.inputValue(), run.specialization.value);
    await checkPage(page, 'nominate-errors');

    await evidence.fill(`https://talks.example.org/${run.word.toLowerCase()}/keynote\nhttps://github.com/${run.word.toLowerCase()}`);
    await clickAndWait(page, submit, (u) => u.pathname === '/account/nominations');
    assert.equal(currentUrl(page).searchParams.get('notice'), 'nominated');
    assert.match(await statusText(page), /^Thank you: your nomination is recorded/);
    const row = page.locator('table.data-table tbody tr').filter({ hasText: run.nomineeName });
    assert.equal(await row.count(), 1, 'the nomination is listed');
    assert.equal(squash(await row.locator('td.stage').textContent()), 'Submitted');
    noProblems('nominator', [`422 for ${BASE_URL}/nominate`]);
  });

  test('3. the nominee signs up from the mail and accepts with a candidate profile', { timeout: TEST_TIMEOUT + 2 * MAIL_TIMEOUT }, async () => {
    assert.ok(run.specialization, 'needs step 2');
    const mail = await waitForMail(run.nomineeEmail, { subject: `You were nominated for ${run.specialization.label}` });
    assert.match(squash(mail.text), new RegExp(`Nominating Member nominated you for ${run.specialization.label}`));
    const link = mail.links.find((l) => new URL(l).pathname === '/account/nominations');
    assert.ok(link, `a link to /account/nominations in:\n${mail.text}`);

    // No account yet: sign up with the nominated address, confirm it, follow the mail's link.
    const { page } = await person('nominee', { email: run.nomineeEmail, password: run.nomineePassword, name: run.nomineeName });
    const signup = await submitSignup(page, { name: run.nomineeName, email: run.nomineeEmail, password: run.nomineePassword });
    assert.equal(signup?.status(), 200);
    await confirmFromMail(page, run.nomineeEmail);
    await visit(page, link);
    assert.equal(currentUrl(page).pathname, '/login', 'signed out, the link asks to sign in first');
    await signIn(page, people.nominee.account, '/account/nominations');
    // /account, where signing in usually lands, says so too and leads to the nomination.
    await visit(page, '/account');
    const banner = page.getByRole('status').getByRole('link', {
      name: `You have been nominated for ${run.specialization.label}: read the nomination and answer it.`,
      exact: true,
    });
    assert.equal(await banner.count(), 1, 'the nomination banner on /account');
    await checkPage(page, 'nominee-account-banner');
    await clickAndWait(page, banner, (u) => /^\/account\/nominations\/\d+$/.test(u.pathname));
    await visit(page, '/account/nominations');

    const entry = page.getByRole('link', { name: `${run.specialization.label} · ${run.cycleName}`, exact: true });
    assert.equal(await entry.count(), 1, 'the nomination of me is listed');
    await clickAndWait(page, entry, (u) => /^\/account\/nominations\/\d+$/.test(u.pathname));
    run.candidacyId = Number(currentUrl(page).pathname.split('/').pop());
    assert.equal(await heading(page), `Your nomination for ${run.specialization.label}`);
    assert.match(squash(await page.locator('p.lead').textContent()), /one member nominated you/);
    assert.equal(squash(await page.locator('.stage').first().textContent()), 'Submitted');
    const name = page.getByLabel('Name as shown', { exact: true });
    assert.equal(await name.inputValue(), run.nomineeName, 'the profile starts with the nominated name');
    await checkPage(page, 'nominee-answer');

    await page.getByLabel('Headline', { exact: true }).fill('Community builder and speaker');
    await page.getByLabel('Company', { exact: true }).fill('Quill Works');
    await page.getByLabel('City', { exact: true }).fill('Porto');
    await page.getByLabel('Country', { exact: true }).fill('PT');
    await page.getByLabel('Bio', { exact: true }).fill(`I run meetups in Porto and write about ${run.specialization.label}.`);
    await clickAndWait(page, page.getByRole('button', { name: 'Accept the nomination', exact: true }), (u) => u.pathname === '/account/nominations');
    assert.equal(currentUrl(page).searchParams.get('notice'), 'accepted');
    assert.match(await statusText(page), /^You accepted the nomination/);
    assert.equal(squash(await page.locator('ul.item-list li .stage').first().textContent()), 'In review');
    noProblems('nominee');
  });

  /**
   * Shows the queue of the cycle filtered by the candidacy's specialization and `filters`, oldest
   * first, and returns the candidacy's checkbox (or null). The newest candidacy is on the last
   * page, so the search starts there and walks back (the demo program may fill many pages).
   */
  async function queueRow(page, filters) {
    await visit(page, `/admin/candidacies?cycle=${run.cycleId}`);
    assert.equal(await heading(page), 'Review queue');
    const form = page.locator('form.queue-filters');
    await form.getByLabel('Specialization', { exact: true }).selectOption(run.specialization.value);
    await form.getByLabel('State', { exact: true }).selectOption(filters.state);
    await form.getByLabel('Sort by', { exact: true }).selectOption('age');
    const unassigned = form.getByLabel('Without reviewers only');
    if (filters.unassigned) await unassigned.check();
    else await unassigned.uncheck();
    await clickAndWait(page, form.getByRole('button', { name: 'Show', exact: true }), (u) => u.searchParams.get('state') === filters.state);
    const url = currentUrl(page);
    assert.equal(url.searchParams.get('specialization'), run.specialization.value);
    assert.equal(url.searchParams.get('unassigned') === 'on', filters.unassigned);
    const pages = page.getByRole('navigation', { name: 'Pages' });
    if ((await pages.count()) === 0) return null; // no rows at all
    const last = Number(/\/\s*(\d+)/.exec(squash(await pages.locator('span').textContent()))?.[1] ?? '1');
    if (last > 1) {
      url.searchParams.set('page', String(last));
      await visit(page, `${url.pathname}${url.search}`);
    }
    for (let n = 1; n <= MAX_QUEUE_PAGES; n += 1) {
      const box = page.locator(`input[type=checkbox][name=ids][value="${run.candidacyId}"]`);
      if ((await box.count()) === 1) return box;
      const previous = pages.getByRole('link', { name: '← Previous' });
      if ((await previous.count()) === 0) return null;
      await clickAndWait(page, previous);
    }
    return null;
  }

  test('4. the admin assigns two reviewers from the review queue', { timeout: TEST_TIMEOUT }, async () => {
    assert.ok(run.candidacyId, 'needs step 3');
    const { page } = people.admin;
    const bulk = page.locator('form[action="/admin/candidacies/assign"]').filter({ has: page.locator('table') });
    for (const [n, key] of [[1, 'reviewerA'], [2, 'reviewerB']]) {
      // The first reviewer from the "without reviewers" view; the second from all in review.
      const box = await queueRow(page, { state: 'in-review', unassigned: n === 1 });
      assert.ok(box, `candidacy ${run.candidacyId} in the queue (${n === 1 ? 'unassigned' : 'in review'})`);
      assert.equal(await box.getAttribute('aria-label'), `Select ${run.nomineeName}`);
      if (n === 1) await checkPage(page, 'admin-queue');
      await box.check();
      const { account } = people[key];
      await bulk.getByLabel('Reviewer', { exact: true }).selectOption({ label: `${account.name} (${account.email})` });
      await clickAndWait(page, bulk.getByRole('button', { name: 'Assign', exact: true }), (u) => u.searchParams.has('assigned'));
      assert.equal(await statusText(page), 'One new assignment.');
    }
    // Assigned now: gone from the "without reviewers" view.
    assert.equal(await queueRow(page, { state: 'in-review', unassigned: true }), null, 'no longer unassigned');
    noProblems('admin');
  });

  test('5. one reviewer declares a conflict, the other scores every criterion', { timeout: TEST_TIMEOUT }, async () => {
    assert.ok(run.candidacyId, 'needs step 3');
    const fileLink = (page) => page.getByRole('link', { name: run.nomineeName, exact: true });

    // Reviewer B: a conflict of interest closes the file to them.
    {
      const { page } = people.reviewerB;
      await visit(page, '/review');
      assert.equal(await heading(page), 'Your reviews');
      await clickAndWait(page, fileLink(page), (u) => u.pathname === `/review/${run.candidacyId}`);
      await page.getByLabel('What is the conflict?').fill(run.conflictReason);
      await clickAndWait(page, page.getByRole('button', { name: 'Declare a conflict', exact: true }), (u) => u.pathname === '/review');
      const row = page.locator('table.data-table tbody tr').filter({ has: fileLink(page) });
      assert.equal(squash(await row.locator('td').last().textContent()), 'Conflict declared');
      await visit(page, `/review/${run.candidacyId}`);
      assert.match(await statusText(page), new RegExp(`You declared a conflict of interest \\(${run.conflictReason}\\)`));
      assert.equal(await page.locator('input[type=radio][name^="score."]').count(), 0, 'no scoring form');
      noProblems('reviewerB');
    }

    // Reviewer A: the file (nominations, evidence, profile) and the rubric, scored 1–5.
    {
      const { page } = people.reviewerA;
      await visit(page, '/review');
      const row = page.locator('table.data-table tbody tr').filter({ has: fileLink(page) });
      assert.equal(squash(await row.locator('td').last().textContent()), 'To score');
      await checkPage(page, 'review-tasks');
      await clickAndWait(page, fileLink(page), (u) => u.pathname === `/review/${run.candidacyId}`);
      assert.equal(await heading(page), 'Review a candidacy');
      const file = squash(await page.locator('section.candidate-file').textContent());
      for (const text of ['Community builder and speaker', 'Quill Works', 'Porto', 'has run the regional user group']) {
        assert.ok(file.includes(text), `the file shows "${text}"`);
      }
      run.criteria = await page.locator('input[type=radio][name^="score."]').evaluateAll((inputs) =>
        [...new Set(inputs.map((i) => i.name.slice('score.'.length)))],
      );
      if (run.createdCycle) assert.deepEqual(run.criteria, STANDARD_CRITERIA, 'the standard rubric');
      assert.ok(run.criteria.length > 0, 'criteria to score');
      await checkPage(page, 'review-file');
      const scores = [5, 4, 4, 3];
      for (const [i, key] of run.criteria.entries()) {
        const group = page.locator(`input[type=radio][name="score.${key}"]`);
        assert.equal(await group.count(), 5, `five levels for ${key}`);
        await page.locator(`input[type=radio][name="score.${key}"][value="${scores[i % scores.length]}"]`).check();
      }
      await page.getByLabel('Comment', { exact: true }).fill('Steady, visible community work; strong talks.');
      await clickAndWait(page, page.getByRole('button', { name: 'Save my review', exact: true }), (u) => u.searchParams.get('saved') === '1');
      assert.match(await statusText(page), /^Your review is saved/);
      const checked = page.locator(`input[type=radio][name="score.${run.criteria[0]}"]:checked`);
      assert.equal(await checked.getAttribute('value'), '5', 'the saved score is shown');
      await visit(page, '/review');
      const scored = squash(await page.locator('table.data-table tbody tr').filter({ has: fileLink(page) }).locator('td').last().textContent());
      assert.match(scored, /^\d+(\.\d+)?$/, `reviewer A's weighted score: "${scored}"`);
      noProblems('reviewerA');
    }
  });

  test('6. the admin sees the score and the conflict and accepts, announcing in a few days', { timeout: TEST_TIMEOUT + MAIL_TIMEOUT }, async () => {
    assert.ok(run.criteria.length, 'needs step 5');
    const { page } = people.admin;
    await visit(page, `/admin/candidacies/${run.candidacyId}`);
    assert.match(await heading(page), new RegExp(`^${run.nomineeName} In review$`));
    const summary = squash(await page.getByRole('heading', { name: 'Scores', exact: true }).locator('xpath=following-sibling::p[1]').textContent());
    assert.match(summary, /^Weighted score \d+(\.\d+)? \(spread [^)]+\) from one review\.$/, summary);
    const reviewers = page.getByRole('heading', { name: 'Reviewers', exact: true }).locator('xpath=following-sibling::ul[1]/li');
    const lines = (await reviewers.allTextContents()).map(squash);
    const { reviewerA, reviewerB } = people;
    assert.ok(lines.includes(`${reviewerA.account.name} (${reviewerA.account.email}) — scored`), lines.join('\n'));
    assert.ok(lines.includes(`${reviewerB.account.name} (${reviewerB.account.email}) — conflict: ${run.conflictReason}`), lines.join('\n'));
    // The review table: one row (reviewer A), then the mean ± spread row.
    const reviewRows = page.locator('table.data-table tbody tr');
    assert.equal(await reviewRows.count(), 2);
    assert.equal(squash(await reviewRows.first().locator('td').first().textContent()), reviewerA.account.name);
    await checkPage(page, 'admin-candidacy');

    await page.getByRole('radio', { name: 'Accept (sends the invitation)', exact: true }).check();
    run.announceOn = daysAhead(3);
    await page.getByLabel('Announcement date (when accepting)').fill(run.announceOn);
    const decided = await submitAndLoad(page, page.getByRole('button', { name: 'Record the decision', exact: true }));
    assert.equal(decided?.status(), 200, 'the decision redirects back to the file');
    assert.equal(currentUrl(page).pathname, `/admin/candidacies/${run.candidacyId}`);
    assert.equal(await page.getByRole('alert').count(), 0, 'no refusal or errors');
    assert.match(await heading(page), /Accepted \(invited\)$/);
    // Decided: the file offers no more reviewer assignment, and moving the announcement instead.
    assert.equal(await page.getByRole('button', { name: 'Announce today', exact: true }).count(), 1);
    noProblems('admin');

    const mail = await waitForMail(run.nomineeEmail, { subject: `Your candidacy for ${run.specialization.label}` });
    assert.match(squash(mail.text), new RegExp(`you are accepted as a hero for ${run.specialization.label}`));
    assert.ok(mail.text.includes(spokenDate(run.announceOn)), `the mail names the announcement date: ${mail.text}`);
  });

  /** Searches the directory for the run's unique word as a visitor; resolves to its cards. */
  async function searchAsVisitor() {
    const { context, page: visitor, problems } = await openPage(browser);
    try {
      await visit(visitor, `/heroes?q=${encodeURIComponent(run.word)}`);
      const count = await resultCount(visitor);
      const found = count.total === 0 ? [] : await cards(visitor);
      assert.deepEqual(problems, [], 'failed or external requests (visitor)');
      return found;
    } finally {
      await context.close();
    }
  }

  test('7. the candidate joins the program and waits for the announcement', { timeout: TEST_TIMEOUT }, async () => {
    assert.ok(run.announceOn, 'needs step 6');
    const { page } = people.nominee;
    await visit(page, `/account/nominations/${run.candidacyId}`);
    assert.equal(squash(await page.locator('.stage').first().textContent()), 'Decided: accepted');
    assert.equal(await page.getByRole('heading', { name: 'Join the program', exact: true }).count(), 1);
    const joinButton = page.getByRole('button', { name: 'Join the program', exact: true });
    // Without the terms and the NDA: refused at both boxes, the profile kept.
    const refused = await submitAndLoad(page, joinButton);
    assert.equal(refused?.status(), 422);
    assert.ok(await page.locator('#accept_terms-error').isVisible(), 'an error at the terms');
    assert.ok(await page.locator('#accept_nda-error').isVisible(), 'an error at the NDA');
    assert.equal(await page.getByLabel('City', { exact: true }).inputValue(), 'Porto');
    await checkPage(page, 'nominee-onboard');

    await page.getByLabel('I accept the program terms').check();
    await page.getByLabel(/I accept the NDA/).check();
    await clickAndWait(page, joinButton, (u) => u.searchParams.get('notice') === 'onboarded');
    assert.equal(currentUrl(page).pathname, `/account/nominations/${run.candidacyId}`);
    const notices = (await page.getByRole('status').allTextContents()).map(squash);
    assert.ok(notices.includes('Welcome to the program!'), `notices: ${JSON.stringify(notices)}`);
    const body = squash(await page.locator('main').textContent());
    assert.ok(body.includes(`Your hero profile goes public on ${spokenDate(run.announceOn)}.`), body);
    assert.equal(await page.getByRole('link', { name: 'You are in the directory: see your public page.' }).count(), 0);
    await checkPage(page, 'nominee-onboarded');
    noProblems('nominee', [`422 for ${BASE_URL}/account/nominations/${run.candidacyId}/onboard`]);

    // Onboarded, the candidate completes the hero profile before the day: bio, a contribution.
    await clickAndWait(page, page.getByRole('link', { name: 'Complete your hero profile', exact: true }), (u) => u.pathname === '/account/profile');
    assert.equal(await heading(page), 'Edit your profile');
    const banner = page.locator('.candidate-banner');
    assert.equal(squash(await banner.getByRole('heading').textContent()), `Your profile goes public on ${spokenDate(run.announceOn)}`);
    run.candidateBio = `Candidate bio ${run.word}: cold starts, measured.`;
    await page.locator('#bio').fill(run.candidateBio);
    const saved = await submitAndLoad(page, page.getByRole('button', { name: 'Save profile', exact: true }).first());
    assert.equal(saved?.status(), 200, `saving the profile answered ${saved?.status()}`);
    assert.equal(await page.locator('.form-alert').count(), 0, 'no form errors');
    assert.match(await statusText(page), /^Saved\b/);
    await visit(page, '/account/contributions/new');
    run.candidateWork = `Cold starts on twelve runtimes ${run.word}`;
    await page.locator('#kind').selectOption('blog-post');
    await page.locator('#title').fill(run.candidateWork);
    await page.locator('#url').fill(`https://example.org/${run.word.toLowerCase()}/cold-starts`);
    await page.locator('#date').fill(today());
    await clickAndWait(page, page.getByRole('button', { name: 'Add a contribution', exact: true }), (u) => u.pathname === '/account/contributions');
    assert.ok(squash(await page.locator('main').textContent()).includes(run.candidateWork), 'the contribution is in their list');
    // The banner on /account says when the page goes public and what is still missing.
    await visit(page, '/account');
    const preview = await banner.getByRole('link', { name: 'Preview your page', exact: true }).getAttribute('href');
    assert.match(preview, /^\/heroes\/[^/]+$/);
    run.candidateSlug = preview.slice('/heroes/'.length);
    const missing = squash(await banner.textContent());
    assert.ok(!missing.includes('a bio that says what you do'), `the bio is in: ${missing}`);
    assert.ok(!missing.includes('your contributions of the last twelve months'), `a contribution is in: ${missing}`);
    assert.ok(missing.includes('a photo'), missing);
    // Their own preview shows what they prepared, marked as not public.
    await visit(page, preview);
    assert.equal(await heading(page), run.nomineeName);
    const previewed = squash(await page.locator('main').textContent());
    assert.ok(previewed.includes('this page is not public yet'), previewed);
    assert.ok(previewed.includes(run.candidateBio) && previewed.includes(run.candidateWork), previewed);
    noProblems('nominee');
    // The banner at both sizes, like the first pages of step 11.
    const storageState = await people.nominee.context.storageState();
    for (const [size, viewport] of [['laptop', { width: 1366, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
      const { context, page: sized, problems } = await openPage(browser, { viewport, storageState });
      try {
        await visit(sized, '/account');
        assert.equal(await sized.locator('.candidate-banner').count(), 1);
        await sized.screenshot({ path: join(ensureScreenshotDir(), `selection-candidate-banner-${size}.png`), fullPage: true, timeout: 15_000 });
        await assertNoBlockingViolations(sized, `/account with the candidate's banner at ${viewport.width} px`);
        assert.deepEqual(problems, [], 'failed or external requests (candidate banner)');
      } finally {
        await context.close();
      }
    }

    // Not announced yet: the public directory, the profile and the stream do not know them.
    assert.deepEqual(await searchAsVisitor(), [], 'not listed before the announcement');
    const { context, page: visitor, problems } = await openPage(browser);
    try {
      const profile = await visitor.goto(`/heroes/${run.candidateSlug}`, { waitUntil: 'load' });
      assert.equal(profile?.status(), 404, 'the profile is not found by a visitor');
      await visit(visitor, `/contributions`);
      assert.ok(!squash(await visitor.locator('main').textContent()).includes(run.candidateWork), 'not in the stream');
      assert.deepEqual(unexpectedProblems(problems, [`404 for ${BASE_URL}/heroes/${run.candidateSlug}`]), []);
    } finally {
      await context.close();
    }
  });

  test('7b. the admin announces the candidate today and they are in the directory', { timeout: TEST_TIMEOUT + MAIL_TIMEOUT }, async () => {
    assert.ok(run.announceOn, 'needs step 7');
    {
      const { page } = people.admin;
      await visit(page, `/admin/candidacies/${run.candidacyId}`);
      const planned = squash(await page.getByRole('heading', { name: 'Announcement', exact: true }).locator('xpath=following-sibling::p[1]').textContent());
      assert.ok(planned.includes(spokenDate(run.announceOn)), planned);
      assert.match(planned, /^The candidate has completed onboarding/);
      await checkPage(page, 'admin-candidacy-onboarded');
      await clickAndWait(page, page.getByRole('button', { name: 'Announce today', exact: true }), (u) => u.searchParams.get('notice') === 'rescheduled');
      assert.match(await statusText(page), new RegExp(`^Announcement set for ${spokenDate(today())}\\.`));
      assert.match(await heading(page), /Announced$/);
      noProblems('admin');
    }

    const { page } = people.nominee;
    await visit(page, `/account/nominations/${run.candidacyId}`);
    const listed = page.getByRole('link', { name: 'You are in the directory: see your public page.', exact: true });
    assert.equal(await listed.count(), 1, 'announced: the page links to the public profile');
    const href = await listed.getAttribute('href');
    assert.match(href, /^\/heroes\/[^/]+$/);
    run.slug = href.slice('/heroes/'.length);
    noProblems('nominee');

    const mail = await waitForMail(run.nomineeEmail, { subject: `You are now a hero for ${run.specialization.label}` });
    assert.ok(mail.links.some((l) => l === `${BASE_URL}/heroes/${run.slug}`), `the mail links to the profile:\n${mail.text}`);

    // The public directory, searched by the unique name, and the profile (any visitor).
    const found = await searchAsVisitor();
    assert.equal(found.length, 1, `searching "${run.word}"`);
    const [card] = found;
    assert.equal(card.name, run.nomineeName);
    assert.equal(card.href, `/heroes/${run.slug}`);
    assert.ok(card.badges.includes(run.specialization.label), `badges ${card.badges}`);
    const { context, page: visitor, problems } = await openPage(browser);
    try {
      // The record they prepared is the one published: same address, their bio and work.
      assert.equal(run.slug, run.candidateSlug);
      await visit(visitor, `/heroes/${run.slug}`);
      assert.equal(await heading(visitor), run.nomineeName);
      const shown = squash(await visitor.locator('main').textContent());
      assert.ok(shown.includes(run.candidateBio) && shown.includes(run.candidateWork), shown);
      assert.ok(!shown.includes('this page is not public yet'), 'no longer a preview');
      await visit(visitor, '/contributions');
      assert.ok(squash(await visitor.locator('main').textContent()).includes(run.candidateWork), 'in the stream');
      assert.deepEqual(problems, [], 'failed or external requests (visitor)');
    } finally {
      await context.close();
    }
  });

  test('8. the nominator sees the decision and no score, and cannot open the file', { timeout: TEST_TIMEOUT }, async () => {
    assert.ok(run.slug, 'needs step 7');
    const { page } = people.nominator;
    await visit(page, '/account/nominations');
    const table = page.locator('table.data-table');
    assert.deepEqual((await table.locator('thead th').allTextContents()).map(squash), ['Nominee', 'Specialization', 'Cycle', 'Stage']);
    const row = table.locator('tbody tr').filter({ hasText: run.nomineeName });
    assert.equal(squash(await row.locator('td.stage').textContent()), 'Decided: accepted');
    assert.doesNotMatch(squash(await row.textContent()), /\d+\.\d+|score/i, 'no score shown to the nominator');
    await checkPage(page, 'nominator-nominations');
    // Neither the program team's file nor a reviewer's page is open to a nominator.
    for (const path of [`/admin/candidacies/${run.candidacyId}`, `/review/${run.candidacyId}`]) {
      const response = await page.goto(path, { waitUntil: 'load' });
      assert.equal(response?.status(), 403, `${path} for the nominator`);
    }
    noProblems('nominator', [
      `403 for ${BASE_URL}/admin/candidacies/${run.candidacyId}`,
      `403 for ${BASE_URL}/review/${run.candidacyId}`,
    ]);
  });

  test('9. axe on the renewal, notification and remaining selection pages', { timeout: 2 * TEST_TIMEOUT }, async () => {
    assert.ok(run.slug, 'needs step 7');
    const pages = [
      ['nominee', '/account/nominations', 'nominee-nominations'],
      ['nominee', `/account/nominations/${run.candidacyId}`, 'nominee-announced'],
      ['nominee', '/account/notifications', 'notifications'],
      ['nominee', '/account/renewal', 'renewal-readiness'],
      ['reviewerB', '/review', 'review-tasks-conflict'],
      ['reviewerB', `/review/${run.candidacyId}`, 'review-conflicted'],
      ['admin', '/admin/cycles', 'admin-cycles-list'],
      ['admin', `/admin/candidacies?cycle=${run.cycleId}`, 'admin-queue-all'],
      ['admin', `/admin/candidacies/${run.candidacyId}`, 'admin-candidacy-decided'],
      ['admin', '/admin/renewals', 'admin-renewals'],
    ];
    for (const [who, path, name] of pages) {
      const { page } = people[who];
      await visit(page, path);
      assert.equal(currentUrl(page).pathname, path.split('?')[0], `${path} ended at ${page.url()}`);
      if (name === 'notifications') {
        const items = (await page.locator('ul.notifications li').allTextContents()).map(squash);
        assert.ok(items.some((t) => t.startsWith(`You are now a hero for ${run.specialization.label}`)), items.join('\n'));
        assert.ok(items.some((t) => t.startsWith(`Your candidacy for ${run.specialization.label}`)), items.join('\n'));
      }
      if (name === 'renewal-readiness') {
        assert.equal(await heading(page), 'Renewal readiness');
      }
      await checkPage(page, name);
      noProblems(who);
    }
  });

  test('10. a renewal cycle opened today is mailed to the new hero', { timeout: TEST_TIMEOUT + MAIL_TIMEOUT }, async () => {
    assert.ok(run.slug, 'needs step 7b');
    const { page } = people.admin;
    // The selection cycle's rubric, as rows of fields; "Add more rows" keeps it and saves nothing.
    await visit(page, `/admin/cycles/${run.cycleId}`);
    const first = page.getByRole('group', { name: 'Criterion 1', exact: true });
    const criterion = await first.getByLabel('Name', { exact: true }).inputValue();
    assert.ok(criterion.length > 0, 'the first criterion has a name');
    assert.match(await first.getByLabel('Weight', { exact: true }).inputValue(), /^\d+$/);
    const rows = page.locator('fieldset.rubric-row');
    const before = await rows.count();
    await first.getByLabel('What a score of 1 means').fill('Typed, not saved');
    const more = await submitAndLoad(page, page.getByRole('button', { name: 'Add more rows', exact: true }));
    assert.equal(more?.status(), 200);
    assert.ok((await rows.count()) > before, 'more blank rows');
    assert.equal(await page.getByRole('group', { name: 'Criterion 1', exact: true }).getByLabel('What a score of 1 means').inputValue(), 'Typed, not saved');
    await checkPage(page, 'admin-cycle-rubric');

    await visit(page, '/admin/cycles');
    const name = `E2E renewal ${run.word}`;
    await page.getByRole('radio', { name: 'Renewal', exact: true }).check();
    await page.locator('#name').fill(name);
    await page.getByLabel('Opens on', { exact: true }).fill(today());
    await page.getByLabel('Closes on (inclusive)').fill(daysAhead(20));
    await clickAndWait(page, page.getByRole('button', { name: 'Save the cycle', exact: true }), (u) => u.searchParams.get('notice') === 'saved');
    assert.equal(await statusText(page), 'The cycle is saved.');
    noProblems('admin');
    // Told at once (the hourly job is brought forward), with the way to the readiness meter.
    const mail = await waitForMail(run.nomineeEmail, { subject: `${name} is open` });
    assert.match(squash(mail.text), new RegExp(`The renewal cycle ${name} is open until ${spokenDate(daysAhead(20))}\\.`));
    assert.ok(mail.links.some((l) => new URL(l).pathname === '/account/renewal'), `a link to the readiness meter:\n${mail.text}`);
    const { page: hero } = people.nominee;
    await visit(hero, '/account/renewal');
    assert.equal(await heading(hero), 'Renewal readiness');
    noProblems('nominee');
  });

  test('11. the pages people meet first, at 1366 × 900 and 390 × 844', { timeout: 3 * TEST_TIMEOUT }, async () => {
    assert.ok(run.slug, 'needs step 7b');
    const pages = [
      [null, '/heroes', 'directory'],
      [null, `/heroes/${run.slug}`, 'profile'],
      ['nominee', '/account/profile', 'profile-editor'],
      ['nominee', '/account', 'account'],
      ['admin', '/admin', 'admin'],
      ['admin', `/admin/candidacies/${run.candidacyId}`, 'candidacy-file'],
    ];
    const sizes = [
      ['laptop', { width: 1366, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ];
    for (const [who, path, name] of pages) {
      const storageState = who ? await people[who].context.storageState() : undefined;
      for (const [size, viewport] of sizes) {
        const { context, page, problems } = await openPage(browser, { viewport, ...(storageState ? { storageState } : {}) });
        try {
          await visit(page, path);
          assert.equal(currentUrl(page).pathname, path, `${path} ended at ${page.url()}`);
          await page.screenshot({ path: join(ensureScreenshotDir(), `first-${name}-${size}.png`), fullPage: true, timeout: 15_000 });
          await assertNoBlockingViolations(page, `${path} at ${viewport.width} px`);
          // The page never scrolls sideways (wide tables scroll inside their own box).
          const overflow = await page.evaluate(() => {
            const root = document.documentElement;
            if (root.scrollWidth <= root.clientWidth + 1) return null;
            const wide = [...document.querySelectorAll('main *')]
              .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
              .slice(0, 3)
              .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
            return `${root.scrollWidth} px wide: ${wide.join(', ')}`;
          });
          assert.equal(overflow, null, `${path} scrolls sideways at ${viewport.width} px`);
          assert.deepEqual(problems, [], `failed or external requests (${path})`);
        } finally {
          await context.close();
        }
      }
    }
  });
});
