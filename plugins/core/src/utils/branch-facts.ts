import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { BRANCH_MODULE } from "../modules/branch"
import { DEFAULT_COUNTRY, DEFAULT_TIMEZONE } from "../modules/branch/defaults"
import type BranchModuleService from "../modules/branch/service"

/** A branch as sales, plans and claims read it: Kassa's code and time zone, its stock location's name and address. */
export type BranchFacts = {
  stock_location_id: string
  sales_channel_id: string | null
  code: string
  name: string
  timezone: string
  /** Where the goods leave from: a counter sale's "shipping" address, and the address it is taxed at. */
  address: { address_1: string | null; city: string | null; postal_code: string | null; province: string | null; country_code: string }
}

/** A branch by its stock location, or by the sales channel it sells through (how an order names it). */
export type BranchWhere = { stock_location_id: string } | { sales_channel_id: string }

/** The branch, or null when no Kassa branch matches (a stock location or channel outside Kassa). */
export async function branchAt(container: MedusaContainer, where: BranchWhere): Promise<BranchFacts | null> {
  const locationOf = (id: string) =>
    container.resolve(Modules.STOCK_LOCATION).listStockLocations({ id }, { select: ["id", "name"], relations: ["address"] })
  // By stock location both reads go at once (a checkout's first read after a setup change waits on it).
  const known = "stock_location_id" in where ? where.stock_location_id : null
  const [[branch], early] = await Promise.all([
    container.resolve<BranchModuleService>(BRANCH_MODULE).listBranches(where, { select: ["stock_location_id", "sales_channel_id", "code", "timezone"], take: 1 }),
    known ? locationOf(known) : null,
  ])
  if (!branch) return null
  const [location] = early ?? (await locationOf(branch.stock_location_id))
  if (!location) return null
  const a = location.address
  return {
    stock_location_id: branch.stock_location_id,
    sales_channel_id: branch.sales_channel_id ?? null,
    code: branch.code,
    name: location.name,
    timezone: branch.timezone || DEFAULT_TIMEZONE,
    address: {
      address_1: a?.address_1 ?? null,
      city: a?.city ?? null,
      postal_code: a?.postal_code ?? null,
      province: a?.province ?? null,
      country_code: (a?.country_code ?? DEFAULT_COUNTRY).toLowerCase(),
    },
  }
}

/** The branch at a stock location, or a 404 saying it is not one. */
export async function branchAtOr404(container: MedusaContainer, stockLocationId: string): Promise<BranchFacts> {
  const branch = await branchAt(container, { stock_location_id: stockLocationId })
  if (!branch) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location ${stockLocationId} is not a Kassa branch`)
  return branch
}
