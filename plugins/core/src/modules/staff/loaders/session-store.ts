import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ConfigModule, LoaderOptions } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { keepSessionsInPostgres } from "../../../access/session-store"

/**
 * Cookie sessions in PostgreSQL unless Medusa keeps them in Redis or DynamoDB (see
 * keepSessionsInPostgres). A module test has no project config and no HTTP server: nothing to do.
 */
export default async function sessionStoreLoader({ container }: LoaderOptions) {
  const config = container.resolve<ConfigModule | undefined>(ContainerRegistrationKeys.CONFIG_MODULE, { allowUnregistered: true })
  const project = config?.projectConfig
  if (!project || project.redisUrl || project.sessionOptions?.dynamodbOptions) return
  keepSessionsInPostgres(container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION))
}
