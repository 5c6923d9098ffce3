import { freeText, pagination } from "@kassa/core/kit"
import { z } from "@medusajs/framework/zod"

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"])

/** HTTPS, or plain HTTP only to this machine (a receiver being tried out, the tests' own). */
const secureOrLocal = (url: URL) => url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.has(url.hostname))

const receiverUrl = z
  .string()
  .trim()
  .max(2000, "url must be at most 2000 characters")
  .refine((v) => URL.canParse(v), "url must be a URL such as https://erp.example.com/kassa-events")
  .refine((v) => !URL.canParse(v) || secureOrLocal(new URL(v)), "url must be https:// (plain http:// only to localhost)")
  .refine((v) => !URL.canParse(v) || (!new URL(v).username && !new URL(v).password), "url must not carry a user name or password: the signature proves the sender")

const eventNames = z
  .array(z.string().trim().min(1).max(200), { error: "events must be a list of event names" })
  .min(1, "events must name at least one event (GET /admin/kassa/webhooks/events lists them)")
  .max(100, "events must name at most 100 events")
  .transform((names) => [...new Set(names)])

export const CreateSubscriptionSchema = z
  .object({ url: receiverUrl, events: eventNames, description: freeText(500).nullish(), is_active: z.boolean().default(true) })
  .strict()
export type CreateSubscriptionType = z.infer<typeof CreateSubscriptionSchema>

export const UpdateSubscriptionSchema = z
  .object({ url: receiverUrl.optional(), events: eventNames.optional(), description: freeText(500).nullish(), is_active: z.boolean().optional() })
  .strict()
export type UpdateSubscriptionType = z.infer<typeof UpdateSubscriptionSchema>

export const ListSubscriptionsSchema = z.object({ ...pagination() }).strict()

export const ListDeliveriesSchema = z.object({ status: z.enum(["pending", "sending", "delivered", "failed"]).optional(), ...pagination() }).strict()
export type ListDeliveriesType = z.infer<typeof ListDeliveriesSchema>
