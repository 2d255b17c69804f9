// Dates as pages write them → ISO yyyy-mm-dd. Day/month order of "23/08/2024" depends on the locale.

export type DateOrder = 'ymd' | 'dmy' | 'mdy';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  janv: 1,
  févr: 2,
  fevr: 2,
  mars: 3,
  avr: 4,
  mai: 5,
  juin: 6,
  juil: 7,
  août: 8,
  aout: 8,
  déc: 12,
};

// Month names of the CRMs' other languages, written out ("12 Agustus 1984", "3 de março de 2021", "14 Mayıs 2025",
// "12 กุมภาพันธ์ 2525"): Indonesian / Malay, Spanish, Portuguese, Italian, German, Dutch, Turkish, Polish (genitive),
// Thai (full and abbreviated). Only whole words (or a listed abbreviation) count here.
const MONTH_WORDS: [number, string][] = [
  [1, 'januari enero janeiro gennaio januar janvier ocak stycznia styczeń มกราคม ม.ค'],
  [2, 'februari febrero fevereiro febbraio februar şubat subat lutego luty กุมภาพันธ์ ก.พ'],
  [3, 'maret marzo março marco märz maart mart marca marzec มีนาคม มี.ค'],
  [4, 'april abril aprile nisan kwietnia kwiecień เมษายน เม.ย'],
  [5, 'mei mayo maio maggio mai mayıs mayis maja maj พฤษภาคม พ.ค'],
  [6, 'juni junio junho giugno haziran czerwca czerwiec มิถุนายน มิ.ย'],
  [7, 'juli julio julho luglio temmuz lipca lipiec กรกฎาคม ก.ค'],
  [8, 'agustus agosto augustus august ağustos agustos sierpnia sierpień สิงหาคม ส.ค'],
  [9, 'september septiembre setiembre setembro settembre eylül eylul września wrzesień กันยายน ก.ย'],
  [10, 'oktober octubre outubro ottobre ekim października październik ตุลาคม ต.ค'],
  [11, 'november noviembre novembro novembre kasım kasim listopada listopad พฤศจิกายน พ.ย'],
  [12, 'desember diciembre dezembro dicembre dezember december aralık aralik grudnia grudzień ธันวาคม ธ.ค'],
];
// Swahili, Filipino and Malay month names ("14 Machi 2023", "Hulyo 14, 1985", "5 Ogos 2024").
MONTH_WORDS.push(
  [1, 'enero'],
  [2, 'pebrero'],
  [3, 'machi marso mac'],
  [4, 'aprili'],
  [6, 'hunyo jun'],
  [7, 'julai hulyo'],
  [8, 'agosti ogos'],
  [9, 'septemba setyembre'],
  [10, 'oktoba oktubre okt'],
  [11, 'novemba nobyembre'],
  [12, 'desemba disyembre disember'],
);
for (const [month, words] of MONTH_WORDS) for (const w of words.split(' ')) MONTHS[w] ??= month;

function toIso(year: number, m: number, d: number): string | null {
  // A Buddhist-era year (Thailand: 2568 = 2025 CE); no CRM date of the common era falls in 2400–2699.
  const y = year >= 2400 && year < 2700 ? year - 543 : year;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? (/^[a-z]+$/.test(w) ? MONTHS[w.slice(0, 3)] : undefined);
}

/** The date order a page's language implies: US English writes m/d/y, China y/m/d, most others d/m/y. */
export function dateOrderForLang(lang: string | null | undefined): DateOrder {
  const l = (lang ?? '').toLowerCase();
  if (l === 'en' || l === 'en-us' || l.startsWith('en-us')) return 'mdy';
  if (l.startsWith('zh') || l.startsWith('ja') || l.startsWith('ko')) return 'ymd';
  return 'dmy';
}

/**
 * Reads a date (optionally followed by a time) and returns ISO yyyy-mm-dd, or null when the text
 * is not one date. `order` settles only ambiguous numeric forms like 03/04/2024.
 */
