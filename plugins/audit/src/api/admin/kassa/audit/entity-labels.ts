import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { MEDUSA_TABLES, OFF } from "../../../../modules/audit/watch-list"

const PERSON = (t: string) => `nullif(trim(concat_ws(' ', ${t}.first_name, ${t}.last_name)), '')`

/** How a row is named where its table has no plain name column (t is the row). */
const NAMED_BY: Record<string, string> = {
  user: `coalesce(${PERSON("t")}, t.email)`,
  customer: `coalesce(${PERSON("t")}, t.company_name, t.email, t.phone)`,
  order: `coalesce(t.custom_display_id, '#' || t.display_id)`,
  product_variant: `concat_ws(' · ', t.title, t.sku)`,
  kassa_staff_member: `(select coalesce(${PERSON("u")}, u.email) from "user" u where u.id = t.user_id)`,
}
/** Otherwise the first of these columns the table has. */
const NAME_COLUMNS = ["name", "title", "receipt_number", "code", "number", "email", "sku", "handle"]

const TABLE_OF = new Map(MEDUSA_TABLES.map((w) => [w.entity, w.table]))
// Sign-ins and sign-outs name the user.
TABLE_OF.set("auth", "user")

const columnsOf = new Map<string, Promise<string[]>>()
/** A table's columns, but those left out of the log (a gift card's code): they never name a row either. */
function columns(pg: Knex, table: string) {
  if (!columnsOf.has(table)) {
    const read = pg
      .raw(
        `select a.attname as name from pg_attribute a
          where a.attrelid = to_regclass(quote_ident(?)) and a.attnum > 0 and not a.attisdropped
            and coalesce(col_description(a.attrelid, a.attnum), '') not like ?`,
        [table, `%${OFF}%`]
      )
      .then((r: { rows: { name: string }[] }) => r.rows.map((c) => c.name))
    columnsOf.set(table, read)
  }
  return columnsOf.get(table)!
}

async function nameExpression(pg: Knex, table: string): Promise<string | null> {
  if (NAMED_BY[table]) return NAMED_BY[table]
  const have = await columns(pg, table)
  const column = NAME_COLUMNS.find((c) => have.includes(c))
  return column ? `t.${column}` : null
}

/**
 * Each entry's record by the name people know it by (a staff member's name, an order's receipt
 * number, a product's title) instead of its id, read now: a deleted record keeps its id only.
 * One query per kind of record on the page.
 */
export async function withEntityLabels<E extends { entity_type: string; entity_id: string | null }>(scope: MedusaContainer, entries: E[]) {
  const pg: Knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const idsByType = new Map<string, Set<string>>()
  for (const e of entries) if (e.entity_id) idsByType.set(e.entity_type, (idsByType.get(e.entity_type) ?? new Set()).add(e.entity_id))
  const labels = new Map<string, string>()
  for (const [type, ids] of idsByType) {
    const table = TABLE_OF.get(type) ?? `kassa_${type}`
    if (!(await columns(pg, table)).includes("id")) continue
    const name = await nameExpression(pg, table)
    if (!name) continue
    const rows: { id: string; label: string | null }[] = await pg(`${table} as t`).select("t.id", pg.raw(`${name} as label`)).whereIn("t.id", [...ids])
    for (const r of rows) if (r.label) labels.set(`${type}:${r.id}`, r.label)
  }
  return entries.map((e) => ({ ...e, entity_label: e.entity_id ? labels.get(`${e.entity_type}:${e.entity_id}`) ?? null : null }))
}
