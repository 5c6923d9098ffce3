/** Calendar dates as "YYYY-MM-DD": due dates are days, not instants. */
export type IsoDate = string

const daysInMonth = (year: number, month0: number) => new Date(Date.UTC(year, month0 + 1, 0)).getUTCDate()

/**
 * The date `months` months after `start`, on the same day of the month, or the month's last day
 * when it has fewer: Jan 31 → Feb 28 (29 in a leap year) → Mar 31. Always counted from the
 * start date, never from the previous due date, so a short month does not pull later ones back.
 */
export function addMonths(start: IsoDate, months: number): IsoDate {
  const [y, m, d] = start.split("-").map(Number)
  const total = (m - 1) + months
  const year = y + Math.floor(total / 12)
  const month0 = ((total % 12) + 12) % 12
  const day = Math.min(d, daysInMonth(year, month0))
  return `${year}-${String(month0 + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: IsoDate, to: IsoDate) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

export const addDays = (date: IsoDate, days: number): IsoDate => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)

/** Today (or `at`) as a calendar date in the branch's time zone. */
export const localDate = (at: Date, timeZone: string): IsoDate =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at)
