// Values as every locale writes them (docs/adapters.md, "Values as every locale writes them"): month words, digits and
// calendars from Intl, read back by normalizeDate / normalizePhone / normalizeField. Invented values, no page's.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateOrderForLang, normalizeDate, type DateReading } from '@/utils/core/normalize/date';
import { asciiDigits } from '@/utils/core/normalize/digits';
import { toGregorian } from '@/utils/core/normalize/calendar';
import { normalizePhone } from '@/utils/core/normalize/phone';
import { normalizeGender } from '@/utils/core/normalize/gender';
import { normalizeField } from '@/utils/extract/fields';

const fa = (order: 'ymd' | 'dmy' = 'ymd'): DateReading => ({ order, lang: 'fa' });

describe('digits of every script', () => {
  it.each([
    ['۱۴۰۳/۰۸/۱۵', '1403/08/15'],
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['०१२३४५६७८९', '0123456789'],
    ['০১২৩৪৫৬৭৮৯', '0123456789'],
    ['๐๑๒๓๔๕๖๗๘๙', '0123456789'],
    ['０１２３４５６７８９', '0123456789'],
    ['၁၉၈၄', '1984'],
    ['𝟏𝟗𝟖𝟒', '1984'],
    ['Tel 12-34', 'Tel 12-34'],
  ])('%s → %s', (written, ascii) => expect(asciiDigits(written)).toBe(ascii));

  it('reads a phone and an id number in any script', () => {
    expect(normalizePhone('٠٥٠ ١٢٣ ٤٥٦٧')?.value).toBe('0501234567');
    expect(normalizePhone('०९८७६ ५४३२१')?.value).toBe('0987654321');
    expect(normalizePhone('๐๘๑-๒๓๔-๕๖๗๘')?.value).toBe('0812345678');
    expect(normalizeField('idNumber', ['１１０１０１１９９００３０７７２５８'], 'ymd')?.value).toBe(
      '110101199003077258',
    );
  });

  it('any decimal digit of any script reads as its value', () => {
    const zeros = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xe50, 0xed0, 0x1040, 0xff10, 0x1d7ce];
    fc.assert(
      fc.property(fc.constantFrom(...zeros), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1 }), (zero, ds) => {
        expect(asciiDigits(ds.map((d) => String.fromCodePoint(zero + d)).join(''))).toBe(ds.join(''));
      }),
    );
  });
});

