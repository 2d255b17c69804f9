import type { Script } from '@/utils/core/script/schema';
import { createTranslate } from '@/utils/ui/i18n';
import { buildExtraRows, listMissingCustomFields } from '@/utils/ui/custom-fields-view';
import { builtinPlaybooks } from '@/utils/core/playbooks';

const t = createTranslate('zh-CN');
const script = {
  ...(builtinPlaybooks[0] as Script),
  customFields: [
    { key: 'loanAmount', label: { 'zh-CN': '贷款金额', en: 'loan amount' }, type: 'number' },
    { key: 'carModel', label: { 'zh-CN': '车型', en: 'car model' } },
    {
      key: 'firstRepayment',
      label: { 'zh-CN': '首期还款日', en: 'first repayment' },
      type: 'date',
      compute: { from: 'signDate', add: 1, unit: 'months' },
    },
  ],
} satisfies Script;
const value = (v: string, via: 'adapter' | 'taught') => ({
  value: v,
  raw: v,
  source: via === 'adapter' ? { via, adapterId: 'site:http://crm.test' } : { via },
});

describe('custom fields on the panel', () => {
  it('shows each extra value with the script’s label and where it came from, declared ones first', () => {
    const rows = buildExtraRows(
      { extra: { branch: value('杭州分行', 'adapter'), loanAmount: value('150,000', 'taught') } },
      script,
      'zh-CN',
      t,
    );
    expect(rows.map((r) => [r.label, r.display, r.source])).toEqual([
      ['贷款金额', '150,000', '来源：在页面上选取'],
      ['branch', '杭州分行', '来源：按页面规则读取（site:http://crm.test）'],
    ]);
  });

  it('masks a value that reads like a phone or ID number until revealed, and leaves out the other phones', () => {
    const extra = { contactPhone: value('13912345678', 'adapter'), otherPhones: value('13800000000', 'adapter') };
    const hidden = buildExtraRows({ extra }, null, 'zh-CN', t);
    expect(hidden.map((r) => [r.key, r.masked])).toEqual([['contactPhone', true]]);
    expect(hidden[0]?.display).not.toContain('12345678');
    expect(buildExtraRows({ extra }, null, 'zh-CN', t, true)[0]?.display).toBe('13912345678');
  });

  it('offers to teach the script’s page-read custom fields the page does not give (never computed ones)', () => {
    expect(
      listMissingCustomFields({ extra: { loanAmount: value('1', 'taught') }, fields: {} }, script, 'zh-CN'),
    ).toEqual([{ key: 'carModel', label: '车型' }]);
    expect(listMissingCustomFields({ extra: {}, fields: {} }, null, 'zh-CN')).toEqual([]);
  });
});
