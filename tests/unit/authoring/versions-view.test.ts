import { builtinPlaybooks } from '@/utils/core/playbooks';
import { diffScripts } from '@/utils/core/script/diff';
import type { Script } from '@/utils/core/script/schema';
import { createTranslate } from '@/utils/ui/i18n';
import { describePublish, groupScriptVersions } from '@/utils/ui/script-versions-view';
import { listTabCustomers } from '@/utils/ui/tab-customers';

const base = builtinPlaybooks[0] as Script;
const v = (version: number, patch: Partial<Script> = {}): Script => ({ ...base, id: 'loan', version, ...patch });

describe('diffScripts', () => {
  it('names added, removed and changed steps with the parts that changed', () => {
    const [first, second, ...rest] = base.steps;
    if (!first || !second) throw new Error('short');
    const after = v(2, {
      title: { 'zh-CN': '新', en: 'new' },
      steps: [{ ...first, text: { 'zh-CN': '改', en: 'changed' } }, ...rest, { ...second, id: 'added-step' }],
    });
    const changes = diffScripts(v(1), after);
    expect(changes).toContainEqual({ kind: 'changed', area: 'script', id: 'title', parts: [] });
    expect(changes).toContainEqual({ kind: 'changed', area: 'step', id: first.id, parts: ['text'] });
    expect(changes).toContainEqual({ kind: 'added', area: 'step', id: 'added-step', parts: [] });
    expect(changes).toContainEqual({ kind: 'removed', area: 'step', id: second.id, parts: [] });
    expect(diffScripts(v(1), v(2))).toEqual([]);
  });
});

describe('the options page’s versions', () => {
  const t = createTranslate('zh-CN');
  it('in use is the newest published version; a newer draft waits to be published', () => {
    const rows = groupScriptVersions(
      [],
      [
        { script: v(1), status: 'published', savedAt: 'a' },
        { script: v(3), status: 'draft', savedAt: 'c' },
        { script: v(2), status: 'published', savedAt: 'b' },
      ],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.inUse?.version).toBe(2);
    expect(rows[0]?.draft?.script.version).toBe(3);
    expect(rows[0]?.versions.map((x) => `${x.version}${x.status}`)).toEqual(['1published', '2published', '3draft']);
  });

  it('a stored version of a built-in replaces it in use', () => {
    const rows = groupScriptVersions(
      [base],
      [{ script: { ...base, version: base.version + 1 }, status: 'published', savedAt: 'a' }],
    );
    expect(rows.find((r) => r.id === base.id)?.inUse?.version).toBe(base.version + 1);
  });

  it('publishing says what changes for agents, and refuses a version that is not newer', () => {
    expect(describePublish(null, v(1), t)).toEqual({ kind: 'first' });
    expect(describePublish(v(2), v(2), t)).toEqual({ kind: 'not-newer', published: 2 });
    const preview = describePublish(v(1), v(2, { priority: 5 }), t);
    expect(preview).toEqual({ kind: 'changes', published: 1, lines: ['修改设置 priority'] });
  });
});

describe('customers of open CRM tabs', () => {
  const context = (name: string, extra: Record<string, string> = {}) => ({
    url: 'http://crm.test/c/1',
    origin: 'http://crm.test',
    adapterId: null,
    fields: { name: { value: name, raw: name, source: { via: 'generic' } } },
    extra: Object.fromEntries(
      Object.entries(extra).map(([k, value]) => [k, { value, raw: value, source: { via: 'taught' } }]),
    ),
    missing: [],
    flags: [],
    extractedAt: '2026-11-29T03:00:00.000Z',
  });
  it('lists open tabs showing a customer, the last used first, with custom fields and built-ins', () => {
    const list = listTabCustomers(
      {
        'context-1': context('李伟', { loanAmount: '150,000' }),
        'context-2': context('王芳'),
        'context-9': context('已关闭'),
        'other-key': context('不是标签页'),
      },
      [
        { id: 1, lastAccessed: 100 },
        { id: 2, lastAccessed: 200 },
      ],
      { agentName: '张强' },
    );
    expect(list.map((c) => c.name)).toEqual(['王芳', '李伟']);
    expect(list[1]?.values).toEqual({ name: '李伟', loanAmount: '150,000', agentName: '张强' });
  });
});
