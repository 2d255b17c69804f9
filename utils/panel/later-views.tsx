import type { Signal } from '@preact/signals';
import type { CallMirror } from '@/utils/call/call-mirror';
import type { Settings } from '@/utils/core/schemas/settings';
import type { WorkingCalendar } from '@/utils/core/calendar/working-calendar';
import type { DataClient } from '@/utils/service/call-client';
import type { PanelCalls } from '@/utils/service/panel-calls';
import type { SettingsStore } from '@/utils/settings/settings-store';
import type { SetupValues } from '@/components/setup-form';
import { createWorkQueueState } from '@/utils/ui/work-queue-state';
import { createMyDayState } from '@/utils/ui/my-day-state';
import { createWorklistImportPorts } from '@/utils/ui/worklist-import-ports';
import { parseWindowsText } from '@/utils/ui/windows-text';
import { createImportLoader } from './worklist-import-loader';
import { WorkQueueTab } from './work-queue-tab';
import { MyDayTab } from './my-day-tab';
import { ExpectedCustomerNotice } from './expected-customer';
import { keyOfContext } from '@/utils/core/schemas/customer';
import { EscalationPart } from './escalation-part';
import { KeyHelp } from '@/components/key-help';
import { RecordCorrection } from '@/components/record-correction';
import { OutcomeConfirm } from '@/components/outcome-confirm';

// The part of the panel loaded after the first answer shows (utils/panel/later.ts): what the first frame of a call
// does not need. Its states are made once, when it loads.

export type LaterDeps = {
  c: CallMirror;
  client: DataClient<PanelCalls>;
  store: SettingsStore;
  settings: Signal<Settings>;
  calendar: () => WorkingCalendar;
  timeZone: string;
};

export function createLaterViews({ c, client, store, settings, calendar, timeZone }: LaterDeps) {
  /** The setup screen's answers into the one settings store; a bad call window is named, nothing saved. */
  const saveSetup = async (values: SetupValues): Promise<string | null> => {
    const windows = parseWindowsText(values.windows, settings.value.callWindows.workingDaysOnly);
    if (!windows.ok) return c.t.value('windowsInvalid', { error: windows.error });
    await store.update({
      agent: values.agentName.trim(),
      locale: values.locale,
      callWindows: windows.value,
      profile: {
        agentId: values.agentId.trim(),
        companyName: values.companyName.trim(),
        servicePhone: values.servicePhone.trim(),
        industry: values.industry,
        setupDoneAt: settings.value.profile.setupDoneAt ?? new Date().toISOString(),
      },
    });
    return null;
  };
  return {
    q: createWorkQueueState(client, { now: () => Date.now(), timeZone }),
    myDay: createMyDayState(client),
    // The import's dialog and state load when first opened (utils/panel/worklist-import-loader.ts); its ports are the
    // ones the options page uses too.
    loadImport: createImportLoader(createWorklistImportPorts({ store, client, calendar, timeZone })),
    saveSetup,
    WorkQueueTab,
    MyDayTab,
    ExpectedCustomerNotice,
    /** The key a customer is stored under (the queue's), before the background has resolved it: hashes the identity. */
    keyOfContext,
    EscalationPart,
    KeyHelp,
    RecordCorrection,
    OutcomeConfirm,
  };
}
export type LaterViews = ReturnType<typeof createLaterViews>;
