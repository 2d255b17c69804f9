import { useMemo, useState } from 'preact/hooks';
import type { Script } from '@/utils/core/script/schema';
import type { Translate } from '@/utils/ui/i18n';
import { sampleCustomer, viewAuthoring } from '@/utils/ui/script-preview-view';
import type { Locale } from '@/utils/core/script/localized';
import { ScriptFlowView, ScriptPreviewView } from '@/components/script-preview';
import { readTabCustomers } from '../services';
import { ScriptFlowGraph } from '@/components/script-flow-graph';
import { layoutFlowGraph } from '@/utils/ui/flow-graph-view';

/**
 * Under a clean script: its preview on customer values — the sample, or the customer of an open CRM tab, as a call
 * would read them (custom fields taught on that page included) — and its flow.
 */
export function ScriptAuthoring({ script, t, locale }: { script: Script; t: Translate; locale: Locale }) {
  const [customer, setCustomer] = useState(() => JSON.stringify(sampleCustomer, null, 2));
  const [fromTab, setFromTab] = useState<string | null>(null);
  const view = useMemo(() => viewAuthoring(script, customer, locale, Date.now()), [script, customer, locale]);
  const loadTab = () =>
    void readTabCustomers().then(
      ([first]) => {
        if (!first) return setFromTab(t('previewTabNone'));
        setCustomer(JSON.stringify(first.values, null, 2));
        setFromTab(t('previewTabLoaded', { name: first.name, tab: first.tabId, n: Object.keys(first.values).length }));
      },
      (err: unknown) => setFromTab(err instanceof Error ? err.message : String(err)),
    );
  return (
    <div class="script-authoring">
      <h3>{t('previewTitle')}</h3>
      <p>
        <button type="button" data-testid="preview-from-tab" onClick={loadTab}>
          {t('previewFromTab')}
        </button>{' '}
        {fromTab && <span data-testid="preview-tab-status">{fromTab}</span>}
      </p>
      <label>
        {t('previewSample')}
        <textarea
          rows={6}
          spellcheck={false}
          data-testid="preview-customer"
          value={customer}
          onInput={(e) => setCustomer(e.currentTarget.value)}
        />
      </label>
      {'error' in view ? (
        <p class="warning">{t('previewBadSample')}</p>
      ) : (
        <>
          <ScriptPreviewView preview={view.preview} t={t} />
          <h3>{t('flowTitle')}</h3>
          <ScriptFlowGraph graph={layoutFlowGraph(view.flow)} t={t} />
          <details>
            <summary>{t('flowAsList')}</summary>
            <ScriptFlowView flow={view.flow} t={t} />
          </details>
        </>
      )}
    </div>
  );
}
