// Webhooks in the browser (issue 19): an admin registers an endpoint at /admin/webhooks. A
// private address is refused with the reason and everything typed kept; a good one shows its
// secret once, on the page that answers the form, and never again. axe runs on the list, the
// refused form and the endpoint page. No event is sent: the demo program's changes happen
// before the endpoint exists, and no ping is asked for.
//
// The steps are tests of one `describe`, run in order; each needs the ones before it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  TEST_TIMEOUT,
  currentUrl,
  ensureScreenshotDir,
  launch,
  openPage,
  squash,
  submitAndLoad,
  visit,
} from '../lib/browser.mjs';
import { createUser, signIn } from '../lib/accounts.mjs';
import { assertNoBlockingViolations } from '../lib/axe.mjs';

/** Screenshot into e2e/screenshots/webhooks-NAME.png, then axe (no serious or critical finding). */
async function checkPage(page, name) {
  await page.screenshot({ path: join(ensureScreenshotDir(), `webhooks-${name}.png`), fullPage: true, timeout: 15_000 });
  await assertNoBlockingViolations(page, `${currentUrl(page).pathname} (${name})`);
}

describe('webhooks: register an endpoint, its secret shown once', { timeout: 6 * TEST_TIMEOUT }, () => {
  let browser;
  let admin;
  const description = `E2E conference site ${randomBytes(3).toString('hex')}`;
  let endpointPath;
  let secret;

  before(async () => {
    browser = await launch();
    const account = await createUser({ label: 'webhooks-admin', name: 'Webhooks Admin', roles: ['admin'] });
    admin = { account, ...(await openPage(browser)) };
    await signIn(admin.page, account);
  });
  after(async () => {
    await admin?.context.close();
    await browser?.close();
  });

  test('a private address is refused and what was typed stays', async () => {
    const { page } = admin;
    await visit(page, '/admin/webhooks');
    await checkPage(page, 'list');
    await page.getByLabel('Address').fill('http://10.0.0.7/hooks');
    await page.getByLabel('Description').fill(description);
    await page.getByRole('checkbox', { name: /hero\.announced/ }).check();
    const refused = await submitAndLoad(page, page.getByRole('button', { name: 'Add endpoint' }));
    assert.equal(refused.status(), 422);
    assert.match(squash(await page.locator('main').textContent()), /private or loopback network/);
    assert.equal(await page.getByLabel('Address').inputValue(), 'http://10.0.0.7/hooks');
    assert.equal(await page.getByLabel('Description').inputValue(), description);
    assert.ok(await page.getByRole('checkbox', { name: /hero\.announced/ }).isChecked());
    assert.equal(await page.getByLabel('Address').getAttribute('aria-invalid'), 'true');
    await checkPage(page, 'refused');
  });

  test('a good address is registered and its secret shown once', async () => {
    const { page } = admin;
    await page.getByLabel('Address').fill('https://hooks.example.com/heroes');
    await page.getByRole('checkbox', { name: /contribution\.published/ }).check();
    const created = await submitAndLoad(page, page.getByRole('button', { name: 'Add endpoint' }));
    assert.equal(created.status(), 201);
    secret = await page.getByLabel('Signing secret').inputValue();
    assert.match(secret, /^whsec_[0-9a-f]{64}$/);
    await checkPage(page, 'created');
    // The list links the endpoint; its page no longer shows the secret.
    await visit(page, '/admin/webhooks');
    const link = page.locator('main a[href^="/admin/webhooks/"]', { hasText: 'hooks.example.com' }).last();
    endpointPath = await link.getAttribute('href');
    assert.match(endpointPath, /^\/admin\/webhooks\/\d+$/);
    await visit(page, endpointPath);
    const text = await page.content();
    assert.ok(!text.includes(secret), 'the secret is shown once only');
    assert.equal(await page.getByRole('checkbox', { name: /contribution\.published/ }).isChecked(), true);
    assert.match(squash(await page.locator('main').textContent()), /Nothing was sent to this endpoint yet/);
    await checkPage(page, 'endpoint');
  });
});
