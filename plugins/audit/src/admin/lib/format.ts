import type { AuditEntry, FieldChanges } from "./types"

/** In the browser's locale, to the second: entries a second apart are told apart. */
export const formatDateTime = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "medium" })

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v)

/**
 * Row changes are `{ field: { before, after } }`; app events (sign-ins, PINs, refusals) a flat
 * object. Told apart by shape, so a new kind of event needs no list kept here.
 */
export const isFieldChanges = (changes: Record<string, unknown>): changes is FieldChanges =>
  Object.values(changes).every((v) => isObject(v) && "before" in v && "after" in v && Object.keys(v).length === 2)

/** A value as the detail views print it: strings as they are (so "[redacted]" too), the rest as JSON. */
export const printValue = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v, null, 2) ?? "–")

/** One line for lists: the fields that changed, or what the event says. */
export function summarize(entry: Pick<AuditEntry, "changes">) {
  const { changes } = entry
  if (!Object.keys(changes).length) return "–"
  if (isFieldChanges(changes)) return Object.keys(changes).join(", ")
  return Object.entries(changes)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}: ${typeof v === "object" ? JSON.stringify(v) : String(v)}`)
    .join(" · ") || "–"
}

/** Who acted, by name where the log knows one, else by id, else only the kind ("system"). */
export const actorLabel = (e: Pick<AuditEntry, "actor_name" | "actor_id" | "actor_type">) =>
  e.actor_name ?? e.actor_id ?? e.actor_type

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

const ACTION_COLORS: Record<string, BadgeColor> = {
  create: "green",
  update: "blue",
  delete: "red",
  restore: "purple",
  "auth.sign_in_failed": "orange",
  "auth.sign_in_refused": "orange",
  "auth.locked_out": "red",
  "pin.override": "purple",
  "access.denied": "red",
}

export const actionColor = (action: string): BadgeColor => ACTION_COLORS[action] ?? "grey"
