// The card's warning lines as the agent reads them: one line per problem, in the panel's language, whether the
// extractor, the data checks or both noticed it (found live on Dolibarr: an ID-number warning shown twice, in English
// and in Chinese).
import { extractCustomer } from '@/utils/extract';
import { checkCustomer } from '@/utils/core/checks/check-customer';
import { pickText } from '@/utils/core/script/locale-text';
import { buildCardView } from '@/utils/ui/card-view';
import type { CallbackKind } from '@/utils/core/callback-kinds';
import { createTranslate } from '@/utils/ui/i18n';
import type { Locale } from '@/utils/core/script/locale-text';
import { parsePage } from '../extract/dom-helpers';

const NOW = new Date('2025-11-03T02:00:00Z');

function cardFlags(html: string, locale: Locale, kind: CallbackKind = 'new-contract') {
  const context = extractCustomer(parsePage(html), 'https://unknown.example/x', NOW, undefined, { adapters: [] });
  const findings = checkCustomer({
    context,
    customerKey: 'k',
    kind,
    agent: '王坐席',
    others: [],
    today: '2025-11-03',
  });
  const checks = findings
    .filter((f) => f.severity !== 'info')
    .map((f) => ({ code: f.code, field: f.field ?? undefined, message: pickText(f.message, locale) }));
  const view = buildCardView(context, {
    locale,
    t: createTranslate(locale),
    revealed: false,
    today: '2025-11-03',
    extraFlags: checks,
  });
  return view.flags.map((f) => f.text);
}

const page = (id: string, extra = '') =>
  `<main><h1>客户详情</h1><dl><dt>姓名</dt><dd>周九</dd><dt>手机号码</dt><dd>13812346390</dd><dt>身份证号</dt><dd>${id}</dd>${extra}</dl></main>`;

describe('card warning lines', () => {
  it('shows a failed check digit once, in Chinese, with the reason', () => {
    const lines = cardFlags(page('110105197911083171'), 'zh-CN');
    const idLines = lines.filter((l) => l.includes('身份证') || /ID/i.test(l));
    expect(idLines).toEqual(['身份证号校验位不符，请核实。']);
  });

  it('shows the same problem once in English for an English panel', () => {
    const lines = cardFlags(page('110105197911083171'), 'en');
    expect(lines.filter((l) => /ID number/i.test(l))).toEqual(['The ID number fails its check digit; check it.']);
    expect(lines.some((l) => /[\u4e00-\u9fff]/.test(l))).toBe(false);
  });

  it('shows a birth date and a gender that disagree with the ID number without English in a Chinese panel', () => {
    const lines = cardFlags(
      page('110105197911083172', '<dt>性别</dt><dd>女</dd><dt>出生日期</dt><dd>1979-11-09</dd>'),
      'zh-CN',
    );
    expect(lines.filter((l) => l.includes('出生日期'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('性别'))).toHaveLength(1);
    expect(lines.some((l) => /[A-Za-z]{4,}/.test(l))).toBe(false);
  });

  it('translates a warning only the extractor raises (a 15-digit ID number)', () => {
    const lines = cardFlags(page('110105791108317'), 'zh-CN');
    expect(lines.some((l) => /[A-Za-z]{4,}/.test(l))).toBe(false);
  });
});

describe('ids of Taiwan and Hong Kong; missing fields named once', () => {
  it('a valid Taiwan or Hong Kong id number raises no 18-digit warning', () => {
    const cases: [string, string][] = [
      ['zh-TW', 'A123456789'],
      ['zh-HK', 'A123456(3)'],
    ];
    for (const [lang, id] of cases) {
      const lines = cardFlags(`<html lang="${lang}"><body>${page(id)}</body></html>`, 'zh-CN');
      expect(lines.filter((l) => l.includes('身份证') || /ID/.test(l))).toEqual([]);
    }
  });

  it('a key field the line under the card names is not repeated among the warnings', () => {
    // The hesitation-period callback needs the holder's gender and birth date; the line under the card names them.
    const lines = cardFlags(
      '<main><h1>客户详情</h1><dl><dt>姓名</dt><dd>周九</dd><dt>手机号码</dt><dd>13812346390</dd><dt>身份证号</dt><dd>11010519491231002X</dd></dl></main>',
      'zh-CN',
      'hesitation-period',
    );
    expect(lines.filter((l) => l.includes('性别') || l.includes('出生日期'))).toEqual([]);
  });
});
