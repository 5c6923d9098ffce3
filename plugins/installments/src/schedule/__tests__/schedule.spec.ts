import fc from "fast-check"
import { allocate, owed, payoffQuote, type Outstanding } from "../allocate"
import { buildSchedule, interestFor, split } from "../build-schedule"
import { addMonths, daysBetween } from "../due-dates"
import { lateFeePeriods } from "../late-fee"
import { percentOf, pesos, toCentavos } from "../money"
import { quote, type QuoteTerms } from "../quote"

const isoDate = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const scheduleInput = fc.record({
  financed: fc.integer({ min: 1, max: 5_000_000_000 }),
  term_months: fc.integer({ min: 1, max: 60 }),
  interest_method: fc.constantFrom("add_on" as const, "flat_monthly" as const),
  rate_bp: fc.integer({ min: 0, max: 10_000 }),
  processing_fee: fc.integer({ min: 0, max: 1_000_000 }),
  start: isoDate,
})

describe("schedule", () => {
  it("adds up exactly: principal to the amount financed, interest to the interest, totals to both plus the fee", () => {
    fc.assert(
      fc.property(scheduleInput, (input) => {
        const s = buildSchedule(input)
        const sum = (f: (i: (typeof s.installments)[number]) => number) => s.installments.reduce((a, i) => a + f(i), 0)
        expect(s.installments).toHaveLength(input.term_months)
        expect(sum((i) => i.principal)).toBe(input.financed)
        expect(sum((i) => i.interest)).toBe(s.interest_total)
        expect(s.interest_total).toBe(interestFor(input))
        expect(sum((i) => i.total)).toBe(input.financed + s.interest_total + input.processing_fee)
        for (const i of s.installments) {
          expect(Number.isInteger(i.principal) && Number.isInteger(i.interest)).toBe(true)
          expect(i.principal).toBeGreaterThanOrEqual(0)
        }
      }),
      { numRuns: 1000 }
    )
  })

  it("rounds one way: every installment but the last is equal, the last carries fewer than n centavos more", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.integer({ min: 1, max: 60 }), (amount, n) => {
        const parts = split(amount, n)
        expect(parts.reduce((a, b) => a + b, 0)).toBe(amount)
        expect(new Set(parts.slice(0, -1)).size).toBeLessThanOrEqual(1)
        expect(parts[n - 1] - parts[0]).toBeGreaterThanOrEqual(0)
        expect(parts[n - 1] - parts[0]).toBeLessThan(n)
      }),
      { numRuns: 1000 }
    )
  })

  it("rounds interest half-up to the centavo, once", () => {
    expect(percentOf(12_345, 5_000)).toBe(6_173) // 61.725 → 61.73
    expect(percentOf(12_345, 1)).toBe(1) // 1.2345 → 1
    expect(interestFor({ financed: 1_000_000, term_months: 6, interest_method: "flat_monthly", rate_bp: 150 })).toBe(90_000)
    expect(toCentavos("1234.565")).toBe(123_457)
    expect(pesos(-5)).toBe("-0.05")
  })

  it("falls due monthly from the sale date, on the month's last day when it is shorter", () => {
    const dates = buildSchedule({ financed: 300_00, term_months: 4, interest_method: "add_on", rate_bp: 0, processing_fee: 0, start: "2027-12-31" })
      .installments.map((i) => i.due_date)
    expect(dates).toEqual(["2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30"])
    expect(addMonths("2027-01-31", 1)).toBe("2027-02-28")
    expect(addMonths("2027-01-31", 2)).toBe("2027-03-31")
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 120 }), (start, k) => {
        const due = addMonths(start, k)
        const [y, m, d] = start.split("-").map(Number)
        const [dy, dm, dd] = due.split("-").map(Number)
        expect((dy - y) * 12 + (dm - m)).toBe(k)
        const last = new Date(Date.UTC(dy, dm, 0)).getUTCDate()
        expect(dd).toBe(Math.min(d, last))
        expect(daysBetween(start, due)).toBeGreaterThan(0)
      }),
      { numRuns: 1000 }
    )
  })
})

