-- The month in pages (docs/team-sync.md, "Functions"): monthly_export builds one JSON value, which PostgreSQL caps
-- near 400,000 records. monthly_export_page returns the same envelope for at most page_size records, in record-id
-- order after `after_id`, with the customers those records name and `next` (the id to pass on, null on the last
-- page). Keyset paging: a record added meanwhile lands in a later page or none, never twice. Each record's `agent`
-- is the agent whose token sent it (the column), not the name typed in that agent's settings: the 月报's per-agent
-- figures follow the login.
set role huifang_owner;

create function huifang.monthly_export_page(month text, after_id text default null, page_size integer default 5000)
returns jsonb
language plpgsql volatile security definer set search_path = pg_catalog, huifang, huifang_private as $$
declare
  tz text := (huifang_private.setting()).time_zone;
  m_start timestamptz;
  m_end timestamptz;
  recs jsonb;
  custs jsonb;
  last_id text;
  n integer;
begin
  perform huifang_private.require_role(array['supervisor', 'auditor']);
  if month !~ '^(20[0-9]{2}|2100)-(0[1-9]|1[0-2])$' then
    raise exception 'monthly_export_page: month "%" is not YYYY-MM (years 2000–2100)', left(month, 20)
      using errcode = '22023';
  end if;
  if page_size is null or page_size not between 1 and 10000 then
    raise exception 'monthly_export_page: page_size must be 1–10000' using errcode = '22023';
  end if;
  m_start := (month || '-01')::timestamp at time zone tz;
  m_end := ((month || '-01')::timestamp + interval '1 month') at time zone tz;
  with page as (
    select r.id, jsonb_set(r.body, '{agent}', to_jsonb(r.agent)) as body from huifang.call_record r
    where r.tenant = huifang_private.tenant() and r.started_at >= m_start and r.started_at < m_end
      and (after_id is null or r.id > after_id)
    order by r.id
    limit page_size)
  select coalesce(jsonb_agg(p.body order by p.id), '[]'::jsonb), max(p.id), count(*) into recs, last_id, n from page p;
  select coalesce(jsonb_agg(c.body order by c.key), '[]'::jsonb) into custs
    from huifang.customer c
    where c.tenant = huifang_private.tenant()
      and c.key in (select x->>'customerKey' from jsonb_array_elements(recs) x);
  if after_id is null then
    insert into huifang.audit_log (tenant, actor, role, action, detail)
      values (huifang_private.tenant(), huifang_private.agent(), huifang_private.role(), 'monthly-export',
        jsonb_build_object('month', month, 'paged', true));
  end if;
  return jsonb_build_object(
    'format', 'huifang-export',
    'version', 2,
    'exportedAt', huifang_private.iso(now()),
    'agent', '',
    'filters', jsonb_build_object('from', huifang_private.iso(m_start), 'to', huifang_private.iso(m_end),
      'kinds', '[]'::jsonb, 'outcomes', '[]'::jsonb, 'agents', '[]'::jsonb),
    'records', recs,
    'customers', custs,
    'next', case when n = page_size then last_id else null end);
end
$$;

revoke all on function huifang.monthly_export_page(text, text, integer) from public;
grant execute on function huifang.monthly_export_page(text, text, integer) to huifang_user;

reset role;
