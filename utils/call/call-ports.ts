import type { CallbackKind } from '@/utils/core/callback-kinds';
import type { Script } from '@/utils/core/script/schema';
import type { CallbackRecord, Outcome } from '@/utils/core/schemas/callback-record';
import type { Customer } from '@/utils/core/schemas/customer';
import type { CustomerContext } from '@/utils/core/schemas/customer-context';
import type { Draft } from '@/utils/core/schemas/draft';
import type { CallWindowConfig } from '@/utils/core/rules/call-windows';
import type { WorkingCalendar } from '@/utils/core/calendar/working-calendar';
import type { OtherCustomer } from '@/utils/core/checks/shared-contacts';

/**
 * What a call session needs from the world, injected so it runs in tests without a browser or database.
 * The background implements it over the database and the settings store (utils/call/call-hub.ts).
 */
export type CallPorts = {
  now(): Date;
  newId(): string;
  timeZone: string;
  /** Read at each use: a settings change applies to the call at once. */
  calendar(): WorkingCalendar;
  windows(): CallWindowConfig;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  agent(): Promise<string>;
  /** The first-run setup's company name and service phone, for the scripts' {{companyName}} / {{servicePhone}}. */
  profile?(): Promise<{ companyName: string; servicePhone: string }>;
  scripts(): Promise<Script[]>;
  seeCustomer(
    key: string,
    context: CustomerContext,
    due: { at: string; kind: CallbackKind } | null,
  ): Promise<Customer | undefined>;
  history(key: string): Promise<CallbackRecord[]>;
  /** Other customers' contact values, for the shared-phone check. */
  otherCustomers(): Promise<OtherCustomer[]>;
  loadDraft(key: string): Promise<Draft | undefined>;
  saveDraft(draft: Draft): Promise<void>;
  discardDraft(key: string): Promise<void>;
  finishCall(draft: Draft, outcome: Outcome, endedAt: Date): Promise<CallbackRecord>;
};
