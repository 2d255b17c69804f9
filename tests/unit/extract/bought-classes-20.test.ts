// What was bought, and when, by structure (docs/adapters.md, "Session 20: what was bought, by structure"): each rule
// on a small page of our own (made-up markup, words and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-12-01T10:00:00Z');

/** The values the generic reader (adapters off) reads from a whole page. */
function values(body: string, url = 'https://crm.example/clients/4471', lang = 'en'): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>Client</title></head><body>${body}</body></html>`);
  const found = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v.value]));
}

const person = (pairs: [string, string][]) =>
  `<h2>Client</h2><dl>${pairs.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('')}</dl>`;
const head: [string, string][] = [
  ['Name', 'Maren Okafor-Lind'],
  ['Mobile', '+44 7700 900418'],
];

describe('the product beside the sign date', () => {
  it('a pair of dt/dd before the contract date names what was signed, whatever its label', () => {
    const found = values(
      person([...head, ['Zorblat', 'Harbour Flex 3-year service bundle'], ['Contract date', '2025-10-14']]),
    );
    expect(found.signDate).toBe('2025-10-14');
    expect(found.product).toBe('Harbour Flex 3-year service bundle');
  });

  it('a wrapped pair (div.item > caption + value) two pairs before, over another date', () => {
    const item = (k: string, v: string) =>
      `<div class="item item-${k.length}"><div class="cap">${k}</div><div class="val">${v}</div></div>`;
    const found = values(
      `<h2>Client</h2>${item('Name', 'Maren Okafor-Lind')}${item('Mobile', '+44 7700 900418')}` +
        `<h3>Agreement</h3><div class="list">${item('Quibble', 'Solar home kit 80 W – 18 months')}` +
        `${item('Requested on', '2025-09-01')}${item('Contract date', '2025-09-20')}</div>`,
    );
    expect(found.signDate).toBe('2025-09-20');
    expect(found.product).toBe('Solar home kit 80 W – 18 months');
  });

  it('table rows of label and value cells alike (<td><td>): the pair after it when the one before is a code', () => {
    const found = values(
      `<table><tr><td>Name</td><td>Maren Okafor-Lind</td><td>Mobile</td><td>+44 7700 900418</td></tr>` +
        `<tr><td>Agreement no.</td><td>AG-2025-00318</td><td>Contract date</td><td>2025-08-02</td></tr>` +
        `<tr><td>Wibbet</td><td>Allotment plot 14 (half plot)</td><td>Warden</td><td>—</td></tr></table>`,
    );
    expect(found.signDate).toBe('2025-08-02');
    expect(found.product).toBe('Allotment plot 14 (half plot)');
  });

  it('a term, a status word, a price or a person beside the date is no product', () => {
    const beside: [string, string][] = [
      ['Term', '12 months'],
      ['State', 'Active'],
      ['Fee', '£ 1,200.00'],
      ['Referrer', 'Olu Okafor (brother) +44 7700 900111'],
    ];
    for (const pair of beside)
      expect(values(person([...head, pair, ['Contract date', '2025-10-14']])).product).toBeUndefined();
  });
});

describe('a sign date qualified by what was signed', () => {
  it('"<what> <sign-date words>" is the sign date; a hyphen joins the words as a space does', () => {
    expect(values(person([...head, ['Lease agreement date', '2025-07-30']])).signDate).toBe('2025-07-30');
    expect(values(person([...head, ['Sinadura-data', '2025/07/30']]), undefined, 'eu').signDate).toBe('2025-07-30');
  });

  it('a qualifier saying expected, end or renewal keeps it no signing', () => {
    for (const label of ['Expected contract date', 'Renewal contract date'])
      expect(values(person([...head, [label, '2026-03-01']])).signDate).toBeUndefined();
  });
});

describe('the product column beside a signing column', () => {
  const agreements = (rows: string[][]) =>
    `<h3>Agreements</h3><table><thead><tr><th>Ref.</th><th>Gizmo</th><th>Contract date</th><th>State</th><th>Insured</th></tr></thead><tbody>${rows
      .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
      .join('')}</tbody></table>`;

  it('a one-row table: the column before the contract date names what was signed, not the code, state or person', () => {
    const found = values(
      person(head) +
        agreements([
          ['AG-2025-0417', 'Fibre 500 home bundle (24 months)', '2025-06-03', 'Running', 'Maren Okafor-Lind'],
        ]),
    );
    expect(found.signDate).toBe('2025-06-03');
    expect(found.product).toBe('Fibre 500 home bundle (24 months)');
  });

  it('several rows: the latest row beside its date', () => {
    const found = values(
      person(head) +
        agreements([
          ['AG-2024-0101', 'Copper 20 line rental plan', '2024-02-11', 'Ended', 'Maren Okafor-Lind'],
          ['AG-2025-0417', 'Fibre 500 home bundle (24 months)', '2025-06-03', 'Running', 'Maren Okafor-Lind'],
        ]),
    );
    expect(found.product).toBe('Fibre 500 home bundle (24 months)');
  });
});

describe('a sign date in a calendar the reader does not convert', () => {
  it('a sign date years after today is none', () => {
    expect(values(person([...head, ['Contract date', '2082-01-15']])).signDate).toBeUndefined();
    expect(values(person([...head, ['Contract date', '2026-09-01']])).signDate).toBe('2026-09-01');
  });
});

describe('a joining date is no anchor', () => {
  it('a tier beside a joining or sign-up date is not bought', () => {
    for (const label of ['入会日期', '注册日期']) {
      const found = values(person([...head, ['等级', '金卡 尊享 会员'], [label, '2019-04-11']]), undefined, 'zh-CN');
      expect(found.product).toBeUndefined();
    }
  });
});

describe('goods and slots named by their own grammar', () => {
  it('a plural goods title, or goods joined with a service, is the product column of a sales table', () => {
    const sales = (goods: string) =>
      `<h3>Sales</h3><table><tr><th>Sale</th><th>Date</th><th>${goods}</th><th>Total</th></tr>` +
      `<tr><td>#20417</td><td>2025-11-02</td><td>Trail bike 29er carbon frame</td><td>€ 2,199.00</td></tr>` +
      `<tr><td>#19810</td><td>2025-05-14</td><td>Puncture repair kit</td><td>€ 12.00</td></tr></table>`;
    for (const goods of ['Articles', 'Produto / serviço']) {
      const found = values(person(head) + sales(goods));
      expect(found.product).toBe('Trail bike 29er carbon frame');
      expect(found.signDate).toBe('2025-11-02');
    }
  });

  it('a custom field\'s slot before its word ("Custom Value 1 · Plan") names the plan and its signing', () => {
    const found = values(
      person([
        ...head,
        ['Custom Value 1 · Plan', 'Harbour Flex 3-year service bundle'],
        ['Custom Value 2 · Signed', '2025-03-04'],
      ]),
    );
    expect(found.product).toBe('Harbour Flex 3-year service bundle');
    expect(found.signDate).toBe('2025-03-04');
  });
});

