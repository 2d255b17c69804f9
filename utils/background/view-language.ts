import { computed, signal } from '@preact/signals-core';
import { pickLocale } from '@/utils/ui/i18n/format';
import type { Locale } from '@/utils/core/script/localized';
import { readLanguageTag } from '@/utils/core/language-tag';

/** storage.local key of the browser language the agent's views last reported. */
export const viewLanguageKey = 'view-language';

type LocalArea = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};

/**
 * The language the background speaks in (the overlay's handle and notice, the toolbar badge, a call's script): the
 * agent's choice in the settings, else the browser language the views report. The background's own
 * `i18n.getUILanguage()` is not asked first: a Chrome service worker can report en-US while every page of the same
 * browser reports zh-CN (tests/e2e/chromium/extension-reload.test.mjs), and the overlay then came back in English
 * beside a Chinese panel after an update. The views report theirs — the content script with each `overlay-state`
 * request, the panel and the overlay in their call port's name (utils/call/call-port-name.ts) — and the last one is
 * kept in storage.local, so a worker started again and the next run after an update speak it before any view has.
 */
export function createViewLanguage(area: LocalArea, own: () => string, chosen: () => string | null | undefined) {
  const reported = signal<string | null>(null);
  const ready = area
    .get(viewLanguageKey)
    .then((stored) => void (reported.value ??= readLanguageTag(stored[viewLanguageKey])))
    .catch(() => undefined);
  const locale = computed<Locale>(() => pickLocale(chosen(), reported.value ?? own()));
  return {
    /** The stored report has been read (before it, a started worker knows only its own language). */
    ready,
    /** Reactive (a signal): read inside an effect, it runs again when the choice or the views' language changes. */
    locale,
    /** A view's browser language (unchecked input: anything but a language tag is ignored). */
    report(raw: unknown) {
      const tag = readLanguageTag(raw);
      if (!tag || tag === reported.value) return;
      reported.value = tag;
      void area.set({ [viewLanguageKey]: tag }).catch(() => undefined);
    },
  };
}
