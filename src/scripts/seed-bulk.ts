import type { ExecArgs } from "@medusajs/framework/types"
import { parseBulkArgs } from "./bulk/options"
import { seedBulkSales } from "./bulk/seed-bulk-sales"

/**
 * Generates historic counter sales on top of the demo data, for benchmarks and reports:
 *   node scripts/kassa.js exec ./src/scripts/seed-bulk.ts [lines=1000000] [days=365] [seed=S]
 * Not idempotent: every run adds more orders.
 */
export default async function seedBulk({ container, args }: ExecArgs) {
  await seedBulkSales(container, parseBulkArgs(args))
}
