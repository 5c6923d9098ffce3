import { accessOf } from "@kassa/core/kit"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** Who acts: the staff member (the id claims record), or the API key of another system. */
export async function actorOf(req: MedusaRequest) {
  const access = await accessOf(req)
  return { staff_id: access.staff?.id ?? access.actor.id, may_override: access.can("warranty:override") }
}

/** Medusa's error handler hides the message of a 409: conflicts are answered here, with it. */
export async function conflictsAs409<T>(res: MedusaResponse, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run()
  } catch (e) {
    const error = e as MedusaError
    if (error.type !== MedusaError.Types.CONFLICT) throw e
    res.status(409).json({ type: "conflict", message: error.message })
    return undefined
  }
}
