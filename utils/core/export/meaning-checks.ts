import type { CallbackRecord } from '../schemas/callback-record';
import type { Customer } from '../schemas/customer';
import { describeBadDate, describeBadDue, describeBadInstant } from './date-checks';
import type { ImportProblem } from './issues';

/** `records[12] (id "r-5")`: a record by its place in the file and by its id, so either finds it. */
export function nameRow(list: string, index: number, id: string | undefined): string {
  return id === undefined ? `${list}[${index}]` : `${list}[${index}] (id ${JSON.stringify(id.slice(0, 100))})`;
}

function problem(row: string, field: string, message: string): ImportProblem {
  const path = `${row.replace(/ \(id .*\)$/, '')}.${field}`;
  return { code: 'invalid', path, message: `${row}.${field}: ${message}` };
}

const ms = (iso: string) => Date.parse(iso);

/** Dates and times of one record that the schema's shape check lets through: real days, sane years, order. */
export function checkRecordMeaning(r: CallbackRecord, index: number): ImportProblem[] {
  const row = nameRow('records', index, r.id);
  const out: ImportProblem[] = [];
  const instant = (field: string, value: string | null) => {
    const bad = value === null ? null : describeBadInstant(value);
    if (bad) out.push(problem(row, field, bad));
    return bad === null;
  };
  const startOk = instant('startedAt', r.startedAt);
  const endOk = instant('endedAt', r.endedAt);
  instant('callBackAt', r.callBackAt);
  const recordedOk = instant('recordedAt', r.recordedAt);
  for (const [item, at] of Object.entries(r.ticks)) instant(`ticks.${item}`, at);
  if (r.dueAt !== null) {
    const bad = describeBadDue(r.dueAt);
    if (bad) out.push(problem(row, 'dueAt', bad));
  }
  if (startOk && endOk && r.endedAt !== null && ms(r.endedAt) < ms(r.startedAt)) {
    out.push(problem(row, 'endedAt', `the call ends (${r.endedAt}) before it starts (${r.startedAt})`));
  }
  if (startOk && recordedOk && ms(r.recordedAt) < ms(r.startedAt)) {
    out.push(problem(row, 'recordedAt', `recorded (${r.recordedAt}) before the call started (${r.startedAt})`));
  }
  if (r.supersedes === r.id) out.push(problem(row, 'supersedes', 'a record cannot correct itself'));
  if (r.supersedes !== null && r.revision === 0) {
    out.push(problem(row, 'revision', `a correction (supersedes ${JSON.stringify(r.supersedes)}) needs revision ≥ 1`));
  }
  if (r.supersedes === null && r.revision > 0) {
    out.push(problem(row, 'supersedes', `revision ${r.revision} must name the record it corrects`));
  }
  return out;
}

/** The same checks for a customer row: real dates, first seen before last seen, a deadline with its kind. */
export function checkCustomerMeaning(c: Customer, index: number): ImportProblem[] {
  const row = nameRow('customers', index, c.key);
  const out: ImportProblem[] = [];
  const instant = (field: string, value: string | null) => {
    const bad = value === null ? null : describeBadInstant(value);
    if (bad) out.push(problem(row, field, bad));
    return bad === null;
  };
  const firstOk = instant('firstSeenAt', c.firstSeenAt);
  const lastOk = instant('lastSeenAt', c.lastSeenAt);
  instant('nextCallBackAt', c.nextCallBackAt);
  instant('stats.lastAttemptAt', c.stats.lastAttemptAt);
  instant('stats.lastReachedAt', c.stats.lastReachedAt);
  for (const [name, value] of Object.entries(c.events)) {
    const bad = describeBadDue(value);
    if (bad) out.push(problem(row, `events.${name}`, bad));
  }
  if (c.dueAt !== null) {
    const bad = describeBadDue(c.dueAt);
    if (bad) out.push(problem(row, 'dueAt', bad));
  }
  if ((c.dueAt === null) !== (c.dueKind === null)) {
    out.push(problem(row, 'dueKind', 'a deadline (dueAt) and its kind (dueKind) come together or not at all'));
  }
  if (firstOk && lastOk && ms(c.lastSeenAt) < ms(c.firstSeenAt)) {
    out.push(problem(row, 'lastSeenAt', `last seen (${c.lastSeenAt}) before first seen (${c.firstSeenAt})`));
  }
  return out;
}

/** The envelope's own dates: when it was exported, and a filter range whose end is after its start. */
export function checkHeaderMeaning(header: {
  exportedAt: string;
  filters: { from: string | null; to: string | null };
}): ImportProblem[] {
  const out: ImportProblem[] = [];
  const at = (path: string, value: string | null) => {
    const bad = value === null ? null : describeBadInstant(value);
    if (bad) out.push({ code: 'invalid', path, message: `${path}: ${bad}` });
    return bad === null;
  };
  at('exportedAt', header.exportedAt);
  const { from, to } = header.filters;
  if (at('filters.from', from) && at('filters.to', to) && from !== null && to !== null && ms(to) <= ms(from)) {
    out.push({
      code: 'invalid',
      path: 'filters.to',
      message: `filters.to: the range ends (${to}) before or when it starts (${from})`,
    });
  }
  return out;
}

export { describeBadDate };
