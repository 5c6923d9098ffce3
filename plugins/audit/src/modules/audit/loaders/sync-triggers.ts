import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MEDUSA_TABLES, NEVER, OFF, ON, Watched } from "../watch-list"

type TableRow = { table: string; comment: string | null; columns: { name: string; comment: string | null }[] | null; trigger_args: string | null }

const sqlArray = (values: string[]) => `{${values.map((v) => `"${v}"`).join(",")}}`
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`

/** What to watch: Medusa's listed tables, every kassa_* table, and tables opted in by comment. */
export function desiredWatches(tables: TableRow[]): Watched[] {
  const medusa = new Map(MEDUSA_TABLES.map((w) => [w.table, w]))
  const watches: Watched[] = []
  for (const t of tables) {
    if (NEVER.has(t.table) || t.comment?.includes(OFF)) continue
    const columns = t.columns ?? []
    const off = columns.filter((c) => c.comment?.includes(OFF)).map((c) => c.name)
    const listed = medusa.get(t.table)
    if (listed) {
      watches.push({ ...listed, skip: [...(listed.skip ?? []), ...off] })
    } else if (t.table.startsWith("kassa_") || t.comment?.includes(ON)) {
      const related = columns.map((c) => c.name).filter((n) => n.endsWith("_id"))
      watches.push({ table: t.table, entity: t.table.replace(/^kassa_/, ""), related, skip: off })
    }
  }
  return watches
}

const argsOf = (w: Watched) => [w.entity, sqlArray(w.related ?? []), sqlArray(w.skip ?? [])]

/**
 * Puts the capture trigger on every watched table (and refreshes it when its arguments
 * changed; off again when a table is opted out), idempotently and under an advisory lock so instances booting together agree.
 * Runs at boot: tables added by later migrations are picked up by the next start.
 */
export async function syncCaptureTriggers(knex: Knex): Promise<{ watched: number; changed: number }> {
  return knex.transaction(async (trx) => {
    const { rows: ready } = await trx.raw(`select to_regproc('kassa_audit_capture') is not null as ok`)
    if (!ready[0].ok) return { watched: 0, changed: 0 }
    await trx.raw(`select pg_advisory_xact_lock(hashtext('kassa_audit_sync'))`)
    const { rows } = await trx.raw<{ rows: TableRow[] }>(`
      select c.relname as table, obj_description(c.oid, 'pg_class') as comment,
             (select json_agg(json_build_object('name', a.attname, 'comment', col_description(c.oid, a.attnum)) order by a.attnum)
                from pg_attribute a where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped) as columns,
             (select encode(t.tgargs, 'escape') from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'kassa_audit_capture') as trigger_args
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = current_schema() and c.relkind in ('r', 'p')`)
    const byTable = new Map(rows.map((r) => [r.table, r]))
    const watches = desiredWatches(rows)
    const wanted = new Set(watches.map((w) => w.table))
    let changed = 0
    for (const r of rows) {
      if (r.trigger_args === null || wanted.has(r.table)) continue
      await trx.raw(`drop trigger kassa_audit_capture on "${r.table}"`)
      changed++
    }
    for (const w of watches) {
      const args = argsOf(w)
      // pg_trigger keeps the arguments NUL-separated; escape encoding shows NUL as \000.
      const current = byTable.get(w.table)?.trigger_args
      if (current === args.map((a) => `${a}\\000`).join("")) continue
      await trx.raw(
        `create or replace trigger kassa_audit_capture after insert or update or delete on "${w.table}"
           for each row execute function kassa_audit_capture(${args.map(quote).join(", ")})`
      )
      changed++
    }
    return { watched: watches.length, changed }
  })
}
