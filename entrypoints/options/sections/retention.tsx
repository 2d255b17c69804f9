import { useEffect, useState } from 'preact/hooks';
import { db } from '@/utils/db/db';
import { getSetting, previewPurge, purgeRecords, setSetting, type PurgePreview } from '@/utils/db';
import { minRetentionYears } from '@/utils/core/schemas/settings';
import type { Translate } from '@/utils/ui/i18n';

/** Retention with a floor of 3 years; a purge only after its dry run, and only what the dry run counted. */
export function RetentionSection({ t }: { t: Translate }) {
  const [years, setYears] = useState(minRetentionYears);
  const [preview, setPreview] = useState<PurgePreview | null>(null);
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => void getSetting(db, 'retentionYears').then(setYears), []);
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
        onClick={() => setSetting(db, 'retentionYears', years).then(() => setNote(t('saved')), fail)}
      >
        {t('save')}
      </button>
      <button
        type="button"
        data-testid="purge-dry-run"
        onClick={() => previewPurge(db, { now: new Date(), years }).then(setPreview, fail)}
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
                  const agent = await getSetting(db, 'agent');
                  const done = await purgeRecords(db, { now: new Date(), years, confirmed: preview, agent });
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
