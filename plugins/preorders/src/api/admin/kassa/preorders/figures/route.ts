import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { centavosDecimal, toCentavos, visibleBranches } from "@kassa/core/kit"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { FiguresType } from "../validators"

/**
 * The dashboard's figures over open pre-orders and layaways at the caller's branches (or the one
 * asked for): deposits and payments held and balances still due per currency, and the units
 * waiting for stock per variant (most first).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, FiguresType>, res: MedusaResponse) => {
  const scope = await visibleBranches(req, req.validatedQuery.location_id)
  const knex = req.scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const where = scope.all ? "" : "and p.stock_location_id = any(?)"
  const args = scope.all ? [] : [scope.ids]
  const { rows: money } = (await knex.raw(
    `select p.currency_code, count(*)::int as open, sum(p.total)::text as total,
            coalesce(sum((select sum(x.amount) from kassa_preorder_payment x where x.preorder_id = p.id and x.deleted_at is null)), 0)::text as held
       from kassa_preorder p where p.status in ('awaiting_stock', 'ready') and p.deleted_at is null ${where}
      group by p.currency_code order by p.currency_code`,
    args
  )) as { rows: { currency_code: string; open: number; total: string; held: string }[] }
  const { rows: waiting } = (await knex.raw(
    `select p.variant_id, min(p.title) as title, sum(p.quantity)::int as units, count(*)::int as preorders, min(p.expected_at) as first_expected_at
       from kassa_preorder p where p.status = 'awaiting_stock' and p.deleted_at is null ${where}
      group by p.variant_id order by units desc, title limit 20`,
    args
  )) as { rows: { variant_id: string; title: string; units: number; preorders: number; first_expected_at: Date | null }[] }
  res.json({
    currencies: money.map((m) => ({
      currency_code: m.currency_code,
      open: m.open,
      deposits_held: centavosDecimal(toCentavos(m.held)),
      balances_due: centavosDecimal(toCentavos(m.total) - toCentavos(m.held)),
    })),
    waiting_per_variant: waiting,
  })
}
