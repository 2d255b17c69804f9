import type { Locale } from '@/utils/core/script/localized';
import type { zhCN } from './zh-cn';
import type { zhCNIdentity } from './zh-cn-identity';
import type { zhCNPanelWorklist } from './zh-cn-panel-worklist';
import type { zhCNPanelSupervisor } from './zh-cn-panel-supervisor';
import type { zhCNPanelSync } from './zh-cn-panel-sync';
import { formatMessage, type Params } from './format';
import { panelZhCN } from './panel-zh-cn';

/**
 * The side panel's and the overlay's texts: only these, and only in the agent's language, load with the panel
 * (docs/architecture.md, "What the panel loads first"); the options page's, the supervisor's and the sync settings'
 * stay out of it, and the other language loads when the agent switches. A panel module types its `t` as
 * PanelTranslate, so a key from another page's catalog fails the type check instead of showing nothing.
 */
export type PanelKey =
  | keyof typeof zhCN
  | keyof typeof zhCNIdentity
  | keyof typeof zhCNPanelWorklist
  | keyof typeof zhCNPanelSupervisor
  | keyof typeof zhCNPanelSync;
export type PanelCatalog = Record<PanelKey, string>;
export type PanelTranslate = (key: PanelKey, params?: Params) => string;

/**
 * Chinese comes with the panel's first chunks: most agents see it, and a catalog loaded with import() after the boot
 * started cost the first answer two more file loads (docs/benchmarks.md, "Where the time goes"). English loads when
 * it is the agent's language.
 */
export const bundledCatalogs: Partial<Record<Locale, PanelCatalog>> = { 'zh-CN': panelZhCN };
const loaders: Record<Locale, () => Promise<PanelCatalog>> = {
  'zh-CN': () => Promise.resolve(panelZhCN),
  en: () => import('./panel-en').then((m) => m.panelEn),
};
const loaded = new Map<Locale, Promise<PanelCatalog>>();

/** The panel's catalog in one language, loaded once per page (a failed load is tried again next time). */
export function loadPanelCatalog(locale: Locale): Promise<PanelCatalog> {
  let p = loaded.get(locale);
  if (!p) {
    p = loaders[locale]();
    loaded.set(locale, p);
    p.catch(() => loaded.delete(locale));
  }
  return p;
}

/** A translate over a loaded catalog; before it has loaded (null) a key shows as itself, never as "undefined". */
export function translateWith(catalog: PanelCatalog | null): PanelTranslate {
  return (key, params) => formatMessage(catalog?.[key] ?? key, params);
}
