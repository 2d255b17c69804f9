import type { WrapUp } from '@/utils/call/call-protocol';
import { getKindRule } from '@/utils/core/rules/kind-rules';
import type { Locale, PanelTranslate } from './i18n';
import { formatDateTime } from './format';

/** What the wrap-up says: the record just made, and what comes next for this customer. */
export type WrapUpView = {
  /** "已记录：未接 · 周雅琴 · 新签约回访 · 10:42" */
  recorded: string;
  /** "下次拨打：2026-11-30 14:00（第 2 / 3 次）", "本次回访已完成。", … */
  next: string;
  /** Another attempt at this customer makes sense (the callback is not finished). */
  canCallAgain: boolean;
};

/** The wrap-up's text, in the panel's language and the deployment's time zone (issue #12: a call that ends cleanly). */
export function buildWrapUpView(w: WrapUp, env: { t: PanelTranslate; locale: Locale; timeZone: string }): WrapUpView {
  const { t } = env;
  const parts = [
    t(`outcome.${w.outcome}`),
    w.name,
    getKindRule(w.kind).label[env.locale],
    formatDateTime(w.recordedAt, env.timeZone).slice(11),
  ].filter(Boolean);
  const recorded = t('wrapRecorded', { what: parts.join(' · ') });
  switch (w.state) {
    case 'done':
      return { recorded, next: t('wrapDone'), canCallAgain: false };
    case 'refused':
      return { recorded, next: t('wrapRefused'), canCallAgain: false };
    case 'invalid-number':
      return {
        recorded,
        next: t(w.outcome === 'no-such-number' ? 'wrapNoSuchNumber' : 'wrapInvalidNumber'),
        canCallAgain: false,
      };
    case 'unreachable':
      return { recorded, next: t('wrapUnreachable', { n: w.counted }), canCallAgain: true };
    default:
      return {
        recorded,
        next: w.nextAt
          ? t('wrapNextAt', {
              time: formatDateTime(w.nextAt, env.timeZone),
              k: Math.min(w.counted + 1, w.required),
              max: w.required,
            })
          : t('wrapNoNext'),
        canCallAgain: true,
      };
  }
}
