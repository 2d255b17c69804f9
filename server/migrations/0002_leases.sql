-- Huifang team sync, migration 2: the lease protocol and the team queue (docs/team-sync.md, "Leases").
-- Functions are SECURITY DEFINER, owned by huifang_owner, which row-level security binds (FORCE): each one checks the
-- caller's role, and the policies check tenant and agent on every row it touches.

set role huifang_owner;

create type huifang.lease as (
  ok boolean,
  -- granted | held (you already hold it) | renewed | released | held-by-other | stale | done | not-in-queue | empty
  reason text,
  customer_key text,
  lease_owner text,
  lease_seq bigint,
  lease_until timestamptz,
  server_now timestamptz
);

-- One agent's lease calls run one at a time, so an attempt sent twice cannot win two customers.
create function huifang_private.lock_agent() returns void
language sql as $$
  select pg_advisory_xact_lock(hashtextextended(huifang_private.tenant() || '/' || huifang_private.agent(), 42))
$$;

create function huifang_private.answer(ok boolean, reason text, q huifang.queue_item) returns huifang.lease
language sql stable as $$
  select row(ok, reason, q.customer_key, q.lease_owner, q.lease_seq, q.lease_until, now())::huifang.lease
$$;

create function huifang.claim_customer(customer_key text) returns huifang.lease
language plpgsql volatile security definer set search_path = pg_catalog, huifang, huifang_private as $$
declare
  q huifang.queue_item;
  until timestamptz;
begin
  perform huifang_private.require_role(array['agent', 'supervisor']);
  perform huifang_private.lock_agent();
  select * into q from huifang.queue_item i
    where i.tenant = huifang_private.tenant() and i.customer_key = claim_customer.customer_key for update;
  if not found then
    return row(false, 'not-in-queue', claim_customer.customer_key, null, null, null, now())::huifang.lease;
  end if;
  if q.status = 'done' then
    return huifang_private.answer(false, 'done', q);
  end if;
  if q.lease_owner is not null and q.lease_until > now() then
    -- A repeated claim by the holder answers with the same lease (no bump): the first reply stays valid.
    return huifang_private.answer(q.lease_owner = huifang_private.agent(),
      case when q.lease_owner = huifang_private.agent() then 'held' else 'held-by-other' end, q);
  end if;
  if q.lease_owner is not null then
    -- The previous lease expired untaken: close its log entry at its end; another agent taking over means it is lost.
    update huifang.lease_log l
      set ended = case when l.agent = huifang_private.agent() then 'expired' else 'superseded' end
      where l.tenant = q.tenant and l.customer_key = q.customer_key and l.lease_seq = q.lease_seq and l.ended is null;
  end if;
  until := now() + make_interval(secs => (huifang_private.setting()).lease_seconds);
  insert into huifang.lease_log (tenant, customer_key, lease_seq, agent, during)
    values (q.tenant, q.customer_key, q.lease_seq + 1, huifang_private.agent(), tstzrange(now(), until));
  update huifang.queue_item i
    set lease_owner = huifang_private.agent(), lease_until = until, lease_seq = q.lease_seq + 1
    where i.tenant = q.tenant and i.customer_key = q.customer_key
    returning * into q;
  return huifang_private.answer(true, 'granted', q);
end
$$;

-- The next customer for this agent: the one they already hold, else the earliest open one nobody holds (assigned to
-- them or to nobody), earliest call-back time or deadline first. Concurrent claimers skip each other's locked rows.
create function huifang.claim_next() returns huifang.lease
language plpgsql volatile security definer set search_path = pg_catalog, huifang, huifang_private as $$
declare
  q huifang.queue_item;
  key text;
