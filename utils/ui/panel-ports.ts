import type { CallbackKind } from '@/utils/core/callback-kinds';
import type { Script } from '@/utils/core/script/schema';
import type { CallbackRecord, Outcome } from '@/utils/core/schemas/callback-record';
import type { Customer } from '@/utils/core/schemas/customer';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import type { Draft } from '@/utils/core/schemas/draft';
import type { CallWindowConfig } from '@/utils/core/rules/call-windows';
import type { WorkingCalendar } from '@/utils/core/calendar/working-calendar';
import type { QueueItem } from '@/utils/db';
import type { OtherCustomer } from '@/utils/core/checks/shared-contacts';
import type { Locale } from './i18n';

/**
 * What the panel needs from the world, injected so the controller runs in tests without a browser or database.
 * The panel page implements it with utils/db and `browser`.
 */
export type PanelPorts = {
  now(): Date;
  newId(): string;
  timeZone: string;
  calendar: WorkingCalendar;
  windows: CallWindowConfig;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  agent(): Promise<string>;
  scripts(): Promise<Script[]>;
  seeCustomer(
    key: string,
    context: CustomerContext,
    due: { at: string; kind: CallbackKind } | null,
  ): Promise<Customer | undefined>;
  history(key: string): Promise<CallbackRecord[]>;
  /** Other customers' contact values, for the shared-phone check. */
  otherCustomers(): Promise<OtherCustomer[]>;
  queue(): Promise<QueueItem[]>;
  loadDraft(key: string): Promise<Draft | undefined>;
  saveDraft(draft: Draft): Promise<void>;
  discardDraft(key: string): Promise<void>;
  finishCall(draft: Draft, outcome: Outcome, endedAt: Date): Promise<CallbackRecord>;
  exportFile(
    format: 'json' | 'csv',
    locale: Locale,
  ): Promise<{ ok: true; text: string; fileName: string; mimeType: string } | { ok: false; message: string }>;
  importFile(file: {
    size: number;
    text(): Promise<string>;
  }): Promise<{ ok: true; added: number } | { ok: false; message: string }>;
};
