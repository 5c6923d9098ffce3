/**
 * The audit log lives in two tables:
 * - kassa_audit_pending: a queue. Database triggers on every audited table (and the app, for
 *   sign-ins and refusals) append here inside the writing transaction, so a rolled-back change
 *   leaves no entry and a committed one always has its entry.
 * - kassa_audit_entry: the log. kassa_audit_chain() moves committed pending rows here one by one
 *   in a single chain: each entry stores the previous entry's hash and the SHA-256 of its own
 *   canonical content. Triggers refuse UPDATE, DELETE and TRUNCATE on it.
 * Chaining after commit (not inside the writing transaction) keeps checkout free of a global lock.
 */
export const TABLES = `
create table if not exists kassa_audit_pending (
  id bigserial primary key,
  occurred_at timestamptz not null default clock_timestamp(),
  actor_type text not null default 'system',
  actor_id text,
  actor_name text,
  action text not null,
  entity_type text not null,
  entity_id text,
  changes jsonb not null default '{}'::jsonb,
  branch_id text,
  related_ids text[] not null default '{}',
  ip text,
  user_agent text,
  correlation_id text,
  reason text
);

create table if not exists kassa_audit_entry (
  seq bigint primary key,
  occurred_at timestamptz not null,
  recorded_at timestamptz not null,
  actor_type text not null,
  actor_id text,
  actor_name text,
  action text not null,
  entity_type text not null,
  entity_id text,
  changes jsonb not null,
  branch_id text,
  related_ids text[] not null,
  ip text,
  user_agent text,
  correlation_id text,
  prev_hash text not null,
  hash text not null,
  reason text
);

create index if not exists "IDX_kassa_audit_entry_occurred_at" on kassa_audit_entry (occurred_at, seq);
create index if not exists "IDX_kassa_audit_entry_entity" on kassa_audit_entry (entity_type, entity_id, seq);
create index if not exists "IDX_kassa_audit_entry_entity_id" on kassa_audit_entry (entity_id, seq);
create index if not exists "IDX_kassa_audit_entry_actor" on kassa_audit_entry (actor_id, seq);
create index if not exists "IDX_kassa_audit_entry_action" on kassa_audit_entry (action, seq);
create index if not exists "IDX_kassa_audit_entry_branch" on kassa_audit_entry (branch_id, seq);
create index if not exists "IDX_kassa_audit_entry_related" on kassa_audit_entry using gin (related_ids);
`

/** Text search ("who touched 4809…") stays indexed at millions of rows when pg_trgm is there. */
export const TEXT_SEARCH = `
do $$
begin
  create extension if not exists pg_trgm;
  create index if not exists "IDX_kassa_audit_entry_search" on kassa_audit_entry
    using gin ((coalesce(actor_name, '') || ' ' || coalesce(entity_id, '') || ' ' || action || ' ' || entity_type) gin_trgm_ops);
exception when others then
  raise notice 'pg_trgm unavailable (%): audit text search scans instead', sqlerrm;
end $$;
`

export const IMMUTABLE = `
create or replace function kassa_audit_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'The audit log is append-only: % on kassa_audit_entry is refused', tg_op
    using errcode = 'insufficient_privilege';
end $$;

drop trigger if exists kassa_audit_entry_no_update on kassa_audit_entry;
create trigger kassa_audit_entry_no_update before update or delete on kassa_audit_entry
  for each row execute function kassa_audit_refuse_change();
drop trigger if exists kassa_audit_entry_no_truncate on kassa_audit_entry;
create trigger kassa_audit_entry_no_truncate before truncate on kassa_audit_entry
  for each statement execute function kassa_audit_refuse_change();
`

/**
 * The row trigger. Arguments: entity type, the columns that relate the row to another record
 * (order_id, product_id…) and extra columns to leave out. The request's actor, IP, user agent,
 * branch, correlation id and reason come from the session setting kassa.audit, which the app sets on
 * each pooled connection it hands out (see loaders/request-context.ts).
 */
