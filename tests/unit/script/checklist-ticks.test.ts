import { dealerVisitFollowup } from '@/utils/core/playbooks/dealer-visit-followup';
import { wealthNewContract } from '@/utils/core/playbooks/wealth-new-contract';
import { listOpenRequiredItems, listPathSteps } from '@/utils/core/script/checklist-scope';
import { applyEvent, createEngineState, type EngineEvent, type EngineState } from '@/utils/core/script/engine';
import { lintParsedScript } from '@/utils/core/script/lint';
import { summariseResult } from '@/utils/core/script/result';
import type { Script } from '@/utils/core/script/schema';
import { buildChecklist } from '@/utils/ui/runner-view';
import { walkPlaybook } from '../playbooks/walk-playbook';

const T = (s: number) => new Date(Date.UTC(2026, 10, 27, 2, 0, s)).toISOString();
const zh = (text: string) => ({ 'zh-CN': text, en: text });

// identity (yes → risk | no → wrong) · risk (yes/no) · promise (yes/no) · close (say, ends)
const script: Script = {
  id: 'ticks',
  version: 1,
  title: zh('ticks'),
  kinds: ['new-contract'],
  start: 'identity',
  steps: [
    {
      id: 'identity',
      type: 'question',
      input: 'yes-no',
      text: zh('本人吗？'),
      options: [
        { value: 'yes', goto: 'risk' },
        { value: 'no', goto: 'wrong' },
      ],
    },
    { id: 'wrong', type: 'say', text: zh('打扰了'), end: 'wrong-number' },
    { id: 'risk', type: 'question', input: 'yes-no', text: zh('揭示风险了吗？'), next: 'promise' },
    { id: 'promise', type: 'question', input: 'yes-no', text: zh('承诺收益了吗？'), next: 'close' },
    { id: 'close', type: 'say', text: zh('服务电话'), end: 'done' },
  ],
  checklist: [
    {
      id: 'identity-ok',
      text: zh('本人'),
      required: true,
      rule: 'r',
      satisfiedBy: [{ step: 'identity', answers: ['yes'] }],
    },
    {
      id: 'risk-ok',
      text: zh('风险'),
      required: true,
      rule: 'r',
      satisfiedBy: [
        { step: 'risk', answers: ['yes'] },
        { step: 'promise', answers: ['no'] },
      ],
    },
    { id: 'phone', text: zh('服务电话'), required: true, rule: 'r', satisfiedBy: [{ step: 'close' }] },
    { id: 'manual', text: zh('回避'), required: true, rule: 'r' },
  ],
  outcomes: [
    { id: 'done', label: zh('完成'), record: 'reached' },
    { id: 'wrong-number', label: zh('号码错误'), record: 'wrong-number' },
  ],
};

function play(events: EngineEvent[]): EngineState {
  return events.reduce(
    (state, event) => {
      const next = applyEvent(script, state, event);
      if (next.problem) throw new Error(next.problem.message);
      return next;
    },
    applyEvent(script, createEngineState(script), { type: 'start', at: T(0) }),
  );
}
const ans = (s: number, value?: string): EngineEvent => ({ type: 'answer', at: T(s), value });

describe('answers tick checklist items (satisfiedBy)', () => {
  it('lints clean', () => {
    expect(lintParsedScript(script)).toEqual([]);
  });

  it('ticks an item with the time of the answer that satisfies it', () => {
    const state = play([ans(5, 'yes')]);
    expect(state.ticks).toEqual({ 'identity-ok': T(5) });
  });

  it('an answer outside the listed ones ticks nothing', () => {
    const state = play([ans(5, 'yes'), ans(6, 'yes'), ans(7, 'yes')]);
    expect(state.ticks['risk-ok']).toBeUndefined();
  });

  it('an item with several steps ticks when the last of them is answered as listed', () => {
    const state = play([ans(5, 'yes'), ans(6, 'yes'), ans(9, 'no')]);
    expect(state.ticks['risk-ok']).toBe(T(9));
  });

  it('a say step ticks once said, and the script ending there counts', () => {
    const state = play([ans(5, 'yes'), ans(6, 'yes'), ans(9, 'no'), ans(12)]);
    expect(state.status).toBe('ended');
    expect(state.ticks.phone).toBe(T(12));
    expect(summariseResult(script, state).missingTicks).toEqual(['manual']);
  });

  it('changing an answer takes back the tick the engine gave', () => {
    const state = play([ans(5, 'yes'), { type: 'back', at: T(6) }, ans(7, 'no')]);
    expect(state.ticks['identity-ok']).toBeUndefined();
  });

  it('a tick the agent made by hand stays when the answer changes', () => {
    const state = play([
      { type: 'tick', at: T(3), item: 'identity-ok' },
      ans(5, 'yes'),
      { type: 'back', at: T(6) },
      ans(7, 'no'),
    ]);
    expect(state.ticks['identity-ok']).toBe(T(3));
  });

  it('ticking after the end is taken (the agent completes the checklist before recording)', () => {
    const state = play([ans(5, 'no'), ans(6), { type: 'tick', at: T(8), item: 'manual' }]);
    expect(state.status).toBe('ended');
    expect(state.ticks.manual).toBe(T(8));
  });
});

