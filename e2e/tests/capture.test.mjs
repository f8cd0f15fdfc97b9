// Automatic capture, as a hero meets it: register a feed at /account/sources, the server's own
// workers poll it (a Node web server on 127.0.0.1; e2e/run allows loopback fetches), the items
// arrive at /account/suggestions, one is claimed (the public page and the Atom feed show it),
// the other declined (a second poll with "Look now" does not offer it again). A feed address
// that answers 500 shows the failure on the sources page.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, before, test } from 'node:test';
import {
  BASE_URL,
  TEST_TIMEOUT,
  clickAndWait,
  currentUrl,
  ensureScreenshotDir,
  launch,
  openPage,
  squash,
  submitAndLoad,
  visit,
} from '../lib/browser.mjs';
import {
  createAccount,
  directorySlugs,
  heading,
  linkToFreeHero,
  signIn,
  unexpectedProblems,
} from '../lib/accounts.mjs';
import { assertNoBlockingViolations } from '../lib/axe.mjs';
import { rss, startFeedServer } from '../lib/feed-server.mjs';
import { MAIL_TIMEOUT } from '../lib/mail.mjs';

/** How long one poll by the workers may take to show (they look for due jobs every 2 s). */
const CAPTURE_TIMEOUT = 30_000;
/** Pause between two reloads while waiting for the workers. */
const RELOAD_EVERY = 500;
const DAY = 24 * 60 * 60 * 1000;

/** A tag for this run: titles and addresses never repeat across runs against one database. */
const TAG = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

let browser;
let feeds;
before(async () => {
  browser = await launch();
  feeds = await startFeedServer();
});
after(async () => {
  await feeds?.close();
  await browser?.close();
});

/** A verified account, linked to a demo hero with `heroes admin link-hero`, signed in. */
async function signedInHero(page, label, skip) {
  const account = await createAccount(page, { label, name: 'Capture Tester' });
  const slug = await linkToFreeHero(account.email, await directorySlugs(page), skip);
  await signIn(page, account);
  return { ...account, slug };
}

/** The `li.source` of the source whose address is `target`. */
function sourceItem(page, target) {
  return page.locator('li.source').filter({ has: page.locator('strong', { hasText: target }) });
}

/** When a source is looked at next (its `data-next-look` time) as a Date, or null when none is shown. */
async function nextLook(item) {
  // The text is in the reader's language and zone; the attribute is the machine's time.
  const at = await item.locator('.source-state').getAttribute('data-next-look');
  return at ? new Date(at) : null;
}

/**
 * Reloads `path` until `ready(page)` resolves truthy, for at most `timeout` ms; fails with
 * `describe(page)` (what the page showed last) when it never does.
 */
async function waitForPage(page, path, ready, { what, describe, timeout = CAPTURE_TIMEOUT }) {
  const deadline = Date.now() + timeout;
  for (;;) {
    await visit(page, path);
    if (await ready(page)) return;
    if (Date.now() >= deadline) {
      const shown = describe ? await describe(page) : squash(await page.locator('main').textContent());
      throw new Error(`${what}: not within ${timeout} ms; ${path} showed: ${shown}`);
    }
    await sleep(RELOAD_EVERY);
  }
}

/** Adds a feed source with the form on /account/sources and checks the "Added." notice. */
async function addFeed(page, address) {
  await visit(page, '/account/sources');
  await page.getByRole('radio', { name: /^A feed/ }).check();
  await page.getByLabel('Address or GitHub user name', { exact: true }).fill(address);
  await clickAndWait(
    page,
    page.getByRole('button', { name: 'Add source', exact: true }),
    (u) => u.pathname === '/account/sources' && u.searchParams.get('notice') === 'added',
  );
  assert.match(squash(await page.getByRole('status').textContent()), /^Added\./);
  assert.equal(await sourceItem(page, address).count(), 1, `the new source ${address} is listed`);
}

/**
 * The accessible name of a suggestion's button: the visible verb plus the title in a visually
 * hidden span (": TITLE"); Chromium puts a space before the colon, the span being positioned.
 */
