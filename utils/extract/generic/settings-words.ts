// The word a settings page names itself by, in the languages of CRMs: a title made of it is no customer's name, and a
// URL segment made of it (with no id anywhere) is no record (docs/adapters.md, "Round 13 classes"). One list for both.
export const SETTINGS_WORDS = [
  'settings',
  'nastavení',
  'nastavenia',
  'einstellungen',
  'paramètres',
  'parâmetros',
  'configuración',
  'configurações',
  'ajustes',
  'impostazioni',
  'instellingen',
  'настройки',
  'ustawienia',
  'beállítások',
  'inställningar',
  'indstillinger',
  'innstillinger',
  'asetukset',
  'ayarlar',
  'setări',
  'cài đặt',
  'pengaturan',
  'tetapan',
  '设置',
  '設定',
  '설정',
  'الإعدادات',
  'הגדרות',
  'ρυθμίσεις',
];

// Slugs a URL spells that no word above folds to: the singular, the account page, Russian transliterated.
const URL_ONLY_SLUGS = ['setting', 'account-?settings', 'parametros', 'nastroyki'];

/** A word as a URL segment spells it: accents dropped, đ as d, spaces as an optional hyphen ("cài đặt" → cai-?dat). */
function asSlug(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/ /g, '-?');
}

const SLUGS = [...new Set([...URL_ONLY_SLUGS, ...SETTINGS_WORDS.map(asSlug)])].filter((s) => /^[a-z?-]+$/.test(s));

/** A path or hash segment that names a settings page (/settings/account, #/einstellungen, /cai-dat). */
export const SETTINGS_URL = new RegExp(`[/#](?:${SLUGS.join('|')})(?:[/?#.]|$)`, 'i');
