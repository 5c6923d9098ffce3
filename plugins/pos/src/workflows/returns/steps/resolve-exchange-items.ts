import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { describeVariants, describeVariantsByCode, refuseNotForSale } from "../../../scan/find-variants"
import { branchPricing } from "../../../scan/pricing-context"
import { cents } from "../../../sale/money"

export type ExchangeItemInput = { code?: string; variant_id?: string; quantity: number }
export type ExchangeItem = { variant_id: string; quantity: number; title: string; amount: number }

/**
 * The units going out in an exchange, by scanned code or variant id: each priced at this branch
 * (what the customer will owe for it) and refused at once when the branch has too few — before
 * Medusa's exchange is begun.
 */
export const resolveExchangeItemsStep = createStep(
  "kassa-pos-resolve-exchange-items",
  async ({ items, stock_location_id }: { items: ExchangeItemInput[]; stock_location_id: string }, { container }) => {
    if (!items.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "An exchange hands out at least one item: otherwise take a return")
    const pricing = { ...(await branchPricing(container)), locationId: stock_location_id }
    const resolved: ExchangeItem[] = []
    for (const item of items) {
      // A code is looked up by the variants' own read, as at the scan.
      const found = item.variant_id
        ? await describeVariants(container, [item.variant_id], pricing)
        : await describeVariantsByCode(container, item.code ?? "", pricing)
      if (!item.variant_id && found.length !== 1) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No single product has the code ${item.code}`)
      const [variant] = found
      if (variant) refuseNotForSale(variant)
      if (!variant?.price) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${variant?.product.title ?? item.variant_id} has no price here`)
      const title = `${variant.product.title}${variant.title ? ` (${variant.title})` : ""}`
      if (variant.available !== null && variant.available < item.quantity) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Only ${variant.available} of ${title} left at this branch; the exchange needs ${item.quantity}`)
      }
      resolved.push({ variant_id: variant.id, quantity: item.quantity, title, amount: cents(MathBN.mult(variant.price.amount, item.quantity)) })
    }
    return new StepResponse(resolved)
  }
)
