import { model } from "@medusajs/framework/utils"

/**
 * The counter's settings at a branch, and its receipt counter: one row per branch, locked while
 * a number is taken so numbers are gapless and strictly increasing under any concurrency.
 */
export const BranchSettings = model
  .define({ name: "PosBranchSettings", tableName: "kassa_pos_branch_settings" }, {
    id: model.id({ prefix: "ppbs" }).primaryKey(),
    stock_location_id: model.text().unique(),
    /** Tokens: {branch} {yyyy} {yy} {mm} {dd} {seq:N}; the counter restarts when the date part changes. */
    receipt_pattern: model.text().default("{branch}-{yyyy}{mm}-{seq:6}"),
    receipt_period: model.text().nullable(),
    receipt_last: model.number().default(0),
    allow_negative_stock: model.boolean().default(false),
    /** The receipt's warranty line. */
    warranty_terms: model.text().default("Items carry the manufacturer's warranty; keep this receipt for claims."),
    /** Extra methods this branch accepts beside cash and card, e.g. bank transfer, e-wallet. */
    /** A return above this amount, or later than return_approval_days after the sale, needs a manager. */
    return_approval_amount: model.bigNumber().default(5000),
    return_approval_days: model.number().default(7),
    /** A return request (one a manager approves later) expires this many days after it was made. */
    return_request_days: model.number().default(7),
    /** E-mail every sale's receipt to its customer, when they have an address, as the sale completes. */
    email_receipts: model.boolean().default(false),
    other_tenders: model.json().default({ methods: [{ id: "bank_transfer", label: "Bank transfer" }, { id: "ewallet", label: "E-wallet" }] }),
  })