function actionOn(verb, title) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(verb)}\\s*:\\s*${escape(title)}$`);
}

async function screenshot(page, name) {
  await page.screenshot({ path: join(ensureScreenshotDir(), `${name}.png`), fullPage: true, timeout: 15_000 });
}

/** The entries of an Atom document as { title, link, author } (the author's uri). */
function atomEntries(xml) {
  const unescape = (text) =>
    text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#(39|x27);/g, "'").replace(/&amp;/g, '&');
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, body]) => ({
    title: unescape(/<title\b[^>]*>([\s\S]*?)<\/title>/.exec(body)?.[1] ?? ''),
    link: unescape(/<link\b[^>]*\bhref="([^"]*)"/.exec(body)?.[1] ?? ''),
    author: unescape(/<author>[\s\S]*?<uri>([\s\S]*?)<\/uri>/.exec(body)?.[1] ?? ''),
  }));
}

/** The text of the public profile's contribution count ("Recent contributions N"). */
async function contributionTotal(page) {
  return Number(squash(await page.locator('#recent .count').textContent()));
}

test(
  'a feed becomes suggestions: claim one, decline the other, which is not offered again',
  { timeout: TEST_TIMEOUT + MAIL_TIMEOUT + 2 * CAPTURE_TIMEOUT },
  async () => {
    const { context, page, problems } = await openPage(browser);
    try {
      // The hero's blog: two new posts, the newer first in the suggestions.
      const path = `/${TAG}/feed.xml`;
      const now = Date.now();
      const claimed = {
        title: `Tracing cold starts end to end (e2e ${TAG})`,
        link: `https://blog.example.org/${TAG}-1`,
        published: new Date(now - 60 * 60 * 1000),
        description: 'What a trace shows about the first request.',
      };
      const declined = {
        title: `Notes from a meetup I did not speak at (e2e ${TAG})`,
        link: `https://blog.example.org/${TAG}-2`,
        published: new Date(now - 6 * DAY),
        description: 'Somebody else wrote this one.',
      };
      const address = feeds.serve(path, {
        body: rss({ title: 'A hero writes', link: 'https://blog.example.org/', items: [claimed, declined] }),
      });

      const hero = await signedInHero(page, 'capture', 10);
      await visit(page, `/heroes/${hero.slug}`);
      const totalBefore = await contributionTotal(page);

      // 1. No sources yet; add the feed.
      await visit(page, '/account/sources');
      assert.equal(await heading(page), 'Where you publish');
      assert.ok(await page.getByText('No sources yet.', { exact: true }).isVisible(), 'the empty state');
      await addFeed(page, address);

      // 2. The workers poll it: "Last looked" and the link to the two suggestions.
      const source = sourceItem(page, address);
      const waiting = page.getByRole('link', { name: '2 new items are waiting for you', exact: true });
      await waitForPage(
        page,
        '/account/sources',
        async () => /Last looked: /.test(squash(await source.textContent())) && (await waiting.count()) === 1,
        {
          what: 'the first poll of the feed',
          describe: async () =>
            `${squash(await page.locator('section.form-page').textContent())} (the feed was requested ${feeds.hits(path)} time(s))`,
        },
      );
      assert.ok(feeds.hits(path) >= 1, 'the workers fetched the feed');
      assert.doesNotMatch(squash(await source.textContent()), /Last attempt failed/);
      const next = await nextLook(source);
      assert.ok(next && next.getTime() > Date.now() + 30 * 60 * 1000, `the next look is about an hour away: ${next}`);
      await screenshot(page, 'capture-sources');
      await assertNoBlockingViolations(page, '/account/sources (a polled feed, suggestions waiting)');

      // 3. The suggestions, newest first, linking to the posts.
      await clickAndWait(page, waiting, (u) => u.pathname === '/account/suggestions');
      assert.equal(await heading(page), 'Found for your log');
      const items = page.locator('li.suggestion');
      assert.equal(await items.count(), 2, 'two suggestions');
      for (const [i, post] of [claimed, declined].entries()) {
        const item = items.nth(i);
        const link = item.getByRole('link', { name: post.title, exact: true });
        assert.equal(await link.getAttribute('href'), post.link, `suggestion ${i + 1} links to the post`);
        assert.equal(
          await item.locator('time').getAttribute('datetime'),
          post.published.toISOString().slice(0, 10),
          `suggestion ${i + 1} carries the post's date`,
        );
        assert.match(squash(await item.locator('.mark').textContent()), /^Blog post$/);
        assert.equal(squash(await item.locator('.suggestion-description').textContent()), post.description);
      }
      await screenshot(page, 'capture-suggestions');
      await assertNoBlockingViolations(page, '/account/suggestions (two suggestions)');

      // 4. Claim the first ("Claim", named with the title for screen readers)...
      await clickAndWait(
        page,
        items.first().getByRole('button', { name: actionOn('Claim', claimed.title) }),
        (u) => u.searchParams.get('notice') === 'claimed',
      );
      assert.equal(currentUrl(page).pathname, '/account/suggestions');
      assert.equal(squash(await page.getByRole('status').textContent()), 'Added to your log.');
      assert.equal(await items.count(), 1, 'one suggestion left');
      assert.equal(squash(await items.first().getByRole('link').textContent()), declined.title);

      // ...and decline the second ("Not mine").
      await clickAndWait(
        page,
        items.first().getByRole('button', { name: actionOn('Not mine', declined.title) }),
        (u) => u.searchParams.get('notice') === 'declined',
      );
      assert.equal(squash(await page.getByRole('status').textContent()), 'It will not be offered again.');
      assert.equal(await items.count(), 0, 'nothing listed any more');
      assert.ok(await page.getByText('Nothing waiting.').isVisible(), 'the empty state');

      // 5. The public page lists the claimed post (and only that one)...
      await visit(page, `/heroes/${hero.slug}`);
      const recent = page.locator('ul.contribution-list');
      const shown = recent.getByRole('link', { name: claimed.title, exact: true });
      assert.equal(await shown.count(), 1, 'the claimed post is on the public page');
      assert.equal(await shown.getAttribute('href'), claimed.link);
      assert.equal(await page.getByText(declined.title).count(), 0, 'the declined post is not');
      assert.equal(await contributionTotal(page), totalBefore + 1, 'one more contribution');

      // ...and so does the Atom feed of all contributions.
      const atom = await page.request.get('/feeds/contributions.atom', { timeout: 15_000 });
      assert.equal(atom.status(), 200);
      assert.match(atom.headers()['content-type'] ?? '', /^application\/atom\+xml/);
      const entries = atomEntries(await atom.text());
      const entry = entries.find((e) => e.title === claimed.title);
      assert.ok(entry, `the Atom feed has the claimed post among ${entries.length} entries`);
      assert.equal(entry.link, claimed.link, 'the entry links the post');
      assert.equal(entry.author, `${BASE_URL}/heroes/${hero.slug}`, 'the entry names the hero');
      assert.ok(!entries.some((e) => e.title === declined.title), 'the Atom feed lacks the declined post');

      // 6. "Look now": the feed is read again (it still has both posts), nothing is offered.
      await visit(page, '/account/sources');
      const hitsBefore = feeds.hits(path);
      await clickAndWait(
        page,
        source.getByRole('button', { name: 'Look now', exact: true }),
        (u) => u.searchParams.get('notice') === 'polling',
      );
      assert.equal(currentUrl(page).pathname, '/account/sources');
      assert.match(squash(await page.getByRole('status').textContent()), /looks at it again within a minute/);
      const lookedAt = Date.now();
      // Done once the feed was requested again and the source is scheduled an hour ahead.
      await waitForPage(
        page,
        '/account/sources',
        async () => {
          if (feeds.hits(path) <= hitsBefore) return false;
          const at = await nextLook(source);
          return at !== null && at.getTime() > lookedAt + 30 * 60 * 1000;
        },
        {
          what: 'the second poll of the feed ("Look now")',
          describe: async () =>
            `${squash(await source.textContent())} (the feed was requested ${feeds.hits(path)} time(s), ${hitsBefore} before "Look now")`,
        },
      );
      assert.doesNotMatch(squash(await source.textContent()), /Last attempt failed/);
      assert.equal(await page.getByRole('link', { name: /waiting for you/ }).count(), 0, 'nothing waiting');
      await visit(page, '/account/suggestions');
      assert.equal(await page.locator('li.suggestion').count(), 0, 'the declined post is not offered again');
      assert.equal(await page.getByText(declined.title).count(), 0);
      assert.equal(await page.getByText(claimed.title).count(), 0);
      await visit(page, `/heroes/${hero.slug}`);
      assert.equal(await contributionTotal(page), totalBefore + 1, 'the claimed post is logged once');

      assert.deepEqual(problems, [], 'failed or external requests');
    } finally {
      await context.close();
    }
  },
);

