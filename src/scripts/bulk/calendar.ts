import { cumulativeShares, pickShare } from "./weights"

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** Manila is UTC+8 all year (no daylight saving). */
const MANILA = 8 * HOUR

// Share of a day's sales per opening hour, 10:00–20:59 Manila time: lunch and after-work peaks.
const HOUR_WEIGHTS = [0.6, 0.9, 1.2, 1.1, 0.9, 0.9, 1.0, 1.2, 1.4, 1.3, 0.8]
const OPENING_HOUR = 10

/** How busy a day is: weekends, the 15th and month-end paydays (and the day after), December. */
function dayWeight(manilaDate: Date) {
  const dow = manilaDate.getUTCDay()
  const date = manilaDate.getUTCDate()
  const tomorrow = new Date(manilaDate.getTime() + DAY).getUTCDate()
  let weight = dow === 6 ? 1.5 : dow === 0 ? 1.3 : 1
  if (date === 15 || tomorrow === 1) weight *= 1.6
  else if (date === 16 || date === 1) weight *= 1.25
  if (manilaDate.getUTCMonth() === 11) weight *= 1.3
  return weight
}

/**
 * Draws sale times over the `days` whole Manila days before today (none in the future),
 * busier on weekends and paydays and at lunch and after work.
 */
export function saleClock(days: number, now = Date.now()) {
  const today = Math.floor((now + MANILA) / DAY) * DAY - MANILA
  const first = today - days * DAY
  const dayShares = cumulativeShares(Array.from({ length: days }, (_, i) => dayWeight(new Date(first + i * DAY + MANILA))))
  const hourShares = cumulativeShares(HOUR_WEIGHTS)
  const firstDay = new Date(first + MANILA).toISOString().slice(0, 10)
  const lastDay = new Date(today - DAY + MANILA).toISOString().slice(0, 10)

  /** A sale time in epoch ms from three uniform draws. */
  const draw = (rDay: number, rHour: number, rWithin: number) =>
    first + pickShare(dayShares, rDay) * DAY + (OPENING_HOUR + pickShare(hourShares, rHour)) * HOUR + Math.floor(rWithin * HOUR)

  return { draw, firstDay, lastDay }
}
