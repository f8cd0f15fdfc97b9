// Accounts in the browser: unique addresses per run, sign-up with the mailed confirmation link,
// sign-in, and `heroes admin link-hero` (the CLI the operators use) to make an account a hero.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { clickAndWait, currentUrl, squash, submitAndLoad, visit } from './browser.mjs';
import { waitForLink } from './mail.mjs';

const run = promisify(execFile);

/** Bound for one `heroes admin …` command (milliseconds). */
export const CLI_TIMEOUT = 20_000;

/** A unique run tag, so that addresses never repeat across runs against one database. */
const RUN = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
let serial = 0;

/** A fresh address, e.g. `e2e-journey-lx3k9a1b2c3-1@example.org`. */
export function uniqueEmail(label) {
  serial += 1;
  return `e2e-${label}-${RUN}-${serial}@example.org`;
}

/** A password the policy accepts (at least 10 characters, not the address, not common). */
export function strongPassword() {
  return `Lantern over ${randomBytes(4).toString('hex')} hills`;
}

/** The heading of the page, squashed. */
export async function heading(page) {
  return squash(await page.getByRole('heading', { level: 1 }).first().textContent());
}

/** Fills and submits /signup; returns the answer (200 "Check your mail", 422 with errors). */
export async function submitSignup(page, { name, email, password }) {
  await visit(page, '/signup');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  return submitAndLoad(page, page.getByRole('button', { name: 'Create account', exact: true }));
}

/** Follows the confirmation link mailed to `email` and checks the "confirmed" page. */
export async function confirmFromMail(page, email) {
  const { link } = await waitForLink(email, { subject: 'Confirm your email address' });
  assert.equal(new URL(link).pathname, '/verify', `confirmation link: ${link}`);
  await visit(page, link);
  assert.equal(await heading(page), 'Your address is confirmed');
  return link;
}

/** Signs up and confirms the address: a verified account, signed out. */
export async function createAccount(page, { label = 'user', name = 'E2E Tester' } = {}) {
  const email = uniqueEmail(label);
  const password = strongPassword();
  const response = await submitSignup(page, { name, email, password });
  assert.equal(response?.status(), 200, 'sign-up answers 200');
  assert.equal(await heading(page), 'Check your mail');
  await confirmFromMail(page, email);
  return { email, password, name };
}

/** Signs in at /login and waits for the redirect to `expectPath` (default /account). */
export async function signIn(page, { email, password }, expectPath = '/account') {
  if (currentUrl(page).pathname !== '/login') await visit(page, '/login');
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await clickAndWait(
    page,
    page.locator('form.stack-form').getByRole('button', { name: 'Sign in', exact: true }),
    (url) => url.pathname !== '/login',
  );
  assert.equal(currentUrl(page).pathname, expectPath, `after signing in: ${page.url()}`);
}

/** `heroes admin …` against the server's database; resolves to stdout, rejects with stderr. */
export async function heroesAdmin(...args) {
  const bin = process.env.HEROES_E2E_BIN;
  const database = process.env.HEROES_E2E_DATABASE;
  if (!bin || !database) {
    throw new Error('HEROES_E2E_BIN and HEROES_E2E_DATABASE must be set (e2e/run sets them).');
  }
  try {
    const { stdout } = await run(bin, ['admin', '--database-url', database, ...args], {
      timeout: CLI_TIMEOUT,
      killSignal: 'SIGKILL',
      env: { ...process.env, NO_COLOR: '1' },
    });
    return stdout;
  } catch (error) {
    const detail = `${error.stderr ?? ''}${error.stdout ?? ''}`.trim();
    throw new Error(`heroes admin ${args.join(' ')} failed (${error.killed ? 'timed out' : `code ${error.code}`}): ${detail}`);
  }
}

/**
 * `heroes admin create-user` with a fresh address and password (given on stdin): a verified
 * account with the given roles (`admin`, `reviewer`, `staff`), quicker than a sign-up by mail.
 * Resolves to { email, password, name }.
 */
export async function createUser({ label = 'user', name = 'E2E Tester', roles = [] } = {}) {
  const bin = process.env.HEROES_E2E_BIN;
  const database = process.env.HEROES_E2E_DATABASE;
  if (!bin || !database) {
    throw new Error('HEROES_E2E_BIN and HEROES_E2E_DATABASE must be set (e2e/run sets them).');
  }
  const email = uniqueEmail(label);
  const password = strongPassword();
  const args = ['admin', '--database-url', database, 'create-user', '--email', email, '--name', name];
  for (const role of roles) args.push('--role', role);
  await new Promise((resolve, reject) => {
    const child = execFile(
      bin,
      args,
      { timeout: CLI_TIMEOUT, killSignal: 'SIGKILL', env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const detail = `${stderr ?? ''}${stdout ?? ''}`.trim();
        reject(new Error(`heroes admin create-user --email ${email} failed (${error.killed ? 'timed out' : `code ${error.code}`}): ${detail}`));
      },
    );
    child.stdin.end(`${password}\n`);
  });
  return { email, password, name };
}

/** The hero slugs on the first page of /heroes, in order. */
export async function directorySlugs(page) {
  await visit(page, '/heroes');
  const hrefs = await page.locator('li.hero-card a.hero-card-link').evaluateAll((as) =>
    as.map((a) => a.getAttribute('href')),
  );
  return hrefs.filter((h) => /^\/heroes\/[^/]+$/.test(h ?? '')).map((h) => h.slice('/heroes/'.length));
}

/**
 * Links the account `email` to the first of `slugs` no other account speaks for (test files
 * run in parallel and each links its own hero); returns that slug. `skip` is how many of the
 * slugs to pass over first, so that parallel files mostly pick different heroes.
 */
export async function linkToFreeHero(email, slugs, skip = 0) {
  const order = [...slugs.slice(skip), ...slugs.slice(0, skip)];
  const refused = [];
  for (const slug of order) {
    try {
      await heroesAdmin('link-hero', '--email', email, '--hero', slug);
      return slug;
    } catch (error) {
      if (!/already linked/.test(error.message)) throw error;
      refused.push(slug);
    }
  }
  throw new Error(`every hero was already linked: ${refused.join(', ')}`);
}

/** Problems (see openPage) other than the expected ones; each expected entry is removed once. */
export function unexpectedProblems(problems, expected) {
  const rest = [...problems];
  for (const e of expected) {
    const i = rest.indexOf(e);
    assert.ok(i >= 0, `expected problem "${e}" was not recorded; recorded: ${JSON.stringify(problems)}`);
    rest.splice(i, 1);
  }
  return rest;
}
