import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { PRINTING_MODULE } from "../modules/printing"
import type PrintingModuleService from "../modules/printing/service"
import { allocateCodes, takenInCatalog } from "./allocate"

/**
 * Gives each of these variants that has no barcode one of the store's codes. A variant that has
 * a barcode keeps it, whatever it is: printed labels must keep scanning. The variants are read
 * again rather than trusted from a workflow's payload, so a second hook on the same creation
 * (products, then their variants) finds them done. Answers the codes given, by variant id.
 */
export async function assignMissingBarcodes(container: MedusaContainer, variantIds: string[]): Promise<Record<string, string>> {
  if (!variantIds.length) return {}
  const printing = container.resolve<PrintingModuleService>(PRINTING_MODULE)
  const numbering = await printing.barcodeNumbering()
  if (!numbering.assign_on_create) return {}
  const products = container.resolve(Modules.PRODUCT)
  const variants = await products.listProductVariants({ id: variantIds }, { select: ["id", "barcode"], take: null })
  const missing = variants.filter((v) => !v.barcode).sort((a, b) => variantIds.indexOf(a.id) - variantIds.indexOf(b.id))
  if (!missing.length) return {}
  const codes = await allocateCodes((prefix, n) => printing.reserveBarcodeNumbers(prefix, n), numbering, missing.length, takenInCatalog(container))
  const given = Object.fromEntries(missing.map((v, i) => [v.id, codes[i]]))
  // Through the module: its product-variant.updated event keeps the counter's scan index current.
  await products.upsertProductVariants(missing.map((v) => ({ id: v.id, barcode: given[v.id] })))
  return given
}
