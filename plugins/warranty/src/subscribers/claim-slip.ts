import { emitDocumentReady } from "@kassa/core/kit"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { WARRANTY_CLAIM_STATUS_CHANGED, type ClaimStatusChanged } from "../events"
import { claimSlipData } from "../slips/claim-slip-data"
import { claimSlipLines } from "../slips/claim-slip-lines"

/**
 * A claim just filed: its slip is offered to whatever prints for the store (a printer routed to
 * `claim_slip` at the branch, or for the filer's role). The claim is filed whatever happens here.
 */
export default async function claimSlip({ event, container }: SubscriberArgs<ClaimStatusChanged>) {
  if (event.data.from !== null) return
  try {
    const found = await claimSlipData(container, event.data.id)
    if (!found) return
    await emitDocumentReady(container, {
      task: "claim_slip",
      stock_location_id: found.stock_location_id,
      register_id: null,
      staff_id: found.filed_by,
      reference: found.slip.claim_id,
      lines: claimSlipLines(found.slip),
    })
  } catch (e) {
    container.resolve<Logger>(ContainerRegistrationKeys.LOGGER).warn(`Warranty: the slip of claim ${event.data.id} was not offered to a printer (${(e as Error).message})`)
  }
}

export const config: SubscriberConfig = { event: WARRANTY_CLAIM_STATUS_CHANGED }
