import { regexes } from 'zod';
import { callbackKinds } from '../callback-kinds';
import { standardFieldKeys } from '../fields';
import { channelSchema, outcomeSchema, satisfactionSchema, type CallbackRecord } from '../schemas/callback-record';
import type { Customer } from '../schemas/customer';

// Exporting 100,000 records through zod's safeParse costs about as much as reading them (docs/benchmarks.md).
// These guards answer "does the schema accept this row exactly as it is?" about 20× faster. They are never looser
// than the schemas (callbackRecordSchema, customerSchema): a row they accept, zod accepts unchanged; a row they
// refuse goes through zod, which gives the errors (or strips unknown keys). tests/unit/export/row-guards.test.ts
// checks both directions against the schemas with generated rows, and fails when a schema gains a field these
// guards do not check yet: add the field here (a row with it would otherwise take the slow path).

type Row = Record<string, unknown>;

// The same pattern as z.iso.datetime({ offset: true }) in the schemas.
const isoDateTime = regexes.datetime({ offset: true });
const kinds: ReadonlySet<unknown> = new Set(callbackKinds);
const channels: ReadonlySet<unknown> = new Set(channelSchema.options);
const outcomes: ReadonlySet<unknown> = new Set(outcomeSchema.options);
const satisfactions: ReadonlySet<unknown> = new Set(satisfactionSchema.options);
const fieldKeys: ReadonlySet<string> = new Set(standardFieldKeys);

const recordKeys: ReadonlySet<string> = new Set([
  'id',
  'customerKey',
  'kind',
  'scriptId',
  'scriptVersion',
  'channel',
  'startedAt',
  'endedAt',
  'ringSeconds',
  'outcome',
  'callBackAt',
  'answers',
  'path',
  'ticks',
  'flags',
  'satisfaction',
  'notes',
  'agent',
  'sourceUrl',
  'context',
  'dueAt',
  'revision',
  'supersedes',
  'openItemsReason',
  'shortRingConfirmed',
  'revisionReason',
  'recordedAt',
]);
const customerKeys: ReadonlySet<string> = new Set([
  'key',
  'origin',
  'customerId',
  'context',
  'sourceUrl',
  'firstSeenAt',
  'lastSeenAt',
  'events',
  'stats',
  'dueAt',
  'dueKind',
  'nextCallBackAt',
]);
const statsKeys: ReadonlySet<string> = new Set(['attempts', 'lastAttemptAt', 'lastOutcome', 'lastReachedAt']);

/** A plain object (what IndexedDB gives back): not an array, a Date, or an object without the usual prototype. */
function isPlain(v: unknown): v is Row {
  if (typeof v !== 'object' || v === null) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype;
}

/** Every own key is one the schema knows (zod would strip the others, so the row would not pass unchanged). */
function onlyKeys(row: Row, known: ReadonlySet<string>): boolean {
  for (const key of Object.keys(row)) if (!known.has(key)) return false;
  return true;
}

const str = (v: unknown, max: number, min = 0): boolean => typeof v === 'string' && v.length >= min && v.length <= max;
const strOrNull = (v: unknown, max: number) => v === null || str(v, max);
const iso = (v: unknown): boolean => typeof v === 'string' && isoDateTime.test(v);
const isoOrNull = (v: unknown) => v === null || iso(v);
const count = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

function strings(v: unknown, maxItems: number, maxLength: number): boolean {
  if (!Array.isArray(v) || v.length > maxItems) return false;
  for (const s of v) if (!str(s, maxLength)) return false;
  return true;
}

/** z.partialRecord(standardFieldKeySchema, z.string().max(4000)) */
function fieldValues(v: unknown): boolean {
  if (!isPlain(v)) return false;
  for (const key of Object.keys(v)) if (!fieldKeys.has(key) || !str(v[key], 4000)) return false;
  return true;
}

function answerValue(v: unknown): boolean {
  if (v === null || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string') return v.length <= 20_000;
  return strings(v, 100, 500);
}

function recordOf(v: unknown, maxKey: number, value: (x: unknown) => boolean): boolean {
  if (!isPlain(v)) return false;
  for (const key of Object.keys(v)) if (key.length > maxKey || !value(v[key])) return false;
  return true;
}

/** The fields the guards check (a test compares them with the schemas). */
export const guardedRecordKeys = recordKeys;
export const guardedCustomerKeys = customerKeys;

/** True when callbackRecordSchema accepts `row` and its output would equal `row`. */
export function isCleanRecord(row: unknown): row is CallbackRecord {
  if (!isPlain(row) || !onlyKeys(row, recordKeys)) return false;
  const r = row;
  const ring = r.ringSeconds;
  return (
    str(r.id, 100, 1) &&
    str(r.customerKey, 500, 1) &&
    kinds.has(r.kind) &&
    strOrNull(r.scriptId, 200) &&
    (r.scriptVersion === null || count(r.scriptVersion)) &&
    channels.has(r.channel) &&
    iso(r.startedAt) &&
    isoOrNull(r.endedAt) &&
    (ring === null || (typeof ring === 'number' && ring >= 0 && ring <= 3600)) &&
    outcomes.has(r.outcome) &&
    isoOrNull(r.callBackAt) &&
    recordOf(r.answers, 200, answerValue) &&
    strings(r.path, 5000, 200) &&
    recordOf(r.ticks, 200, iso) &&
    strings(r.flags, 100, 100) &&
    (r.satisfaction === null || satisfactions.has(r.satisfaction)) &&
    str(r.notes, 20_000) &&
    str(r.agent, 200) &&
    str(r.sourceUrl, 4000) &&
    fieldValues(r.context) &&
    strOrNull(r.dueAt, 40) &&
    count(r.revision) &&
    strOrNull(r.supersedes, 100) &&
    (r.openItemsReason === undefined || str(r.openItemsReason, 2000)) &&
    (r.shortRingConfirmed === undefined || typeof r.shortRingConfirmed === 'boolean') &&
    (r.revisionReason === undefined || str(r.revisionReason, 2000)) &&
    iso(r.recordedAt)
  );
}

function cleanStats(v: unknown): boolean {
  return (
    isPlain(v) &&
    onlyKeys(v, statsKeys) &&
    count(v.attempts) &&
    isoOrNull(v.lastAttemptAt) &&
    (v.lastOutcome === null || outcomes.has(v.lastOutcome)) &&
    isoOrNull(v.lastReachedAt)
  );
}

/** True when customerSchema accepts `row` and its output would equal `row`. */
export function isCleanCustomer(row: unknown): row is Customer {
  if (!isPlain(row) || !onlyKeys(row, customerKeys)) return false;
  const c = row;
  return (
    str(c.key, 500, 1) &&
    str(c.origin, 500) &&
    strOrNull(c.customerId, 200) &&
    fieldValues(c.context) &&
    str(c.sourceUrl, 4000) &&
    iso(c.firstSeenAt) &&
    iso(c.lastSeenAt) &&
    recordOf(c.events, 100, (e) => str(e, 40)) &&
    cleanStats(c.stats) &&
    strOrNull(c.dueAt, 40) &&
    (c.dueKind === null || kinds.has(c.dueKind)) &&
    isoOrNull(c.nextCallBackAt)
  );
}
