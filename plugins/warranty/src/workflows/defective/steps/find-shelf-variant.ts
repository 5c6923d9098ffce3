import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Row = { id: string; title: string; product_id: string; manage_inventory: boolean; product: { title: string } | null; inventory_items?: { inventory_item_id: string }[] }

/** The variant a faulty shelf unit is of, and the inventory item its stock is kept in. */
export const findShelfVariantStep = createStep("kassa-warranty-find-shelf-variant", async (input: { variant_id: string }, { container }) => {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "title", "product_id", "manage_inventory", "product.title", "inventory_items.inventory_item_id"],
    filters: { id: input.variant_id },
  })
  const v = data[0] as Row | undefined
  if (!v) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product variant ${input.variant_id}`)
  const title = [v.product?.title, v.title].filter(Boolean).join(" ")
  const inventory_item_id = v.manage_inventory ? v.inventory_items?.[0]?.inventory_item_id : undefined
  if (!inventory_item_id) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${title} has no inventory item: its stock is not tracked`)
  return new StepResponse({ variant_id: v.id, product_id: v.product_id, title, inventory_item_id })
})
