import { zhCN } from './zh-cn';
import { zhCNIdentity } from './zh-cn-identity';
import { zhCNPanelWorklist } from './zh-cn-panel-worklist';
import { zhCNPanelSupervisor } from './zh-cn-panel-supervisor';
import { zhCNPanelSync } from './zh-cn-panel-sync';
import type { PanelCatalog } from './panel';

/** The panel's texts in Chinese, bundled with the panel (utils/ui/i18n/panel.ts). */
export const panelZhCN: PanelCatalog = {
  ...zhCN,
  ...zhCNIdentity,
  ...zhCNPanelWorklist,
  ...zhCNPanelSupervisor,
  ...zhCNPanelSync,
};
