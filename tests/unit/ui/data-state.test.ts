import { createDataState, progressText } from '@/utils/ui/data-state';
import { createTranslate } from '@/utils/ui/i18n';
import type { DataClient } from '@/utils/service/call-client';

const zh = createTranslate('zh-CN');

describe('export and import from the panel', () => {
  it('says what a long call is doing, in the agent’s language', () => {
    expect(progressText(zh, { phase: 'read', done: 1, total: 4 })).toBe('读取中… 25%');
    expect(progressText(zh, { phase: 'validate', done: 0, total: 0 })).toBe('校验中… 0%');
    expect(progressText(createTranslate('en'), { phase: 'write', done: 5, total: 4 })).toBe('Writing… 100%');
  });

  it('exports and imports over the port of big calls, showing progress meanwhile', async () => {
    const shown: (string | null)[] = [];
    const calls: string[] = [];
    const client = {
      call: () => Promise.reject(new Error('one message is too small for a store')),
      callLarge: async (
        name: string,
        _input: unknown,
        onProgress?: (p: { phase: string; done: number; total: number }) => void,
      ) => {
        calls.push(name);
        onProgress?.({ phase: 'write', done: 1, total: 2 });
        shown.push(state.message.value);
        return name === 'exportFile'
          ? { ok: true, text: '{}', fileName: 'a.json', mimeType: 'application/json' }
          : { ok: true, added: 3 };
      },
    } as unknown as DataClient;
    const saved: string[] = [];
    const state = createDataState(client, (file) => saved.push(file.fileName));
    await state.exportAs('json', 'zh-CN', zh);
    expect(saved).toEqual(['a.json']);
    expect(state.message.value).toBeNull();
    expect(await state.importFrom({ size: 2, text: async () => '{}' }, zh)).toBe(true);
    expect(state.message.value).toBe('已导入 3 条记录');
    expect(calls).toEqual(['exportFile', 'importFile']);
    expect(shown).toEqual(['写入中… 50%', '写入中… 50%']);
  });
});
