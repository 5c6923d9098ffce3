import { model } from "@medusajs/framework/utils"

/**
 * One run of a money- or stock-moving workflow (a return, a void, a collection…), keyed by its
 * kind and the client's Idempotency-Key: its journal, from which a run that a crash interrupted
 * is finished or undone (see work/README in core's README, "Interrupted work").
 *
 * While `pending` the row is leased: `owner` (the server instance running it) holds it until
 * `lease_until` and renews it while the run lasts; only an expired lease is taken over. `facts`
 * is what the run's steps recorded as they went (ids they created, stock they moved, written in
 * the same transaction as the move where it matters). `done` keeps the answer a retry gets.
 */
export const WorkRun = model
  .define({ name: "KassaWorkRun", tableName: "kassa_work_run" }, {
    id: model.id({ prefix: "wrun" }).primaryKey(),
    kind: model.text(),
    key: model.text(),
    request_hash: model.text(),
    status: model.enum(["pending", "done", "undone"]).default("pending"),
    owner: model.text().nullable(),
    lease_until: model.dateTime().nullable(),
    input: model.json(),
    facts: model.json(),
    response: model.json().nullable(),
  })
  .indexes([
    { on: ["kind", "key"], unique: true },
    { on: ["lease_until"], where: "status = 'pending'" },
  ])
