import type { ExecArgs } from "@medusajs/framework/types"
import { benchCheckout } from "./checkout"
import { benchList } from "./list"

/** See bench/audit.js. */
export default async function auditBench({ container, args }: ExecArgs) {
  const entries = Number(args.find((a) => a.startsWith("entries="))?.split("=")[1] ?? 1_000_000)
  if (process.env.AUDIT_BENCH_CHECKOUT !== "false") await benchCheckout(container)
  await benchList(container, entries)
}
