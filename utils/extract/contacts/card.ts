// One contact person from a card or a list item under a company's contacts heading: a name (bold, a link, a labelled
// 姓名 / Name, or the card's first line), maybe a job, phones and an e-mail address (docs/adapters.md, "Company vs person").
import type { ContactPerson } from '../../core/schemas/customer-context';
import { surnameFirst } from '../../core/normalize/chinese-name';
import { isHidden, readLines, type HiddenCache } from '../dom';
import { listOf } from '../list';
import { EMAIL, isJobTitle, isPersonName, numbersOf, type ContactSink } from './people';
import { columnOf, type Column } from './words';

type Labelled = Partial<Record<Column, string>>;
export interface Pair {
  col: Column;
  label: string;
  value: string;
}

// Where a card writes its person's name: in bold, as a heading or a link to the contact, or in an element so classed.
const NAME_ELEMENTS = 'b, strong, h3, h4, h5, h6, a, [class*="name" i]';
// Between a name and a job on one line: "杜文斌 · 设备部主管", "Maite Larrañaga, Compras", "Jane Doe | CFO".
const SEPARATOR = /\s*[·•|｜,，;；]\s*|\s[-–—]\s/;
const LEADING_SEPARATORS = /^[\s·•|｜,，;；:：\-–—]+/;
const BADGE = /^(?:\S{0,4}(?:联系人|聯絡人|担当)|(?:main|primary|key) contact|kontaktperson)$/i;
const INLINE_PAIR = /^([^:：]{1,24}?)\s*[:：]\s*(.+)$/;
const MAX_LINES = 30;

const BLOCK = /^(?:DIV|P|LI|UL|OL|DL|DT|DD|TABLE|TBODY|TR|SECTION|ARTICLE|HEADER|FOOTER|ADDRESS|H[1-6])$/;
const SKIP = /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT|BUTTON|SVG|svg)$/;
const DECORATION = /avatar|icon/i;

/**
 * A card's lines: blocks and <br> break lines, and so do inline elements side by side with nothing between them, which
 * the stylesheet draws apart (a list item's "<b>name</b><span>job</span><span>phone</span>").
 */
function linesOfPart(part: Element, cache: HiddenCache): string[] {
  if (part.tagName === 'TR')
    return listOf((part as HTMLTableRowElement).cells).flatMap((c) => readLines(c, false, cache));
  if (isHidden(part, cache)) return [];
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  for (const node of listOf(part.childNodes)) {
    if (node.nodeType === 3) line += node.nodeValue ?? '';
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIP.test(el.tagName) || DECORATION.test(el.getAttribute('class') ?? '')) continue;
    if (el.tagName === 'BR' || BLOCK.test(el.tagName)) {
      flush();
      out.push(...readLines(el, false, cache));
      continue;
    }
    if (el.previousSibling?.nodeType === 1) flush();
    line += readLines(el, false, cache).join(' ');
  }
  flush();
  return out;
}

function linesOf(parts: Element[], cache: HiddenCache): string[] {
  return parts.flatMap((p) => linesOfPart(p, cache));
}

function ownText(el: Element): string {
  return listOf(el.childNodes)
    .filter((n) => n.nodeType === 3)
    .map((n) => n.nodeValue ?? '')
    .join(' ');
}

/** Label / value pairs written as two elements side by side (<dt>/<dd>, <th>/<td>, a label span and its value span). */
export function elementPairs(parts: Element[], cache: HiddenCache): Pair[] {
  const out: Pair[] = [];
  let seen = 0;
  for (const part of parts)
    for (const el of [part, ...listOf(part.querySelectorAll('*'))]) {
      if (++seen > 600) return out;
      const next = el.nextElementSibling;
      const label = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!next || !label || label.length > 24) continue;
      const col = columnOf(label);
      if (!col || isHidden(el, cache)) continue;
      const value = readLines(next, false, cache).join(' ').trim();
      if (value && value.length <= 200 && !columnOf(value)) out.push({ col, label, value });
    }
  return out;
}

