import { z } from "@medusajs/framework/zod"
import { DUPLICATE_KINDS } from "../../../../modules/customer-merge/service"
import { freeText, ids, pagination } from "../../../../validation/schemas"

export const GetDuplicatesSchema = z.object({ kind: z.enum(DUPLICATE_KINDS).optional(), ...pagination({ limit: 20, max: 100 }) }).strict()

export const MergeCustomerSchema = z.object({ from_customer_id: ids.customer(), reason: freeText(500, 3) }).strict()

export type GetDuplicatesType = z.infer<typeof GetDuplicatesSchema>
export type MergeCustomerType = z.infer<typeof MergeCustomerSchema>
