// Wired by #12 (the agent's day: onboarding, work list, next customer); until then reached only by its tests.
import type { CallbackKind } from '../callback-kinds';
import { parseEventInput } from '../calendar/event-input';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { zonedToInstant } from '../calendar/zoned-time';
import { normalizePhone } from '../normalize/phone';
import { computeDue } from '../rules/compute-due';
import { getKindRule } from '../rules/kind-rules';
import { makeCustomerKey } from '../schemas/customer';
import { type Cell, type Table, cellDate, cellText } from './cell-values';
import { type ColumnMapping, type WorklistField, worklistFieldLabels } from './columns';
import { parseKindName } from './kind-names';
import { fillRecordLink, safeUrl } from './record-link';
import type { WorklistEntry, WorklistIssue } from './worklist-entry';

export const maxWorklistRows = 20_000;

export type BuildOptions = {
  /** Header row first, as the file has it. */
  table: Table;
  mapping: ColumnMapping;
  /** The CRM site the list belongs to: customer keys are per site, as on the record pages. */
  origin: string;
  /** Used for rows without a kind (no kind column, or an empty cell). */
  defaultKind: CallbackKind | null;
  calendar: WorkingCalendar;
  timeZone: string;
  listId: string;
  recordLinkTemplate?: string | null;
};

export type BuildResult = {
  entries: WorklistEntry[];
  /** Any issue means nothing is imported: the agent fixes the file and loads it again. */
  issues: WorklistIssue[];
  /** Rows folded into an earlier row for the same customer and kind. */
  mergedRows: number;
  dataRows: number;
};

const msg = (zh: string, en: string) => ({ 'zh-CN': zh, en });

/** The deadline instant: a day deadline ends with that day in the customer's zone. */
export function dueInstant(due: string, timeZone: string): string {
  return due.length === 10
    ? new Date(zonedToInstant(due, '23:59:59', timeZone)).toISOString()
    : new Date(Date.parse(due)).toISOString();
}

function checkMapping(o: BuildOptions): WorklistIssue[] {
  const m = o.mapping;
  const issues: WorklistIssue[] = [];
  if (m.name == null && m.customerId == null)
    issues.push({
      row: 0,
      column: null,
      message: msg('请指定“姓名”或“客户编号”所在的列。', 'Map a column to Name or Customer id.'),
    });
  if (m.eventDate == null && m.dueDate == null)
    issues.push({
      row: 0,
      column: null,
      message: msg('请指定“起算日期”或“截止日期”所在的列。', 'Map a column to Event date or Due date.'),
    });
  if (m.kind == null && !o.defaultKind)
    issues.push({
      row: 0,
      column: null,
      message: msg(
        '清单没有“回访类型”列：请选择本清单的回访类型。',
        'The list has no kind column: choose its callback kind.',
      ),
    });
  if (o.table.length - 1 > maxWorklistRows)
    issues.push({
      row: 0,
      column: null,
      message: msg(
        `清单超过 ${maxWorklistRows} 行，请分批导入。`,
        `The list has more than ${maxWorklistRows} rows; import it in parts.`,
      ),
    });
  return issues;
}

/**
 * Reads a work list: each row → customer, kind and the deadline the rules give from its event date; rows for the same
 * customer and kind merged; every bad cell reported by row and column. The caller writes nothing unless `issues` is
 * empty (all or nothing, docs/data.md).
 */
