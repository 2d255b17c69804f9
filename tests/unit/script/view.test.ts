import { applyEvent, createEngineState, type EngineEvent } from '@/utils/core/script/engine';
import { currentStepView } from '@/utils/core/script/view';
import { loadExample } from './script-fixture';

const script = loadExample();
const at = '2026-11-27T10:00:00+08:00';
const run = (events: EngineEvent[]) =>
  events.reduce((state, event) => applyEvent(script, state, event), createEngineState(script));

describe('currentStepView', () => {
  it('renders the step text with values and visible gaps', () => {
    const view = currentStepView(run([{ type: 'start', at }]), script, { name: '张三', agentName: '李四' }, 'zh-CN');
    expect(view?.text).toBe('您好，请问是张三吗？我是【缺：公司名称】的李四。');
    expect(view?.segments.filter((segment) => segment.kind === 'gap')).toEqual([
      { kind: 'gap', field: 'companyName', text: '【缺：公司名称】' },
    ]);
  });

  it('offers the standard answers of a satisfaction question with the chosen one marked, and its flag', () => {
    const state = run([
      { type: 'start', at },
      { type: 'answer', at },
      { type: 'answer', at, value: 'yes' },
      { type: 'answer', at, value: '' },
      { type: 'answer', at, value: 'dissatisfied' },
      { type: 'back', at },
    ]);
    const view = currentStepView(state, script, {}, 'en');
    expect(view?.options).toEqual([
      { value: 'satisfied', label: 'Satisfied', selected: false },
      { value: 'fairly-satisfied', label: 'Fairly satisfied', selected: false },
      { value: 'basically-satisfied', label: 'Basically satisfied', selected: false },
      { value: 'dissatisfied', label: 'Dissatisfied', selected: true },
    ]);
    expect(view?.flags).toEqual([{ flag: 'dissatisfied', label: 'Dissatisfied', escalate: false }]);
    expect(view?.canBack).toBe(true);
  });

  it('shows the checklist items of the step and whether they are ticked', () => {
    const state = run([
      { type: 'start', at },
      { type: 'jump', at, to: 'close' },
      { type: 'tick', at, item: 'service-number' },
    ]);
    expect(currentStepView(state, script, {}, 'zh-CN')?.checklist).toEqual([
      { id: 'service-number', text: '告知服务电话', required: true, rule: '篇一', tickedAt: at },
    ]);
  });

  it('is null before the call starts', () => {
    expect(currentStepView(createEngineState(script), script, {}, 'en')).toBeNull();
  });
});