describe('more layouts of the pair beside the sign date', () => {
  it('pairs written inline, a label element then its text ("<span>Plan:</span> …")', () => {
    const line = (k: string, v: string) => `<div class="f"><span class="k">${k}:</span> ${v}</div>`;
    const found = values(
      `<h2>Client</h2>${line('Name', 'Maren Okafor-Lind')}${line('Mobile', '+44 7700 900418')}` +
        `<div class="box">${line('Flumph', 'Clinic kit care package (annual)')}${line('Contract date', '14/05/2025')}</div>`,
    );
    expect(found.signDate).toBe('2025-05-14');
    expect(found.product).toBe('Clinic kit care package (annual)');
  });

  it('form rows of two pairs each (div.row): the pair in the next row when the one before is a code', () => {
    const row = (cells: string[]) =>
      `<div class="f-row">${cells.map((c, i) => `<span class="${i % 2 ? 'v' : 'k'}">${c}</span>`).join('')}</div>`;
    const found = values(
      `<h2>Client</h2>${row(['Name', 'Maren Okafor-Lind', 'Mobile', '+44 7700 900418'])}<h3>Latest contract</h3>` +
        row(['Contract no.', 'QX-2025-0311', 'Contract date', '2025-10-22']) +
        row(['Frobnitz', 'Yearly spring water delivery 20 L (family plan)', 'Referrer', 'Olu Okafor']),
    );
    expect(found.signDate).toBe('2025-10-22');
    expect(found.product).toBe('Yearly spring water delivery 20 L (family plan)');
  });

  it('four Han characters under a column title are a product', () => {
    const found = values(
      `<h2>客户</h2><dl><dt>姓名</dt><dd>林晓岚</dd><dt>手机</dt><dd>13900001111</dd></dl>` +
        `<h3>签约业务</h3><table><thead><tr><th>业务</th><th>签约日期</th><th>状态</th></tr></thead>` +
        `<tbody><tr><td>期权交易</td><td>2024-04-16</td><td>生效</td></tr></tbody></table>`,
      undefined,
      'zh-CN',
    );
    expect(found.product).toBe('期权交易');
  });
});
