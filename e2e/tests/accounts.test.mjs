// Accounts: sign up, confirm the address from the mail (a real SMTP sink), sign in, become a
// hero (`heroes admin link-hero`), edit the public page, sign out; reset a forgotten password by
// mail; and a sign-up form with a wrong field keeps what was typed.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  TEST_TIMEOUT,
  clickAndWait,
  currentUrl,
  launch,
  openPage,
  squash,
  submitAndLoad,
  visit,
} from '../lib/browser.mjs';
import {
  confirmFromMail,
  createAccount,
  directorySlugs,
  heading,
  linkToFreeHero,
  signIn,
  strongPassword,
  submitSignup,
  uniqueEmail,
  unexpectedProblems,
} from '../lib/accounts.mjs';
import { MAIL_TIMEOUT, waitForLink } from '../lib/mail.mjs';

/** A journey waits for up to two mails on top of the usual page work. */
const JOURNEY_TIMEOUT = TEST_TIMEOUT + 2 * MAIL_TIMEOUT;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('sign up, confirm by mail, sign in, edit the hero page, sign out', { timeout: JOURNEY_TIMEOUT }, async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    const name = 'Journey Tester';
    const email = uniqueEmail('journey');
    const password = strongPassword();

    // 1. Sign up: the answer is the same whether or not the address has an account.
    const signup = await submitSignup(page, { name, email, password });
    assert.equal(signup?.status(), 200, 'sign-up answers 200');
    assert.equal(await heading(page), 'Check your mail');
    assert.ok(squash(await page.locator('p.lead').textContent()).includes(email), 'the notice names the address');

    // 2. The mail's link confirms the address.
    await confirmFromMail(page, email);
    const onwards = page.getByRole('main').getByRole('link', { name: 'Sign in', exact: true });
    await clickAndWait(page, onwards, (u) => u.pathname === '/login');

    // 3. Sign in: lands on /account, which shows the address.
    await signIn(page, { email, password });
    assert.equal(await heading(page), 'Your account');
    assert.equal(squash(await page.locator('#account-email').textContent()), email);

    // 4. An operator links the account to a hero of the demo program.
    const slugs = await directorySlugs(page);
    assert.ok(slugs.length > 3, `hero slugs on /heroes: ${slugs}`);
    const slug = await linkToFreeHero(email, slugs, 0);
    await visit(page, '/account');
    assert.equal(
      await page.locator(`a[href="/heroes/${slug}"]`).count(),
      1,
      'the account page links to the hero page once the account speaks for a hero',
    );

    // 5. Edit the headline; the public page shows it at once.
    await visit(page, '/account/profile');
    assert.equal(await heading(page), 'Edit your profile');
    const headline = `Builds resilient systems (e2e ${randomBytes(3).toString('hex')})`;
    const field = page.getByLabel('Headline', { exact: true });
    assert.notEqual(await field.inputValue(), headline);
    await field.fill(headline);
    const saved = await submitAndLoad(page, page.getByRole('button', { name: 'Save profile', exact: true }));
    assert.equal(saved?.status(), 200, `saving the profile answered ${saved?.status()}`);
    assert.equal(currentUrl(page).pathname, '/account/profile');
    assert.equal(await page.locator('.form-alert').count(), 0, 'no form errors');
    assert.match(squash(await page.getByRole('status').textContent()), /^Saved\b/);
    assert.equal(await field.inputValue(), headline, 'the form shows the saved headline');

    await visit(page, `/heroes/${slug}`);
    assert.equal(
      squash(await page.locator('.profile-header p.lead').textContent()),
      headline,
      'the public page shows the new headline',
    );

    // 6. Sign out with the button on /account; /account then sends to the sign-in form.
    await visit(page, '/account');
    await clickAndWait(page, page.getByRole('main').getByRole('button', { name: 'Sign out', exact: true }), (u) => u.pathname === '/login');
    assert.equal(currentUrl(page).searchParams.get('notice'), 'signed-out');
    assert.equal(squash(await page.getByRole('status').textContent()), 'You are signed out.');
    const response = await page.goto('/account', { waitUntil: 'load' });
    assert.equal(response?.status(), 200);
    const url = currentUrl(page);
    assert.equal(url.pathname, '/login', `/account after signing out went to ${page.url()}`);
    assert.equal(url.searchParams.get('next'), '/account');
    assert.equal(await heading(page), 'Sign in');

    assert.deepEqual(problems, [], 'failed or external requests');
  } finally {
    await context.close();
  }
});

