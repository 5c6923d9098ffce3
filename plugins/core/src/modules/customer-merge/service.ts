import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import { CustomerMerge } from "./models"

export const DUPLICATE_KINDS = ["phone", "email", "name"] as const
export type DuplicateKind = (typeof DUPLICATE_KINDS)[number]

/** Customers that look like one person: the same key of one kind, customers oldest first. */
export type DuplicateGroup = { kind: DuplicateKind; key: string; customer_ids: string[] }

/**
 * The keys two records of one person share, in SQL. A phone's key is its last ten digits, so
 * `0917 123 4567`, `+639171234567` and `639171234567` meet even in rows written before phones
 * were stored normalised; e-mails ignore case; names ignore case and extra spaces.
 */
const KEYS = `
  select id, created_at, 'phone' as kind, right(regexp_replace(phone, '\\D', '', 'g'), 10) as key
    from customer where deleted_at is null and length(regexp_replace(coalesce(phone, ''), '\\D', '', 'g')) >= 7
  union all
  select id, created_at, 'email', lower(trim(email))
    from customer where deleted_at is null and coalesce(trim(email), '') <> ''
  union all
  select id, created_at, 'name', lower(regexp_replace(trim(coalesce(first_name, '') || ' ' || coalesce(last_name, '')), '\\s+', ' ', 'g'))
    from customer where deleted_at is null and coalesce(trim(first_name), '') <> ''`

export default class CustomerMergeModuleService extends MedusaService({ CustomerMerge }) {
  /**
   * Groups of likely duplicates among live customers, a page of them (phone groups first, then
   * e-mail, then name; within a kind by key). Reads Medusa's customer table directly: grouping
   * every customer by three keys is one query here, and thousands of requests through the module.
   */
  @InjectManager()
  async duplicateGroups(
    filter: { kind?: DuplicateKind; offset: number; limit: number },
    @MedusaContext() ctx: Context<SqlEntityManager> = {}
  ): Promise<{ groups: DuplicateGroup[]; count: number }> {
    const rows = (await ctx.manager!.execute(
      `with keys as (${KEYS}),
       groups as (
         select kind, key, array_agg(id order by created_at, id) as customer_ids
           from keys where (?::text is null or kind = ?::text)
          group by kind, key having count(*) > 1
       )
       select kind, key, customer_ids, count(*) over () as total
         from groups
        order by array_position(array['phone', 'email', 'name'], kind), key
        limit ? offset ?`,
      [filter.kind ?? null, filter.kind ?? null, filter.limit, filter.offset]
    )) as (DuplicateGroup & { total: string })[]
    return { groups: rows.map(({ total: _, ...g }) => g), count: rows.length ? Number(rows[0].total) : 0 }
  }
}
