// Groups and events, end to end in the browser (issue 15): a member proposes a group, an admin
// approves it, the leader schedules an event for two with a hero speaker, three members RSVP
// (the third waits), one cancels, the third is promoted and mailed, the `.ics` downloads, and
// after the event (the leader records it as held) the hero claims the talk. The map of
// /groups renders, the leader gives the group a logo (a wrong file first, refused with the
// reason), finds speaker suggestions, opens the check-in list and mails the members. axe runs
// on every page these features added.
//
// The steps are tests of one `describe`, run in order; each needs the ones before it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import {
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
import { createUser, directorySlugs, linkToFreeHero, signIn } from '../lib/accounts.mjs';
import { assertNoBlockingViolations } from '../lib/axe.mjs';
import { waitForMail } from '../lib/mail.mjs';

/** Screenshot into e2e/screenshots/groups-NAME.png, then axe (no serious or critical finding). */
async function checkPage(page, name) {
  await page.screenshot({ path: join(ensureScreenshotDir(), `groups-${name}.png`), fullPage: true, timeout: 15_000 });
  await assertNoBlockingViolations(page, `${currentUrl(page).pathname} (${name})`);
}

/** `YYYY-MM-DDTHH:MM` for a `datetime-local` field, `days` from now (UTC wall clock). */
function local(days, hour) {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString().slice(0, 16);
}

