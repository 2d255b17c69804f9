import type { WorklistImport } from '@/components/worklist-import';
import type { WorklistImportPorts, WorklistImportState } from '@/utils/ui/worklist-import-state';

export type LoadedImport = { state: WorklistImportState; View: typeof WorklistImport };

/**
 * The work-list import — its state, the column guessing, the list builder and the dialog — loads the first time the
 * agent opens it, not with the panel: most calls never need it (docs/architecture.md, "What the panel loads first").
 * One load per panel; a failed one is tried again at the next opening.
 */
export function createImportLoader(ports: WorklistImportPorts): () => Promise<LoadedImport> {
  let loading: Promise<LoadedImport> | null = null;
  return () =>
    (loading ??= Promise.all([import('@/utils/ui/worklist-import-state'), import('@/components/worklist-import')]).then(
      ([s, v]) => ({ state: s.createWorklistImportState(ports), View: v.WorklistImport }),
      (err: unknown) => {
        loading = null;
        throw err;
      },
    ));
}
