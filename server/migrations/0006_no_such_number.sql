-- Huifang team sync, migration 6: 空号 (no-such-number) is an outcome of its own in the extension since #12
-- (docs/report.md). The server took it for a bad record ("rejected"), so a team's 空号 calls never reached the
-- supervisor. It is now stored, and, like a wrong number, it finishes the customer in the team queue and the day's
-- "done" count.

set role huifang_owner;

alter table huifang.call_record drop constraint call_record_outcome_check;
alter table huifang.call_record add constraint call_record_outcome_check check (outcome in ('reached', 'no-answer',
  'busy', 'refused', 'wrong-number', 'no-such-number', 'call-back-later', 'message-sent'));

create or replace function huifang.submit_records(records jsonb, customers jsonb default '[]') returns setof huifang.submit_result
language plpgsql volatile security definer set search_path = pg_catalog, huifang, huifang_private as $$
declare
  e jsonb;
  r jsonb;
  c jsonb;
  rid text;
  seq bigint;
  started timestamptz;
  flag text;
  q huifang.queue_item;
  l huifang.lease_log;
  me text := huifang_private.agent();
  t text := huifang_private.tenant();
begin
  perform huifang_private.require_role(array['agent', 'supervisor']);
  if jsonb_typeof(records) is distinct from 'array' or jsonb_typeof(customers) is distinct from 'array' then
    raise exception 'submit_records: records and customers must be arrays' using errcode = '22023';
  end if;
  if jsonb_array_length(records) > 500 or jsonb_array_length(customers) > 500 then
    raise exception 'submit_records: at most 500 records and 500 customers per batch' using errcode = '22023';
  end if;
  for c in select * from jsonb_array_elements(customers) loop
    if jsonb_typeof(c) <> 'object' or length(c->>'key') not between 1 and 500 or c->>'lastSeenAt' is null then
      raise exception 'submit_records: a customer without key or lastSeenAt' using errcode = '22023';
    end if;
    insert into huifang.customer as x (tenant, key, last_seen_at, body)
      values (t, c->>'key', (c->>'lastSeenAt')::timestamptz, c)
      on conflict (tenant, key) do update set body = excluded.body, last_seen_at = excluded.last_seen_at
        where x.last_seen_at <= excluded.last_seen_at;
  end loop;
  for e in select * from jsonb_array_elements(records) loop
    rid := null;
    flag := null;
    begin
      r := e->'record';
      rid := left(r->>'id', 100);
      if jsonb_typeof(r) is distinct from 'object' then perform huifang_private.bad('record: not an object'); end if;
      if length(r->>'id') not between 1 and 100 then perform huifang_private.bad('id: 1–100 characters'); end if;
      if length(r->>'customerKey') not between 1 and 500 then
        perform huifang_private.bad('customerKey: 1–500 characters');
      end if;
      if pg_column_size(r) > 262144 then perform huifang_private.bad('record larger than 256 KB'); end if;
      if jsonb_typeof(r->'revision') is distinct from 'number' then perform huifang_private.bad('revision: a number'); end if;
      if e ? 'leaseSeq' and jsonb_typeof(e->'leaseSeq') not in ('number', 'null') then
        perform huifang_private.bad('leaseSeq: a number or null');
      end if;
      seq := (e->>'leaseSeq')::bigint;
      started := (r->>'startedAt')::timestamptz;
      if started is null then perform huifang_private.bad('startedAt: missing'); end if;
      insert into huifang_private.record_key (tenant, id, started_at) values (t, r->>'id', started)
        on conflict do nothing;
      if not found then
        return next row(rid, 'duplicate', null, null)::huifang.submit_result;
        continue;
      end if;
      select * into q from huifang.queue_item i where i.tenant = t and i.customer_key = r->>'customerKey' for update;
      if found then
        if seq is null then
          flag := 'no-lease';
        else
          select * into l from huifang.lease_log x
            where x.tenant = t and x.customer_key = q.customer_key and x.lease_seq = seq;
          -- The call happened, so it is stored; that someone else was granted the customer meanwhile is flagged.
          if not found or l.agent <> me or l.ended = 'superseded' then
            flag := 'lease-lost';
          end if;
        end if;
      end if;
      perform huifang_private.ensure_month(started);
      insert into huifang.call_record (tenant, id, agent, customer_key, kind, outcome, revision, started_at,
          recorded_at, lease_seq, lease_flag, body)
        values (t, r->>'id', me, r->>'customerKey', r->>'kind', r->>'outcome', (r->>'revision')::integer, started,
          coalesce((r->>'recordedAt')::timestamptz, now()), seq, flag, r);
      if q.customer_key is not null then
        update huifang.queue_item i set
            attempts = i.attempts + case when (r->>'revision')::integer = 0 then 1 else 0 end,
            last_outcome = r->>'outcome',
            last_attempt_at = greatest(i.last_attempt_at, started),
            status = case when r->>'outcome' in ('reached', 'refused', 'wrong-number', 'no-such-number') then 'done' else i.status end,
            call_back_at = case when r->>'outcome' = 'call-back-later' then (r->>'callBackAt')::timestamptz
              when r->>'outcome' = 'reached' then null else i.call_back_at end
          where i.tenant = t and i.customer_key = q.customer_key;
      end if;
      q := null;
      return next row(rid, 'inserted', null, flag)::huifang.submit_result;
    exception when data_exception or integrity_constraint_violation then
      -- Only this record's changes are undone (the block is a subtransaction).
      q := null;
      return next row(rid, 'rejected', sqlerrm, null)::huifang.submit_result;
    end;
  end loop;
end
$$;

create or replace view huifang.team_today with (security_invoker = true) as
with day as (
  select (date_trunc('day', now() at time zone (huifang_private.setting()).time_zone))
    at time zone (huifang_private.setting()).time_zone as start
), calls as (
  select r.tenant, r.agent,
    count(*) filter (where r.revision = 0) as attempts,
    count(*) filter (where r.revision = 0 and r.outcome = 'reached') as reached,
    count(*) filter (where r.revision = 0 and r.outcome in ('reached', 'refused', 'wrong-number', 'no-such-number')) as done,
    count(*) filter (where r.lease_flag is not null) as flagged
  from huifang.call_record r, day
  where r.started_at >= day.start and r.tenant = huifang_private.tenant()
  group by r.tenant, r.agent
), held as (
  select i.tenant, i.lease_owner as agent, count(*) as claimed
  from huifang.queue_item i
  where i.tenant = huifang_private.tenant() and i.lease_owner is not null and i.lease_until > now()
    and (i.lease_owner = huifang_private.agent() or huifang_private.role() in ('supervisor', 'auditor'))
  group by i.tenant, i.lease_owner
)
select coalesce(c.agent, h.agent) as agent, coalesce(c.attempts, 0) as attempts, coalesce(c.reached, 0) as reached,
  coalesce(c.done, 0) as done, coalesce(c.flagged, 0) as flagged, coalesce(h.claimed, 0) as claimed
from calls c full join held h on h.tenant = c.tenant and h.agent = c.agent;

reset role;
