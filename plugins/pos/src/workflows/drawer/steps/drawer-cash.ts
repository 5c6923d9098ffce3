import { BRANCH_MODULE, type BranchModuleService } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"

/**
 * The open drawer session of an active register at this branch, for cash taken or given outside
 * a sale (another plugin's deposit or refund). Refused with a sentence when the register is not
 * one, sits at another branch, or its drawer is not open: cash must land in a drawer that is counted.
 */
export async function openDrawerSessionOf(container: MedusaContainer, registerId: string | null | undefined, locationId: string) {
  if (!registerId) throw new MedusaError(MedusaError.Types.INVALID_DATA, "Cash needs the register whose drawer takes it: register_id")
  const [register] = await container.resolve<BranchModuleService>(BRANCH_MODULE).listRegisters({ id: registerId }, { relations: ["branch"] })
  if (!register || !register.is_active) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No active register ${registerId}`)
  if (register.branch.stock_location_id !== locationId) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Register ${register.name} is at another branch: cash moves through a drawer of the branch it is taken at`)
  }
  const [session] = await container.resolve<PosModuleService>(POS_MODULE).listDrawerSessions({ register_id: registerId, status: "open" }, { select: ["id"] })
  if (!session) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Register ${register.name}'s cash drawer is not open: open it to take or give cash`)
  return { session_id: session.id as string, register_name: register.name as string }
}

/** `amount`: in the currency's major unit, as the drawer keeps it (a decimal string such as "2000.00", or a number). */
export type DrawerCashInput = { register_id?: string | null; location_id: string; type: "in" | "out"; amount: string | number; reason: string; created_by: string }

/**
 * Cash in or out of a register's open drawer (found here, checked as above), so the X/Z report
 * counts it; undone by deleting the movement when a later step of the caller's workflow fails.
 * An amount of 0 moves nothing (a refund the fee kept whole).
 */
export const drawerCashStep = createStep(
  "kassa-pos-drawer-cash",
  async (input: DrawerCashInput, { container }) => {
    if (!MathBN.gt(input.amount, 0)) return new StepResponse(null, null)
    const { session_id } = await openDrawerSessionOf(container, input.register_id, input.location_id)
    const pos = container.resolve<PosModuleService>(POS_MODULE)
    // The drawer's own routes hand the model a number of the major unit too (two decimals at most).
    const movement = await pos.createCashMovements({ session_id, type: input.type, amount: MathBN.convert(input.amount).toNumber(), reason: input.reason, created_by: input.created_by })
    return new StepResponse({ id: movement.id as string, session_id }, movement.id as string)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PosModuleService>(POS_MODULE).deleteCashMovements(id)
  }
)
