import { loadScripts } from '@/utils/background/service-env';
import { builtinPlaybooks } from '@/utils/core/playbooks';
import { publishScriptDraft, saveScriptDraft, saveScriptVersion } from '@/utils/db/scripts';
import { openTestDb } from '../db/helpers';

// Draft → publish (issue #15): agents only ever get published versions; a published version is never replaced.

const at = '2026-11-29T03:00:00.000Z';
const base = builtinPlaybooks[0];
if (!base) throw new Error('no built-in');
const mine = (version: number, title: string) => ({
  ...base,
  id: 'loan-welcome',
  version,
  title: { 'zh-CN': title, en: title },
});
const row = (version: number, title: string) => ({
  id: 'loan-welcome',
  version,
  origin: 'imported' as const,
  savedAt: at,
  script: mine(version, title),
  source: `{"title":"${title}"}`,
});

describe('script drafts', () => {
  it('a draft is not used in calls until it is published', async () => {
    const db = openTestDb();
    await saveScriptDraft(db, row(1, '草稿'));
    expect((await loadScripts(db, [])).some((s) => s.id === 'loan-welcome')).toBe(false);
    await saveScriptDraft(db, row(1, '草稿二'));
    expect((await db.scripts.get(['loan-welcome', 1]))?.source).toBe('{"title":"草稿二"}');
    await publishScriptDraft(db, 'loan-welcome', 1, '2026-11-29T04:00:00.000Z');
    const used = (await loadScripts(db, [])).find((s) => s.id === 'loan-welcome');
    expect(used?.title['zh-CN']).toBe('草稿二');
    expect((await db.scripts.get(['loan-welcome', 1]))?.savedAt).toBe('2026-11-29T04:00:00.000Z');
  });

  it('the next draft leaves the published version in use', async () => {
    const db = openTestDb();
    await saveScriptVersion(db, { ...row(1, '一'), status: 'published' });
    await saveScriptDraft(db, row(2, '二'));
    expect((await loadScripts(db, [])).find((s) => s.id === 'loan-welcome')?.version).toBe(1);
    await publishScriptDraft(db, 'loan-welcome', 2, at);
    expect((await loadScripts(db, [])).find((s) => s.id === 'loan-welcome')?.version).toBe(2);
  });

  it('refuses to draft over a published version or below it, and to publish twice', async () => {
    const db = openTestDb();
    await saveScriptVersion(db, { ...row(2, '二'), status: 'published' });
    await expect(saveScriptDraft(db, row(2, '改'))).rejects.toThrow(/is published; raise "version"/);
    await expect(saveScriptDraft(db, row(1, '旧'))).rejects.toThrow(/not newer than the published v2/);
    await expect(publishScriptDraft(db, 'loan-welcome', 2, at)).rejects.toThrow(/already published/);
    await expect(publishScriptDraft(db, 'loan-welcome', 3, at)).rejects.toThrow(/no draft/);
  });

  it('rows stored before drafts existed count as published', async () => {
    const db = openTestDb();
    await saveScriptVersion(db, row(1, '旧行'));
    expect((await loadScripts(db, [])).find((s) => s.id === 'loan-welcome')?.version).toBe(1);
  });
});
