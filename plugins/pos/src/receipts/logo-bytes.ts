import { logoBytes } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"

/** The bytes of the logo a receipt prints (for its PDF), or null; a logo that cannot be read is left out, not the receipt. */
export const receiptLogoBytes = (container: MedusaContainer, data: { logo?: { file_id: string } | null }): Promise<Buffer | null> =>
  data.logo ? logoBytes(container, data.logo.file_id).catch(() => null) : Promise.resolve(null)
