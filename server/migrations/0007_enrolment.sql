-- Huifang team sync, migration 7: logging in with an enrolment code (docs/team-sync.md, "Logging in").
-- A supervisor issues a short-lived, one-time code for one agent of their tenant, with one role; the agent types it
-- on the options page; the extension exchanges it once, through the HTTP face (server/src/serve.mjs, POST
-- /auth/enrol), for a session: a long random refresh secret the extension keeps, from which it gets short-lived
-- access tokens (POST /auth/refresh). Every rule is here: codes and refresh secrets are stored hashed (SHA-256: they
-- are random, not passwords, so a slow hash adds nothing), bound to tenant + agent + role, expire, are used once,
-- and sessions can be ended by the agent (logout) or revoked by a supervisor. serve.mjs only signs the access token.

set role huifang_owner;

-- The codes issued. code_hash: SHA-256 of the code as normalised by huifang_private.normal_code.
create table huifang_private.enrolment_code (
  code_hash bytea primary key check (length(code_hash) = 32),
  tenant text not null check (length(tenant) between 1 and 100),
  agent text not null check (length(agent) between 1 and 200),
  role text not null check (role in ('agent', 'supervisor', 'auditor')),
  issued_by text not null,
  issued_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  session_id uuid,
  check (expires_at >= issued_at)
);
create index enrolment_code_open on huifang_private.enrolment_code (tenant, agent) where used_at is null;

-- One row per logged-in extension. A session not used for idle_days ends by itself; revoked_at ends it at once.
create table huifang_private.agent_session (
  id uuid primary key default gen_random_uuid(),
  tenant text not null,
  agent text not null,
  role text not null check (role in ('agent', 'supervisor', 'auditor')),
  refresh_hash bytea not null unique check (length(refresh_hash) = 32),
  device text not null default '' check (length(device) <= 200),
  created_at timestamptz not null default now(),
  last_used_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  -- 'logout' (the agent), or the supervisor who revoked it, or 're-enrolled' (a newer code for the same agent).
  revoked_by text
);
create index agent_session_agent on huifang_private.agent_session (tenant, agent) where revoked_at is null;

alter table huifang_private.config add column enrol_code_minutes integer not null default 15
  check (enrol_code_minutes between 1 and 1440);
alter table huifang_private.config add column session_idle_days integer not null default 30
  check (session_idle_days between 1 and 365);

-- Codes are typed by people: 12 letters/digits of Crockford's alphabet (no I, L, O, U: nothing to misread), shown as
-- XXXX-XXXX-XXXX. 60 bits from the server's strong random source (gen_random_uuid uses pg_strong_random).
create function huifang_private.normal_code(code text) returns text
language sql immutable as $$
  select translate(upper(regexp_replace(coalesce(code, ''), '[\s-]', '', 'g')), 'ILO', '110')
$$;

create function huifang_private.random_code() returns text
language plpgsql volatile as $$
declare
  alphabet constant text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  bytes bytea := decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex');
  out text := '';
  i integer;
begin
  -- Bytes 0-5 and 16-21 of two version-4 UUIDs are fully random (the version and variant bits are elsewhere).
  for i in 0..11 loop
    out := out || substr(alphabet, (get_byte(bytes, case when i < 6 then i else 10 + i end) % 32) + 1, 1);
  end loop;
  return substr(out, 1, 4) || '-' || substr(out, 5, 4) || '-' || substr(out, 9, 4);
end
$$;

-- 256 random bits, hex: the refresh secret the extension keeps (only its hash is stored).
create function huifang_private.random_secret() returns text
language sql volatile as $$
  select replace(gen_random_uuid()::text || gen_random_uuid()::text || gen_random_uuid()::text, '-', '')
$$;

