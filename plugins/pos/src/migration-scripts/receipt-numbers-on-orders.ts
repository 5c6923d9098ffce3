import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Runs once: counter sales completed before orders carried their receipt number as
 * `custom_display_id` get it now (in one statement: a store may have years of sales).
 */
export default async function receiptNumbersOnOrders({ container }: { container: MedusaContainer }) {
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  await pg.raw(`
    update "order" o set custom_display_id = t.receipt_number
      from kassa_pos_ticket t
     where t.order_id = o.id and t.receipt_number is not null and o.custom_display_id is null`)
}
