-- Huifang team sync, migration 8: the supervisor's team day in one call (docs/team-sync.md, "The supervisor's team
-- day"): per agent what is due today (open customers assigned to them, due or called back today or earlier, or with
-- no date), what they hold now, and what they attempted, reached and finished today; the customers nobody is
-- assigned; and the queue's totals (team_queue_today). The options page of a supervisor's team build shows it.

set role huifang_owner;

create function huifang.team_day() returns jsonb
language plpgsql stable security definer set search_path = pg_catalog, huifang, huifang_private as $$
declare
  tz text := (huifang_private.setting()).time_zone;
  day_start timestamptz := (date_trunc('day', now() at time zone tz)) at time zone tz;
  agents jsonb;
  totals jsonb;
begin
  perform huifang_private.require_role(array['supervisor', 'auditor']);
  -- Row-level security is forced on the owner too: this reads only the token's tenant.
  with due as (
    select i.assigned_to as agent, count(*) as due,
      count(*) filter (where coalesce(i.call_back_at, i.due_at) < day_start) as overdue
    from huifang.queue_item i
    where i.status = 'open'
      and coalesce(i.call_back_at, i.due_at, '-infinity'::timestamptz) < day_start + interval '1 day'
    group by i.assigned_to
  ), rows as (
    select coalesce(d.agent, t.agent) as agent, coalesce(d.due, 0) as due, coalesce(d.overdue, 0) as overdue,
      coalesce(t.claimed, 0) as claimed, coalesce(t.attempts, 0) as attempts, coalesce(t.reached, 0) as reached,
      coalesce(t.done, 0) as done, coalesce(t.flagged, 0) as flagged
    from due d full join huifang.team_today t on t.agent = d.agent
  )
  select coalesce(jsonb_agg(jsonb_build_object('agent', r.agent, 'due', r.due, 'overdue', r.overdue,
      'claimed', r.claimed, 'attempts', r.attempts, 'reached', r.reached, 'done', r.done, 'flagged', r.flagged)
      order by r.agent nulls last), '[]'::jsonb)
    into agents from rows r;
  select to_jsonb(q) into totals from huifang.team_queue_today q;
  return jsonb_build_object('serverNow', now(), 'day', to_char(now() at time zone tz, 'YYYY-MM-DD'),
    'timeZone', tz, 'agents', agents, 'totals', totals);
end
$$;

revoke all on function huifang.team_day() from public;
grant execute on function huifang.team_day() to huifang_user;

reset role;
