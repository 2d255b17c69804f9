import { z } from '../zod';
import { callbackRecordSchema, outcomeSchema } from './callback-record';
import { localizedTextSchema } from '../script/localized';

const isoDateTime = z.iso.datetime({ offset: true });

/** Longest note kept; a longer paste is cut here and the panel shows the warning. */
export const maxNoteLength = 20_000;

/** The record being filled in: everything a finished record holds except what finishing decides. */
export const draftRecordSchema = z.extend(
  z.omit(callbackRecordSchema, {
    id: true,
    customerKey: true,
    startedAt: true,
    endedAt: true,
    revision: true,
    supersedes: true,
    recordedAt: true,
  }),
  { outcome: z.nullable(outcomeSchema) },
);
export type DraftRecord = z.infer<typeof draftRecordSchema>;

/** The call in progress, one per customer, saved within about a second of each change. */
export const draftSchema = z.object({
  customerKey: z.string().check(z.minLength(1), z.maxLength(500)),
  /** Chosen when the call starts, so a resumed draft finishes as the same record. */
  recordId: z.string().check(z.minLength(1), z.maxLength(100)),
  startedAt: isoDateTime,
  updatedAt: isoDateTime,
  record: draftRecordSchema,
  /** The script engine's state, owned by the engine; stored as given. */
  engine: z.unknown(),
  /**
   * Why the kind was proposed, as the call showed it (null once the agent picked one): a call carried on after a stop
   * shows the same line, so nothing on screen moves under the agent's pointer. Absent in drafts saved before it.
   */
  kindReason: z.optional(z.nullable(localizedTextSchema)),
});
export type Draft = z.infer<typeof draftSchema>;

export interface CappedDraft {
  draft: Draft;
  warnings: { code: 'note-truncated'; originalLength: number; keptLength: number }[];
}

/** Cuts an oversized note to what the record can hold, keeping the draft savable, and says so. */
export function capDraftText(draft: Draft): CappedDraft {
  const notes = draft.record.notes;
  if (notes.length <= maxNoteLength) return { draft, warnings: [] };
  return {
    draft: { ...draft, record: { ...draft.record, notes: notes.slice(0, maxNoteLength) } },
    warnings: [{ code: 'note-truncated', originalLength: notes.length, keptLength: maxNoteLength }],
  };
}
