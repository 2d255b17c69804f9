import { useEffect, useState } from 'preact/hooks';
import { WorkQueueView } from '@/components/work-queue';
import type { CallMirror } from '@/utils/call/call-mirror';
import type { Industry } from '@/utils/core/kind-groups';
import type { QueueRow } from '@/utils/core/worklist/work-queue';
import type { WorkQueueState } from '@/utils/ui/work-queue-state';
import type { LoadedImport } from './worklist-import-loader';

/** The queue tab: the day's list with "next customer", and the work-list import behind one button. */
export function WorkQueueTab({
  c,
  q,
  loadImport,
  origins,
  industry,
  timeZone,
  currentKey,
  onOpen,
  onNext,
}: {
  c: CallMirror;
  q: WorkQueueState;
  loadImport: () => Promise<LoadedImport>;
  origins: readonly string[];
  industry: Industry | null;
  timeZone: string;
  currentKey: string | null;
  onOpen: (row: QueueRow) => void;
  onNext: () => void;
}) {
  const t = c.t.value;
  const [importing, setImporting] = useState(false);
  // The import dialog and its state load when first opened (utils/panel/worklist-import-loader.ts).
  const [loaded, setLoaded] = useState<LoadedImport | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const importer = loaded?.state ?? null;
  useEffect(() => {
    if (!importing || loaded) return;
    let live = true;
    setLoadError(null);
    loadImport().then(
      (l) => live && setLoaded(l),
      (err: unknown) => live && setLoadError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [importing]);
  useEffect(() => {
    void q.refresh();
  }, [importer?.done.value ?? null]);
  // The team queue is pulled every 30 s in the background (#16): re-read while the tab is open.
  useEffect(() => {
    const timer = setInterval(() => void q.refresh(), 30_000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => {
    if (importing && importer && !importer.origin.value && origins[0]) void importer.setOrigin(origins[0]);
  }, [importing, importer, origins[0]]);
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
      {importing && loaded && (
        <loaded.View t={t} locale={c.locale.value} s={loaded.state} origins={origins} industry={industry} />
      )}
      {importing && loadError && <p class="error">{loadError}</p>}
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
