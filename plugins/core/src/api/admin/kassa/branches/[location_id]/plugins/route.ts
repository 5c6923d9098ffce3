import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { getPlugin } from "../../../../../../access/registry"
import { setPluginSwitchWorkflow } from "../../../../../../workflows/branches"
import type { PostPluginSwitchType } from "../../validators"

/** Switches a Kassa plugin on or off at this branch. */
export const POST = async (req: AuthenticatedMedusaRequest<PostPluginSwitchType>, res: MedusaResponse) => {
  const plugin = getPlugin(req.validatedBody.plugin)
  if (!plugin) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No Kassa plugin "${req.validatedBody.plugin}" is installed`)
  if (plugin.alwaysOn) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${plugin.name} cannot be switched off`)
  const { result } = await setPluginSwitchWorkflow(req.scope).run({
    input: { ...req.validatedBody, stock_location_id: req.params.location_id },
  })
  res.json({ plugin_switch: { plugin: result.plugin, enabled: result.enabled } })
}
