import { accessOf } from "@kassa/core/kit"
import type { MedusaRequest } from "@medusajs/framework/http"

/** Who acts: the staff member (the id claims record), or the API key of another system. */
export async function actorOf(req: MedusaRequest) {
  const access = await accessOf(req)
  return { staff_id: access.staff?.id ?? access.actor.id, may_override: access.can("warranty:override") }
}
