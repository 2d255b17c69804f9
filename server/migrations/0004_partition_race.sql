-- Huifang team sync, migration 4: two first writers of a month no longer fail (found by the soak in
-- tests/bench/team-sync.bench.mjs). Waiting on an advisory lock does not refresh the catalog cache, so the second
-- writer could still miss the partition the first one had just made and fail with "already exists": that error now
-- means the work is done.

set role huifang_owner;

create or replace function huifang_private.ensure_month(at timestamptz) returns void
language plpgsql volatile security definer set search_path = pg_catalog, huifang, huifang_private as $$
declare
  start timestamptz := date_trunc('month', at, 'UTC');
  part text := 'call_record_' || to_char(start at time zone 'UTC', 'YYYY_MM');
begin
  if to_regclass('huifang.' || part) is not null then
    return;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('huifang.call_record partitions', 42));
  begin
    execute format('create table huifang.%I partition of huifang.call_record for values from (%L) to (%L)',
      part, start, (start at time zone 'UTC' + interval '1 month') at time zone 'UTC');
    execute format('alter table huifang.%I force row level security', part);
  exception when duplicate_table or unique_violation then
    null;
  end;
end
$$;

revoke all on function huifang_private.ensure_month(timestamptz) from public;

reset role;
