import { IdentityConfirm } from '@/components/identity-confirm';
import { ContactPicker } from '@/components/contact-picker';
import type { CallMirror } from '@/utils/call/call-mirror';
import { buildCompanyView, buildConfirmView } from '@/utils/ui/identity-view';

/** Who is on the line: "please confirm" for an unsure name or phone, the contact of a company record (#11). */
export function IdentityBlock({ c }: { c: CallMirror }) {
  const t = c.t.value;
  const revealed = c.call.revealed.value;
  const confirm = buildConfirmView(c.call.page.value, c.unconfirmed.value, { locale: c.locale.value, t, revealed });
  const company = buildCompanyView(c.call.customer.value, c.contact.value, revealed);
  return (
    <>
      {confirm && <IdentityConfirm t={t} view={confirm} onConfirm={c.confirmIdentity} />}
      {company && <ContactPicker t={t} view={company} onChoose={c.chooseContact} />}
    </>
  );
}
