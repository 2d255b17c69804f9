import { z } from '@/utils/core/zod';
import { callbackKindSchema } from '@/utils/core/callback-kinds';
import { findingSchema } from '@/utils/core/checks/finding';
import { engineEventSchema } from '@/utils/core/script/engine-types';
import { engineStateSchema } from '@/utils/core/script/engine-state-schema';
import { localizedTextSchema } from '@/utils/core/script/localized';
import { scriptSchema } from '@/utils/core/script/schema';
import { callbackRecordSchema, outcomeSchema } from '@/utils/core/schemas/callback-record';
import { customerSchema } from '@/utils/core/schemas/customer';
import { contactPersonSchema, customerContextSchema } from '@/utils/core/schemas/customer-context';
import { draftSchema } from '@/utils/core/schemas/draft';
import { teamViewSchema } from '@/utils/core/sync/team-view';

// The call port: each view (panel, popped-out panel, overlay) opens `runtime.connect({ name: callPortName(tabId) })`,
// sends CallEvents and receives the call's snapshot after every change. Both directions are parsed here.
// See docs/architecture.md ("one call per tab").

export { callPortName, readCallPortName } from './call-port-name';

/** A note pasted in is capped by the call (20 000 characters, with a warning); a bigger paste is refused here. */
const maxNoteInput = 6_000_000;

/** What a view asks of the call. Engine events name the step they were meant for: a stale one is dropped. */
export const callEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('engine'),
    step: z.nullable(z.string().check(z.maxLength(200))),
    event: engineEventSchema,
  }),
  z.object({ type: z.literal('notes'), value: z.string().check(z.maxLength(maxNoteInput)) }),
  /** The ring timer on or off: the state wanted, not a toggle, so giving it twice (after a stop) changes nothing. */
  z.object({ type: z.literal('timer'), on: z.boolean() }),
  z.object({ type: z.literal('escalate'), on: z.boolean() }),
  /**
   * Another callback kind. Once the call has begun, the script restarts for the new kind only with `restart` (the
   * agent confirmed it in the view): two kinds' scripts never mix in one record.
   */
  z.object({ type: z.literal('kind'), kind: callbackKindSchema, restart: z._default(z.boolean(), false) }),
  /** The agent starts another call to the customer just recorded (the wrap-up gives way to the script). */
  z.object({ type: z.literal('new-attempt') }),
  /**
   * `seen`: how many records of this tab the view had seen (the snapshot's `recorded`). When the call was recorded
   * since (another view pressed first), this press is dropped: two views recording at once make one record.
   */
  z.object({
    type: z.literal('outcome'),
    outcome: outcomeSchema,
    callBackAt: z.nullable(z.iso.datetime({ offset: true })),
    seen: z.int().check(z.nonnegative()),
    /**
     * The agent's answers to the record checks (utils/core/rules/record-checks.ts): why required items of the path
     * stay open on a "reached" call, and that a no-answer rang under 20 s. Without them such a press only asks
     * (the snapshot's `confirm`); nothing is recorded until the agent answers.
     */
    openItemsReason: z.optional(z.string().check(z.maxLength(2000))),
    shortRingConfirmed: z.optional(z.boolean()),
  }),
  /** The agent took back a "record" the call asked to confirm. */
  z.object({ type: z.literal('cancel-outcome') }),
  z.object({ type: z.literal('keep-bound') }),
  /** The agent confirmed the page's unsure name or phone (docs/adapters.md, "Confidence"). */
  z.object({ type: z.literal('confirm-identity') }),
  /** Which of a company's listed contacts is on the line (null: none). */
  z.object({ type: z.literal('choose-contact'), name: z.nullable(z.string().check(z.maxLength(200))) }),
  z.object({ type: z.literal('switch-to-page') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('discard') }),
  /** The agent typed the customer in (no customer on the page). */
  z.object({ type: z.literal('manual-context'), context: customerContextSchema }),
  /** Read the history again (after an import). */
  z.object({ type: z.literal('refresh') }),
]);
export type CallEvent = z.infer<typeof callEventSchema>;

export const callStatusSchema = z.discriminatedUnion('key', [
  z.object({ key: z.literal('recorded'), outcome: outcomeSchema }),
  z.object({ key: z.literal('recordFailed'), error: z.string() }),
  z.object({ key: z.literal('error'), error: z.string() }),
  z.object({ key: z.literal('reloadNeeded') }),
]);
export type CallStatus = z.infer<typeof callStatusSchema>;

