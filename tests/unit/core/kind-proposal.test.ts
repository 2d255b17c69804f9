import { proposeKind } from '@/utils/core/kind-proposal';

describe('proposeKind', () => {
  it.each([
    [
      { worklist: { kind: 'power-repair', rows: [4] }, dueKind: 'new-contract' },
      'power-repair',
      '工作清单第 4 行：故障报修回访',
    ],
    [{ dueKind: 'termination', product: '安心寿' }, 'termination', '该客户有待办的解约回访'],
    [{ product: '安心终身寿险', hasSignDate: true }, 'hesitation-period', '产品中有“寿险”：犹豫期回访'],
    [{ pageText: '新单回访 · 保单详情', hasSignDate: true }, 'hesitation-period', '页面中有“新单”：犹豫期回访'],
    [{ pageText: '客户详情', hasSignDate: true }, 'new-contract', '页面有签约日期：新签约回访'],
    [
      { pageText: '客户详情', hasSignDate: true, industry: 'power' },
      'power-business',
      '页面没有线索，按本行业常用的业扩回访',
    ],
    [{}, 'continuous', '页面没有线索，按本行业常用的持续回访'],
  ] as const)('%j → %s', (evidence, kind, reason) => {
    const proposal = proposeKind(evidence);
    expect(proposal.kind).toBe(kind);
    expect(proposal.reason['zh-CN']).toBe(reason);
  });
});
