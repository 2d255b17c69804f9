import { applyEvent, createEngineState, type EngineEvent, type EngineState } from '@/utils/core/script/engine';
import { listRecordedAnswers } from '@/utils/core/script/engine-repeat';
import { lintScript, parseScript } from '@/utils/core/script/lint';
import { getEscalationSeverity } from '@/utils/core/rules/escalations';
import type { Script } from '@/utils/core/script/schema';

const text = (zh: string) => ({ 'zh-CN': zh, en: zh });
const outcomes = [{ id: 'done', label: text('完成'), record: 'reached' }];

const withBlocks = {
  format: 2,
  id: 'blocks',
  version: 1,
  title: text('块'),
  kinds: ['travel-pre-use', 'travel-post-use'],
  start: 'a',
  startByKind: { 'travel-post-use': 'b' },
  blocks: [
    {
      id: 'opening',
      steps: [
        { id: 'greet', type: 'question', input: 'yes-no', text: text('您好'), options: [{ value: 'no', goto: 'bye' }] },
        { id: 'ok', type: 'say', text: text('好') },
      ],
    },
  ],
  steps: [
    { type: 'use', id: 'a', block: 'opening', next: 'a-main' },
    { type: 'use', id: 'b', block: 'opening', next: 'b-main' },
    { id: 'a-main', type: 'say', text: text('甲'), next: 'bye' },
    { id: 'b-main', type: 'say', text: text('乙'), next: 'bye' },
    { id: 'bye', type: 'say', text: text('再见'), end: 'done' },
  ],
  checklist: [
    {
      id: 'greeted',
      text: text('问候'),
      required: true,
      rule: '篇一',
      satisfiedBy: [{ step: 'greet', answers: ['yes'] }],
    },
  ],
  outcomes,
};

function play(script: Script, events: EngineEvent[]): EngineState {
  return events.reduce((state, event) => applyEvent(script, state, event), createEngineState(script));
}
const at = '2026-11-29T03:00:00.000Z';

describe('blocks (format 2)', () => {
  const parsed = parseScript(withBlocks);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const script = parsed.script;

  it('expands each use into prefixed copies that lint clean', () => {
    expect(script.steps.map((s) => s.id)).toEqual(['a.greet', 'a.ok', 'b.greet', 'b.ok', 'a-main', 'b-main', 'bye']);
    expect(script.start).toBe('a.greet');
    expect(script.startByKind).toEqual({ 'travel-post-use': 'b.greet' });
    expect(lintScript(withBlocks).errors).toEqual([]);
  });

  it('a kind starts on its own copy, and the block goes on to its use step’s next', () => {
    const state = play(script, [
      { type: 'start', at, kind: 'travel-post-use' },
      { type: 'answer', at, value: 'yes' },
      { type: 'answer', at },
    ]);
    expect(state.path.map((p) => p.step)).toEqual(['b.greet', 'b.ok', 'b-main']);
    // The checklist item names the block's step: the copy on the path ticks it.
    expect(Object.keys(state.ticks)).toEqual(['greeted']);
  });

  it('a reference out of the block reaches the script’s step', () => {
    const state = play(script, [
      { type: 'start', at },
      { type: 'answer', at, value: 'no' },
    ]);
    expect(state.current).toBe('bye');
  });

  it('an unknown block is refused, naming the blocks there are', () => {
    const bad = {
      ...withBlocks,
      steps: [{ type: 'use', id: 'a', block: 'openning', next: 'bye' }, ...withBlocks.steps.slice(2)],
    };
    const { errors } = lintScript(bad);
    expect(errors).toContainEqual(
      expect.objectContaining({
        code: 'unknown-block',
        path: '$.steps[0].block',
        message: expect.stringContaining('opening'),
      }),
    );
  });

  it('a copy whose id clashes with a step is a duplicate id', () => {
    const bad = {
      ...withBlocks,
      steps: [...withBlocks.steps, { id: 'a.ok', type: 'say', text: text('重'), end: 'done' }],
    };
    expect(lintScript(bad).errors.map((e) => e.code)).toContain('duplicate-id');
  });
});

