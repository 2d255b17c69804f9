import { readFileSync } from 'node:fs';
import { scriptSchema } from '@/utils/core/script/schema';
import { formatScriptJsonSchema } from '@/utils/core/script/json-schema';

const example: unknown = JSON.parse(readFileSync('tests/fixtures/scripts/example.json', 'utf8'));

describe('scriptSchema', () => {
  it('accepts the documented example', () => {
    expect(scriptSchema.safeParse(example).success).toBe(true);
  });

  it.each([
    [
      'a step of unknown type',
      { steps: [{ id: 'a', type: 'dance', text: { 'zh-CN': '跳', en: 'dance' } }] },
      ['steps', 0, 'type'],
    ],
    [
      'a flag that is not in the list',
      { steps: [{ id: 'a', type: 'say', text: { 'zh-CN': '好', en: 'ok' }, flags: ['angry'] }] },
      ['steps', 0, 'flags', 0],
    ],
    ['a text without its English', { title: { 'zh-CN': '标题' } }, ['title', 'en']],
    ['an unknown callback kind', { kinds: ['birthday'] }, ['kinds', 0]],
  ])('rejects %s and names where', (_label, patch, path) => {
    const result = scriptSchema.safeParse({ ...(example as object), ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });
});

describe('docs/script.schema.json', () => {
  it('is the schema generated from zod (run `npx tsx cli/gen-script-schema.ts` after changing the schema)', () => {
    expect(readFileSync('docs/script.schema.json', 'utf8')).toBe(formatScriptJsonSchema());
  });
});
