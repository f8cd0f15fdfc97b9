// The directory, a profile, sign-up and the profile editor in Japanese and Arabic: reached
// through the browser's Accept-Language and through the language switcher in the header (a
// plain form, no JavaScript needed), each checked with axe (no serious or critical violation)
// and photographed at 1366 × 900 and 390 × 844 into e2e/screenshots/ — the Arabic ones laid
// out right to left. The expected headings are read from each locale's catalog, so the test
// follows whatever the translators wrote.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TEST_TIMEOUT, ensureScreenshotDir, launch, openPage, squash, visit } from '../lib/browser.mjs';
import { createUser, directorySlugs, linkToFreeHero, signIn } from '../lib/accounts.mjs';
import { assertNoBlockingViolations } from '../lib/axe.mjs';

/** The single-line messages of a catalog (enough for headings), by id. */
function catalog(tag) {
  const text = readFileSync(new URL(`../../crates/server/locales/${tag}/main.ftl`, import.meta.url), 'utf8');
  const messages = new Map();
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z][\w-]*) = (.+)$/.exec(line);
    if (m && !m[2].includes('{')) messages.set(m[1], m[2].trim());
  }
  return messages;
}

const LANGUAGES = [
  { tag: 'ja', dir: 'ltr' },
  { tag: 'ar', dir: 'rtl' },
];
const SIZES = [
  { suffix: '', viewport: { width: 1366, height: 900 } },
  { suffix: '-phone', viewport: { width: 390, height: 844 } },
];

async function htmlLangDir(page) {
  return page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
}

describe('languages', { timeout: 40 * TEST_TIMEOUT }, () => {
  let browser;
  let profilePath;
  /** A hero's account (signed in per test, so each test sets its own language). */
  let heroAccount;
  before(async () => {
    browser = await launch();
    ensureScreenshotDir();
    const { context, page } = await openPage(browser);
    try {
      const slugs = await directorySlugs(page);
      profilePath = `/heroes/${slugs[0]}`;
      heroAccount = await createUser({ label: 'languages', name: 'Language Tester' });
      await linkToFreeHero(heroAccount.email, slugs, Math.min(7, slugs.length - 1));
    } finally {
      await context.close();
    }
  }, { timeout: 3 * TEST_TIMEOUT });
  after(async () => {
    await browser?.close();
  });

  const pages = [
    { name: 'heroes', path: () => '/heroes', h1: 'directory-title' },
    { name: 'profile', path: () => profilePath, h2: 'profile-about' },
    { name: 'signup', path: () => '/signup', h1: 'signup-title' },
    { name: 'profile-editor', path: () => '/account/profile', h1: 'profile-edit-title', account: true },
  ];

  for (const { tag, dir } of LANGUAGES) {
    const words = catalog(tag);

    test(`${tag}: the switcher in the header changes the language without JavaScript`, { timeout: TEST_TIMEOUT }, async () => {
      const { context, page } = await openPage(browser, { javaScriptEnabled: false });
      try {
        await visit(page, '/heroes?page=1');
        assert.deepEqual(await htmlLangDir(page), ['en-US', 'ltr']);
        await page.locator('form.language-switcher select').selectOption(tag);
        await Promise.all([
          page.waitForURL((url) => url.pathname === '/heroes', { waitUntil: 'load' }),
          page.locator('form.language-switcher button').click(),
        ]);
        assert.equal(new URL(page.url()).search, '?page=1', 'back on the same page');
        assert.deepEqual(await htmlLangDir(page), [tag, dir]);
        assert.equal(squash(await page.locator('h1').first().textContent()), words.get('directory-title'));
        const cookies = await context.cookies();
        assert.ok(cookies.some((c) => c.name === 'lang' && c.value === tag), JSON.stringify(cookies));
      } finally {
        await context.close();
      }
    });

    for (const { name, path, h1, h2, account } of pages) {
      for (const { suffix, viewport } of SIZES) {
        test(`${tag}: ${name}${suffix} is in the language, readable and has no serious violation`, { timeout: TEST_TIMEOUT }, async () => {
          // Visitors come by Accept-Language; the hero switches in the header once signed in
          // (their account keeps the choice).
          const { page, context, problems } = await openPage(browser, {
            viewport,
            locale: account ? 'en-US' : tag,
          });
          try {
            if (account) {
              await signIn(page, heroAccount);
              await visit(page, path());
              await page.locator('form.language-switcher select').selectOption(tag);
              await Promise.all([
                page.waitForURL((url) => url.pathname === path(), { waitUntil: 'load' }),
                page.locator('form.language-switcher button').click(),
              ]);
            } else {
              await visit(page, path());
            }
            assert.deepEqual(await htmlLangDir(page), [tag, dir], `${path()}`);
            if (h1) {
              assert.equal(squash(await page.locator('main h1').first().textContent()), words.get(h1));
            }
            if (h2) {
              const headings = (await page.locator('main h2').allTextContents()).map(squash);
              assert.ok(headings.includes(words.get(h2)), `${words.get(h2)} among ${headings.join(' | ')}`);
            }
            if (dir === 'rtl') {
              // Mirrored: the main column's text starts at the right edge.
              const align = await page.evaluate(() => getComputedStyle(document.querySelector('main')).direction);
              assert.equal(align, 'rtl');
            }
            await page.screenshot({ path: join(ensureScreenshotDir(), `lang-${tag}-${name}${suffix}.png`), fullPage: true, timeout: 15_000 });
            await assertNoBlockingViolations(page, `${path()} in ${tag} at ${viewport.width} px`);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
            assert.equal(overflow, false, `${path()} in ${tag} scrolls sideways at ${viewport.width} px`);
            assert.deepEqual(problems, [], 'failed or external requests');
          } finally {
            await context.close();
          }
        });
      }
    }
  }
});
