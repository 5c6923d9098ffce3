import { listPlugins } from "@kassa/core/kit"
import { CustomerWorkflowEvents, OrderWorkflowEvents, ProductWorkflowEvents } from "@medusajs/framework/utils"

/** Medusa's own events offered for subscription (its storefront orders, customers, catalogue). */
const MEDUSA_EVENTS: Record<string, string> = {
  [OrderWorkflowEvents.PLACED]: "An order was placed (a storefront order, or a counter sale's order)",
  [OrderWorkflowEvents.CANCELED]: "An order was canceled (a counter sale voided)",
  [OrderWorkflowEvents.COMPLETED]: "An order was completed",
  [OrderWorkflowEvents.RETURN_RECEIVED]: "A return of an order was received",
  [CustomerWorkflowEvents.CREATED]: "A customer was created",
  [CustomerWorkflowEvents.UPDATED]: "A customer was changed",
  [ProductWorkflowEvents.CREATED]: "A product was created",
  [ProductWorkflowEvents.UPDATED]: "A product was changed",
  [ProductWorkflowEvents.DELETED]: "A product was deleted",
}

/** Every event a subscription may name: Medusa's above and those Kassa's plugins declare (`events` in their definition). */
export function eventCatalogue(): { name: string; description: string; source: string; source_name: string }[] {
  return [
    ...Object.entries(MEDUSA_EVENTS).map(([name, description]) => ({ name, description, source: "medusa", source_name: "Medusa" })),
    ...listPlugins().flatMap((p) => Object.entries(p.events ?? {}).map(([name, description]) => ({ name, description, source: p.id, source_name: p.name }))),
  ].sort((a, b) => a.name.localeCompare(b.name))
}

/** The names in `events` no catalogue lists. */
export const unknownEvents = (events: string[]) => {
  const known = new Set(eventCatalogue().map((e) => e.name))
  return events.filter((e) => !known.has(e))
}
