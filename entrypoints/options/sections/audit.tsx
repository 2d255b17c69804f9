import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/ui/i18n';
import { dataClient } from '../services';

/** Verifies the hash-chained audit log (docs/data.md, "Audit log") and says where it breaks. */
export function AuditSection({ t }: { t: Translate }) {
  const [result, setResult] = useState<string | null>(null);
  const verify = async () => {
    try {
      const check = await dataClient.call('verifyAudit', {});
      setResult(
        check.ok
          ? t('auditOk', { n: check.entries })
          : t('auditBroken', { seq: check.brokenAtSeq, reason: check.reason }),
      );
    } catch (err) {
      setResult(t('error', { error: String(err) }));
    }
  };
  return (
    <section aria-labelledby="sec-audit">
      <h2 id="sec-audit">{t('secAudit')}</h2>
      <button type="button" data-testid="audit-verify" onClick={() => void verify()}>
        {t('auditVerify')}
      </button>
      {result && (
        <p role="status" data-testid="audit-result">
          {result}
        </p>
      )}
    </section>
  );
}
