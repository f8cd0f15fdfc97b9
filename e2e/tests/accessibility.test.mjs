// axe-core on the public pages, the sign-up and sign-in forms, the account pages of a
// signed-in hero and the admin pages of an admin: no serious or critical violation, on a laptop
// (1280 × 900) and on a phone (390 × 844), where no page may scroll sideways. Each page is also
// photographed (full page, both sizes) into e2e/screenshots/ for a person to look at.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TEST_TIMEOUT, ensureScreenshotDir, launch, openPage, visit } from '../lib/browser.mjs';
import { createAccount, createUser, directorySlugs, linkToFreeHero, signIn } from '../lib/accounts.mjs';
import { MAIL_TIMEOUT } from '../lib/mail.mjs';
import { assertNoBlockingViolations } from '../lib/axe.mjs';

describe('accessibility (axe)', { timeout: 20 * TEST_TIMEOUT + MAIL_TIMEOUT }, () => {
  let browser;
  let profilePath;
  /** Cookies of a signed-in account that speaks for a hero (for the /account pages). */
  let signedIn;
  /** Cookies of a signed-in admin (for the /admin pages). */
  let admin;
  /** A candidacy file of the demo's open cycle. */
  let candidacyPath;
  before(async () => {
    browser = await launch();
    ensureScreenshotDir();
    // A real profile: the first card of the directory.
    const { context, page } = await openPage(browser);
    try {
      await visit(page, '/heroes');
      profilePath = await page.locator('li.hero-card a.hero-card-link').first().getAttribute('href');
      // A hero's account, signed in: sign up, confirm by mail, link to a hero, sign in.
      const account = await createAccount(page, { label: 'axe', name: 'Axe Tester' });
      const slugs = await directorySlugs(page);
      await linkToFreeHero(account.email, slugs, Math.min(5, slugs.length - 1));
      await signIn(page, account);
      signedIn = await context.storageState();
    } finally {
      await context.close();
    }
    const adminAccount = await createUser({ label: 'axe-admin', name: 'Axe Admin', roles: ['admin'] });
    const adminSession = await openPage(browser);
    try {
      await signIn(adminSession.page, adminAccount);
      admin = await adminSession.context.storageState();
      await visit(adminSession.page, '/admin/candidacies');
      candidacyPath = await adminSession.page
        .locator('main a[href^="/admin/candidacies/"]')
        .first()
        .getAttribute('href');
    } finally {
      await adminSession.context.close();
    }
  }, { timeout: 2 * TEST_TIMEOUT + MAIL_TIMEOUT });
  after(async () => {
    await browser?.close();
  });

  const pages = [
    { name: 'home', path: () => '/' },
    { name: 'heroes', path: () => '/heroes' },
    { name: 'profile', path: () => profilePath },
    { name: 'contributions', path: () => '/contributions' },
    { name: 'signup', path: () => '/signup' },
    { name: 'login', path: () => '/login' },
    { name: 'password-forgot', path: () => '/password/forgot' },
    { name: 'account', path: () => '/account', account: true },
    { name: 'account-profile', path: () => '/account/profile', account: true },
    { name: 'account-tokens', path: () => '/account/tokens', account: true },
    // Empty states here; capture.test.mjs checks them again with a source and suggestions.
    { name: 'account-sources', path: () => '/account/sources', account: true },
    { name: 'account-suggestions', path: () => '/account/suggestions', account: true },
    { name: 'account-security', path: () => '/account/security', account: true },
    { name: 'admin-home', path: () => '/admin', admin: true },
    { name: 'admin-specializations', path: () => '/admin/specializations', admin: true },
    { name: 'admin-security', path: () => '/admin/security', admin: true },
    { name: 'admin-cycles', path: () => '/admin/cycles', admin: true },
    { name: 'admin-candidacies', path: () => '/admin/candidacies', admin: true },
    { name: 'admin-candidacy', path: () => candidacyPath, admin: true },
    { name: 'admin-renewals', path: () => '/admin/renewals', admin: true },
    { name: 'admin-audit', path: () => '/admin/audit', admin: true },
    { name: 'admin-jobs', path: () => '/admin/jobs', admin: true },
    { name: 'admin-outbox', path: () => '/admin/outbox', admin: true },
    // Promotion (issue 14): the demo has items in the spotlight, requests in every state and
    // a sent digest.
    { name: 'spotlight', path: () => '/spotlight' },
    { name: 'digest', path: () => '/digest' },
    { name: 'account-promotion', path: () => '/account/promotion', account: true },
    { name: 'account-digest', path: () => '/account/digest', account: true },
    { name: 'admin-promotion', path: () => '/admin/promotion', admin: true },
    { name: 'admin-digests', path: () => '/admin/digests', admin: true },
    // Dashboards (issue 17): the index of panels and the world map of heroes.
    { name: 'admin-dashboard', path: () => '/admin/dashboard', admin: true },
    { name: 'admin-dashboard-map', path: () => '/admin/dashboard/heroes-map', admin: true },
    // Groups, events and speakers (issue 15); the demo's first group and its first event.
    { name: 'groups', path: () => '/groups' },
    { name: 'group', path: () => '/groups/serverless-seattle' },
    { name: 'events', path: () => '/events' },
    { name: 'event', path: () => '/events/1' },
    { name: 'account-calendar', path: () => '/account/calendar', account: true },
    { name: 'account-speaking', path: () => '/account/speaking', account: true },
    { name: 'admin-groups', path: () => '/admin/groups', admin: true },
    { name: 'admin-webhooks', path: () => '/admin/webhooks', admin: true },
  ];

  const sizes = [
    { suffix: '', viewport: { width: 1280, height: 900 } },
    { suffix: '-phone', viewport: { width: 390, height: 844 } },
  ];
  for (const { name, path, account, admin: asAdmin } of pages) {
    for (const { suffix, viewport } of sizes) {
      test(`${name}${suffix} has no serious or critical violation`, { timeout: TEST_TIMEOUT }, async () => {
        const target = path();
        assert.ok(target, `no path for ${name}`);
        if (account) assert.ok(signedIn, 'no signed-in account (see the before hook)');
        if (asAdmin) assert.ok(admin, 'no signed-in admin (see the before hook)');
        const storageState = asAdmin ? admin : account ? signedIn : undefined;
        const { context, page, problems } = await openPage(browser, {
          viewport,
          ...(storageState ? { storageState } : {}),
        });
        try {
          await visit(page, target);
          // Signed-in pages must not have sent us to the sign-in form.
          assert.equal(new URL(page.url()).pathname, target, `${target} ended at ${page.url()}`);
          await page.screenshot({ path: join(ensureScreenshotDir(), `${name}${suffix}.png`), fullPage: true, timeout: 15_000 });
          await assertNoBlockingViolations(page, `${target} at ${viewport.width} px`);
          // Wide tables scroll inside their own box; the page itself never scrolls sideways.
          const overflow = await page.evaluate(() => {
            const root = document.documentElement;
            if (root.scrollWidth <= root.clientWidth + 1) return null;
            const wide = [...document.querySelectorAll('main *')]
              .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
              .slice(0, 3)
              .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
            return `${root.scrollWidth} px wide: ${wide.join(', ')}`;
          });
          assert.equal(overflow, null, `${target} scrolls sideways at ${viewport.width} px`);
          assert.deepEqual(problems, [], 'failed or external requests');
        } finally {
          await context.close();
        }
      });
    }
  }
});
