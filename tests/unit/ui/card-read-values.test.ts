// The card shows what was read, labelled as the page labels it (issue #11; docs/panel.md, "What the card shows"):
// the record id from the address, which number is the mobile and which the landline as the page wrote them, and
// the birth date and gender a valid ID number gives.
import type { CustomerContext, FieldValue } from '@/utils/core/schemas/customer-context';
import { checkCustomer } from '@/utils/core/checks/check-customer';
import { pickText } from '@/utils/core/script/locale-text';
import { extractCustomer } from '@/utils/extract';
import { buildCardView } from '@/utils/ui/card-view';
import { createTranslate } from '@/utils/ui/i18n';
import type { Locale } from '@/utils/core/script/locale-text';
import { parsePage } from '../extract/dom-helpers';

const generic = (value: string, raw: string, label: string): FieldValue => ({
  value,
  raw,
  source: { via: 'generic', label },
});

function person(fields: CustomerContext['fields'], more: Partial<CustomerContext> = {}): CustomerContext {
  return {
    url: 'https://crm.example/owner/detail/60150201',
    origin: 'https://crm.example',
    adapterId: null,
    fields: { name: generic('顾美华', '顾美华', '业主姓名'), ...fields },
    extra: {},
    missing: [],
    flags: [],
    extractedAt: '2025-11-03T02:00:00.000Z',
    entity: 'person',
    ...more,
  };
}

const card = (c: CustomerContext, locale: Locale = 'zh-CN', revealed = true) =>
  buildCardView(c, { locale, t: createTranslate(locale), revealed, today: '2025-11-03' });

describe('the record id the address gives (F5)', () => {
  it('is a row of the card, named 记录号 and sourced to the URL, when the page names no customer code', () => {
    const c = person({}, { record: { id: '48211', entity: 'contact', from: 'url' } });
    const row = card(c).rows.find((r) => r.display === '48211');
    expect(row).toMatchObject({ label: '记录号', source: '来源：页面网址（URL）' });
    const en = card(c, 'en').rows.find((r) => r.display === '48211');
    expect(en).toMatchObject({ label: 'Record id', source: 'From: the page address (URL)' });
  });

  it('gives way to the customer code the page shows', () => {
    const c = person(
      { customerId: generic('LT-06-1502-01', 'LT-06-1502-01', '业主编号') },
      { record: { id: '60150201', entity: 'owner', from: 'url' } },
    );
    const ids = card(c).rows.filter((r) => r.key === 'customerId');
    expect(ids.map((r) => [r.label, r.display])).toEqual([['客户编号', 'LT-06-1502-01']]);
  });
});

describe('the phone line (F8)', () => {
  const both = person({
    mobile: generic('13813264490', '138 1326 4490', '本人'),
    phone: generic('051267583321', '0512-6758 3321', '住宅'),
  });

  it('names the mobile 手机 and the landline by the page’s own word, each written as the page wrote it', () => {
    const view = card(both);
    expect([view.phone?.kind, view.phone?.display]).toEqual(['手机', '138 1326 4490']);
    expect([view.otherPhone?.kind, view.otherPhone?.display]).toEqual(['住宅', '0512-6758 3321']);
    // Dialling and copying take the digits.
    expect([view.phone?.digits, view.otherPhone?.digits]).toEqual(['13813264490', '051267583321']);
  });

  it('calls a landline 座机 when the page’s label says nothing of its kind, Landline in English', () => {
    const hotline = person({
      mobile: generic('15231178046', '152 3117 8046', '联系手机'),
      phone: generic('031186025573', '0311-8602 5573', '来电号码'),
    });
    expect(card(hotline).otherPhone?.kind).toBe('座机');
    expect(card(hotline, 'en').otherPhone?.kind).toBe('Landline');
    expect(card(hotline, 'en').phone?.kind).toBe('Mobile');
  });

  it('names a company’s only number by its label, and a mobile read under 电话 as 手机', () => {
    const company = person({ phone: generic('051262917730', '0512-6291 7730', '公司电话') }, { entity: 'company' });
    expect([card(company).phone?.kind, card(company).phone?.display]).toEqual(['公司电话', '0512-6291 7730']);
    const byShape = person({ phone: generic('01065529988', '010-6552 9988', '办公电话 (by its shape)') });
    expect(card(byShape).phone?.kind).toBe('办公电话');
    const mobileUnderPhone = person({ phone: generic('13700001234', '13700001234', '电话') });
    expect(card(mobileUnderPhone).phone?.kind).toBe('手机');
  });

  it('keeps the mask until revealed, and shows the digits when the page’s text is more than the number', () => {
    expect(card(both, 'zh-CN', false).phone?.display).toBe('138****4490');
    const noisy = person({ mobile: generic('13813264490', '手机：138 1326 4490（本人）', '联系方式') });
    expect(card(noisy).phone?.display).toBe('13813264490');
  });
});

describe('birth date and gender from a valid ID number (F9)', () => {
  const withId = person({ idNumber: generic('430104198902282164', '430104198902282164', '证件号码') });

  it('shows them as derived, in the summary too, and no longer asks for them', () => {
    const view = card(withId);
    const derived = view.rows.filter((r) => r.source === '来源：由身份证号推出');
    expect(derived.map((r) => [r.label, r.display])).toEqual([
      ['性别', '女'],
      ['出生日期', '1989-02-28'],
    ]);
    expect(view.summary).toEqual(['女', '36 岁']);
    expect(view.missingKeys).toEqual(['address', 'phone']);
    expect(view.derivedKeys).toEqual(['gender', 'birthDate']);
  });

  it('derives nothing from an invalid or a Hong Kong id, nor for a company', () => {
    const bad = person({ idNumber: generic('430104198902282165', '430104198902282165', '证件号码') });
    expect(card(bad).missingKeys).toContain('gender');
    const hk = person({ idNumber: generic('A123456(3)', 'A123456(3)', '证件号码') });
    expect(card(hk).derivedKeys).toEqual([]);
  });

  it('keeps the page’s own value when it disagrees, and the mismatch check says so', () => {
    const html =
      '<main><h1>客户详情</h1><dl><dt>姓名</dt><dd>马晓东</dd><dt>手机号码</dt><dd>13812346390</dd>' +
      '<dt>身份证号</dt><dd>610113197807053115</dd><dt>性别</dt><dd>女</dd></dl></main>';
    const context = extractCustomer(parsePage(html), 'https://unknown.example/x', new Date('2025-11-03T02:00:00Z'));
    const checks = checkCustomer({
      context,
      customerKey: 'k',
      kind: 'new-contract',
      agent: 'a',
      others: [],
      today: '2025-11-03',
    })
      .filter((f) => f.severity !== 'info')
      .map((f) => ({ code: f.code, field: f.field ?? undefined, message: pickText(f.message, 'zh-CN') }));
    const view = buildCardView(context, {
      locale: 'zh-CN',
      t: createTranslate('zh-CN'),
      revealed: true,
      today: '2025-11-03',
      extraFlags: checks,
    });
    expect(view.rows.find((r) => r.key === 'gender')?.display).toBe('女');
    expect(view.summary[0]).toBe('女');
    expect(view.flags.map((f) => f.text)).toContain('性别与身份证号不一致（身份证号为男）。');
    // The birth date the page leaves empty still comes from the ID number.
    expect(view.rows.find((r) => r.key === 'birthDate')?.display).toBe('1978-07-05');
  });
});
