import { readFileSync } from 'node:fs';
import { lintCodes, lintParsedScript, lintScript, lintScriptJson, type LintError } from '@/utils/core/script/lint';
import type { Script } from '@/utils/core/script/schema';
import { loadExample, text } from './script-fixture';

function lintWith(change: (script: Script) => void): LintError[] {
  const script = loadExample();
  change(script);
  return lintParsedScript(script);
}

function stepAt(script: Script, id: string) {
  const step = script.steps.find((candidate) => candidate.id === id);
  if (!step) throw new Error(`no step ${id}`);
  return step;
}

describe('lintScript', () => {
  it('finds nothing wrong in the documented example', () => {
    expect(lintScript(loadExample()).errors).toEqual([]);
  });

  it.each<[string, (script: Script) => void, Partial<LintError>]>([
    [
      'a goto to a missing step',
      (s) => {
        const q = stepAt(s, 'convenient');
        if (q.type === 'question')
          q.options = [
            { value: 'yes', goto: 'nowhere' },
            { value: 'no', goto: 'later' },
          ];
      },
      { code: 'dangling-target', path: '$.steps[1].options[0].goto' },
    ],
    [
      'a start that is not a step',
      (s) => {
        s.start = 'hello';
      },
      { code: 'unknown-start', path: '$.start' },
    ],
    [
      'an end with an unknown outcome',
      (s) => {
        stepAt(s, 'close').end = 'finished';
      },
      { code: 'unknown-outcome', path: '$.steps[5].end' },
    ],
    [
      'a step nothing leads to',
      (s) => {
        s.steps.push({ id: 'orphan', type: 'say', text: text('多余', 'extra'), end: 'done' });
      },
      { code: 'unreachable-step', path: '$.steps[6]' },
    ],
    [
      'two steps with one id',
      (s) => {
        s.steps.push({ id: 'greet', type: 'say', text: text('又是', 'again'), end: 'done' });
      },
      { code: 'duplicate-id', path: '$.steps[6].id' },
    ],
    [
      'a placeholder for an unknown field',
      (s) => {
        stepAt(s, 'greet').text.en = 'Hello {{nickname}}, I am {{agentName}} from {{companyName}}.';
      },
      { code: 'unknown-placeholder', path: '$.steps[0].text.en' },
    ],
    [
      'an unknown placeholder format',
      (s) => {
        stepAt(s, 'close').text = text('请拨打{{servicePhone|upper}}', 'Call {{servicePhone|upper}}');
      },
      { code: 'unknown-format', path: '$.steps[5].text["zh-CN"]' },
    ],
    [
      'an unclosed placeholder',
      (s) => {
        stepAt(s, 'close').text.en = 'Call {{servicePhone';
      },
      { code: 'malformed-placeholder', path: '$.steps[5].text.en' },
    ],
    [
      'an empty English text',
      (s) => {
        stepAt(s, 'later').text.en = '  ';
      },
      { code: 'missing-translation', path: '$.steps[2].text.en' },
    ],
    [
      'an empty outcome label',
      (s) => {
        const o = s.outcomes[0];
        if (o) o.label['zh-CN'] = '';
      },
      { code: 'missing-translation', path: '$.outcomes[0].label["zh-CN"]' },
    ],
    [
      'a say step with nothing after it',
      (s) => {
        delete stepAt(s, 'close').end;
      },
      { code: 'no-way-on', path: '$.steps[5]' },
    ],
    [
      'a yes-no answer that leads nowhere',
      (s) => {
        const q = stepAt(s, 'convenient');
        if (q.type === 'question') q.options = [{ value: 'yes', goto: 'problems' }];
      },
      { code: 'no-way-on', path: '$.steps[1]' },
    ],
    [
      'a single choice without options',
      (s) => {
        s.steps[3] = {
          id: 'problems',
          type: 'question',
          input: 'single',
          text: text('哪个？', 'Which?'),
          next: 'satisfaction',
        };
      },
      { code: 'missing-options' },
    ],
    [
      'a yes-no option that is not yes or no',
      (s) => {
        const q = stepAt(s, 'convenient');
        if (q.type === 'question') q.options?.push({ value: 'maybe', goto: 'later' });
      },
      { code: 'invalid-option', path: '$.steps[1].options[2].value' },
    ],
    [
      'a choice option without a label',
      (s) => {
        s.steps[3] = {
          id: 'problems',
          type: 'question',
          input: 'single',
          text: text('哪个？', 'Which?'),
          options: [{ value: 'a' }],
          next: 'satisfaction',
        };
      },
      { code: 'missing-label', path: '$.steps[3].options[0]' },
    ],
    [
      'a checklist item naming a missing step',
      (s) => {
        const item = s.checklist?.[0];
        if (item) item.steps = ['gone'];
      },
      { code: 'unknown-step-ref', path: '$.checklist[0].steps[0]' },
    ],
    [
      'a condition over an unknown field',
      (s) => {
        s.appliesWhen = { op: 'exists', field: 'shoeSize' };
      },
      { code: 'unknown-field', path: '$.appliesWhen.field' },
    ],
    [
      'a record satisfaction on a yes-no question',
      (s) => {
        const q = stepAt(s, 'convenient');
        if (q.type === 'question') q.recordAs = 'satisfaction';
      },
      { code: 'invalid-option', path: '$.steps[1].recordAs' },
    ],
    [
      'placeholders that differ between languages',
      (s) => {
        stepAt(s, 'later').text = text('{{name}}，改天联系', 'We will call another time');
      },
      { code: 'placeholder-mismatch', path: '$.steps[2].text' },
    ],
  ])('reports %s', (_label, change, expected) => {
    expect(lintWith(change)).toContainEqual(expect.objectContaining(expected));
  });

  it('reports a loop with no way out, naming its path', () => {
    const errors = lintWith((s) => {
      const q = stepAt(s, 'convenient');
      if (q.type === 'question')
        q.options = [
          { value: 'yes', goto: 'problems' },
          { value: 'no', goto: 'later' },
        ];
      stepAt(s, 'problems').next = 'spin';
      s.steps.push({ id: 'spin', type: 'say', text: text('再说一遍', 'Once more'), next: 'problems' });
    });
    const cycle = errors.find((error) => error.code === 'cycle-no-exit');
    expect(cycle?.message).toMatch(/"problems" → "spin" → "problems"|"spin" → "problems" → "spin"/);
    expect(errors.filter((error) => error.code === 'unreachable-step').map((e) => e.path)).toEqual([
      '$.steps[4]',
      '$.steps[5]',
    ]);
  });

  it('accepts a loop that has a way out (ask again until the customer is ready)', () => {
    const errors = lintWith((s) => {
      const q = stepAt(s, 'convenient');
      if (q.type === 'question')
        q.options = [
          { value: 'yes', goto: 'problems' },
          { value: 'no', goto: 'convenient' },
        ];
    });
    expect(errors.map((error) => error.code)).toEqual(['unreachable-step']);
  });

  it.each([
    ['too many steps', { maxSteps: 3 }, 'too-many-steps'],
    ['steps too far from the start', { maxPathDepth: 2 }, 'too-deep'],
    ['too many options', { maxOptions: 1 }, 'too-many-options'],
  ])('enforces the cap on %s', (_label, caps, code) => {
    expect(lintParsedScript(loadExample(), caps).map((error) => error.code)).toContain(code);
  });

  it('caps the nesting of the applicability condition', () => {
    const script = loadExample();
    let condition: NonNullable<Script['appliesWhen']> = { op: 'exists', field: 'name' };
    for (let i = 0; i < 10; i++) condition = { op: 'not', of: condition };
    script.appliesWhen = condition;
    expect(lintParsedScript(script)).toContainEqual(
      expect.objectContaining({ code: 'too-deep', path: '$.appliesWhen' }),
    );
  });

  it.each([
    ['not JSON', '{"id": "x",', 'invalid-json', '$'],
    ['no start', JSON.stringify({ ...loadExample(), start: undefined }), 'no-start', '$.start'],
    [
      'a missing English title',
      JSON.stringify({ ...loadExample(), title: { 'zh-CN': '标题' } }),
      'missing-translation',
      '$.title.en',
    ],
    [
      'a bad step type',
      JSON.stringify({ ...loadExample(), steps: [{ id: 'a', type: 'sing', text: text('唱', 'sing') }] }),
      'schema',
      '$.steps[0].type',
    ],
  ])('explains a file that is %s, with its path', (_label, source, code, path) => {
    const { script, errors } = lintScriptJson(source);
    expect(script).toBeNull();
    expect(errors).toContainEqual(expect.objectContaining({ code, path }));
    for (const error of errors) expect(error.message).toMatch(/\S.*[.)]$|JSON/);
  });
});

describe('docs/script-format.md', () => {
  it('explains every lint code', () => {
    const doc = readFileSync('docs/script-format.md', 'utf8');
    expect(lintCodes.filter((code) => !doc.includes(`\`${code}\``))).toEqual([]);
  });
});
