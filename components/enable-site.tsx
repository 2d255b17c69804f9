import type { PanelTranslate } from '@/utils/ui/i18n';

export type EnableSiteProps = {
  t: PanelTranslate;
  /** The tab's origin; null when the browser does not tell us (no permission yet). */
  origin: string | null;
  typed: string;
  error: string | null;
  onTyped: (value: string) => void;
  onEnable: () => void;
};

export function EnableSite({ t, origin, typed, error, onTyped, onEnable }: EnableSiteProps) {
  return (
    <section class="enable-site" role="region" aria-label={t('enableSite')}>
      <p>{t('siteNotEnabled')}</p>
      {origin ? (
        <p class="origin">
          <bdi>{origin}</bdi>
        </p>
      ) : (
        <label>
          {t('siteAddress')}
          <input
            type="url"
            data-testid="site-address"
            value={typed}
            placeholder="https://"
            onInput={(e) => onTyped(e.currentTarget.value)}
          />
          <small>{t('siteAddressHint')}</small>
        </label>
      )}
      {error && (
        <p class="warning" role="alert">
          {error}
        </p>
      )}
      <button type="button" class="primary" data-testid="enable-site" onClick={onEnable}>
        {t('enableSite')}
      </button>
    </section>
  );
}
