import { z } from '../zod';

// The supervisor's team day as the server's team_day() sends it (server/migrations/0008_team_day.sql), shown on the
// options page of a supervisor's team build (entrypoints/options/sections/team-day.tsx, docs/team-sync.md).

const count = z.int().check(z.gte(0));

export const teamDayAgentSchema = z.object({
  /** null: the customers nobody is assigned. */
  agent: z.nullable(z.string().check(z.maxLength(200))),
  due: count,
  overdue: count,
  claimed: count,
  attempts: count,
  reached: count,
  done: count,
  flagged: count,
});
export type TeamDayAgent = z.infer<typeof teamDayAgentSchema>;

export const teamDaySchema = z.object({
  serverNow: z.string(),
  day: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  timeZone: z.string(),
  agents: z.array(teamDayAgentSchema).check(z.maxLength(5000)),
  totals: z.object({ overdue: count, due_today: count, claimed: count, done_today: count, open: count }),
});
export type TeamDay = z.infer<typeof teamDaySchema>;
