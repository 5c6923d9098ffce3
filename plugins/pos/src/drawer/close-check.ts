import { BRANCH_MODULE, type BranchModuleService, defineBranchCloseCheck } from "@kassa/core/kit"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"

/**
 * A branch closes only with every drawer counted: an open drawer holds cash that its Z report
 * has not accounted for yet.
 */
defineBranchCloseCheck("pos-open-drawers", async ({ container, stock_location_id }) => {
  const sessions = await container.resolve<PosModuleService>(POS_MODULE).listDrawerSessions({ stock_location_id, status: "open" }, { select: ["register_id"] })
  if (!sessions.length) return null
  const registers = await container.resolve<BranchModuleService>(BRANCH_MODULE).listRegisters({ id: sessions.map((s) => s.register_id) }, { select: ["name", "code"], withDeleted: true })
  const names = registers.map((r) => `${r.name} (${r.code})`).join(", ")
  return `${sessions.length === 1 ? "a drawer is" : `${sessions.length} drawers are`} still open at ${names}: close ${sessions.length === 1 ? "it" : "them"} with a Z report first`
})
