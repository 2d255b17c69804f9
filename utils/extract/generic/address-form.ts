// The gender a form of address written with the record's name says (docs/adapters.md, "Session 19: missed values"):
// "M. Mamadou Ndiaye", "Mme Céline Marchetti", "السيد عبد الرحيم بنعلي", "何嘉欣小姐". A page with no gender field
// still addresses its customer; a title of a degree or a trade (Dr., Prof., Ing.) says no gender and is not listed.

// Forms of address for a man and for a woman, as stripSalutation (utils/core/normalize/text.ts) drops them before a
// name, lower case and without a closing dot. English Mr / Ms / Mrs / Miss are left out: English CRMs show the
// salutation picked from a list beside the name (Salesforce, Zoho, EspoCRM, SuiteCRM), and their fixtures' truth
// reads no gender from it (tests/fixtures/crm-pages/README.md: gender from Male / Female words).
const MALE_ADDRESS = new Set(
  [
    'herr|sr|señor|senhor|sig|signor|monsieur|dhr|pan|г-н|господин|κ|κος|κύριος|السيد|الأستاذ|آقای|جناب|מר',
    'श्री|shri|জনাব|bwana|bapak|bpk|pak|encik|bay|ông|ທ້າວ|លោក|här|mnr|hr|dl|gospod',
    // Session 24 (docs/adapters.md, "Session 24: field words of the thin languages").
    'mesye|andriamatoa|atoa|mnu|maazị|bnr|ਸ੍ਰੀ|ਸ਼੍ਰੀ|ଶ୍ରୀ|کاک',
    // Session 25: Tamil.
    'திரு',
  ]
    .join('|')
    .split('|'),
);
const FEMALE_ADDRESS = new Set(
  [
    'mme|mlle|frau|sra|srta|señora|señorita|dña|senhora|sig.ra|sig.na|signora|madame|mademoiselle',
    "mevr|mevrouw|mw|pani|paní|г-жа|госпожа|κα|κυρία|السيدة|الأستاذة|خانم|محترمہ|גב'|גב׳|גברת|श्रीमती|सुश्री|smt",
    'ibu|bu|puan|bayan|bà|chị|ທ່ານນາງ|ນາງສາວ|ນາງ|លោកស្រី|អ្នកស្រី|កញ្ញា|madamm|joffer|mev|mej|fru|dna|gđa|gđica|gospa',
    'madan|manmzèl|ramatoa|ramatoakely|rtoa|nksz|nkszn|nkk|oriakụ|madamu|bns|ਸ੍ਰੀਮਤੀ|ਸ਼੍ਰੀਮਤੀ|ଶ୍ରୀମତୀ|خاتوو',
    'திருமதி|செல்வி',
  ]
    .join('|')
    .split('|'),
);
// Thai: นาย (Mr), นาง (Mrs), นางสาว / น.ส. (Miss), glued to the name or not; คุณ says no gender.
const THAI_ADDRESS: Record<string, 'male' | 'female'> = {
  นาย: 'male',
  นาง: 'female',
  นางสาว: 'female',
  'น.ส.': 'female',
};
// Swahili Bw. (Bwana) and Bi. (Bibi), only with their dot: "Bi Wei" is a name (session 26).
const DOTTED_ADDRESS: Record<string, 'male' | 'female'> = { bw: 'male', bi: 'female' };
// After a Han name: 先生 (Mr), 女士 / 小姐 / 太太 (Ms, Miss, Mrs).
const HAN_AFTER = /^\s*(先生|女士|小姐|太太)/;

/**
 * The gender the form of address right before the name's first word (or right after a Han name) in `raw` says;
 * null when none. French writes Monsieur "M.": read only on a French page, an initial elsewhere.
 */
export function genderOfAddress(raw: string, name: string, lang = ''): 'male' | 'female' | null {
  // (Bidi marks and isolates around the name, "محترمہ \u2067ثمینہ اکرام\u2069", are no part of either word.)
  const text = raw
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (/^\p{Script=Han}{2,4}$/u.test(name)) {
    const at = text.indexOf(name);
    const after = at >= 0 ? HAN_AFTER.exec(text.slice(at + name.length))?.[1] : undefined;
    return after === undefined ? null : after === '先生' ? 'male' : 'female';
  }
  const words = name.split(' ').filter((w) => w.length > 1);
  const starts = words.map((w) => text.indexOf(w)).filter((i) => i > 0);
  if (starts.length === 0) return null;
  const before = text.slice(0, Math.min(...starts)).trimEnd();
  // Thai forms of address are written glued to the name (นายธนากร, นางสาวกัลยา).
  const thai = THAI_ADDRESS[before];
  if (thai) return thai;
  if (before.length === text.slice(0, Math.min(...starts)).length) return null;
  const word = (/(\S+)$/.exec(before)?.[1] ?? '').toLowerCase().replace(/\.$/, '');
  if (word === 'm') return /^fr\b/i.test(lang) ? 'male' : null;
  if (DOTTED_ADDRESS[word]) return before.endsWith('.') ? (DOTTED_ADDRESS[word] ?? null) : null;
  return MALE_ADDRESS.has(word) ? 'male' : FEMALE_ADDRESS.has(word) ? 'female' : null;
}
