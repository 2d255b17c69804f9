import { en } from './en';
import { enIdentity } from './en-identity';
import { enPanelWorklist } from './en-panel-worklist';
import { enPanelSupervisor } from './en-panel-supervisor';
import { enPanelSync } from './en-panel-sync';
import type { PanelCatalog } from './panel';

/** The panel's texts in English, as one chunk loaded by utils/ui/i18n/panel.ts. */
export const panelEn: PanelCatalog = {
  ...en,
  ...enIdentity,
  ...enPanelWorklist,
  ...enPanelSupervisor,
  ...enPanelSync,
};
