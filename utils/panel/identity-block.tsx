import { IdentityConfirm } from '@/components/identity-confirm';
import { ContactPicker } from '@/components/contact-picker';
import type { CallMirror } from '@/utils/call/call-mirror';
import { SafeText } from '@/components/safe-text';
import { buildCompanyView, buildConfirmView, buildFrameNotes } from '@/utils/ui/identity-view';

/** Who is on the line: "please confirm" for an unsure name or phone, the contact of a company record (#11). */
export function IdentityBlock({ c }: { c: CallMirror }) {
  const t = c.t.value;
  const revealed = c.call.revealed.value;
  const confirm = buildConfirmView(c.call.page.value, c.unconfirmed.value, { locale: c.locale.value, t, revealed });
  const company = buildCompanyView(c.call.customer.value, c.contact.value, revealed);
  const needed = c.contactNeeded.value;
  return (
    <>
      <FrameNotes c={c} />
      {confirm && <IdentityConfirm t={t} view={confirm} onConfirm={c.confirmIdentity} />}
      {company && <ContactPicker t={t} view={company} needed={needed} onChoose={c.chooseContact} />}
      {!company && needed && (
        <p class="notice notice-warn" role="alert" data-testid="contact-needed">
          {t('nameNeeded')}
        </p>
      )}
    </>
  );
}

/** Where the record was read (a frame), and what the page hides from Huifang (other sites' frames, closed roots). */
export function FrameNotes({ c }: { c: CallMirror }) {
  const notes = buildFrameNotes(c.call.page.value, c.t.value);
  if (notes.length === 0) return null;
  return (
    <ul class="frame-notes" data-testid="frame-notes">
      {notes.map((n) => (
        <li key={n.text} class={n.warn ? 'warning' : 'source'}>
          <SafeText value={n.text} />
        </li>
      ))}
    </ul>
  );
}
