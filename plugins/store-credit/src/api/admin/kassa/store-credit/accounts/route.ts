import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify"
import { once } from "node:events"
import type { ListAccountsType } from "../validators"
import { listAccounts } from "./list-accounts"

const COLUMNS = ["account_id", "customer_id", "customer_name", "customer_email", "customer_phone", "currency_code", "balance", "available", "earliest_expiry"]
const PAGE = 500

/** Store credit accounts with balance, available and earliest expiry; `format=csv`: the whole filtered list as a file. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListAccountsType>, res: MedusaResponse) => {
  const q = req.validatedQuery
  if (q.format !== "csv") {
    const { accounts, count } = await listAccounts(req.scope, q, { offset: q.offset, limit: q.limit })
    res.json({ accounts, count, offset: q.offset, limit: q.limit })
    return
  }
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="store-credit-${new Date().toISOString().slice(0, 10)}.csv"`)
  const csv = stringify({ header: true, columns: COLUMNS })
  csv.pipe(res)
  // One instant for every page, so an account cannot move between pages of an expiring filter.
  const now = new Date()
  for (let offset = 0; ; offset += PAGE) {
    const { accounts } = await listAccounts(req.scope, q, { offset, limit: PAGE }, now)
    for (const a of accounts) {
      const row = {
        ...a,
        customer_name: [a.customer?.first_name, a.customer?.last_name].filter(Boolean).join(" "),
        customer_email: a.customer?.email ?? "",
        customer_phone: a.customer?.phone ?? "",
        earliest_expiry: a.earliest_expiry ? a.earliest_expiry.toISOString() : "",
      }
      if (!csv.write(row)) await once(csv, "drain")
    }
    if (accounts.length < PAGE) break
  }
  csv.end()
}
