import { applyEvent, createEngineState, type EngineEvent, type EngineState } from '@/utils/core/script/engine';
import type { Script } from '@/utils/core/script/schema';
import { loadExample, text } from './script-fixture';

const script = loadExample();
const T = (minute: number) => `2026-11-27T10:${String(minute).padStart(2, '0')}:00+08:00`;
const context = { name: '张三', agentName: '李四', companyName: '慧方软件', servicePhone: '400-800-1234' };

function walk(events: EngineEvent[], on: Script = script): EngineState {
  return events.reduce((state, event) => applyEvent(on, state, event), createEngineState(on));
}

const start: EngineEvent = { type: 'start', at: T(0), context };
const said: EngineEvent = { type: 'answer', at: T(1) };
const yes: EngineEvent = { type: 'answer', at: T(2), value: 'yes' };
const toSatisfaction: EngineEvent[] = [start, said, yes, { type: 'answer', at: T(3), value: '打印很慢' }];

describe('applyEvent', () => {
  it.each<[string, EngineEvent[], EngineEvent, Partial<EngineState>]>([
    ['start goes to the start step', [], start, { status: 'running', current: 'greet', startedAt: T(0) }],
    ['a say step is done without a value', [start], said, { current: 'convenient', problem: null }],
    [
      'a no raises its flag and goes its way',
      [start, said],
      { type: 'answer', at: T(2), value: 'no' },
      {
        current: 'later',
        answers: { convenient: 'no' },
        flags: [{ flag: 'call-back-requested', step: 'convenient', at: T(2) }],
      },
    ],
    [
      'Chinese 是 counts as yes',
      [start, said],
      { type: 'answer', at: T(2), value: '是' },
      { current: 'problems', answers: { convenient: 'yes' } },
    ],
    [
      'satisfaction accepts 不满意 and raises its flag',
      toSatisfaction,
      { type: 'answer', at: T(4), value: '不满意' },
      { current: 'close', flags: [{ flag: 'dissatisfied', step: 'satisfaction', at: T(4) }] },
    ],
    [
      'a closing say step ends the call with its outcome',
      [...toSatisfaction, { type: 'answer', at: T(4), value: 'satisfied' }],
      { type: 'answer', at: T(5) },
      {
        status: 'ended',
        endedAt: T(5),
        outcome: { id: 'done', record: 'reached', step: 'close', at: T(5), by: 'script' },
      },
    ],
    ['skip follows the default way on', [start], { type: 'skip', at: T(1) }, { current: 'convenient', answers: {} }],
    [
      'jump goes anywhere',
      [start],
      { type: 'jump', at: T(1), to: 'satisfaction' },
      {
        current: 'satisfaction',
        path: [
          { step: 'greet', via: 'start', at: T(0) },
          { step: 'satisfaction', via: 'jump', at: T(1) },
        ],
      },
    ],
    [
      'tick stores the time',
      [start],
      { type: 'tick', at: T(3), item: 'service-number' },
      { ticks: { 'service-number': T(3) } },
    ],
    [
      'untick removes it',
      [start, { type: 'tick', at: T(3), item: 'service-number' }],
      { type: 'untick', at: T(4), item: 'service-number' },
      { ticks: {} },
    ],
    [
      'the agent may end at any time',
      [start],
      { type: 'end', at: T(1), outcome: 'no-answer' },
      { status: 'ended', outcome: { id: 'no-answer', record: 'no-answer', step: 'greet', at: T(1), by: 'agent' } },
    ],
    [
      'back after the end reopens the call',
      [start, { type: 'end', at: T(1), outcome: 'done' }],
      { type: 'back', at: T(2) },
      { status: 'running', outcome: null, current: 'greet' },
    ],
    [
      'a wrong answer is refused with a reason',
      [start, said],
      { type: 'answer', at: T(2), value: 'perhaps' },
      { current: 'convenient', answers: {}, problem: { code: 'invalid-answer', message: 'Answer yes or no.' } },
    ],
    [
      'a question needs a value',
      [start, said],
      { type: 'answer', at: T(2) },
      {
        current: 'convenient',
        problem: {
          code: 'invalid-answer',
          message: 'Step "convenient" needs an answer; skip it to go on without one.',
        },
      },
    ],
    [
      'back on the first step is refused',
      [start],
      { type: 'back', at: T(1) },
      { current: 'greet', problem: { code: 'nothing-before', message: 'This is the first step.' } },
    ],
    [
      'an unknown outcome is refused',
      [start],
      { type: 'end', at: T(1), outcome: 'vanished' },
      {
        status: 'running',
        problem: { code: 'unknown-outcome', message: '"vanished" is not an outcome of this script.' },
      },
    ],
    [
      'answers after the end are refused',
      [start, { type: 'end', at: T(1), outcome: 'done' }],
      { type: 'skip', at: T(2) },
      { status: 'ended', problem: { code: 'ended', message: 'The call has ended; go back to change it.' } },
    ],
    [
      'ticks after the end are taken: the agent confirms the checklist before recording',
      [start, { type: 'end', at: T(1), outcome: 'done' }],
      { type: 'tick', at: T(2), item: 'service-number' },
      { status: 'ended', ticks: { 'service-number': T(2) }, problem: null },
    ],
    [
      'nothing happens before start',
      [],
      said,
      { status: 'ready', problem: { code: 'not-started', message: 'The call has not started.' } },
    ],
  ])('%s', (_label, before, event, expected) => {
    expect(applyEvent(script, walk(before), event)).toMatchObject(expected);
  });

  it('records the placeholder values read, gaps as null', () => {
    const state = walk([{ type: 'start', at: T(0), context: { name: '张三' } }]);
    expect(state.placeholders).toEqual({ name: '张三', companyName: null, agentName: null });
  });

  it('going back and changing an answer drops only the answers that depended on it, visibly', () => {
    const before = walk([
      ...toSatisfaction,
      { type: 'answer', at: T(4), value: 'dissatisfied' },
      { type: 'back', at: T(5) },
      { type: 'back', at: T(5) },
      { type: 'back', at: T(5) },
    ]);
    expect(before.current).toBe('convenient');
    expect(before.ahead).toEqual(['problems', 'satisfaction', 'close']);
    const after = applyEvent(script, before, { type: 'answer', at: T(6), value: 'no' });
    expect(after.current).toBe('later');
    expect(after.answers).toEqual({ convenient: 'no' });
    expect(after.invalidated).toEqual([
      { step: 'problems', value: '打印很慢', at: T(6), because: 'convenient' },
      { step: 'satisfaction', value: 'dissatisfied', at: T(6), because: 'convenient' },
    ]);
    expect(after.flags.map((flag) => flag.flag)).toEqual(['call-back-requested']);
  });

  it('going back and giving the same answer keeps everything after it', () => {
    const before = walk([...toSatisfaction, { type: 'back', at: T(4) }, { type: 'back', at: T(4) }]);
    const after = applyEvent(script, before, { type: 'answer', at: T(5), value: 'yes' });
    expect(after).toMatchObject({ current: 'problems', ahead: ['satisfaction'], invalidated: [] });
    expect(after.answers).toEqual({ convenient: 'yes', problems: '打印很慢' });
  });

  it('keeps the answers of steps the new branch joins again', () => {
    const branching = loadExample();
    branching.steps.push({
      id: 'why',
      type: 'question',
      input: 'text',
      text: text('为什么？', 'Why?'),
      next: 'satisfaction',
    });
    const problems = branching.steps.find((step) => step.id === 'problems');
    const convenient = branching.steps.find((step) => step.id === 'convenient');
    if (convenient?.type !== 'question' || !problems) throw new Error('example changed');
    convenient.options = [
      { value: 'yes', goto: 'problems' },
      { value: 'no', goto: 'why' },
    ];
    const before = walk(
      [
        ...toSatisfaction,
        { type: 'answer', at: T(4), value: 'satisfied' },
        { type: 'back', at: T(5) },
        { type: 'back', at: T(5) },
        { type: 'back', at: T(5) },
      ],
      branching,
    );
    const after = applyEvent(branching, before, { type: 'answer', at: T(6), value: 'no' });
    expect(after.current).toBe('why');
    expect(after.ahead).toEqual(['satisfaction', 'close']);
    expect(after.invalidated.map((entry) => entry.step)).toEqual(['problems']);
    expect(after.answers).toMatchObject({ satisfaction: 'satisfied' });
  });
});

