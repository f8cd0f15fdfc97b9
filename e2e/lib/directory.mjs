// Page helpers and the filter journey for the hero directory (/heroes), shared by the test
// with JavaScript and the one without.
import assert from 'node:assert/strict';
import { clickAndWait, currentUrl, squash, visit } from './browser.mjs';

const COUNT_RE = /^Showing (\d+)–(\d+) of (\d+) heroes$/;

/**
 * `#result-count` parsed: { first, last, total, text }; total 0 for "No heroes match." and for
 * "No current hero matches, but 2 of our alumni do." (and its converse).
 */
export async function resultCount(page) {
  const text = squash(await page.locator('#result-count').textContent());
  if (text === 'No heroes match.' || /^No (current hero matches|alumni match), but /.test(text)) {
    return { first: 0, last: 0, total: 0, text };
  }
  if (text === 'Showing the one matching hero') return { first: 1, last: 1, total: 1, text };
  const m = COUNT_RE.exec(text);
  assert.ok(m, `unexpected result count text: "${text}"`);
  return { first: Number(m[1]), last: Number(m[2]), total: Number(m[3]), text };
}

/** Visible cards as { name, slug, badges[], meta } in page order. */
export async function cards(page) {
  return page.locator('ul.hero-grid > li.hero-card').evaluateAll((items) =>
    items.map((li) => ({
      name: (li.querySelector('.hero-card-name')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: li.querySelector('a.hero-card-link')?.getAttribute('href') ?? '',
      badges: [...li.querySelectorAll('ul.badges .badge')].map((b) =>
        (b.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
      meta: (li.querySelector('.hero-card-meta')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

/** The facet checkboxes of one fieldset (`specialization`, `region`, chosen `country`) with label and count. */
export async function facets(page, name) {
  return page.locator(`form.directory input[type=checkbox][name="${name}"]`).evaluateAll((inputs) =>
    inputs.map((input) => {
      const label = input.closest('label');
      const spans = label ? [...label.querySelectorAll('span')] : [];
      const count = label?.querySelector('.count')?.textContent ?? '';
      return {
        value: input.value,
        label: (spans.find((s) => !s.classList.contains('count'))?.textContent ?? '').trim(),
        count: Number(count.trim()),
        checked: input.checked,
      };
    }),
  );
}

export function facetBox(page, name, value) {
  return page.locator(`form.directory input[type=checkbox][name="${name}"][value="${value}"]`);
}

/** The country menu's choices (countries not chosen yet) as { value, label, count }. */
export async function countryOptions(page) {
  return page.locator('form.directory select[name="country"] option').evaluateAll((options) =>
    options
      .filter((o) => o.value !== '')
      .map((o) => {
        const m = /^(.*) \((\d+)\)$/.exec((o.textContent ?? '').trim());
        return { value: o.value, label: m?.[1] ?? '', count: Number(m?.[2] ?? NaN) };
      }),
  );
}

export function applyButton(page) {
  return page.locator('form.directory').getByRole('button', { name: 'Apply filters', exact: true });
}

/**
 * The visitor's filter journey: tick a specialization, apply; tick a country, apply. Checks the
 * URL, the result count (which must equal the facet count shown next to the box that was ticked)
 * and the cards. Returns what it chose, for callers that want to go on.
 */
export async function filterJourney(page, { specialization = 'serverless' } = {}) {
  await visit(page, '/heroes');
  const start = await resultCount(page);
  assert.ok(start.total > 24, `the demo program should fill more than one page, got "${start.text}"`);
  assert.equal(start.first, 1);

  // 1. Specialization.
  const specs = await facets(page, 'specialization');
  const spec = specs.find((s) => s.value === specialization);
  assert.ok(spec, `no "${specialization}" box among ${specs.map((s) => s.value).join(', ')}`);
  assert.ok(spec.count > 0 && spec.count < start.total, `facet count for ${spec.label}: ${spec.count}`);
  await facetBox(page, 'specialization', specialization).check();
  await clickAndWait(page, applyButton(page), (url) => url.searchParams.has('specialization'));

  let url = currentUrl(page);
  assert.equal(url.pathname, '/heroes');
  assert.deepEqual(url.searchParams.getAll('specialization'), [specialization]);
  const afterSpec = await resultCount(page);
  assert.notEqual(afterSpec.text, start.text, 'the result count text should change');
  assert.equal(afterSpec.total, spec.count, `"${afterSpec.text}" vs the facet count ${spec.count}`);
  assert.equal(afterSpec.first, 1);
  assert.equal(afterSpec.last, Math.min(afterSpec.total, start.last));
  assert.ok(await facetBox(page, 'specialization', specialization).isChecked(), 'box stays ticked');
  let shown = await cards(page);
  assert.equal(shown.length, afterSpec.last - afterSpec.first + 1, 'cards shown vs the count text');
  for (const card of shown) {
    assert.ok(card.badges.includes(spec.label), `${card.name} lacks the ${spec.label} badge: ${card.badges}`);
  }

  // 2. Country: the one with the most heroes under the current filter.
  const countries = (await countryOptions(page)).filter((c) => c.count > 0);
  assert.ok(countries.length > 1, 'several countries should have heroes in this specialization');
  const country = countries.reduce((best, c) => (c.count > best.count ? c : best));
  assert.ok(country.count < afterSpec.total || countries.length === 1, 'country facet counts');
  await page.locator('form.directory select[name="country"]').selectOption(country.value);
  await clickAndWait(page, applyButton(page), (u) => u.searchParams.has('country'));

  url = currentUrl(page);
  assert.deepEqual(url.searchParams.getAll('specialization'), [specialization]);
  assert.deepEqual(url.searchParams.getAll('country'), [country.value]);
  const afterCountry = await resultCount(page);
  assert.notEqual(afterCountry.text, afterSpec.text, 'the result count text should change again');
  assert.equal(afterCountry.total, country.count, `"${afterCountry.text}" vs the facet count ${country.count}`);
  assert.ok(await facetBox(page, 'specialization', specialization).isChecked());
  assert.ok(await facetBox(page, 'country', country.value).isChecked(), 'the chosen country is a ticked box');
  shown = await cards(page);
  assert.equal(shown.length, afterCountry.last - afterCountry.first + 1);
  for (const card of shown) {
    assert.ok(card.badges.includes(spec.label), `${card.name} lacks the ${spec.label} badge: ${card.badges}`);
    assert.ok(card.meta.endsWith(country.label), `${card.name} is in "${card.meta}", not ${country.label}`);
  }

  // The active filters are listed, with a way to clear them.
  const chips = page.locator('ul.chips');
  assert.ok(await chips.isVisible(), 'active filter chips are shown');
  assert.equal(await chips.getByRole('link', { name: 'Clear all filters' }).count(), 1);

  return { spec, country, total: afterCountry.total };
}
