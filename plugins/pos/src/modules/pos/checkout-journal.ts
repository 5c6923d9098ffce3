import { MedusaError } from "@medusajs/framework/utils"

/** The ids a checkout gives what it writes, chosen before it writes any of them. */
export type CheckoutPlan = { order_id: string; collection_id: string; fulfillment_id: string; methods: string[] }

/** Units of each inventory item a checkout took off a branch's stock. */
export type CheckoutStock = { location: string; needs: { inventory_item_id: string; quantity: number; title: string }[] }

/** A pending checkout's key row as recovery reads it. */
export type CheckoutJournal = { id: string; key: string; ticket_id: string; plan: CheckoutPlan | null; stock: CheckoutStock | null }

type Raw = { raw(sql: string, bindings: unknown[]): Promise<{ rows: unknown[] }> }

/**
 * Writes the units a checkout took (or null: given back) into its journal, on `trx`: the
 * transaction that moves the stock levels, so that the journal says "taken" exactly when they
 * moved. Only the key's owner may, and only from the other state: anything else fails the
 * transaction, so a unit is never taken or given back twice for one checkout.
 */
export async function recordCheckoutStock(trx: Raw, id: string, owner: string, stock: CheckoutStock | null) {
  const { rows } = await trx.raw(
    `update kassa_pos_checkout_key set stock = ?::jsonb, updated_at = now()
      where id = ? and owner = ? and status = 'pending' and deleted_at is null and stock is ${stock ? "" : "not "}null returning id`,
    [stock ? JSON.stringify(stock) : null, id, owner]
  )
  if (!rows.length) {
    throw new MedusaError(MedusaError.Types.CONFLICT, `Checkout ${id} is no longer this instance's, or its stock was already ${stock ? "taken" : "given back"}`)
  }
}
