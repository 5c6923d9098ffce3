import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { codesBetween, prefixOf, type BarcodeNumbering } from "./numbering"

/** Which of these codes some variant already carries (as its barcode, EAN or UPC). */
export type TakenCheck = (codes: string[]) => Promise<Set<string>>

/**
 * `count` new codes under the store's prefix, none of them already on a variant. Numbers are
 * reserved from the sequence in one statement (its row lock orders concurrent callers), so two
 * product creations never get the same number; a reserved code found on a variant already (the
 * demo's own codes, an import that brought its barcodes) is skipped and another reserved.
 * Numbers reserved by a creation that then fails stay unused: gaps, never repeats.
 */
export async function allocateCodes(
  reserve: (prefix: string, count: number) => Promise<number>,
  numbering: Pick<BarcodeNumbering, "gs1_prefix">,
  count: number,
  taken: TakenCheck
): Promise<string[]> {
  const prefix = prefixOf(numbering)
  const codes: string[] = []
  while (codes.length < count) {
    const wanted = count - codes.length
    const last = await reserve(prefix, wanted)
    const candidates = codesBetween(prefix, last - wanted + 1, last)
    const already = await taken(candidates)
    codes.push(...candidates.filter((c) => !already.has(c)))
  }
  return codes
}

/** The product module's answer to "is this code on a variant?", deleted variants included (their labels may still be about). */
export const takenInCatalog =
  (container: MedusaContainer): TakenCheck =>
  async (codes) => {
    const products = container.resolve(Modules.PRODUCT)
    const variants = await products.listProductVariants(
      { $or: [{ barcode: codes }, { ean: codes }, { upc: codes }] },
      { select: ["barcode", "ean", "upc"], withDeleted: true, take: null }
    )
    return new Set(variants.flatMap((v) => [v.barcode, v.ean, v.upc]).filter((c): c is string => !!c))
  }
