// Without zod, for the panel's first frame (docs/architecture.md, "What the panel loads first"): callback-record.ts builds the schema from it.

/** How an attempt ended. */
export const outcomes = [
  'reached',
  'no-answer',
  'busy',
  'refused',
  'wrong-number',
  /** 空号: the number does not exist (the operator says so), distinct from a wrong person at a real number. */
  'no-such-number',
  'call-back-later',
  'message-sent',
] as const;
export type Outcome = (typeof outcomes)[number];

/** The 4-level scale of the utility questionnaire: 满意 / 比较满意 / 基本满意 / 不满意. */
export const satisfactions = ['satisfied', 'fairly-satisfied', 'basically-satisfied', 'dissatisfied'] as const;
export type Satisfaction = (typeof satisfactions)[number];

export function isOutcome(value: unknown): value is Outcome {
  return (outcomes as readonly unknown[]).includes(value);
}
export function isSatisfaction(value: unknown): value is Satisfaction {
  return (satisfactions as readonly unknown[]).includes(value);
}
