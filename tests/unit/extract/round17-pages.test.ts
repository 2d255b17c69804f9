// Round 17's pages of no customer read as customers (docs/adapters.md, "Round 17: whose page it is"): a colleague's
// file named in Arabic, and one's own profile named 我的檔案 (Traditional Chinese). Each on a small page of our own
// (made-up markup and values, never the held-out pages' own).
import { extractCustomer } from '@/utils/extract';
import { parsePage } from './dom-helpers';

const NOW = new Date('2026-11-30T10:00:00Z');

/** The customer's values of a whole page (its <title> included) at `url`, adapters off. */
function read(title: string, body: string, url: string, lang: string): Record<string, string> {
  const doc = parsePage(`<html lang="${lang}"><head><title>${title}</title></head><body>${body}</body></html>`);
  const fields = extractCustomer(doc, url, NOW, undefined, { adapters: [] }).fields;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.value]));
}

const pair = (label: string, value: string) => `<div class="f"><small>${label}</small><b>${value}</b></div>`;

describe('a colleague’s file named in Arabic is no customer', () => {
  const person = (extra: string) => `<main><h2>سلمى عادل الحربي</h2>
    ${pair('تاريخ الميلاد', '1988-11-03')}${pair('الجنس', 'أنثى')}${pair('الهاتف المتحرك', '+966 55 214 7730')}
    ${pair('العنوان', 'الرياض، حي الملقا، شارع 9، منزل 41')}${extra}</main>`;

  it('بيانات الموظف (the employee’s data) in the tab’s title, with a hire date', () => {
    const body = person(pair('تاريخ التعيين', '2018-04-15'));
    expect(read('بيانات الموظف - نخلة HR', body, 'https://hr.example/p/3310', 'ar')).toEqual({});
  });

  it('a customer’s file (ملف العميل) showing her department at work is read', () => {
    const body = person(pair('القسم', 'المالية'));
    const got = read('ملف العميل - نخلة CRM', body, 'https://crm.example/c/3310', 'ar');
    expect(got.name).toBe('سلمى عادل الحربي');
    expect(got.birthDate).toBe('1988-11-03');
  });
});

describe('one’s own profile named 我的檔案 is no customer', () => {
  const bar = (who: string) => `<header><b>雲工坊</b><span class="user">${who} ▾</span></header>`;
  const person = `<main><div class="head"><div class="nm">溫雅婷</div><div>會計主任 · 財務部</div></div>
    ${pair('姓名', '溫雅婷')}    ${pair('手提電話', '+852 6417 2280')}${pair('出生日期', '1992-06-21')}${pair('性別', '女')}
    ${pair('住址', '九龍 旺角 亞皆老街 88 號 12 樓 C 室')}${pair('入職日期', '2021-03-08')}</main>`;

  it('我的檔案 in the tab’s title and her name in the app bar', () => {
    expect(read('我的檔案 - 雲工坊', bar('溫雅婷') + person, 'https://hr.example/app/me/profile', 'zh-HK')).toEqual({});
  });

  it('a customer’s file (客戶檔案) under the agent’s name in the app bar is read', () => {
    const got = read('客戶檔案 - 雲工坊', bar('陳志強') + person, 'https://crm.example/clients/5521', 'zh-HK');
    expect(got.name).toBe('溫雅婷');
    expect(got.mobile).toBe('+85264172280');
  });
});
