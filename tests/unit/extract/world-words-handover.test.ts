// The content script's build carries no world field words: the background hands the tables over and the reader
// registers them before its first read (utils/extract/generic/words/index.ts, docs/adapters.md).
import { extractCustomer } from '@/utils/extract';
import { keyForLabel } from '@/utils/extract/generic/dictionary';
import { registerWorldWords, toWorldWords, WORLD_WORDS } from '@/utils/extract/generic/words';
import { observeRecord } from '@/utils/extract/observe';

const URL = 'https://crm.example/wateja/12';

function showRecord(): void {
  const page = new DOMParser().parseFromString(
    `<h1>Amina Mwakilema</h1><dl><dt>Kitambulisho cha mteja</dt><dd>MT-40871</dd><dt>Barua pepe</dt><dd>amina@example.org</dd></dl>`,
    'text/html',
  );
  document.body.replaceChildren(...Array.from(page.body.childNodes));
}

describe('world words handed over', () => {
  afterEach(() => registerWorldWords(WORLD_WORDS));

  it('reads a label of another language only once its table is registered, and forgets what it answered before', () => {
    showRecord();
    registerWorldWords({});
    expect(keyForLabel('kitambulisho cha mteja')).toBeUndefined();
    expect(extractCustomer(document, URL, new Date()).fields.customerId).toBeUndefined();
    registerWorldWords(toWorldWords(JSON.parse(JSON.stringify(WORLD_WORDS))) ?? {});
    expect(keyForLabel('kitambulisho cha mteja')).toBe('customerId');
    expect(extractCustomer(document, URL, new Date()).fields.customerId?.value).toBe('MT-40871');
  });

  it('takes only tables of known fields and string words from a message', () => {
    expect(toWorldWords({ sw: { customerId: 'kitambulisho cha mteja' } })).toEqual({
      sw: { customerId: 'kitambulisho cha mteja' },
    });
    expect(toWorldWords({ sw: { customerId: 7 } })).toBeNull();
    expect(toWorldWords({ sw: { colour: 'rangi' } })).toBeNull();
    expect(toWorldWords(['sw'])).toBeNull();
    expect(toWorldWords(undefined)).toBeNull();
  });

  it('reads the page only once the words are there', async () => {
    showRecord();
    registerWorldWords({});
    let handOver = () => {};
    const ready = new Promise<void>((resolve) => (handOver = resolve));
    const sent: (string | undefined)[] = [];
    const host = {
      isValid: true,
      setTimeout: (h: () => void, ms: number) => window.setTimeout(h, ms),
      addEventListener: () => {},
      onInvalidated: () => {},
    };
    const observer = observeRecord({
      host,
      doc: document,
      ready,
      extract: () => extractCustomer(document, URL, new Date()),
      send: (c) => sent.push(c?.fields.customerId?.value),
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(sent).toEqual([]);
    registerWorldWords(WORLD_WORDS);
    handOver();
    const context = await observer.answer();
    observer.stop();
    expect(context.fields.customerId?.value).toBe('MT-40871');
    expect(sent).toEqual(['MT-40871']);
  });
});
