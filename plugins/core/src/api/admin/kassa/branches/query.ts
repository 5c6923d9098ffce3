import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type BranchView = {
  stock_location_id: string
  name: string
  address: Record<string, unknown> | null
  sales_channels: { id: string; name: string }[]
  /** Kassa's details; null until a manager gives the branch its code. */
  details: Record<string, unknown> | null
  registers: Record<string, unknown>[]
  plugin_switches: { plugin: string; enabled: boolean }[]
}

/** Every stock location as a branch: Medusa's location and channel with Kassa's details. */
export async function listBranches(scope: MedusaContainer, stockLocationIds?: string[]): Promise<BranchView[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters = stockLocationIds ? { id: stockLocationIds } : {}
  const [{ data: locations }, { data: details }] = await Promise.all([
    query.graph({ entity: "stock_location", fields: ["id", "name", "address.*", "sales_channels.id", "sales_channels.name"], filters }),
    query.graph({
      entity: "branch",
      fields: ["*", "registers.*", "plugin_switches.plugin", "plugin_switches.enabled"],
      filters: stockLocationIds ? { stock_location_id: stockLocationIds } : {},
    }),
  ])
  const byLocation = new Map(details.map((d: Record<string, unknown>) => [d.stock_location_id as string, d]))
  return locations.map((l: Record<string, unknown>) => {
    const d = byLocation.get(l.id as string)
    const { registers = [], plugin_switches = [], ...rest } = (d ?? {}) as Record<string, unknown>
    return {
      stock_location_id: l.id as string,
      name: l.name as string,
      address: (l.address as Record<string, unknown>) ?? null,
      sales_channels: (l.sales_channels as { id: string; name: string }[]) ?? [],
      details: d ? rest : null,
      registers: (registers as Record<string, unknown>[]).filter((r) => !r.deleted_at),
      plugin_switches: plugin_switches as { plugin: string; enabled: boolean }[],
    }
  })
}
