import type { Locale } from '@/utils/core/script/localized';
import { en } from './en';
import { enOptions } from './en-options';
import { zhCN } from './zh-cn';
import { zhCNOptions } from './zh-cn-options';
import { enSupervisor } from './en-supervisor';
import { zhCNSupervisor } from './zh-cn-supervisor';
import { enWorklist } from './en-worklist';
import { zhCNWorklist } from './zh-cn-worklist';
import { enIdentity } from './en-identity';
import { zhCNIdentity } from './zh-cn-identity';
import { enAuthoring } from './en-authoring';
import { zhCNAuthoring } from './zh-cn-authoring';
import { enSync } from './en-sync';
import { zhCNSync } from './zh-cn-sync';

export type MessageKey =
  | keyof typeof zhCN
  | keyof typeof zhCNOptions
  | keyof typeof zhCNSupervisor
  | keyof typeof zhCNWorklist
  | keyof typeof zhCNIdentity
  | keyof typeof zhCNAuthoring
  | keyof typeof zhCNSync;
export type { Locale };
export const catalogs: Record<Locale, Record<MessageKey, string>> = {
  'zh-CN': {
    ...zhCN,
    ...zhCNOptions,
    ...zhCNSupervisor,
    ...zhCNWorklist,
    ...zhCNIdentity,
    ...zhCNAuthoring,
    ...zhCNSync,
  },
  en: { ...en, ...enOptions, ...enSupervisor, ...enWorklist, ...enIdentity, ...enAuthoring, ...enSync },
};

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Fills `{name}` slots; a slot without a value stays visible so a gap is noticed, not hidden. */
export function formatMessage(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in params ? String(params[name]) : slot));
}

export function createTranslate(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => formatMessage(catalog[key], params);
}

/** zh* → zh-CN, everything else → en. A stored choice wins over the browser's language. */
export function pickLocale(stored: string | null | undefined, browserLanguage: string | undefined): Locale {
  if (stored === 'zh-CN' || stored === 'en') return stored;
  return browserLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
