import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { supplierStatus } from "../../../../../modules/stock/supplier-status"

/** A supplier with its status and what it supplies (each variant's title and SKU through the link). */
export async function supplierView(container: MedusaContainer, id: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "stock_supplier",
    fields: ["*", "supplies.*", "supplies.product_variant.id", "supplies.product_variant.title", "supplies.product_variant.sku", "supplies.product_variant.product.title"],
    filters: { id },
  })
  const supplier = data[0] as ({ id: string } & Parameters<typeof supplierStatus>[0]) | undefined
  if (!supplier) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No supplier ${id}`)
  return { ...supplier, status: supplierStatus(supplier) }
}
