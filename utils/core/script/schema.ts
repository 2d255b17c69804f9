import { z } from '../zod';
import { callbackKindSchema } from '../callback-kinds';
import { outcomeSchema } from '../schemas/callback-record';
import { conditionSchema, dateUnitSchema, fieldRefSchema } from './condition-schema';
import { flagSeveritySchema, scriptFlagSchema } from './flags';
import { localizedTextSchema } from './localized';

export { localizedTextSchema, type LocalizedText } from './localized';
export { conditionSchema, type Condition } from './condition-schema';
export { scriptFlagSchema, type ScriptFlag } from './flags';

/** Hard caps checked by the schema; the linter has its own, friendlier ones (see lint-caps.ts). */
const idSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-_.]{0,99}$/, 'an id: lower-case letters, digits, - _ .'));

export const questionInputs = [
  'yes-no',
  'single',
  'multiple',
  'satisfaction-4',
  'scale-5',
  'number',
  'date',
  'datetime',
  'text',
] as const;
export const questionInputSchema = z.enum(questionInputs);
export type QuestionInput = z.infer<typeof questionInputSchema>;

/** What an answer (or a say step) leads to: another step, flags raised, or the end of the call with an outcome. */
const effectShape = {
  goto: z.optional(idSchema),
  flags: z.optional(z.array(scriptFlagSchema).check(z.maxLength(20))),
  end: z.optional(idSchema),
};

/**
 * A choice. Its `value` is what the record stores. For yes-no the values are `yes`/`no`; for satisfaction-4
 * `satisfied`/`fairly-satisfied`/`basically-satisfied`/`dissatisfied`; for scale-5 `1`…`5` — there the label may
 * be left out and the standard one is shown. For single and multiple choice the label is required (lint).
 */
export const optionSchema = z.strictObject({
  value: z.string().check(z.minLength(1), z.maxLength(100)),
  label: z.optional(localizedTextSchema),
  ...effectShape,
});
export type Option = z.infer<typeof optionSchema>;

/** For number (and scale-5) answers: applies when min ≤ answer ≤ max (either bound may be left out). */
export const rangeSchema = z.strictObject({ min: z.optional(z.number()), max: z.optional(z.number()), ...effectShape });
export type Range = z.infer<typeof rangeSchema>;

const stepBase = {
  id: idSchema,
  /** What the agent says or asks; may hold placeholders like {{name}} or {{mobile|mask}}. */
  text: localizedTextSchema,
  /** A hint for the agent only, never read aloud. */
  note: z.optional(localizedTextSchema),
  /** The default way on: taken after a say step, on skip, and for answers whose option has no goto/end. */
  next: z.optional(idSchema),
  /** Ends the call with this outcome when the step is done and no option decided otherwise (closing lines). */
  end: z.optional(idSchema),
  /** Flags raised as soon as the step is done (rarely needed; answers usually raise flags). */
  flags: z.optional(z.array(scriptFlagSchema).check(z.maxLength(20))),
};

export const sayStepSchema = z.strictObject({ type: z.literal('say'), ...stepBase });
export type SayStep = z.infer<typeof sayStepSchema>;

export const repeatSchema = z.strictObject({ max: z.int().check(z.gte(2), z.lte(20)), then: idSchema });
export type Repeat = z.infer<typeof repeatSchema>;

export const questionStepSchema = z.strictObject({
  type: z.literal('question'),
  ...stepBase,
  input: questionInputSchema,
  options: z.optional(z.array(optionSchema).check(z.maxLength(60))),
  ranges: z.optional(z.array(rangeSchema).check(z.maxLength(30))),
  /** `satisfaction`: this answer is the record's overall satisfaction (else the first satisfaction-4 answer is). */
  recordAs: z.optional(z.enum(['satisfaction'])),
  /** Number answers: the accepted bounds. */
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  /**
   * A question the walk may come back to ("anything else?"): every answer is kept, in order, and once it has been
   * asked `max` times the walk goes to `then` instead of asking again (engine-repeat.ts).
   */
  repeat: z.optional(repeatSchema),
});
export type QuestionStep = z.infer<typeof questionStepSchema>;

export const stepSchema = z.discriminatedUnion('type', [sayStepSchema, questionStepSchema]);
export type Step = z.infer<typeof stepSchema>;

/**
 * In a script file only (v2): the steps of a block, inserted here. The copies get ids `<this id>.<block step id>`;
 * a goto to this step's id goes to the block's first step, and the block's last step goes on to `next` (blocks.ts).
 */
export const useStepSchema = z.strictObject({
  type: z.literal('use'),
  id: idSchema,
  block: idSchema,
  next: z.optional(idSchema),
});
export type UseStep = z.infer<typeof useStepSchema>;

