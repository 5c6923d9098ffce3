import type { Staff } from "./types"

export const staffName = (s: Pick<Staff, "user">) =>
  [s.user.first_name, s.user.last_name].filter(Boolean).join(" ") || s.user.email

export const initials = (s: Pick<Staff, "user">) => staffName(s).slice(0, 1).toUpperCase()

export const formatDateTime = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "Never"

export const formatTime = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { timeStyle: "short" })

export const isLocked = (s: Pick<Staff, "locked_until">) => !!s.locked_until && new Date(s.locked_until) > new Date()

/** "3 min ago", for the active staff panel. */
export function minutesAgo(iso: string | null) {
  if (!iso) return "–"
  const minutes = Math.round((Date.now() - new Date(iso).getTime()) / 60000)
  return minutes < 1 ? "just now" : `${minutes} min ago`
}

/**
 * Hire dates are calendar days: sent as YYYY-MM-DD (UTC midnight on the server) and read back
 * from the date part, so no time zone moves them by a day.
 */
export const toDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`

export function fromDay(iso: string | null) {
  if (!iso) return null
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number)
  return new Date(y, m - 1, d)
}
