import { MedusaError, Modules, ProductStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The metadata keys core's archive of a sold product writes (products/archive-sold-product.ts). */
export const PRODUCT_ARCHIVE_KEYS = ["kassa_archived_at", "kassa_archived_by"] as const

/**
 * Brings an archived product back: published (for sale at the counter and on the web store
 * again) and its archive marks dropped. Only a product Kassa archived: a draft that was never
 * published is the product page's to publish. Undone, status and metadata are as before. The
 * product module emits product.updated, so the counter's scan index follows.
 */
export const restoreProductStep = createStep(
  "kassa-restore-product",
  async (input: { product_id: string }, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const [product] = await products.listProducts({ id: input.product_id }, { select: ["id", "title", "status", "metadata"], take: 1 })
    if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found`)
    if (!product.metadata?.kassa_archived_at || product.status === ProductStatus.PUBLISHED) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${product.title} is not archived (it is ${product.status}): there is nothing to restore`)
    }
    // The product module merges metadata into what is there (mergeMetadata): "" removes a key,
    // and the product's other keys (kassa_serialized, …) stay as they are.
    const drop = Object.fromEntries(PRODUCT_ARCHIVE_KEYS.map((k) => [k, ""]))
    const marks = Object.fromEntries(PRODUCT_ARCHIVE_KEYS.flatMap((k) => (product.metadata![k] == null ? [] : [[k, product.metadata![k]]])))
    await products.updateProducts(product.id, { status: ProductStatus.PUBLISHED, metadata: drop })
    return new StepResponse({ id: product.id, title: product.title, status: ProductStatus.PUBLISHED }, { id: product.id, status: product.status, marks })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve(Modules.PRODUCT).updateProducts(before.id, { status: before.status, metadata: before.marks })
  }
)
