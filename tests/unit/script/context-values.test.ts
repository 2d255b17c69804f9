import { toContextValues } from '@/utils/core/script/context-values';
import { renderText } from '@/utils/core/script/placeholders';

const source = { via: 'adapter' as const };

describe('toContextValues', () => {
  it('flattens page fields, extras and the built-ins the panel knows', () => {
    const values = toContextValues(
      {
        fields: {
          name: { value: '张三', raw: '张 三', source },
          mobile: { value: '13812345678', raw: '138-1234-5678', source },
        },
        extra: { policyNumber: { value: 'P-001', raw: 'P-001', source }, name: { value: '别名', raw: '别名', source } },
      },
      { agentName: '李四', today: '2026-11-27' },
    );
    expect(values).toEqual({
      name: '张三',
      mobile: '13812345678',
      policyNumber: 'P-001',
      agentName: '李四',
      today: '2026-11-27',
    });
    expect(renderText('{{name}} {{mobile|mask}} {{companyName}}', values, { locale: 'zh-CN' })).toBe(
      '张三 尾号 5678 【缺：公司名称】',
    );
  });

  it('gives only the built-ins when no customer was found on the page', () => {
    expect(toContextValues(null, { servicePhone: '95598' })).toEqual({ servicePhone: '95598' });
  });
});
