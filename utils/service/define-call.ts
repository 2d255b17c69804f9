import { z } from '@/utils/core/zod';
import type * as DataLayer from '@/utils/db';
import type { HuifangDb } from '@/utils/db/app-db';
import type { SettingsStore } from '@/utils/settings/settings-store';
import type { Script } from '@/utils/core/script/schema';
import type { TeamSync } from '@/utils/background/team-sync';

/**
 * What a data call's implementation gets: the one database (owned by the background), the data layer's functions
 * (passed in, so this file and every page that imports the call table never bundle Dexie), settings, and the clock.
 */
export type ServiceEnv = {
  db: HuifangDb;
  data: typeof DataLayer;
  settings: SettingsStore;
  now(): Date;
  /** Built-in playbooks plus imported scripts, minus those switched off (the background holds them). */
  scripts(): Promise<Script[]>;
  /** Team sync (opt-in, docs/team-sync.md); absent where the background does not run it. */
  teamSync?: Pick<TeamSync, 'status' | 'refresh' | 'flush' | 'pull' | 'monthExport' | 'teamDay' | 'enrol' | 'logout'>;
  /** How far a long call is (reading, writing…), for a call made over the port of big calls; absent otherwise. */
  progress?: (p: { phase: string; done: number; total: number }) => void;
};

/** A data call's reply on the wire: the value, or what went wrong in words. */
export const dataReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);
export type DataReply = z.infer<typeof dataReplySchema>;

/** One data call: its argument and result schemas and what it does. See utils/service/calls.ts. */
export type CallSpec<I extends z.core.$ZodType, O extends z.core.$ZodType> = {
  input: I;
  output: O;
  run(env: ServiceEnv, input: z.output<I>): Promise<z.input<O>>;
};

/** The call as declared, plus its background handler: the argument is checked against the call's schema first. */
export function defineCall<I extends z.core.$ZodType, O extends z.core.$ZodType>(
  spec: CallSpec<I, O>,
): CallSpec<I, O> & { serve(env: ServiceEnv, raw: unknown): Promise<DataReply> } {
  return {
    ...spec,
    async serve(env, raw) {
      const input = z.safeParse(spec.input, raw);
      if (!input.success)
        return { ok: false, message: `bad arguments: ${input.error.issues[0]?.message ?? 'invalid'}` };
      try {
        return { ok: true, value: await spec.run(env, input.data) };
      } catch (err) {
        return { ok: false, message: err instanceof Error ? err.message : String(err) };
      }
    },
  };
}
