// Passkeys (issue 23) with Chromium's virtual authenticator (the DevTools protocol's WebAuthn
// domain: CTAP2, internal transport, resident keys, user verification): add a passkey on
// /account/security, sign out, sign in with it and no password; an admin without a factor,
// once admins must have one, is led to set one up and adding a passkey lets them through. axe
// runs on the pages with passkeys on them.
//
// Browsers refuse an IP address as a WebAuthn RP id, so this file talks to the server as
// http://localhost:PORT: a server whose base URL is a loopback address uses `localhost` as its
// RP id and accepts that origin (see `auth::passkeys::RelyingParty`).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  ACTION_TIMEOUT,
  BASE_URL,
  NAVIGATION_TIMEOUT,
  TEST_TIMEOUT,
  clickAndWait,
  currentUrl,
  launch,
  squash,
  visit,
} from '../lib/browser.mjs';
import { createUser, heading, signIn } from '../lib/accounts.mjs';
import { assertNoBlockingViolations } from '../lib/axe.mjs';

const LOCAL = (() => {
  const url = new URL(BASE_URL);
  if (url.hostname === '127.0.0.1' || url.hostname === '[::1]') url.hostname = 'localhost';
  return url.origin;
})();

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A context on LOCAL with a virtual platform authenticator; requests elsewhere are aborted. */
async function openWithAuthenticator() {
  const context = await browser.newContext({
    baseURL: LOCAL,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
  });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT);
  const problems = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${LOCAL}/`) || url.startsWith('data:')) return route.continue();
    problems.push(`blocked external request: ${url}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { context, page, problems, cdp, authenticatorId };
}

/** Adds a passkey named `name` on /account/security with `proof` (the password). */
async function addPasskey(page, name, proof) {
  if (currentUrl(page).pathname !== '/account/security') await visit(page, '/account/security');
  const form = page.locator('#passkey-add');
  await form.getByLabel('Name for a new passkey').fill(name);
  await form.getByLabel('Your password, or a code from your authenticator app').fill(proof);
  // The script answers in place when something goes wrong: report what it said.
  const answers = [];
  const onResponse = async (response) => {
    if (response.url().includes('/account/security/passkeys/')) {
      answers.push(`${response.status()} ${response.url()}: ${(await response.text().catch(() => '')).slice(0, 300)}`);
    }
  };
  page.on('response', onResponse);
  try {
    await form.getByRole('button', { name: 'Add a passkey' }).click();
    await Promise.race([
      page.waitForURL((url) => url.searchParams.get('notice') === 'passkey-added', { waitUntil: 'load' }),
      page.locator('#passkey-add-error:not([hidden])').waitFor().then(async () => {
        const said = squash(await page.locator('#passkey-add-error').textContent());
        throw new Error(`adding a passkey failed: ${said}\n${answers.join('\n')}`);
      }),
    ]);
  } finally {
    page.off('response', onResponse);
  }
  assert.match(squash(await page.getByRole('status').first().textContent()), /passkey is added/);
  assert.equal(squash(await page.locator('#passkey-list .passkey-name').last().textContent()), name);
}

test('add a passkey, sign out, sign in with it and no password', { timeout: 2 * TEST_TIMEOUT }, async () => {
  const account = await createUser({ label: 'passkey', name: 'Passkey Tester' });
  const { context, page, problems, cdp, authenticatorId } = await openWithAuthenticator();
  try {
    await signIn(page, account);
    await visit(page, '/account/security');
    assert.equal(await page.locator('#passkey-needs-script').isHidden(), true, 'the script hides the note');
    // A wrong password is refused in place, and the name stays typed.
    const form = page.locator('#passkey-add');
    await form.getByLabel('Name for a new passkey').fill('Laptop');
    await form.getByLabel('Your password, or a code from your authenticator app').fill('not the password');
    await form.getByRole('button', { name: 'Add a passkey' }).click();
    await page.locator('#passkey-add-error:not([hidden])').waitFor();
    assert.match(squash(await page.locator('#passkey-add-error').textContent()), /neither your password/);
    assert.equal(await form.getByLabel('Name for a new passkey').inputValue(), 'Laptop');

    await addPasskey(page, 'Laptop', account.password);
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    assert.equal(credentials.length, 1, 'the authenticator holds one credential');
    assert.equal(credentials[0].isResidentCredential, true, 'a discoverable credential');
    await assertNoBlockingViolations(page, '/account/security (with a passkey)');

    // Sign out, then sign in with the passkey alone.
    await clickAndWait(page, page.getByRole('button', { name: 'Sign out' }).first());
    await visit(page, '/login');
    await assertNoBlockingViolations(page, '/login (passkey button)');
    const button = page.getByRole('button', { name: 'Sign in with a passkey' });
    await clickAndWait(page, button, (url) => url.pathname === '/account');
    assert.equal(await heading(page), 'Your account');
    await visit(page, '/account/security');
    assert.match(squash(await page.locator('#passkey-list').textContent()), /last used/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('an admin without a factor is led to set one up, and a passkey lets them through', { timeout: 2 * TEST_TIMEOUT }, async () => {
  const admin = await createUser({ label: 'passkey-admin', name: 'Passkey Admin', roles: ['admin'] });
  const { context, page, problems } = await openWithAuthenticator();
  try {
    await signIn(page, admin);
    // Admins must have a factor from now on: saving it holds this admin at once.
    await visit(page, '/admin/security');
    const adminBox = page.getByRole('checkbox', { name: /admin/i });
    if (!(await adminBox.isChecked())) await adminBox.check();
    await clickAndWait(page, page.getByRole('button', { name: /save/i }).first());
    assert.equal(currentUrl(page).pathname, '/account/security', 'led to the setup');
    assert.match(squash(await page.locator('#setup-required').textContent()), /add a passkey/);
    await assertNoBlockingViolations(page, '/account/security (setup required)');
    await visit(page, '/account/security');
    await addPasskey(page, 'Admin key', admin.password);
    await visit(page, '/admin/security');
    assert.equal(currentUrl(page).pathname, '/admin/security', 'no longer held');
    // Put the requirement back as it was for the rest of the suite.
    const box = page.getByRole('checkbox', { name: /admin/i });
    if (await box.isChecked()) await box.uncheck();
    await clickAndWait(page, page.getByRole('button', { name: /save/i }).first());
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
