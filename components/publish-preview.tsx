import type { Translate } from '@/utils/ui/i18n';
import type { PublishPreview } from '@/utils/ui/script-versions-view';

/** What publishing would change for agents: first publication, a version not above the published one, or the changes. */
export function PublishPreviewView({ preview, t }: { preview: PublishPreview; t: Translate }) {
  if (preview.kind === 'first') return <p data-testid="publish-diff">{t('publishFirst')}</p>;
  if (preview.kind === 'not-newer')
    return (
      <p class="warning" data-testid="publish-diff">
        {t('publishNotNewer', { published: preview.published })}
      </p>
    );
  return (
    <div data-testid="publish-diff">
      <p>
        {preview.lines.length
          ? t('publishChanges', { published: preview.published, n: preview.lines.length })
          : t('publishNoChanges', { published: preview.published })}
      </p>
      {preview.lines.length > 0 && (
        <ul>
          {preview.lines.slice(0, 200).map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
