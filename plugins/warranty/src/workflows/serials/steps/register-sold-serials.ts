import { branchAt } from "@kassa/core/kit"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type WarrantyModuleService from "../../../modules/warranty/service"

type Item = { id: string; product_id: string | null; variant_id: string | null; metadata: { serial_numbers?: string[] } | null }

/** Indexes the serials on an order's lines; lines already indexed are left as they are. */
export const registerSoldSerialsStep = createStep(
  "kassa-warranty-register-sold-serials",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "sales_channel_id", "items.id", "items.product_id", "items.variant_id", "items.metadata"],
      filters: { id: input.order_id },
    })
    const order = data[0] as { id: string; sales_channel_id: string | null; items: Item[] } | undefined
    const items = (order?.items ?? []).filter((i) => i.metadata?.serial_numbers?.length)
    if (!order || !items.length) return new StepResponse([] as string[], [] as string[])
    const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
    const known = new Set((await warranty.listSoldSerials({ order_id: order.id }, { select: ["serial_number", "line_item_id"] })).map((s) => `${s.line_item_id}|${s.serial_number}`))
    const branch = order.sales_channel_id ? await branchAt(container, { sales_channel_id: order.sales_channel_id }) : null
    const rows = items.flatMap((i) =>
      (i.metadata!.serial_numbers ?? [])
        .filter((serial) => !known.has(`${i.id}|${serial}`))
        .map((serial_number) => ({
          serial_number,
          order_id: order.id,
          line_item_id: i.id,
          product_id: i.product_id,
          variant_id: i.variant_id,
          stock_location_id: branch?.stock_location_id ?? null,
        }))
    )
    const created = rows.length ? await warranty.createSoldSerials(rows) : []
    const ids = created.map((s) => s.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<WarrantyModuleService>(WARRANTY_MODULE).deleteSoldSerials(ids)
  }
)
