import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Logo } from "../escpos/logo"
import { PRINTING_MODULE } from "../modules/printing"
import type PrintingModuleService from "../modules/printing/service"
import { decodeLogo } from "./decode-logo"

/**
 * Decoded logos by file id: a receipt is on its way from the sale to the printer, and reading
 * and decoding the image each time would cost more than the rest of the receipt. A new logo is a
 * new file (a new id), so an entry never goes stale; the map holds the one or two in use.
 */
const decoded = new Map<string, Promise<Logo | null>>()

/**
 * The store's receipt logo, decoded, or null when none is set. A logo that cannot be read (its
 * file gone from storage) prints no logo rather than failing the receipt, and is logged.
 */
export async function storeLogo(container: MedusaContainer): Promise<Logo | null> {
  const fileId = await container.resolve<PrintingModuleService>(PRINTING_MODULE).logoFileId()
  if (!fileId) return null
  let logo = decoded.get(fileId)
  if (!logo) {
    logo = container
      .resolve(Modules.FILE)
      .getAsBuffer(fileId)
      .then(decodeLogo)
      .catch((e: Error) => {
        container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`Printing: the receipt logo ${fileId} could not be read (${e.message}); receipts print without it`)
        decoded.delete(fileId)
        return null
      })
    decoded.set(fileId, logo)
  }
  return logo
}
