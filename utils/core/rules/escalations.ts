import { z } from '../zod';
import { callbackKindSchema } from '../callback-kinds';
import { type WorkingCalendar, addWorkingDays, describeCoverage } from '../calendar/working-calendar';
import { defaultTimeZone, toZonedDate } from '../calendar/zoned-time';
import type { CallbackRecord } from '../schemas/callback-record';
import { type ScriptFlag, flagInfo, flagSeveritySchema, scriptFlagSchema } from '../script/flags';
import type { RuleWarning } from './rule-warning';

const isoDateTime = z.iso.datetime({ offset: true });

// One scale for the escalation and for the script that sets a flag's severity (docs/script-format.md, flagSeverity).
export const escalationSeveritySchema = flagSeveritySchema;
export type EscalationSeverity = z.infer<typeof escalationSeveritySchema>;

/** A serious anomaly (重大异常问题, 篇六 第十条) raised by a finished record, until the supervisor handles it. */
export const escalationSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  type: scriptFlagSchema.check(z.refine((f) => flagInfo[f].escalate, 'not an escalating flag')),
  severity: escalationSeveritySchema,
  status: z.enum(['open', 'handled']),
  customerKey: z.string().check(z.minLength(1), z.maxLength(500)),
  recordId: z.string().check(z.minLength(1), z.maxLength(100)),
  kind: callbackKindSchema,
  openedBy: z.string().check(z.maxLength(200)),
  openedAt: isoDateTime,
  handledBy: z.nullable(z.string().check(z.maxLength(200))),
  handledAt: z.nullable(isoDateTime),
  note: z.string().check(z.maxLength(4000)),
  /** The second callback's deadline (YYYY-MM-DD in the customer's zone). */
  secondCallbackDue: z.nullable(z.string().check(z.maxLength(40))),
  /** Why the agent escalated, in their words (docs/report.md, escalations). */
  reason: z.optional(z.string().check(z.maxLength(2000))),
  /** The record of the second callback that closed the escalation, and when it was made. */
  secondCallbackRecordId: z.optional(z.nullable(z.string().check(z.maxLength(100)))),
  secondCallbackAt: z.optional(z.nullable(isoDateTime)),
});
export type Escalation = z.infer<typeof escalationSchema>;

/** Conduct violations weigh more than dissatisfaction: they go to the supervisor first. */
const highSeverity: ReadonlySet<ScriptFlag> = new Set([
  'signed-on-behalf',
  'operated-on-behalf',
  'discretionary-trading',
  'private-fee',
  'promised-return',
  'false-data',
]);

/** The severity of an escalation of this type: the script's own (`flagSeverity`, format 2) or the default. */
export function getEscalationSeverity(
  type: ScriptFlag,
  overrides?: Partial<Record<ScriptFlag, EscalationSeverity>>,
): EscalationSeverity {
  return overrides?.[type] ?? (highSeverity.has(type) ? 'high' : 'medium');
}

export type SecondCallback = { customerKey: string; kind: CallbackRecord['kind']; due: string; reason: ScriptFlag[] };

export type OpenOptions = {
  now: number;
  newId: () => string;
  calendar: WorkingCalendar;
  timeZone?: string;
  /** Escalations already stored: a flag opens at most one per record. */
  existing?: readonly Escalation[];
  /** 篇六 第十条 answers within 5 working days; the second callback gets the same time. */
  secondCallbackWorkingDays?: number;
};

/**
 * The escalations a finished record's flags open, and the second callback they schedule
 * (null when nothing new escalates).
 */
export function openEscalations(
  record: CallbackRecord,
  opts: OpenOptions,
): {
  escalations: Escalation[];
  secondCallback: SecondCallback | null;
  warnings: RuleWarning[];
} {
  const timeZone = opts.timeZone ?? defaultTimeZone;
  const already = new Set((opts.existing ?? []).filter((e) => e.recordId === record.id).map((e) => e.type));
  const types = [...new Set(record.flags)]
    .map((f) => scriptFlagSchema.safeParse(f))
    .flatMap((r) => (r.success && flagInfo[r.data].escalate && !already.has(r.data) ? [r.data] : []));
  if (types.length === 0) return { escalations: [], secondCallback: null, warnings: [] };
  const { date: due, daysSeen } = addWorkingDays(
    opts.calendar,
    toZonedDate(opts.now, timeZone),
    opts.secondCallbackWorkingDays ?? 5,
  );
  const openedAt = new Date(opts.now).toISOString();
  const escalations = types.map((type): Escalation => ({
    id: opts.newId(),
    type,
    severity: getEscalationSeverity(type),
    status: 'open',
    customerKey: record.customerKey,
    recordId: record.id,
    kind: record.kind,
    openedBy: record.agent,
    openedAt,
    handledBy: null,
    handledAt: null,
    note: '',
    secondCallbackDue: due,
  }));
  return {
    escalations,
    secondCallback: { customerKey: record.customerKey, kind: record.kind, due, reason: types },
    warnings: describeCoverage(opts.calendar, daysSeen),
  };
}

export function handleEscalation(escalation: Escalation, by: { who: string; now: number; note?: string }): Escalation {
  return {
    ...escalation,
    status: 'handled',
    handledBy: by.who,
    handledAt: new Date(by.now).toISOString(),
    note: by.note ?? escalation.note,
  };
}

export type EscalationFilter = {
  status?: Escalation['status'];
  severity?: EscalationSeverity;
  types?: readonly ScriptFlag[];
  customerKey?: string;
  /** Opened at or after / before these instants (ms). */
  from?: number;
  to?: number;
};

/** The supervisor's list: open before handled, high before medium, oldest first. */
export function listEscalations(all: readonly Escalation[], filter: EscalationFilter = {}): Escalation[] {
  return all
    .filter((e) => (filter.status ? e.status === filter.status : true))
    .filter((e) => (filter.severity ? e.severity === filter.severity : true))
    .filter((e) => (filter.types ? filter.types.includes(e.type) : true))
    .filter((e) => (filter.customerKey ? e.customerKey === filter.customerKey : true))
    .filter((e) => (filter.from !== undefined ? Date.parse(e.openedAt) >= filter.from : true))
    .filter((e) => (filter.to !== undefined ? Date.parse(e.openedAt) < filter.to : true))
    .sort(
      (a, b) =>
        (a.status === b.status ? 0 : a.status === 'open' ? -1 : 1) ||
        (a.severity === b.severity ? 0 : a.severity === 'high' ? -1 : 1) ||
        Date.parse(a.openedAt) - Date.parse(b.openedAt),
    );
}
