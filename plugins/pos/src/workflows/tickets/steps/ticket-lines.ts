import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { POS_MODULE } from "../../../modules/pos"
import type PosModuleService from "../../../modules/pos/service"
import type { TicketForPricing } from "../../../sale/price-ticket"
import type { StockItem } from "../../../scan/find-variants"

/** What a scan puts on a ticket: the variant's description as the ticket keeps it, priced. */
export type LineInput = Pick<
  TicketForPricing["lines"][number],
  "variant_id" | "product_id" | "title" | "variant_title" | "sku" | "barcode" | "thumbnail" | "quantity" | "is_tax_inclusive"
> & { unit_price: number; requires_serial: boolean; stock_items: StockItem[] }

type AddUndo = { kind: "created" | "quantity"; id: string; quantity: number }

export type LinePatch = {
  quantity?: number
  discount_type?: "amount" | "percent" | null
  discount_value?: number | null
  override_price?: number | null
  override_reason?: string | null
  override_by?: string | null
  serial_numbers?: string[]
}

async function openTicket(pos: PosModuleService, ticketId: string) {
  const ticket = await pos.retrieveTicket(ticketId, { relations: ["lines"] })
  if (ticket.status !== "open" && ticket.status !== "parked") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Ticket ${ticketId} is ${ticket.status}: it can no longer change`)
  }
  return ticket
}

/**
 * A scanned item: one more of a plain line already on the ticket, else a new line. Lines with
 * a changed price, a discount or serial numbers stay apart, so each keeps its own terms.
 */
export const addTicketLineStep = createStep(
  "kassa-pos-add-ticket-line",
  async ({ ticket_id, line }: { ticket_id: string; line: LineInput }, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const ticket = await openTicket(pos, ticket_id)
    const same = ticket.lines.find(
      (l) => l.variant_id === line.variant_id && l.override_price == null && !l.discount_type && !(l.serial_numbers ?? []).length
    )
    if (same) {
      const updated = await pos.updateTicketLines({ id: same.id, quantity: same.quantity + line.quantity })
      return new StepResponse(updated, { kind: "quantity", id: same.id, quantity: same.quantity } as AddUndo)
    }
    // A json column is typed as an object; the list of stock items is stored as it is.
    const [created] = await pos.createTicketLines([{ ...line, stock_items: line.stock_items as unknown as Record<string, unknown>, ticket_id }])
    return new StepResponse(created, { kind: "created", id: created.id, quantity: 0 } as AddUndo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const pos = container.resolve<PosModuleService>(POS_MODULE)
    if (undo.kind === "created") await pos.deleteTicketLines(undo.id)
    else await pos.updateTicketLines({ id: undo.id, quantity: undo.quantity })
  }
)

export const updateTicketLineStep = createStep(
  "kassa-pos-update-ticket-line",
  async ({ ticket_id, line_id, patch }: { ticket_id: string; line_id: string; patch: LinePatch }, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const ticket = await openTicket(pos, ticket_id)
    const line = ticket.lines.find((l) => l.id === line_id)
    if (!line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No line ${line_id} on ticket ${ticket_id}`)
    const quantity = patch.quantity ?? line.quantity
    const serials = patch.serial_numbers ?? ((line.serial_numbers ?? []) as string[])
    if (serials.length > quantity) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${serials.length} serial numbers for ${quantity} unit(s)`)
    if (new Set(serials).size !== serials.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, "A serial number is given twice")
    const previous = Object.fromEntries(Object.keys(patch).map((k) => [k, (line as Record<string, unknown>)[k]])) as LinePatch
    const updated = await pos.updateTicketLines({ id: line_id, ...patch })
    return new StepResponse(updated, { id: line_id, previous })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve<PosModuleService>(POS_MODULE).updateTicketLines({ id: undo.id, ...undo.previous })
  }
)

export const removeTicketLineStep = createStep(
  "kassa-pos-remove-ticket-line",
  async ({ ticket_id, line_id }: { ticket_id: string; line_id: string }, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const ticket = await openTicket(pos, ticket_id)
    if (!ticket.lines.some((l) => l.id === line_id)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No line ${line_id} on ticket ${ticket_id}`)
    await pos.softDeleteTicketLines([line_id])
    return new StepResponse(line_id, line_id)
  },
  async (id, { container }) => {
    if (id) await container.resolve<PosModuleService>(POS_MODULE).restoreTicketLines([id])
  }
)

/** A line's price as another plugin's rule sets it: a price and its reason, or null (the shelf price again). */
export type LinePriceOverride = { line_id: string; override_price: number | null; override_reason: string | null; override_by: string | null }

/**
 * Sets or clears the price override of several lines of an open ticket at once, for a rule that
 * authorised it already (the caller's workflow); the compensation puts back each line's price.
 */
export const overrideLinePricesStep = createStep(
  "kassa-pos-override-line-prices",
  async ({ ticket_id, lines }: { ticket_id: string; lines: LinePriceOverride[] }, { container }) => {
    const pos: PosModuleService = container.resolve(POS_MODULE)
    const ticket = await openTicket(pos, ticket_id)
    const before = lines.map(({ line_id }) => {
      const line = ticket.lines.find((l) => l.id === line_id)
      if (!line) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No line ${line_id} on ticket ${ticket_id}`)
      return { id: line.id, override_price: line.override_price, override_reason: line.override_reason, override_by: line.override_by }
    })
    if (lines.length) await pos.updateTicketLines(lines.map(({ line_id, ...price }) => ({ id: line_id, ...price })))
    return new StepResponse(lines.map((l) => l.line_id), before)
  },
  async (before, { container }) => {
    if (before?.length) await container.resolve<PosModuleService>(POS_MODULE).updateTicketLines(before)
  }
)
