import { logoBytes, logoFor } from "@kassa/core/kit"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { Logo } from "../escpos/logo"
import { decodeLogo } from "./decode-logo"

/**
 * Decoded logos by file id: a receipt is on its way from the sale to the printer, and reading
 * and decoding the image each time would cost more than the rest of the receipt. A new logo is a
 * new file (a new id), so an entry never goes stale; the map holds the few in use.
 */
const decoded = new Map<string, Promise<Logo | null>>()

/**
 * The logo a branch prints (core's branding: the branch's own, else the store's), decoded, or
 * null when there is none. A logo that cannot be read (its file gone from storage) prints no
 * logo rather than failing the receipt, and is logged.
 */
export async function branchLogo(container: MedusaContainer, stockLocationId: string): Promise<Logo | null> {
  const fileId = (await logoFor(container, stockLocationId))?.file_id
  if (!fileId) return null
  let logo = decoded.get(fileId)
  if (!logo) {
    logo = container
      .resolve(Modules.FILE)
      .getAsBuffer(fileId)
      .then(decodeLogo)
      .catch((e: Error) => {
        container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`Printing: the logo ${fileId} could not be read (${e.message}); receipts print without it`)
        decoded.delete(fileId)
        return null
      })
    decoded.set(fileId, logo)
  }
  return logo
}

/**
 * The branch's logo file as it was uploaded (PNG or JPEG bytes), for a PDF; null when there is
 * none or it cannot be read (the document goes without it, as on the roll).
 */
export async function branchLogoFile(container: MedusaContainer, stockLocationId: string): Promise<Buffer | null> {
  const fileId = (await logoFor(container, stockLocationId))?.file_id
  return fileId ? logoBytes(container, fileId).catch(() => null) : null
}
