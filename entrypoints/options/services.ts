import { browser } from 'wxt/browser';
import { createSettingsStore } from '@/utils/settings/settings-store';
import { createDataClient } from '@/utils/service/call-client';

// The options page reaches the database only through the background's data calls, and settings through the one
// store (docs/architecture.md); it never opens the database itself.
export const settingsStore = createSettingsStore(browser.storage.local, browser.storage.onChanged);
export const dataClient = createDataClient((message) => browser.runtime.sendMessage(message));