describe('moving around after going back', () => {
  const backTwice = [...toSatisfaction, { type: 'back', at: T(4) }, { type: 'back', at: T(4) }] satisfies EngineEvent[];

  it.each<[string, EngineEvent, Partial<EngineState>]>([
    [
      'a jump drops nothing',
      { type: 'jump', at: T(5), to: 'close' },
      { current: 'close', ahead: [], invalidated: [], answers: { convenient: 'yes', problems: '打印很慢' } },
    ],
    [
      'a skip off the old path drops nothing either',
      { type: 'skip', at: T(5) },
      { current: 'later', ahead: [], invalidated: [], answers: { convenient: 'yes', problems: '打印很慢' } },
    ],
  ])('%s', (_label, event, expected) => {
    expect(applyEvent(script, walk(backTwice), event)).toMatchObject(expected);
  });

  it('a skip along the old path keeps what lies ahead', () => {
    const events: EngineEvent[] = [
      ...toSatisfaction,
      { type: 'answer', at: T(4), value: 'satisfied' },
      { type: 'back', at: T(5) },
      { type: 'back', at: T(5) },
    ];
    const state = applyEvent(script, walk(events), { type: 'skip', at: T(6) });
    expect(state).toMatchObject({ current: 'satisfaction', ahead: ['close'], answers: { satisfaction: 'satisfied' } });
  });
});
