import type { MedusaRequest } from "@medusajs/framework/http"
import { routeMatch, routeMethodOf, routePathOf } from "../route-path"

// As Express hands it to a middleware mounted at /admin: the prefix in baseUrl, the rest in path.
const at = (baseUrl: string, path: string, method = "GET") => ({ baseUrl, path, method }) as MedusaRequest

describe("routePathOf", () => {
  it("gives every spelling that reaches one handler the same path, ids keeping their case", () => {
    const spellings = [
      at("/admin", "/orders/order_01ABC"),
      at("/admin", "/orders/order_01ABC/"),
      at("/admin", "//orders//order_01ABC//"),
      at("/admin", "/orders/%6Frder_01ABC"),
    ]
    expect(spellings.map(routePathOf)).toEqual(Array(4).fill("/admin/orders/order_01ABC"))
    expect(routePathOf(at("/ADMIN", "/Orders"))).toBe("/ADMIN/Orders")
  })

  it("keeps an encoded slash inside its segment, as Express keeps it inside one parameter", () => {
    expect(routePathOf(at("/admin", "/orders/a%2Fb/changes"))).toBe("/admin/orders/a%2Fb/changes")
  })

  it("refuses malformed percent-encoding with a 400", () => {
    for (const path of ["/orders/%", "/orders/%zz", "/products/%E0%A4%A"]) {
      expect(() => routePathOf(at("/admin", path))).toThrow(expect.objectContaining({ type: "invalid_data", message: expect.stringContaining("percent-encoding") }))
    }
  })
})

describe("routeMatch", () => {
  it("ignores letter case, as Express's router does, and keeps the captured id as written", () => {
    expect(routeMatch("/ADMIN/Orders/order_01ABC", /^\/admin\/orders\/([^/]+)$/)?.[1]).toBe("order_01ABC")
    expect(routeMatch("/admin/ordersx", /^\/admin\/orders$/)).toBeNull()
  })

  it("treats HEAD as GET: Express runs a GET route's handler for it", () => {
    expect(routeMethodOf(at("/admin", "/orders", "HEAD"))).toBe("GET")
    expect(routeMethodOf(at("/admin", "/orders", "POST"))).toBe("POST")
  })
})
