import { useState } from 'preact/hooks';
import { EnableSite } from '@/components/enable-site';
import { ManualEntry } from '@/components/manual-entry';
import { MissingFields } from '@/components/missing-fields';
import { labelOf } from '@/utils/ui/card-view';
import type { PanelTranslate, Locale } from '@/utils/ui/i18n';
import { manualFieldKeys } from '@/utils/ui/manual-context';
import { toOriginPattern } from '@/utils/core/origins';
import { requestSite } from './tab-binding';

/** Not enabled here: one button asks the browser for this origin (inside the click, a user gesture). */
export function SiteGate({ t, url, onEnabled }: { t: PanelTranslate; url: string | null; onEnabled: () => void }) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const origin = url ? new URL(url).origin : null;
  return (
    <EnableSite
      t={t}
      origin={origin}
      typed={typed}
      error={error}
      onTyped={setTyped}
      onEnable={() => {
        const target = url ?? typed.trim();
        if (!toOriginPattern(target)) return setError(t('siteAddressInvalid'));
        setError(null);
        requestSite(target).then(
          (granted) => granted && onEnabled(),
          (err: unknown) => setError(String(err)),
        );
      }}
    />
  );
}

export type NoCustomerProps = {
  t: PanelTranslate;
  locale: Locale;
  picking: string | null;
  onTeach: (key: string) => void;
  onCancelTeach: () => void;
  onManual: (values: Record<string, string>) => void;
};

/** No customer on this page: pick the fields on the page (teach mode) or type them. */
export function NoCustomer({ t, locale, picking, onTeach, onCancelTeach, onManual }: NoCustomerProps) {
  const [values, setValues] = useState<Record<string, string>>({});
  return (
    <section class="no-customer" aria-label={t('noCustomer')}>
      <p class="empty" data-testid="no-customer">
        {t('noCustomer')}
      </p>
      <MissingFields
        t={t}
        picking={picking}
        onTeach={onTeach}
        onCancel={onCancelTeach}
        fields={(['name', 'phone', 'idNumber'] as const).map((key) => ({ key, label: labelOf(key, locale) }))}
      />
      <h3>{t('manualEntry')}</h3>
      <ManualEntry
        t={t}
        fields={manualFieldKeys.map((key) => ({ key, label: labelOf(key, locale), value: values[key] ?? '' }))}
        onChange={(key, value) => setValues({ ...values, [key]: value })}
        onSave={() => onManual(values)}
      />
    </section>
  );
}
