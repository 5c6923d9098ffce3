import { branchAtOr404, type BranchFacts } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { INSTALLMENTS_MODULE } from "../../modules/installments"
import type InstallmentsModuleService from "../../modules/installments/service"
import { localDate, type IsoDate } from "../../schedule/due-dates"

export type BranchDay = { branch: BranchFacts; today: IsoDate; plans: { id: string; customer_id: string; term_months: number }[] }

/** Active plans grouped by the branch that sold them, with that branch's date at `at`. */
export async function activePlansByBranch(container: MedusaContainer, at: Date): Promise<BranchDay[]> {
  const service: InstallmentsModuleService = container.resolve(INSTALLMENTS_MODULE)
  const plans = await service.listInstallmentPlans({ status: "active" }, { select: ["id", "customer_id", "term_months", "stock_location_id"] })
  const byBranch = new Map<string, BranchDay["plans"]>()
  for (const p of plans) byBranch.set(p.stock_location_id, [...(byBranch.get(p.stock_location_id) ?? []), p])
  return Promise.all(
    [...byBranch].map(async ([location, list]) => {
      const branch = await branchAtOr404(container, location)
      return { branch, today: localDate(at, branch.timezone), plans: list }
    })
  )
}