begin
  perform huifang_private.require_role(array['agent', 'supervisor']);
  perform huifang_private.lock_agent();
  select * into q from huifang.queue_item i
    where i.tenant = huifang_private.tenant() and i.lease_owner = huifang_private.agent() and i.lease_until > now()
      and i.status = 'open'
    order by i.lease_until desc limit 1;
  if found then
    return huifang_private.answer(true, 'held', q);
  end if;
  select i.customer_key into key from huifang.queue_item i
    where i.tenant = huifang_private.tenant() and i.status = 'open'
      and (i.lease_owner is null or i.lease_until <= now())
      and (i.assigned_to is null or i.assigned_to = huifang_private.agent())
    order by coalesce(i.call_back_at, i.due_at) nulls last, i.customer_key
    limit 1 for update skip locked;
  if key is null then
    return row(false, 'empty', null, null, null, null, now())::huifang.lease;
  end if;
  return huifang.claim_customer(key);
end
$$;

create function huifang.renew_lease(customer_key text, lease_seq bigint) returns huifang.lease
language plpgsql volatile security definer set search_path = pg_catalog, huifang, huifang_private as $$
declare
  q huifang.queue_item;
  until timestamptz;
begin
  perform huifang_private.require_role(array['agent', 'supervisor']);
  select * into q from huifang.queue_item i
    where i.tenant = huifang_private.tenant() and i.customer_key = renew_lease.customer_key for update;
  if not found then
    return row(false, 'not-in-queue', renew_lease.customer_key, null, null, null, now())::huifang.lease;
  end if;
  -- Same number and still ours: nobody else was granted it since, even if it ran out, so extending is safe.
  if q.lease_seq <> renew_lease.lease_seq or q.lease_owner is distinct from huifang_private.agent() then
    return huifang_private.answer(false, 'stale', q);
  end if;
  until := greatest(q.lease_until, now() + make_interval(secs => (huifang_private.setting()).lease_seconds));
  update huifang.lease_log l set during = tstzrange(lower(l.during), until)
    where l.tenant = q.tenant and l.customer_key = q.customer_key and l.lease_seq = q.lease_seq;
  update huifang.queue_item i set lease_until = until
    where i.tenant = q.tenant and i.customer_key = q.customer_key
    returning * into q;
  return huifang_private.answer(true, 'renewed', q);
end
$$;

create function huifang.release_lease(customer_key text, lease_seq bigint) returns huifang.lease
language plpgsql volatile security definer set search_path = pg_catalog, huifang, huifang_private as $$
declare
  q huifang.queue_item;
  l huifang.lease_log;
begin
  perform huifang_private.require_role(array['agent', 'supervisor']);
  select * into q from huifang.queue_item i
    where i.tenant = huifang_private.tenant() and i.customer_key = release_lease.customer_key for update;
  if not found then
    return row(false, 'not-in-queue', release_lease.customer_key, null, null, null, now())::huifang.lease;
  end if;
  if q.lease_seq = release_lease.lease_seq and q.lease_owner is null then
    -- A release sent twice: the first one did it.
    select * into l from huifang.lease_log x
      where x.tenant = q.tenant and x.customer_key = q.customer_key and x.lease_seq = q.lease_seq;
    return huifang_private.answer(found and l.agent = huifang_private.agent() and l.ended = 'released',
      case when found and l.agent = huifang_private.agent() and l.ended = 'released' then 'released' else 'stale' end, q);
  end if;
  if q.lease_seq <> release_lease.lease_seq or q.lease_owner is distinct from huifang_private.agent() then
    return huifang_private.answer(false, 'stale', q);
  end if;
  update huifang.lease_log x
    set during = tstzrange(lower(x.during), greatest(lower(x.during), least(upper(x.during), now()))),
      ended = 'released'
    where x.tenant = q.tenant and x.customer_key = q.customer_key and x.lease_seq = q.lease_seq;
  update huifang.queue_item i set lease_owner = null, lease_until = null
    where i.tenant = q.tenant and i.customer_key = q.customer_key
    returning * into q;
  return huifang_private.answer(true, 'released', q);
end
$$;

