import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STORE_CREDIT_MODULE } from "../../../../../modules/store_credit"
import type StoreCreditModuleService from "../../../../../modules/store_credit/service"
import { updateStoreCreditSettingsWorkflow } from "../../../../../workflows/settings"
import type { SettingsType } from "../validators"

/** The store-wide settings: the default expiry of issued credit and when customers are e-mailed before it lapses. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ settings: await req.scope.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE).settings() })
}

export const POST = async (req: AuthenticatedMedusaRequest<SettingsType>, res: MedusaResponse) => {
  const { result } = await updateStoreCreditSettingsWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ settings: result })
}
