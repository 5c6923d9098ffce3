import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ClaimStatusChanged } from "../../../events"
import { WARRANTY_MODULE } from "../../../modules/warranty"
import type { ClaimStatus } from "../../../modules/warranty/lifecycle"
import type WarrantyModuleService from "../../../modules/warranty/service"
import { claimStatusEmail } from "../../../notifications/claim-status-email"

/** E-mails the sale's customer through the notification module's `email` channel; none without an address. */
export const sendClaimEmailStep = createStep("kassa-warranty-send-claim-email", async (input: ClaimStatusChanged, { container }) => {
  const warranty: WarrantyModuleService = container.resolve(WARRANTY_MODULE)
  const [claim] = await warranty.listWarrantyClaims({ id: input.id }, { relations: ["events"] })
  if (!claim?.customer_id) return new StepResponse(null)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: customers }, { data: locations }] = await Promise.all([
    query.graph({ entity: "customer", fields: ["email", "first_name", "last_name"], filters: { id: claim.customer_id } }),
    query.graph({ entity: "stock_location", fields: ["name"], filters: { id: claim.stock_location_id } }),
  ])
  const customer = customers[0] as { email: string | null; first_name: string | null; last_name: string | null } | undefined
  if (!customer?.email) return new StepResponse(null)
  const step = claim.events.find((e) => e.to_status === input.to && e.from_status === input.from)
  const content = claimStatusEmail({
    claim_id: claim.id,
    customer_name: [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email,
    product_title: claim.product_title,
    serial_number: claim.serial_number,
    type: claim.type,
    status: input.to as ClaimStatus,
    branch_name: (locations[0] as { name: string } | undefined)?.name ?? "",
    note: step?.note ?? null,
  })
  const [notification] = await container.resolve(Modules.NOTIFICATION).createNotifications([
    {
      to: customer.email,
      channel: "email",
      template: "kassa-warranty-claim-status",
      content,
      // One e-mail per status reached, however often the event is delivered.
      idempotency_key: `kassa-warranty-${claim.id}-${input.to}`,
    },
  ])
  return new StepResponse(notification ? { id: notification.id, to: customer.email } : null)
})
