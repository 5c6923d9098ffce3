import { useKassaMutation } from "../../lib/mutation"
import { kassaKeys } from "../../lib/queries"
import { sdk } from "../../lib/sdk"

/** The staff fields both "add" and "edit" send (POST /admin/kassa/staff[/:id]). */
export type StaffDetailsBody = {
  roles: string[]
  branch_ids: string[]
  all_branches: boolean
  phone: string | null
  hire_date: string | null
  avatar_url: string | null
  commission_rate: number | null
}

export type NewStaffBody = StaffDetailsBody & {
  user_id?: string
  login?: { email: string; password: string; first_name?: string; last_name?: string }
  pin?: string
}

// /me too: editing oneself changes one's own roles and branches.
const refresh = [kassaKeys.staff, kassaKeys.me, kassaKeys.users]

export const useAddStaff = () =>
  useKassaMutation((body: NewStaffBody) => sdk.client.fetch("/admin/kassa/staff", { method: "POST", body }), {
    success: "Staff member added",
    refresh,
  })

export const useUpdateStaff = () =>
  useKassaMutation(
    ({ id, ...body }: Partial<StaffDetailsBody> & { id: string; is_active?: boolean }) =>
      sdk.client.fetch(`/admin/kassa/staff/${id}`, { method: "POST", body }),
    { success: "Staff member saved", refresh }
  )

export const useSetPin = () =>
  useKassaMutation(
    ({ id, pin }: { id: string; pin: string | null }) =>
      sdk.client.fetch(`/admin/kassa/staff/${id}/pin`, { method: "POST", body: { pin } }),
    { success: ({ pin }) => (pin === null ? "PIN removed" : "PIN saved"), refresh }
  )

/** Stores a picture through Medusa's File module; the staff record then keeps its URL. */
export const useUploadAvatar = () =>
  useKassaMutation(async (file: File) => (await sdk.admin.upload.create({ files: [file] })).files[0].url, { refresh: [] })

/** Archives (deactivates with a reason) or restores a staff member. */
export const useArchiveStaff = () =>
  useKassaMutation(
    ({ id, reason }: { id: string; reason: string }) => sdk.client.fetch(`/admin/kassa/staff/${id}/archive`, { method: "POST", body: { reason } }),
    { success: "Staff member archived", refresh }
  )

export const useRestoreStaff = () =>
  useKassaMutation((id: string) => sdk.client.fetch(`/admin/kassa/staff/${id}/restore`, { method: "POST", body: {} }), {
    success: "Staff member restored",
    refresh,
  })
