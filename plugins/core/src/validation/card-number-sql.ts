/**
 * The card-number detector of card-number.ts in PostgreSQL, for what is masked inside the database
 * (the audit log's entries, before they are hashed into the chain). Same rule, same masking:
 * kassa_mask_card_numbers(text) and kassa_mask_card_numbers_jsonb(jsonb) (strings, numbers and keys).
 */
export const CARD_NUMBER_SQL = `
create or replace function kassa_passes_luhn(digits text) returns boolean language plpgsql immutable strict as $$
declare
  s integer := 0;
  d integer;
  n integer := length(digits);
begin
  for i in 0 .. n - 1 loop
    d := ascii(substr(digits, n - i, 1)) - 48;
    if i % 2 = 1 then
      d := d * 2;
      if d > 9 then d := d - 9; end if;
    end if;
    s := s + d;
  end loop;
  return s % 10 = 0;
end $$;

create or replace function kassa_is_card_number(digits text) returns boolean language sql immutable strict as $$
  select ((length(digits) between 16 and 19 and digits ~ '^[2-6]')
       or (length(digits) = 15 and digits ~ '^3[47]')
       or (length(digits) = 14 and digits ~ '^3[0689]'))
     and kassa_passes_luhn(digits)
$$;

create or replace function kassa_mask_card_numbers(t text) returns text language plpgsql immutable strict as $$
declare
  src text := t;
  run text;
  masked_run text;
  g text[];
  sep text[];
  n integer;
  i integer;
  j integer;
  k integer;
  pos integer;
  digits text;
  masked_digits text;
  changed boolean := false;
begin
  -- Most text has no 14 digits in a row (separators allowed): nothing to look at.
  if src !~ '[0-9]([ .-]{0,3}[0-9]){13}' and src !~ '[^\\x01-\\x7f]' then
    return t;
  end if;
  if src ~ '[^\\x01-\\x7f]' then
    begin
      src := normalize(src, NFKC);
    exception when others then
      null; -- a database not in UTF8: compare the digits as written
    end;
  end if;
  for run in select m[1] from regexp_matches(src, '([0-9]+(?:[ .-]{1,3}[0-9]+)*)', 'g') as m order by length(m[1]) desc loop
    select array_agg(p[1] order by o), array_agg(p[2] order by o) into g, sep
      from regexp_matches(run, '([0-9]+)([ .-]*)', 'g') with ordinality as x(p, o);
    n := coalesce(array_length(g, 1), 0);
    i := 1;
    while i <= n loop
      digits := '';
      j := i;
      while j <= n and length(digits) + length(g[j]) <= 19 loop
        digits := digits || g[j];
        if kassa_is_card_number(digits) then
          masked_digits := repeat('*', length(digits) - 4) || right(digits, 4);
          pos := 1;
          for k in i .. j loop
            g[k] := substr(masked_digits, pos, length(g[k]));
            pos := pos + length(g[k]);
          end loop;
          changed := true;
          i := j;
          exit;
        end if;
        j := j + 1;
      end loop;
      i := i + 1;
    end loop;
    masked_run := '';
    for k in 1 .. n loop
      masked_run := masked_run || g[k] || sep[k];
    end loop;
    if masked_run <> run then
      src := replace(src, run, masked_run);
    end if;
  end loop;
  return case when changed then src else t end;
end $$;

create or replace function kassa_mask_card_numbers_jsonb(j jsonb) returns jsonb language plpgsql immutable strict as $$
declare
  masked text;
begin
  if j::text !~ '[0-9]([ .-]{0,3}[0-9]){13}' and j::text !~ '[^\\x01-\\x7f]' then
    return j;
  end if;
  case jsonb_typeof(j)
    when 'object' then
      return coalesce((select jsonb_object_agg(kassa_mask_card_numbers(key), kassa_mask_card_numbers_jsonb(value)) from jsonb_each(j)), '{}'::jsonb);
    when 'array' then
      return coalesce((select jsonb_agg(kassa_mask_card_numbers_jsonb(value) order by o) from jsonb_array_elements(j) with ordinality as a(value, o)), '[]'::jsonb);
    when 'string' then
      return to_jsonb(kassa_mask_card_numbers(j #>> '{}'));
    when 'number' then
      masked := kassa_mask_card_numbers(j::text);
      return case when masked = j::text then j else to_jsonb(masked) end;
    else
      return j;
  end case;
end $$;
`
