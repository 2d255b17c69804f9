// One list of phone types for both readers of typed numbers (docs/adapters.md, "Session 25: one spelling, one list"):
// a word of the typed field is a word of the table of numbers, and the other way round. Made-up markup and numbers.
import { describe, expect, it } from 'vitest';
import { phoneTypeOf } from '@/utils/extract/generic/phone-types';
import { classReader } from './class-page';

const { values } = classReader('zh-CN', new Date('2026-12-02T10:00:00Z'));
const digits = (v: string | undefined) => (v ?? '').replace(/\D/g, '');

describe('a type word and its note', () => {
  it.each([
    ['手机', undefined, 'mobile'],
    ['移动', '主卡', 'mobile'],
    ['Mobile', 'preferred', 'mobile'],
    ['固话', undefined, 'phone'],
    ['办公', undefined, 'phone'],
    ['Festnetz', undefined, 'phone'],
    ['主号', undefined, 'main'],
    ['业主本人', undefined, 'main'],
    ['手机', '副卡 · 龙某', 'other'],
    ['紧急联系人', undefined, 'other'],
    ['配偶', undefined, 'other'],
    ['套餐', undefined, null],
    ['2024-11-02', undefined, null],
  ] as const)('%s (%s) is %s', (word, note, type) => {
    expect(phoneTypeOf(word, note)).toBe(type);
  });
});

const numberTable = (rows: [string, string][]) =>
  `<div class="title">客户资料</div><table class="form">
    <tr><td class="lbl">客户名称：</td><td>齐海燕</td><td class="lbl">客户经理：</td><td>韦川</td></tr></table>
   <div class="title">联系号码</div><table class="form">
    <tr><td class="lbl">号码</td><td class="lbl">号码类型</td><td class="lbl">登记日期</td></tr>
    ${rows.map(([n, t], i) => `<tr><td>${n}</td><td>${t}</td><td>2023-0${i + 1}-15</td></tr>`).join('')}
   </table>`;

describe('a table of typed numbers reads the typed field’s words', () => {
  it('an office line (办公) is the record’s landline, a main line (主号) a mobile by its number', () => {
    const v = values(
      numberTable([
        ['139 5521 0846', '主号'],
        ['0571-8802 3315', '办公'],
      ]),
      'https://crm.example/cust/view?id=3301',
    );
    expect(digits(v.mobile)).toBe('13955210846');
    expect(digits(v.phone)).toBe('057188023315');
  });

  it('an emergency contact’s row is someone else’s number', () => {
    const v = values(
      numberTable([
        ['0571-8802 3315', '固定电话'],
        ['137 0066 4129', '紧急联系人'],
      ]),
      'https://crm.example/cust/view?id=3302',
    );
    expect(digits(v.phone)).toBe('057188023315');
    expect(v.mobile).toBeUndefined();
  });
});

describe('a typed field reads the table’s words', () => {
  it('a number typed 手机号码 in one cell is the mobile, 固定电话 the landline', () => {
    const v = values(
      `<main><h2>客户详情</h2><dl><dt>客户名称</dt><dd>齐海燕</dd><dt>客户编号</dt><dd>KH-22071</dd>
        <dt>联系电话</dt><dd>139 5521 0846（手机号码）<br>0571-8802 3315（固定电话）</dd></dl></main>`,
      'https://crm.example/cust/view?id=3303',
    );
    expect(digits(v.mobile)).toBe('13955210846');
    expect(digits(v.phone)).toBe('057188023315');
  });
});
