// Reading the mail heroes sent: e2e/run points `--smtp-url` at an aiosmtpd sink that writes every
// message into a Maildir (HEROES_E2E_MAILDIR). The server's delivery loop polls its outbox every
// 2 s, so a mail shows up in `new/` a few seconds after the request that queued it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BASE_URL } from './browser.mjs';

/** How long to wait for one mail (milliseconds): a few delivery rounds. */
export const MAIL_TIMEOUT = 20_000;

export const MAILDIR = process.env.HEROES_E2E_MAILDIR;

function requireMaildir() {
  if (!MAILDIR) {
    throw new Error('HEROES_E2E_MAILDIR is not set: e2e/run starts the SMTP sink and sets it.');
  }
  return MAILDIR;
}

/** Messages already handed out by `waitForMail` in this process (by file name). */
const taken = new Set();

/** Headers of a MIME entity (folded lines joined), keys lower-cased; the first value wins. */
function parseHeaders(block) {
  const headers = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    if (!(key in headers)) headers[key] = line.slice(colon + 1).trim();
  }
  return headers;
}

function splitEntity(raw) {
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return { headers: parseHeaders(raw), body: '' };
  return { headers: parseHeaders(raw.slice(0, m.index)), body: raw.slice(m.index + m[0].length) };
}

/** Quoted-printable: soft line breaks (`=` at a line end) go, `=XX` becomes that byte (UTF-8). */
export function decodeQuotedPrintable(text) {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < joined.length; i += 1) {
    const c = joined[i];
    if (c === '=' && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeBody(headers, body) {
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

/** RFC 2047 encoded words (`=?utf-8?b?…?=`, `=?utf-8?q?…?=`) in a header value. */
function decodeWords(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, _charset, kind, data) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

/** Leaf parts of a (possibly nested) multipart entity as { type, text }. */
function leafParts(headers, body) {
  const type = headers['content-type'] ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!/^multipart\//i.test(type) || !boundary) {
    return [{ type: type.split(';')[0].trim().toLowerCase(), text: decodeBody(headers, body) }];
  }
  const parts = [];
  const chunks = body.split(`--${boundary}`);
  // chunks[0] is the preamble; the chunk starting with "--" is the epilogue after the end.
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    const entity = splitEntity(chunk.replace(/^\r?\n/, ''));
    parts.push(...leafParts(entity.headers, entity.body.replace(/\r?\n$/, '')));
  }
  return parts;
}

/** A Maildir message parsed: { file, to, rcptTo, subject, text, html, links }. */
export function parseMail(raw, file = '') {
  const { headers, body } = splitEntity(raw);
  const parts = leafParts(headers, body);
  const text = parts.filter((p) => p.type === 'text/plain').map((p) => p.text).join('\n');
  const html = parts.filter((p) => p.type === 'text/html').map((p) => p.text).join('\n');
  return {
    file,
    headers,
    to: decodeWords(headers.to ?? ''),
    rcptTo: headers['x-rcptto'] ?? '',
    subject: decodeWords(headers.subject ?? ''),
    text,
    html,
    links: linksIn(text || html),
  };
}

/** Every link to the server under test in `text`, in order (the server's base URL is http://BIND). */
export function linksIn(text) {
  const escaped = BASE_URL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`${escaped}/[^\\s"'<>]*`, 'g');
  return [...text.matchAll(re)].map((m) => m[0].replace(/&amp;/g, '&'));
}

function addressedTo(mail, address) {
  const wanted = address.toLowerCase();
  const listed = `${mail.rcptTo},${mail.to}`.toLowerCase();
  return listed.split(/[,\s<>]+/).includes(wanted);
}

function messagesInNew() {
  const dir = join(requireMaildir(), 'new');
  let names;
  try {
    names = readdirSync(dir);
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  return names.filter((name) => !name.startsWith('.')).sort().map((name) => join(dir, name));
}

/**
 * Waits (at most `timeout` ms) for a mail to `address` in the Maildir's `new/` whose subject
 * matches `subject` (a string to contain or a RegExp) if given, and that this process has not
 * handed out before. Returns the parsed mail; fails with the subjects that did arrive.
 */
export async function waitForMail(address, { subject, timeout = MAIL_TIMEOUT } = {}) {
  const deadline = Date.now() + timeout;
  const matchesSubject = (s) =>
    subject === undefined || (subject instanceof RegExp ? subject.test(s) : s.includes(subject));
  let seen = [];
  for (;;) {
    seen = [];
    for (const file of messagesInNew()) {
      if (taken.has(file)) continue;
      const mail = parseMail(readFileSync(file, 'utf8'), file);
      if (!addressedTo(mail, address)) continue;
      seen.push(mail.subject);
      if (!matchesSubject(mail.subject)) continue;
      taken.add(file);
      return mail;
    }
    if (Date.now() >= deadline) break;
    await sleep(250);
  }
  throw new Error(
    `no mail to ${address}${subject ? ` with subject ${subject}` : ''} within ${timeout} ms` +
      ` (unclaimed mail to that address: ${seen.length ? seen.map((s) => `"${s}"`).join(', ') : 'none'})`,
  );
}

/** Waits for a mail (see `waitForMail`) and returns it with its first link to the server. */
export async function waitForLink(address, options = {}) {
  const mail = await waitForMail(address, options);
  const [link] = mail.links;
  if (!link) {
    throw new Error(`the mail "${mail.subject}" to ${address} has no ${BASE_URL}/… link:\n${mail.text || mail.html}`);
  }
  return { mail, link };
}
