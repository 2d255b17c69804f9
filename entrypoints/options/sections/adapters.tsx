import { useEffect, useState } from 'preact/hooks';
import { originOfAdapter, parseSiteAdapters, serializeSiteAdapters } from '@/utils/extract/site-adapter-file';
import type { SiteAdapterRow } from '@/utils/core/schemas/site-adapter-row';
import type { Translate } from '@/utils/ui/i18n';
import { saveFile } from '@/utils/ui/save-file';
import { dataClient } from '../services';

export function AdaptersSection({ t }: { t: Translate }) {
  const [rows, setRows] = useState<SiteAdapterRow[]>([]);
  const [note, setNote] = useState<string | null>(null);
  const refresh = () => void dataClient.call('siteAdapters', {}).then(setRows);
  useEffect(refresh, []);
  return (
    <section aria-labelledby="sec-adapters">
      <h2 id="sec-adapters">{t('secAdapters')}</h2>
      {rows.length === 0 && <p>{t('adaptersEmpty')}</p>}
      <ul data-testid="site-adapters">
        {rows.map((row) => (
          <li key={row.origin}>
            <bdi>{row.origin}</bdi>{' '}
            <button
              type="button"
              onClick={() =>
                saveFile({
                  text: serializeSiteAdapters([row.adapter]),
                  fileName: `adapter-${new URL(row.origin).hostname}.json`,
                  mimeType: 'application/json',
                })
              }
            >
              {t('adapterExport')}
            </button>{' '}
            <button
              type="button"
              onClick={() => void dataClient.call('deleteSiteAdapter', { origin: row.origin }).then(refresh)}
            >
              {t('adapterDelete')}
            </button>
          </li>
        ))}
      </ul>
      <label class="file">
        {t('adapterImport')}
        <input
          type="file"
          accept=".json,application/json"
          data-testid="adapter-import"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (!file) return;
            // The file format of docs/adapters.md, checked whole (size, schema, duplicates, patterns).
            const parsed = parseSiteAdapters(await file.text());
            if (!parsed.ok) return setNote(t('adapterInvalid', { error: parsed.error }));
            const rows = parsed.adapters.flatMap((adapter) => {
              const origin = originOfAdapter(adapter);
              return origin ? [{ origin, adapter }] : [];
            });
            await dataClient.call('saveSiteAdapters', { rows });
            setNote(t('saved'));
            refresh();
          }}
        />
      </label>
      {note && <p role="status">{note}</p>}
    </section>
  );
}
