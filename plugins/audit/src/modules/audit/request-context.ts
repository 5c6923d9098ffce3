import { AsyncLocalStorage } from "node:async_hooks"

/** Who is behind the database writes of one request (or of one job, or a script). */
export type AuditContext = {
  actor_type: string
  actor_id: string | null
  ip: string | null
  user_agent: string | null
  branch_id: string | null
  correlation_id: string | null
  /** Why the change is made, when the request says (header X-Kassa-Reason); stored with each entry. */
  reason?: string | null
}

/**
 * Read when a connection is handed out, not when the request starts: authentication and body
 * parsing happen after the context is opened, and the actor must be the one they found.
 */
export type AuditContextSource = () => AuditContext

// One store per process even if this file is loaded twice (plugin build and tests).
const KEY = Symbol.for("kassa.audit.context")
const store: AsyncLocalStorage<AuditContextSource> = ((globalThis as Record<symbol, unknown>)[KEY] ??=
  new AsyncLocalStorage<AuditContextSource>()) as AsyncLocalStorage<AuditContextSource>

/** Runs `fn` (and everything it starts: workflows, subscribers) on behalf of `source`. */
export const runWithAuditContext = <T>(source: AuditContextSource, fn: () => T): T => store.run(source, fn)

export const currentAuditContext = (): AuditContext | undefined => store.getStore()?.()

/** What the database triggers read from the session setting `kassa.audit`. */
export const serializeAuditContext = (c: AuditContext | undefined): string => (c ? JSON.stringify(c) : "")
