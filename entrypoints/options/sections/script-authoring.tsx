import { useMemo, useState } from 'preact/hooks';
import type { Script } from '@/utils/core/script/schema';
import type { Translate } from '@/utils/ui/i18n';
import { sampleCustomer, viewAuthoring } from '@/utils/ui/script-preview-view';
import type { Locale } from '@/utils/core/script/localized';
import { ScriptFlowView, ScriptPreviewView } from '@/components/script-preview';

/** Under a clean script: its preview on customer values the author can edit, and its flow. */
export function ScriptAuthoring({ script, t, locale }: { script: Script; t: Translate; locale: Locale }) {
  const [customer, setCustomer] = useState(() => JSON.stringify(sampleCustomer, null, 2));
  const view = useMemo(() => viewAuthoring(script, customer, locale, Date.now()), [script, customer, locale]);
  return (
    <div class="script-authoring">
      <h3>{t('previewTitle')}</h3>
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
          <ScriptFlowView flow={view.flow} t={t} />
        </>
      )}
    </div>
  );
}