export const CAPTURE = `
create or replace function kassa_audit_capture() returns trigger language plpgsql as $$
declare
  ctx jsonb;
  old_row jsonb;
  new_row jsonb;
  row_data jsonb;
  changes jsonb := '{}'::jsonb;
  act text;
  k text;
  v_old jsonb;
  v_new jsonb;
  secret boolean;
  related text[] := '{}';
  c text;
  skip text[] := coalesce(tg_argv[2], '{}')::text[];
begin
  -- A bulk import (historic sales) records one summary entry per batch instead (see bulk.ts).
  if current_setting('kassa.audit_bulk', true) = 'on' then
    return null;
  end if;
  begin
    ctx := nullif(current_setting('kassa.audit', true), '')::jsonb;
  exception when others then
    ctx := null;
  end;

  if tg_op = 'INSERT' then
    new_row := to_jsonb(new);
    act := 'create';
  elsif tg_op = 'DELETE' then
    old_row := to_jsonb(old);
    act := 'delete';
  else
    old_row := to_jsonb(old);
    new_row := to_jsonb(new);
    act := 'update';
    -- Medusa deletes softly: a deleted_at that appears is a delete, one that goes is a restore.
    if (old_row ->> 'deleted_at') is null and (new_row ->> 'deleted_at') is not null then
      act := 'delete';
    elsif (old_row ->> 'deleted_at') is not null and (new_row ->> 'deleted_at') is null then
      act := 'restore';
    end if;
  end if;
  row_data := coalesce(new_row, old_row);

  for k in select jsonb_object_keys(row_data) loop
    continue when k in ('updated_at', 'created_at', 'deleted_at') or k like 'raw\\_%' or k = any(skip);
    v_old := case when old_row is null then 'null'::jsonb else old_row -> k end;
    v_new := case when new_row is null then 'null'::jsonb else new_row -> k end;
    continue when v_old = v_new;
    secret := k ~ '(hash|password|secret|token)';
    changes := changes || jsonb_build_object(k, jsonb_build_object(
      'before', case when secret and v_old <> 'null'::jsonb then '"[redacted]"'::jsonb else v_old end,
      'after', case when secret and v_new <> 'null'::jsonb then '"[redacted]"'::jsonb else v_new end));
  end loop;

  if act = 'update' and changes = '{}'::jsonb then
    return null;
  end if;

  foreach c in array coalesce(tg_argv[1], '{}')::text[] loop
    if row_data ->> c is not null then
      related := related || (row_data ->> c);
    end if;
  end loop;

  insert into kassa_audit_pending (actor_type, actor_id, action, entity_type, entity_id, changes, branch_id,
                                   related_ids, ip, user_agent, correlation_id, reason)
  values (coalesce(ctx ->> 'actor_type', 'system'), ctx ->> 'actor_id', act, tg_argv[0], row_data ->> 'id', changes,
          coalesce(row_data ->> 'location_id', row_data ->> 'stock_location_id', ctx ->> 'branch_id'),
          related, ctx ->> 'ip', ctx ->> 'user_agent', ctx ->> 'correlation_id', ctx ->> 'reason');
  return null;
end $$;
`

/**
 * The hash of one entry: SHA-256 over the previous hash and the entry's canonical JSON (jsonb's
 * text form is deterministic: keys sorted, whitespace fixed). Verification recomputes it. The
 * reason (added later) is hashed only when there is one, so entries made before it keep their hash.
 */
export const HASH = `
create or replace function kassa_audit_hash(e kassa_audit_entry) returns text language sql stable as $$
  select encode(sha256(convert_to(e.prev_hash || (jsonb_build_object(
    'seq', e.seq,
    'occurred_at', to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    'recorded_at', to_char(e.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    'actor_type', e.actor_type, 'actor_id', e.actor_id, 'actor_name', e.actor_name,
    'action', e.action, 'entity_type', e.entity_type, 'entity_id', e.entity_id,
    'changes', e.changes, 'branch_id', e.branch_id, 'related_ids', to_jsonb(e.related_ids),
    'ip', e.ip, 'user_agent', e.user_agent, 'correlation_id', e.correlation_id
  ) || case when e.reason is null then '{}'::jsonb else jsonb_build_object('reason', e.reason) end)::text, 'UTF8')), 'hex')
$$;
`

