import type { Locale } from '@/utils/core/script/localized';
import { formatMessage, pickLocale, type Params } from './format';
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
import { zhCNPanelWorklist } from './zh-cn-panel-worklist';
import { enPanelWorklist } from './en-panel-worklist';
import { zhCNPanelSupervisor } from './zh-cn-panel-supervisor';
import { enPanelSupervisor } from './en-panel-supervisor';
import { zhCNPanelSync } from './zh-cn-panel-sync';
import { enPanelSync } from './en-panel-sync';

export type MessageKey =
  | keyof typeof zhCN
  | keyof typeof zhCNOptions
  | keyof typeof zhCNSupervisor
  | keyof typeof zhCNWorklist
  | keyof typeof zhCNIdentity
  | keyof typeof zhCNAuthoring
  | keyof typeof zhCNSync
  | keyof typeof zhCNPanelWorklist
  | keyof typeof zhCNPanelSupervisor
  | keyof typeof zhCNPanelSync;
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
    ...zhCNPanelWorklist,
    ...zhCNPanelSupervisor,
    ...zhCNPanelSync,
  },
  en: {
    ...en,
    ...enOptions,
    ...enSupervisor,
    ...enWorklist,
    ...enIdentity,
    ...enAuthoring,
    ...enSync,
    ...enPanelWorklist,
    ...enPanelSupervisor,
    ...enPanelSync,
  },
};

export type Translate = (key: MessageKey, params?: Params) => string;
export { formatMessage, pickLocale, type Params };
export type { PanelKey, PanelTranslate } from './panel';

export function createTranslate(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, params) => formatMessage(catalog[key], params);
}
