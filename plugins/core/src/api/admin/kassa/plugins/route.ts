import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listPlugins } from "../../../../access/registry"

/** The installed Kassa plugins with their policies: what switches and roles can name. */
export const GET = async (_req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({
    plugins: listPlugins().map(({ id, name, description, defaultEnabled, alwaysOn, policies }) => ({
      id, name, description, default_enabled: defaultEnabled, always_on: !!alwaysOn, policies,
    })),
  })
}
