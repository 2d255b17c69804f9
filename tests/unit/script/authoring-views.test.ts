import { readFileSync } from 'node:fs';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { locateJsonPath } from '@/utils/core/json-locate';
import { describeFlow } from '@/utils/core/script/flow';
import { lintScriptJson } from '@/utils/core/script/lint';
import { previewScript } from '@/utils/core/script/preview';
import type { Script } from '@/utils/core/script/schema';

const text = readFileSync('docs/examples/loan-welcome.json', 'utf8');
const script = lintScriptJson(text).script as Script;
const context: Record<string, string> = JSON.parse(readFileSync('docs/examples/loan-welcome-context.json', 'utf8'));

describe('flow view', () => {
  it('lists each step with its branches, depth, and no marks on a clean script', () => {
    const flow = describeFlow(script, 'zh-CN');
    expect(flow[0]).toEqual({
      id: 'greet',
      type: 'question',
      text: '您好，请问是{{name|honorific}}吗？我是{{companyName}}的回访专员{{agentName}}。',
      depth: 0,
      edges: [
        { when: '是', to: 'identity', outcome: null },
        { when: '否', to: 'ask-time', outcome: null },
      ],
      unreachable: false,
      deadEnd: false,
    });
    expect(flow.find((n) => n.id === 'bye-later')?.edges).toEqual([
      { when: '完成后', to: null, outcome: '约定改时间' },
    ]);
    expect(flow.find((n) => n.id === 'discrepancy')?.edges).toEqual([{ when: '下一步', to: 'fees', outcome: null }]);
    expect(flow.some((n) => n.unreachable || n.deadEnd)).toBe(false);
  });

  it('marks unreachable and dead-end steps', () => {
    const broken: Script = {
      ...script,
      steps: [
        ...script.steps,
        { id: 'orphan', type: 'say', text: { 'zh-CN': '孤立', en: 'orphan' }, next: 'loop' },
        { id: 'loop', type: 'say', text: { 'zh-CN': '循环', en: 'loop' }, next: 'orphan' },
      ],
    };
    const flow = describeFlow(broken, 'en');
    expect(flow.find((n) => n.id === 'orphan')).toMatchObject({ unreachable: true, deadEnd: true, depth: null });
    expect(flow.find((n) => n.id === 'close')).toMatchObject({ unreachable: false, deadEnd: false });
  });
});

describe('preview on a customer', () => {
  const calendar = createWorkingCalendar();
  it('fills every placeholder it can, computed dates included, and says whether and why it applies', () => {
    const preview = previewScript(script, { context, today: '2026-11-25', calendar, locale: 'zh-CN' });
    expect(preview.applies.applies).toBe(true);
    expect(preview.gaps).toEqual([]);
    const amount = preview.steps.find((s) => s.id === 'amount');
    expect(amount?.segments.map((s) => s.text).join('')).toBe(
      '您在2026年11月20日办理的安心车贷 36 期，贷款金额150,000元，首期还款日是2026年12月20日，对吗？',
    );
  });

  it('names the gaps a customer without a loan amount would show', () => {
    const { loanAmount: _dropped, ...rest } = context;
    const preview = previewScript(script, { context: rest, today: '2026-11-25', calendar, locale: 'en' });
    expect(preview.gaps).toEqual(['loan amount']);
    const amount = preview.steps.find((s) => s.id === 'amount');
    expect(amount?.segments).toContainEqual({ kind: 'gap', field: 'loanAmount', text: '[missing: loan amount]' });
  });
});

describe('locateJsonPath (lint errors at their line)', () => {
  it.each<[string, { line: number; column: number } | null]>([
    ['$', { line: 1, column: 1 }],
    ['$.steps[3].options[1].end', { line: 38, column: 33 }],
    ['$.customFields[1].compute.from', { line: 17, column: 28 }],
    // A missing key: the parent's line.
    ['$.steps[2].next', { line: 31, column: 5 }],
    ['$.steps[0].text["zh-CN"]', { line: 22, column: 26 }],
  ])('%s', (path, expected) => {
    expect(locateJsonPath(text, path)).toEqual(expected);
  });

  it('says nothing for a path the text does not reach', () => {
    expect(locateJsonPath('{ "a": ', '$.b')).toBeNull();
  });
});
