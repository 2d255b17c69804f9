import { cellText, type Cell } from '../worklist/cell-values';
import type { ChecklistItem, CustomField, Option, Script, ScriptOutcome, Step } from './schema';

// A script as one spreadsheet table (docs/script-sheet.md): team leads keep scripts in Excel. Sections start with a
// row `[script]`, `[fields]`, `[steps]`, `[checklist]`, `[outcomes]`, each followed by its header row. A step's
// answer options are the rows under it with an empty step id (its first option may share its row). What has no column
// of its own (number ranges, min/max, repeat, recordAs) goes in the `more` column as JSON, so the round trip
// script → sheet → script gives the same script. Reading gives a plain object; the linter then checks it like a file.

type Column = { key: string; zh: string; en: string };
const col = (key: string, zh: string, en = key): Column => ({ key, zh, en });

const scriptColumns = [col('key', '项目'), col('value', '内容')];
const fieldColumns = [
  col('key', '字段'),
  col('labelZh', '名称（中文）', 'label zh'),
  col('labelEn', '名称（英文）', 'label en'),
  col('type', '类型'),
  col('compute', '计算'),
];
const stepColumns = [
  col('id', '步骤编号', 'step id'),
  col('type', '类型'),
  col('input', '回答方式', 'answer'),
  col('textZh', '话术（中文）', 'text zh'),
  col('textEn', '话术（英文）', 'text en'),
  col('noteZh', '提示（中文）', 'note zh'),
  col('noteEn', '提示（英文）', 'note en'),
  col('next', '下一步'),
  col('end', '结束结果', 'end'),
  col('flags', '标记', 'flags'),
  col('option', '选项值', 'option'),
  col('optionZh', '选项（中文）', 'option zh'),
  col('optionEn', '选项（英文）', 'option en'),
  col('optionGoto', '选项转到', 'option goto'),
  col('optionEnd', '选项结束', 'option end'),
  col('optionFlags', '选项标记', 'option flags'),
  col('more', '其他（JSON）', 'more'),
];
const checklistColumns = [
  col('id', '清单项', 'item id'),
  col('required', '必做', 'required'),
  col('rule', '依据', 'rule'),
  col('textZh', '内容（中文）', 'text zh'),
  col('textEn', '内容（英文）', 'text en'),
  col('steps', '相关步骤', 'steps'),
  col('satisfiedBy', '由回答满足', 'satisfied by'),
];
const outcomeColumns = [
  col('id', '结果', 'outcome id'),
  col('record', '记录为', 'record'),
  col('labelZh', '名称（中文）', 'label zh'),
  col('labelEn', '名称（英文）', 'label en'),
];
const sections = {
  script: scriptColumns,
  fields: fieldColumns,
  steps: stepColumns,
  checklist: checklistColumns,
  outcomes: outcomeColumns,
} as const;
type SectionName = keyof typeof sections;

const header = (columns: readonly Column[]): string[] => columns.map((c) => `${c.zh} ${c.en}`);
const row = (columns: readonly Column[], values: Record<string, string | undefined>): string[] =>
  columns.map((c) => values[c.key] ?? '');
const json = (value: unknown): string | undefined => (value === undefined ? undefined : JSON.stringify(value));
const list = (values: readonly string[] | undefined): string | undefined => values?.join(', ');
const yesNo = (value: boolean): string => (value ? '是' : '否');

function optionCells(option: Option): Record<string, string | undefined> {
  return {
    option: option.value,
    optionZh: option.label?.['zh-CN'],
    optionEn: option.label?.en,
    optionGoto: option.goto,
    optionEnd: option.end,
    optionFlags: list(option.flags),
  };
}

