import { model } from "@medusajs/framework/utils"

/**
 * A customer merged into another: the pointer kept with the archived (soft-deleted) customer,
 * so an old receipt's customer leads to the one kept. `customers` holds both customers as they
 * were before the merge and the kept one after it; `moved` counts what moved (orders, addresses,
 * groups, and each plugin hook's rows).
 */
export const CustomerMerge = model
  .define({ name: "CustomerMerge", tableName: "kassa_customer_merge" }, {
    id: model.id({ prefix: "cmrg" }).primaryKey(),
    from_customer_id: model.text(),
    into_customer_id: model.text(),
    /** The user id of the manager who merged. */
    merged_by: model.text(),
    reason: model.text(),
    merged_at: model.dateTime(),
    customers: model.json(),
    moved: model.json(),
  })
  .indexes([
    // A customer is merged away once: a second merge of the same one fails in the database too.
    { on: ["from_customer_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["into_customer_id"] },
  ])
