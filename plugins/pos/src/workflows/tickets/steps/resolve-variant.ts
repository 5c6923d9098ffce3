import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { describeVariants, describeVariantsByCode, refuseNotForSale } from "../../../scan/find-variants"
import { branchPricing } from "../../../scan/pricing-context"
import type { LineInput } from "./ticket-lines"

/**
 * What a scan puts on the ticket: the variant (by id, or by its barcode/EAN/UPC/SKU), its price
 * at the branch, whether its product is serialized (product metadata `kassa_serialized`), and a
 * refusal when its product is not for sale (archived, draft) or the branch has fewer units than
 * the ticket would then hold.
 */
export const resolveVariantStep = createStep(
  "kassa-pos-resolve-variant",
  async (input: { ticket_id: string; variant_id?: string; code?: string; quantity: number }, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const ticketRead = pos.retrieveTicket(input.ticket_id, { relations: ["lines"] })
    const pricing = Promise.all([ticketRead, branchPricing(container)]).then(([t, p]) => ({ ...p, locationId: t.stock_location_id }))
    const [ticket, { currencyCode }, found] = await Promise.all([
      ticketRead,
      pricing,
      input.variant_id ? pricing.then((p) => describeVariants(container, [input.variant_id!], p)) : describeVariantsByCode(container, input.code!, pricing),
    ])
    if (!found.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, input.code ? `No product has the code ${input.code}` : `No variant ${input.variant_id}`)
    if (found.length > 1) throw new MedusaError(MedusaError.Types.INVALID_DATA, `The code ${input.code} matches ${found.length} variants: pick one by variant_id`)
    const [variant] = found
    refuseNotForSale(variant)
    if (!variant.price) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${variant.product.title} has no price in ${currencyCode.toUpperCase()}`)

    const onTicket = ticket.lines.filter((l) => l.variant_id === variant.id).reduce((n, l) => n + l.quantity, 0)
    const settings = await pos.settingsFor(ticket.stock_location_id)
    if (variant.available !== null && !settings.allow_negative_stock && variant.available < onTicket + input.quantity) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Only ${variant.available} of ${variant.product.title} (${variant.title}) left at this branch; the ticket would hold ${onTicket + input.quantity}`
      )
    }
    const line: LineInput = {
      variant_id: variant.id,
      product_id: variant.product.id,
      title: variant.product.title,
      variant_title: variant.title,
      sku: variant.sku,
      barcode: variant.barcode,
      thumbnail: variant.product.thumbnail,
      quantity: input.quantity,
      unit_price: variant.price.amount,
      is_tax_inclusive: variant.price.tax_inclusive,
      requires_serial: variant.serialized,
      stock_items: variant.stock_items,
    }
    return new StepResponse(line)
  }
)
