-- Huifang team sync, migration 1: roles, tables, row-level security (docs/team-sync.md).
-- Migrations are append-only: never edit an applied file (the runner refuses a changed checksum); add the next number.
-- Every rule lives here in SQL; the HTTP layer (server/src/serve.mjs) only verifies the JWT and passes its claims.

create extension if not exists btree_gist;

do $$
begin
  -- Owns every object; not a superuser and without BYPASSRLS, so row-level security also binds the functions it owns.
  if not exists (select from pg_roles where rolname = 'huifang_owner') then
    create role huifang_owner nologin;
  end if;
  -- The role every API request runs as (PostGraphile sets it); the JWT's claims arrive as jwt.claims.* settings.
  if not exists (select from pg_roles where rolname = 'huifang_user') then
    create role huifang_user nologin;
  end if;
end
$$;

create schema huifang authorization huifang_owner;
create schema huifang_private authorization huifang_owner;
grant usage on schema huifang to huifang_user;
grant usage on schema huifang_private to huifang_user;
grant create on schema huifang to huifang_owner;

set role huifang_owner;

-- Server settings an operator may change (one row). time_zone: the team's day and month.
create table huifang_private.config (
  only_row boolean primary key default true check (only_row),
  lease_seconds integer not null default 600 check (lease_seconds between 1 and 3600),
  time_zone text not null default 'Asia/Shanghai',
  retention_years integer not null default 3 check (retention_years >= 3)
);
insert into huifang_private.config default values;

-- The JWT claims (set by the HTTP layer per request, transaction-local). Missing claims are null, and every policy
-- compares with them, so a request without claims sees and writes nothing.
create function huifang_private.claim(name text) returns text
language sql stable as $$ select nullif(current_setting('jwt.claims.' || name, true), '') $$;

create function huifang_private.tenant() returns text
language sql stable as $$ select huifang_private.claim('tenant') $$;

create function huifang_private.agent() returns text
language sql stable as $$ select huifang_private.claim('agent') $$;

create function huifang_private.role() returns text
language sql stable as $$
  select r from (select huifang_private.claim('role') as r) c where r in ('agent', 'supervisor', 'auditor')
$$;

create function huifang_private.require_role(allowed text[]) returns void
language plpgsql stable as $$
begin
  if huifang_private.tenant() is null or huifang_private.agent() is null then
    raise exception 'no tenant/agent in the token' using errcode = '28000';
  end if;
  if huifang_private.role() is null or not (huifang_private.role() = any (allowed)) then
    raise exception 'role % may not do this (allowed: %)', coalesce(huifang_private.claim('role'), 'none'), allowed
      using errcode = '42501';
  end if;
end
$$;

create function huifang_private.setting() returns huifang_private.config
language sql stable security definer set search_path = pg_catalog, huifang_private as $$
  select * from huifang_private.config
$$;

