import { locateJsonError } from '@/utils/core/json-locate';

describe('locateJsonError', () => {
  it.each([
    ['a value left out', '{\n  "title": }', { line: 2, column: 12, path: '$.title' }],
    [
      'a line break inside a text',
      '{"steps":[{"text":{"en":"a\nb"}}]}',
      { line: 1, column: 27, path: '$.steps[0].text.en' },
    ],
    ['a trailing comma', '{"kinds":["continuous",]}', { line: 1, column: 24, path: '$.kinds[1]' }],
    ['a key without quotes', '{"steps":[{id:"a"}]}', { line: 1, column: 12, path: '$.steps[0]' }],
    ['a truncated file', '{"steps":[', { line: 1, column: 11, path: '$.steps[0]' }],
    ['text after the end', '{} {}', { line: 1, column: 4, path: '$' }],
  ])('finds %s', (_label, source, expected) => {
    expect(() => JSON.parse(source)).toThrow();
    expect(locateJsonError(source)).toMatchObject(expected);
  });

  it.each(['{"a":[1,-2.5e3,true,null,"\\u00e9\\n"]}', '  []  '])('finds nothing wrong in valid JSON %j', (source) => {
    expect(locateJsonError(source)).toBeNull();
  });
});
