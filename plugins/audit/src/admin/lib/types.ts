/** What the audit API (/admin/kassa/audit/…) returns, as the admin pages read it. */

/** A row change: every changed field with its old and new value. */
export type FieldChanges = Record<string, { before: unknown; after: unknown }>

export type AuditEntry = {
  seq: number
  occurred_at: string
  recorded_at: string
  actor_type: string
  actor_id: string | null
  actor_name: string | null
  action: string
  entity_type: string
  entity_id: string | null
  /** The record's name as people know it (staff name, receipt number, product title), when it still exists. */
  entity_label: string | null
  /** FieldChanges for row changes; a flat object for app events (sign-ins, PINs, refusals). */
  changes: Record<string, unknown>
  branch_id: string | null
  related_ids: string[]
  ip: string | null
  user_agent: string | null
  correlation_id: string | null
  reason: string | null
  prev_hash: string
  hash: string
}

export type EntriesPage = { entries: AuditEntry[]; next_cursor: number | null; limit: number }

export type VerifyResult = {
  ok: boolean
  checked: number
  broken: { seq: number; problem: string } | null
  head: { seq: number; hash: string } | null
}

export type AuditMeta = { entity_types: string[]; actions: string[] }

/** The records whose pages carry a history widget. */
export type HistoryType = "order" | "product" | "customer"

/** The part of the core plugin's /admin/kassa/me this admin reads. */
export type Me = {
  staff: { all_branches: boolean; branch_ids: string[] } | null
  policies: string[]
}