describe('an item is required on the paths that reach it', () => {
  it('a branch the answers did not take owes nothing', () => {
    const state = play([ans(5, 'no'), ans(6)]);
    expect([...listPathSteps(script, state)]).toEqual(['identity', 'wrong']);
    // The risk and service-phone items belong to the other branch; identity was answered "no", so it stays open.
    expect(listOpenRequiredItems(script, state).map((i) => i.id)).toEqual(['identity-ok', 'manual']);
  });

  it('the panel stars and counts the same items: a branch not taken is not required there either', () => {
    const state = play([ans(5, 'no'), ans(6)]);
    const items = buildChecklist(script, state, 'zh-CN');
    expect(items.filter((i) => i.required).map((i) => i.id)).toEqual(['identity-ok', 'manual']);
    expect(items.find((i) => i.id === 'risk-ok')).toMatchObject({ required: false, checked: false });
    // On the other branch the same items are required again.
    const other = buildChecklist(script, play([ans(5, 'yes')]), 'zh-CN');
    expect(other.filter((i) => i.required).map((i) => i.id)).toEqual(['identity-ok', 'risk-ok', 'phone', 'manual']);
  });

  it('a call the agent ends early still owes the items of the steps ahead', () => {
    const state = play([ans(5, 'yes'), { type: 'end', at: T(6), outcome: 'done' }]);
    expect(listOpenRequiredItems(script, state).map((i) => i.id)).toEqual(['risk-ok', 'phone', 'manual']);
  });

  it('wealth new-contract, answered cleanly: only the items no answer can prove stay open', () => {
    const walk = walkPlaybook(wealthNewContract, {
      identity: 'yes',
      convenient: 'yes',
      recording: 'yes',
      'confirm-contract': 'yes',
      'own-signature': 'yes',
      'contact-data': 'yes',
      explained: 'yes',
      'risk-disclosed': 'yes',
      'promised-return': 'no',
      'private-fee': 'no',
      'account-control': 'self',
      satisfaction: 'satisfied',
      suggestions: 'no',
    });
    const result = summariseResult(wealthNewContract, walk.state);
    expect(walk.state.status).toBe('ended');
    expect(result.missingTicks).toEqual(['no-conflict', 'within-five-days']);
    expect(Object.keys(result.ticks)).toEqual(
      expect.arrayContaining(['recorded', 'identity-confirmed', 'contract-verified', 'risk-and-no-promise']),
    );
  });

  it('wealth new-contract ended after 3 steps owes the contract, conduct and satisfaction items', () => {
    let state = applyEvent(wealthNewContract, createEngineState(wealthNewContract), {
      type: 'start',
      at: T(0),
      context: {},
    });
    for (const [s, value] of [
      [1, 'yes'],
      [2, 'yes'],
      [3, 'yes'],
    ] as const)
      state = applyEvent(wealthNewContract, state, { type: 'answer', at: T(s), value });
    state = applyEvent(wealthNewContract, state, { type: 'end', at: T(4), outcome: 'completed' });
    const open = listOpenRequiredItems(wealthNewContract, state).map((i) => i.id);
    expect(open).toEqual(
      expect.arrayContaining(['contract-verified', 'risk-and-no-promise', 'no-violations', 'satisfaction-asked']),
    );
    expect(open).not.toContain('identity-confirmed');
  });

  it('dealer follow-up: a customer who does not remember the visit owes no source or invitation', () => {
    const walk = walkPlaybook(dealerVisitFollowup, {
      'right-person': 'yes',
      'remembers-visit': 'no',
      'convenient-time': 'morning',
    });
    const open = summariseResult(dealerVisitFollowup, walk.state).missingTicks;
    expect(open).not.toContain('source-recorded');
    expect(open).not.toContain('invitation-made');
  });
});
