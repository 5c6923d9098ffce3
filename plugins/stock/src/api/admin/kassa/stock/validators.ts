import { freeText, ids, money, pagination, quantity } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

const date = z
  .string({ error: "must be a date (YYYY-MM-DD or ISO 8601)" })
  .refine((s) => !Number.isNaN(Date.parse(s)), "must be a date (YYYY-MM-DD or ISO 8601)")
  .transform((s) => new Date(s))
const optional = <T extends z.ZodType>(t: T) => t.nullable().optional()

export const currencyCode = () => z.string({ error: "must be an ISO 4217 currency code" }).regex(/^[A-Za-z]{3}$/, "must be an ISO 4217 currency code")
export const supplierId = () => z.string({ error: "must be a supplier id (ksup_…)" }).regex(/^ksup_[0-9A-Za-z]{1,60}$/, "must be a supplier id (ksup_…)")

const supplierFields = {
  contact_name: optional(freeText(200)),
  phone: optional(freeText(40)),
  email: optional(z.email({ error: "must be an e-mail address" }).max(254)),
  terms: optional(freeText(2000)),
  contract_start: optional(date),
  contract_end: optional(date),
  opted_out_at: optional(date),
}

const contractInOrder = (v: { contract_start?: Date | null; contract_end?: Date | null }) => !(v.contract_start && v.contract_end && v.contract_end < v.contract_start)
const ORDER_MESSAGE = { message: "contract_end must not be before contract_start", path: ["contract_end"] }

export const CreateSupplierSchema = z.object({ name: freeText(200, 1), ...supplierFields }).strict().refine(contractInOrder, ORDER_MESSAGE)
export type CreateSupplierType = z.infer<typeof CreateSupplierSchema>

export const UpdateSupplierSchema = z
  .object({ name: freeText(200, 1).optional(), ...supplierFields })
  .strict()
  .refine((v) => Object.keys(v).length > 0, "give at least one field to change")
  .refine(contractInOrder, ORDER_MESSAGE)
export type UpdateSupplierType = z.infer<typeof UpdateSupplierSchema>

export const ListSuppliersSchema = z
  .object({
    q: freeText(200).optional(),
    status: z.enum(["active", "renewed", "opted_out", "expired"], { error: "must be active, renewed, opted_out or expired" }).optional(),
    archived: z.enum(["true", "false"], { error: "must be true or false" }).optional(),
    variant_id: ids.variant().optional(),
    ...pagination(),
  })
  .strict()
export type ListSuppliersType = z.infer<typeof ListSuppliersSchema>

export const SupplySchema = z
  .object({
    variant_id: ids.variant(),
    supplier_sku: optional(freeText(100)),
    cost: money({ allowZero: true }),
    currency_code: currencyCode(),
    lead_time_days: quantity(365, 0).optional(),
  })
  .strict()
export type SupplyType = z.infer<typeof SupplySchema>

const count = (max = 1_000_000) => quantity(max, 0)

export const ThresholdSchema = z
  .object({
    product_id: z.string({ error: "must be a product id (prod_…)" }).regex(/^prod_[0-9A-Za-z]{1,60}$/, "must be a product id (prod_…)"),
    /** Without it, the product's default for all its variants. */
    variant_id: ids.variant().nullable().optional(),
    /** Without it, every branch. */
    location_id: ids.location().nullable().optional(),
    min_quantity: count(),
    reorder_quantity: count(),
  })
  .strict()
  .refine((v) => v.reorder_quantity >= v.min_quantity, { message: "reorder_quantity must be at least min_quantity", path: ["reorder_quantity"] })
export type ThresholdType = z.infer<typeof ThresholdSchema>

export const ListThresholdsSchema = z
  .object({ product_id: z.string().regex(/^prod_[0-9A-Za-z]{1,60}$/, "must be a product id (prod_…)").optional(), location_id: ids.location().optional(), ...pagination() })
  .strict()
export type ListThresholdsType = z.infer<typeof ListThresholdsSchema>

export const ListLevelsSchema = z
  .object({
    location_id: ids.location(),
    /** `low` (default): low and out; `all`: every stocked variant. */
    status: z.enum(["low", "out", "healthy", "all"], { error: "must be low, out, healthy or all" }).default("low"),
    ...pagination({ limit: 100, max: 500 }),
  })
  .strict()
export type ListLevelsType = z.infer<typeof ListLevelsSchema>

export const ReorderLinesSchema = z
  .object({
    location_id: ids.location(),
    lines: z
      .array(
        z.object({ variant_id: ids.variant(), quantity: quantity(100_000).optional(), supplier_id: supplierId().nullable().optional() }).strict(),
        { error: "must be a list of lines" }
      )
      .min(1, "give at least one line")
      .max(500, "at most 500 lines at once")
      .refine((lines) => new Set(lines.map((l) => l.variant_id)).size === lines.length, "name each variant only once"),
  })
  .strict()
export type ReorderLinesType = z.infer<typeof ReorderLinesSchema>

export const BranchQuerySchema = z.object({ location_id: ids.location() }).strict()
export type BranchQueryType = z.infer<typeof BranchQuerySchema>
export const BranchBodySchema = BranchQuerySchema

