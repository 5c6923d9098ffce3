import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"

/**
 * `DELETE /admin/products/:id` of a product that has been sold archives it instead: its sales,
 * receipts, returns and warranty claims keep pointing at it. It becomes a draft (off the web
 * store, which sells published products only) marked `kassa_archived_at` / `_by` in its metadata;
 * publishing it again restores it. A product never sold is deleted as Medusa does.
 */
export async function archiveSoldProduct(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const id = req.params.id
  const [sold] = await req.scope.resolve(Modules.ORDER).listOrderLineItems({ product_id: id }, { select: ["id"], take: 1 })
  if (!sold) return next()
  const [product] = await req.scope.resolve(Modules.PRODUCT).listProducts({ id }, { select: ["id", "metadata"], take: 1 })
  if (!product) return next()
  const metadata = { ...(product.metadata ?? {}), kassa_archived_at: new Date().toISOString(), kassa_archived_by: req.auth_context.actor_id }
  await updateProductsWorkflow(req.scope).run({ input: { selector: { id }, update: { status: "draft", metadata } } })
  res.json({
    id,
    object: "product",
    deleted: false,
    archived: true,
    message: "The product has sales, so it was archived (a draft, kept with its history) instead of deleted",
  })
}
