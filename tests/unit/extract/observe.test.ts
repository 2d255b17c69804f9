import { extractCustomer, extractSteps } from '@/utils/extract';
import { observeRecord, type ObserverHost } from '@/utils/extract/observe';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';

function fakeHost(): ObserverHost & { invalidate(): void } {
  const callbacks: Array<() => void> = [];
  return {
    isValid: true,
    setTimeout: (h, ms) => window.setTimeout(h, ms) as unknown as number,
    addEventListener: (t, type, h) => t.addEventListener(type, h),
    onInvalidated: (cb) => void callbacks.push(cb),
    invalidate() {
      (this as { isValid: boolean }).isValid = false;
      callbacks.forEach((c) => c());
    },
  };
}

const record = (name: string, mobile: string) =>
  `<dl id="rec"><dt>姓名</dt><dd>${name}</dd><dt>手机</dt><dd>${mobile}</dd></dl>`;
const settle = async (ms: number) => {
  await vi.advanceTimersByTimeAsync(ms);
};

describe('observeRecord', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  function start(host = fakeHost()) {
    const sent: CustomerContext[] = [];
    const div = document.createElement('div');
    document.body.append(div);
    const setRecord = (name: string, mobile: string) => {
      div.replaceChildren(
        new DOMParser().parseFromString(record(name, mobile), 'text/html').body.firstElementChild as Element,
      );
    };
    setRecord('张三', '13900000001');
    const obs = observeRecord({
      host,
      doc: document,
      extract: () => extractCustomer(document, 'https://crm.example/c/1', new Date(), undefined, { adapters: [] }),
      send: (c) => sent.push(c),
    });
    return { sent, obs, setRecord, div, host };
  }

  function startSliced(pauseHook: () => void) {
    const sent: CustomerContext[] = [];
    const div = document.createElement('div');
    document.body.append(div);
    const setRecord = (name: string, mobile: string) => {
      div.replaceChildren(
        new DOMParser().parseFromString(record(name, mobile), 'text/html').body.firstElementChild as Element,
      );
    };
    setRecord('张三', '13900000001');
    const url = 'https://crm.example/c/1';
    const extract = vi.fn(() => extractCustomer(document, url, new Date(), undefined, { adapters: [] }));
    let pauses = 0;
    const obs = observeRecord({
      host: fakeHost(),
      doc: document,
      extract,
      steps: () => extractSteps(document, url, new Date(), undefined, { adapters: [] }),
      sliceMs: 0, // every step is a slice of its own: the page gets a turn after each
      pause: () => {
        pauses++;
        pauseHook();
        return Promise.resolve();
      },
      send: (c) => sent.push(c),
    });
    return { sent, obs, setRecord, extract, pauses: () => pauses };
  }

  it('reads in slices and starts again on the new page when the page changes in a pause', async () => {
    let change: (() => void) | null = null;
    const { sent, setRecord, extract, pauses } = startSliced(() => {
      change?.();
      change = null;
    });
    change = () => setRecord('李四', '13900000002');
    await settle(10);
    // Never half of 张三's page and half of 李四's: only 李四, read again from the start, in slices.
    expect(sent.map((c) => [c.fields.name?.value, c.fields.mobile?.value])).toEqual([['李四', '13900000002']]);
    expect(pauses()).toBeGreaterThan(5);
    expect(extract).not.toHaveBeenCalled();
  });

  it('reads a page that changes in every pause in one go after three tries', async () => {
    let n = 0;
    let set: ((name: string, mobile: string) => void) | null = null;
    const { sent, setRecord, extract } = startSliced(() => set?.(`王${n++}`, '13900000003'));
    set = setRecord;
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(extract).toHaveBeenCalledTimes(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.fields.name?.value).toBe(`王${n - 1}`);
  });

  it('answers a request made before the first answer from the sliced read in progress, not a second read', async () => {
    const { sent, obs, extract, pauses } = startSliced(() => undefined);
    expect(obs.current()).toBeNull();
    const early = obs.answer();
    await settle(10);
    const answer = await early;
    expect(answer.fields.name?.value).toBe('张三');
    expect(answer).toBe(sent[0]);
    expect(pauses()).toBeGreaterThan(5);
    expect(extract).not.toHaveBeenCalled();
    expect(await obs.answer()).toBe(obs.current());
  });

  it('answers a waiting request by reading the page at once when stopped before the first answer', async () => {
    const { obs, extract } = startSliced(() => undefined);
    const early = obs.answer();
    obs.stop();
    expect((await early).fields.name?.value).toBe('张三');
    expect(extract).toHaveBeenCalledTimes(1);
  });

  it('sends at start, then once per real change, within 300 ms', async () => {
    const { sent, setRecord } = start();
    expect(sent.map((c) => c.fields.name?.value)).toEqual(['张三']);
    setRecord('李四', '13900000002');
    await settle(300);
    expect(sent.map((c) => c.fields.name?.value)).toEqual(['张三', '李四']);
    setRecord('李四', '13900000002'); // same customer re-rendered: nothing to send
    await settle(1000);
    expect(sent).toHaveLength(2);
  });

  it('caps and backs off on a page that mutates forever', async () => {
    const { obs, div } = start();
    const ticker = document.createElement('span');
    div.append(ticker);
    const interval = window.setInterval(() => (ticker.textContent = String(Date.now())), 16);
    await settle(10_000);
    window.clearInterval(interval);
    // 10 s of a 60 Hz mutating page: far fewer than 40 extractions (4/s), thanks to the back-off.
    expect(obs.stats().extractions).toBeLessThan(20);
    expect(obs.stats().sent).toBe(1);
  });

  it('re-extracts at once when the SPA changes the URL', async () => {
    const { obs } = start();
    const before = obs.stats().extractions;
    window.dispatchEvent(new Event('wxt:locationchange'));
    await settle(0);
    expect(obs.stats().extractions).toBe(before + 1);
  });

  // An about:blank iframe filled by its parent's script (document.open / write / close) after this script ran on the
  // empty document: the body it watched is gone, the record is in a new one.
  it('reads the record a script writes over the empty document with document.open, and says the document was replaced', async () => {
    const doc = document.implementation.createHTMLDocument('');
    const sent: CustomerContext[] = [];
    const onDocumentReplaced = vi.fn();
    observeRecord({
      host: fakeHost(),
      doc,
      extract: () => extractCustomer(doc, 'https://crm.example/desk', new Date(), undefined, { adapters: [] }),
      send: (c) => sent.push(c),
      onDocumentReplaced,
    });
    expect(sent.map((c) => c.fields.name?.value)).toEqual([undefined]);
    doc.open();
    doc.write(`<!doctype html><html><body>${record('赵六', '13900000004')}</body></html>`);
    doc.close();
    await settle(300);
    expect(sent.map((c) => c.fields.name?.value)).toEqual([undefined, '赵六']);
    expect(sent[1]?.fields.mobile?.value).toBe('13900000004');
    expect(onDocumentReplaced).toHaveBeenCalled();
    // And the new body is watched: the next record written into it is read too.
    doc
      .getElementById('rec')
      ?.replaceWith(
        new DOMParser().parseFromString(record('钱七', '13900000005'), 'text/html').body.firstElementChild as Element,
      );
    await settle(300);
    expect(sent.map((c) => c.fields.name?.value)).toEqual([undefined, '赵六', '钱七']);
  });

  it('reads the record in a body the page put in place of the one it had', async () => {
    const { sent } = start();
    const body = document.createElement('body');
    body.append(
      new DOMParser().parseFromString(record('孙八', '13900000006'), 'text/html').body.firstElementChild as Element,
    );
    document.documentElement.replaceChild(body, document.body);
    await settle(300);
    expect(sent.map((c) => c.fields.name?.value)).toEqual(['张三', '孙八']);
  });

  it("reads again after the page's load, when its load handler filled the form's inputs by their value property", async () => {
    document.body.replaceChildren(
      new DOMParser().parseFromString(
        '<form><label for="n">Name</label><input id="n"><label for="m">Mobile</label><input id="m"></form>',
        'text/html',
      ).body.firstElementChild as Element,
    );
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    const sent: CustomerContext[] = [];
    try {
      observeRecord({
        host: fakeHost(),
        doc: document,
        extract: () => extractCustomer(document, 'https://crm.example/agent', new Date(), undefined, { adapters: [] }),
        send: (c) => sent.push(c),
      });
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
    expect(sent.map((c) => c.fields.name?.value)).toEqual([undefined]);
    (document.getElementById('n') as HTMLInputElement).value = 'Dora Quell';
    (document.getElementById('m') as HTMLInputElement).value = '13900000007';
    window.dispatchEvent(new Event('load'));
    await settle(300);
    expect(sent.map((c) => c.fields.name?.value)).toEqual([undefined, 'Dora Quell']);
  });

  it('stops when the extension context is invalidated', async () => {
    const { sent, setRecord, host } = start();
    host.invalidate();
    setRecord('王五', '13900000003');
    await settle(1000);
    expect(sent).toHaveLength(1);
  });
});
