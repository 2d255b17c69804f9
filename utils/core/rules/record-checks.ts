import type { WorkingCalendar } from '../calendar/working-calendar';
import type { CallbackRecord, Outcome } from '../schemas/callback-record';
import { listOpenRequiredItems } from '../script/checklist-scope';
import type { EngineState } from '../script/engine-types';
import type { LocalizedText } from '../script/localized';
import type { ChecklistItem, Script } from '../script/schema';
import { assessAttempts, minRingSeconds, requiredAttempts } from './attempts';
import type { CallWindowConfig, WindowSlot } from './call-windows';

// What must be true before a record is saved (docs/report.md, "What a record proves"): each check says what is missing
// and how the agent can settle it; the panel asks, the record stores the answer.

/** A no-answer hung up before 20 s of ringing asks the agent to confirm (篇六 第十二条); the record is marked. */
export type RingCheck = { needsConfirmation: boolean; ringSeconds: number | null; text: LocalizedText | null };

export function checkRingTime(outcome: Outcome, ringSeconds: number | null): RingCheck {
  if (outcome !== 'no-answer' || ringSeconds === null || ringSeconds >= minRingSeconds)
    return { needsConfirmation: false, ringSeconds, text: null };
  const shown = Math.floor(ringSeconds);
  return {
    needsConfirmation: true,
    ringSeconds,
    text: {
      'zh-CN': `只响铃${shown}秒就记为未接：原则上需等待${minRingSeconds}秒。确认要记录吗？此次拨打会被标记，不计入3次拨打。`,
      en: `Recorded as no answer after ${shown} s of ringing: the rule is to let it ring ${minRingSeconds} s. Record it anyway? The attempt is marked and does not count towards the 3 attempts.`,
    },
  };
}

/** A "reached" call with required items of its path still open: tick them, or give the reason that is stored. */
export type ChecklistCheck = { open: ChecklistItem[]; needsReason: boolean };

export function checkReachedChecklist(
  outcome: Outcome,
  script: Script | null,
  engine: EngineState | null,
  reason: string | undefined,
): ChecklistCheck {
  if (outcome !== 'reached' || !script || !engine) return { open: [], needsReason: false };
  const open = listOpenRequiredItems(script, engine);
  return { open, needsReason: open.length > 0 && !(reason ?? '').trim() };
}

/** Whether the customer may be recorded as unreachable: unanswered calls on three different half-days. */
export type UnreachableCheck = {
  allowed: boolean;
  /** Attempts on other half-days still needed. */
  left: number;
  halfDaysUsed: string[];
  /** The next half-day window to try in, when some are left. */
  nextWindow: WindowSlot | null;
  text: LocalizedText;
};

export function checkUnreachable(
  records: readonly CallbackRecord[],
  opts: { now: number; calendar: WorkingCalendar; timeZone?: string; windows?: CallWindowConfig },
): UnreachableCheck {
  const status = assessAttempts(records, opts);
  const left = Math.max(0, requiredAttempts - status.counted);
  const used = status.halfDaysUsed.join('、');
  return {
    allowed: left === 0,
    left,
    halfDaysUsed: status.halfDaysUsed,
    nextWindow: status.nextWindow,
    text:
      left === 0
        ? {
            'zh-CN': `已在${status.counted}个不同时段拨打未接通（${used}），可记为无法联系，改用短信或邮件。`,
            en: `No answer on ${status.counted} different half-days (${status.halfDaysUsed.join(', ')}): may be recorded as unreachable; use SMS or e-mail.`,
          }
        : {
            'zh-CN': `还不能记为无法联系：还需 ${left} 次不同半天的尝试（已拨：${used || '无'}）。`,
            en: `Not yet unreachable: ${left} more attempt(s) on different half-days needed (done: ${status.halfDaysUsed.join(', ') || 'none'}).`,
          },
  };
}