function stepRows(step: Step): string[][] {
  const more: Record<string, unknown> = {};
  if (step.type === 'question') {
    for (const key of ['ranges', 'min', 'max', 'repeat', 'recordAs'] as const)
      if (step[key] !== undefined) more[key] = step[key];
  }
  const options = step.type === 'question' ? (step.options ?? []) : [];
  const [first, ...rest] = options;
  const main = {
    id: step.id,
    type: step.type,
    input: step.type === 'question' ? step.input : undefined,
    textZh: step.text['zh-CN'],
    textEn: step.text.en,
    noteZh: step.note?.['zh-CN'],
    noteEn: step.note?.en,
    next: step.next,
    end: step.end,
    flags: list(step.flags),
    more: Object.keys(more).length > 0 ? json(more) : undefined,
    ...(first ? optionCells(first) : {}),
  };
  return [row(stepColumns, main), ...rest.map((option) => row(stepColumns, optionCells(option)))];
}

function computeText(field: CustomField): string | undefined {
  const c = field.compute;
  if (!c) return undefined;
  return `${c.from} ${c.add < 0 ? '-' : '+'} ${Math.abs(c.add)} ${c.unit}`;
}

/** The script as the rows of one sheet (or a CSV file). A script with blocks is written expanded. */
export function scriptToRows(script: Script): string[][] {
  const meta: [string, string | undefined][] = [
    ['id', script.id],
    ['format', script.format === undefined ? undefined : String(script.format)],
    ['version', String(script.version)],
    ['title zh', script.title['zh-CN']],
    ['title en', script.title.en],
    ['description zh', script.description?.['zh-CN']],
    ['description en', script.description?.en],
    ['kinds', list(script.kinds)],
    ['priority', script.priority === undefined ? undefined : String(script.priority)],
    ['start', script.start],
    [
      'startByKind',
      script.startByKind
        ? Object.entries(script.startByKind)
            .map(([kind, step]) => `${kind}=${step}`)
            .join(', ')
        : undefined,
    ],
    ['appliesWhen', json(script.appliesWhen)],
    ['flagSeverity', json(script.flagSeverity)],
  ];
  const out: string[][] = [['[script]'], header(scriptColumns)];
  for (const [key, value] of meta) if (value !== undefined) out.push([key, value]);
  if (script.customFields?.length) {
    out.push([], ['[fields]'], header(fieldColumns));
    for (const field of script.customFields)
      out.push(
        row(fieldColumns, {
          key: field.key,
          labelZh: field.label['zh-CN'],
          labelEn: field.label.en,
          type: field.type,
          compute: computeText(field),
        }),
      );
  }
  out.push([], ['[steps]'], header(stepColumns));
  for (const step of script.steps) out.push(...stepRows(step));
  if (script.checklist?.length) {
    out.push([], ['[checklist]'], header(checklistColumns));
    for (const item of script.checklist)
      out.push(
        row(checklistColumns, {
          id: item.id,
          required: yesNo(item.required),
          rule: item.rule,
          textZh: item.text['zh-CN'],
          textEn: item.text.en,
          steps: list(item.steps),
          satisfiedBy: item.satisfiedBy
            ?.map((s) => (s.answers ? `${s.step}=${s.answers.join('|')}` : s.step))
            .join(', '),
        }),
      );
  }
  out.push([], ['[outcomes]'], header(outcomeColumns));
  for (const outcome of script.outcomes)
    out.push(
      row(outcomeColumns, {
        id: outcome.id,
        record: outcome.record,
        labelZh: outcome.label['zh-CN'],
        labelEn: outcome.label.en,
      }),
    );
  return out;
}

export type SheetError = { row: number; column: string; message: string };
export type SheetResult = { ok: true; value: Record<string, unknown> } | { ok: false; errors: SheetError[] };

/** Finds each column by its header: the whole header, its Chinese or its English part, in any order. */
function mapHeader(cells: readonly Cell[], columns: readonly Column[]): Map<string, number> {
  const found = new Map<string, number>();
  cells.forEach((cell, index) => {
    const text = cellText(cell).toLowerCase();
    const column = columns.find(
      (c) => text === `${c.zh} ${c.en}`.toLowerCase() || text === c.zh.toLowerCase() || text === c.en.toLowerCase(),
    );
    if (column && !found.has(column.key)) found.set(column.key, index);
  });
  return found;
}

