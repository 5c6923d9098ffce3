import { isPluginOn } from "@kassa/core/kit"
import { POS_RETURN_COMPLETED, type PosReturnCompletedData } from "@kassa/pos/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { bookDamagedReturnWorkflow } from "../workflows/defective"

/**
 * A counter return's damaged units become defective stock. Where warranty is switched off the
 * units are still kept out of sellable stock (the POS's return dismisses them), only not booked.
 */
export default async function defectiveFromReturn({ event, container }: SubscriberArgs<PosReturnCompletedData>) {
  if (!(await isPluginOn(container, "warranty", event.data.stock_location_id))) return
  await bookDamagedReturnWorkflow(container).run({ input: { return_id: event.data.id } })
}

export const config: SubscriberConfig = { event: POS_RETURN_COMPLETED }