describe('month words of every locale, from Intl', () => {
  it.each<[string, DateReading, string | null]>([
    ['12 марта 1984 г.', { order: 'dmy', lang: 'ru' }, '1984-03-12'],
    ['12 марта 1984 г.', 'dmy', '1984-03-12'],
    ['1984. március 12.', 'dmy', '1984-03-12'],
    ['12 tháng 3, 1984', { order: 'dmy', lang: 'vi' }, '1984-03-12'],
    ['1984 m. kovo 12 d.', 'ymd', '1984-03-12'],
    ['1984. gada 12. marts', 'dmy', '1984-03-12'],
    ['12 במרץ 1984', { order: 'dmy', lang: 'he' }, '1984-03-12'],
    ['Montag, 12. März 1984', 'dmy', '1984-03-12'],
    ['lundi 1er mars 2021', { order: 'dmy', lang: 'fr' }, '2021-03-01'],
    ['12 de marzo de 1984 a las 10:00', { order: 'dmy', lang: 'es' }, '1984-03-12'],
    ['12 Μαρτίου 1984', 'dmy', '1984-03-12'],
    ['१२ मार्च १९८४', 'dmy', '1984-03-12'],
    ['12 մարտի, 1984 թ.', 'dmy', '1984-03-12'],
    ['12 Sept 2024', 'dmy', '2024-09-12'],
    ['Mar 12, 1984 3:45 PM', 'mdy', '1984-03-12'],
    ['12.03.1984 г.', { order: 'dmy', lang: 'bg' }, '1984-03-12'],
    ['12. 3. 1984.', { order: 'dmy', lang: 'sr' }, '1984-03-12'],
    // A word two locales read as different months: Polish/Czech November, Croatian October.
    ['12 listopad 1984', 'dmy', null],
    ['12 listopad 1984', { order: 'dmy', lang: 'hr' }, '1984-10-12'],
    ['12 listopad 1984', { order: 'dmy', lang: 'pl' }, '1984-11-12'],
    // Common words that are month words only inside a date.
    ['May 2024', 'dmy', null],
    ['12 mai', 'dmy', null],
    ['Mar Lee 1984', 'dmy', null],
    ['12 March 1984 Room 4', 'dmy', null],
    ['12 Blorp 1984', 'dmy', null],
    // Turkish months spelled in ASCII (dotless ı as i), as the old hand list read them.
    ['14 Mayis 2025', 'dmy', '2025-05-14'],
    ['3 kasim 2024', { order: 'dmy', lang: 'tr' }, '2024-11-03'],
    // Only the forms a locale writes: no made-up abbreviation.
    ['12 Janu 1984', 'dmy', null],
  ])('%s (%j) → %s', (written, reading, iso) => expect(normalizeDate(written, reading)).toBe(iso));

  // Every listed locale whose long date Intl writes with a month word.
  const locales = ['en', 'fr', 'de', 'es', 'pt', 'it', 'nl', 'pl', 'cs', 'sk', 'hu', 'ro', 'tr', 'vi', 'id', 'ms'];
  locales.push('fil', 'sw', 'sv', 'da', 'nb', 'fi', 'et', 'lv', 'lt', 'sl', 'hr', 'sq', 'az', 'ca', 'eu', 'is');
  locales.push('ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk', 'el', 'he', 'ar', 'fa', 'ur', 'hi', 'bn', 'ta', 'th', 'ka');
  locales.push('hy', 'am', 'km', 'my', 'zh', 'ja', 'ko');
  it('any Gregorian date Intl writes in a listed locale reads back as itself', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.constantFrom<Intl.DateTimeFormatOptions>(
          { dateStyle: 'long' },
          { dateStyle: 'full' },
          { year: 'numeric', month: 'short', day: 'numeric' },
        ),
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
        fc.boolean(),
        (lang, style, date, saysLang) => {
          const written = new Intl.DateTimeFormat(`${lang}-u-ca-gregory`, { ...style, timeZone: 'UTC' }).format(date);
          const reading: DateReading = saysLang ? { order: 'dmy', lang } : 'dmy';
          const read = normalizeDate(written, reading);
          // Without the page's language a word two locales read differently may give nothing, never another date.
          if (saysLang || read !== null) expect(read, written).toBe(date.toISOString().slice(0, 10));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a date with its time, as each locale writes both', () => {
  it.each<[string, DateReading, string]>([
    ['12.03.1984, 15:45:00', { order: 'dmy', lang: 'de' }, '1984-03-12'],
    ['5. nov. 2024 kl. 09.05', { order: 'dmy', lang: 'da' }, '2024-11-05'],
    ['1984年3月12日 下午3:45', { order: 'ymd', lang: 'zh-TW' }, '1984-03-12'],
    ['2024. 3. 12. 오후 3:45:00', { order: 'ymd', lang: 'ko' }, '2024-03-12'],
    ['12/03/1984، 3:45 م', { order: 'dmy', lang: 'ar' }, '1984-03-12'],
    ['3/12/2024, 3:45:00 PM', { order: 'mdy', lang: 'en-US' }, '2024-03-12'],
    ['Пн, 12.03.1984', { order: 'dmy', lang: 'ru' }, '1984-03-12'],
    ['lundi 12/03/1984 à 14h30', { order: 'dmy', lang: 'fr' }, '1984-03-12'],
  ])('%s (%j) → %s', (written, reading, iso) => expect(normalizeDate(written, reading)).toBe(iso));

  const locales = ['en', 'en-GB', 'zh', 'zh-TW', 'ja', 'ko', 'fr', 'de', 'es', 'pt', 'it', 'nl', 'pl', 'cs', 'sk'];
  locales.push('hu', 'ro', 'tr', 'vi', 'id', 'ms', 'sv', 'da', 'nb', 'fi', 'ru', 'uk', 'bg', 'el', 'he', 'ar', 'fa');
  locales.push('hi', 'bn', 'th');
  it("any date and time Intl writes in a locale's own calendar and styles reads back on a page of that language", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.constantFrom<Intl.DateTimeFormatOptions>(
          {},
          { dateStyle: 'medium', timeStyle: 'medium' },
          { dateStyle: 'long', timeStyle: 'short' },
          { dateStyle: 'full', timeStyle: 'short' },
        ),
        fc.date({ min: new Date(Date.UTC(1930, 0, 1)), max: new Date(Date.UTC(2070, 11, 31)), noInvalidDate: true }),
        (lang, style, date) => {
          const written = new Intl.DateTimeFormat(lang, { ...style, timeZone: 'UTC' }).format(date);
          const read = normalizeDate(written, { order: dateOrderForLang(lang), lang });
          expect(read, written).toBe(date.toISOString().slice(0, 10));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('other calendars, via Intl', () => {
  it.each<[string, DateReading, string | null]>([
    ['1403/08/15', fa(), '2024-11-05'],
    ['۱۴۰۳/۰۸/۱۵', 'ymd', '2024-11-05'],
    ['۱۵ آبان ۱۴۰۳', 'dmy', '2024-11-05'],
    ['15 Aban 1403', 'dmy', '2024-11-05'],
    ['1362/12/21', fa(), '1984-03-11'],
    ['1403/12/30', fa(), '2025-03-20'],
    ['1402/12/30', fa(), null],
    ['1403/08/15 ه.ش', 'ymd', '2024-11-05'],
    ['3 جمادى الأولى 1446 هـ', 'dmy', '2024-11-05'],
    ['15/09/1445 هـ', 'dmy', '2024-03-25'],
    ['1445/09/15', { order: 'ymd', lang: 'ar-SA' }, '2024-03-25'],
    ['15 رمضان 1445', { order: 'dmy', lang: 'ar' }, '2024-03-25'],
    ['15/09/1445، 3:45 م', { order: 'dmy', lang: 'ar' }, '2024-03-25'],
    ['۱۴۰۳/۰۸/۱۵، ۳:۴۵ ب.ظ.', fa(), '2024-11-05'],
    ['4 Heshvan 5785', 'dmy', '2024-11-05'],
    // A year that cannot be Gregorian, on a page that does not say its calendar: nothing, not a wrong date.
    ['1403/08/15', 'ymd', null],
    ['1403-08-15', { order: 'ymd', lang: 'en' }, null],
    // Gregorian years stay Gregorian on a Persian page; Thai Buddhist, ROC and Japanese eras as before.
    ['2024/11/05', fa(), '2024-11-05'],
    ['12 กุมภาพันธ์ 2525', 'dmy', '1982-02-12'],
    ['民國72年05月14日', 'ymd', '1983-05-14'],
    ['昭和59年3月12日', 'ymd', '1984-03-12'],
  ])('%s (%j) → %s', (written, reading, iso) => expect(normalizeDate(written, reading)).toBe(iso));

  it('any day of the Persian and Hijri calendars converts back to the Gregorian day Intl wrote it from', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'persian' | 'islamic-umalqura'>('persian', 'islamic-umalqura'),
        fc.date({ min: new Date(Date.UTC(1930, 0, 1)), max: new Date(Date.UTC(2070, 11, 31)), noInvalidDate: true }),
        (calendar, date) => {
          const parts = new Intl.DateTimeFormat(`en-u-ca-${calendar}-nu-latn`, {
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            timeZone: 'UTC',
          }).formatToParts(date);
          const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
          expect(toGregorian(calendar, n('year'), n('month'), n('day'))).toBe(date.toISOString().slice(0, 10));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a Persian page writes its dates with Intl: read back', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1930, 0, 1)), max: new Date(Date.UTC(2070, 11, 31)), noInvalidDate: true }),
        fc.constantFrom<Intl.DateTimeFormatOptions>({ dateStyle: 'long' }, { dateStyle: 'short' }),
        (date, style) => {
          const written = new Intl.DateTimeFormat('fa-u-ca-persian', { ...style, timeZone: 'UTC' }).format(date);
          expect(normalizeDate(written, fa('ymd')), written).toBe(date.toISOString().slice(0, 10));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('Chinese and Japanese written dates', () => {
  it.each([
    ['一九八四年三月十二日', '1984-03-12'],
    ['二〇二四年十一月五日', '2024-11-05'],
    ['２０２４年３月１２日', '2024-03-12'],
    ['2024年3月12日 星期二', '2024-03-12'],
    ['2024/03/12(火)', '2024-03-12'],
    ['2024.03.12 (화)', '2024-03-12'],
  ])('%s → %s', (written, iso) => expect(normalizeDate(written, 'ymd')).toBe(iso));
});

describe('gender words of the CRMs\u2019 languages', () => {
  it.each([
    ['Mannelijk', 'male'],
    ['Kvinna', 'female'],
    ['muški', 'male'],
    ['Ženski', 'female'],
    ['Чоловіча', 'male'],
    ['Жена', 'female'],
    ['Férfi', 'male'],
    ['Nő', 'female'],
    ['Άνδρας', 'male'],
    ['Θήλυ', 'female'],
    ['זכר', 'male'],
    ['נקבה', 'female'],
    ['مذکر', 'male'],
    ['مؤنث', 'female'],
    ['ஆண்', 'male'],
    ['ស្រី', 'female'],
    ['Эрэгтэй', 'male'],
    ['Qadın', 'female'],
    ['W', 'female'],
    ['♂ Male', 'male'],
    ['(F)', 'female'],
    ['女 ♀', 'female'],
  ])('%s → %s', (written, gender) => expect(normalizeGender(written)).toBe(gender));

  it.each(['Home', 'Other', 'Divers', 'Unknown', '未知', 'X', '—', 'Mannheim', 'Frauke'])(
    '%s is no gender',
    (written) => expect(normalizeGender(written)).toBeNull(),
  );
});
