import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { pruneExpiredSessions } from "../access/session-store"

/** Expired admin sessions kept in PostgreSQL (no Redis) are never read again: delete them. */
export default async function pruneHttpSessionsJob(container: MedusaContainer) {
  await pruneExpiredSessions(container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION))
}

export const config = { name: "kassa-prune-http-sessions", schedule: "23 * * * *" }
