import { z } from 'zod';
import { outcomeSchema } from '../schemas/callback-record';
import type { EngineState } from './engine-types';
import { scriptFlagSchema } from './flags';
import { localeSchema } from './localized';

const at = z.string().max(40);
const answerValue = z.union([z.string().max(20_000), z.number(), z.array(z.string().max(500)).max(100)]);
const stepId = z.string().max(200);

/**
 * The engine's state as data: checked when it crosses a boundary (a saved draft, the call snapshot the background
 * sends to the panel and overlay; see docs/architecture.md).
 */
export const engineStateSchema = z.object({
  scriptId: z.string().max(200),
  scriptVersion: z.number().int().nonnegative(),
  status: z.enum(['ready', 'running', 'ended']),
  current: stepId.nullable(),
  path: z.array(z.object({ step: stepId, via: z.enum(['start', 'answer', 'skip', 'jump']), at })).max(5000),
  ahead: z.array(stepId).max(5000),
  answers: z.record(stepId, answerValue),
  answeredAt: z.record(stepId, at),
  invalidated: z.array(z.object({ step: stepId, value: answerValue, at, because: z.string().max(200) })).max(5000),
  flags: z.array(z.object({ flag: scriptFlagSchema, step: stepId, at })).max(1000),
  ticks: z.record(z.string().max(200), at),
  autoTicked: z.array(z.string().max(200)).max(200).optional(),
  rounds: z.record(stepId, z.array(answerValue).max(20)).optional(),
  outcome: z
    .object({
      id: z.string().max(200),
      record: outcomeSchema,
      step: stepId.nullable(),
      at,
      by: z.enum(['script', 'agent']),
    })
    .nullable(),
  locale: localeSchema,
  context: z.record(z.string().max(200), z.string().max(4000)),
  placeholders: z.record(z.string().max(200), z.string().max(4000).nullable()),
  startedAt: at.nullable(),
  endedAt: at.nullable(),
  problem: z
    .object({
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
      message: z.string().max(2000),
    })
    .nullable(),
}) satisfies z.ZodType<EngineState>;
