import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ProductEvents } from "@medusajs/framework/utils"
import { queueScanIndex, type IndexRequest } from "../scan/scan-index"

// The product module's own events (emitted whichever way a change is made: admin, workflow,
// import, a direct service call), by the record they name.
const KINDS: Record<string, keyof IndexRequest> = {
  [ProductEvents.PRODUCT_VARIANT_CREATED]: "variant_ids",
  [ProductEvents.PRODUCT_VARIANT_UPDATED]: "variant_ids",
  [ProductEvents.PRODUCT_VARIANT_DELETED]: "variant_ids",
  [ProductEvents.PRODUCT_VARIANT_RESTORED]: "variant_ids",
  [ProductEvents.PRODUCT_CREATED]: "product_ids",
  [ProductEvents.PRODUCT_UPDATED]: "product_ids",
  [ProductEvents.PRODUCT_DELETED]: "product_ids",
  [ProductEvents.PRODUCT_RESTORED]: "product_ids",
  [ProductEvents.PRODUCT_OPTION_UPDATED]: "option_ids",
  [ProductEvents.PRODUCT_OPTION_VALUE_UPDATED]: "option_value_ids",
}

/** Keeps the scan index current: a change to a variant, its product or its options re-reads the variants it touches. */
export default async function scanIndexFeed({ event, container }: SubscriberArgs<{ id: string | string[] }>) {
  await queueScanIndex(container, { [KINDS[event.name]]: [event.data.id].flat() })
}

export const config: SubscriberConfig = { event: Object.keys(KINDS) }
