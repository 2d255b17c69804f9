// The app's own words per language (utils/extract/generic/words/page-words.ts, docs/adapters.md, "Session 18: the
// app's own words"): written as the page's text is compared, each once, and shipped in the content script itself.
import fs from 'node:fs';
import path from 'node:path';
import { PAGE_WORDS, pageWords, wordAlternatives, type PageWordKind } from '@/utils/extract/generic/words/page-words';
import { classReader } from './class-page';

const KINDS: PageWordKind[] = [
  'userLabel',
  'searchButton',
  'searchSide',
  'noteClass',
  'cardLabel',
  'memberRank',
  'ownPage',
  'payroll',
  'leave',
  'attendance',
  'reviews',
  'hiring',
  'greeting',
  'staff',
];

describe('the app-word tables', () => {
  it('hold words in lower case, trimmed, one space between words', () => {
    const unwritten = Object.entries(PAGE_WORDS).flatMap(([lang, table]) =>
      Object.values(table).flatMap((list) =>
        list
          .split('|')
          .filter((w) => w !== w.toLowerCase().replace(/\s+/g, ' ').trim())
          .map((w) => `${lang}: ${w}`),
      ),
    );
    expect(unwritten).toEqual([]);
  });

  it.each(KINDS)('list each word of %s once, whatever its language', (kind) => {
    const words = pageWords(kind);
    expect(words.length).toBeGreaterThan(0);
    expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
  });

  it('make alternatives of words with their special characters escaped', () => {
    expect(wordAlternatives(['tel.', 'my profile'], '\\s+')).toBe('tel\\.|my\\s+profile');
    expect(new RegExp(`^(?:${wordAlternatives(['a+b (x)'])})$`).test('a+b (x)')).toBe(true);
  });

  it('ship in the content script: its build leaves out only the field-word tables', () => {
    const config = fs.readFileSync(path.resolve(__dirname, '../../../wxt.config.ts'), 'utf8');
    const left = /const WORLD_TABLES = \/(.*)\/;/.exec(config)?.[1];
    expect(left).toBeDefined();
    const leftOut = new RegExp(left ?? '');
    expect(leftOut.test('utils/extract/generic/words/tables.ts')).toBe(true);
    expect(leftOut.test('utils/extract/generic/words/page-words.ts')).toBe(false);
  });
});

describe('the app-word tables read on made-up pages', () => {
  const { values } = classReader('en', new Date('2026-12-01T10:00:00Z'));

  it("leaves a user bar's pairs and a search form's inputs unread, in another language than English", () => {
    const page =
      '<div class="bar"><span>Benutzer: k.brandt</span><span>Firma: Hausverwaltung Nord</span></div>' +
      '<form><label>Name</label><input value="Petra Lange"><button>Suchen</button><button>Zurücksetzen</button></form>' +
      '<div class="card"><table><tr><td>Name</td><td>Jonas Weber</td></tr><tr><td>E-Mail</td><td>jonas@weber.example</td></tr></table></div>';
    const got = values(page);
    expect(got.name).toBe('Jonas Weber');
    expect(got.company).toBeUndefined();
  });
});
