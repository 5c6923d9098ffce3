import { createProductsWorkflow, createProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { assignMissingBarcodes } from "../../barcodes/assign"

/**
 * Every new variant without a barcode gets one of the store's EAN-13s, however it was made:
 * the admin, a CSV import (importProductsAsChunksWorkflow → batchProductsWorkflow →
 * createProductsWorkflow) and scripts all end in createProductVariantsWorkflow, whose hook runs
 * also when it runs inside createProductsWorkflow. The products hook is the second guard for
 * the same variants (it finds them done). Nothing to compensate: a failed creation removes its
 * variants, and their reserved numbers stay unused rather than risk being handed out twice.
 */
createProductVariantsWorkflow.hooks.productVariantsCreated(async ({ product_variants }, { container }) => {
  const given = await assignMissingBarcodes(
    container,
    product_variants.map((v) => v.id)
  )
  return new StepResponse(given)
})

createProductsWorkflow.hooks.productsCreated(async ({ products }, { container }) => {
  const given = await assignMissingBarcodes(
    container,
    products.flatMap((p) => (p.variants ?? []).map((v) => v.id))
  )
  return new StepResponse(given)
})
