import type { MedusaContainer } from "@medusajs/framework/types"

// By name, not by import: the seed must still build and run without the printing plugin.
const PRINTING_MODULE = "kassaPrinting"
type Numbering = { gs1_prefix: string | null; assign_on_create: boolean }
type Printing = { barcodeNumbering(): Promise<Numbering>; saveBarcodeNumbering(n: Numbering): Promise<Numbering> }

/**
 * The demo store numbers its variants under GS1 Philippines' prefix 480, as its catalogue's own
 * codes (4809…) do; new variants then get 480… codes from the printing plugin's sequence, which
 * skips the catalogue's. A store that already chose its numbering keeps it.
 */
export async function ensureBarcodeNumbering(container: MedusaContainer) {
  if (!container.hasRegistration(PRINTING_MODULE)) return
  const printing = container.resolve<Printing>(PRINTING_MODULE)
  const current = await printing.barcodeNumbering()
  if (!current.gs1_prefix) await printing.saveBarcodeNumbering({ ...current, gs1_prefix: "480" })
}
