import { renderSegments, renderText, maskValue } from '@/utils/core/script/placeholders';

const values = {
  name: '张三',
  mobile: '13812345678',
  phone: '01062345678;ext=123',
  idNumber: '11010519491231002X',
  signDate: '2026-11-20',
  email: '   ',
};

describe('renderText', () => {
  it.each([
    ['a plain value', '您好，{{name}}', 'zh-CN', '您好，张三'],
    ['a date in Chinese', '签约日期 {{signDate|date}}', 'zh-CN', '签约日期 2026年11月20日'],
    ['a date in English', 'signed on {{ signDate | date }}', 'en', 'signed on 20 November 2026'],
    ['a masked mobile, speakable', '手机号{{mobile|mask}}', 'zh-CN', '手机号尾号 5678'],
    ['a masked mobile in English', 'your mobile {{mobile|mask}}', 'en', 'your mobile ending in 5678'],
    ['a masked ID number, speakable', '{{idNumber|mask}}', 'zh-CN', '尾号 002X'],
    ['a mobile in spoken groups', '{{mobile}}', 'zh-CN', '138 1234 5678'],
    ['a landline with its extension', '{{phone}}', 'zh-CN', '010 6234 5678 转 123'],
    ['a landline with its extension in English', '{{phone}}', 'en', '010 6234 5678 extension 123'],
    ['a masked landline with an extension', '{{phone|mask}}', 'zh-CN', '尾号 5678'],
    ['the last four digits', 'ending {{mobile|last4}}', 'en', 'ending 5678'],
    ['a missing value as a gap', '您好，{{company}}', 'zh-CN', '您好，【缺：单位】'],
    ['a blank value as a gap', 'mail {{email}}', 'en', 'mail [missing: e-mail]'],
    ['an unknown field as a gap with its key', 'Hi {{nickname}}', 'en', 'Hi [missing: nickname]'],
  ] as const)('renders %s', (_label, text, locale, expected) => {
    expect(renderText(text, values, { locale })).toBe(expected);
  });

  it('never prints undefined or an empty value', () => {
    const rendered = renderText('{{name}}{{phone}}{{address|mask}}', { phone: '' }, { locale: 'en' });
    expect(rendered).not.toMatch(/undefined|null/);
    expect(rendered).toBe('[missing: name][missing: phone][missing: address]');
  });

  it('labels a custom field gap with its declared label', () => {
    const customFields = [{ key: 'policyNumber', label: { 'zh-CN': '保单号', en: 'policy number' } }];
    expect(renderText('保单 {{policyNumber}}', {}, { locale: 'zh-CN', customFields })).toBe('保单 【缺：保单号】');
  });

  it('splits text into segments the panel can style', () => {
    expect(renderSegments('您好{{name}}，{{company}}', { name: '张三' }, { locale: 'zh-CN' })).toEqual([
      { kind: 'text', text: '您好' },
      { kind: 'value', text: '张三', field: 'name' },
      { kind: 'text', text: '，' },
      { kind: 'gap', text: '【缺：单位】', field: 'company' },
    ]);
  });

  it('does not treat a value that looks like a placeholder as one', () => {
    expect(renderText('{{name}}', { name: '{{mobile}}' }, { locale: 'en' })).toBe('{{mobile}}');
  });

  it.each([
    ['1234', '***4'],
    ['0571-8888', '05*****88'],
    ['', ''],
  ])('masks %j as %j', (input, expected) => {
    expect(maskValue(input)).toBe(expected);
  });
});