/** CRC-32 as PNG chunks need it (node 20 has no zlib.crc32). */
function crc32(bytes) {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A `size` × `size` RGBA PNG: a blue disc on a transparent square (a typical logo). */
function logoPng(size = 96) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter, no interlace
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then pixels
    for (let x = 0; x < size; x++) {
      const inside = (x - size / 2) ** 2 + (y - size / 2) ** 2 < (size / 2.5) ** 2;
      if (inside) row.set([20, 60, 200, 255], 1 + x * 4);
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function signedIn(browser, label, roles = []) {
  const account = await createUser({ label, name: `Groups ${label}`, roles });
  const person = { account, ...(await openPage(browser)) };
  await signIn(person.page, account);
  return person;
}

describe('groups: propose → approve → event with a waitlist → talk claimed', { timeout: 20 * TEST_TIMEOUT }, () => {
  let browser;
  const people = {};
  const name = `E2E Lagos Builders ${randomBytes(3).toString('hex')}`;
  const talk = `Cold starts, measured ${randomBytes(2).toString('hex')}`;
  let slug;
  let eventPath;
  let heroSlug;

  before(async () => {
    browser = await launch();
  });
  after(async () => {
    for (const person of Object.values(people)) await person.context.close();
    await browser?.close();
  });

  test('the map of /groups renders, and a member proposes a group', async () => {
    people.leader = await signedIn(browser, 'leader');
    const { page } = people.leader;
    await visit(page, '/groups');
    assert.ok((await page.locator('svg path').count()) >= 1, 'the land is drawn');
    assert.ok((await page.locator('svg a').count()) >= 1, 'the demo groups have marks');
    // Drawn on the page, not an empty box: the map and its land have a size.
    const map = await page.locator('figure.group-map svg').boundingBox();
    assert.ok(map && map.width > 300 && map.height > 100, `the map is ${JSON.stringify(map)}`);
    const land = await page.locator('figure.group-map svg path').first().boundingBox();
    assert.ok(land && land.width > map.width / 2, 'the land fills the map');
    await visit(page, '/events');
    await checkPage(page, 'events');
    await checkPage(page, 'directory');
    await visit(page, '/groups?q=lagos');
    assert.match(squash(await page.locator('main').textContent()), /Lagos/);
    await visit(page, '/groups/new');
    await checkPage(page, 'propose');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('City', { exact: true }).fill('Lagos');
    await page.getByLabel('Country', { exact: true }).selectOption('NG');
    await page.getByLabel(/^Description/).fill('We meet **monthly** to build on the cloud.');
    await clickAndWait(page, page.getByRole('button', { name: 'Propose the group' }), (u) => /^\/groups\/[^/]+$/.test(u.pathname));
    slug = currentUrl(page).pathname.slice('/groups/'.length);
  });

  test('an admin approves it', async () => {
    people.admin = await signedIn(browser, 'admin', ['admin']);
    const { page } = people.admin;
    await visit(page, '/admin/groups');
    await checkPage(page, 'admin');
    await clickAndWait(page, page.getByRole('button', { name: `Approve ${name}` }), (u) => u.pathname === '/admin/groups' && u.search.includes('notice'));
    await visit(page, `/groups/${slug}`);
    assert.match(squash(await page.locator('main').textContent()), new RegExp(name));
  });

  test('the leader gives the group a logo, after a wrong file is refused with the reason', async () => {
    const { page } = people.leader;
    await visit(page, `/groups/${slug}/edit`);
    await checkPage(page, 'edit');
    const field = page.getByLabel('Logo', { exact: true });
    await field.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"></svg>') });
    const refused = await submitAndLoad(page, page.getByRole('button', { name: 'Upload logo' }));
    assert.equal(refused?.status(), 422);
    assert.match(squash(await page.locator('#logo-error').textContent()), /not a JPEG, PNG or WebP/);
    await checkPage(page, 'logo-refused');
    await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logoPng() });
    await clickAndWait(page, page.getByRole('button', { name: 'Upload logo' }), (u) => u.searchParams.get('notice') === 'logo');
    const logo = page.locator('main img.group-logo');
    assert.equal(await logo.getAttribute('alt'), `Logo of ${name}`);
    // The image really loaded (decoded by the browser), not a broken link.
    assert.ok(await logo.evaluate((img) => img.complete && img.naturalWidth === 96), 'the logo is displayed');
    await checkPage(page, 'group');
    await visit(page, `/groups?q=${encodeURIComponent(name)}`);
    const card = page.locator(`main li:has(a[href="/groups/${slug}"]) img.group-logo`);
    assert.ok(await card.evaluate((img) => img.complete && img.naturalWidth > 0), 'the card shows the logo');
    await checkPage(page, 'directory-logo');
  });

  test('the leader schedules an event for two with a hero speaker', async () => {
    people.hero = { account: await createUser({ label: 'speaker', name: 'Groups Speaker' }) };
    Object.assign(people.hero, await openPage(browser));
    heroSlug = await linkToFreeHero(people.hero.account.email, await directorySlugs(people.hero.page), 11);
    await signIn(people.hero.page, people.hero.account);
    const { page } = people.leader;
    await visit(page, `/groups/${slug}/events/new`);
    await checkPage(page, 'event-form');
    await page.getByLabel('Title', { exact: true }).fill('Serverless night');
    await page.getByLabel('Starts (local time)').fill(local(7, 18));
    await page.getByLabel('Ends (local time)').fill(local(7, 20));
    await page.locator('#time_zone').fill('Africa/Lagos');
    await page.getByLabel('Venue', { exact: true }).fill('Co-Creation Hub');
    await page.getByLabel(/^Capacity/).fill('2');
    await page.getByLabel(/^Speakers/).fill(`${heroSlug} | ${talk}`);
    await clickAndWait(page, page.getByRole('button', { name: 'Save the event' }), (u) => /^\/events\/\d+$/.test(u.pathname));
    eventPath = currentUrl(page).pathname;
    await checkPage(page, 'event');
    await visit(page, `${eventPath}/speakers`);
    await checkPage(page, 'speakers');
    await visit(page, `${eventPath}/check-in`);
    await checkPage(page, 'check-in');
  });

  test('three members answer: two go, the third waits', async () => {
    for (const who of ['first', 'second', 'third']) {
      people[who] = await signedIn(browser, who);
      const { page } = people[who];
      await visit(page, eventPath);
      await clickAndWait(page, page.getByRole('button', { name: "I'm coming" }), (u) => u.searchParams.has('notice'));
    }
    assert.match(squash(await people.second.page.getByRole('status').textContent()), /You have a place/);
    assert.match(squash(await people.third.page.getByRole('status').textContent()), /waitlist/);
  });

  test('one cancels; the third is promoted and mailed', async () => {
    const { page } = people.first;
    await clickAndWait(page, page.getByRole('button', { name: "I can't come after all" }), (u) => u.searchParams.get('notice') === 'cancelled');
    const mail = await waitForMail(people.third.account.email, { subject: /A place came free/ });
    assert.match(mail.subject, /Serverless night/);
    await visit(people.third.page, eventPath);
    assert.ok(await people.third.page.getByRole('button', { name: "I can't come after all" }).isVisible());
  });

  test('the .ics downloads', async () => {
    const { page } = people.third;
    const response = await page.request.get(`${eventPath}/event.ics`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /text\/calendar/);
    const body = await response.text();
    assert.match(body, /BEGIN:VCALENDAR/);
    assert.match(body, /SUMMARY:Serverless night/);
  });

  test('the leader mails the members', async () => {
    const { page } = people.leader;
    await visit(page, `/groups/${slug}/mail`);
    await checkPage(page, 'mail');
  });

  test('after the event, the hero speaker claims the talk', async () => {
    const { page } = people.leader;
    await visit(page, `${eventPath}/edit`);
    await page.getByLabel('Starts (local time)').fill(local(-2, 18));
    await page.getByLabel('Ends (local time)').fill(local(-2, 20));
    await clickAndWait(page, page.getByRole('button', { name: 'Save the event' }), (u) => u.pathname === eventPath);
    const hero = people.hero.page;
    await visit(hero, '/account/speaking');
    await checkPage(hero, 'speaking');
    await visit(hero, '/account/suggestions');
    assert.match(squash(await hero.locator('main').textContent()), new RegExp(talk), 'the talk is offered');
    const claim = hero.getByRole('button', { name: new RegExp(`^Claim.*${talk}`) });
    await submitAndLoad(hero, claim);
    await visit(hero, '/account/contributions');
    assert.match(squash(await hero.locator('main').textContent()), new RegExp(talk));
  });
});
