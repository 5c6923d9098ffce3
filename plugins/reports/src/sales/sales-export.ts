import type { BranchScope } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { linesCte, pgOf, storeCurrency } from "./sales-lines"
import type { SalesPeriod } from "./sales-report"

const DAY = 86_400_000
const PAGE = 1000

export type ExportLine = {
  local_at: string
  receipt: string
  branch: string
  product: string
  variant: string
  sold: number
  kept: number
  revenue: number
  net_revenue: number
  discount: number
  cost: number | null
}

/**
 * The period's sold lines, oldest first, a page at a time (keyset on the order's creation and the
 * item: each page's UTC window starts at the cursor, so a long export reads each row once and
 * holds one page). Money in integer centavos.
 */
export async function* exportLines(container: MedusaContainer, input: { scope: BranchScope; period: SalesPeriod }): AsyncGenerator<ExportLine[]> {
  const currency = await storeCurrency(container)
  const pg = pgOf(container)
  const end = new Date(Date.parse(`${input.period.to}T00:00:00Z`) + 2 * DAY)
  let cursor: { at: string; epoch: number; item: string } | null = null
  for (;;) {
    const from = cursor ? new Date((cursor.epoch - 1) * 1000) : new Date(Date.parse(`${input.period.from}T00:00:00Z`) - DAY)
    const [cte, binds] = linesCte({ scope: input.scope, currency, from, to: end })
    const { rows } = await pg.raw(
      `with ${cte}
       select created_at::text as at, floor(extract(epoch from created_at))::bigint::text as epoch, item_id, to_char(local_at, 'YYYY-MM-DD"T"HH24:MI:SS') as local_at,
              coalesce(receipt_number, '#' || display_id) as receipt, coalesce(branch_code, '') as branch,
              title as product, coalesce(variant_title, '') as variant, sold::int as sold, kept::int as kept,
              round(gross * 100)::bigint::text as revenue, round(net * 100)::bigint::text as net_revenue,
              round(discount * 100)::bigint::text as discount, round(cost * 100)::bigint::text as cost
         from line
        where day between ?::date and ?::date ${cursor ? "and (created_at, item_id) > (?::timestamptz, ?)" : ""}
        order by created_at, item_id limit ${PAGE}`,
      [...binds, input.period.from, input.period.to, ...(cursor ? [cursor.at, cursor.item] : [])]
    )
    type Raw = Omit<ExportLine, "revenue" | "net_revenue" | "discount" | "cost"> & { at: string; epoch: string; item_id: string; revenue: string; net_revenue: string; discount: string; cost: string | null }
    const page = rows as Raw[]
    if (page.length) {
      yield page.map(({ at: _at, epoch: _epoch, item_id: _item, ...r }) => ({
        ...r,
        revenue: Number(r.revenue),
        net_revenue: Number(r.net_revenue),
        discount: Number(r.discount),
        cost: r.cost === null ? null : Number(r.cost),
      }))
    }
    if (page.length < PAGE) return
    const last = page[page.length - 1]
    cursor = { at: last.at, epoch: Number(last.epoch), item: last.item_id }
  }
}
