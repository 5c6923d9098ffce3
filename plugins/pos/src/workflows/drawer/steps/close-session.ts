import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { drawerFigures } from "../../../drawer/figures"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import type { Denominations } from "../../../drawer/denominations"

/** The drawer closed first, so no sale can join it while its figures are taken. */
export const markClosedStep = createStep(
  "kassa-pos-mark-drawer-closed",
  async ({ session_id, closed_by }: { session_id: string; closed_by: string }, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    if (!(await pos.markDrawerClosed(session_id, closed_by))) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Drawer session ${session_id} is not open`)
    }
    return new StepResponse(session_id, session_id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PosModuleService>(POS_MODULE).updateDrawerSessions({ id, status: "open", closed_by: null, closed_at: null })
  }
)

export type IssueZInput = {
  session_id: string
  counted_cash: number
  denominations: Denominations | null
  closed_by: string
  force_closed: boolean
  note: string | null
}

/**
 * The last step: the session's figures with the counted cash, written on the session and
 * frozen as the register's next Z report in one transaction (nothing after it can fail).
 */
export const issueZReportStep = createStep("kassa-pos-issue-z-report", async (input: IssueZInput, { container }) => {
  const pos: PosModuleService = container.resolve(POS_MODULE)
  const figures = await drawerFigures(container, input.session_id, input.counted_cash)
  const report = await pos.issueZReport({
    session_id: input.session_id,
    register_id: figures.session.register_id,
    stock_location_id: figures.session.stock_location_id,
    issued_by: input.closed_by,
    figures: figures as unknown as Record<string, unknown>,
    drawer: {
      counted_cash: input.counted_cash,
      counted_denominations: input.denominations,
      expected_cash: figures.cash.expected,
      over_short: figures.cash.over_short,
      force_closed: input.force_closed,
      close_note: input.note,
    },
  })
  return new StepResponse(report)
})
