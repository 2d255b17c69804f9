// Round 24's wrong and missed values, as classes (docs/adapters.md, "Session 24: round 24's wrong and missed values").
// Each rule on a small page of our own (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-12-02T10:00:00Z');

function read(body: string, url: string, lang: string): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>Customer</title></head><body>${body}</body></html>`);
  const fields = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));
}

const rows = (pairs: [string, string][]) =>
  `<table>${pairs.map(([l, v]) => `<tr><th>${l}</th><td>${v}</td></tr>`).join('')}</table>`;

describe('what was recommended is not what was bought', () => {
  it('a heading naming a recommended plan (推荐方案（未购买）) names no product', () => {
    const v = read(
      `<main><h2>会员档案</h2>${rows([
        ['会员姓名', '葛晓岚'],
        ['手机', '13712094418'],
        ['签约日期', '2025-10-12'],
      ])}<section><h3>推荐方案（未购买）</h3><p>私教年卡 · 金牌版（顾问推荐 2025-11-30）</p></section></main>`,
      'https://crm.example/member/5521',
      'zh-CN',
    );
    expect(v.product).toBeUndefined();
    expect(v.signDate).toBe('2025-10-12');
  });

  it('a course-of-treatment package (疗程包) is the product, over a recommended card', () => {
    const v = read(
      `<main><h2>患者档案</h2>${rows([
        ['姓名', '葛晓岚'],
        ['手机', '13712094418'],
        ['疗程包', '颈肩理疗 12 次疗程包'],
        ['签约日期', '2025-10-12'],
      ])}<section><h3>推荐方案（未购买）</h3><p>私教年卡 · 金牌版</p></section></main>`,
      'https://crm.example/patient/5521',
      'zh-CN',
    );
    expect(v.product).toBe('颈肩理疗 12 次疗程包');
  });
});

describe('a flat’s online-signed contract (网签) is the signing, its subscription (认购) is not', () => {
  it('网签日期 beats 认购日期 in one purchase row', () => {
    const v = read(
      `<main><h2>客户档案</h2>${rows([
        ['客户姓名', '蓝振华'],
        ['手机', '13609271185'],
      ])}<h4>成交</h4><table><thead><tr><th>房源</th><th>认购日期</th><th>网签日期</th></tr></thead>
      <tbody><tr><td>云栖里 2 号楼 601 室</td><td>2025-09-02</td><td>2025-09-16</td></tr></tbody></table></main>`,
      'https://crm.example/case/customer?id=YQ-2025-0412',
      'zh-CN',
    );
    expect(v.signDate).toBe('2025-09-16');
  });
});

describe('a social-security file’s own numbers', () => {
  it('个人编号 is the insured person’s code and 参保单位 his employer', () => {
    const v = read(
      `<main>${rows([
        ['个人编号', '37010200412273'],
        ['姓名', '庞德勇'],
        ['联系电话', '13953127716'],
        ['参保单位', '济南泉城包装材料有限公司'],
      ])}</main>`,
      'https://crm.example/12366/agent/desk',
      'zh-CN',
    );
    expect(v.customerId).toBe('37010200412273');
    expect(v.company).toBe('济南泉城包装材料有限公司');
  });
});