const looping = {
  format: 2,
  id: 'loop',
  version: 1,
  title: text('循环'),
  kinds: ['software-checkin'],
  start: 'ask',
  steps: [
    {
      id: 'ask',
      type: 'question',
      input: 'text',
      text: text('还有问题吗？'),
      repeat: { max: 3, then: 'bye' },
      next: 'more',
    },
    {
      id: 'more',
      type: 'question',
      input: 'yes-no',
      text: text('还有吗？'),
      options: [
        { value: 'yes', goto: 'ask' },
        { value: 'no', goto: 'bye' },
      ],
    },
    { id: 'bye', type: 'say', text: text('再见'), end: 'done' },
  ],
  outcomes,
};

describe('repeat (format 2)', () => {
  const parsed = parseScript(looping);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const script = parsed.script;
  const round = (value: string): EngineEvent[] => [
    { type: 'answer', at, value },
    { type: 'answer', at, value: 'yes' },
  ];

  it('lints clean: the loop has a way out', () => {
    expect(lintScript(looping).errors).toEqual([]);
  });

  it('keeps every round’s answer and leaves the loop after max rounds', () => {
    const state = play(script, [{ type: 'start', at }, ...round('价格'), ...round('售后'), ...round('发票')]);
    expect(state.current).toBe('bye');
    expect(state.rounds?.ask).toEqual(['价格', '售后', '发票']);
    expect(listRecordedAnswers(script, state).ask).toEqual(['价格', '售后', '发票']);
  });

  it('each round asks afresh; going back shows the earlier round’s answer', () => {
    let state = play(script, [{ type: 'start', at }, ...round('价格')]);
    expect(state.current).toBe('ask');
    expect(state.answers.ask).toBeUndefined();
    state = applyEvent(script, applyEvent(script, state, { type: 'back', at }), { type: 'back', at });
    expect(state.current).toBe('ask');
    expect(state.answers.ask).toBe('价格');
    state = applyEvent(script, state, { type: 'answer', at, value: '价格和配送' });
    expect(state.rounds?.ask).toEqual(['价格和配送']);
  });

  it('refuses a repeated multiple choice and a loop into itself', () => {
    const bad = structuredClone(looping);
    Object.assign(bad.steps[0] ?? {}, {
      input: 'multiple',
      options: [{ value: 'a', label: text('甲') }],
      repeat: { max: 2, then: 'ask' },
    });
    const codes = lintScript(bad).errors.filter((e) => e.code === 'invalid-repeat');
    expect(codes).toHaveLength(2);
  });
});

describe('flag severity (format 2)', () => {
  it('a script sets the severity of a serious anomaly; the default stays otherwise', () => {
    expect(getEscalationSeverity('complaint')).toBe('medium');
    expect(getEscalationSeverity('complaint', { complaint: 'high' })).toBe('high');
    expect(lintScript({ ...looping, flagSeverity: { complaint: 'high' } }).errors).toEqual([]);
  });

  it('refuses a severity on a flag that opens no escalation', () => {
    const { errors } = lintScript({ ...looping, flagSeverity: { dissatisfied: 'high' } });
    expect(errors).toEqual([expect.objectContaining({ code: 'flag-severity', path: '$.flagSeverity.dissatisfied' })]);
  });
});

describe('a repeated question on the panel’s path line', () => {
  it('shows each round with its own answer', async () => {
    const { describePath } = await import('@/utils/ui/runner-view');
    const parsed = parseScript(looping);
    if (!parsed.ok) throw new Error('bad');
    const state = play(parsed.script, [
      { type: 'start', at },
      { type: 'answer', at, value: '价格' },
      { type: 'answer', at, value: 'yes' },
      { type: 'answer', at, value: '售后' },
    ]);
    const lines = describePath(parsed.script, state, 'zh-CN');
    expect(lines[0]).toBe('还有问题吗？ → 价格');
    expect(lines[2]).toBe('还有问题吗？ → 售后');
  });
});
