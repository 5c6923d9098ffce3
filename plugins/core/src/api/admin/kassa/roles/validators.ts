import { z } from "@medusajs/framework/zod"
import { freeText } from "../../../../validation/schemas"

export const PostRoleSchema = z
  .object({
    name: freeText(60, 1),
    description: freeText(500).nullable().optional(),
    policies: z.array(z.string().max(100)).max(500).min(1, "a role needs at least one policy"),
    /** Its staff must sign in with a second factor (Medusa's MFA) and reach only their enrolment until they have one. */
    requires_second_factor: z.boolean().optional(),
  })
  .strict()
export type PostRoleType = z.infer<typeof PostRoleSchema>

export const UpdateRoleSchema = PostRoleSchema.partial().strict()
export type UpdateRoleType = z.infer<typeof UpdateRoleSchema>
