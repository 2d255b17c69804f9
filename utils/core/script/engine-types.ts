import { z } from '../zod';
import { outcomeSchema, type Outcome } from '../schemas/callback-record';
import type { ScriptFlag } from './flags';
import { localeSchema, type Locale } from './localized';
import { callbackKindSchema } from '../callback-kinds';

/** What an answer event may carry; normalised by the engine to the stored form (see docs/script-format.md). */
export const answerInputSchema = z.union([
  z.string().check(z.maxLength(20_000)),
  z.number(),
  z.boolean(),
  z.array(z.string().check(z.maxLength(500))).check(z.maxLength(100)),
]);
export type AnswerInput = z.infer<typeof answerInputSchema>;
/** Stored answers: yes-no/single/satisfaction-4/date/text as text, scale-5/number as numbers, multiple as a list. */
export type AnswerValue = string | number | string[];

const at = z.string().check(z.maxLength(40));

export const engineEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('start'),
    at,
    context: z.optional(z.record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(4000)))),
    locale: z.optional(localeSchema),
    /** The kind the call is for: picks the script's `startByKind` step when it names one. */
    kind: z.optional(callbackKindSchema),
  }),
  z.strictObject({ type: z.literal('answer'), at, value: z.optional(answerInputSchema) }),
  z.strictObject({ type: z.literal('skip'), at }),
  z.strictObject({ type: z.literal('back'), at }),
  z.strictObject({ type: z.literal('jump'), at, to: z.string().check(z.maxLength(100)) }),
  z.strictObject({ type: z.literal('tick'), at, item: z.string().check(z.maxLength(100)) }),
  z.strictObject({ type: z.literal('untick'), at, item: z.string().check(z.maxLength(100)) }),
  z.strictObject({ type: z.literal('end'), at, outcome: z.string().check(z.maxLength(100)) }),
]);
export type EngineEvent = z.infer<typeof engineEventSchema>;

export type PathEntry = { step: string; via: 'start' | 'answer' | 'skip' | 'jump'; at: string };
export type RaisedFlag = { flag: ScriptFlag; step: string; at: string };
/** An answer dropped because an earlier answer changed and its step left the path; kept so the UI can show it. */
export type InvalidatedAnswer = { step: string; value: AnswerValue; at: string; because: string };
export type EndedWith = { id: string; record: Outcome; step: string | null; at: string; by: 'script' | 'agent' };
export type EngineProblem = {
  code:
    | 'not-started'
    | 'already-started'
    | 'ended'
    | 'invalid-answer'
    | 'unknown-step'
    | 'unknown-item'
    | 'unknown-outcome'
    | 'nothing-before'
    | 'no-way-on';
  message: string;
};

export type EngineState = {
  scriptId: string;
  scriptVersion: number;
  status: 'ready' | 'running' | 'ended';
  current: string | null;
  /** The walk so far; its last entry is the current step. Going back removes entries. */
  path: PathEntry[];
  /** Steps that came after the current one before the agent went back, still valid until an answer changes. */
  ahead: string[];
  answers: Record<string, AnswerValue>;
  answeredAt: Record<string, string>;
  invalidated: InvalidatedAnswer[];
  flags: RaisedFlag[];
  ticks: Record<string, string>;
  /** Items the engine ticked because answers satisfied them (absent in drafts saved before this existed). */
  autoTicked?: string[];
  /** Every round's answer of a repeated question (`repeat`), in order; `answers` holds the current round's. */
  rounds?: Record<string, AnswerValue[]>;
  outcome: EndedWith | null;
  locale: Locale;
  context: Record<string, string>;
  /** Each placeholder read on a visited step and what it rendered to (null: a gap was shown). */
  placeholders: Record<string, string | null>;
  startedAt: string | null;
  endedAt: string | null;
  /** Why the last event changed nothing; null after an event that applied. */
  problem: EngineProblem | null;
};

export { outcomeSchema };
