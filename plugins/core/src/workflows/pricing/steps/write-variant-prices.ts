import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** A variant's own price in one currency (no price list, no rules), in major units. */
export type PriceWrite = { variant_id: string; price_set_id: string | null; price_id: string | null; currency_code: string; amount: string; old: string | null }

type Undo = { restore: { price_set_id: string; price_id: string; currency_code: string; amount: number }[]; remove: string[] }

/**
 * Writes prices through Medusa's pricing module. addPrices is an upsert, but it matches an existing
 * price by a hash of the keys given (a stored price has min/max_quantity keys, the input does not),
 * so it would add a second price: the existing price's id is passed to update that row. Undo puts
 * the old amounts back and removes prices that did not exist before.
 */
export const writeVariantPricesStep = createStep(
  "write-variant-prices",
  async (writes: PriceWrite[], { container }) => {
    if (!writes.length) return new StepResponse([], { restore: [], remove: [] } as Undo)
    const pricing = container.resolve(Modules.PRICING)
    const missing = writes.filter((w) => !w.price_set_id)
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Variants without a price set: ${missing.map((m) => m.variant_id).join(", ")}`)
    }
    const written = await pricing.addPrices(
      writes.map((w) => ({ priceSetId: w.price_set_id!, prices: [{ ...(w.price_id ? { id: w.price_id } : {}), currency_code: w.currency_code, amount: Number(w.amount) } as any] }))
    )
    const undo: Undo = {
      restore: writes
        .filter((w) => w.old != null && w.price_id)
        .map((w) => ({ price_set_id: w.price_set_id!, price_id: w.price_id!, currency_code: w.currency_code, amount: Number(w.old) })),
      remove: [],
    }
    const added = writes.filter((w) => !w.price_id)
    if (added.length) {
      const prices = await pricing.listPrices({ price_set_id: added.map((a) => a.price_set_id!) } as any)
      undo.remove = prices
        .filter((p: any) => added.some((a) => a.price_set_id === p.price_set_id && a.currency_code === p.currency_code) && !p.price_list_id && !Number(p.rules_count ?? 0))
        .map((p: any) => p.id)
    }
    return new StepResponse(written, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const pricing = container.resolve(Modules.PRICING)
    if (undo.restore.length) {
      await pricing.addPrices(undo.restore.map((r) => ({ priceSetId: r.price_set_id, prices: [{ id: r.price_id, currency_code: r.currency_code, amount: r.amount } as any] })))
    }
    if (undo.remove.length) await pricing.removePrices(undo.remove)
  }
)
