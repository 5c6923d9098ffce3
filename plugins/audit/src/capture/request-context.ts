import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { randomUUID } from "node:crypto"
import { AuditContext, runWithAuditContext } from "../modules/audit/request-context"

type AuthContext = { actor_id?: string; actor_type?: string }
type Req = MedusaRequest & { auth_context?: AuthContext; requestId?: string; session?: { auth_context?: AuthContext } }

const str = (v: unknown) => (typeof v === "string" && v ? v : null)

/** The branch a request works at, when it names one. */
function branchOf(req: Req): string | null {
  const body = (req.body ?? {}) as Record<string, unknown>
  const query = (req.query ?? {}) as Record<string, unknown>
  return str(req.params?.location_id) ?? str(query.location_id) ?? str(body.location_id) ?? str(req.get("x-kassa-branch"))
}

/** Longest reason kept: a sentence or two, not a document. */
const MAX_REASON = 500

/**
 * Why the request changes what it changes, from the header X-Kassa-Reason (URI-encoded by the
 * admin, since a header carries only Latin-1): trimmed, at most 500 characters, or none.
 */
export function reasonOf(req: MedusaRequest): string | null {
  const raw = req.get("x-kassa-reason")
  if (!raw) return null
  let text = raw
  try {
    text = decodeURIComponent(raw)
  } catch {
    // Not URI-encoded: kept as sent.
  }
  text = text.trim().slice(0, MAX_REASON)
  return text || null
}

export function auditContextOf(req: MedusaRequest, correlationId: string | null): AuditContext {
  const r = req as Req
  const auth = r.auth_context ?? r.session?.auth_context
  return {
    actor_type: auth?.actor_id ? auth.actor_type ?? "user" : "anonymous",
    actor_id: auth?.actor_id ?? null,
    ip: req.ip ?? null,
    user_agent: req.get("user-agent") ?? null,
    branch_id: branchOf(r),
    correlation_id: correlationId,
    reason: reasonOf(req),
  }
}

/**
 * Reads seldom write, so they get no correlation id of their own (unless the client sends
 * x-request-id): one person's reads at one branch then carry the same context, and a pooled
 * connection already holding it is handed out without a set_config round trip (a scan's side-by-
 * side reads take two or three connections, and paid one on each).
 */
const READS = new Set(["GET", "HEAD", "OPTIONS"])

/**
 * Opens the audit context for the rest of the request: every row the request's workflows,
 * modules and subscribers write is captured with this actor, IP, user agent and correlation id.
 */
export function openAuditContext(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const correlationId = req.get("x-request-id") ?? (READS.has(req.method) ? null : (req as Req).requestId || randomUUID())
  runWithAuditContext(() => auditContextOf(req, correlationId), () => next())
}
