// Where an inline value ends: at the next "Label: value" pair written on the same line (docs/adapters.md, "Round 16:
// values"). "投保人：曾晓岚 · 被保人：曾晓岚 · 年交保费 ¥ 8,960" is three pairs, "客户编号：KH-0061387 (U+3000) 最近联系：2025-11-27" two:
// the value of the first is its own text, not the line's rest.

// A pair after a dot or bar between spaces (the fact separator of a subtitle line): any "Label：value" part.
const SEPARATED_PAIR = /\s+[·•|｜]\s+([^:：\n·•|｜]{1,20}?)\s*[:：]\s*\S/gu;
// A pair after a layout gap (an ideographic space, a tab, two spaces or more), or after one space when its label is
// written in Han, kana or hangul with a full-width colon: "…0061387 (U+3000) 最近联系：", "… 最近联系：…". An ASCII colon after one
// space is no boundary ("Name: Ann Lee Smith", a time "at 14:20", "see https://…").
const GAPPED_PAIR =
  /(?:[\u3000\t]|\s{2,})\s*([^\s:：·•|｜](?:[^:：·•|｜\n]{0,18}[^\s:：·•|｜])?)\s*[:：]\s*\S|\s([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{2,12})：\s*\S/gu;
// A label names something: it holds a letter (a time's "14" before ":20" is no label).
const HAS_LETTER = /\p{L}/u;

/** The value of an inline "Label: value" text, cut before the next "Label: value" pair on its line. */
export function valueBeforeNextPair(value: string): string {
  let end = value.length;
  for (const re of [SEPARATED_PAIR, GAPPED_PAIR]) {
    re.lastIndex = 0;
    for (let m = re.exec(value); m; m = re.exec(value)) {
      const label = m[1] ?? m[2] ?? '';
      // A link's "https://" is no pair.
      const link = /^\s*:\/\//.test(value.slice(m.index + m[0].indexOf(label) + label.length));
      if (m.index > 0 && HAS_LETTER.test(label) && !link) {
        end = Math.min(end, m.index);
        break;
      }
    }
  }
  return value.slice(0, end).trim();
}