-- The team queue: one row per customer, with the lease that says who may call them now.
create table huifang.queue_item (
  tenant text not null check (length(tenant) between 1 and 100),
  customer_key text not null check (length(customer_key) between 1 and 500),
  name text not null default '' check (length(name) <= 200),
  phone text check (length(phone) <= 100),
  product text not null default '' check (length(product) <= 500),
  kind text check (length(kind) <= 100),
  due_at timestamptz,
  call_back_at timestamptz,
  record_url text check (length(record_url) <= 4000),
  assigned_to text check (length(assigned_to) <= 200),
  status text not null default 'open' check (status in ('open', 'done')),
  attempts integer not null default 0,
  last_outcome text,
  last_attempt_at timestamptz,
  lease_owner text,
  lease_until timestamptz,
  -- Bumped by every grant: a renew or release naming an older number is stale and refused.
  lease_seq bigint not null default 0,
  -- The transaction that last changed the row: pull_queue's checkpoint (see there).
  change_xid xid8 not null default pg_current_xact_id(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (tenant, customer_key),
  check ((lease_owner is null) = (lease_until is null))
);
create index queue_item_next on huifang.queue_item (tenant, (coalesce(call_back_at, due_at)), customer_key)
  where status = 'open';
create index queue_item_changes on huifang.queue_item (tenant, change_xid);
create index queue_item_owner on huifang.queue_item (tenant, lease_owner) where lease_owner is not null;

create function huifang_private.touch_queue_item() returns trigger
language plpgsql as $$
begin
  new.change_xid := pg_current_xact_id();
  new.updated_at := now();
  return new;
end
$$;
create trigger queue_item_touch before update on huifang.queue_item
  for each row execute function huifang_private.touch_queue_item();

-- Every lease ever granted. The exclusion constraint is the proof that two leases on one customer never overlap:
-- a grant that would overlap fails in the database, whatever the functions above it do.
create table huifang.lease_log (
  tenant text not null,
  customer_key text not null,
  lease_seq bigint not null,
  agent text not null,
  during tstzrange not null check (not lower_inf(during) and not upper_inf(during)),
  -- released: given back; superseded: expired and granted to someone else (records of it are flagged lease-lost);
  -- expired: expired and granted again to the same agent. Null while held or expired untaken.
  ended text check (ended in ('released', 'superseded', 'expired')),
  primary key (tenant, customer_key, lease_seq),
  exclude using gist (tenant with =, customer_key with =, during with &&)
);

-- Call records, partitioned by month of startedAt (UTC months; partitions are made on first use).
create table huifang.call_record (
  tenant text not null,
  id text not null check (length(id) between 1 and 100),
  agent text not null,
  customer_key text not null check (length(customer_key) between 1 and 500),
  kind text not null check (length(kind) between 1 and 100),
  outcome text not null check (outcome in ('reached', 'no-answer', 'busy', 'refused', 'wrong-number',
    'call-back-later', 'message-sent')),
  revision integer not null check (revision >= 0),
  started_at timestamptz not null,
  recorded_at timestamptz not null,
  received_at timestamptz not null default now(),
  -- The lease the agent held for the call (null: none, e.g. recorded offline).
  lease_seq bigint,
  -- For the supervisor: no-lease (the customer is in the team queue, the call held no lease) or lease-lost.
  lease_flag text check (lease_flag in ('no-lease', 'lease-lost')),
  body jsonb not null check (jsonb_typeof(body) = 'object'),
  primary key (tenant, started_at, id)
) partition by range (started_at);
create index call_record_customer on huifang.call_record (tenant, customer_key);
create index call_record_agent on huifang.call_record (tenant, agent, started_at);
create index call_record_flagged on huifang.call_record (tenant, started_at) where lease_flag is not null;

-- A partitioned table's unique keys must contain the partition key, so idempotency by tenant + record id is kept
-- here: a record id is stored once per tenant, whatever month its (client-given) start time falls in.
create table huifang_private.record_key (
  tenant text not null,
  id text not null,
  started_at timestamptz not null,
  primary key (tenant, id)
);

-- The last version of each customer an agent's extension sent (its export shape), for monthly_export.
create table huifang.customer (
  tenant text not null,
  key text not null check (length(key) between 1 and 500),
  last_seen_at timestamptz not null,
  body jsonb not null check (jsonb_typeof(body) = 'object'),
  primary key (tenant, key)
);

-- Append-only log of exports, purges and customer loads (no personal data): 等保 asks for it beside pgaudit.
create table huifang.audit_log (
  id bigint generated always as identity primary key,
  tenant text not null,
  at timestamptz not null default now(),
  actor text not null,
  role text not null,
  action text not null,
  detail jsonb not null default '{}'
);

-- Row-level security, forced also on the owner so the SECURITY DEFINER functions are bound by it too.
alter table huifang.queue_item enable row level security;
alter table huifang.queue_item force row level security;
alter table huifang.lease_log enable row level security;
alter table huifang.lease_log force row level security;
alter table huifang.call_record enable row level security;
alter table huifang.call_record force row level security;
alter table huifang.customer enable row level security;
alter table huifang.customer force row level security;
alter table huifang.audit_log enable row level security;
alter table huifang.audit_log force row level security;

create policy tenant_reads on huifang.queue_item for select using (tenant = huifang_private.tenant());
create policy supervisor_adds on huifang.queue_item for insert
  with check (tenant = huifang_private.tenant() and huifang_private.role() = 'supervisor');
create policy team_updates on huifang.queue_item for update
  using (tenant = huifang_private.tenant() and huifang_private.role() in ('agent', 'supervisor'))
  with check (tenant = huifang_private.tenant());

create policy tenant_reads on huifang.lease_log for select using (tenant = huifang_private.tenant());
create policy own_grants on huifang.lease_log for insert
  with check (tenant = huifang_private.tenant() and agent = huifang_private.agent());
create policy team_updates on huifang.lease_log for update
  using (tenant = huifang_private.tenant() and huifang_private.role() in ('agent', 'supervisor'))
  with check (tenant = huifang_private.tenant());
create policy supervisor_purges on huifang.lease_log for delete
  using (tenant = huifang_private.tenant() and huifang_private.role() = 'supervisor');

-- An agent reads their own calls; supervisors and auditors the whole tenant. Nobody writes as someone else.
create policy own_or_team_reads on huifang.call_record for select
  using (tenant = huifang_private.tenant()
    and (agent = huifang_private.agent() or huifang_private.role() in ('supervisor', 'auditor')));
create policy own_writes on huifang.call_record for insert
  with check (tenant = huifang_private.tenant() and agent = huifang_private.agent()
    and huifang_private.role() in ('agent', 'supervisor'));
create policy supervisor_purges on huifang.call_record for delete
  using (tenant = huifang_private.tenant() and huifang_private.role() = 'supervisor');

create policy tenant_reads on huifang.customer for select using (tenant = huifang_private.tenant());
create policy team_writes on huifang.customer for insert
  with check (tenant = huifang_private.tenant() and huifang_private.role() in ('agent', 'supervisor'));
create policy team_updates on huifang.customer for update
  using (tenant = huifang_private.tenant() and huifang_private.role() in ('agent', 'supervisor'))
  with check (tenant = huifang_private.tenant());

create policy supervisor_reads on huifang.audit_log for select
  using (tenant = huifang_private.tenant() and huifang_private.role() in ('supervisor', 'auditor'));
create policy own_entries on huifang.audit_log for insert
  with check (tenant = huifang_private.tenant() and actor = huifang_private.agent());

-- API requests read through RLS and write only through the functions of migration 2.
revoke all on all tables in schema huifang from public;
grant select on huifang.queue_item, huifang.lease_log, huifang.call_record, huifang.customer, huifang.audit_log
  to huifang_user;
revoke all on all functions in schema huifang_private from public;
grant execute on function huifang_private.claim(text), huifang_private.tenant(), huifang_private.agent(),
  huifang_private.role() to huifang_user;

reset role;
