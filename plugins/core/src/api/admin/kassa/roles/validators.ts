import { z } from "@medusajs/framework/zod"

export const PostRoleSchema = z
  .object({
    name: z.string().trim().min(1).max(60),
    description: z.string().max(500).nullable().optional(),
    policies: z.array(z.string()).min(1, "a role needs at least one policy"),
  })
  .strict()
export type PostRoleType = z.infer<typeof PostRoleSchema>

export const UpdateRoleSchema = PostRoleSchema.partial().strict()
export type UpdateRoleType = z.infer<typeof UpdateRoleSchema>
