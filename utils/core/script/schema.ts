import { z } from 'zod';
import { callbackKindSchema } from '../callback-kinds';
import { outcomeSchema } from '../schemas/callback-record';
import { conditionSchema, dateUnitSchema, fieldRefSchema } from './condition-schema';
import { flagSeveritySchema, scriptFlagSchema } from './flags';
import { localizedTextSchema } from './localized';

export { localizedTextSchema, type LocalizedText } from './localized';
export { conditionSchema, type Condition } from './condition-schema';
export { scriptFlagSchema, type ScriptFlag } from './flags';

/** Hard caps checked by the schema; the linter has its own, friendlier ones (see lint-caps.ts). */
const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-_.]{0,99}$/, 'an id: lower-case letters, digits, - _ .');

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
  goto: idSchema.optional(),
  flags: z.array(scriptFlagSchema).max(20).optional(),
  end: idSchema.optional(),
};

/**
 * A choice. Its `value` is what the record stores. For yes-no the values are `yes`/`no`; for satisfaction-4
 * `satisfied`/`fairly-satisfied`/`basically-satisfied`/`dissatisfied`; for scale-5 `1`…`5` — there the label may
 * be left out and the standard one is shown. For single and multiple choice the label is required (lint).
 */
export const optionSchema = z
  .object({ value: z.string().min(1).max(100), label: localizedTextSchema.optional(), ...effectShape })
  .strict();
export type Option = z.infer<typeof optionSchema>;

/** For number (and scale-5) answers: applies when min ≤ answer ≤ max (either bound may be left out). */
export const rangeSchema = z
  .object({ min: z.number().optional(), max: z.number().optional(), ...effectShape })
  .strict();
export type Range = z.infer<typeof rangeSchema>;

const stepBase = {
  id: idSchema,
  /** What the agent says or asks; may hold placeholders like {{name}} or {{mobile|mask}}. */
  text: localizedTextSchema,
  /** A hint for the agent only, never read aloud. */
  note: localizedTextSchema.optional(),
  /** The default way on: taken after a say step, on skip, and for answers whose option has no goto/end. */
  next: idSchema.optional(),
  /** Ends the call with this outcome when the step is done and no option decided otherwise (closing lines). */
  end: idSchema.optional(),
  /** Flags raised as soon as the step is done (rarely needed; answers usually raise flags). */
  flags: z.array(scriptFlagSchema).max(20).optional(),
};

export const sayStepSchema = z.object({ type: z.literal('say'), ...stepBase }).strict();
export type SayStep = z.infer<typeof sayStepSchema>;

export const repeatSchema = z.object({ max: z.number().int().min(2).max(20), then: idSchema }).strict();
export type Repeat = z.infer<typeof repeatSchema>;

export const questionStepSchema = z
  .object({
    type: z.literal('question'),
    ...stepBase,
    input: questionInputSchema,
    options: z.array(optionSchema).max(60).optional(),
    ranges: z.array(rangeSchema).max(30).optional(),
    /** `satisfaction`: this answer is the record's overall satisfaction (else the first satisfaction-4 answer is). */
    recordAs: z.enum(['satisfaction']).optional(),
    /** Number answers: the accepted bounds. */
    min: z.number().optional(),
    max: z.number().optional(),
    /**
     * A question the walk may come back to ("anything else?"): every answer is kept, in order, and once it has been
     * asked `max` times the walk goes to `then` instead of asking again (engine-repeat.ts).
     */
    repeat: repeatSchema.optional(),
  })
  .strict();
export type QuestionStep = z.infer<typeof questionStepSchema>;

export const stepSchema = z.discriminatedUnion('type', [sayStepSchema, questionStepSchema]);
export type Step = z.infer<typeof stepSchema>;

/**
 * In a script file only (v2): the steps of a block, inserted here. The copies get ids `<this id>.<block step id>`;
 * a goto to this step's id goes to the block's first step, and the block's last step goes on to `next` (blocks.ts).
 */
export const useStepSchema = z
  .object({ type: z.literal('use'), id: idSchema, block: idSchema, next: idSchema.optional() })
  .strict();
export type UseStep = z.infer<typeof useStepSchema>;

/** Steps written once and used by several scripts' paths: a shared opening, an identity check, a closing. */
export const blockSchema = z
  .object({ id: idSchema, description: localizedTextSchema.optional(), steps: z.array(stepSchema).min(1).max(200) })
  .strict();
