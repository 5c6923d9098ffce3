import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Person = { first_name?: string | null; last_name?: string | null; email?: string | null } | null | undefined

/** A person as receipts and reports name them: first and last name, else e-mail. */
export const fullName = (p: Person) => [p?.first_name, p?.last_name].filter(Boolean).join(" ") || p?.email || "—"

/** Staff members' names by staff id, through their Medusa users (one query). */
export async function staffNames(container: MedusaContainer, staffIds: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(staffIds.filter(Boolean))]
  if (!ids.length) return new Map()
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "staff_member",
    fields: ["id", "user.first_name", "user.last_name", "user.email"],
    filters: { id: ids },
  })
  return new Map((data as { id: string; user?: Person }[]).map((s) => [s.id, fullName(s.user)]))
}