-- The supervisor puts a customer into the team queue or updates it (never its lease or attempts). A new kind or
-- deadline reopens a finished item: it is the next callback for that customer.
create function huifang.upsert_customer(item jsonb) returns huifang.queue_item
language plpgsql volatile security definer set search_path = pg_catalog, huifang, huifang_private as $$
declare
  q huifang.queue_item;
  key text := item->>'customerKey';
begin
  perform huifang_private.require_role(array['supervisor']);
  if jsonb_typeof(item) is distinct from 'object' or key is null or length(key) not between 1 and 500 then
    raise exception 'upsert_customer: customerKey (1–500 characters) is required' using errcode = '22023';
  end if;
  insert into huifang.queue_item as i (tenant, customer_key, name, phone, product, kind, due_at, call_back_at,
      record_url, assigned_to)
    values (huifang_private.tenant(), key, coalesce(item->>'name', ''), item->>'phone', coalesce(item->>'product', ''),
      item->>'kind', (item->>'dueAt')::timestamptz, (item->>'callBackAt')::timestamptz, item->>'recordUrl',
      item->>'assignedTo')
    on conflict (tenant, customer_key) do update set
      name = excluded.name, phone = excluded.phone, product = excluded.product, kind = excluded.kind,
      due_at = excluded.due_at, call_back_at = excluded.call_back_at, record_url = excluded.record_url,
      assigned_to = excluded.assigned_to,
      status = case when i.kind is distinct from excluded.kind or i.due_at is distinct from excluded.due_at
        then 'open' else i.status end
    returning * into q;
  return q;
end
$$;

-- The team queue since a checkpoint. The checkpoint is a transaction horizon, not a time or a sequence: every
-- transaction older than it had finished when it was taken, so a row changed later carries a newer change_xid and
-- is sent next time; rows at or past it may come twice (the client's cache upserts). No change is ever skipped,
-- which a sequence number or timestamp cannot promise when transactions commit out of order.
create function huifang.pull_queue(checkpoint text) returns jsonb
language plpgsql stable security definer set search_path = pg_catalog, huifang, huifang_private as $$
declare
  horizon xid8;
  since xid8;
  items jsonb;
begin
  perform huifang_private.require_role(array['agent', 'supervisor', 'auditor']);
  if checkpoint is not null and checkpoint !~ '^[0-9]{1,20}$' then
    raise exception 'pull_queue: checkpoint "%" is not one this server gave', left(checkpoint, 40) using errcode = '22023';
  end if;
  horizon := pg_snapshot_xmin(pg_current_snapshot());
  since := coalesce(checkpoint, '0')::xid8;
  select coalesce(jsonb_agg(jsonb_build_object(
      'customerKey', i.customer_key, 'name', i.name, 'phone', i.phone, 'product', i.product, 'kind', i.kind,
      'dueAt', i.due_at, 'callBackAt', i.call_back_at, 'recordUrl', i.record_url, 'assignedTo', i.assigned_to,
      'status', i.status, 'attempts', i.attempts, 'lastOutcome', i.last_outcome, 'lastAttemptAt', i.last_attempt_at,
      'leaseOwner', i.lease_owner, 'leaseUntil', i.lease_until, 'leaseSeq', i.lease_seq)
      order by i.customer_key), '[]'::jsonb)
    into items
    from huifang.queue_item i
    where i.tenant = huifang_private.tenant() and i.change_xid >= since
      and (checkpoint is not null or i.status = 'open' or i.updated_at > now() - interval '1 day');
  return jsonb_build_object('checkpoint', horizon::text, 'serverNow', now(), 'full', checkpoint is null,
    'items', items);
end
$$;

revoke all on all functions in schema huifang from public;
grant execute on function huifang.claim_customer(text), huifang.claim_next(), huifang.renew_lease(text, bigint),
  huifang.release_lease(text, bigint), huifang.upsert_customer(jsonb), huifang.pull_queue(text) to huifang_user;

reset role;
