import { z } from '../zod';
import { applyEvent, createEngineState } from './engine';
import {
  answerInputSchema,
  engineEventSchema,
  type EngineEvent,
  type EngineProblem,
  type EngineState,
} from './engine-types';
import { formatJsonPath } from './lint-types';
import type { Locale } from './localized';
import { renderText } from './placeholders';
import { pickText, type LocalizedText } from './localized';
import { rankScripts } from './select';
import type { CallbackKind } from '../callback-kinds';
import type { WorkingCalendar } from '../calendar/working-calendar';
import { addComputedValues } from './computed';
import { summariseResult, type ScriptResult } from './result';
import type { Script } from './schema';

/** An answers file: a list of engine events (`at` optional) or a map from step id to answer. */
export const answersFileSchema = z.union([
  z.array(z.record(z.string(), z.unknown())).check(z.maxLength(100_000)),
  z.record(z.string().check(z.maxLength(100)), answerInputSchema),
]);

export type PlayOptions = {
  context: Record<string, string>;
  locale: Locale;
  now: string;
  /** The kinds due for the customer (appliesWhen's `kind` tests and "serves a due kind"); default: the script's first. */
  kinds?: readonly CallbackKind[];
  /** Today in the customer's zone, YYYY-MM-DD (date conditions, computed dates); default: the date part of `now`. */
  today?: string;
  /** The working-day calendar (working-day conditions and computed dates); without it those read as unknown. */
  calendar?: WorkingCalendar;
  maxMoves?: number;
  maxVisitsPerStep?: number;
};
export type VisitedStep = { step: string; via: string; text: string; note?: string };
/** Whether the script applies to the customer and kinds given, and why (each test, met or not). */
export type Applicability = {
  applies: boolean;
  kindsDue: CallbackKind[];
  reasons: { matched: boolean; text: string }[];
};
export type PlayReport = {
  applies: Applicability;
  visited: VisitedStep[];
  result: ScriptResult;
  problems: (EngineProblem & { event: number | string })[];
};
export type ParsedAnswers =
  | { ok: true; events: EngineEvent[] | null; map: Record<string, z.infer<typeof answerInputSchema>> | null }
  | { ok: false; errors: { path: string; message: string }[] };

/** Validates an answers file; events get `at` = `now` when they have none. */
export function parseAnswers(input: unknown, now: string): ParsedAnswers {
  const parsed = answersFileSchema.safeParse(input);
  if (!parsed.success)
    return {
      ok: false,
      errors: [{ path: '$', message: 'The answers file must be a list of events or a map from step id to answer.' }],
    };
  if (!Array.isArray(parsed.data)) return { ok: true, events: null, map: parsed.data };
  const events: EngineEvent[] = [];
  const errors: { path: string; message: string }[] = [];
  parsed.data.forEach((raw, i) => {
    const event = engineEventSchema.safeParse({ at: now, ...raw });
    if (event.success) events.push(event.data);
    else
      for (const issue of event.error.issues)
        errors.push({ path: formatJsonPath([i, ...issue.path]), message: issue.message });
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, events, map: null };
}

function describeVisits(script: Script, state: EngineState, options: PlayOptions): VisitedStep[] {
  return state.path.map((entry) => {
    const step = script.steps.find((candidate) => candidate.id === entry.step);
    const render = (text: LocalizedText) =>
      renderText(pickText(text, options.locale), options.context, {
        locale: options.locale,
        customFields: script.customFields ?? [],
      });
    const text = step ? render(step.text) : '';
    return { step: entry.step, via: entry.via, text, ...(step?.note ? { note: render(step.note) } : {}) };
  });
}

/** Judges appliesWhen and the kinds as the panel does when it ranks scripts (select.ts). */
export function judgeApplicability(script: Script, options: PlayOptions): Applicability {
  const calendar = options.calendar;
  const [ranked] = rankScripts([script], {
    context: options.context,
    kinds: options.kinds ?? script.kinds.slice(0, 1),
    today: options.today ?? options.now.slice(0, 10),
    calendar: calendar ?? null,
  });
  return {
    applies: ranked?.applies ?? false,
    kindsDue: ranked?.kindsDue ?? [],
    reasons: (ranked?.reasons ?? []).map((r) => ({ matched: r.matched, text: pickText(r.text, options.locale) })),
  };
}

/** Walks a script as the answers say, without a browser, and reports the steps visited and the result. */
export function playScript(
  script: Script,
  answers: Exclude<ParsedAnswers, { ok: false }>,
  options: PlayOptions,
): PlayReport {
  const problems: PlayReport['problems'] = [];
  options = { ...options, context: addComputedValues(script, options.context, options.calendar ?? null) };
  const kind = options.kinds?.[0];
  const start: EngineEvent = {
    type: 'start',
    at: options.now,
    context: options.context,
    locale: options.locale,
    ...(kind ? { kind } : {}),
  };
  let state = createEngineState(script);
  const apply = (event: EngineEvent, label: number | string): void => {
    state = applyEvent(script, state, event);
    if (state.problem) problems.push({ ...state.problem, event: label });
  };
  if (answers.events) {
    if (answers.events[0]?.type !== 'start') apply(start, 'start');
    // Problems name the event by its index in the answers file.
    answers.events.forEach((event, i) =>
      apply(
        event.type === 'start' ? { ...start, ...event, context: { ...options.context, ...event.context } } : event,
        i,
      ),
    );
  } else {
    const map = answers.map ?? {};
    const visits = new Map<string, number>();
    apply(start, 'start');
    for (let moves = 0; state.status === 'running' && moves < (options.maxMoves ?? 10_000); moves++) {
      const id = state.current ?? '';
      const count = (visits.get(id) ?? 0) + 1;
      visits.set(id, count);
      if (count > (options.maxVisitsPerStep ?? 50)) {
        problems.push({
          code: 'no-way-on',
          message: `Step "${id}" came round ${count - 1} times; stopped.`,
          event: id,
        });
        break;
      }
      const step = script.steps.find((candidate) => candidate.id === id);
      const value = Object.hasOwn(map, id) ? map[id] : undefined;
      if (step?.type === 'question' && value === undefined && step.next === undefined) {
        problems.push({
          code: 'no-way-on',
          message: `Step "${id}" has no answer in the answers file and no default next; stopped.`,
          event: id,
        });
        break;
      }
      const before = problems.length;
      apply(
        step?.type === 'say'
          ? { type: 'answer', at: options.now }
          : value !== undefined
            ? { type: 'answer', at: options.now, value }
            : { type: 'skip', at: options.now },
        id,
      );
      if (problems.length > before) break;
    }
  }
  return {
    applies: judgeApplicability(script, options),
    visited: describeVisits(script, state, options),
    result: summariseResult(script, state),
    problems,
  };
}
