// A sliced extraction builds the month words of many locales (every Latin-script one for "März" on a page with no
// language) between slices, never inside one step: utils/extract/sliced.ts, utils/core/normalize/month-words.ts.
// Its own file: the locales built are cached for the module's life, and this file starts with none.
import { extractCustomer, extractSteps } from '@/utils/extract';
import { runSliced } from '@/utils/extract/sliced';
import { normalizeDate } from '@/utils/core/normalize/date';
import { builtLocales, withLocalesPutOff } from '@/utils/core/normalize/month-words';

const URL = 'https://crm.example/kunden/7';

function showRecord(): void {
  const page = new DOMParser().parseFromString(
    `<h1>Greta Sommerfeld</h1><dl><dt>Geburtsdatum</dt><dd>12. März 1984</dd><dt>E-Mail</dt><dd>greta@example.org</dd></dl>`,
    'text/html',
  );
  document.documentElement.removeAttribute('lang');
  document.body.replaceChildren(...Array.from(page.body.childNodes));
}

describe('locales built between slices', () => {
  it('reads a month word of a page with no language in slices, the same as in one call', async () => {
    showRecord();
    const now = new Date('2026-11-30T10:00:00Z');
    expect(builtLocales()).toBe(0);
    let pauses = 0;
    let localesAtPause: number[] = [];
    const sliced = await runSliced(() => extractSteps(document, URL, now), {
      pause: () => {
        pauses++;
        localesAtPause.push(builtLocales());
        return Promise.resolve();
      },
      changed: () => false,
      budgetMs: 0, // the page gets its turn after every step and every locale built
    });
    // Many Latin-script locales were built, one per slice: no slice built more than one.
    expect(builtLocales()).toBeGreaterThan(20);
    localesAtPause = localesAtPause.filter((n, i) => i === 0 || n !== localesAtPause[i - 1]);
    expect(localesAtPause.every((n, i) => i === 0 || n - (localesAtPause[i - 1] ?? 0) === 1)).toBe(true);
    expect(pauses).toBeGreaterThan(20);
    expect(sliced?.value.fields.birthDate?.value).toBe('1984-03-12');
    expect(sliced?.value).toEqual(extractCustomer(document, URL, now));
  });

  it('gives nothing to keep, and names the locales, while they are not built', () => {
    const { value, wanted } = withLocalesPutOff(() =>
      normalizeDate('3 de março de 2021', { order: 'dmy', lang: 'pt' }),
    );
    // Portuguese was built above (a Latin-script locale): the date reads at once, nothing wanted.
    expect(wanted).toEqual([]);
    expect(value).toBe('2021-03-03');
    const cyrillic = withLocalesPutOff(() => normalizeDate('12 марта 1984', 'dmy'));
    expect(cyrillic.value).toBeNull();
    expect(cyrillic.wanted).toContain('ru');
    expect(normalizeDate('12 марта 1984', 'dmy')).toBe('1984-03-12');
  });
});
