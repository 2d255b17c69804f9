-- Huifang team sync, migration 3: call records in, the team's day and month out, retention (docs/team-sync.md).

set role huifang_owner;

-- The month's partition, made on first use (UTC months). Serialised so two first writers of a month do not race.
create function huifang_private.ensure_month(at timestamptz) returns void
language plpgsql volatile security definer set search_path = pg_catalog, huifang, huifang_private as $$
declare
  start timestamptz := date_trunc('month', at, 'UTC');
  part text := 'call_record_' || to_char(start at time zone 'UTC', 'YYYY_MM');
begin
  if to_regclass('huifang.' || part) is not null then
    return;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('huifang.call_record partitions', 42));
  if to_regclass('huifang.' || part) is null then
    execute format('create table huifang.%I partition of huifang.call_record for values from (%L) to (%L)',
      part, start, (start at time zone 'UTC' + interval '1 month') at time zone 'UTC');
    execute format('alter table huifang.%I force row level security', part);
  end if;
end
$$;

create type huifang.submit_result as (
  id text,
  -- inserted | duplicate (this tenant already has this record id) | rejected (reason says why; retrying will not help)
  status text,
  reason text,
  lease_flag text
);

create function huifang_private.bad(message text) returns void
language plpgsql as $$ begin raise exception '%', message using errcode = '22023'; end $$;

-- A batch of records from one agent's outbox: each is {record: <callback record, docs/export-format.md>, leaseSeq}.
-- Each record is judged alone (inserted / duplicate / rejected with the reason); a fault that is not the record's
-- (lost connection, serialisation) fails the whole batch, which the client sends again — ids make that safe.
-- customers: the customers those records are about (their export shape), newest lastSeenAt kept.
create function huifang.submit_records(records jsonb, customers jsonb default '[]') returns setof huifang.submit_result
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
            status = case when r->>'outcome' in ('reached', 'refused', 'wrong-number') then 'done' else i.status end,
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