export const ListPurchaseOrdersSchema = z
  .object({
    location_id: ids.location().optional(),
    supplier_id: supplierId().optional(),
    status: z.enum(["draft", "sent", "partially_received", "received", "canceled"], { error: "must be draft, sent, partially_received, received or canceled" }).optional(),
    ...pagination(),
  })
  .strict()
export type ListPurchaseOrdersType = z.infer<typeof ListPurchaseOrdersSchema>

export const ReceiveSchema = z
  .object({
    /** Without lines, everything still outstanding arrives. */
    lines: z
      .array(z.object({ line_id: z.string().regex(/^kpol_[0-9A-Za-z]{1,60}$/, "must be a purchase order line id (kpol_…)"), quantity: quantity(100_000) }).strict(), { error: "must be a list of lines" })
      .min(1, "give at least one line, or none to receive everything outstanding")
      .max(500)
      .refine((lines) => new Set(lines.map((l) => l.line_id)).size === lines.length, "name each line only once")
      .optional(),
  })
  .strict()
export type ReceiveType = z.infer<typeof ReceiveSchema>

export const InvoiceSchema = z
  .object({
    supplier_invoice_number: freeText(60, 1),
    invoice_date: date.nullable().optional(),
  })
  .strict()
export type InvoiceType = z.infer<typeof InvoiceSchema>

export const SettingsSchema = z.object({ cost_method: z.enum(["moving_average", "last"], { error: "must be moving_average or last" }) }).strict()
export type SettingsType = z.infer<typeof SettingsSchema>

const lineId = (prefix: string, what: string) => z.string({ error: `must be ${what} id (${prefix}_…)` }).regex(new RegExp(`^${prefix}_[0-9A-Za-z]{1,60}$`), `must be ${what} id (${prefix}_…)`)

export const RequestTransferSchema = z
  .object({
    from_location_id: ids.location(),
    to_location_id: ids.location(),
    note: optional(freeText(500)),
    lines: z
      .array(z.object({ variant_id: ids.variant(), quantity: quantity(100_000) }).strict(), { error: "lines must be a list of lines" })
      .min(1, "lines: give at least one line")
      .max(500, "lines: at most 500 at once")
      .refine((lines) => new Set(lines.map((l) => l.variant_id)).size === lines.length, "lines: name each variant only once"),
  })
  .strict()
  .refine((v) => v.from_location_id !== v.to_location_id, { message: "to_location_id must differ from from_location_id", path: ["to_location_id"] })
export type RequestTransferType = z.infer<typeof RequestTransferSchema>

export const ListTransfersSchema = z
  .object({
    /** Transfers from or to this location. */
    location_id: ids.location().optional(),
    status: z.enum(["pending", "in_transit", "received", "canceled"], { error: "status must be pending, in_transit, received or canceled" }).optional(),
    ...pagination(),
  })
  .strict()
export type ListTransfersType = z.infer<typeof ListTransfersSchema>

export const ReceiveTransferSchema = z
  .object({
    /** Without lines, everything sent arrived in good order. */
    lines: z
      .array(
        z
          .object({
            line_id: lineId("ktrl", "a transfer line"),
            received_quantity: quantity(100_000, 0),
            damaged_quantity: quantity(100_000, 0).optional(),
            note: optional(freeText(500)),
          })
          .strict(),
        { error: "lines must be a list of lines" }
      )
      .min(1, "lines: give every line, or none when everything arrived")
      .max(500)
      .refine((lines) => new Set(lines.map((l) => l.line_id)).size === lines.length, "lines: name each line only once")
      .optional(),
  })
  .strict()
export type ReceiveTransferType = z.infer<typeof ReceiveTransferSchema>

export const StartCountSchema = z
  .object({
    location_id: ids.location(),
    /** Without categories, everything stocked at the location. */
    category_ids: z.array(lineId("pcat", "a product category"), { error: "category_ids must be a list of category ids" }).min(1, "category_ids: give at least one, or none for a full count").max(100).optional(),
  })
  .strict()
export type StartCountType = z.infer<typeof StartCountSchema>

export const ListCountsSchema = z
  .object({
    location_id: ids.location().optional(),
    status: z.enum(["counting", "approved", "canceled"], { error: "status must be counting, approved or canceled" }).optional(),
    ...pagination(),
  })
  .strict()
export type ListCountsType = z.infer<typeof ListCountsSchema>

export const CountLinesSchema = z
  .object({
    lines: z
      .array(
        z
          .object({
            variant_id: ids.variant().optional(),
            barcode: freeText(64, 1).optional(),
            quantity: quantity(1_000_000, 0),
            /** `add` (a scan: counts add up) or `set` (the quantity entered replaces the count). */
            mode: z.enum(["add", "set"], { error: "mode must be add or set" }).default("add"),
          })
          .strict()
          .refine((l) => !!l.variant_id !== !!l.barcode, "lines: give either variant_id or barcode"),
        { error: "lines must be a list of lines" }
      )
      .min(1, "lines: give at least one line")
      .max(1000),
  })
  .strict()
export type CountLinesType = z.infer<typeof CountLinesSchema>

export const ApproveCountSchema = z.object({ reason: freeText(500, 3) }).strict()
export type ApproveCountType = z.infer<typeof ApproveCountSchema>
export const CancelCountSchema = z.object({ reason: optional(freeText(500)) }).strict()
export type CancelCountType = z.infer<typeof CancelCountSchema>
