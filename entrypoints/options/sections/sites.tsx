import { browser } from 'wxt/browser';
import { useEffect, useState } from 'preact/hooks';
import { enabledOriginPatterns } from '@/utils/core/origins';
import type { Translate } from '@/utils/ui/i18n';

/** Origins the build itself enables (demo/e2e): required permissions, which the browser won't remove. */
function builtInOrigins(): Set<string> {
  return new Set(enabledOriginPatterns(browser.runtime.getManifest().host_permissions ?? []));
}

export function SitesSection({ t }: { t: Translate }) {
  const [sites, setSites] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => void browser.permissions.getAll().then((all) => setSites(enabledOriginPatterns(all.origins)));
  useEffect(() => {
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, []);
  const fixed = builtInOrigins();
  return (
    <section aria-labelledby="sec-sites">
      <h2 id="sec-sites">{t('secSites')}</h2>
      {sites.length === 0 && <p>{t('sitesEmpty')}</p>}
      <ul data-testid="enabled-sites">
        {sites.map((site) => (
          <li key={site}>
            <bdi>{site}</bdi>{' '}
            {fixed.has(site) ? (
              <span class="muted">{t('siteBuiltIn')}</span>
            ) : (
              <button
                type="button"
                data-testid={`remove-site-${site}`}
                onClick={() =>
                  browser.permissions.remove({ origins: [site] }).then(refresh, (err: unknown) => setError(String(err)))
                }
              >
                {t('removeSite')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p role="alert" class="warning">
          {error}
        </p>
      )}
    </section>
  );
}
