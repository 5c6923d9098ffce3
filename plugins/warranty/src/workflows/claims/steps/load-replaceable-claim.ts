import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import { STATUS_LABELS, type ClaimStatus } from "../../../modules/warranty/lifecycle"
import type WarrantyModuleService from "../../../modules/warranty/service"

export type ReplaceUnitInput = {
  claim_id: string
  new_serial: string
  variant_id?: string
  reason?: string
  actor_id: string
  /** The replacement's run in the work journal (see recover-replacement.ts). */
  journal_id?: string
}

/** A replacement claim being worked on, not yet replaced, and a new serial never sold before. */
export const loadReplaceableClaimStep = createStep("kassa-warranty-load-replaceable-claim", async (input: ReplaceUnitInput, { container }) => {
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  const [claim] = await warranty.listWarrantyClaims({ id: input.claim_id }, { relations: ["replacement"] })
  if (!claim) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No warranty claim ${input.claim_id}`)
  if (claim.type !== "replacement") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a replacement claim replaces the unit; this one is a repair")
  if (claim.replacement) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The unit was already replaced by S/N ${claim.replacement.new_serial}`)
  if (claim.status !== "in_progress") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `The unit is replaced while the claim is In progress; it is ${STATUS_LABELS[claim.status as ClaimStatus]}`)
  }
  if (input.new_serial === claim.serial_number) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The new unit's serial number is the faulty unit's")
  const [sold] = await warranty.listSoldSerials({ serial_number: input.new_serial }, { select: ["order_id"] })
  if (sold) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Serial number ${input.new_serial} was already sold (order ${sold.order_id})`)

  const variantId = input.variant_id ?? claim.variant_id
  if (!variantId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "The sold product no longer exists: give the new unit's variant_id")
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: variants }, { data: locations }] = await Promise.all([
    query.graph({ entity: "product_variant", fields: ["id", "title", "product_id", "product.title"], filters: { id: variantId } }),
    query.graph({ entity: "stock_location", fields: ["name"], filters: { id: claim.stock_location_id } }),
  ])
  const variant = variants[0] as { id: string; title: string; product_id: string; product: { title: string } } | undefined
  if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product variant ${variantId}`)
  return new StepResponse({
    claim: { id: claim.id, serial_number: claim.serial_number, issue: claim.issue, stock_location_id: claim.stock_location_id, order_id: claim.order_id, line_item_id: claim.line_item_id, product_id: claim.product_id, variant_id: claim.variant_id },
    variant: { id: variant.id, product_id: variant.product_id, title: `${variant.product.title} ${variant.title}` },
    branch_name: (locations[0] as { name: string } | undefined)?.name ?? claim.stock_location_id,
  })
})
