import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** Customers' names by id (one query): name, else e-mail, else phone. */
export async function customerNames(container: MedusaContainer, customerIds: (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(customerIds.filter((id): id is string => !!id))]
  if (!ids.length) return new Map()
  const found = await container.resolve(Modules.CUSTOMER).listCustomers({ id: ids }, { select: ["id", "first_name", "last_name", "email", "phone"] })
  return new Map(found.map((c) => [c.id, [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email || c.phone || c.id]))
}