/** Steps written once and used by several scripts' paths: a shared opening, an identity check, a closing. */
export const blockSchema = z.strictObject({
  id: idSchema,
  description: z.optional(localizedTextSchema),
  steps: z.array(stepSchema).check(z.minLength(1), z.maxLength(200)),
});
export type Block = z.infer<typeof blockSchema>;

/** One answer that satisfies a checklist item: the step answered, and (optionally) the values that count. */
export const satisfierSchema = z.strictObject({
  step: idSchema,
  answers: z.optional(
    z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.minLength(1), z.maxLength(60)),
  ),
});
export type Satisfier = z.infer<typeof satisfierSchema>;

/** A compliance check the agent ticks during the call, naming the rule or clause it serves. */
export const checklistItemSchema = z.strictObject({
  id: idSchema,
  text: localizedTextSchema,
  required: z.boolean(),
  /** The rule or clause served, e.g. "篇六 第七条". */
  rule: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The steps where the item is relevant, so the panel can show it there. */
  steps: z.optional(z.array(idSchema).check(z.maxLength(50))),
  /**
   * The answers that satisfy the item: when every entry's step is answered (with one of `answers`, when given),
   * the engine ticks the item with the time of that answer. See docs/script-format.md.
   */
  satisfiedBy: z.optional(z.array(satisfierSchema).check(z.minLength(1), z.maxLength(20))),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** How a call can end; `record` is the outcome stored in the callback record. */
export const scriptOutcomeSchema = z.strictObject({ id: idSchema, label: localizedTextSchema, record: outcomeSchema });
export type ScriptOutcome = z.infer<typeof scriptOutcomeSchema>;

/** A field the script reads beyond the standard ones (e.g. policyNumber), with the label shown when it is missing. */
export const customFieldSchema = z.strictObject({
  key: fieldRefSchema,
  label: localizedTextSchema,
  /** "date" lets the date operators of appliesWhen read it (lint-semantics.ts); text when left out. */
  type: z.optional(z.enum(['text', 'date', 'number'])),
  /**
   * A computed date instead of a page value: `from` (a date field) moved by `add` units, e.g. the first repayment
   * `{ "from": "signDate", "add": 1, "unit": "months" }`. Working days use the rules' calendar (computed.ts).
   */
  compute: z.optional(
    z.strictObject({
      from: fieldRefSchema,
      add: z.int().check(z.gte(-3650), z.lte(3650)),
      unit: dateUnitSchema,
    }),
  ),
});
export type CustomField = z.infer<typeof customFieldSchema>;

export const scriptSchema = z.strictObject({
  /** Editors use it for completion; ignored otherwise. */
  $schema: z.optional(z.string().check(z.maxLength(500))),
  /** The format the file is written in; left out = 1, migrated on reading (migrate.ts). */
  format: z.optional(z.literal(2)),
  id: idSchema,
  version: z.int().check(z.gte(1)),
  title: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  kinds: z.array(callbackKindSchema).check(z.minLength(1), z.maxLength(30)),
  /** Left out: the script applies whenever one of its kinds is due. */
  appliesWhen: z.optional(conditionSchema),
  /** Breaks ties when ranking: higher first. */
  priority: z.optional(z.int().check(z.gte(-100), z.lte(100))),
  /**
   * The severity an escalation opened from one of this script's serious-anomaly flags gets (v2), instead of the
   * default of utils/core/rules/escalations.ts — e.g. a complaint is high for a loan product.
   */
  flagSeverity: z.optional(z.partialRecord(scriptFlagSchema, flagSeveritySchema)),
  customFields: z.optional(z.array(customFieldSchema).check(z.maxLength(50))),
  start: idSchema,
  /** A different first step for some of the script's kinds (v2), so no agent-only "which stage?" question is needed. */
  startByKind: z.optional(z.partialRecord(callbackKindSchema, idSchema)),
  steps: z.array(stepSchema).check(z.minLength(1), z.maxLength(2000)),
  checklist: z.optional(z.array(checklistItemSchema).check(z.maxLength(200))),
  outcomes: z.array(scriptOutcomeSchema).check(z.minLength(1), z.maxLength(50)),
});
export type Script = z.infer<typeof scriptSchema>;

/**
 * A script file as written: it may hold `blocks` and `use` steps, which parsing expands (blocks.ts) into the
 * `Script` the engine, linter and panel read.
 */
export const scriptSourceSchema = z.extend(scriptSchema, {
  blocks: z.optional(z.array(blockSchema).check(z.maxLength(50))),
  steps: z
    .array(z.discriminatedUnion('type', [sayStepSchema, questionStepSchema, useStepSchema]))
    .check(z.minLength(1), z.maxLength(2000)),
});
export type ScriptSource = z.infer<typeof scriptSourceSchema>;