/**
 * Moves up to max_rows committed pending rows into the chain, oldest first, with card numbers
 * masked (kassa_mask_card_numbers*, from core's kit). One chainer at a time across all server
 * instances (advisory lock); returns how many it chained, or -1 when another instance holds the chain.
 */
export const CHAIN = `
create or replace function kassa_audit_chain(max_rows integer default 5000) returns integer language plpgsql as $$
declare
  last_seq bigint;
  last_hash text;
  p kassa_audit_pending;
  e kassa_audit_entry;
  n integer := 0;
  batch bigint[];
begin
  if not pg_try_advisory_xact_lock(hashtext('kassa_audit_chain')) then
    return -1;
  end if;

  select coalesce(array_agg(id), '{}') into batch from (select id from kassa_audit_pending order by id limit max_rows) b;
  if cardinality(batch) = 0 then
    return 0;
  end if;

  -- Names for the log's readers, resolved once here rather than on every request.
  if to_regclass('public.user') is not null then
    update kassa_audit_pending pa set actor_name = coalesce(nullif(trim(coalesce(u.first_name, '') || ' ' || coalesce(u.last_name, '')), ''), u.email)
      from public."user" u where pa.id = any(batch) and pa.actor_name is null and pa.actor_type = 'user' and u.id = pa.actor_id;
  end if;
  if to_regclass('public.api_key') is not null then
    update kassa_audit_pending pa set actor_name = k.title
      from public.api_key k where pa.id = any(batch) and pa.actor_name is null and pa.actor_type = 'api-key' and k.id = pa.actor_id;
  end if;

  select seq, hash into last_seq, last_hash from kassa_audit_entry order by seq desc limit 1;
  last_seq := coalesce(last_seq, 0);
  last_hash := coalesce(last_hash, repeat('0', 64));

  for p in select * from kassa_audit_pending where id = any(batch) order by id loop
    e.seq := last_seq + 1;
    e.occurred_at := p.occurred_at;
    e.recorded_at := date_trunc('milliseconds', clock_timestamp());
    e.actor_type := p.actor_type;
    e.actor_id := p.actor_id;
    e.actor_name := coalesce(p.actor_name, case when p.actor_type = 'system' then 'system' end);
    e.action := p.action;
    e.entity_type := p.entity_type;
    e.entity_id := p.entity_id;
    -- Last line of defence: a card number that got past the validators is masked before it is hashed.
    e.changes := kassa_mask_card_numbers_jsonb(p.changes);
    e.branch_id := p.branch_id;
    e.related_ids := p.related_ids;
    e.ip := p.ip;
    e.user_agent := kassa_mask_card_numbers(p.user_agent);
    e.correlation_id := p.correlation_id;
    e.reason := kassa_mask_card_numbers(p.reason);
    e.prev_hash := last_hash;
    e.hash := kassa_audit_hash(e);
    insert into kassa_audit_entry values (e.*);
    last_seq := e.seq;
    last_hash := e.hash;
    n := n + 1;
  end loop;
  delete from kassa_audit_pending where id = any(batch);
  return n;
end $$;
`

/**
 * The first entry whose stored hash is not the hash of its content, or whose prev_hash is not
 * the previous entry's hash, or whose seq skips one (a removed row).
 */
export const VERIFY = `
create or replace function kassa_audit_verify() returns table (seq bigint, problem text) language sql stable as $$
  with walk as (
    select e.seq, e.hash, e.prev_hash, kassa_audit_hash(e) as recomputed,
           lag(e.hash) over (order by e.seq) as previous_hash,
           coalesce(lag(e.seq) over (order by e.seq), 0) as previous_seq
      from kassa_audit_entry e
  ), bad as (
    select w.seq,
           case
             when w.recomputed <> w.hash then 'its content does not match its hash'
             when w.seq <> w.previous_seq + 1 then 'entries before it are missing'
             when w.prev_hash <> coalesce(w.previous_hash, repeat('0', 64)) then 'its prev_hash is not the previous entry''s hash'
           end as problem
      from walk w
  )
  select b.seq, b.problem from bad b where b.problem is not null order by b.seq limit 1
$$;
`
