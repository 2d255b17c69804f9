// Serbian is written in two scripts letter for letter (Gajica and Vukovica): the Latin words of Croatian, Bosnian and
// Serbian (europe-east.ts `hr`) are also the Cyrillic page's words (Датум уговора, Мобилни, Број картона), so the
// Cyrillic table is the Latin one transliterated, plus the words only Cyrillic pages were seen to use
// (docs/adapters.md, "Session 26: Serbian in both scripts").
import type { WordTable } from './index';

const DIGRAPHS: [string, string][] = [
  ['lj', 'љ'],
  ['nj', 'њ'],
  ['dž', 'џ'],
];
const LATIN = 'abcčćdđefghijklmnoprsštuvzž';
const CYRILLIC = 'абцчћдђефгхијклмнопрсштувзж';
const LETTERS = new Map([...LATIN].map((l, i) => [l, CYRILLIC[i] ?? '']));

/** A Serbian Latin word in Cyrillic, or null when it holds a letter Serbian does not write (an x, a q: a loan word). */
export function toSerbianCyrillic(latin: string): string | null {
  let out = '';
  for (let i = 0; i < latin.length; i++) {
    const pair = DIGRAPHS.find(([l]) => latin.startsWith(l, i));
    if (pair) {
      out += pair[1];
      i += pair[0].length - 1;
      continue;
    }
    const c = latin[i] ?? '';
    const letter = LETTERS.get(c);
    if (letter) out += letter;
    else if (/[\s.\-/()]/.test(c)) out += c;
    else return null;
  }
  return out;
}

/** `own` with every word of `latin` added in Cyrillic, field by field, none twice. */
export function withCyrillicOf(own: WordTable, latin: WordTable): WordTable {
  const out: WordTable = { ...own };
  for (const [field, list] of Object.entries(latin) as [keyof WordTable, string][]) {
    const words = new Set((own[field] ?? '').split('|').filter(Boolean));
    for (const word of list.split('|')) {
      const cyrillic = toSerbianCyrillic(word.trim());
      if (cyrillic) words.add(cyrillic);
    }
    out[field] = [...words].join('|');
  }
  return out;
}