test(
  'a feed address that answers 500 shows the failure on the sources page',
  { timeout: TEST_TIMEOUT + MAIL_TIMEOUT + CAPTURE_TIMEOUT },
  async () => {
    const { context, page, problems } = await openPage(browser);
    try {
      const path = `/${TAG}/broken.xml`;
      const address = feeds.serve(path, { status: 500, type: 'text/plain; charset=utf-8', body: 'boom\n' });
      await signedInHero(page, 'capture-broken', 15);

      // An empty address is refused at the field.
      await visit(page, '/account/sources');
      // The hero may already have suggestions from elsewhere (a talk at a demo event); the
      // failing feed must add none.
      const waiting = page.getByRole('link', { name: /waiting for you/ });
      const waitingBefore = (await waiting.count()) ? squash(await waiting.first().textContent()) : '';
      const field = page.getByLabel('Address or GitHub user name', { exact: true });
      const refused = await submitAndLoad(page, page.getByRole('button', { name: 'Add source', exact: true }));
      assert.equal(refused?.status(), 422, 'an empty address answers 422');
      assert.ok(await page.locator('#target-error').isVisible(), 'an error at the address field');
      assert.equal(await field.getAttribute('aria-invalid'), 'true');
      assert.match((await field.getAttribute('aria-describedby')) ?? '', /\btarget-error\b/);

      await addFeed(page, address);

      // The same address twice is refused too.
      await page.getByLabel('Address or GitHub user name', { exact: true }).fill(address);
      const twice = await submitAndLoad(page, page.getByRole('button', { name: 'Add source', exact: true }));
      assert.equal(twice?.status(), 422, 'a duplicate answers 422');
      assert.equal(squash(await page.locator('#target-error').textContent()), 'You already added this source.');
      assert.equal(await sourceItem(page, address).count(), 1, 'listed once');

      const source = sourceItem(page, address);
      const expected = 'Last attempt failed: the server answered with HTTP status 500.';
      await waitForPage(
        page,
        '/account/sources',
        async () => squash(await source.textContent()).includes(expected),
        {
          what: `"${expected}"`,
          describe: async () =>
            `${squash(await source.textContent())} (the address was requested ${feeds.hits(path)} time(s))`,
        },
      );
      assert.ok(feeds.hits(path) >= 1, 'the workers tried the address');
      assert.match(squash(await source.textContent()), /Not looked at yet\./, 'never read successfully');
      const waitingAfter = (await waiting.count()) ? squash(await waiting.first().textContent()) : '';
      assert.equal(waitingAfter, waitingBefore, 'nothing new waiting');
      await screenshot(page, 'capture-sources-failed');
      await assertNoBlockingViolations(page, '/account/sources (a failing feed)');

      assert.deepEqual(
        unexpectedProblems(problems, [`422 for ${BASE_URL}/account/sources`, `422 for ${BASE_URL}/account/sources`]),
        [],
        'failed or external requests',
      );
    } finally {
      await context.close();
    }
  },
);