/** After "record": what was recorded and what comes next, until the agent begins another call or moves on. */
export const wrapUpSchema = z.object({
  recordId: z.string().check(z.maxLength(200)),
  customerKey: z.string().check(z.maxLength(500)),
  name: z.string().check(z.maxLength(200)),
  outcome: outcomeSchema,
  kind: callbackKindSchema,
  recordedAt: z.iso.datetime({ offset: true }),
  /** Where this kind's attempts stand after the record (utils/core/rules/attempts.ts). */
  state: z.enum(['done', 'in-progress', 'unreachable', 'refused', 'invalid-number', 'not-started']),
  /** When to call again (the agreed time, or the next window of another half-day); null when nothing is planned. */
  nextAt: z.nullable(z.iso.datetime({ offset: true })),
  /** Unanswered attempts counted so far, of `required`. */
  counted: z.int().check(z.nonnegative()),
  required: z.int().check(z.positive()),
});
export type WrapUp = z.infer<typeof wrapUpSchema>;

/** Everything a view shows of the call; sent whole after each change. */
export const callSnapshotSchema = z.object({
  tabId: z.int(),
  /** The customer on the page (or typed in), and the one the call is bound to (they differ after an SPA switch). */
  page: z.nullable(customerContextSchema),
  customer: z.nullable(customerContextSchema),
  customerKey: z.nullable(z.string()),
  switchPending: z.nullable(customerContextSchema),
  /** Identity fields of the page read with low confidence and not yet confirmed: no call binds to them. */
  unconfirmed: z._default(z.array(z.string().check(z.maxLength(40))).check(z.maxLength(10)), []),
  /** The contact on the line, on a company record. */
  contact: z._default(z.nullable(contactPersonSchema), null),
  /** A company call waits for the name of the person on the line: to confirm who they are, or to record it. */
  contactNeeded: z._default(z.nullable(z.enum(['identity', 'record'])), null),
  /** Records this tab's call has written so far. */
  recorded: z.int().check(z.nonnegative()),
  startedAt: z.nullable(z.number()),
  timerStartedAt: z.nullable(z.number()),
  notes: z.string(),
  notesCapped: z.boolean(),
  escalated: z.boolean(),
  kind: callbackKindSchema,
  /** Why the kind was proposed (the work list, a due deadline, the product, page words); null once the agent picked. */
  kindReason: z._default(z.nullable(localizedTextSchema), null),
  script: z.nullable(scriptSchema),
  engine: z.nullable(engineStateSchema),
  /** Why the script was chosen (every test, met or not). */
  reasons: z.array(z.object({ matched: z.boolean(), text: localizedTextSchema })),
  customerRow: z.nullable(customerSchema),
  history: z.array(callbackRecordSchema),
  draftOffer: z.nullable(draftSchema),
  status: z.nullable(callStatusSchema),
  saving: z.object({ at: z.nullable(z.number()), error: z.nullable(z.string()) }),
  agent: z.string(),
  /** The setup's company name and service phone, for the scripts' placeholders (blank ones stay gaps). */
  profile: z._default(
    z.object({ companyName: z.string().check(z.maxLength(200)), servicePhone: z.string().check(z.maxLength(40)) }),
    { companyName: '', servicePhone: '' },
  ),
  findings: z.array(findingSchema),
  /**
   * A "record" waiting for the agent (docs/report.md, "What a record proves"): the outcome pressed, the required
   * items of the path still open (live: ticking one removes it) and the ring time when it was under 20 s.
   */
  confirm: z._default(
    z.nullable(
      z.object({
        outcome: outcomeSchema,
        callBackAt: z.nullable(z.iso.datetime({ offset: true })),
        openItems: z.array(z.object({ id: z.string(), text: localizedTextSchema })),
        shortRingSeconds: z.nullable(z.number().check(z.nonnegative())),
      }),
    ),
    null,
  ),
  /** The call just recorded on this tab (null once another call begins or the page shows someone else). */
  wrapUp: z._default(z.nullable(wrapUpSchema), null),
  /** Team sync on (docs/team-sync.md): the server and who holds this customer's lease; null when sync is off. */
  team: z._default(z.nullable(teamViewSchema), null),
});
export type CallSnapshot = z.infer<typeof callSnapshotSchema>;

export const callPortMessageSchema = z.object({ type: z.literal('snapshot'), snapshot: callSnapshotSchema });
export const callPortEventSchema = z.object({ type: z.literal('event'), event: callEventSchema });
