import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { describeVariants, variantIdsByCode, variantIdsBySearch } from "../../../../../scan/find-variants"
import { branchPricing } from "../../../../../scan/pricing-context"
import type { ScanType } from "./validators"

/** A scan (exact code) or a search (text) at a branch: sellable variants with price and stock. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ScanType>, res: MedusaResponse) => {
  const { location_id, code, q, limit } = req.validatedQuery as ScanType
  const [ids, pricing] = await Promise.all([
    code ? variantIdsByCode(req.scope, code) : variantIdsBySearch(req.scope, q!, limit),
    branchPricing(req.scope),
  ])
  if (code && !ids.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No product has the code ${code}`)
  const variants = await describeVariants(req.scope, ids, { ...pricing, locationId: location_id })
  res.json({ variants, count: variants.length, ...(code ? { code } : { q }) })
}
