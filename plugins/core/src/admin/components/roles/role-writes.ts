import { useKassaMutation } from "../../lib/mutation"
import { kassaKeys } from "../../lib/queries"
import { sdk } from "../../lib/sdk"

export type RoleBody = { name: string; description: string | null; policies: string[]; requires_second_factor: boolean }

// /me too: changing a role changes the policies of everyone who holds it, the user included.
const refresh = [kassaKeys.roles, kassaKeys.me]

export const useSaveRole = () =>
  useKassaMutation(
    ({ id, ...body }: RoleBody & { id?: string }) =>
      sdk.client.fetch(id ? `/admin/kassa/roles/${id}` : "/admin/kassa/roles", { method: "POST", body }),
    { success: ({ name }) => `Role ${name} saved`, refresh }
  )

export const useDeleteRole = () =>
  useKassaMutation(
    ({ id }: { id: string; name: string }) => sdk.client.fetch(`/admin/kassa/roles/${id}`, { method: "DELETE" }),
    { success: ({ name }) => `Role ${name} deleted`, refresh }
  )
