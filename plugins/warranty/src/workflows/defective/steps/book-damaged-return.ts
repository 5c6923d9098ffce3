import { POS_MODULE, type PosModuleService } from "@kassa/pos/kit"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type WarrantyModuleService from "../../../modules/warranty/service"
import type { ReturnUnitInput } from "../../../modules/warranty/service"

type ReturnLine = { item_id: string; quantity: number; condition: string }
type CounterReturn = { id: string; order_id: string; stock_location_id: string; reason: string; created_by: string | null; lines: ReturnLine[] | null }
type OrderItem = { id: string; product_id: string | null; variant_id: string | null; metadata: { serial_numbers?: string[] } | null }

/**
 * One defective unit per damaged unit of a counter return (quantity 2 → two units). Medusa's
 * return already dismissed them (received, not restocked), so they are `not_stocked`. A unit's
 * serial is known only when the whole serialised line came back damaged in this return (its
 * serials then pair one to one with the units); otherwise which serial came back is not recorded
 * by the counter, and it stays empty. Units booked by an earlier delivery of the event are kept.
 */
export const bookDamagedReturnStep = createStep(
  "kassa-warranty-book-damaged-return",
  async (input: { return_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    // Through the POS module's service (its kit): query.graph cannot read counter returns, as the
    // service registers the model as `CounterReturn` while its joiner alias is `pos_counter_return`
    // (query calls listPosCounterReturns, which does not exist).
    const pos = container.resolve<PosModuleService>(POS_MODULE)
    const [record] = (await pos.listCounterReturns(
      { id: input.return_id },
      { select: ["id", "order_id", "stock_location_id", "reason", "created_by", "lines"] }
    )) as unknown as (CounterReturn | undefined)[]
    const damaged = (record?.lines ?? []).filter((l) => l.condition === "damaged" && l.quantity > 0)
    if (!record || !damaged.length) return new StepResponse([] as string[], [] as string[])

    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "items.id", "items.product_id", "items.variant_id", "items.metadata"],
      filters: { id: record.order_id },
    })
    const items = new Map(((orders[0] as { items?: OrderItem[] } | undefined)?.items ?? []).map((i) => [i.id, i]))
    const variantIds = [...new Set(damaged.flatMap((l) => items.get(l.item_id)?.variant_id ?? []))]
    const { data: variants } = variantIds.length
      ? await query.graph({ entity: "product_variant", fields: ["id", "inventory_items.inventory_item_id"], filters: { id: variantIds } })
      : { data: [] }
    const itemOf = new Map((variants as { id: string; inventory_items?: { inventory_item_id: string }[] }[]).map((v) => [v.id, v.inventory_items?.[0]?.inventory_item_id ?? null]))

    const units: ReturnUnitInput[] = damaged.flatMap((line) => {
      const item = items.get(line.item_id)
      const serials = item?.metadata?.serial_numbers ?? []
      return Array.from({ length: line.quantity }, (_, unit_index) => ({
        return_id: record.id,
        return_line_id: line.item_id,
        unit_index,
        product_id: item?.product_id ?? null,
        variant_id: item?.variant_id ?? null,
        inventory_item_id: item?.variant_id ? itemOf.get(item.variant_id) ?? null : null,
        stock_location_id: record.stock_location_id,
        serial_number: serials.length === line.quantity ? serials[unit_index] : null,
        reason: record.reason,
        created_by: record.created_by,
      }))
    })
    const created = await container.resolve<WarrantyModuleService>(WARRANTY_MODULE).recordReturnUnits(record.id, units)
    const ids = created.map((u) => u.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<WarrantyModuleService>(WARRANTY_MODULE).deleteDefectiveUnits(ids)
  }
)
