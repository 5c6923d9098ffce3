import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeVariants, refuseNotForSale, variantIdsBySearch } from "../../../../../scan/find-variants"
import { branchPricing } from "../../../../../scan/pricing-context"
import { scanCode } from "../../../../../scan/scan-index"
import type { ScanType } from "./validators"

/**
 * A scan (exact code) or a search (text) at a branch: sellable variants with price and stock.
 * Variants of products not for sale (archived, draft) are left out; a code that names only such
 * variants is a 400 that says why, so the cashier is not told the code is unknown.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ScanType>, res: MedusaResponse) => {
  const { location_id, code, q, limit } = req.validatedQuery as ScanType
  const pricing = branchPricing(req.scope).then((p) => ({ ...p, locationId: location_id }))
  const found = code
    ? await scanCode(req.scope, code, pricing)
    : await Promise.all([variantIdsBySearch(req.scope, q!, limit), pricing]).then(([ids, p]) => describeVariants(req.scope, ids, p))
  if (code && !found.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product has the code ${code}`)
  const variants = found.filter((v) => !v.not_for_sale)
  if (code && !variants.length) refuseNotForSale(found[0])
  res.json({ variants, count: variants.length, ...(code ? { code } : { q }) })
}
