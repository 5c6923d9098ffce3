import type { ICustomerModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { normalizedOrNull } from "../customers/phone"

const PAGE = 500

/**
 * Runs once: customers' phones written before Kassa stored them in E.164 (`0917 123 4567`,
 * `639171234567`) are rewritten as `+639171234567`, so the counter's lookup and the duplicate
 * finder see one spelling. A phone that cannot be read as a number is left as it was (a person
 * reads it on the customer's page); the count of each is logged.
 */
export default async function normalizeCustomerPhones({ container }: { container: MedusaContainer }) {
  const customers: ICustomerModuleService = container.resolve(Modules.CUSTOMER)
  let changed = 0
  let unreadable = 0
  for (let skip = 0; ; skip += PAGE) {
    const page = await customers.listCustomers({}, { select: ["id", "phone"], order: { id: "ASC" }, skip, take: PAGE })
    for (const c of page) {
      if (!c.phone) continue
      const phone = normalizedOrNull(c.phone)
      if (!phone) unreadable++
      else if (phone !== c.phone) {
        await customers.updateCustomers(c.id, { phone })
        changed++
      }
    }
    if (page.length < PAGE) break
  }
  container.resolve("logger").info(`Customer phones: ${changed} rewritten in E.164, ${unreadable} left as they were (not a phone number)`)
}
