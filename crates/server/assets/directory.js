// Results as you type on the hero directory (/heroes). A progressive enhancement: without this
// file (or without scripts) the form is complete, and Search or Apply filters submits it. With
// it, a pause in typing asks the server for the same page the form would, and puts its results,
// its filter counts and its sort menu in place; the address follows, so every view stays a
// shareable URL. Loaded as a file because the Content-Security-Policy forbids inline scripts.
(() => {
  'use strict';
  const form = document.querySelector('form.directory');
  const box = form && form.querySelector('input[name="q"]');
  if (!box || !window.fetch || !window.DOMParser || !window.AbortController) return;

  const PAUSE_MS = 250;
  let timer = 0;
  let inflight = null;
  let lastUrl = location.pathname + location.search;

  // The URL the form would submit, without empty values, the default status and the page
  // (a new search starts on page one).
  const target = () => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (typeof value !== 'string' || value.trim() === '') continue;
      if (name === 'status' && value === 'active') continue;
      params.append(name, value);
    }
    const query = params.toString();
    return '/heroes' + (query ? '?' + query : '');
  };

  const swap = (doc, selector) => {
    const fresh = doc.querySelector(selector);
    const old = document.querySelector(selector);
    if (fresh && old) old.replaceWith(fresh);
  };

  const refresh = async () => {
    const url = target();
    if (url === lastUrl) return;
    inflight?.abort();
    inflight = new AbortController();
    let doc;
    try {
      const response = await fetch(url, { signal: inflight.signal, headers: { accept: 'text/html' } });
      if (!response.ok) return;
      doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    } catch {
      return; // aborted by newer typing, or offline: the form still submits
    }
    lastUrl = url;
    // Everything in the results changes but the count line, which stays the same element (a
    // polite live region) so that screen readers hear the new count.
    const results = document.querySelector('.results');
    const fresh = doc.querySelector('.results');
    const count = document.getElementById('result-count');
    const freshCount = doc.getElementById('result-count');
    if (!results || !fresh || !count || !freshCount) return;
    const before = [];
    const after = [];
    for (const node of [...fresh.childNodes]) {
      if (node === freshCount) continue;
      const follows = freshCount.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING;
      (follows ? after : before).push(node);
    }
    for (const node of [...results.childNodes]) if (node !== count) node.remove();
    count.before(...before);
    count.after(...after);
    count.textContent = freshCount.textContent;
    // The filter counts and the sort menu (whose default is "best match" only while searching).
    swap(doc, '.filter-fields');
    swap(doc, '#sort');
    swap(doc, '.filter-panel > summary');
    document.title = doc.title;
    history.replaceState(null, '', url);
  };

  box.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, PAUSE_MS);
  });
})();
