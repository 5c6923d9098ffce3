const DAY_MS = 86_400_000

/** The calendar date (YYYY-MM-DD) an instant falls on in a time zone. */
export const localDate = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant)

const dayNumber = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS
const addDays = (date: string, days: number) => new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10)

export type ClaimWindow = { sold_on: string; today: string; day: number; days: number; ends_on: string; open: boolean }

/**
 * Counts calendar days in the selling branch's time zone: the day of sale is day 0, so a 30-day
 * window accepts a claim on day 30 and refuses it on day 31, whatever the hour in UTC.
 */
export function claimWindow(soldAt: Date, now: Date, timeZone: string, days: number): ClaimWindow {
  const sold_on = localDate(soldAt, timeZone)
  const today = localDate(now, timeZone)
  const day = dayNumber(today) - dayNumber(sold_on)
  return { sold_on, today, day, days, ends_on: addDays(sold_on, days), open: day <= days }
}
