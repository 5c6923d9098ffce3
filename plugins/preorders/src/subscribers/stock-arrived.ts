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
  const service = container.resolve<PreordersModuleService>(PREORDERS_MODULE)
  // Most stock moves concern no pre-order (a catalogue import creates thousands of levels): one
  // indexed read of the waiting ones decides before the level is looked up.
  if (!(await service.listPreorders({ status: "awaiting_stock" }, { select: ["id"], take: 1 })).length) return
  const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ id: event.data.id }, { select: ["id", "location_id", "inventory_item_id"] })
  if (!level) return
  const waiting = await service.listPreorders({ stock_location_id: level.location_id, inventory_item_id: level.inventory_item_id, status: "awaiting_stock" }, { select: ["id"], take: 1 })
  if (!waiting.length) return
  await allocateArrivalsWorkflow(container).run({ input: { location_id: level.location_id, inventory_item_ids: [level.inventory_item_id] } })
}

export const config: SubscriberConfig = { event: [InventoryLevelWorkflowEvents.CREATED, InventoryLevelWorkflowEvents.UPDATED] }
