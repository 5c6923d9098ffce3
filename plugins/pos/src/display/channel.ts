import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Customer displays hang on SSE connections to whichever server instance the browser reached,
 * while an event is handled by one instance only (with Redis the event bus is a work queue).
 * So the instance that handles a ticket's event tells every instance through PostgreSQL's
 * NOTIFY on this channel, which they all share with or without Redis, and each instance that
 * holds a display of that register pushes the ticket to it.
 */
export const DISPLAY_CHANNEL = "kassa_pos_display"

export type DisplayNotice = { register_id: string; ticket_id: string }
/** Something every counter of a branch shows changed (return requests decided or completed). */
export type BranchNotice = { stock_location_id: string; topic: "return_requests" }

type Knex = { raw: (sql: string, values: unknown[]) => Promise<unknown> }

export async function notifyDisplays(scope: MedusaContainer, notice: DisplayNotice) {
  const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.raw("select pg_notify(?, ?)", [DISPLAY_CHANNEL, JSON.stringify(notice)])
}

/** Tells every instance's counters at a branch, as notifyDisplays tells displays. */
export async function notifyBranchCounters(scope: MedusaContainer, notice: BranchNotice) {
  const knex = scope.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  await knex.raw("select pg_notify(?, ?)", [DISPLAY_CHANNEL, JSON.stringify(notice)])
}
