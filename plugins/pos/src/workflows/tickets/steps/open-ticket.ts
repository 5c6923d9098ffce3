import { BRANCH_MODULE, type BranchModuleService } from "@kassa/core/kit"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import { branchPricing } from "../../../scan/pricing-context"

export type OpenTicketInput = { stock_location_id: string; register_id: string; staff_member_id: string }

/** A new sale on an active register of the branch, priced in the store's region. */
export const openTicketStep = createStep(
  "kassa-pos-open-ticket",
  async (input: OpenTicketInput, { container }) => {
    const branches: BranchModuleService = container.resolve(BRANCH_MODULE)
    const [branch] = await branches.listBranches({ stock_location_id: input.stock_location_id }, { relations: ["registers"] })
    if (!branch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${input.stock_location_id} is not a Kassa branch`)
    const register = branch.registers.find((r) => r.id === input.register_id)
    if (!register) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Register ${input.register_id} is not a register of branch ${branch.code}`)
    if (!register.is_active) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Register ${register.code} at ${branch.code} is not active`)
    if (!branch.sales_channel_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Branch ${branch.code} has no sales channel`)
    const { regionId, currencyCode } = await branchPricing(container)
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const [ticket] = await pos.createTickets([
      {
        stock_location_id: input.stock_location_id,
        register_id: register.id,
        opened_by: input.staff_member_id,
        region_id: regionId,
        sales_channel_id: branch.sales_channel_id,
        currency_code: currencyCode,
      },
    ])
    return new StepResponse(ticket, ticket.id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PosModuleService>(POS_MODULE).deleteTickets(id)
  }
)
