import type { CallbackRecord } from '../schemas/callback-record';
import { channelLabels, outcomeLabels } from '../record-labels';
import { getKindRule } from '../rules/kind-rules';

export type CsvLanguage = 'zh-CN' | 'en';

interface Column {
  en: string;
  zh: string;
  value: (r: CallbackRecord, mask: boolean, lang: CsvLanguage) => string;
}

/** The Chinese file says kind, channel and outcome in words (an agent opens it in Excel); the English one keeps the ids. */
const inWords = (lang: CsvLanguage, id: string, zh: string) => (lang === 'zh-CN' ? zh : id);

const text = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** 138****5678: enough to tell numbers apart, not enough to dial. */
export function maskDigits(value: string): string {
  if (value.length <= 7) return value.replace(/\d/g, '*');
  return value.slice(0, 3) + value.slice(3, -4).replace(/[\dXx]/g, '*') + value.slice(-4);
}

const columns: Column[] = [
  { en: 'Record id', zh: '记录编号', value: (r) => r.id },
  { en: 'Revision', zh: '修订版本', value: (r) => text(r.revision) },
  { en: 'Corrects record', zh: '更正的记录', value: (r) => text(r.supersedes) },
  { en: 'Customer key', zh: '客户标识', value: (r) => r.customerKey },
  { en: 'Customer name', zh: '客户姓名', value: (r) => text(r.context.name) },
  {
    en: 'Phone',
    zh: '联系电话',
    value: (r, mask) =>
      mask ? maskDigits(text(r.context.mobile ?? r.context.phone)) : text(r.context.mobile ?? r.context.phone),
  },
  { en: 'Kind', zh: '回访类型', value: (r, _m, lang) => inWords(lang, r.kind, getKindRule(r.kind).label['zh-CN']) },
  { en: 'Channel', zh: '回访方式', value: (r, _m, lang) => inWords(lang, r.channel, channelLabels[r.channel][0]) },
  { en: 'Started', zh: '开始时间', value: (r) => r.startedAt },
  { en: 'Ended', zh: '结束时间', value: (r) => text(r.endedAt) },
  { en: 'Ring seconds', zh: '振铃秒数', value: (r) => text(r.ringSeconds) },
  { en: 'Outcome', zh: '回访结果', value: (r, _m, lang) => inWords(lang, r.outcome, outcomeLabels[r.outcome][0]) },
  { en: 'Call back at', zh: '约定回拨时间', value: (r) => text(r.callBackAt) },
  { en: 'Satisfaction', zh: '满意度', value: (r) => text(r.satisfaction) },
  { en: 'Flags', zh: '标记', value: (r) => r.flags.join('; ') },
  { en: 'Notes', zh: '备注', value: (r) => r.notes },
  { en: 'Answers', zh: '回访内容', value: (r) => (Object.keys(r.answers).length ? JSON.stringify(r.answers) : '') },
  { en: 'Agent', zh: '回访人员', value: (r) => r.agent },
  { en: 'Due', zh: '截止时间', value: (r) => text(r.dueAt) },
  { en: 'Script', zh: '话术', value: (r) => (r.scriptId ? `${r.scriptId}@${text(r.scriptVersion)}` : '') },
  { en: 'Source page', zh: '来源页面', value: (r) => r.sourceUrl },
  { en: 'Recorded', zh: '记录时间', value: (r) => r.recordedAt },
];

/**
 * One cell, safe to open in Excel or LibreOffice: a leading = + - @ tab or CR would start a formula, so such a
 * value gets a leading apostrophe (OWASP CSV injection); every cell is quoted and inner quotes doubled.
 */
export function escapeCsvCell(value: string): string {
  const guarded = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${guarded.replace(/"/g, '""')}"`;
}

export const csvBom = '\uFEFF';
const eol = '\r\n';

export function writeCsvHeader(lang: CsvLanguage): string {
  return csvBom + columns.map((c) => escapeCsvCell(lang === 'en' ? c.en : c.zh)).join(',') + eol;
}

/** Rows for one chunk of records, one row per attempt; append to the header. */
export function writeCsvRows(
  records: readonly CallbackRecord[],
  options: { maskPersonal?: boolean; lang?: CsvLanguage } = {},
): string {
  const mask = options.maskPersonal ?? false;
  const lang = options.lang ?? 'zh-CN';
  let out = '';
  for (const r of records) out += columns.map((c) => escapeCsvCell(c.value(r, mask, lang))).join(',') + eol;
  return out;
}

export function writeCsv(
  records: readonly CallbackRecord[],
  options: { lang: CsvLanguage; maskPersonal?: boolean },
): string {
  return writeCsvHeader(options.lang) + writeCsvRows(records, options);
}
