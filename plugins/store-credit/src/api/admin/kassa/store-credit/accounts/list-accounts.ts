import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { STORE_CREDIT_MODULE } from "../../../../../modules/store_credit"
import type { AccountFilters, AccountSummary } from "../../../../../modules/store_credit/service"
import type StoreCreditModuleService from "../../../../../modules/store_credit/service"
import type { ListAccountsType } from "../validators"

export type AccountCustomer = { id: string; first_name: string | null; last_name: string | null; email: string | null; phone: string | null }
export type AccountView = AccountSummary & { customer: AccountCustomer | null }

/**
 * Accounts matching the list's filters, each with its customer. Credit is spent at any branch,
 * so a reader sees every account; `location_id` narrows to accounts with an entry there.
 */
export async function listAccounts(container: MedusaContainer, q: ListAccountsType, page: { offset: number; limit: number }, now = new Date()) {
  const filters: AccountFilters = {}
  if (q.location_id) filters.stock_location_id = q.location_id
  if (q.expiring_within_days !== undefined) filters.expiring_before = new Date(now.getTime() + q.expiring_within_days * 86_400_000)
  if (q.q || q.customer_id) {
    const found = await container.resolve(Modules.CUSTOMER).listCustomers({ ...(q.q ? { q: q.q } : {}), ...(q.customer_id ? { id: q.customer_id } : {}) }, { select: ["id"] })
    filters.customer_ids = found.map((c) => c.id)
  }
  const { accounts, count } = await container.resolve<StoreCreditModuleService>(STORE_CREDIT_MODULE).listSummaries(filters, page, now)
  const customers = new Map<string, AccountCustomer>()
  if (accounts.length) {
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "customer",
      fields: ["id", "first_name", "last_name", "email", "phone"],
      filters: { id: [...new Set(accounts.map((a) => a.customer_id))] },
    })
    for (const c of data as AccountCustomer[]) customers.set(c.id, c)
  }
  return { accounts: accounts.map((a): AccountView => ({ ...a, customer: customers.get(a.customer_id) ?? null })), count }
}
