import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { kassaErrorHandler } from "../error-handler"

const quiet = { info: () => undefined, error: () => undefined, warn: () => undefined }

/** Runs the handler on one error; what a client would receive. */
function answer(err: unknown) {
  const req = { path: "/admin/kassa/pos/tickets/t/checkout", scope: { resolve: () => quiet } } as unknown as MedusaRequest
  const sent: { status?: number; body?: unknown } = {}
  const res = {
    status(code: number) {
      sent.status = code
      return this
    },
    json(body: unknown) {
      sent.body = body
      return this
    },
  } as unknown as MedusaResponse
  kassaErrorHandler(err, req, res, () => undefined)
  return sent
}

describe("kassaErrorHandler", () => {
  it("answers every MedusaError CONFLICT as one 409 shape that keeps its message", () => {
    expect(answer(new MedusaError(MedusaError.Types.CONFLICT, "Out of stock: Phone at Manila Branch has 0 available, the sale needs 1"))).toEqual({
      status: 409,
      body: { type: "conflict", message: "Out of stock: Phone at Manila Branch has 0 available, the sale needs 1" },
    })
    expect(answer(new MedusaError(MedusaError.Types.CONFLICT, "This register's drawer is already open", "drawer_open"))).toEqual({
      status: 409,
      body: { type: "conflict", message: "This register's drawer is already open", code: "drawer_open" },
    })
  })

  it("leaves other errors to Medusa's handler, and answers a malformed path 400", () => {
    expect(answer(new MedusaError(MedusaError.Types.NOT_FOUND, "No order order_1"))).toEqual({
      status: 404,
      body: expect.objectContaining({ type: "not_found", message: "No order order_1" }),
    })
    expect(answer(new URIError("URI malformed"))).toEqual({
      status: 400,
      body: expect.objectContaining({ type: "invalid_data", message: expect.stringContaining("Malformed percent-encoding") }),
    })
  })
})
