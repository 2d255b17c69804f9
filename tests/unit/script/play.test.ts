import { parseAnswers, playScript } from '@/utils/core/script/play';
import { loadExample } from './script-fixture';

const script = loadExample();
const now = '2026-11-27T02:00:00Z';
const options = { context: { name: '张三' }, locale: 'zh-CN' as const, now };

function play(input: unknown) {
  const answers = parseAnswers(input, now);
  if (!answers.ok) throw new Error(JSON.stringify(answers.errors));
  return playScript(script, answers, options);
}

describe('playScript', () => {
  it.each([
    [
      'a map of answers walks the main path',
      { convenient: 'yes', problems: '无', satisfaction: '满意' },
      ['greet', 'convenient', 'problems', 'satisfaction', 'close'],
      'reached',
    ],
    ['a no ends politely', { convenient: 'no' }, ['greet', 'convenient', 'later'], 'call-back-later'],
    [
      'steps missing from the map are skipped',
      { convenient: 'yes' },
      ['greet', 'convenient', 'problems', 'satisfaction', 'close'],
      'reached',
    ],
  ])('%s', (_label, answers, path, outcome) => {
    const report = play(answers);
    expect(report.result.path).toEqual(path);
    expect(report.result.record.outcome).toBe(outcome);
    expect(report.visited[0]?.text).toBe('您好，请问是张三吗？我是【缺：公司名称】的【缺：回访专员姓名】。');
  });

  it('stops at a question the map does not answer when it has no default way on', () => {
    const report = play({});
    expect(report.result.path).toEqual(['greet', 'convenient']);
    expect(report.problems[0]?.message).toBe(
      'Step "convenient" has no answer in the answers file and no default next; stopped.',
    );
  });

  it('plays a list of events, naming the one the engine refused by its index in the file', () => {
    const report = play([{ type: 'answer' }, { type: 'answer', value: 'maybe' }, { type: 'answer', value: 'no' }]);
    expect(report.problems).toEqual([{ code: 'invalid-answer', message: 'Answer yes or no.', event: 1 }]);
    expect(report.result.record.flags).toEqual(['call-back-requested']);
  });

  it('stops a map walk that goes round in circles', () => {
    const looping = loadExample();
    const convenient = looping.steps[1];
    if (convenient?.type !== 'question') throw new Error('example changed');
    convenient.options = [
      { value: 'yes', goto: 'problems' },
      { value: 'no', goto: 'greet' },
    ];
    const answers = parseAnswers({ convenient: 'no' }, now);
    if (!answers.ok) throw new Error('answers');
    const report = playScript(looping, answers, { ...options, maxVisitsPerStep: 3 });
    expect(report.result.status).toBe('running');
    expect(report.problems[0]?.message).toMatch(/came round 3 times/);
  });

  it.each([
    ['not a list or map', 'yes'],
    ['an event of unknown type', [{ type: 'fly' }]],
  ])('rejects an answers file that is %s', (_label, input) => {
    expect(parseAnswers(input, now).ok).toBe(false);
  });
});

describe('playScript says whether the script applies and prints notes', () => {
  it('judges appliesWhen with every test in words', () => {
    const answers = parseAnswers({ convenient: 'no' }, now);
    if (!answers.ok) throw new Error('bad answers');
    const applies = playScript(script, answers, { ...options, kinds: ['software-checkin'] }).applies;
    expect(applies).toEqual({
      applies: false,
      kindsDue: ['software-checkin'],
      reasons: [
        { matched: true, text: '适用于到期的服务中心回访' },
        { matched: true, text: '到期的回访类型：服务中心回访' },
        { matched: false, text: '手机缺失' },
      ],
    });
    const withMobile = playScript(script, answers, { ...options, context: { name: '张三', mobile: '13812345678' } });
    expect(withMobile.applies.applies).toBe(true);
  });

  it('a kind that is not due is named', () => {
    const answers = parseAnswers({ convenient: 'no' }, now);
    if (!answers.ok) throw new Error('bad answers');
    const applies = playScript(script, answers, { ...options, kinds: ['termination'] }).applies;
    expect(applies.applies).toBe(false);
    expect(applies.reasons[0]).toEqual({ matched: false, text: '没有本脚本适用的回访类型到期' });
  });

  it('each visited step carries its note, placeholders filled', () => {
    const withNote = loadExample();
    const greet = withNote.steps[0];
    if (greet) greet.note = { 'zh-CN': '先核对{{name}}的身份', en: 'Check {{name}} first' };
    const answers = parseAnswers({ convenient: 'no' }, now);
    if (!answers.ok) throw new Error('bad answers');
    const report = playScript(withNote, answers, options);
    expect(report.visited[0]?.note).toBe('先核对张三的身份');
    expect(report.visited[1]).not.toHaveProperty('note');
  });
});