const splitList = (text: string): string[] =>
  text
    .split(/[,，、\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
const text2 = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const optional = (value: string): string | undefined => (value === '' ? undefined : value);

/** Reads the rows of a sheet (XLSX or CSV, utils/worklist/read-table.ts) back into a script object, to lint. */
export function rowsToScriptSource(rows: readonly (readonly Cell[])[]): SheetResult {
  const errors: SheetError[] = [];
  const script: Record<string, unknown> = {};
  const fields: CustomField[] = [];
  const steps: Record<string, unknown>[] = [];
  const checklist: ChecklistItem[] = [];
  const outcomes: ScriptOutcome[] = [];
  let section: SectionName | null = null;
  let columns: Map<string, number> | null = null;
  const fail = (at: number, column: string, message: string) => errors.push({ row: at + 1, column, message });
  const readJson = (at: number, column: string, value: string): unknown => {
    try {
      return JSON.parse(value);
    } catch {
      fail(at, column, `not valid JSON: ${value.slice(0, 60)}`);
      return undefined;
    }
  };
  rows.forEach((cells, at) => {
    const first = cellText(cells[0]);
    const marker = /^\[(\w+)\]$/.exec(first);
    if (marker) {
      const name = marker[1] ?? '';
      if (name in sections) {
        section = name as SectionName;
        columns = null;
      } else fail(at, 'A', `unknown section [${name}]; use [script], [fields], [steps], [checklist] or [outcomes]`);
      return;
    }
    if (cells.every((cell) => cellText(cell) === '')) return;
    if (!section) return fail(at, 'A', 'a row before the first section ([script])');
    if (!columns) {
      columns = mapHeader(cells, sections[section]);
      const missing = sections[section]
        .filter((c) => c.key === 'id' || c.key === 'key')
        .filter((c) => !columns?.has(c.key));
      if (missing.length > 0)
        fail(at, 'A', `the [${section}] header has no "${missing.map((c) => c.en).join(', ')}" column`);
      return;
    }
    const map = columns;
    const get = (key: string): string => {
      const index = map.get(key);
      return index === undefined ? '' : cellText(cells[index]);
    };
    switch (section) {
      case 'script':
        readMeta(script, get('key'), get('value'), (message) => fail(at, 'B', message), readJson.bind(null, at, 'B'));
        return;
      case 'fields': {
        const field: CustomField = { key: get('key'), label: text2(get('labelZh'), get('labelEn')) };
        const type = get('type');
        if (type) field.type = type as CustomField['type'];
        const compute = get('compute');
        if (compute) {
          const m = /^(\w+)\s*([+-])\s*(\d+)\s*(working-days|days|months)$/.exec(compute);
          if (m)
            field.compute = { from: m[1] ?? '', add: Number(m[3]) * (m[2] === '-' ? -1 : 1), unit: m[4] as 'days' };
          else
            fail(
              at,
              'compute',
              `write a computed date as "signDate + 1 months" (days, working-days, months), not "${compute}"`,
            );
        }
        fields.push(field);
        return;
      }
      case 'steps': {
        const id = get('id');
        const option = get('option');
        let step = steps.at(-1);
        if (id) {
          step = { id, type: get('type') || 'say' };
          const input = get('input');
          if (input) step.input = input;
          step.text = text2(get('textZh'), get('textEn'));
          if (get('noteZh') || get('noteEn')) step.note = text2(get('noteZh'), get('noteEn'));
          for (const key of ['next', 'end'] as const) if (get(key)) step[key] = get(key);
          if (get('flags')) step.flags = splitList(get('flags'));
          if (get('more')) {
            const more = readJson(at, 'more', get('more'));
            if (more && typeof more === 'object') Object.assign(step, more);
          }
          steps.push(step);
        }
        if (option) {
          if (!step) return fail(at, 'option', 'an option row before any step');
          const entry: Record<string, unknown> = { value: option };
          if (get('optionZh') || get('optionEn')) entry.label = text2(get('optionZh'), get('optionEn'));
          if (get('optionGoto')) entry.goto = get('optionGoto');
          if (get('optionEnd')) entry.end = get('optionEnd');
          if (get('optionFlags')) entry.flags = splitList(get('optionFlags'));
          step.options = [...(Array.isArray(step.options) ? step.options : []), entry];
        } else if (!id) fail(at, 'step id', 'a row with neither a step id nor an option value');
        return;
      }
      case 'checklist': {
        const required = get('required').toLowerCase();
        const item: ChecklistItem = {
          id: get('id'),
          text: text2(get('textZh'), get('textEn')),
          required: ['是', 'yes', 'true', 'y', '1', '必做'].includes(required),
          rule: get('rule'),
        };
        if (!['是', 'yes', 'true', 'y', '1', '必做', '否', 'no', 'false', 'n', '0', ''].includes(required))
          fail(at, 'required', `write 是 or 否 (yes or no), not "${get('required')}"`);
        const stepList = optional(get('steps'));
        if (stepList) item.steps = splitList(stepList);
        const by = optional(get('satisfiedBy'));
        if (by)
          item.satisfiedBy = splitList(by).map((entry) => {
            const [step = '', answers] = entry.split('=');
            return answers ? { step, answers: answers.split('|').filter(Boolean) } : { step };
          });
        checklist.push(item);
        return;
      }
      case 'outcomes':
        outcomes.push({
          id: get('id'),
          record: get('record') as ScriptOutcome['record'],
          label: text2(get('labelZh'), get('labelEn')),
        });
        return;
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      ...script,
      ...(fields.length ? { customFields: fields } : {}),
      steps,
      ...(checklist.length ? { checklist } : {}),
      outcomes,
    },
  };
}

function readMeta(
  script: Record<string, unknown>,
  key: string,
  value: string,
  fail: (message: string) => void,
  readJson: (value: string) => unknown,
): void {
  if (value === '') return;
  switch (key.toLowerCase()) {
    case 'id':
    case 'start':
      script[key.toLowerCase()] = value;
      return;
    case 'format':
    case 'version':
    case 'priority': {
      const n = Number(value);
      if (!Number.isInteger(n)) return fail(`"${key}" must be a whole number, not "${value}"`);
      script[key.toLowerCase()] = n;
      return;
    }
    case 'title zh':
    case 'title en':
    case 'description zh':
    case 'description en': {
      const [name = '', lang] = key.toLowerCase().split(' ');
      const old = (script[name] as Record<string, string> | undefined) ?? { 'zh-CN': '', en: '' };
      script[name] = { ...old, [lang === 'zh' ? 'zh-CN' : 'en']: value };
      return;
    }
    case 'kinds':
      script.kinds = splitList(value);
      return;
    case 'startbykind':
      script.startByKind = Object.fromEntries(
        splitList(value).map((pair) => {
          const [kind = '', step = ''] = pair.split('=');
          return [kind, step];
        }),
      );
      return;
    case 'applieswhen':
      script.appliesWhen = readJson(value);
      return;
    case 'flagseverity':
      script.flagSeverity = readJson(value);
      return;
    default:
      fail(
        `unknown key "${key}"; use id, format, version, title zh, title en, description zh, description en, kinds, priority, start, startByKind, appliesWhen, flagSeverity`,
      );
  }
}

/** Rows as CSV text (RFC 4180 quoting, CRLF, a BOM so Excel reads UTF-8). */
export function rowsToCsv(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return `\ufeff${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
}
