import { z } from "@medusajs/framework/zod"
import { freeText } from "../../../../validation/schemas"

/** What staff change on their own profile: their name, phone and picture. */
export const PostOwnProfileSchema = z
  .object({
    first_name: freeText(100).nullable(),
    last_name: freeText(100).nullable(),
    phone: freeText(50).nullable(),
    avatar_url: z.string().max(2000).url("avatar_url must be a web address (https://…)").nullable(),
  })
  .partial()
  .strict()
export type PostOwnProfileType = z.infer<typeof PostOwnProfileSchema>

/** A new sign-in e-mail, with the current password. */
export const PostOwnEmailSchema = z
  .object({
    email: z.string().trim().max(200).email(),
    password: z.string().min(1, "must not be empty").max(200),
  })
  .strict()
export type PostOwnEmailType = z.infer<typeof PostOwnEmailSchema>
