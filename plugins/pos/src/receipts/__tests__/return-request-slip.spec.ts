import { returnRequestSlipLines, type ReturnRequestSlip } from "../return-request-slip"

const slip: ReturnRequestSlip = {
  number: "MNL-202612-000042-RQ1",
  sale_receipt_number: "MNL-202612-000042",
  branch: { name: "Manila Branch", code: "MNL", timezone: "Asia/Manila" },
  logo: null,
  requested_at: "2026-12-07T04:00:00.000Z",
  expires_at: "2026-12-14T04:00:00.000Z",
  status: "pending",
  reason: "Stopped working after a week, customer insists on a refund",
  lines: [{ title: "Anker PowerCore 20000 Power Bank with a long name", quantity: 1, condition: "resellable", amount: "2499.00" }],
  refund_total: "2499.00",
  refund_method_label: "Cash",
}

describe("the return request slip", () => {
  const lines = returnRequestSlipLines(slip)

  it("fits a 42-column thermal printer", () => {
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(42)
  })

  it("names the request and the sale, says it waits and until when, and that nothing is refunded yet", () => {
    const text = lines.join("\n")
    expect(text).toContain("RETURN REQUEST")
    expect(text).toContain("MNL-202612-000042-RQ1")
    expect(text).toMatch(/Status\s+Waiting for approval/)
    expect(text).toMatch(/Valid until\s+Dec 14, 2026/)
    expect(text).toContain("Not a refund")
    expect(text).toMatch(/REFUND ASKED\s+PHP 2,499\.00/)
  })

  it("drops the validity once decided", () => {
    expect(returnRequestSlipLines({ ...slip, status: "approved" }).join("\n")).not.toContain("Valid until")
  })
})
