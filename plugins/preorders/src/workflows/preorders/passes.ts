import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PREORDERS_MODULE } from "../../modules/preorders"
import type PreordersModuleService from "../../modules/preorders/service"
import { allocateArrivalsWorkflow, cancelPreorderWorkflow } from "./workflows"
import { tellCustomers } from "./notify"

const SYSTEM = "system"

/**
 * Every branch and item with pre-orders waiting and units available: allocated. The arrival
 * subscriber does this at once for Medusa's stock writes; this pass catches stock that rose
 * without an event (a return put back by the counter, a void).
 */
export async function allocateWaiting(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = (await knex.raw(
    `select distinct p.stock_location_id, p.inventory_item_id
       from kassa_preorder p
       join inventory_level l on l.location_id = p.stock_location_id and l.inventory_item_id = p.inventory_item_id and l.deleted_at is null
      where p.status = 'awaiting_stock' and p.deleted_at is null and l.stocked_quantity - l.reserved_quantity > 0`
  )) as { rows: { stock_location_id: string; inventory_item_id: string }[] }
  let allocated = 0
  for (const r of rows) {
    const { result } = await allocateArrivalsWorkflow(container).run({ input: { location_id: r.stock_location_id, inventory_item_ids: [r.inventory_item_id] } })
    allocated += result.length
  }
  return allocated
}

/** Layaways past their last day: units back on the shelf, payments refunded per the branch's fee rule. */
export async function expireLayaways(container: MedusaContainer, now = new Date()) {
  const service = container.resolve<PreordersModuleService>(PREORDERS_MODULE)
  const lapsed = await service.listPreorders({ kind: "layaway", status: ["awaiting_stock", "ready"], expires_at: { $lt: now } }, { select: ["id", "stock_location_id"] })
  for (const p of lapsed) {
    await cancelPreorderWorkflow(container).run({
      input: { id: p.id, location_id: p.stock_location_id, reason: "Layaway term ended", closed_by: SYSTEM, status: "expired" },
    })
  }
  return lapsed.length
}

/** Customers whose goods have waited the branch's reminder interval since they were last told: told again. */
export async function remindReady(container: MedusaContainer, now = new Date()) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = (await knex.raw(
    `select p.id from kassa_preorder p
       join kassa_preorder_settings s on s.stock_location_id = p.stock_location_id and s.deleted_at is null
      where p.status = 'ready' and p.deleted_at is null and s.reminder_days > 0
        and coalesce(p.notified_at, p.allocated_at) <= ?::timestamptz - make_interval(days => s.reminder_days)`,
    [now.toISOString()]
  )) as { rows: { id: string }[] }
  return tellCustomers(container, rows.map((r) => r.id), true, now)
}
