import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import type { Denominations } from "../../../drawer/denominations"

export type OpenSessionInput = { register_id: string; stock_location_id: string; opening_float: number; denominations: Denominations | null; opened_by: string }

/** Opens the register's drawer; the partial unique index lets only one of two simultaneous opens through. */
export const openSessionStep = createStep(
  "kassa-pos-open-drawer-session",
  async (input: OpenSessionInput, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const session = await pos
      .createDrawerSessions({
        register_id: input.register_id,
        stock_location_id: input.stock_location_id,
        opened_by: input.opened_by,
        opened_at: new Date(),
        opening_float: input.opening_float,
        opening_denominations: input.denominations,
      })
      .catch(async (e: Error) => {
        const [open] = await pos.listDrawerSessions({ register_id: input.register_id, status: "open" })
        if (!open) throw e
        throw new MedusaError(MedusaError.Types.CONFLICT, `This register's drawer is already open (session ${open.id}, since ${new Date(open.opened_at).toISOString()})`)
      })
    return new StepResponse(session, session.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PosModuleService>(POS_MODULE).deleteDrawerSessions(id)
  }
)
