import { canMove, CLAIM_STATUSES, OPEN_STATUSES, TRANSITIONS } from "../lifecycle"
import { claimWindow } from "../window"

describe("claim windows", () => {
  const tz = "Asia/Manila"

  it("accepts day 30 and refuses day 31, counting the sale's day as day 0", () => {
    const sold = new Date("2026-10-01T10:00:00+08:00")
    expect(claimWindow(sold, new Date("2026-10-31T23:59:00+08:00"), tz, 30)).toEqual({
      sold_on: "2026-10-01", today: "2026-10-31", day: 30, days: 30, ends_on: "2026-10-31", open: true,
    })
    expect(claimWindow(sold, new Date("2026-11-01T00:00:00+08:00"), tz, 30)).toEqual(expect.objectContaining({ day: 31, open: false }))
  })

  it("counts in the branch's calendar, not UTC's: minutes apart across its midnight are a day apart", () => {
    const now = new Date("2026-11-08T09:00:00+08:00")
    // 00:05 Manila on Nov 1 is still Oct 31 in UTC: in Manila it is day 7, open.
    expect(claimWindow(new Date("2026-11-01T00:05:00+08:00"), now, tz, 7)).toEqual(expect.objectContaining({ sold_on: "2026-11-01", day: 7, open: true }))
    expect(claimWindow(new Date("2026-10-31T23:55:00+08:00"), now, tz, 7)).toEqual(expect.objectContaining({ sold_on: "2026-10-31", day: 8, open: false }))
    // The same instants in a branch at UTC−5 fall on other days.
    expect(claimWindow(new Date("2026-11-01T00:05:00+08:00"), now, "America/New_York", 7).sold_on).toBe("2026-10-31")
  })

  it("ends windows across month and year ends", () => {
    expect(claimWindow(new Date("2026-12-20T12:00:00+08:00"), new Date("2027-01-19T12:00:00+08:00"), tz, 30)).toEqual(expect.objectContaining({ ends_on: "2027-01-19", day: 30, open: true }))
  })
})

describe("claim lifecycle", () => {
  it("goes Pending → In progress → Completed → Released, and ends rejected or canceled only before completion", () => {
    expect(["in_progress", "completed", "released"].every((to, i) => canMove((["pending", "in_progress", "completed"] as const)[i], to as never))).toBe(true)
    expect(canMove("pending", "completed")).toBe(false)
    expect(canMove("completed", "canceled")).toBe(false)
    for (const end of ["released", "rejected", "canceled"] as const) expect(TRANSITIONS[end]).toEqual([])
  })

  it("calls open every status a unit is still with the store in", () => {
    expect(CLAIM_STATUSES.filter((s) => TRANSITIONS[s].length > 0)).toEqual(OPEN_STATUSES)
  })
})
