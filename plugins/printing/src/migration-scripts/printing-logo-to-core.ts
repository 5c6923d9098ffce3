import { setLogoWorkflow } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRINTING_MODULE } from "../modules/printing"
import type PrintingModuleService from "../modules/printing/service"

/**
 * Runs once: the receipt logo this plugin kept becomes the store's logo in core (printed on
 * every receipt, PDF and e-mail from then on), unless the store already has one.
 */
export default async function printingLogoToCore({ container }: { container: MedusaContainer }) {
  const fileId = await container.resolve<PrintingModuleService>(PRINTING_MODULE).legacyLogoFileId()
  if (!fileId) return
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "store", fields: ["metadata"] })
  if ((data[0] as { metadata?: Record<string, unknown> | null } | undefined)?.metadata?.kassa_logo_file_id) return
  try {
    await setLogoWorkflow(container).run({ input: { file_id: fileId } })
  } catch (e) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Printing: the receipt logo ${fileId} could not become the store's logo (${(e as Error).message}); upload it again in Settings › Store`)
  }
}