export function buildWorklist(o: BuildOptions): BuildResult {
  const header = (o.table[0] ?? []).map((c) => cellText(c));
  const issues = checkMapping(o);
  if (issues.length) return { entries: [], issues, mergedRows: 0, dataRows: Math.max(0, o.table.length - 1) };
  const byId = new Map<string, WorklistEntry>();
  let mergedRows = 0;
  let dataRows = 0;
  for (let i = 1; i < o.table.length; i++) {
    const cells = o.table[i] ?? [];
    if (cells.every((c) => cellText(c) === '')) continue;
    dataRows++;
    const rowNumber = i + 1;
    const at = (field: WorklistField): Cell | undefined => {
      const index = o.mapping[field];
      return index == null ? undefined : cells[index];
    };
    const column = (field: WorklistField) => {
      const index = o.mapping[field];
      return index == null ? null : header[index] || worklistFieldLabels[field]['zh-CN'];
    };
    const problem = (field: WorklistField | null, zh: string, en: string) =>
      issues.push({ row: rowNumber, column: field ? column(field) : null, message: msg(zh, en) });
    const before = issues.length;

    const customerId = cellText(at('customerId')) || null;
    const name = cellText(at('name'));
    if (!customerId && !name) problem(null, '没有姓名也没有客户编号。', 'Neither a name nor a customer id.');
    const phones = (field: 'mobile' | 'landline') => {
      const source = field === 'mobile' ? 'mobile' : 'phone';
      const text = cellText(at(source));
      if (!text) return [];
      const values = text
        .split(/[;,；，、/]+/)
        .map((p) => p.trim())
        .filter(Boolean);
      const out: string[] = [];
      for (const v of values) {
        const phone = normalizePhone(v);
        if (!phone) problem(source, `“${v}”不是可拨打的电话号码。`, `"${v}" is not a dialable phone number.`);
        else out.push(phone.value);
      }
      return out;
    };
    const mobiles = phones('mobile');
    const landlines = phones('landline');

    const kindText = cellText(at('kind'));
    const kind = kindText ? parseKindName(kindText) : o.defaultKind;
    if (kindText && !kind) problem('kind', `不认识的回访类型“${kindText}”。`, `Unknown callback kind "${kindText}".`);
    if (!kindText && !kind) problem('kind', '回访类型为空。', 'The callback kind is empty.');

    const eventRaw = cellText(at('eventDate'));
    const eventDate = cellDate(at('eventDate'));
    if (eventRaw && !eventDate) problem('eventDate', `“${eventRaw}”不是日期。`, `"${eventRaw}" is not a date.`);
    const dueRaw = cellText(at('dueDate'));
    const listDue = cellDate(at('dueDate'));
    if (dueRaw && !listDue) problem('dueDate', `“${dueRaw}”不是日期。`, `"${dueRaw}" is not a date.`);
    if (!eventRaw && !dueRaw)
      problem(o.mapping.eventDate != null ? 'eventDate' : 'dueDate', '缺少日期。', 'The date is missing.');

    const linkText = cellText(at('recordUrl'));
    const listLink = linkText ? safeUrl(linkText) : null;
    if (linkText && !listLink)
      problem(
        'recordUrl',
        '链接不是 http(s) 网址，不会打开。',
        'The link is not an http(s) address; it will not be opened.',
      );

    if (issues.length > before || !kind) continue;

    let due: string | null = null;
    let dueFrom: WorklistEntry['dueFrom'] = 'none';
    if (eventDate) {
      const parsed = parseEventInput(eventDate, o.timeZone);
      if (!parsed.ok) {
        problem('eventDate', `“${eventRaw}”不是日期。`, `"${eventRaw}" is not a date.`);
        continue;
      }
      due = computeDue(kind, parsed.event, o.calendar, { timeZone: o.timeZone }).due;
      if (due) dueFrom = 'rules';
    }
    if (!due && listDue) {
      due = listDue.length === 10 ? listDue : null;
      if (!due) {
        const parsed = parseEventInput(listDue, o.timeZone);
        due = parsed.ok ? new Date(parsed.event.instantMs).toISOString() : null;
      }
      dueFrom = due ? 'list' : 'none';
    }
    if (!due && getKindRule(kind).deadline.type !== 'none' && !eventDate)
      problem('dueDate', '无法得出截止日期。', 'No deadline can be worked out.');
    if (issues.length > before) continue;

    const customerKey = makeCustomerKey({ origin: o.origin, customerId, name, phone: mobiles[0] ?? landlines[0] });
    const recordUrl =
      listLink ?? (o.recordLinkTemplate ? fillRecordLink(o.recordLinkTemplate, { customerId, name }) : null);
    const entry: WorklistEntry = {
      id: `${customerKey}|${kind}`,
      customerKey,
      origin: o.origin,
      customerId,
      name,
      mobiles,
      landlines,
      product: cellText(at('product')),
      owner: cellText(at('owner')),
      kind,
      eventDate,
      due,
      dueAt: due ? dueInstant(due, o.timeZone) : null,
      dueFrom,
      recordUrl,
      rows: [rowNumber],
      listId: o.listId,
    };
    const earlier = byId.get(entry.id);
    if (earlier) {
      byId.set(entry.id, mergeEntries(earlier, entry));
      mergedRows++;
    } else byId.set(entry.id, entry);
  }
  return { entries: issues.length ? [] : [...byId.values()], issues, mergedRows, dataRows };
}

/** Two rows for one customer and kind: the earlier deadline counts; blanks are filled; every phone is kept. */
export function mergeEntries(a: WorklistEntry, b: WorklistEntry): WorklistEntry {
  const first = !a.dueAt || (b.dueAt !== null && b.dueAt < a.dueAt) ? b : a;
  const union = (x: string[], y: string[]) => [...new Set([...x, ...y])].slice(0, 10);
  return {
    ...first,
    name: a.name || b.name,
    customerId: a.customerId ?? b.customerId,
    product: a.product || b.product,
    owner: a.owner || b.owner,
    recordUrl: a.recordUrl ?? b.recordUrl,
    mobiles: union(a.mobiles, b.mobiles),
    landlines: union(a.landlines, b.landlines),
    rows: [...a.rows, ...b.rows].sort((x, y) => x - y),
  };
}
