import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { InventoryLevelWorkflowEvents, Modules } from "@medusajs/framework/utils"
import { PREORDERS_MODULE } from "../modules/preorders"
import type PreordersModuleService from "../modules/preorders/service"
import { allocateArrivalsWorkflow } from "../workflows"

/**
 * A stock level was created or changed through Medusa (a purchase received, a transfer, a count
 * in the admin): the branch's pre-orders waiting for that item are served.
 */
export default async function stockArrived({ event, container }: SubscriberArgs<{ id: string }>) {
  const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ id: event.data.id }, { select: ["id", "location_id", "inventory_item_id"] })
  if (!level) return
  const waiting = await container
    .resolve<PreordersModuleService>(PREORDERS_MODULE)
    .listPreorders({ stock_location_id: level.location_id, inventory_item_id: level.inventory_item_id, status: "awaiting_stock" }, { select: ["id"], take: 1 })
  if (!waiting.length) return
  await allocateArrivalsWorkflow(container).run({ input: { location_id: level.location_id, inventory_item_ids: [level.inventory_item_id] } })
}

export const config: SubscriberConfig = { event: [InventoryLevelWorkflowEvents.CREATED, InventoryLevelWorkflowEvents.UPDATED] }
