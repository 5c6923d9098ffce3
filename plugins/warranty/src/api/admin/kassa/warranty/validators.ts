import { freeText, ids, money as moneyOf, pagination } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { CLAIM_STATUSES, CLAIM_TYPES } from "../../../../modules/warranty/lifecycle"
import { DISPOSAL_STATUSES } from "../../../../modules/warranty/models/defective-unit"

const serial = freeText(100, 1)
const oneOrMany = <T extends z.ZodTypeAny>(schema: T) => z.union([schema, z.array(schema).max(20)]).optional()
const money = moneyOf({ allowZero: true })
const approval = z.object({ staff_id: ids.staff(), pin: z.string().regex(/^\d{4,6}$/, "must be 4–6 digits") }).strict()

/** Filed by serial number alone, or by the order and its line (the serial still names the unit). */
export const FileClaimSchema = z
  .object({
    location_id: ids.location(),
    type: z.enum(CLAIM_TYPES),
    serial_number: serial,
    order_id: ids.order().optional(),
    line_item_id: z.string().min(1).max(100).optional(),
    issue: freeText(2000, 3),
    override: z.object({ reason: freeText(500, 3), approval: approval.optional() }).strict().optional(),
  })
  .strict()
  .refine((b) => !b.line_item_id || !!b.order_id, { message: "line_item_id needs order_id", path: ["order_id"] })
export type FileClaimType = z.infer<typeof FileClaimSchema>

export const UpdateClaimSchema = z
  .object({
    status: z.enum(CLAIM_STATUSES).optional(),
    note: freeText(1000).nullish(),
    technician_id: z.string().min(1).max(100).nullish(),
    repair_notes: freeText(5000).nullish(),
    parts_cost: money.optional(),
    labour_cost: money.optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: "Send a status or a detail to change" })
export type UpdateClaimType = z.infer<typeof UpdateClaimSchema>

export const ReplaceUnitSchema = z
  .object({
    new_serial: serial,
    variant_id: ids.variant().optional(),
    reason: freeText(1000, 3).optional(),
  })
  .strict()
export type ReplaceUnitType = z.infer<typeof ReplaceUnitSchema>

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date (YYYY-MM-DD)")

export const ClaimFiltersSchema = z.object({
  location_id: ids.location().optional(),
  status: oneOrMany(z.enum(CLAIM_STATUSES)),
  type: z.enum(CLAIM_TYPES).optional(),
  product_id: z.string().min(1).max(100).optional(),
  customer_id: z.string().min(1).max(100).optional(),
  order_id: z.string().min(1).max(100).optional(),
  /** Part of a serial number. */
  q: z.string().trim().min(1).max(100).optional(),
  from: day.optional(),
  to: day.optional(),
})
export type ClaimFiltersType = z.infer<typeof ClaimFiltersSchema>

export const ListClaimsSchema = createFindParams({ limit: 50, offset: 0 }).extend({ ...ClaimFiltersSchema.shape, ...pagination() })
export type ListClaimsType = z.infer<typeof ListClaimsSchema>

export const LookupSchema = z
  .object({
    location_id: ids.location(),
    serial_number: z.string().trim().min(1).max(100),
    order_id: z.string().min(1).max(100).optional(),
    line_item_id: z.string().min(1).max(100).optional(),
  })
  .refine((q) => !q.line_item_id || !!q.order_id, { message: "line_item_id needs order_id", path: ["order_id"] })
export type LookupType = z.infer<typeof LookupSchema>

const days = z.number().int().min(0, "must be 0 or more").max(3650)
export const PolicySchema = z
  .object({
    product_id: z.string().startsWith("prod_", "must be a product id (prod_…)").optional(),
    category_id: z.string().startsWith("pcat_", "must be a product category id (pcat_…)").optional(),
    repair_days: days.default(30),
    replacement_days: days.default(7),
    manufacturer_months: z.number().int().min(1).max(120).nullish(),
    no_warranty: z.boolean().default(false),
  })
  .strict()
  .refine((p) => !!p.product_id !== !!p.category_id, { message: "give either product_id or category_id", path: ["product_id"] })
  .refine((p) => p.replacement_days <= p.repair_days, { message: "must not be longer than repair_days", path: ["replacement_days"] })
export type PolicyType = z.infer<typeof PolicySchema>

export const ListPoliciesSchema = z.object({ product_id: z.string().min(1).max(100).optional(), category_id: z.string().min(1).max(100).optional() })
export type ListPoliciesType = z.infer<typeof ListPoliciesSchema>

export const ListDefectiveSchema = createFindParams({ limit: 50, offset: 0 }).extend({
  ...pagination(),
  location_id: ids.location(),
  disposal_status: z.enum(DISPOSAL_STATUSES).optional(),
})
export type ListDefectiveType = z.infer<typeof ListDefectiveSchema>

export const DisposalSchema = z
  .object({
    disposal_status: z.enum(["repaired", "returned_to_supplier", "disposed"]),
    rma_number: freeText(100, 1).optional(),
  })
  .strict()
  .refine((b) => b.disposal_status !== "returned_to_supplier" || !!b.rma_number, { message: "returned_to_supplier needs the supplier's rma_number", path: ["rma_number"] })
export type DisposalType = z.infer<typeof DisposalSchema>

/** A unit found faulty on the shelf. */
export const ShelfUnitSchema = z
  .object({
    location_id: ids.location(),
    variant_id: ids.variant(),
    serial_number: freeText(100, 1).optional(),
    reason: freeText(1000, 3),
  })
  .strict()
export type ShelfUnitType = z.infer<typeof ShelfUnitSchema>

export const DefectiveReportSchema = z.object({
  location_id: ids.location().optional(),
  status: z.enum(DISPOSAL_STATUSES).default("pending"),
  format: z.enum(["json", "csv"]).default("json"),
})
export type DefectiveReportType = z.infer<typeof DefectiveReportSchema>

export const FiguresSchema = ClaimFiltersSchema.pick({ location_id: true, product_id: true, customer_id: true, from: true, to: true })
export type FiguresType = z.infer<typeof FiguresSchema>
