import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { MedusaError } from "@medusajs/framework/utils"
import type { TransferStatus } from "./models/transfer"

/** Where a transfer may go from each status: dispatched or canceled while pending, received once in transit. */
const MOVES: Record<TransferStatus, TransferStatus[]> = { pending: ["in_transit", "canceled"], in_transit: ["received"], received: [], canceled: [] }

export type TransferRow = { id: string; number: string; status: TransferStatus; from_location_id: string; to_location_id: string }
export type TransferLineRow = { id: string; variant_id: string; inventory_item_id: string; title: string; sku: string | null; quantity: number; reservation_id: string | null }
export type ArrivedLine = { line_id: string; received_quantity: number; damaged_quantity?: number; note?: string | null }
export type Arrived = TransferRow & { lines: (TransferLineRow & { received_quantity: number })[] }

const stampOf: Partial<Record<TransferStatus, string>> = { in_transit: "dispatched", received: "received", canceled: "canceled" }

/** The transfer's row locked (`for update`) with its lines: two moves of one transfer are decided one after the other. */
export async function lockTransfer(em: SqlEntityManager, id: string) {
  const [transfer] = (await em.execute(
    `select id, number, status, from_location_id, to_location_id from kassa_stock_transfer where id = ? and deleted_at is null for update`,
    [id]
  )) as TransferRow[]
  if (!transfer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No transfer ${id}`)
  const lines = (await em.execute(
    `select id, variant_id, inventory_item_id, title, sku, quantity, reservation_id from kassa_stock_transfer_line where transfer_id = ? and deleted_at is null order by id`,
    [id]
  )) as TransferLineRow[]
  return { transfer, lines }
}

/** Moves a locked transfer to `to` (stamping who and when), or refuses saying what it is. */
export async function moveTransfer(em: SqlEntityManager, id: string, to: TransferStatus, by: string | null) {
  const locked = await lockTransfer(em, id)
  const { transfer } = locked
  if (!MOVES[transfer.status].includes(to)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Transfer ${transfer.number} is ${transfer.status.replace("_", " ")}: it cannot become ${to.replace("_", " ")}`)
  }
  const stamp = stampOf[to]!
  await em.execute(`update kassa_stock_transfer set status = ?, ${stamp}_by = ?, ${stamp}_at = now(), updated_at = now() where id = ?`, [to, by, id])
  return locked
}

/** Puts a dispatched or canceled transfer back to pending (a compensation), clearing the stamps. */
export async function restorePending(em: SqlEntityManager, id: string) {
  await lockTransfer(em, id)
  await em.execute(
    `update kassa_stock_transfer set status = 'pending', dispatched_by = null, dispatched_at = null, canceled_by = null, canceled_at = null, updated_at = now() where id = ?`,
    [id]
  )
}

/**
 * Records what arrived of an in-transit transfer, line by line: received in good order, damaged,
 * and missing (the rest of what was sent), with a note; every line sent must be accounted for.
 * The transfer becomes received, flagged when anything is short or damaged.
 */
export async function recordArrival(em: SqlEntityManager, id: string, arrived: ArrivedLine[] | undefined, by: string | null): Promise<Arrived> {
  const { transfer, lines } = await moveTransfer(em, id, "received", by)
  const given = new Map((arrived ?? []).map((a) => [a.line_id, a]))
  for (const lineId of given.keys()) {
    if (!lines.some((l) => l.id === lineId)) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Line ${lineId} is not on transfer ${transfer.number}`)
  }
  let discrepancy = false
  const out: Arrived["lines"] = []
  for (const line of lines) {
    // Without lines given, everything sent arrived.
    const a = arrived ? given.get(line.id) : { line_id: line.id, received_quantity: line.quantity }
    if (!a) throw new MedusaError(MedusaError.Types.INVALID_DATA, `${line.sku ?? line.title}: say how many of ${line.quantity} arrived on ${transfer.number}`)
    const damaged = a.damaged_quantity ?? 0
    if (a.received_quantity + damaged > line.quantity) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `${line.sku ?? line.title}: ${a.received_quantity} received and ${damaged} damaged, but only ${line.quantity} were sent on ${transfer.number}`)
    }
    const missing = line.quantity - a.received_quantity - damaged
    if (missing || damaged) discrepancy = true
    await em.execute(
      `update kassa_stock_transfer_line set received_quantity = ?, damaged_quantity = ?, missing_quantity = ?, note = ?, updated_at = now() where id = ?`,
      [a.received_quantity, damaged, missing, a.note ?? null, line.id]
    )
    out.push({ ...line, received_quantity: a.received_quantity })
  }
  await em.execute(`update kassa_stock_transfer set has_discrepancy = ? where id = ?`, [discrepancy, id])
  return { ...transfer, status: "received", lines: out }
}

/** Takes a recorded arrival back (a compensation): the lines' figures cleared, the transfer in transit again. */
export async function undoArrival(em: SqlEntityManager, id: string) {
  await lockTransfer(em, id)
  await em.execute(
    `update kassa_stock_transfer_line set received_quantity = null, damaged_quantity = null, missing_quantity = null, note = null, updated_at = now() where transfer_id = ?`,
    [id]
  )
  await em.execute(`update kassa_stock_transfer set status = 'in_transit', has_discrepancy = false, received_by = null, received_at = null, updated_at = now() where id = ?`, [id])
}
