import { useEffect, useState } from 'preact/hooks';
import { minRetentionYears } from '@/utils/core/schemas/settings';
import type { Translate } from '@/utils/ui/i18n';
import type { CallOutput } from '@/utils/service/calls';
import { dataClient, settingsStore } from '../services';

type PurgePreview = CallOutput<'previewPurge'>;

/** Retention with a floor of 3 years; a purge only after its dry run, and only what the dry run counted. */
export function RetentionSection({ t }: { t: Translate }) {
  const [years, setYears] = useState(minRetentionYears);
  const [preview, setPreview] = useState<PurgePreview | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => void settingsStore.read().then((s) => setYears(s.retentionYears)), []);
  const fail = (err: unknown) => setNote(err instanceof Error ? err.message : String(err));
  return (
    <section aria-labelledby="sec-retention">
      <h2 id="sec-retention">{t('secRetention')}</h2>
      <label>
        {t('retentionYears')}
        <input
          type="number"
          min={minRetentionYears}
          max={100}
          value={years}
          data-testid="retention-years"
          onInput={(e) => {
            setYears(Math.max(minRetentionYears, Number(e.currentTarget.value) || minRetentionYears));
            setPreview(null);
          }}
        />
      </label>
      <button
        type="button"
        onClick={() => settingsStore.update({ retentionYears: years }).then(() => setNote(t('saved')), fail)}
      >
        {t('save')}
      </button>
      <button
        type="button"
        data-testid="purge-dry-run"
        onClick={() => dataClient.call('previewPurge', { years }).then(setPreview, fail)}
      >
        {t('purgeDryRun')}
      </button>
      {preview && (
        <p data-testid="purge-preview">
          {t('purgePreview', {
            records: preview.records,
            cutoff: preview.cutoff.slice(0, 10),
            customers: preview.customers,
          })}{' '}
          {preview.records > 0 && (
            <button
              type="button"
              class="danger"
              onClick={async () => {
                try {
                  const done = await dataClient.call('purgeRecords', { years, confirmed: preview });
                  setNote(t('purged', { n: done.deleted }));
                  setPreview(null);
                } catch (err) {
                  fail(err);
                }
              }}
            >
              {t('purgeConfirm')}
            </button>
          )}
        </p>
      )}
      {note && <p role="status">{note}</p>}
    </section>
  );
}
