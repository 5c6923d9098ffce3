import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { centavosDecimal, toCentavos } from "@kassa/core/kit"
import type { BranchScope } from "@kassa/core/kit"
import type { ListPreordersType } from "./validators"

/** A pre-order as the API shows it: money as two-decimal strings, with what is paid and owed. */
export type PreorderView = {
  id: string
  number: string
  kind: string
  status: string
  stock_location_id: string
  customer_id: string
  variant_id: string
  title: string
  quantity: number
  currency_code: string
  unit_price: string
  total: string
  paid: string
  balance: string
  expected_at: Date | null
  expires_at: Date | null
  reservation_id: string | null
  allocated_at: Date | null
  notified_at: Date | null
  closed_at: Date | null
  close_reason: string | null
  serial_numbers: string[] | null
  note: string | null
  /** `{ address, fee, fulfillment_id }` when the goods are delivered. */
  delivery: { address: Record<string, unknown>; fee: string; fulfillment_id: string | null } | null
  created_by: string
  created_at: Date
  payments: { id: string; type: string; tender: string; amount: string; stock_location_id: string; receipt_number: string; created_by: string; created_at: Date }[]
}

type Row = Omit<PreorderView, "unit_price" | "total" | "paid" | "balance" | "payments"> & { unit_price: string; total: string; paid: string; payments: PreorderView["payments"] | null }

/**
 * Pre-orders with their payments and figures in one query over the plugin's own tables (Medusa's
 * query.graph does not read modules whose tables start with kassa_), filtered and paged; the
 * product filter goes through Medusa's variant table.
 */
export async function listPreorders(container: MedusaContainer, q: Partial<ListPreordersType> & { ids?: string[] }, scope: BranchScope, page = { offset: 0, limit: 50 }) {
  const where: string[] = ["p.deleted_at is null"]
  const args: Knex.RawBinding[] = []
  const add = (sql: string, ...values: Knex.RawBinding[]) => {
    where.push(sql)
    args.push(...values)
  }
  if (!scope.all) add("p.stock_location_id = any(?)", scope.ids)
  if (q.ids) add("p.id = any(?)", q.ids)
  if (q.status === "open") add("p.status in ('awaiting_stock', 'ready')")
  else if (q.status) add("p.status = ?", q.status)
  if (q.kind) add("p.kind = ?", q.kind)
  if (q.variant_id) add("p.variant_id = ?", q.variant_id)
  if (q.product_id) add("p.variant_id in (select id from product_variant where product_id = ? and deleted_at is null)", q.product_id)
  if (q.customer_id) add("p.customer_id = ?", q.customer_id)
  if (q.number) add("p.number ilike ?", `${q.number.replace(/[%_]/g, "")}%`)
  if (q.overdue) add("p.status = 'awaiting_stock' and p.expected_at < now()")
  if (q.expected_before) add("p.expected_at < ?::date", q.expected_before)
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = (await knex.raw(
    `select p.id, p.number, p.kind, p.status, p.stock_location_id, p.customer_id, p.variant_id, p.title, p.quantity, p.currency_code,
            p.unit_price::text as unit_price, p.total::text as total, p.expected_at, p.expires_at, p.reservation_id, p.allocated_at,
            p.notified_at, p.closed_at, p.close_reason, p.serial_numbers, p.note, p.delivery, p.created_by, p.created_at,
            coalesce((select sum(amount) from kassa_preorder_payment x where x.preorder_id = p.id and x.deleted_at is null), 0)::text as paid,
            (select json_agg(json_build_object('id', x.id, 'type', x.type, 'tender', x.tender, 'amount', x.amount::text, 'stock_location_id', x.stock_location_id,
                    'receipt_number', x.receipt_number, 'created_by', x.created_by, 'created_at', x.created_at) order by x.created_at, x.receipt_number)
               from kassa_preorder_payment x where x.preorder_id = p.id and x.deleted_at is null) as payments,
            count(*) over () as full_count
       from kassa_preorder p where ${where.join(" and ")}
      order by p.created_at, p.number offset ? limit ?`,
    [...args, page.offset, page.limit]
  )) as { rows: (Row & { full_count: string })[] }
  const count = rows.length ? Number(rows[0].full_count) : 0
  const preorders: PreorderView[] = rows.map(({ full_count: _c, ...r }) => {
    const total = toCentavos(r.total)
    const paid = toCentavos(r.paid)
    return {
      ...r,
      unit_price: centavosDecimal(toCentavos(r.unit_price)),
      total: centavosDecimal(total),
      paid: centavosDecimal(paid),
      balance: centavosDecimal(total - paid),
      payments: (r.payments ?? []).map((x) => ({ ...x, amount: centavosDecimal(toCentavos(x.amount)) })),
    }
  })
  return { preorders, count }
}

export async function preorderOr404(container: MedusaContainer, id: string, scope: BranchScope = { all: true }) {
  const { preorders } = await listPreorders(container, { ids: [id] }, scope, { offset: 0, limit: 1 })
  if (!preorders[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No pre-order ${id}`)
  return preorders[0]
}
