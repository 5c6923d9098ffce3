import { visibleBranches } from "@kassa/core/kit"
import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const TRANSFER_FIELDS = ["*", "lines.*"]

export type TransferView = { id: string; from_location_id: string; to_location_id: string; lines: { id: string }[] }

/** One transfer with its lines. */
export async function transferView(container: MedusaContainer, id: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "stock_transfer", fields: TRANSFER_FIELDS, filters: { id } })
  const transfer = data[0] as TransferView | undefined
  if (!transfer) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No transfer ${id}`)
  transfer.lines.sort((a, b) => a.id.localeCompare(b.id))
  return transfer
}

/** A transfer the caller may see: staff of either branch (or of every branch). */
export async function visibleTransfer(req: AuthenticatedMedusaRequest, id: string) {
  const transfer = await transferView(req.scope, id)
  const scope = await visibleBranches(req)
  if (!scope.all && !scope.ids.includes(transfer.from_location_id) && !scope.ids.includes(transfer.to_location_id)) {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, `Transfer ${id} is between branches you do not work at`)
  }
  return transfer
}
