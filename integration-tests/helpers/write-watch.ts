import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

/**
 * Kassa's tables, Medusa's order, payment, return, customer and notification tables, stock levels
 * and reservations. The audit tables are left out: refusals are recorded there on purpose; so is
 * the gift card lookup's rate limit, which counts every attempt, a malformed one too.
 */
const WATCHED = `(table_name like 'kassa\\_%' and table_name not like 'kassa\\_audit\\_%' and table_name <> 'kassa_gift_card_lookup_window')
  or table_name = 'variant_cost'
  or table_name ~ '^(order|payment|return|refund|capture|customer|notification)'
  or table_name in ('inventory_level', 'reservation_item')`

/** Columns an UPDATE may change without counting as a write, by table. */
export type Ignored = Record<string, string[]>

/**
 * Logs every row written to the watched tables, from a row-level trigger: it fires inside the
 * writing transaction, so a rolled-back write leaves no entry, and it catches updates, which row
 * counts miss. (A statement-level trigger would also fire for an UPDATE that matched no row.)
 * An update is logged with the columns it changed; one that changed only `ignored` columns is not
 * logged. `take()` empties the log and says what was written since the last call, e.g.
 * "kassa_pos_ticket UPDATE (note, updated_at) ×2".
 */
export async function watchWrites(container: MedusaContainer, ignored: Ignored = {}) {
  const pg = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw(
    `select table_name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and (${WATCHED}) order by table_name`
  )
  const tables = rows.map((r) => String(r.table_name))
  await pg.raw(`
    create table if not exists test_write_log (id bigserial primary key, table_name text not null, op text not null, columns text[]);
    create table if not exists test_write_ignored (table_name text primary key, columns text[] not null);
    truncate test_write_ignored;
    create or replace function test_log_write() returns trigger language plpgsql as $$
      declare changed text[];
      begin
        if TG_OP = 'UPDATE' then
          select coalesce(array_agg(n.key order by n.key), '{}') into changed
            from jsonb_each(to_jsonb(NEW)) n where n.value is distinct from to_jsonb(OLD) -> n.key;
          if changed <@ coalesce((select columns from test_write_ignored where table_name = TG_TABLE_NAME), '{}') then return null; end if;
        end if;
        insert into test_write_log (table_name, op, columns) values (TG_TABLE_NAME, TG_OP, changed);
        return null;
      end $$;
    ${tables
      .map((t) => `drop trigger if exists test_watch on "${t}";
        create trigger test_watch after insert or update or delete on "${t}" for each row execute function test_log_write();`)
      .join("\n")}
    truncate test_write_log;`)
  for (const [table, columns] of Object.entries(ignored)) {
    await pg.raw(`insert into test_write_ignored (table_name, columns) values (?, ?::text[])`, [table, `{${columns.join(",")}}`])
  }

  const take = async () => {
    const written = (await pg.raw(`delete from test_write_log returning table_name, op, columns`)).rows
    const tally = new Map<string, number>()
    for (const w of written) {
      const what = `${w.table_name} ${w.op}${w.columns ? ` (${(w.columns as string[]).join(", ")})` : ""}`
      tally.set(what, (tally.get(what) ?? 0) + 1)
    }
    return [...tally].map(([what, n]) => (n > 1 ? `${what} ×${n}` : what)).sort()
  }
  return { tables, take }
}
