import { useEffect, useState } from 'preact/hooks';
import { siteAdapterSchema } from '@/utils/core/schemas/site-adapter';
import type { SiteAdapterRow } from '@/utils/core/schemas/site-adapter-row';
import type { Translate } from '@/utils/ui/i18n';
import { saveFile } from '@/utils/ui/save-file';
import { dataClient } from '../services';

const MAX_FILE = 1024 * 1024;

/** Import one adapter ({origin, adapter}) or a list of them; every adapter is checked by the adapter schema. */
function parseAdapterFile(text: string): { ok: true; rows: SiteAdapterRow[] } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  const list: unknown[] = Array.isArray(raw) ? raw : [raw];
  const rows: SiteAdapterRow[] = [];
  for (const [i, item] of list.entries()) {
    const candidate = typeof item === 'object' && item !== null && 'adapter' in item ? item : { adapter: item };
    const origin = 'origin' in candidate && typeof candidate.origin === 'string' ? candidate.origin : null;
    const adapter = siteAdapterSchema.safeParse(candidate.adapter);
    if (!adapter.success || !origin)
      return { ok: false, error: `#${i + 1}: ${adapter.error?.issues[0]?.message ?? 'origin'}` };
    rows.push({ origin, adapter: adapter.data, updatedAt: new Date().toISOString() });
  }
  return { ok: true, rows };
}

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
                  text: JSON.stringify(row, null, 2),
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
            if (!file || file.size > MAX_FILE) return;
            const parsed = parseAdapterFile(await file.text());
            if (!parsed.ok) return setNote(t('adapterInvalid', { error: parsed.error }));
            await dataClient.call('saveSiteAdapters', { rows: parsed.rows });
            setNote(t('saved'));
            refresh();
          }}
        />
      </label>
      {note && <p role="status">{note}</p>}
    </section>
  );
}