const outstandingOf = (financed: number, n: number, rate: number, fee: number): Outstanding[] =>
  buildSchedule({ financed, term_months: n, interest_method: "add_on", rate_bp: rate, processing_fee: fee, start: "2027-01-15" }).installments.map((i) => ({
    id: `i${i.sequence}`,
    sequence: i.sequence,
    due_date: i.due_date,
    fee: i.fee,
    interest: i.interest,
    principal: i.principal,
  }))

describe("allocation", () => {
  it("applies every centavo of a payment up to the balance, oldest due first, fees then interest then principal", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 100_000_000 }),
        fc.integer({ min: 1, max: 24 }),
        fc.integer({ min: 0, max: 5_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 1, max: 200_000_000 }),
        (financed, n, rate, fee, amount) => {
          const rows = outstandingOf(financed, n, rate, fee)
          const balance = rows.reduce((a, r) => a + owed(r), 0)
          const { allocations, unapplied } = allocate(rows, amount)
          const applied = allocations.reduce((a, x) => a + x.fee + x.interest + x.principal, 0)
          expect(applied).toBe(Math.min(amount, balance))
          expect(unapplied).toBe(Math.max(0, amount - balance))
          // Only the last installment touched may be left partly paid, and within it the order holds.
          allocations.forEach((a, idx) => {
            const row = rows.find((r) => r.id === a.installment_id)!
            const full = a.fee === row.fee && a.interest === row.interest && a.principal === row.principal
            if (idx < allocations.length - 1) expect(full).toBe(true)
            if (a.interest > 0) expect(a.fee).toBe(row.fee)
            if (a.principal > 0) expect(a.interest).toBe(row.interest)
          })
          expect(allocations.map((a) => a.installment_id)).toEqual(rows.slice(0, allocations.length).map((r) => r.id))
        }
      ),
      { numRuns: 1000 }
    )
  })

  it("quotes an early payoff: what is due in full, principal and fees only for what is not yet due", () => {
    const rows = outstandingOf(1_200_000, 12, 1_200, 50_000)
    const { amount, interest_waived } = payoffQuote(rows, "2027-03-20")
    const interest = (i: Outstanding) => i.interest
    expect(interest_waived).toBe(rows.slice(2).map(interest).reduce((a, b) => a + b, 0))
    expect(amount).toBe(1_200_000 + 50_000 + rows[0].interest + rows[1].interest)
  })
})

describe("late fees and the calculator", () => {
  it("charges the first late fee after the grace days, then one per period", () => {
    const rule = { grace_days: 3, period_days: 30 }
    expect([0, 3, 4, 33, 34, 63, 64].map((d) => lateFeePeriods(d, rule))).toEqual([0, 0, 1, 1, 2, 2, 3])
  })

  const terms: QuoteTerms = {
    term_months: [3, 6, 12],
    min_down_payment_bp: 2_000,
    interest_method: "add_on",
    add_on_bp: { "3": 300, "6": 600, "12": 1_200 },
    monthly_bp: 0,
    processing_fee: { type: "fixed", value: 50_000 },
  }

  it("prices a sale: financed = price − down payment, total cost = price + interest + fee", () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 1_000_000_000 }), fc.constantFrom(3, 6, 12), fc.double({ min: 0.2, max: 0.99, noNaN: true }), (price, n, share) => {
        const down = Math.max(Math.ceil(price * 0.2), Math.min(price - 1, Math.floor(price * share)))
        const q = quote(terms, { price, down_payment: down, term_months: n, start: "2027-05-31" })
        expect(q.financed).toBe(price - down)
        expect(q.total_cost).toBe(price + q.interest_total + q.processing_fee)
        expect(q.down_payment + q.schedule.installments.reduce((a, i) => a + i.total, 0)).toBe(q.total_cost)
      }),
      { numRuns: 1000 }
    )
  })

  it("refuses a down payment under the minimum and a term the branch does not offer, naming them", () => {
    expect(() => quote(terms, { price: 100_000, down_payment: 19_999, term_months: 6, start: "2027-01-01" })).toThrow(
      "The down payment must be at least 20% of the price (200.00)"
    )
    expect(() => quote(terms, { price: 100_000, down_payment: 20_000, term_months: 9, start: "2027-01-01" })).toThrow(
      "9 months is not offered here: choose 3, 6, 12 months"
    )
  })
})