-- The team's day in the team's time zone: per agent, calls (first attempts), finished customers, flagged calls and
-- the customers held now. Agents see their own row, supervisors and auditors everyone (RLS on call_record).
create view huifang.team_today with (security_invoker = true) as
with day as (
  select (date_trunc('day', now() at time zone (huifang_private.setting()).time_zone))
    at time zone (huifang_private.setting()).time_zone as start
), calls as (
  select r.tenant, r.agent,
    count(*) filter (where r.revision = 0) as attempts,
    count(*) filter (where r.revision = 0 and r.outcome = 'reached') as reached,
    count(*) filter (where r.revision = 0 and r.outcome in ('reached', 'refused', 'wrong-number')) as done,
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

-- The queue's totals for the day (one row): what is due, overdue, held and finished today.
create view huifang.team_queue_today with (security_invoker = true) as
with day as (
  select (date_trunc('day', now() at time zone (huifang_private.setting()).time_zone))
    at time zone (huifang_private.setting()).time_zone as start
)
select
  count(*) filter (where i.status = 'open' and coalesce(i.call_back_at, i.due_at) < day.start) as overdue,
  count(*) filter (where i.status = 'open' and coalesce(i.call_back_at, i.due_at) >= day.start
    and coalesce(i.call_back_at, i.due_at) < day.start + interval '1 day') as due_today,
  count(*) filter (where i.status = 'open' and i.lease_owner is not null and i.lease_until > now()) as claimed,
  count(*) filter (where i.status = 'done' and i.last_attempt_at >= day.start) as done_today,
  count(*) filter (where i.status = 'open') as open
from huifang.queue_item i, day
where i.tenant = huifang_private.tenant();

create function huifang_private.iso(at timestamptz) returns text
language sql immutable as $$ select to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

-- The month's records of the tenant as our export envelope (utils/core/export/envelope.ts, version 2), so the
-- `report` CLI and the options page build the 月报 from it. The month is in the team's time zone.
create function huifang.monthly_export(month text) returns jsonb
language plpgsql volatile security definer set search_path = pg_catalog, huifang, huifang_private as $$
declare
  tz text := (huifang_private.setting()).time_zone;
  m_start timestamptz;
  m_end timestamptz;
  recs jsonb;
  custs jsonb;
begin
  perform huifang_private.require_role(array['supervisor', 'auditor']);
  if month !~ '^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$' then
    raise exception 'monthly_export: month "%" is not YYYY-MM (years 2000–2100)', left(month, 20) using errcode = '22023';
  end if;
  m_start := (month || '-01')::timestamp at time zone tz;
  m_end := ((month || '-01')::timestamp + interval '1 month') at time zone tz;
  select coalesce(jsonb_agg(r.body order by r.started_at, r.id), '[]'::jsonb) into recs
    from huifang.call_record r
    where r.tenant = huifang_private.tenant() and r.started_at >= m_start and r.started_at < m_end;
  select coalesce(jsonb_agg(c.body order by c.key), '[]'::jsonb) into custs
    from huifang.customer c
    where c.tenant = huifang_private.tenant() and c.key in (
      select r.customer_key from huifang.call_record r
      where r.tenant = huifang_private.tenant() and r.started_at >= m_start and r.started_at < m_end);
  insert into huifang.audit_log (tenant, actor, role, action, detail)
    values (huifang_private.tenant(), huifang_private.agent(), huifang_private.role(), 'monthly-export',
      jsonb_build_object('month', month, 'records', jsonb_array_length(recs)));
  return jsonb_build_object(
    'format', 'huifang-export',
    'version', 2,
    'exportedAt', huifang_private.iso(now()),
    -- Not one agent's file: the 月报 lists no exporting agent for it (utils/core/report/monthly-report.ts).
    'agent', '',
    'filters', jsonb_build_object('from', huifang_private.iso(m_start), 'to', huifang_private.iso(m_end),
      'kinds', '[]'::jsonb, 'outcomes', '[]'::jsonb, 'agents', '[]'::jsonb),
    'records', recs,
    'customers', custs);
end
$$;

-- Deletes the tenant's records that started before `cutoff` (a date in the team's time zone). Refused when the
-- cutoff is within the retention floor (3 years, or more if configured); dry_run (the default) only counts.
create function huifang.purge_before(cutoff date, dry_run boolean default true) returns jsonb
language plpgsql volatile security definer set search_path = pg_catalog, huifang, huifang_private as $$
declare
  cfg huifang_private.config := huifang_private.setting();
  floor_date date := ((now() at time zone cfg.time_zone)::date - make_interval(years => cfg.retention_years))::date;
  boundary timestamptz := cutoff::timestamp at time zone cfg.time_zone;
  n bigint;
begin
  perform huifang_private.require_role(array['supervisor']);
  if cutoff is null or cutoff > floor_date then
    raise exception 'purge_before: % is within the % year retention floor; the latest allowed cutoff is %',
      cutoff, cfg.retention_years, floor_date using errcode = '22023';
  end if;
  select count(*) into n from huifang.call_record r
    where r.tenant = huifang_private.tenant() and r.started_at < boundary;
  if not dry_run then
    delete from huifang.call_record r where r.tenant = huifang_private.tenant() and r.started_at < boundary;
    delete from huifang_private.record_key k where k.tenant = huifang_private.tenant() and k.started_at < boundary;
    delete from huifang.lease_log l where l.tenant = huifang_private.tenant() and upper(l.during) < boundary;
  end if;
  insert into huifang.audit_log (tenant, actor, role, action, detail)
    values (huifang_private.tenant(), huifang_private.agent(), huifang_private.role(),
      case when dry_run then 'purge-dry-run' else 'purge' end,
      jsonb_build_object('cutoff', cutoff, 'records', n));
  return jsonb_build_object('cutoff', cutoff, 'floor', floor_date, 'records', n, 'dryRun', dry_run);
end
$$;

revoke all on all functions in schema huifang from public;
grant execute on function huifang.claim_customer(text), huifang.claim_next(), huifang.renew_lease(text, bigint),
  huifang.release_lease(text, bigint), huifang.upsert_customer(jsonb), huifang.pull_queue(text),
  huifang.submit_records(jsonb, jsonb), huifang.monthly_export(text), huifang.purge_before(date, boolean)
  to huifang_user;
grant select on huifang.team_today, huifang.team_queue_today to huifang_user;
revoke all on all functions in schema huifang_private from public;
grant execute on function huifang_private.claim(text), huifang_private.tenant(), huifang_private.agent(),
  huifang_private.role(), huifang_private.setting() to huifang_user;

reset role;
