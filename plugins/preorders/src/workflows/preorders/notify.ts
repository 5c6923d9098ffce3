import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { branchAt } from "@kassa/core/kit"
import { readyMail } from "../../mail/ready-mail"
import { PREORDERS_MODULE } from "../../modules/preorders"
import type PreordersModuleService from "../../modules/preorders/service"

/**
 * E-mails the customers of these ready pre-orders (through Medusa's notification module, so the
 * SMTP provider sends them when configured) and stamps each one told at `now` (the pass's clock,
 * which the next reminder counts from). A failed send is logged
 * and left for the reminder job: the units stay reserved either way.
 */
export async function tellCustomers(container: MedusaContainer, ids: string[], reminder: boolean, now = new Date()) {
  if (!ids.length) return 0
  const service = container.resolve<PreordersModuleService>(PREORDERS_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const preorders = await service.listPreorders({ id: ids, status: "ready" })
  const customers = new Map(
    (await container.resolve(Modules.CUSTOMER).listCustomers({ id: [...new Set(preorders.map((p) => p.customer_id))] }, { select: ["id", "email", "first_name", "last_name"] })).map((c) => [c.id, c])
  )
  const [store] = await container.resolve(Modules.STORE).listStores({}, { select: ["name"] })
  let sent = 0
  for (const p of preorders) {
    const customer = customers.get(p.customer_id)
    if (!customer?.email) continue
    const branch = await branchAt(container, { stock_location_id: p.stock_location_id })
    const { balance } = await service.balanceOf(p.id)
    const mail = readyMail({
      customer_name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || "customer",
      number: p.number,
      title: p.title,
      quantity: p.quantity,
      branch_name: branch?.name ?? "our branch",
      currency_code: p.currency_code,
      balance,
      store_name: store?.name ?? "",
      reminder,
    })
    try {
      await container.resolve(Modules.NOTIFICATION).createNotifications([
        { to: customer.email, channel: "email", template: "kassa-preorder-ready", content: mail, idempotency_key: `kassa-preorder-ready-${p.id}-${p.notify_count + 1}` },
      ])
      await service.updatePreorders({ id: p.id, notified_at: now, notify_count: p.notify_count + 1 })
      sent++
    } catch (e) {
      logger.warn(`Pre-order ${p.number}: the ready e-mail to ${customer.email} was not sent: ${(e as Error).message}`)
    }
  }
  return sent
}
