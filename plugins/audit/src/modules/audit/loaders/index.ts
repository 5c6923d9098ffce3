import type { LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { carryAuditContext } from "./carry-context"
import { syncCaptureTriggers } from "./sync-triggers"

/** Boot: hand the request context to the database, and watch every audited table. */
export default async function installAudit({ container }: LoaderOptions) {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  carryAuditContext(knex)
  const { watched, changed } = await syncCaptureTriggers(knex)
  if (changed) logger.info(`Audit: ${watched} tables watched (${changed} triggers set)`)
}
