// Shared set-up for the browser suite: Debian's Chromium driven by playwright-core, pages that
// may only talk to the heroes server under test, and a few small helpers for assertions.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const raw = process.env.HEROES_E2E_URL;
if (!raw) {
  throw new Error('HEROES_E2E_URL is not set: start heroes (e2e/run does) and point it there.');
}
/** The server under test, without a trailing slash, e.g. http://127.0.0.1:18100 */
export const BASE_URL = raw.replace(/\/+$/, '');
const ORIGIN = new URL(BASE_URL).origin;

export const CHROMIUM_PATH = process.env.HEROES_E2E_CHROMIUM || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Per-action and per-navigation bounds (milliseconds). */
export const ACTION_TIMEOUT = 5_000;
export const NAVIGATION_TIMEOUT = 15_000;
/** Bound for one test (node:test `timeout` option). */
export const TEST_TIMEOUT = 45_000;

export const SCREENSHOT_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    timeout: 30_000,
  });
}

/**
 * A fresh context and page. Every request that is not for the server under test is aborted
 * (the pages must need no CDN, and the suite sends traffic to loopback only); such requests and
 * any same-origin response with a 4xx/5xx status are recorded in `problems`, for `assertNoProblems`.
 */
export async function openPage(browser, contextOptions = {}) {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    ...contextOptions,
  });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT);
  const problems = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${ORIGIN}/`) || url === ORIGIN) return route.continue();
    if (url.startsWith('data:')) return route.continue();
    problems.push(`blocked external request: ${url}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url().startsWith(ORIGIN)) {
      problems.push(`${response.status()} for ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return { context, page, problems };
}

/** Navigate and insist on a 200 answer. */
export async function visit(page, path) {
  const response = await page.goto(path, { waitUntil: 'load' });
  if (!response || response.status() !== 200) {
    throw new Error(`GET ${path} answered ${response ? response.status() : 'nothing'}`);
  }
  return response;
}

/** Click something that submits a form or follows a link, then wait for the new page. */
export async function clickAndWait(page, locator, urlPredicate) {
  const before = page.url();
  await locator.click();
  await page.waitForURL(urlPredicate ?? ((url) => url.href !== before), { waitUntil: 'load' });
}

/**
 * Click something that submits a form, then wait for the next document to load, even when it
 * has the same URL (a form shown again with errors, or a notice answering a POST). Returns the
 * last main-frame navigation response (after any redirect), for its status.
 */
export async function submitAndLoad(page, locator) {
  const responses = [];
  const onResponse = (response) => {
    if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) {
      responses.push(response);
    }
  };
  page.on('response', onResponse);
  try {
    await Promise.all([page.waitForEvent('load', { timeout: NAVIGATION_TIMEOUT }), locator.click()]);
  } finally {
    page.off('response', onResponse);
  }
  return responses.at(-1);
}

export function ensureScreenshotDir() {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return SCREENSHOT_DIR;
}

export function currentUrl(page) {
  return new URL(page.url());
}

export function squash(text) {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
