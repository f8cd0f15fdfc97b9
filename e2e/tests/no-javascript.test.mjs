// The directory is complete without JavaScript: the filter journey with scripts disabled.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { TEST_TIMEOUT, clickAndWait, launch, openPage } from '../lib/browser.mjs';
import { cards, filterJourney, resultCount } from '../lib/directory.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('filters and pages with JavaScript disabled', { timeout: TEST_TIMEOUT }, async () => {
  const { context, page, problems } = await openPage(browser, { javaScriptEnabled: false });
  try {
    // Prove scripts are really off: an inline script must not run.
    await page.setContent('<p id="probe">static</p><script>document.getElementById("probe").textContent = "ran"</script>');
    assert.equal(await page.locator('#probe').textContent(), 'static', 'JavaScript is disabled');
    await filterJourney(page, { specialization: 'security' });
    // And pagination, on the unfiltered directory.
    await page.goto('/heroes');
    const one = await resultCount(page);
    await clickAndWait(page, page.locator('nav.pagination a[rel=next]'), (u) => u.searchParams.get('page') === '2');
    const two = await resultCount(page);
    assert.equal(two.first, one.last + 1);
    assert.ok((await cards(page)).length > 0);
    assert.deepEqual(problems, [], 'failed or external requests');
  } finally {
    await context.close();
  }
});
