import { z } from '../zod';
import { outcomeSchema } from '../schemas/callback-record';
import type { EngineState } from './engine-types';
import { scriptFlagSchema } from './flags';
import { localeSchema } from './localized';

const at = z.string().check(z.maxLength(40));
const answerValue = z.union([
  z.string().check(z.maxLength(20_000)),
  z.number(),
  z.array(z.string().check(z.maxLength(500))).check(z.maxLength(100)),
]);
const stepId = z.string().check(z.maxLength(200));

/**
 * The engine's state as data: checked when it crosses a boundary (a saved draft, the call snapshot the background
 * sends to the panel and overlay; see docs/architecture.md).
 */
export const engineStateSchema = z.object({
  scriptId: z.string().check(z.maxLength(200)),
  scriptVersion: z.int().check(z.nonnegative()),
  status: z.enum(['ready', 'running', 'ended']),
  current: z.nullable(stepId),
  path: z
    .array(z.object({ step: stepId, via: z.enum(['start', 'answer', 'skip', 'jump']), at }))
    .check(z.maxLength(5000)),
  ahead: z.array(stepId).check(z.maxLength(5000)),
  answers: z.record(stepId, answerValue),
  answeredAt: z.record(stepId, at),
  invalidated: z
    .array(z.object({ step: stepId, value: answerValue, at, because: z.string().check(z.maxLength(200)) }))
    .check(z.maxLength(5000)),
  flags: z.array(z.object({ flag: scriptFlagSchema, step: stepId, at })).check(z.maxLength(1000)),
  ticks: z.record(z.string().check(z.maxLength(200)), at),
  autoTicked: z.optional(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(200))),
  rounds: z.optional(z.record(stepId, z.array(answerValue).check(z.maxLength(20)))),
  outcome: z.nullable(
    z.object({
      id: z.string().check(z.maxLength(200)),
      record: outcomeSchema,
      step: z.nullable(stepId),
      at,
      by: z.enum(['script', 'agent']),
    }),
  ),
  locale: localeSchema,
  context: z.record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(4000))),
  placeholders: z.record(z.string().check(z.maxLength(200)), z.nullable(z.string().check(z.maxLength(4000)))),
  startedAt: z.nullable(at),
  endedAt: z.nullable(at),
  problem: z.nullable(
    z.object({
      code: z.enum([
        'not-started',
        'already-started',
        'ended',
        'invalid-answer',
        'unknown-step',
        'unknown-item',
        'unknown-outcome',
        'nothing-before',
        'no-way-on',
      ]),
      message: z.string().check(z.maxLength(2000)),
    }),
  ),
}) satisfies z.ZodMiniType<EngineState>;
