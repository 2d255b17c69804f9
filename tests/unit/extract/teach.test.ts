import { extractCustomer } from '@/utils/extract';
import { toSiteAdapter } from '@/utils/extract/adapter-guard';
import { buildSelector, findLabelFor } from '@/utils/extract/selector';
import { mergePickedField } from '@/utils/extract/teach-merge';
import { startPicker, type PickResult } from '@/utils/extract/teach-picker';
import { siteAdapterSchema } from '@/utils/core/schemas/site-adapter';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-27T10:00:00Z');
const ORIGIN = 'https://crm.acme.example';

function mount(html: string): void {
  document.body.replaceChildren(
    ...Array.from(parsePage(`<body>${html}</body>`).body.childNodes).map((n) => document.importNode(n, true)),
  );
}

describe('buildSelector', () => {
  afterEach(() => document.body.replaceChildren());

  it.each([
    ['a stable id', '<div><span id="cust-mobile">13900000001</span></div>', '#cust-mobile', '#cust-mobile'],
    [
      'a field attribute',
      '<div><span data-field="mobile">13900000001</span><span data-field="phone">x</span></div>',
      '[data-field="mobile"]',
      'span[data-field="mobile"]',
    ],
    [
      'a generated id falls back to a path',
      '<div class="card"><span id="el-id-83712">13900000001</span></div>',
      '#el-id-83712',
      'div.card > span',
    ],
  ])('uses %s', (_what, html, pick, expected) => {
    mount(html);
    const el = document.querySelector(pick);
    if (!el) throw new Error('fixture');
    expect(buildSelector(el)).toBe(expected);
    expect(document.querySelector(buildSelector(el))).toBe(el);
  });

  it('finds the label beside a value cell', () => {
    mount('<table><tr><td>手机号码：</td><td id="v">13900000001</td></tr></table>');
    expect(findLabelFor(document.getElementById('v') as Element)).toBe('手机号码');
  });
});

describe('startPicker', () => {
  afterEach(() => document.body.replaceChildren());

  it('picks on click with a selector and the text, and removes its overlay', () => {
    mount(
      '<div><label for="m">Mobile</label><input id="m" value="+44 7700 900461"></div><a id="link" href="#x">go</a>',
    );
    const picks: PickResult[] = [];
    startPicker(document, { onPick: (p) => picks.push(p), onCancel: () => undefined });
    expect(document.querySelector('huifang-picker')).not.toBeNull();
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.getElementById('m')?.dispatchEvent(click);
    expect(picks).toEqual([{ selector: '#m', label: 'Mobile', raw: '+44 7700 900461' }]);
    expect(click.defaultPrevented).toBe(true);
    expect(document.querySelector('huifang-picker')).toBeNull();
  });

  it('never picks a password field, and Esc cancels', () => {
    mount('<input id="pw" type="password" value="secret">');
    const picks: PickResult[] = [];
    let cancelled = false;
    startPicker(document, { onPick: (p) => picks.push(p), onCancel: () => (cancelled = true) });
    document.getElementById('pw')?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    expect(picks).toEqual([]);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cancelled).toBe(true);
    expect(document.querySelector('huifang-picker')).toBeNull();
  });
});

describe('mergePickedField and taught adapters', () => {
  it('creates the origin adapter, newest rule first, valid for the schema', () => {
    let adapter = mergePickedField(null, ORIGIN, { field: 'mobile', selector: '#m-old' }, NOW);
    adapter = mergePickedField(adapter, ORIGIN, { field: 'mobile', selector: '#m', label: 'Mobile' }, NOW);
    adapter = mergePickedField(adapter, ORIGIN, { field: 'mobile', selector: '#m' }, NOW);
    expect(adapter.id).toBe(`site:${ORIGIN}`);
    expect(adapter.urlPatterns).toEqual([`${ORIGIN}/*`]);
    expect(adapter.fields.mobile).toEqual([{ selector: '#m' }, { label: ['Mobile'] }, { selector: '#m-old' }]);
    expect(siteAdapterSchema.safeParse(adapter).success).toBe(true);
    expect(toSiteAdapter(JSON.parse(JSON.stringify(adapter)))).toMatchObject({
      id: adapter.id,
      fields: adapter.fields,
    });
  });

  it('a taught field is applied before the generic extractor and marked as taught', () => {
    const doc = parsePage('<div><dl><dt>姓名</dt><dd>王五</dd></dl><span class="x-9f">13912345678</span></div>');
    const taught = mergePickedField(null, ORIGIN, { field: 'mobile', selector: 'span.x-9f' }, NOW);
    const ctx = extractCustomer(doc, `${ORIGIN}/customer/7`, NOW, taught);
    expect(ctx.fields.mobile).toMatchObject({ value: '13912345678', source: { via: 'taught', selector: 'span.x-9f' } });
    expect(ctx.fields.name?.value).toBe('王五');
    expect(extractCustomer(doc, 'https://other.example/customer/7', NOW, taught).fields.mobile).toBeUndefined();
  });

  it('rejects malformed adapters arriving in the content script', () => {
    expect(toSiteAdapter({ id: 'x', urlPatterns: [], fields: {} })).toBeNull();
    expect(toSiteAdapter({ id: 'x', urlPatterns: ['*'], fields: { name: [{ up: 99, selector: 'a' }] } })).toBeNull();
    expect(toSiteAdapter('<script>')).toBeNull();
  });

  it("keeps an adapter's person test and drops a malformed one", () => {
    const base = { id: 'x', urlPatterns: ['*'], fields: { name: [{ selector: 'h1' }] } };
    const person = { selector: 'td.type', pattern: 'Private individual|个人' };
    expect(toSiteAdapter({ ...base, person })?.person).toEqual(person);
    expect(toSiteAdapter({ ...base, person: { selector: '', pattern: 'x' } })?.person).toBeUndefined();
    expect(siteAdapterSchema.safeParse({ ...base, person: { selector: 'td', pattern: '' } }).success).toBe(false);
  });
});

describe('teach mode inside open shadow roots', () => {
  afterEach(() => document.body.replaceChildren());

  it('picks the element inside the shadow root and the taught rule reads it back', () => {
    mount('<crm-card id="card"></crm-card>');
    const host = document.getElementById('card') as Element;
    const root = host.attachShadow({ mode: 'open' });
    const wrap = document.createElement('div');
    wrap.className = 'row';
    const value = document.createElement('span');
    value.className = 'val';
    value.textContent = '13900000009';
    wrap.append(value);
    root.append(wrap);
    let picked: PickResult | null = null;
    startPicker(document, { onPick: (r) => (picked = r), onCancel: () => undefined });
    value.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    if (!picked) throw new Error('nothing picked');
    const result: PickResult = picked;
    expect(result.raw).toBe('13900000009');
    expect(result.selector).toBe('#card >>> span.val');
    const adapter = toSiteAdapter({
      id: `site:${ORIGIN}`,
      urlPatterns: [`${ORIGIN}/*`],
      fields: { mobile: [{ selector: result.selector }] },
    });
    if (!adapter) throw new Error('adapter rejected');
    expect(extractCustomer(document, `${ORIGIN}/c/1`, NOW, adapter).fields.mobile?.value).toBe('13900000009');
  });
});
