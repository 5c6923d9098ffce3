import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { stringify } from "csv-stringify"
import { once } from "node:events"
import { LOYALTY_MODULE } from "../../../../../modules/loyalty"
import type LoyaltyModuleService from "../../../../../modules/loyalty/service"
import type { MemberFilters } from "../../../../../modules/loyalty/service"
import type { ListMembersType } from "../validators"

type Customer = { id: string; first_name: string | null; last_name: string | null; email: string | null; phone: string | null }

async function listMembers(container: MedusaContainer, q: ListMembersType, page: { offset: number; limit: number }, now: Date) {
  const filters: MemberFilters = {}
  if (q.location_id) filters.stock_location_id = q.location_id
  if (q.tier_id) filters.tier_id = q.tier_id
  if (q.active_within_days) filters.active_since = new Date(now.getTime() - q.active_within_days * 86_400_000)
  if (q.q) filters.customer_ids = (await container.resolve(Modules.CUSTOMER).listCustomers({ q: q.q }, { select: ["id"] })).map((c) => c.id)
  const { members, count } = await container.resolve<LoyaltyModuleService>(LOYALTY_MODULE).members(filters, page, now)
  const customers = new Map<string, Customer>()
  if (members.length) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "customer",
      fields: ["id", "first_name", "last_name", "email", "phone"],
      filters: { id: members.map((m) => m.customer_id) },
    })
    for (const c of data as Customer[]) customers.set(c.id, c)
  }
  return { members: members.map((m) => ({ ...m, customer: customers.get(m.customer_id) ?? null })), count }
}

const COLUMNS = ["customer_id", "customer_name", "customer_email", "customer_phone", "tier", "balance", "available", "available_value", "qualifying", "enrolled_at", "last_activity_at"]
const PAGE = 500

/** Members with tier, balance and last activity; filters; `format=csv`: the whole filtered list as a file. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListMembersType>, res: MedusaResponse) => {
  const q = req.validatedQuery
  const now = new Date()
  if (q.format !== "csv") {
    const { members, count } = await listMembers(req.scope, q, { offset: q.offset, limit: q.limit }, now)
    res.json({ members, count, offset: q.offset, limit: q.limit })
    return
  }
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="loyalty-members-${now.toISOString().slice(0, 10)}.csv"`)
  const csv = stringify({ header: true, columns: COLUMNS })
  csv.pipe(res)
  for (let offset = 0; ; offset += PAGE) {
    const { members } = await listMembers(req.scope, q, { offset, limit: PAGE }, now)
    for (const m of members) {
      const row = {
        ...m,
        customer_name: [m.customer?.first_name, m.customer?.last_name].filter(Boolean).join(" "),
        customer_email: m.customer?.email ?? "",
        customer_phone: m.customer?.phone ?? "",
        tier: m.tier?.name ?? "",
        enrolled_at: m.enrolled_at.toISOString(),
        last_activity_at: m.last_activity_at ? m.last_activity_at.toISOString() : "",
      }
      if (!csv.write(row)) await once(csv, "drain")
    }
    if (members.length < PAGE) break
  }
  csv.end()
}
