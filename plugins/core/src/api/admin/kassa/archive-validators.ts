import { z } from "@medusajs/framework/zod"
import { freeText, pagination } from "../../../validation/schemas"

/** Archiving a record (an order, a customer, a staff member) always says why. */
export const ArchiveSchema = z.object({ reason: freeText(500, 3) }).strict()
export type ArchiveType = z.infer<typeof ArchiveSchema>

/** Restoring takes no input. */
export const RestoreSchema = z.object({}).strict()

export const GetArchivedCustomersSchema = z.object({ ...pagination({ limit: 50, max: 200 }) }).strict()
export type GetArchivedCustomersType = z.infer<typeof GetArchivedCustomersSchema>