export function normalizeDate(input: string, order: DateOrder = 'ymd'): string | null {
  // A leading weekday ("Wed, 06 Aug 2025", "Monday, May 12, 2025", "星期三 2025-08-06") adds nothing to the date.
  const text = input
    .replace(/[\u00a0\u3000]/g, ' ')
    .trim()
    .replace(/^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?|(?:星期|周|週)[一二三四五六日天],?)\s+(?=\S)/i, '');
  if (!text || text.length > 40) return null;
  // An age or a note after the date ("1970-01-02（55岁）", "12/03/1984 (41 yrs)") is not part of it.
  const noted = /^(.*?\d)\s*[(（][^()（）]{1,12}[)）]$/.exec(text);
  if (noted) return normalizeDate(noted[1] ?? '', order);
  // Japan's era years (和暦: 令和7年5月20日, 昭和59年3月12日, 元年 = year 1).
  const era = /^(令和|平成|昭和|大正)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(text);
  if (era) {
    const base = { 令和: 2018, 平成: 1988, 昭和: 1925, 大正: 1911 }[era[1] as '令和'] ?? 0;
    return toIso(base + (era[2] === '元' ? 1 : Number(era[2])), Number(era[3]), Number(era[4]));
  }
  const time = String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[AP]M|Z|[+-]\d{2}:?\d{2})?)?`;
  // Taiwan's ROC (民國) calendar: year 1 is 1912 ("民國72年05月14日", "114/03/20": a 3-digit year is never a day).
  let m = new RegExp(
    String.raw`^(?:(?:中華)?民[國国]\s*(\d{1,3})|(1\d\d))\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?${time}$`,
    'i',
  ).exec(text);
  if (m) return toIso(Number(m[1] ?? m[2]) + 1911, Number(m[3]), Number(m[4]));
  // Korean pages write "2024. 01. 02." and 2024년 1월 2일.
  m = new RegExp(String.raw`^(\d{4})\s*[-/.年년]\s*(\d{1,2})\s*[-/.月월]\s*(\d{1,2})\s*[日일.]?${time}$`, 'i').exec(
    text,
  );
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return toIso(Number(m[1]), Number(m[2]), Number(m[3]));
  // Czech and Slovak write the day first with a space after each dot ("23. 2. 1986"): never a month first.
  m = new RegExp(String.raw`^(\d{1,2})\.\s+(\d{1,2})\.\s+(\d{4})${time}$`, 'i').exec(text);
  if (m) return toIso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})${time}$`, 'i').exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    if (a > 12) return toIso(y, b, a);
    if (b > 12) return toIso(y, a, b);
    return order === 'mdy' ? toIso(y, a, b) : toIso(y, b, a);
  }
  // A two-digit year with slashes ("3/10/25", US help desks and Excel-style exports), only where the page's order is
  // day/month or month/day (a yymmdd reading is never guessed): 00–69 → 20xx, 70–99 → 19xx.
  m = new RegExp(String.raw`^(\d{1,2})/(\d{1,2})/(\d{2})${time}$`, 'i').exec(text);
  if (m && order !== 'ymd') {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const yy = Number(m[3]);
    const y = yy < 70 ? 2000 + yy : 1900 + yy;
    if (a > 12) return toIso(y, b, a);
    if (b > 12) return toIso(y, a, b);
    return order === 'mdy' ? toIso(y, a, b) : toIso(y, b, a);
  }
  // "23 August 2024", "23-Aug-2024", "23 août 2024"
  // (Spanish and Portuguese put "de" around the month: "3 de março de 2021"; German a dot after the day.)
  m = new RegExp(
    String.raw`^(\d{1,2})(?:st|nd|rd|th|\.)?(?:\s+de)?[\s-]+([\p{L}\p{M}.]{2,12}?\.?)(?:\s+de)?[\s,-]+(\d{4})${time}$`,
    'iu',
  ).exec(text);
  if (m) {
    const month = monthOf(m[2] ?? '');
    return month ? toIso(Number(m[3]), month, Number(m[1])) : null;
  }
  // "August 23, 2024", "Aug 23 2024", and moment's "MMM,DD YYYY" / "Aug 9,1991" (a comma in place of a space)
  m = new RegExp(
    String.raw`^([A-Za-zéû]{3,9}\.?)(?:\s+|\s*,\s*)(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+|\s*,\s*)(\d{4})${time}$`,
    'i',
  ).exec(text);
  if (m) {
    const month = monthOf(m[1] ?? '');
    return month ? toIso(Number(m[3]), month, Number(m[2])) : null;
  }
  return null;
}
