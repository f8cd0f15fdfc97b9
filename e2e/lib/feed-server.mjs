// A small web site on 127.0.0.1 for the capture workers to poll (e2e/run starts heroes with
// `--fetch-allow-loopback`): RSS 2.0 feeds and broken addresses, registered per test, with a
// count of the requests each path received (to know that a poll really happened).
import { createServer } from 'node:http';

/** Bound for starting and stopping the server (milliseconds). */
const LISTEN_TIMEOUT = 5_000;

function xmlEscape(text) {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * An RSS 2.0 document. `items` are { title, link, published (a Date), description }; dates are
 * written in RFC 822 form, as RSS wants.
 */
export function rss({ title, link, items }) {
  const entries = items
    .map(
      (item) => `    <item>
      <title>${xmlEscape(item.title)}</title>
      <link>${xmlEscape(item.link)}</link>
      <guid isPermaLink="true">${xmlEscape(item.link)}</guid>
      <pubDate>${item.published.toUTCString()}</pubDate>
      <description>${xmlEscape(item.description ?? '')}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>${xmlEscape(title)}</title>
    <link>${xmlEscape(link)}</link>
    <description>Written for the heroes browser suite.</description>
${entries}
  </channel>
</rss>
`;
}

/**
 * Starts the site on a free loopback port. Returns { origin, serve(path, answer), hits(path),
 * close() }: `answer` is { status, type, body } (status 200 and an RSS type by default);
 * unregistered paths answer 404. No ETag or Last-Modified is sent, so every poll reads the
 * whole feed again.
 */
export async function startFeedServer() {
  const routes = new Map();
  const counts = new Map();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    counts.set(path, (counts.get(path) ?? 0) + 1);
    const answer = routes.get(path);
    if (!answer) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('not here\n');
      return;
    }
    const status = answer.status ?? 200;
    const body = answer.body ?? '';
    response.writeHead(status, {
      'content-type': answer.type ?? 'application/rss+xml; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  // The server under test keeps connections alive; do not let them hold `close()` up.
  server.keepAliveTimeout = 1_000;
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the feed server did not start in time')), LISTEN_TIMEOUT);
    server.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    server.listen(0, '127.0.0.1', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    /** Answers GET `path` with `answer` from now on; returns the full address. */
    serve(path, answer) {
      routes.set(path, answer);
      return `${origin}${path}`;
    },
    /** How many requests `path` received so far. */
    hits(path) {
      return counts.get(path) ?? 0;
    },
    close() {
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, LISTEN_TIMEOUT);
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeAllConnections();
      });
    },
  };
}
