import { signal } from '@preact/signals-core';
import type { DataClient } from '@/utils/service/call-client';
import type { PanelCalls } from '@/utils/service/panel-calls';
import type { DayCall } from '@/utils/core/worklist/my-day';

/** "My calls today" in the History tab: read when the tab opens and after each record (issue #12). */
export function createMyDayState(client: DataClient<PanelCalls>) {
  const calls = signal<DayCall[]>([]);
  const date = signal('');
  const error = signal<string | null>(null);
  return {
    calls,
    date,
    error,
    async refresh() {
      try {
        const day = await client.call('myDay', {});
        calls.value = day.calls;
        date.value = day.date;
        error.value = null;
      } catch (err) {
        error.value = err instanceof Error ? err.message : String(err);
      }
    },
  };
}
export type MyDayState = ReturnType<typeof createMyDayState>;
