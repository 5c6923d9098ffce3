import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * A plugin's slip is ready to print (a Z report, a warranty claim slip, an installment payment
 * slip). Whatever prints for the store (the printing plugin) listens for it and sends it to the
 * printer the branch routes `task` to; with nothing listening, or no route, the slip stays what
 * it already was: a page the browser prints. Features cannot import the printing plugin, so this
 * event is their one way to a printer.
 */
export const DOCUMENT_READY = "kassa.document.ready"

/** The tasks a slip may be routed by (the printing plugin's routing table lists the same). */
export const DOCUMENT_TASKS = ["z_report", "claim_slip", "installment_slip", "preorder_slip"] as const
export type DocumentTask = (typeof DOCUMENT_TASKS)[number]

/** Plain-text slips are laid out 42 characters wide, as POS's (an 80 mm roll's font A holds 48, a 58 mm's font B 42). */
export const DOCUMENT_COLUMNS = 42

export type ReadyDocument = {
  task: DocumentTask
  stock_location_id: string
  /** The register it was made at, when it was (routes may be per register). */
  register_id: string | null
  /** The staff member (not user) who made it: routes may be per role. */
  staff_id: string | null
  /** The number it goes by, shown after its task in the print history: the Z report's "#12", a claim's id, a payment's receipt number. */
  reference: string
  /** At most DOCUMENT_COLUMNS characters each. */
  lines: string[]
}

/** Tells whatever prints that a slip is ready. Call it once the slip's work is done (a subscriber, or after a workflow). */
export async function emitDocumentReady(container: MedusaContainer, document: ReadyDocument) {
  const tooWide = document.lines.find((line) => line.length > DOCUMENT_COLUMNS)
  if (tooWide) throw new Error(`A slip line is wider than ${DOCUMENT_COLUMNS} columns: "${tooWide}"`)
  await container.resolve(Modules.EVENT_BUS).emit({ name: DOCUMENT_READY, data: document })
}