export type Block = z.infer<typeof blockSchema>;

/** One answer that satisfies a checklist item: the step answered, and (optionally) the values that count. */
export const satisfierSchema = z
  .object({ step: idSchema, answers: z.array(z.string().min(1).max(100)).min(1).max(60).optional() })
  .strict();
export type Satisfier = z.infer<typeof satisfierSchema>;

/** A compliance check the agent ticks during the call, naming the rule or clause it serves. */
export const checklistItemSchema = z
  .object({
    id: idSchema,
    text: localizedTextSchema,
    required: z.boolean(),
    /** The rule or clause served, e.g. "篇六 第七条". */
    rule: z.string().min(1).max(200),
    /** The steps where the item is relevant, so the panel can show it there. */
    steps: z.array(idSchema).max(50).optional(),
    /**
     * The answers that satisfy the item: when every entry's step is answered (with one of `answers`, when given),
     * the engine ticks the item with the time of that answer. See docs/script-format.md.
     */
    satisfiedBy: z.array(satisfierSchema).min(1).max(20).optional(),
  })
  .strict();
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** How a call can end; `record` is the outcome stored in the callback record. */
export const scriptOutcomeSchema = z
  .object({ id: idSchema, label: localizedTextSchema, record: outcomeSchema })
  .strict();
export type ScriptOutcome = z.infer<typeof scriptOutcomeSchema>;

/** A field the script reads beyond the standard ones (e.g. policyNumber), with the label shown when it is missing. */
export const customFieldSchema = z
  .object({
    key: fieldRefSchema,
    label: localizedTextSchema,
    /** "date" lets the date operators of appliesWhen read it (lint-semantics.ts); text when left out. */
    type: z.enum(['text', 'date', 'number']).optional(),
    /**
     * A computed date instead of a page value: `from` (a date field) moved by `add` units, e.g. the first repayment
     * `{ "from": "signDate", "add": 1, "unit": "months" }`. Working days use the rules' calendar (computed.ts).
     */
    compute: z
      .object({
        from: fieldRefSchema,
        add: z.number().int().min(-3650).max(3650),
        unit: dateUnitSchema,
      })
      .strict()
      .optional(),
  })
  .strict();
export type CustomField = z.infer<typeof customFieldSchema>;

export const scriptSchema = z
  .object({
    /** Editors use it for completion; ignored otherwise. */
    $schema: z.string().max(500).optional(),
    /** The format the file is written in; left out = 1, migrated on reading (migrate.ts). */
    format: z.literal(2).optional(),
    id: idSchema,
    version: z.number().int().min(1),
    title: localizedTextSchema,
    description: localizedTextSchema.optional(),
    kinds: z.array(callbackKindSchema).min(1).max(30),
    /** Left out: the script applies whenever one of its kinds is due. */
    appliesWhen: conditionSchema.optional(),
    /** Breaks ties when ranking: higher first. */
    priority: z.number().int().min(-100).max(100).optional(),
    /**
     * The severity an escalation opened from one of this script's serious-anomaly flags gets (v2), instead of the
     * default of utils/core/rules/escalations.ts — e.g. a complaint is high for a loan product.
     */
    flagSeverity: z.partialRecord(scriptFlagSchema, flagSeveritySchema).optional(),
    customFields: z.array(customFieldSchema).max(50).optional(),
    start: idSchema,
    /** A different first step for some of the script's kinds (v2), so no agent-only "which stage?" question is needed. */
    startByKind: z.partialRecord(callbackKindSchema, idSchema).optional(),
    steps: z.array(stepSchema).min(1).max(2000),
    checklist: z.array(checklistItemSchema).max(200).optional(),
    outcomes: z.array(scriptOutcomeSchema).min(1).max(50),
  })
  .strict();
export type Script = z.infer<typeof scriptSchema>;

/**
 * A script file as written: it may hold `blocks` and `use` steps, which parsing expands (blocks.ts) into the
 * `Script` the engine, linter and panel read.
 */
export const scriptSourceSchema = scriptSchema.extend({
  blocks: z.array(blockSchema).max(50).optional(),
  steps: z
    .array(z.discriminatedUnion('type', [sayStepSchema, questionStepSchema, useStepSchema]))
    .min(1)
    .max(2000),
});
export type ScriptSource = z.infer<typeof scriptSourceSchema>;
