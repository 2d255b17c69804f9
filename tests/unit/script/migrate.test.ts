import { readFileSync } from 'node:fs';
import { builtinPlaybooks } from '@/utils/core/playbooks/index';
import { parseAnswers, playScript } from '@/utils/core/script/play';
import { lintScript } from '@/utils/core/script/lint';
import { currentScriptFormat, migrateScript } from '@/utils/core/script/migrate';

// A format-1 file exactly as the first release wrote it (no "format" key): frozen, never edited.
const v1Text = readFileSync('tests/fixtures/scripts/example.json', 'utf8');

describe('script format migration (v1 → v2)', () => {
  it('a v1 file is stamped format 2 and means the same: lint clean, same walk, same record', () => {
    const v1: unknown = JSON.parse(v1Text);
    expect(v1).not.toHaveProperty('format');
    const migrated = migrateScript(v1);
    expect(migrated).toEqual({ ok: true, from: 1, value: { ...(v1 as object), format: currentScriptFormat } });
    const linted = lintScript(v1);
    expect(linted.errors).toEqual([]);
    expect(linted.script?.format).toBe(2);
    const stamped = lintScript({ ...(v1 as object), format: 2 });
    const answers = parseAnswers({ convenient: 'yes', problems: '无', satisfaction: '满意' }, '2026-11-27T02:00:00Z');
    if (!answers.ok || !linted.script || !stamped.script) throw new Error('fixture broken');
    const options = { context: { name: '张三' }, locale: 'zh-CN' as const, now: '2026-11-27T02:00:00Z' };
    expect(playScript(linted.script, answers, options)).toEqual(playScript(stamped.script, answers, options));
  });

  it('every built-in playbook is written in format 2 and lints clean', () => {
    for (const playbook of builtinPlaybooks) {
      expect(playbook.format, playbook.id).toBe(2);
      expect(lintScript(playbook).errors, playbook.id).toEqual([]);
    }
  });

  it.each<[unknown, string]>([
    [3, 'This script is written in format 3, newer than this Huifang reads (2): update Huifang.'],
    ['2', '"format" must be a whole number (1 or 2), got "2".'],
    [1.5, '"format" must be a whole number (1 or 2), got 1.5.'],
  ])('refuses format %j with a clear error', (format, message) => {
    const v1 = JSON.parse(v1Text) as object;
    expect(lintScript({ ...v1, format }).errors).toEqual([{ path: '$.format', code: 'format-version', message }]);
  });

  it('an explicit format 1 is migrated too', () => {
    const v1 = JSON.parse(v1Text) as object;
    expect(lintScript({ ...v1, format: 1 }).script?.format).toBe(2);
  });
});
