import { z } from "@medusajs/framework/zod"

export const StoreEnrolSchema = z.object({ marketing_consent: z.boolean({ error: "must be true or false" }) }).strict()
export type StoreEnrolType = z.infer<typeof StoreEnrolSchema>
