import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import type { CustomerArchiveRecord } from "../../../../../workflows/archives"
import type { GetArchivedCustomersType } from "../../archive-validators"

type Row = { id: string; first_name: string | null; last_name: string | null; email: string | null; phone: string | null; deleted_at: Date; metadata: Record<string, unknown> | null }

/**
 * Customers soft-deleted in Medusa's customer module, newest first: those Kassa archived
 * (`archive`: who, when, why; `restorable`) and those merged away or deleted (not restorable here).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, GetArchivedCustomersType>, res: MedusaResponse) => {
  const { offset, limit } = req.validatedQuery
  const service = req.scope.resolve(Modules.CUSTOMER)
  const [rows, count] = await service.listAndCountCustomers(
    // Not in Medusa's filter type, but its repository takes any column with withDeleted.
    { deleted_at: { $ne: null } } as Record<string, unknown>,
    { select: ["id", "first_name", "last_name", "email", "phone", "deleted_at", "metadata"], withDeleted: true, skip: offset, take: limit, order: { deleted_at: "DESC" } }
  )
  const customers = (rows as unknown as Row[]).map(({ metadata, ...c }) => {
    const archive = (metadata?.kassa_archived as CustomerArchiveRecord | undefined) ?? null
    return { ...c, archive, restorable: !!archive }
  })
  res.json({ customers, count, offset, limit })
}
