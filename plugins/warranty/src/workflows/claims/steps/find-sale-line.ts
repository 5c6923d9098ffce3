import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findSaleLine, type SaleLineQuery } from "../../../sales/find-sale-line"

export const findSaleLineStep = createStep("kassa-warranty-find-sale-line", async (input: SaleLineQuery, { container }) => {
  return new StepResponse(await findSaleLine(container, input))
})
