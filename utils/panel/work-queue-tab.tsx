import { useEffect, useState } from 'preact/hooks';
import { WorkQueueView } from '@/components/work-queue';
import { WorklistImport } from '@/components/worklist-import';
import type { CallMirror } from '@/utils/call/call-mirror';
import type { Industry } from '@/utils/core/kind-groups';
import type { QueueRow } from '@/utils/core/worklist/work-queue';
import type { WorkQueueState } from '@/utils/ui/work-queue-state';
import type { WorklistImportState } from '@/utils/ui/worklist-import-state';

/** The queue tab: the day's list with "next customer", and the work-list import behind one button. */
export function WorkQueueTab({
  c,
  q,
  importer,
  origins,
  industry,
  timeZone,
  currentKey,
  onOpen,
  onNext,
}: {
  c: CallMirror;
  q: WorkQueueState;
  importer: WorklistImportState;
  origins: readonly string[];
  industry: Industry | null;
  timeZone: string;
  currentKey: string | null;
  onOpen: (row: QueueRow) => void;
  onNext: () => void;
}) {
  const t = c.t.value;
  const [importing, setImporting] = useState(false);
  useEffect(() => {
    void q.refresh();
  }, [importer.done.value]);
  // The team queue is pulled every 30 s in the background (#16): re-read while the tab is open.
  useEffect(() => {
    const timer = setInterval(() => void q.refresh(), 30_000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (importing && !importer.origin.value && origins[0]) void importer.setOrigin(origins[0]);
  }, [importing, origins[0]]);
  return (
    <div class="queue-tab">
      <div class="queue-actions">
        <button
          type="button"
          data-testid="open-import"
          aria-expanded={importing}
          onClick={() => setImporting(!importing)}
        >
          {t('wlOpenImport')}
        </button>
      </div>
      {importing && <WorklistImport t={t} locale={c.locale.value} s={importer} origins={origins} industry={industry} />}
      {q.error.value && <p class="error">{q.error.value}</p>}
      <WorkQueueView
        t={t}
        locale={c.locale.value}
        queue={q.queue.value}
        timeZone={timeZone}
        currentKey={currentKey}
        onOpen={onOpen}
        onNext={onNext}
        more={q.more.value}
        onMore={() => void q.showMore()}
      />
    </div>
  );
}
