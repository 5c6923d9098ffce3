import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** The branch's stock location, which must exist, with the sales channel it sells through. */
export const findStockLocationStep = createStep("find-stock-location", async (stockLocationId: string, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "stock_location",
    fields: ["id", "name", "sales_channels.id"],
    filters: { id: stockLocationId },
  })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${stockLocationId} not found`)
  const location = data[0] as { id: string; name: string; sales_channels?: { id: string }[] }
  return new StepResponse({ id: location.id, name: location.name, sales_channel_id: location.sales_channels?.[0]?.id ?? null })
})
