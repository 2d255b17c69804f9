import { browser } from 'wxt/browser';
import { createSettingsStore } from '@/utils/settings/settings-store';
import { createDataClient } from '@/utils/service/call-client';
import { dataCalls } from '@/utils/service/calls';
import { listTabCustomers, type TabCustomer } from '@/utils/ui/tab-customers';
import { streamPortName } from '@/utils/service/stream-port';

// The options page reaches the database only through the background's data calls, and settings through the one
// store (docs/architecture.md); it never opens the database itself.
export const settingsStore = createSettingsStore(browser.storage.local, browser.storage.onChanged);
export const dataClient = createDataClient(
  dataCalls,
  (message) => browser.runtime.sendMessage(message),
  () => browser.runtime.connect({ name: streamPortName }),
);

/** The customers of the open CRM tabs, last used first (utils/ui/tab-customers.ts). */
export async function readTabCustomers(): Promise<TabCustomer[]> {
  const [session, tabs, settings] = await Promise.all([
    browser.storage.session.get(null),
    browser.tabs.query({}),
    settingsStore.read(),
  ]);
  return listTabCustomers(session, tabs, {
    agentName: settings.agent || undefined,
    companyName: settings.profile.companyName || undefined,
    servicePhone: settings.profile.servicePhone || undefined,
  });
}
