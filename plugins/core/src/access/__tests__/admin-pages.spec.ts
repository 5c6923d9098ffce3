import { adminHomeFor, adminPagesFor } from "../admin-pages"
import type { KassaPluginDefinition } from "../registry"

const plugin = (id: string, more: Partial<KassaPluginDefinition>): KassaPluginDefinition => ({
  id,
  name: id,
  description: id,
  defaultEnabled: true,
  policies: {},
  ...more,
})

// Registered out of rank order: the rank decides, not the load order.
const plugins = [
  plugin("pos", { adminPages: [{ path: "/counter", label: "Counter", policy: "pos:sell" }], adminHome: { path: "/counter", policy: "pos:sell", rank: 50 } }),
  plugin("installments", {
    adminPages: [{ path: "/installments", label: "Installments", policy: "installment:read" }],
    adminHome: { path: "/installments?status=pending_approval", policy: "installment:approve", rank: 10 },
  }),
]
const home = (...policies: string[]) => adminHomeFor(new Set(policies), plugins)

describe("where each role lands in the admin", () => {
  it("keeps who may change orders on the order list, whatever else they hold", () => {
    expect(home("order:write", "pos:sell", "installment:approve")).toBe("/orders")
    expect(home("*")).toBe("/orders")
  })

  it("sends the others to the narrowest work they hold, by rank", () => {
    expect(home("pos:sell")).toBe("/counter")
    expect(home("order:read", "installment:approve", "pos:sell")).toBe("/installments?status=pending_approval")
    expect(home("installment:*")).toBe("/installments?status=pending_approval")
  })

  it("falls back to the order list with order:read, else the access page", () => {
    expect(home("order:read")).toBe("/orders")
    expect(home("customer:write")).toBe("/access")
  })

  it("marks each declared page open or refused by the same rule as the server", () => {
    expect(adminPagesFor(new Set(["pos:*"]), plugins)).toEqual([
      expect.objectContaining({ path: "/counter", policy: "pos:sell", allowed: true }),
      expect.objectContaining({ path: "/installments", policy: "installment:read", allowed: false }),
    ])
  })
})
