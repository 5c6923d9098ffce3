import type { BranchScope } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { linesCte, pgOf, storeCurrency } from "./sales-lines"
import type { SalesPeriod } from "./sales-report"

const DAY = 86_400_000
/** Orders a page reads: a few thousand lines at most, whatever the export's length. */
const PAGE_ORDERS = 500

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
 * The period's sold lines, oldest first, a page of orders at a time (keyset on the order's
 * creation and id: each page's UTC window starts at the cursor and prices only its own orders), so
 * a long export reads each order once and holds one page. Money in integer centavos.
 */
export async function* exportLines(container: MedusaContainer, input: { scope: BranchScope; period: SalesPeriod }): AsyncGenerator<ExportLine[]> {
  const currency = await storeCurrency(container)
  const pg = pgOf(container)
  const end = new Date(Date.parse(`${input.period.to}T00:00:00Z`) + 2 * DAY)
  let after: { at: string; id: string; epoch: number } | null = null
  for (;;) {
    const from = after ? new Date((after.epoch - 1) * 1000) : new Date(Date.parse(`${input.period.from}T00:00:00Z`) - DAY)
    const [cte, binds] = linesCte({ scope: input.scope, currency, from, to: end, page: { days: input.period, after, orders: PAGE_ORDERS } })
    const { rows } = await pg.raw(
      `with ${cte}
       select created_at::text as at, floor(extract(epoch from created_at))::bigint::text as epoch, order_id,
              to_char(local_at, 'YYYY-MM-DD"T"HH24:MI:SS') as local_at,
              coalesce(receipt_number, '#' || display_id) as receipt, coalesce(branch_code, '') as branch,
              title as product, coalesce(variant_title, '') as variant, sold::int as sold, kept::int as kept,
              round(gross * 100)::bigint::text as revenue, round(net * 100)::bigint::text as net_revenue,
              round(discount * 100)::bigint::text as discount, round(cost * 100)::bigint::text as cost
         from line order by created_at, order_id, item_id`,
      binds
    )
    type Raw = Omit<ExportLine, "revenue" | "net_revenue" | "discount" | "cost"> & { at: string; epoch: string; order_id: string; revenue: string; net_revenue: string; discount: string; cost: string | null }
    const page = rows as Raw[]
    if (page.length) {
      yield page.map(({ at: _at, epoch: _epoch, order_id: _order, ...r }) => ({
        ...r,
        revenue: Number(r.revenue),
        net_revenue: Number(r.net_revenue),
        discount: Number(r.discount),
        cost: r.cost === null ? null : Number(r.cost),
      }))
    }
    if (new Set(page.map((r) => r.order_id)).size < PAGE_ORDERS) return
    const last = page[page.length - 1]
    after = { at: last.at, id: last.order_id, epoch: Number(last.epoch) }
  }
}
