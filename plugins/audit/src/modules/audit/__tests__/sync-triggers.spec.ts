import { desiredWatches } from "../loaders/sync-triggers"

const table = (name: string, columns: [string, string | null][] = [], comment: string | null = null) => ({
  table: name,
  comment,
  columns: columns.map(([n, c]) => ({ name: n, comment: c })),
  trigger_args: null,
})

describe("which tables the audit log watches", () => {
  it("takes Medusa's listed tables and every kassa_ table, with their relations", () => {
    const watches = desiredWatches([
      table("product_variant", [["id", null], ["product_id", null]]),
      table("cart", [["id", null]]),
      table("kassa_warranty_claim", [["id", null], ["order_id", null], ["stock_location_id", null], ["notes", null]]),
    ])
    expect(watches).toEqual([
      { table: "product_variant", entity: "product_variant", related: ["product_id"], skip: [] },
      { table: "kassa_warranty_claim", entity: "warranty_claim", related: ["order_id", "stock_location_id"], skip: [] },
    ])
  })

  it("follows the one-line opt-outs and opt-ins in table and column comments", () => {
    const watches = desiredWatches([
      table("kassa_staff_session", [["id", null]], "kassa:audit=off"),
      table("kassa_staff_member", [["id", null], ["last_seen_at", "kassa:audit=off"]]),
      table("loyalty_card", [["id", null], ["customer_id", null]], "kassa:audit=on"),
      table("kassa_audit_entry", [["seq", null]]),
    ])
    expect(watches).toEqual([
      { table: "kassa_staff_member", entity: "staff_member", related: [], skip: ["last_seen_at"] },
      { table: "loyalty_card", entity: "loyalty_card", related: ["customer_id"], skip: [] },
    ])
  })
})
