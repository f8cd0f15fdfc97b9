// The program team's dashboard in the browser, against the demo program: an admin opens
// /admin/dashboard, narrows it to a region with the filter form, opens the world map of
// heroes (a server-drawn SVG with its title, description and table) and downloads its data
// as CSV with the link on the page. axe runs on the dashboard, the map and the renewal
// readiness chart; screenshots at desktop (1366 × 900) and phone (390 × 844) sizes go to
// e2e/screenshots/dashboard-*.png.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  TEST_TIMEOUT,
  clickAndWait,
  currentUrl,
  ensureScreenshotDir,
  launch,
  openPage,
  squash,
  visit,
} from '../lib/browser.mjs';
import { createUser, signIn } from '../lib/accounts.mjs';
import { assertNoBlockingViolations } from '../lib/axe.mjs';

const SIZES = [
  { suffix: '', viewport: { width: 1366, height: 900 } },
  { suffix: '-phone', viewport: { width: 390, height: 844 } },
];

/** Screenshot into e2e/screenshots/dashboard-NAME.png, axe, and no sideways scrolling. */
async function checkPage(page, name) {
  await page.screenshot({ path: join(ensureScreenshotDir(), `dashboard-${name}.png`), fullPage: true, timeout: 15_000 });
  await assertNoBlockingViolations(page, `${currentUrl(page).pathname} (${name})`);
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    return root.scrollWidth <= root.clientWidth + 1 ? null : `${root.scrollWidth} px wide`;
  });
  assert.equal(overflow, null, `${name} scrolls sideways`);
}

describe('dashboard: charts, the world map and its CSV', { timeout: 10 * TEST_TIMEOUT }, () => {
  let browser;
  let admin;

  before(async () => {
    browser = await launch();
    const account = await createUser({ label: 'dashboard-admin', name: 'Dashboard Admin', roles: ['admin'] });
    const session = await openPage(browser);
    try {
      await signIn(session.page, account);
      admin = await session.context.storageState();
    } finally {
      await session.context.close();
    }
  });
  after(async () => {
    await browser?.close();
  });

  for (const { suffix, viewport } of SIZES) {
    test(`the dashboard lists every panel${suffix}`, { timeout: TEST_TIMEOUT }, async () => {
      const { context, page, problems } = await openPage(browser, { viewport, storageState: admin });
      try {
        await visit(page, '/admin/dashboard');
        assert.equal(squash(await page.getByRole('heading', { level: 1 }).textContent()), 'Dashboard');
        for (const panel of ['Heroes', 'Activity and renewal', 'Briefings', 'Credits', 'Mentoring']) {
          assert.ok(await page.getByRole('heading', { level: 2, name: panel }).isVisible(), panel);
        }
        await checkPage(page, `index${suffix}`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });

    test(`the world map draws the heroes by country${suffix}`, { timeout: TEST_TIMEOUT }, async () => {
      const { context, page, problems } = await openPage(browser, { viewport, storageState: admin });
      try {
        await visit(page, '/admin/dashboard');
        // The filter form narrows every chart; the links keep the choice.
        await page.getByLabel('Region').selectOption('emea');
        await clickAndWait(page, page.getByRole('button', { name: 'Show' }), (u) => u.searchParams.get('region') === 'emea');
        await clickAndWait(page, page.getByRole('link', { name: 'World map of heroes' }), (u) => u.pathname === '/admin/dashboard/heroes-map');
        assert.equal(currentUrl(page).searchParams.get('region'), 'emea');
        const map = page.locator('svg.world-map[role="img"]');
        assert.equal(squash(await map.locator('title#heroes-map-title').textContent()), 'World map of heroes');
        assert.ok((await map.locator('circle').count()) > 0, 'the demo has heroes in EMEA');
        const rows = await page.locator('table tbody tr').count();
        assert.ok(rows > 0, 'the table repeats the data');
        await checkPage(page, `map${suffix}`);

        // The CSV link downloads the same data, filtered like the page.
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 15_000 }),
          page.getByRole('link', { name: 'Download the data (CSV)' }).click(),
        ]);
        assert.equal(download.suggestedFilename(), 'heroes-map.csv');
        const csv = await readFile(await download.path(), 'utf8');
        const lines = csv.trim().split('\r\n');
        assert.equal(lines[0], 'Country,Active,Alumni,On leave');
        assert.equal(lines.length - 1, rows, 'one CSV line per table row');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });

    test(`renewal readiness is a chart with its table${suffix}`, { timeout: TEST_TIMEOUT }, async () => {
      const { context, page, problems } = await openPage(browser, { viewport, storageState: admin });
      try {
        await visit(page, '/admin/dashboard/renewal-readiness');
        assert.ok(await page.locator('svg.chart[role="img"]').isVisible());
        const levels = await page.locator('table tbody th').allTextContents();
        assert.deepEqual(levels.map(squash), [
          'Ready',
          'Near (75–99 %)',
          'Halfway (50–74 %)',
          'Started (25–49 %)',
          'Far (under 25 %)',
        ]);
        await checkPage(page, `readiness${suffix}`);
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});
