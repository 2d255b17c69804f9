import type { WorkingCalendar } from '../calendar/working-calendar';
import { defaultTimeZone } from '../calendar/zoned-time';
import type { CallbackRecord, Outcome } from '../schemas/callback-record';
import { type CallWindowConfig, type WindowSlot, defaultCallWindows, findNextWindow, getHalfDay } from './call-windows';
import { selectCurrentRecords } from './current-records';
import type { RuleWarning } from './rule-warning';

/** 篇六 第十二条: at least three attempts at different times, each ringing at least 20 seconds. */
export const requiredAttempts = 3;
export const minRingSeconds = 20;

const unanswered: ReadonlySet<Outcome> = new Set(['no-answer', 'busy']);
const completed: ReadonlySet<Outcome> = new Set(['reached', 'message-sent']);

export type AttemptState = 'done' | 'in-progress' | 'unreachable' | 'refused' | 'invalid-number' | 'not-started';

export type AttemptStatus = {
  state: AttemptState;
  /** Unanswered attempts that count: one per half-day. */
  counted: number;
  required: number;
  halfDaysUsed: string[];
  /** The half-day `now` falls in already had an unanswered attempt: the next one must be another time. */
  nowInUsedHalfDay: boolean;
  /** Attempts hung up before 20 s of ringing. */
  shortRingIds: string[];
  /** What to do next: call again, or reach the customer by SMS / e-mail (customer-consent principle, 篇六 第三条). */
  suggestion: 'call' | 'sms-or-email' | 'check-number' | 'none';
  nextWindow: WindowSlot | null;
  warnings: RuleWarning[];
};

export type AttemptOptions = {
  now: number;
  calendar: WorkingCalendar;
  timeZone?: string;
  windows?: CallWindowConfig;
};

/** Flags an attempt rung for less than 20 s; an unknown ring time is not flagged. */
export function checkRing(ringSeconds: number | null): RuleWarning | null {
  if (ringSeconds === null || ringSeconds >= minRingSeconds) return null;
  return {
    code: 'short-ring',
    text: {
      'zh-CN': `只响了${ringSeconds}秒：原则上需等待20秒才可挂断。`,
      en: `Rang only ${ringSeconds} s: let it ring at least 20 seconds before hanging up.`,
    },
  };
}

/** Where the attempts of one callback (one customer, one kind) stand, from its records. */
export function assessAttempts(records: readonly CallbackRecord[], opts: AttemptOptions): AttemptStatus {
  const timeZone = opts.timeZone ?? defaultTimeZone;
  const current = selectCurrentRecords(records).sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt));
  // A no-answer hung up before 20 s of ringing is not a real attempt (篇六 第十二条): it counts no half-day.
  const tries = current.filter(
    (r) =>
      r.channel === 'phone' &&
      unanswered.has(r.outcome) &&
      !(r.outcome === 'no-answer' && checkRing(r.ringSeconds) !== null),
  );
  const halfDaysUsed = [...new Set(tries.map((r) => getHalfDay(Date.parse(r.startedAt), timeZone)))];
  const shortRingIds = current
    .filter((r) => r.channel === 'phone' && checkRing(r.ringSeconds) !== null)
    .map((r) => r.id);
  const nowInUsedHalfDay = halfDaysUsed.includes(getHalfDay(opts.now, timeZone));
  const warnings: RuleWarning[] = [];
  if (shortRingIds.length > 0) {
    warnings.push({
      code: 'short-ring',
      text: {
        'zh-CN': `${shortRingIds.length}次拨打响铃不足20秒。`,
        en: `${shortRingIds.length} attempt(s) rang for less than 20 seconds.`,
      },
    });
  }
  const base = {
    counted: halfDaysUsed.length,
    required: requiredAttempts,
    halfDaysUsed,
    nowInUsedHalfDay,
    shortRingIds,
  };
  const finish = (
    state: AttemptState,
    suggestion: AttemptStatus['suggestion'],
    nextWindow: WindowSlot | null,
  ): AttemptStatus => ({ ...base, state, suggestion, nextWindow, warnings });

  if (current.some((r) => completed.has(r.outcome))) return finish('done', 'none', null);
  if (current.some((r) => r.outcome === 'refused')) return finish('refused', 'sms-or-email', null);
  if (current.some((r) => r.outcome === 'wrong-number' || r.outcome === 'no-such-number'))
    return finish('invalid-number', 'check-number', null);
  if (halfDaysUsed.length >= requiredAttempts) {
    warnings.push({
      code: 'unreachable',
      text: {
        'zh-CN': `已在${halfDaysUsed.length}个不同时段拨打未接通：可记为无法联系，并改用短信或邮件回访。`,
        en: `No answer at ${halfDaysUsed.length} different times: the customer may be recorded as unreachable; reach them by SMS or e-mail.`,
      },
    });
    return finish('unreachable', 'sms-or-email', null);
  }
  const nextWindow = findNextWindow(
    opts.now,
    opts.windows ?? defaultCallWindows,
    opts.calendar,
    timeZone,
    new Set(halfDaysUsed),
  );
  if (nowInUsedHalfDay) {
    warnings.push({
      code: 'same-half-day',
      text: {
        'zh-CN': `本时段已拨打过（第${halfDaysUsed.length}/${requiredAttempts}次）：请换一个时段再拨。`,
        en: `Already tried this half-day (attempt ${halfDaysUsed.length} of ${requiredAttempts}): try again at another time.`,
      },
    });
  }
  // A customer who asked to be called back sets the time; it wins over the windows.
  const asked = current.filter((r) => r.outcome === 'call-back-later' && r.callBackAt).at(-1)?.callBackAt ?? null;
  if (asked && Date.parse(asked) > opts.now) {
    const ms = Date.parse(asked);
    return finish('in-progress', 'call', {
      start: asked,
      end: asked,
      startMs: ms,
      endMs: ms,
      halfDay: getHalfDay(ms, timeZone),
    });
  }
  return finish(current.length === 0 ? 'not-started' : 'in-progress', 'call', nextWindow);
}
