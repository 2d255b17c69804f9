import type { CallbackKind } from '../callback-kinds';
import type { LocalizedText } from '../script/localized';
import { addDays, addMonths, getMonthEnd } from '../calendar/civil-date';
import type { EventInstant } from '../calendar/event-input';
import { type WorkingCalendar, addWorkingDays, describeCoverage } from '../calendar/working-calendar';
import { defaultTimeZone, formatZonedIso } from '../calendar/zoned-time';
import type { Clause, Deadline, KindRule } from './rule-schema';
import type { RuleWarning } from './rule-warning';
import { getKindRule } from './kind-rules';

export type { RuleWarning };

export type DueOptions = {
  timeZone?: string;
  /** A declared disaster (power-repair: 48 h instead of 24 h). */
  disaster?: boolean;
  /** Replaces N of a configurable rule (the policy's own cooling-off period). */
  days?: number;
};

export type DueResult = {
  kind: CallbackKind;
  /** YYYY-MM-DD for day rules, ISO datetime with offset for hour rules, null when the source sets no deadline. */
  due: string | null;
  dueType: 'date' | 'datetime' | null;
  /** The looser outer limit, as a date (new-contract: one calendar month). */
  limit: string | null;
  clause: Clause;
  summary: LocalizedText;
  warnings: RuleWarning[];
};

type Computed = { due: string | null; dueType: DueResult['dueType']; warnings: RuleWarning[] };

function computeDeadline(
  deadline: Deadline,
  event: EventInstant,
  calendar: WorkingCalendar,
  opts: DueOptions,
  rule: KindRule,
): Computed {
  const timeZone = opts.timeZone ?? defaultTimeZone;
  switch (deadline.type) {
    case 'working-days': {
      const { date, daysSeen } = addWorkingDays(calendar, event.date, deadline.days);
      return { due: date, dueType: 'date', warnings: describeCoverage(calendar, daysSeen) };
    }
    case 'hours': {
      const hours = opts.disaster && deadline.disasterHours ? deadline.disasterHours : deadline.hours;
      const warnings: RuleWarning[] = event.hasTime
        ? []
        : [
            {
              code: 'event-without-time',
              text: {
                'zh-CN': `事件只有日期没有时间：按当天00:00（${timeZone}）起算${hours}小时，请填写归档时间。`,
                en: `The event has a date but no time: the ${hours} hours are counted from 00:00 (${timeZone}). Enter the archiving time.`,
              },
            },
          ];
      return { due: formatZonedIso(event.instantMs + hours * 3_600_000, timeZone), dueType: 'datetime', warnings };
    }
    case 'calendar-days':
      return {
        due: addDays(event.date, deadline.configurable && opts.days !== undefined ? opts.days : deadline.days),
        dueType: 'date',
        warnings: [],
      };
    case 'calendar-months':
      return { due: addMonths(event.date, deadline.months), dueType: 'date', warnings: [] };
    case 'period': {
      const month = Number(event.date.slice(5, 7));
      const year = event.date.slice(0, 4);
      const due =
        deadline.period === 'month'
          ? getMonthEnd(event.date)
          : deadline.period === 'year' || month > 6
            ? `${year}-12-31`
            : `${year}-06-30`;
      return { due, dueType: 'date', warnings: [] };
    }
    case 'none':
      return {
        due: null,
        dueType: null,
        warnings: [
          {
            code: 'no-deadline',
            text: {
              'zh-CN': `${rule.label['zh-CN']}：原文未规定时限（${rule.clause.label['zh-CN']}），按具体要求执行。`,
              en: `${rule.label.en}: the source sets no deadline (${rule.clause.label.en}); follow the specific instruction.`,
            },
          },
        ],
      };
  }
}

/** The deadline of a callback of `kind` whose clock started with `event`, with the clause it comes from. */
export function computeDue(
  kind: CallbackKind,
  event: EventInstant,
  calendar: WorkingCalendar,
  opts: DueOptions = {},
): DueResult {
  const rule = getKindRule(kind);
  const main = computeDeadline(rule.deadline, event, calendar, opts, rule);
  const limit = rule.limit ? computeDeadline(rule.limit, event, calendar, opts, rule) : null;
  const warnings = [...main.warnings];
  if (opts.disaster && !(rule.deadline.type === 'hours' && rule.deadline.disasterHours)) {
    warnings.push({
      code: 'disaster-ignored',
      text: {
        'zh-CN': '灾害延期只适用于故障报修回访，本规则不变。',
        en: 'The disaster extension only applies to fault-repair callbacks; this deadline is unchanged.',
      },
    });
  }
  if (opts.days !== undefined && !(rule.deadline.type === 'calendar-days' && rule.deadline.configurable)) {
    warnings.push({
      code: 'days-ignored',
      text: {
        'zh-CN': '本规则的天数由原文规定，不可更改；已忽略所给天数。',
        en: 'This rule’s number of days is set by the source and cannot be changed; the given days were ignored.',
      },
    });
  }
  return {
    kind,
    due: main.due,
    dueType: main.dueType,
    limit: limit?.due ?? null,
    clause: rule.clause,
    summary: rule.summary,
    warnings,
  };
}
