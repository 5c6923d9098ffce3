import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { drawerFigures } from "../../../../../../drawer/figures"
import { POS_MODULE } from "../../../../../../modules/pos"
import type PosModuleService from "../../../../../../modules/pos/service"

/** The session, its cash movements, its Z report once closed, and its figures as of now (the X report). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const pos = req.scope.resolve<PosModuleService>(POS_MODULE)
  const [session, [z_report]] = await Promise.all([
    pos.retrieveDrawerSession(req.params.id, { relations: ["cash_movements"] }),
    pos.listZReports({ session_id: req.params.id }),
  ])
  res.json({ drawer_session: session, z_report: z_report ?? null, figures: z_report ? z_report.figures : await drawerFigures(req.scope, req.params.id) })
}