test('reset a forgotten password by mail', { timeout: JOURNEY_TIMEOUT + MAIL_TIMEOUT }, async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    const account = await createAccount(page, { label: 'reset', name: 'Reset Tester' });

    // 1. /login → "Forgot your password?" → the address → "Check your mail".
    await visit(page, '/login');
    await clickAndWait(
      page,
      page.getByRole('link', { name: 'Forgot your password?', exact: true }),
      (u) => u.pathname === '/password/forgot',
    );
    await page.getByLabel('Email address', { exact: true }).fill(account.email);
    const sent = await submitAndLoad(page, page.getByRole('button', { name: 'Send the link', exact: true }));
    assert.equal(sent?.status(), 200);
    assert.equal(await heading(page), 'Check your mail');

    // 2. The mailed link opens the form for a new password.
    const { link } = await waitForLink(account.email, { subject: 'Choose a new password' });
    const linkUrl = new URL(link);
    assert.equal(linkUrl.origin, BASE_URL, `reset link: ${link}`);
    assert.equal(linkUrl.pathname, '/password/reset', `reset link: ${link}`);
    const token = linkUrl.searchParams.get('token');
    assert.ok(token && token.length >= 20, `reset token: ${token}`);
    await visit(page, link);
    assert.equal(await heading(page), 'Choose a new password');
    const tokenField = page.locator('form input[type=hidden][name=token]');
    assert.equal(await tokenField.inputValue(), token);

    // 3. A weak password is refused at the field; the token stays in the form.
    const newPassword = page.getByLabel('New password', { exact: true });
    await newPassword.fill('short');
    const weak = await submitAndLoad(page, page.getByRole('button', { name: 'Save the new password', exact: true }));
    assert.equal(weak?.status(), 422, 'a weak password answers 422');
    assert.equal(currentUrl(page).pathname, '/password/reset');
    const fieldError = page.locator('#password-error');
    assert.ok(await fieldError.isVisible(), 'an error at the password field');
    assert.match(squash(await fieldError.textContent()), /10 characters/);
    assert.equal(await newPassword.getAttribute('aria-invalid'), 'true');
    assert.match((await newPassword.getAttribute('aria-describedby')) ?? '', /\bpassword-error\b/);
    assert.equal(await tokenField.inputValue(), token, 'the token is kept');

    // 4. A good one: back to /login with the notice, and the new password signs in.
    const chosen = strongPassword();
    assert.notEqual(chosen, account.password);
    await newPassword.fill(chosen);
    await clickAndWait(
      page,
      page.getByRole('button', { name: 'Save the new password', exact: true }),
      (u) => u.pathname === '/login',
    );
    assert.equal(currentUrl(page).searchParams.get('notice'), 'password-reset');
    assert.match(squash(await page.getByRole('status').textContent()), /^Your password is changed/);

    // The old password no longer works (one refused sign-in, answered 401)...
    await page.getByLabel('Email address', { exact: true }).fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill(account.password);
    const refused = await submitAndLoad(page, page.locator('form.stack-form').getByRole('button', { name: 'Sign in' }));
    assert.equal(refused?.status(), 401, 'the old password is refused');
    assert.ok(await page.locator('#login-error').isVisible(), 'the refusal is shown');
    assert.equal(await page.getByLabel('Email address', { exact: true }).inputValue(), account.email, 'address kept');

    // ...and the new one does.
    await signIn(page, { email: account.email, password: chosen });
    assert.equal(squash(await page.locator('#account-email').textContent()), account.email);

    // The link worked once: opened again, it says so at once, with the way to a new one.
    const again = await page.goto(link, { waitUntil: 'load' });
    assert.equal(again?.status(), 400, 'a used reset link is refused');
    assert.equal(squash(await page.locator('h1').textContent()), 'This link no longer works');
    assert.equal(await page.getByLabel('New password', { exact: true }).count(), 0, 'no form for a spent link');

    assert.deepEqual(
      unexpectedProblems(problems, [
        `422 for ${BASE_URL}/password/reset`,
        `401 for ${BASE_URL}/login`,
        `400 for ${link}`,
      ]),
      [],
      'failed or external requests',
    );
  } finally {
    await context.close();
  }
});

test('a sign-up with a wrong address shows the error at the field and keeps the input', { timeout: TEST_TIMEOUT }, async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    const name = 'Ada Lovelace';
    const response = await submitSignup(page, { name, email: 'ada-at-example.org', password: strongPassword() });
    assert.equal(response?.status(), 422, 'a wrong field answers 422');
    assert.equal(currentUrl(page).pathname, '/signup');
    assert.equal(await heading(page), 'Create an account');
    assert.ok(await page.getByRole('alert').isVisible(), 'a summary alert above the form');

    const email = page.getByLabel('Email address', { exact: true });
    const error = page.locator('#email-error');
    assert.ok(await error.isVisible(), 'an error at the email field');
    assert.match(squash(await error.textContent()), /email address/);
    assert.equal(await email.getAttribute('aria-invalid'), 'true');
    assert.equal(await email.getAttribute('aria-describedby'), 'email-error');
    assert.equal(await email.inputValue(), 'ada-at-example.org', 'the address as typed');
    assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), name, 'the name is kept');
    assert.equal(await page.locator('#name-error').count(), 0, 'no error at the name');
    assert.equal(await page.getByLabel('Password', { exact: true }).inputValue(), '', 'the password is not sent back');

    assert.deepEqual(unexpectedProblems(problems, [`422 for ${BASE_URL}/signup`]), [], 'failed or external requests');
  } finally {
    await context.close();
  }
});
