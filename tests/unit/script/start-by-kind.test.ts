import { applyEvent, createEngineState } from '@/utils/core/script/engine';
import { lintParsedScript, lintScript } from '@/utils/core/script/lint';
import { parseAnswers, playScript } from '@/utils/core/script/play';
import type { Script } from '@/utils/core/script/schema';
import { loadExample, text } from './script-fixture';

// The example serves software-checkin; here it also serves termination, which opens on its own step.
function withKindStart(): Script {
  const script = loadExample();
  script.kinds = ['software-checkin', 'termination'];
  script.startByKind = { termination: 'why-leave' };
  script.steps.push({
    id: 'why-leave',
    type: 'question',
    input: 'text',
    text: text('请问您不再续约的原因是？', 'May I ask why you are leaving?'),
    next: 'close',
  });
  return script;
}

describe('a start per kind (format v2)', () => {
  it('the engine starts on the kind’s own step, else on the common start', () => {
    const script = withKindStart();
    const at = '2026-11-27T02:00:00Z';
    const started = applyEvent(script, createEngineState(script), { type: 'start', at, kind: 'termination' });
    expect(started.current).toBe('why-leave');
    const common = applyEvent(script, createEngineState(script), { type: 'start', at, kind: 'software-checkin' });
    expect(common.current).toBe('greet');
    expect(applyEvent(script, createEngineState(script), { type: 'start', at }).current).toBe('greet');
  });

  it('a step reached only from a kind’s start is not unreachable; the lint is clean', () => {
    expect(lintParsedScript(withKindStart())).toEqual([]);
  });

  it.each<[string, (s: Script) => void, string]>([
    [
      'a start that is no step',
      (s) => (s.startByKind = { termination: 'nowhere' }),
      'The start step "nowhere" for termination is not one of the steps.',
    ],
    [
      'a kind the script does not serve',
      (s) => (s.startByKind = { termination: 'why-leave', 'power-repair': 'greet' }),
      '"power-repair" has its own start but is not one of the script\'s kinds (software-checkin, termination).',
    ],
  ])('refuses %s', (_label, change, message) => {
    const script = withKindStart();
    change(script);
    expect(lintParsedScript(script).map((e) => e.message)).toContain(message);
  });

  it('an unknown kind key is refused by the schema with the allowed kinds', () => {
    const [error] = lintScript({ ...withKindStart(), startByKind: { stage: 'greet' } }).errors;
    expect(error?.path).toBe('$.startByKind');
    expect(error?.message).toMatch(/^"stage" is not a callback kind; use one of: new-contract, continuous, /);
  });

  it('play starts where the first --kind says', () => {
    const answers = parseAnswers({ 'why-leave': '搬家' }, '2026-11-27T02:00:00Z');
    if (!answers.ok) throw new Error('bad answers');
    const report = playScript(withKindStart(), answers, {
      context: {},
      locale: 'zh-CN',
      now: '2026-11-27T02:00:00Z',
      kinds: ['termination'],
    });
    expect(report.result.path).toEqual(['why-leave', 'close']);
  });
});
