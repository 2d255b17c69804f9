import { effect } from '@preact/signals-core';
import { createViewLanguage, viewLanguageKey } from '@/utils/background/view-language';
import { readLanguageTag } from '@/utils/core/language-tag';
import { callPortName, readCallPortName } from '@/utils/call/call-port-name';

/** storage.local as the background sees it, shared by the workers started one after another. */
function fakeArea(initial: Record<string, unknown> = {}) {
  const items: Record<string, unknown> = { ...initial };
  const writes: Record<string, unknown>[] = [];
  return {
    items,
    writes,
    get: async (key: string) => (key in items ? { [key]: items[key] } : {}),
    set: async (next: Record<string, unknown>) => void (writes.push(next), Object.assign(items, next)),
  };
}

/** A background whose own i18n says en-US (a Chrome service worker does, while the pages say zh-CN). */
const background = (area: ReturnType<typeof fakeArea>, chosen: string | null = null) =>
  createViewLanguage(
    area,
    () => 'en-US',
    () => chosen,
  );

describe('the background speaks the views’ language, not its own', () => {
  it('a view reporting zh-CN makes the overlay labels, the badge and the call Chinese', async () => {
    const lang = background(fakeArea());
    await lang.ready;
    expect(lang.locale.value).toBe('en');
    lang.report('zh-CN');
    expect(lang.locale.value).toBe('zh-CN');
  });

  it('the agent’s choice in the settings wins over every view', async () => {
    const lang = background(fakeArea(), 'en');
    lang.report('zh-CN');
    await lang.ready;
    expect(lang.locale.value).toBe('en');
  });

  it('a worker started again, or the next run after an update, speaks it before any view has', async () => {
    const area = fakeArea();
    const first = background(area);
    await first.ready;
    first.report('zh-CN');
    await Promise.resolve();
    expect(area.items[viewLanguageKey]).toBe('zh-CN');
    const next = background(area);
    await next.ready;
    expect(next.locale.value).toBe('zh-CN');
  });

  it('a report that comes before the stored language is read wins over it', async () => {
    const lang = background(fakeArea({ [viewLanguageKey]: 'en-GB' }));
    lang.report('zh-TW');
    await lang.ready;
    expect(lang.locale.value).toBe('zh-CN');
  });

  it('anything but a language tag is ignored, and the same language is not written again', async () => {
    const area = fakeArea({ [viewLanguageKey]: 'zh-CN' });
    const lang = background(area);
    await lang.ready;
    for (const bad of [42, null, '', 'en US', 'zh-CN; x', 'x'.repeat(36), '<b>zh</b>', 'zh-CN']) lang.report(bad);
    await Promise.resolve();
    expect([lang.locale.value, area.writes]).toEqual(['zh-CN', []]);
    expect(background(fakeArea({ [viewLanguageKey]: { zh: 1 } })).locale.value).toBe('en');
  });

  it('a change reaches what follows the language (the calls, the badge) at once', async () => {
    const lang = background(fakeArea());
    await lang.ready;
    const seen: string[] = [];
    const stop = effect(() => void seen.push(lang.locale.value));
    lang.report('zh-CN');
    lang.report('zh-Hans-CN');
    lang.report('en-US');
    stop();
    expect(seen).toEqual(['en', 'zh-CN', 'en']);
  });

  it.each([
    ['zh-CN', true],
    ['zh-Hans-CN', true],
    ['en', true],
    ['fil-PH', true],
    ['z', false],
    ['zh_CN', false],
    ['zh-CN ', false],
  ])('%s is a language tag: %s', (tag, ok) => {
    expect(readLanguageTag(tag)).toBe(ok ? tag : null);
  });
});

describe('the call port carries the view’s language', () => {
  it('as the port arrives, before any message', () => {
    expect(readCallPortName(callPortName(7, 'zh-CN'))).toEqual({ tabId: 7, language: 'zh-CN' });
    expect(readCallPortName(callPortName(7))).toEqual({ tabId: 7, language: null });
  });

  it('a language that is no tag is left out of the name, and one read from a name is dropped: the port still serves the tab', () => {
    expect(callPortName(7, 'zh CN')).toBe('call:7');
    expect(callPortName(7, 'en_US')).toBe('call:7');
    for (const name of ['call:7:zh CN', 'call:7:en_US', 'call:7:', `call:7:${'a'.repeat(36)}`])
      expect(readCallPortName(name)).toEqual({ tabId: 7, language: null });
  });

  it.each(['call:', 'call:x', 'call:x:zh-CN', 'stream', 'extension-watch', `call:7:${'a'.repeat(101)}`])(
    '%s is not a call port',
    (name) => {
      expect(readCallPortName(name)).toBeNull();
    },
  );
});
