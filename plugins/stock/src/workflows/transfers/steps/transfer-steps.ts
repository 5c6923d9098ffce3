import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STOCK_MODULE } from "../../../modules/stock"
import type { ArrivedLine } from "../../../modules/stock/transfer-moves"
import type { NewTransfer } from "../../../modules/stock/service"
import type StockModuleService from "../../../modules/stock/service"
import { dispatchUnits, releaseUnits, reserveUnits, type TransferUnits } from "../../../transfers/reservations"
import { underDocument } from "../../receiving/steps/raise-stock"

const stock = (container: { resolve: <T>(key: string) => T }) => container.resolve<StockModuleService>(STOCK_MODULE)

/** The transfer and its lines, pending; undo deletes them. */
export const createTransferStep = createStep(
  "kassa-stock-create-transfer",
  async (input: NewTransfer, { container }) => {
    const created = await stock(container).createTransfer(input)
    return new StepResponse(created, created.id)
  },
  async (id, { container }) => {
    if (id) await stock(container).deleteStockTransfers(id)
  }
)

type ReserveInput = { location_id: string; transfer: { id: string; number: string; by: string | null }; units: TransferUnits[] }

/** The lines' units reserved at the source under the counter's level locks; undo gives them back. */
export const reserveTransferStep = createStep(
  "kassa-stock-reserve-transfer",
  async (input: ReserveInput, { container }) => {
    const reserved = await reserveUnits(container, input.location_id, input.units, input.transfer)
    const units = input.units.map((u) => ({ ...u, reservation_id: reserved.find((r) => r.line_id === u.line_id)!.reservation_id }))
    return new StepResponse(reserved, { location_id: input.location_id, units })
  },
  async (undo, { container }) => {
    if (undo) await releaseUnits(container, undo.location_id, undo.units)
  }
)

/** A pending transfer dispatched or canceled under its row lock; undo makes it pending again. */
export const moveTransferStep = createStep(
  "kassa-stock-move-transfer",
  async (input: { id: string; to: "in_transit" | "canceled"; by: string | null }, { container }) => {
    const { transfer, lines } = await stock(container).moveTransfer(input.id, input.to, input.by)
    const units: TransferUnits[] = lines.map((l) => ({ line_id: l.id, inventory_item_id: l.inventory_item_id, quantity: l.quantity, title: l.title, sku: l.sku, reservation_id: l.reservation_id }))
    return new StepResponse({ ...transfer, units }, input.id)
  },
  async (id, { container }) => {
    if (id) await stock(container).restorePendingTransfer(id)
  }
)

type UnitsAt = { location_id: string; units: TransferUnits[]; document: string }

/** The reserved units leave the source's stock (the reservations consumed with them); undo puts both back. */
export const dispatchStockStep = createStep(
  "kassa-stock-dispatch-stock",
  async (input: UnitsAt, { container }) => {
    await underDocument(input.document, () => dispatchUnits(container, input.location_id, input.units))
    return new StepResponse(null, input)
  },
  async (undo, { container }) => {
    if (undo) await underDocument(`Undone: ${undo.document}`, () => dispatchUnits(container, undo.location_id, undo.units, true))
  }
)

/** A canceled transfer's reservations released (the cancel's last write). */
export const releaseStockStep = createStep("kassa-stock-release-transfer", async (input: UnitsAt, { container }) => {
  await underDocument(input.document, () => releaseUnits(container, input.location_id, input.units))
  return new StepResponse(null)
})

/** What arrived recorded on the lines, the transfer received; undo puts it back in transit. */
export const recordArrivalStep = createStep(
  "kassa-stock-record-arrival",
  async (input: { id: string; lines?: ArrivedLine[]; by: string | null }, { container }) => {
    const arrived = await stock(container).recordTransferArrival(input.id, input.lines, input.by)
    return new StepResponse(arrived, input.id)
  },
  async (id, { container }) => {
    if (id) await stock(container).undoTransferArrival(id)
  }
)
