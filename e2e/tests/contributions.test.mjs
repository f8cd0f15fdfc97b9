// The contribution stream filtered by kind.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TEST_TIMEOUT, clickAndWait, currentUrl, launch, openPage, squash, visit } from '../lib/browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function total(page) {
  const text = squash(await page.locator('p.result-count').textContent());
  // Counts are grouped per locale (English: "5,825 contributions").
  const m = /^([\d,]+) contributions?$/.exec(text);
  assert.ok(m, `unexpected count text "${text}"`);
  return Number(m[1].replaceAll(',', ''));
}

test('filters contributions by kind "Talk"', { timeout: TEST_TIMEOUT }, async () => {
  const { context, page, problems } = await openPage(browser);
  try {
    await visit(page, '/contributions');
    const all = await total(page);
    const kindsBefore = new Set((await page.locator('.contribution-list .kind').allTextContents()).map(squash));
    assert.ok(all > 0 && kindsBefore.size > 1, `the stream mixes kinds: ${[...kindsBefore]}`);

    const form = page.locator('form.stream-filters');
    await form.getByRole('checkbox', { name: 'Talk', exact: true }).check();
    await clickAndWait(page, form.getByRole('button', { name: 'Apply filters', exact: true }), (u) =>
      u.searchParams.has('kind'),
    );

    assert.equal(currentUrl(page).pathname, '/contributions');
    assert.deepEqual(currentUrl(page).searchParams.getAll('kind'), ['talk']);
    const talks = await total(page);
    assert.ok(talks > 0 && talks < all, `${talks} talks out of ${all} contributions`);
    const kinds = (await page.locator('.contribution-list .kind').allTextContents()).map(squash);
    assert.ok(kinds.length > 0, 'talks are listed');
    assert.deepEqual([...new Set(kinds)], ['Talk'], 'only talks are shown');
    assert.ok(await form.getByRole('checkbox', { name: 'Talk', exact: true }).isChecked(), 'the box stays ticked');
    assert.deepEqual(problems, [], 'failed or external requests');
  } finally {
    await context.close();
  }
});
