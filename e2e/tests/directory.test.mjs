// A visitor on the hero directory: filters, searches, pages.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TEST_TIMEOUT, clickAndWait, currentUrl, launch, openPage, squash, visit } from '../lib/browser.mjs';
import { cards, countryOptions, facetBox, filterJourney, resultCount } from '../lib/directory.mjs';

describe('hero directory', { timeout: 4 * TEST_TIMEOUT }, () => {
  let browser;
  before(async () => {
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
  });

  async function withPage(fn) {
    const { context, page, problems } = await openPage(browser);
    try {
      await fn(page);
      assert.deepEqual(problems, [], 'failed or external requests');
    } finally {
      await context.close();
    }
  }

  test('filters by specialization and country', { timeout: TEST_TIMEOUT }, () =>
    withPage(async (page) => {
      await filterJourney(page, { specialization: 'serverless' });
    }));

  test('picks a country and a specialization and applies them by keyboard alone, in under 15 presses', { timeout: TEST_TIMEOUT }, () =>
    withPage(async (page) => {
      await visit(page, '/heroes');
      const country = (await countryOptions(page)).find((c) => c.value === 'DE');
      assert.ok(country, 'Germany is in the country menu');
      let presses = 0;
      const press = async (key) => {
        presses += 1;
        await page.keyboard.press(key);
      };
      // From the top of the page: the skip link, then the search box, the sort menu and the
      // search button, then the country menu.
      await press('Tab');
      await press('Enter');
      for (let i = 0; i < 4; i += 1) await press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'country');
      // Typing the first letters of a name picks it.
      for (const key of 'Ger') await press(key);
      assert.equal(await page.locator('form.directory select[name="country"]').inputValue(), 'DE');
      // The second specialization box, ticked with Space; Enter applies the form.
      await press('Tab');
      await press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('value')), 'serverless');
      await press('Space');
      await Promise.all([page.waitForURL((u) => u.searchParams.has('country')), press('Enter')]);
      assert.ok(presses < 15, `${presses} key presses`);

      const url = currentUrl(page);
      assert.deepEqual(url.searchParams.getAll('country'), ['DE']);
      assert.deepEqual(url.searchParams.getAll('specialization'), ['serverless']);
      assert.ok(await facetBox(page, 'country', 'DE').isChecked(), 'Germany stays chosen');
      assert.ok(await facetBox(page, 'specialization', 'serverless').isChecked());
      for (const card of await cards(page)) assert.ok(card.meta.endsWith('Germany'), `${card.name}: ${card.meta}`);
    }));

  test('searches by a name from a card, by a topic, and by gibberish', { timeout: TEST_TIMEOUT }, () =>
    withPage(async (page) => {
      await visit(page, '/heroes');
      const all = await resultCount(page);
      const first = await cards(page);
      const wanted = first[Math.min(4, first.length - 1)];
      assert.ok(wanted?.name, 'the directory shows cards');
      const search = page.getByRole('searchbox', { name: 'Search heroes' });
      const searchButton = page.locator('form.directory').getByRole('button', { name: 'Search', exact: true });

      // A name taken from a card finds that hero.
      await search.fill(wanted.name);
      await clickAndWait(page, searchButton, (u) => u.searchParams.get('q') === wanted.name);
      let count = await resultCount(page);
      assert.ok(count.total >= 1, `searching "${wanted.name}" gave "${count.text}"`);
      assert.ok(count.total < all.total, `searching "${wanted.name}" should narrow ${all.total} heroes`);
      let found = await cards(page);
      assert.ok(
        found.some((c) => c.name === wanted.name && c.href === wanted.href),
        `"${wanted.name}" is not among ${found.map((c) => c.name).join(', ')}`,
      );
      assert.equal(await search.inputValue(), wanted.name, 'the search box keeps the query');

      // A topic word.
      await search.fill('serverless');
      await clickAndWait(page, searchButton, (u) => u.searchParams.get('q') === 'serverless');
      count = await resultCount(page);
      assert.ok(count.total > 0, `searching "serverless" gave "${count.text}"`);
      found = await cards(page);
      assert.ok(found.length > 0);

      // Gibberish: the helpful empty state, and a way out.
      await search.fill('qzxvjkwpf');
      await clickAndWait(page, searchButton, (u) => u.searchParams.get('q') === 'qzxvjkwpf');
      count = await resultCount(page);
      assert.equal(count.total, 0, `gibberish gave "${count.text}"`);
      assert.equal(await page.locator('li.hero-card').count(), 0);
      const empty = page.locator('.empty-state');
      assert.equal(
        squash(await empty.getByRole('heading', { level: 2 }).textContent()),
        'No heroes match these filters',
      );
      const clear = empty.getByRole('link', { name: 'Clear all filters', exact: true });
      assert.ok(await clear.isVisible(), 'the empty state offers "Clear all filters"');
      await clickAndWait(page, clear, (u) => u.pathname === '/heroes' && !u.search);
      const back = await resultCount(page);
      assert.equal(back.total, all.total, 'clearing the filters shows everyone again');
      assert.equal(await search.inputValue(), '');
    }));

  test('shows results as you type, best match first, and the address follows', { timeout: TEST_TIMEOUT }, () =>
    withPage(async (page) => {
      await visit(page, '/heroes');
      const all = await resultCount(page);
      const wanted = (await cards(page))[3];
      const search = page.getByRole('searchbox', { name: 'Search heroes' });
      // Typed, never submitted: the results follow after a pause.
      await search.pressSequentially(wanted.name, { delay: 20 });
      await page.waitForURL((u) => u.searchParams.get('q') === wanted.name);
      await page.waitForFunction((total) => !document.getElementById('result-count')?.textContent?.includes(`of ${total} heroes`), all.total);
      const found = await cards(page);
      assert.equal(found[0]?.href, wanted.href, `the best match for "${wanted.name}" comes first: ${found.map((c) => c.name)}`);
      assert.equal(await page.locator('#sort').inputValue(), '', 'the sort menu shows the default (best match)');
      assert.equal(await search.inputValue(), wanted.name, 'the box keeps what was typed');
      // Emptied, the listing comes back.
      await search.fill('');
      await page.waitForURL((u) => !u.searchParams.has('q'));
      await page.waitForFunction((text) => document.getElementById('result-count')?.textContent?.trim() === text, all.text);
    }));

  test('pages forward with "Next →" and back with "← Previous"', { timeout: TEST_TIMEOUT }, () =>
    withPage(async (page) => {
      await visit(page, '/heroes');
      const one = await resultCount(page);
      const pageOne = await cards(page);
      const nav = page.locator('nav.pagination');
      assert.equal(await nav.locator('a[rel=prev]').count(), 0, 'no "previous" on the first page');
      const next = nav.locator('a[rel=next]');
      assert.equal(squash(await next.textContent()), 'Next →');

      await clickAndWait(page, next, (u) => u.searchParams.get('page') === '2');
      const two = await resultCount(page);
      assert.equal(two.total, one.total);
      assert.equal(two.first, one.last + 1, `page 2 says "${two.text}"`);
      const pageTwo = await cards(page);
      assert.equal(pageTwo.length, two.last - two.first + 1);
      const onOne = new Set(pageOne.map((c) => c.href));
      for (const card of pageTwo) assert.ok(!onOne.has(card.href), `${card.name} is on both pages`);
      assert.equal(squash(await nav.locator('a[aria-current=page]').textContent()), '2');

      const prev = nav.locator('a[rel=prev]');
      assert.equal(squash(await prev.textContent()), '← Previous');
      await clickAndWait(page, prev, (u) => u.pathname === '/heroes' && (u.searchParams.get('page') ?? '1') === '1');
      const again = await resultCount(page);
      assert.equal(again.text, one.text);
      assert.deepEqual(
        (await cards(page)).map((c) => c.href),
        pageOne.map((c) => c.href),
        'back on page 1 with the same cards',
      );
      assert.equal(squash(await nav.locator('a[aria-current=page]').textContent()), '1');
      assert.equal(currentUrl(page).searchParams.get('page') ?? '1', '1');
    }));
});
