import { useKassaMutation } from "../../lib/mutation"
import { kassaKeys } from "../../lib/queries"
import { sdk } from "../../lib/sdk"
import type { Register } from "../../lib/types"
import type { BranchDetailsInput } from "./branch-details-form"

// Branch writes refresh the branch lists and /me, which carries each branch's plugin switches.
const refresh = [kassaKeys.branches, kassaKeys.me]

export const useSaveBranch = (locationId: string) =>
  useKassaMutation(
    (body: BranchDetailsInput) => sdk.client.fetch(`/admin/kassa/branches/${locationId}`, { method: "POST", body }),
    { success: "Branch details saved", refresh }
  )

export type RegisterInput = { name: string; code: string }

export const useAddRegister = (locationId: string) =>
  useKassaMutation(
    (body: RegisterInput) => sdk.client.fetch(`/admin/kassa/branches/${locationId}/registers`, { method: "POST", body }),
    { success: (r) => `${r.name} added`, refresh }
  )

/** Renames, recodes or (de)activates a register. */
export const useUpdateRegister = () =>
  useKassaMutation(
    ({ id, name, code, is_active }: Register) =>
      sdk.client.fetch(`/admin/kassa/registers/${id}`, { method: "POST", body: { name, code, is_active } }),
    { success: "Register saved", refresh }
  )

export const useRetireRegister = () =>
  useKassaMutation((id: string) => sdk.client.fetch(`/admin/kassa/registers/${id}`, { method: "DELETE" }), {
    success: "Register retired",
    refresh,
  })

export const useSwitchPlugin = (locationId: string) =>
  useKassaMutation(
    (body: { plugin: string; enabled: boolean; name: string }) =>
      sdk.client.fetch(`/admin/kassa/branches/${locationId}/plugins`, {
        method: "POST",
        body: { plugin: body.plugin, enabled: body.enabled },
      }),
    { success: (s) => `${s.name} switched ${s.enabled ? "on" : "off"} at this branch`, refresh }
  )

/** Closes the branch with the manager's reason; the server refuses while a drawer is open (its message says so). */
export const useCloseBranch = (locationId: string) =>
  useKassaMutation(
    (body: { reason: string }) => sdk.client.fetch(`/admin/kassa/branches/${locationId}/close`, { method: "POST", body }),
    { success: "Branch closed", refresh }
  )

export const useReopenBranch = (locationId: string) =>
  useKassaMutation(() => sdk.client.fetch(`/admin/kassa/branches/${locationId}/reopen`, { method: "POST", body: {} }), {
    success: "Branch reopened",
    refresh,
  })
