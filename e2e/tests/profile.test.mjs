// A visitor opens a hero's profile from the directory and comes back.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TEST_TIMEOUT, clickAndWait, currentUrl, launch, openPage, squash, visit } from '../lib/browser.mjs';
import { cards, resultCount } from '../lib/directory.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('opens a profile from a card and follows "← All heroes" back', { timeout: TEST_TIMEOUT }, async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    await visit(page, '/heroes');
    const directoryCount = await resultCount(page);
    const shown = await cards(page);
    const card = shown[Math.min(2, shown.length - 1)];
    assert.ok(card?.href.startsWith('/heroes/'), `card link: ${card?.href}`);

    const link = page.locator('li.hero-card a.hero-card-link').filter({ hasText: card.name }).first();
    await clickAndWait(page, link, (u) => u.pathname === card.href);

    // The hero's name is the page's one h1 (an alumni mark may follow it inside the h1).
    const h1 = page.getByRole('heading', { level: 1 });
    assert.equal(await h1.count(), 1, 'one h1');
    const h1Text = squash(await h1.textContent());
    assert.ok(h1Text === card.name || h1Text.startsWith(`${card.name} `), `h1 "${h1Text}" vs card "${card.name}"`);
    assert.ok((await page.title()).startsWith(card.name), `title: ${await page.title()}`);

    // About section.
    const about = page.getByRole('heading', { level: 2, name: 'About', exact: true });
    assert.ok(await about.isVisible(), 'an "About" heading');
    assert.ok(squash(await page.locator('section.bio').textContent()).length > 'About'.length, 'the bio has text');

    // The same specialization badges as on the card, each linking to its specialization.
    const badges = page.locator('.profile-header ul.badges .badge');
    assert.ok((await badges.count()) > 0, 'specialization badges');
    const badgeNames = await badges.locator('a').allTextContents();
    assert.deepEqual(badgeNames.map(squash).sort(), [...card.badges].sort());
    for (const href of await badges.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      assert.match(href, /^\/specializations\/[a-z0-9-]+$/);
    }

    // Back to the directory.
    const back = page.getByRole('link', { name: '← All heroes', exact: true });
    await clickAndWait(page, back, (u) => u.pathname === '/heroes');
    assert.equal(currentUrl(page).pathname, '/heroes');
    assert.equal((await resultCount(page)).text, directoryCount.text);
    assert.deepEqual(problems, [], 'failed or external requests');
  } finally {
    await context.close();
  }
});
