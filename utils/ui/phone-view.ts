// How the card's phone line names and writes a number (docs/panel.md, "The phone line"): which one is the mobile
// (手机) and which the landline (座机, or the page's own word for it: 住宅, 公司电话…), written as the page wrote it.
import type { StandardFieldKey } from '@/utils/core/fields';
import { classifyPhone } from '@/utils/core/normalize/phone';
import type { FieldValue } from '@/utils/core/schemas/customer-context';
import type { PanelTranslate } from './i18n';
import { stripControlChars } from './mask';

// A page's word for what kind of line a landline is (home, office…): shown as the page wrote it, since it tells the
// agent whom the number reaches. A bare "电话" / "Phone" / "来电号码" says nothing of the kind.
const LINE_KIND_WORD = /住宅|宅电|家庭|家里|单位|公司|办公|工作|home|work|office|business|residen/i;
// The page's text for the number, when it is only the number: digits with its grouping (spaces, dashes, brackets).
const WRITTEN_NUMBER = /^[+\d][\d\s\-().\u00a0]{5,28}$/;

const digitsOf = (s: string) => s.replace(/[^\d+]/g, '');

/** The word before the number: 手机 for a mobile, the page's own word for a landline when it names its kind, else 座机. */
export function phoneKindLabel(key: StandardFieldKey, field: FieldValue, t: PanelTranslate): string {
  // The line's kind by the mainland's numbering plan, as the reader classed it (utils/core/normalize/phone.ts).
  const kind = classifyPhone(digitsOf(field.value.split(';')[0] ?? ''));
  if (key === 'mobile' || kind === 'mobile') return t('phoneMobile');
  // The generic reader notes a value found by its shape after its label ("办公电话 (by its shape)"): not the page's word.
  const label = field.source.via === 'generic' || field.source.via === 'adapter' ? field.source.label : undefined;
  const pageWord = stripControlChars(label ?? '')
    .replace(/\s*\(by its shape\)$/, '')
    .trim();
  if (pageWord.length <= 12 && LINE_KIND_WORD.test(pageWord)) return pageWord;
  return kind === 'landline' ? t('phoneLandline') : t('phoneOther');
}

/**
 * The number as the page wrote it ("138 1326 4490", "0512-6758 3321": its grouping, the area code apart) when the
 * page's text is that number and nothing else; otherwise the normalised digits. Dialling and copying use the digits.
 */
export function writtenNumber(field: FieldValue): string {
  const raw = stripControlChars(field.raw).trim();
  return WRITTEN_NUMBER.test(raw) && digitsOf(raw) === digitsOf(field.value) ? raw : field.value;
}
