import { useEffect } from 'preact/hooks';
import { MyDay } from '@/components/my-day';
import type { CallMirror } from '@/utils/call/call-mirror';
import type { DayCall } from '@/utils/core/worklist/my-day';
import { getKindRule } from '@/utils/core/rules/kind-rules';
import { pickText } from '@/utils/core/script/localized';
import { formatDateTime } from '@/utils/ui/format';
import type { MyDayState } from '@/utils/ui/my-day-state';

/** The History tab's "my calls today", read fresh each time the tab shows and whenever a record is added. */
export function MyDayTab({
  c,
  state,
  timeZone,
  onOpen,
}: {
  c: CallMirror;
  state: MyDayState;
  timeZone: string;
  onOpen: (call: DayCall) => void;
}) {
  const recorded = c.history.value.length;
  useEffect(() => void state.refresh(), [state, recorded]);
  return (
    <MyDay
      t={c.t.value}
      date={state.date.value}
      calls={state.calls.value}
      error={state.error.value}
      timeOf={(iso) => formatDateTime(iso, timeZone).slice(11)}
      kindLabel={(kind) => pickText(getKindRule(kind).label, c.locale.value)}
      onOpen={onOpen}
    />
  );
}
