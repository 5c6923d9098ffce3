import { id, ids, quantity } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"
import { LABEL_LAYOUTS } from "../../../../../labels/layout"

/** Per line of a delivery, and lines per request: MAX_LABELS (label-data.ts) caps the total. */
const MAX_PER_VARIANT = 500
const MAX_LINES = 200
const MAX_PRODUCTS = 100

export const PrintLabelsSchema = z
  .object({
    location_id: ids.location(),
    items: z
      .array(z.object({ variant_id: ids.variant(), quantity: quantity(MAX_PER_VARIANT) }).strict(), { error: "must be a list of { variant_id, quantity }" })
      .min(1, "must name at least one variant")
      .max(MAX_LINES, `must be at most ${MAX_LINES} lines`)
      .optional(),
    product_ids: z
      .array(id("prod", "a product"), { error: "must be a list of product ids" })
      .min(1, "must name at least one product")
      .max(MAX_PRODUCTS, `must be at most ${MAX_PRODUCTS} products`)
      .optional(),
    /** With product_ids: labels per variant. */
    quantity: quantity(MAX_PER_VARIANT).optional(),
    format: z.enum(["pdf", "printer"], { error: 'must be "pdf" or "printer"' }).default("pdf"),
    layout: z.enum(LABEL_LAYOUTS, { error: `must be one of ${LABEL_LAYOUTS.join(", ")}` }).default("55x25"),
    printer_id: id("prn", "a printer").optional(),
  })
  .strict()
  .refine((b) => !!b.items !== !!b.product_ids, { message: "Send either items (variants with quantities) or product_ids, not both" })
  .refine((b) => !b.items || b.quantity === undefined, { message: "quantity goes with product_ids; items carry their own", path: ["quantity"] })
  .refine((b) => !b.printer_id || b.format === "printer", { message: 'printer_id goes with format "printer"', path: ["printer_id"] })
export type PrintLabelsType = z.infer<typeof PrintLabelsSchema>
