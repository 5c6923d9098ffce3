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

  it("an exchange's slip lists what comes back and what the customer takes, and the difference either way", () => {
    const exchange = { ...slip, new_lines: [{ title: "Anker Nano Charger", quantity: 2, amount: "2999.00" }] }
    const text = returnRequestSlipLines(exchange).join("\n")
    for (const line of returnRequestSlipLines(exchange)) expect(Array.from(line).length).toBeLessThanOrEqual(42)
    expect(text).toContain("EXCHANGE REQUEST")
    expect(text).toMatch(/Coming back:[\s\S]*Taking instead:\n2 x Anker Nano Charger\s+PHP 2,999\.00/)
    expect(text).toMatch(/CUSTOMER PAYS\s+PHP 500\.00/)
    expect(text).not.toContain("REFUND ASKED")
    const cheaper = returnRequestSlipLines({ ...slip, new_lines: [{ title: "Cable", quantity: 1, amount: "499.00" }] }).join("\n")
    expect(cheaper).toMatch(/REFUND ASKED\s+PHP 2,000\.00/)
    expect(cheaper).not.toContain("CUSTOMER PAYS")
  })
})
