import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { currentAuditContext, serializeAuditContext } from "../request-context"

type PgConnection = { query: (sql: string, values?: unknown[]) => Promise<unknown>; kassaAudit?: string }
type PatchedClient = Knex.Client & { kassaAuditPatched?: boolean }

/**
 * Every module's queries go through Medusa's one shared knex pool. Before a pooled connection
 * is handed out (and so before any transaction begins on it) it gets the current request's
 * audit context as the session setting `kassa.audit`; the capture triggers read it. A
 * connection remembers what it carries, so the setting costs a round trip only when the
 * connection changes hands between requests.
 */
export function carryAuditContext(knex: Knex) {
  const client = knex.client as PatchedClient
  if (client.kassaAuditPatched) return
  client.kassaAuditPatched = true
  const acquire = client.acquireConnection.bind(client)
  client.acquireConnection = async function acquireWithAuditContext() {
    const connection = (await acquire()) as PgConnection
    const wanted = serializeAuditContext(currentAuditContext())
    if ((connection.kassaAudit ?? "") !== wanted) {
      try {
        await connection.query("select set_config('kassa.audit', $1, false)", [wanted])
        connection.kassaAudit = wanted
      } catch (e) {
        await client.releaseConnection(connection)
        throw e
      }
    }
    return connection
  }
}