/** The person a card's lines and labelled pairs write, or null when no name with a detail beside it is there. */
export function personOf(
  parts: Element[],
  sink: ContactSink,
  pairs = elementPairs(parts, sink.cache),
): ContactPerson | null {
  const lines = linesOf(parts, sink.cache);
  if (lines.length === 0 || lines.length > MAX_LINES) return null;
  const labelled: Labelled = {};
  for (const p of pairs) labelled[p.col] ??= p.value;
  const person: Partial<ContactPerson> = {};
  // Lines that write neither a label, a number nor an address: the name and the job.
  const free: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (pairs.some((p) => line.startsWith(p.label))) continue;
    const inline = INLINE_PAIR.exec(line);
    const col = inline ? columnOf(inline[1] ?? '') : undefined;
    if (inline && col) {
      labelled[col] ??= inline[2]?.trim();
      continue;
    }
    const alone = columnOf(line);
    if (alone && i + 1 < lines.length) {
      labelled[alone] ??= lines[++i];
      continue;
    }
    const numbers = numbersOf(line, sink.lang);
    for (const n of numbers) person[n.kind] ??= n.written;
    const email = EMAIL.exec(line)?.[0];
    if (email) person.email ??= email;
    if (numbers.length === 0 && !email) free.push(i);
  }
  for (const kind of ['mobile', 'phone'] as const) {
    const v = labelled[kind];
    if (v) person[kind] = numbersOf(v, sink.lang)[0]?.written ?? person[kind];
  }
  if (labelled.email) person.email = EMAIL.exec(labelled.email)?.[0] ?? person.email;
  const named = nameOf(parts, lines, free, labelled, sink.cache);
  if (!named) return null;
  person.name = named.name;
  person.title = labelled.title ?? titleBeside(named, lines, free);
  if (!person.title) delete person.title;
  if (!person.title && !person.phone && !person.mobile && !person.email) return null;
  return person as ContactPerson;
}

/** The person's name and the line it is on (-1 when a label gave it). */
function nameOf(
  parts: Element[],
  lines: string[],
  free: number[],
  labelled: Labelled,
  cache: HiddenCache,
): { name: string; line: number } | null {
  const given = labelled.name ?? [labelled.first, labelled.last].filter(Boolean).join(' ');
  if (given) return isPersonName(given) ? { name: surnameFirst(given.trim()), line: -1 } : null;
  const marked = parts
    .flatMap((p) => [p, ...listOf(p.querySelectorAll(NAME_ELEMENTS))])
    .filter((el) => el.matches(NAME_ELEMENTS) && !isHidden(el, cache))
    // Its whole text, else its own text without a badge inside it ("Jonas Weber <span>主联系人</span>").
    .flatMap((el) => [el.textContent ?? '', ownText(el)].map((t) => t.replace(/\s+/g, ' ').trim()))
    .find((t) => isPersonName(t));
  if (marked) {
    const at = free.find((i) => lines[i]?.includes(marked));
    return { name: marked, line: at ?? -1 };
  }
  // Else the card's first line: its first part, before a separator.
  const at = free[0];
  const first = at === undefined ? '' : ((lines[at] ?? '').split(SEPARATOR)[0]?.trim() ?? '');
  return at !== undefined && isPersonName(first) ? { name: first, line: at } : null;
}

/** The job written after the name on its line, else on the next free line ("杜文斌 · 设备部主管", "<b>…</b><br>Gerente"). */
function titleBeside(named: { name: string; line: number }, lines: string[], free: number[]): string | undefined {
  if (named.line < 0) return undefined;
  const line = lines[named.line] ?? '';
  const rest = line
    .slice(line.indexOf(named.name) + named.name.length)
    .replace(LEADING_SEPARATORS, '')
    .trim();
  // A badge after the name ("主联系人", "Key contact") is no job: the job is then on the next line.
  if (rest && !BADGE.test(rest)) return isJobTitle(rest) ? rest : undefined;
  const next = free.find((i) => i > named.line);
  const text = next === undefined ? '' : (lines[next] ?? '');
  return text && isJobTitle(text) && text !== named.name ? text : undefined;
}

/** People written as labelled pairs in one block, a new person at each name label (an Element / Ant descriptions list). */
export function peopleOfPairs(pairs: Pair[], sink: ContactSink): ContactPerson[] {
  const groups: Pair[][] = [];
  for (const p of pairs) {
    if (p.col === 'name' || groups.length === 0) groups.push([]);
    groups[groups.length - 1]?.push(p);
  }
  const people: ContactPerson[] = [];
  for (const group of groups) {
    const labelled: Labelled = {};
    for (const p of group) labelled[p.col] ??= p.value;
    if (!labelled.name || !isPersonName(labelled.name)) continue;
    const person: ContactPerson = { name: surnameFirst(labelled.name.trim()) };
    if (labelled.title && isJobTitle(labelled.title)) person.title = labelled.title;
    for (const kind of ['mobile', 'phone'] as const) {
      const written = labelled[kind] ? numbersOf(labelled[kind] ?? '', sink.lang)[0]?.written : undefined;
      if (written) person[kind] = written;
    }
    const email = labelled.email ? EMAIL.exec(labelled.email)?.[0] : undefined;
    if (email) person.email = email;
    if (person.title || person.phone || person.mobile || person.email) people.push(person);
  }
  return people;
}
