import { readFileSync } from 'node:fs';
import { createWorkingCalendar } from '@/utils/core/calendar/working-calendar';
import { lintScriptJson } from '@/utils/core/script/lint';
import { parseAnswers, playScript } from '@/utils/core/script/play';

// The worked example of docs/script-format.md ("A worked example: a loan welcome callback") stays true.
const read = (name: string) => readFileSync(`docs/examples/${name}`, 'utf8');

describe('the documented loan welcome callback', () => {
  const linted = lintScriptJson(read('loan-welcome.json'));
  const context: Record<string, string> = JSON.parse(read('loan-welcome-context.json'));
  const now = '2026-11-25T02:00:00Z';
  const play = (answers: unknown, change: Record<string, string> = {}) => {
    const parsed = parseAnswers(answers, now);
    if (!parsed.ok || !linted.script) throw new Error('example broken');
    return playScript(linted.script, parsed, {
      context: { ...context, ...change },
      locale: 'zh-CN',
      now,
      today: '2026-11-25',
      calendar: createWorkingCalendar(),
    });
  };

  it('lints clean', () => {
    expect(linted.errors).toEqual([]);
  });

  it('walks the main path with placeholders, computed date and ticks, as the doc shows', () => {
    const report = play(JSON.parse(read('loan-welcome-answers.json')));
    expect(report.applies.applies).toBe(true);
    expect(report.visited.map((v) => v.text)).toContain(
      '您在2026年11月20日办理的安心车贷 36 期，贷款金额150,000元，首期还款日是2026年12月20日，对吗？',
    );
    expect(report.visited[0]).toEqual({
      step: 'greet',
      via: 'start',
      text: '您好，请问是李先生吗？我是华信消费金融的回访专员王芳。',
      note: '本人接听才继续；家属接听请约时间。',
    });
    expect(report.result.record.outcome).toBe('reached');
    expect(report.result.missingTicks).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('a relative answering books a date and time and ends as call-back-later', () => {
    const report = play({ greet: 'no', 'ask-time': '2026-11-26 15:00' });
    expect(report.result.path).toEqual(['greet', 'ask-time', 'bye-later']);
    expect(report.result.record.outcome).toBe('call-back-later');
    expect(report.result.missingTicks).toEqual([]);
  });

  it('does not apply to a mortgage, and says why', () => {
    const report = play({ greet: 'no', 'ask-time': '2026-11-26 15:00' }, { product: '安居房贷' });
    expect(report.applies.applies).toBe(false);
    expect(report.applies.reasons).toContainEqual({ matched: false, text: '产品“安居房贷”不包含“车贷”' });
  });
});