-- Issues a code (the operator's way in for the first supervisor: psql as the database owner). Returns the code once;
-- only its hash is kept. An agent's earlier unused codes are withdrawn: the newest is the one to type.
create function huifang_private.new_enrolment_code(p_tenant text, p_agent text, p_role text, p_minutes integer,
  p_issued_by text)
returns table (code text, expires_at timestamptz)
language plpgsql volatile security definer set search_path = pg_catalog, huifang_private as $$
declare
  c text := huifang_private.random_code();
  until timestamptz := now() + make_interval(mins => p_minutes);
begin
  if p_role is null or p_role not in ('agent', 'supervisor', 'auditor') then
    raise exception 'role must be agent, supervisor or auditor, not %', coalesce(p_role, 'none') using errcode = '22023';
  end if;
  if length(coalesce(p_agent, '')) not between 1 and 200 or length(coalesce(p_tenant, '')) not between 1 and 100 then
    raise exception 'an enrolment code needs a tenant (1-100 characters) and an agent (1-200)' using errcode = '22023';
  end if;
  if p_minutes is null or p_minutes not between 1 and 1440 then
    raise exception 'a code is valid 1 to 1440 minutes, not %', coalesce(p_minutes::text, 'none') using errcode = '22023';
  end if;
  update huifang_private.enrolment_code e set expires_at = least(e.expires_at, now())
    where e.tenant = p_tenant and e.agent = p_agent and e.used_at is null and e.expires_at > now();
  insert into huifang_private.enrolment_code (code_hash, tenant, agent, role, issued_by, expires_at)
    values (sha256(convert_to(huifang_private.normal_code(c), 'UTF8')), p_tenant, p_agent, p_role, p_issued_by, until);
  return query select c, until;
end
$$;

create type huifang.enrolment_code_issued as (code text, expires_at timestamptz);

-- A supervisor issues a code for an agent of their own tenant (GraphQL issueEnrolmentCode).
create function huifang.issue_enrolment_code(agent text, role text default 'agent', valid_minutes integer default null)
returns huifang.enrolment_code_issued
language plpgsql volatile security definer set search_path = pg_catalog, huifang, huifang_private as $$
declare
  r huifang.enrolment_code_issued;
begin
  perform huifang_private.require_role(array['supervisor']);
  select n.code, n.expires_at into r from huifang_private.new_enrolment_code(huifang_private.tenant(), agent, role,
    coalesce(valid_minutes, (select enrol_code_minutes from huifang_private.config)), huifang_private.agent()) n;
  insert into huifang.audit_log (tenant, actor, role, action, detail)
    values (huifang_private.tenant(), huifang_private.agent(), huifang_private.role(), 'issue-enrolment-code',
      jsonb_build_object('agent', agent, 'role', role, 'expiresAt', r.expires_at));
  return r;
end
$$;

-- The login calls run before any claims exist (and logout after): their audit entry is written as the session's
-- agent, whose claims are set for that one insert, so audit_log's own row-level security still holds.
create function huifang_private.audit_as(p_tenant text, p_agent text, p_role text, p_action text, p_detail jsonb)
returns void
language plpgsql volatile set search_path = pg_catalog, huifang, huifang_private as $$
declare
  saved text[] := array[current_setting('jwt.claims.tenant', true), current_setting('jwt.claims.agent', true),
    current_setting('jwt.claims.role', true)];
begin
  perform set_config('jwt.claims.tenant', p_tenant, true), set_config('jwt.claims.agent', p_agent, true),
    set_config('jwt.claims.role', p_role, true);
  insert into huifang.audit_log (tenant, actor, role, action, detail) values (p_tenant, p_agent, p_role, p_action, p_detail);
  perform set_config('jwt.claims.tenant', coalesce(saved[1], ''), true),
    set_config('jwt.claims.agent', coalesce(saved[2], ''), true), set_config('jwt.claims.role', coalesce(saved[3], ''), true);
end
$$;

create type huifang_private.session_grant as (session_id uuid, tenant text, agent text, role text,
  refresh_secret text, session_expires_at timestamptz);

-- The exchange (POST /auth/enrol, no token yet): a valid, unused, unexpired code becomes a session, once. Every
-- failure reads alike, so a guesser learns nothing about which codes exist.
create function huifang_private.redeem_enrolment_code(code text, device text default '')
returns huifang_private.session_grant
language plpgsql volatile security definer set search_path = pg_catalog, huifang_private as $$
declare
  e huifang_private.enrolment_code;
  secret text := huifang_private.random_secret();
  g huifang_private.session_grant;
  idle integer := (select session_idle_days from huifang_private.config);
begin
  select * into e from huifang_private.enrolment_code x
    where x.code_hash = sha256(convert_to(huifang_private.normal_code(code), 'UTF8'))
    for update;
  if not found or e.used_at is not null or e.expires_at <= now() then
    raise exception 'the enrolment code is unknown, expired or already used' using errcode = '28000';
  end if;
  insert into huifang_private.agent_session (tenant, agent, role, refresh_hash, device, expires_at)
    values (e.tenant, e.agent, e.role, sha256(convert_to(secret, 'UTF8')), left(coalesce(device, ''), 200),
      now() + make_interval(days => idle))
    returning id, tenant, agent, role, secret, expires_at into g;
  update huifang_private.enrolment_code x set used_at = now(), session_id = g.session_id
    where x.code_hash = e.code_hash;
  perform huifang_private.audit_as(e.tenant, e.agent, e.role, 'enrol',
    jsonb_build_object('session', g.session_id, 'device', left(device, 200)));
  return g;
end
$$;

-- A new access token for a live session (POST /auth/refresh): each use pushes the idle end back. The secret is not
-- rotated: a reply lost on the network must not end the agent's session (docs/team-sync.md, threat model).
create function huifang_private.refresh_session(secret text)
returns huifang_private.session_grant
language plpgsql volatile security definer set search_path = pg_catalog, huifang_private as $$
declare
  g huifang_private.session_grant;
  idle integer := (select session_idle_days from huifang_private.config);
begin
  update huifang_private.agent_session s
    set last_used_at = now(), expires_at = now() + make_interval(days => idle)
    where s.refresh_hash = sha256(convert_to(coalesce(secret, ''), 'UTF8'))
      and s.revoked_at is null and s.expires_at > now()
    returning s.id, s.tenant, s.agent, s.role, null::text, s.expires_at into g;
  if g.session_id is null then
    raise exception 'the session has ended: log in again with a new enrolment code' using errcode = '28000';
  end if;
  return g;
end
$$;

-- Logout (POST /auth/logout): the session ends; sent twice, answered alike.
create function huifang_private.end_session(secret text) returns boolean
language plpgsql volatile security definer set search_path = pg_catalog, huifang_private as $$
declare
  s huifang_private.agent_session;
begin
  update huifang_private.agent_session x set revoked_at = now(), revoked_by = 'logout'
    where x.refresh_hash = sha256(convert_to(coalesce(secret, ''), 'UTF8')) and x.revoked_at is null
    returning * into s;
  if found then
    perform huifang_private.audit_as(s.tenant, s.agent, s.role, 'logout', jsonb_build_object('session', s.id));
  end if;
  return true;
end
$$;

create type huifang.team_session as (id uuid, agent text, role text, device text, created_at timestamptz,
  last_used_at timestamptz, expires_at timestamptz, revoked_at timestamptz, revoked_by text);

-- The supervisor's list of their tenant's sessions (GraphQL teamSessions), newest first.
create function huifang.team_sessions() returns setof huifang.team_session
language plpgsql stable security definer set search_path = pg_catalog, huifang, huifang_private as $$
begin
  perform huifang_private.require_role(array['supervisor']);
  return query select s.id, s.agent, s.role, s.device, s.created_at, s.last_used_at, s.expires_at, s.revoked_at,
      s.revoked_by
    from huifang_private.agent_session s where s.tenant = huifang_private.tenant()
    order by s.created_at desc limit 1000;
end
$$;

-- A supervisor ends a session of their tenant (a lost laptop, an agent leaving). Its access token dies within its
-- lifetime (HUIFANG_TOKEN_SECONDS, 15 min by default); it can never be renewed.
create function huifang.revoke_session(session_id uuid) returns boolean
language plpgsql volatile security definer set search_path = pg_catalog, huifang, huifang_private as $$
begin
  perform huifang_private.require_role(array['supervisor']);
  update huifang_private.agent_session s set revoked_at = now(), revoked_by = huifang_private.agent()
    where s.id = session_id and s.tenant = huifang_private.tenant() and s.revoked_at is null;
  if found then
    insert into huifang.audit_log (tenant, actor, role, action, detail)
      values (huifang_private.tenant(), huifang_private.agent(), huifang_private.role(), 'revoke-session',
        jsonb_build_object('session', session_id));
  end if;
  return found;
end
$$;

revoke all on function huifang_private.audit_as(text, text, text, text, jsonb) from public;
revoke all on function huifang_private.new_enrolment_code(text, text, text, integer, text) from public;
revoke all on function huifang_private.redeem_enrolment_code(text, text) from public;
revoke all on function huifang_private.refresh_session(text) from public;
revoke all on function huifang_private.end_session(text) from public;
revoke all on function huifang.issue_enrolment_code(text, text, integer) from public;
revoke all on function huifang.team_sessions() from public;
revoke all on function huifang.revoke_session(uuid) from public;
-- The login exchange runs as huifang_user without claims (serve.mjs); it is in huifang_private, so it is not in the
-- GraphQL schema. Issuing a code (new_enrolment_code) is the database owner's alone, or a supervisor's through
-- issue_enrolment_code.
grant execute on function huifang_private.redeem_enrolment_code(text, text), huifang_private.refresh_session(text),
  huifang_private.end_session(text) to huifang_user;
grant execute on function huifang.issue_enrolment_code(text, text, integer), huifang.team_sessions(),
  huifang.revoke_session(uuid) to huifang_user;

reset role;
