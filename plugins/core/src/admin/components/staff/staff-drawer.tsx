import { Heading } from "@medusajs/ui"
import { useState } from "react"
import { useAccess } from "../../lib/access"
import { initials, staffName } from "../../lib/format"
import { useBranches, useRoles, useStaff, useUsers } from "../../lib/queries"
import type { Staff } from "../../lib/types"
import { CheckboxRow } from "../checkbox-row"
import { FormDrawer } from "../form-drawer"
import { AvatarField } from "./avatar-field"
import { EmploymentFields } from "./staff-employment-fields"
import { SignInFields } from "./staff-sign-in-fields"
import { detailsBody, initialValues, newStaffBody, SetStaffValue, StaffValues } from "./staff-values"
import { useAddStaff, useUpdateStaff } from "./staff-writes"

const toggle = (list: string[], item: string, on: boolean) => (on ? [...list, item] : list.filter((i) => i !== item))

/**
 * Adds a staff member (no `staff`) or edits one: who they are, what they may do and where.
 * Open it once the roles have loaded: the form starts from them.
 */
export const StaffDrawer = ({ staff, onClose }: { staff?: Staff; onClose: () => void }) => {
  const roles = useRoles()
  const branches = useBranches()
  const everyone = useStaff()
  const users = useUsers(!staff)
  const { can, allBranches } = useAccess()
  const add = useAddStaff()
  const update = useUpdateStaff()
  const [v, setValues] = useState<StaffValues>(() => initialValues(staff, roles.data ?? []))
  const set: SetStaffValue = (key, value) => setValues((old) => ({ ...old, [key]: value }))

  const hasStaff = new Set((everyone.data ?? []).map((s) => s.user_id))
  const candidates = (users.data ?? []).filter((u) => !hasStaff.has(u.id))

  const signInGiven = v.source === "existing" ? !!v.user_id : !!v.email.trim() && !!v.password

  const submit = () => {
    if (staff) update.mutate({ id: staff.id, ...detailsBody(v) }, { onSuccess: onClose })
    else add.mutate(newStaffBody(v), { onSuccess: onClose })
  }

  return (
    <FormDrawer
      title={staff ? `Edit ${staffName(staff)}` : "Add staff"}
      onClose={onClose}
      onSubmit={submit}
      canSave={!!staff || signInGiven}
      saving={add.isPending || update.isPending}
    >
      {!staff && <SignInFields values={v} set={set} candidates={candidates} />}

      <AvatarField
        url={v.avatar_url}
        fallback={staff ? initials(staff) : (v.first_name || v.email || "?").slice(0, 1).toUpperCase()}
        onChange={(url) => set("avatar_url", url)}
      />

      <section className="flex flex-col gap-y-3">
        <Heading level="h3">Roles</Heading>
        {(roles.data ?? []).map((r) => (
          <CheckboxRow
            key={r.id}
            id={`kassa-staff-role-${r.id}`}
            label={r.name}
            description={r.description}
            checked={v.roles.includes(r.name)}
            // The server refuses roles that hold more than the granter has (grantable.ts).
            disabled={!r.policies.every(can) && !v.roles.includes(r.name)}
            onChange={(on) => set("roles", toggle(v.roles, r.name, on))}
          />
        ))}
      </section>

      <section className="flex flex-col gap-y-3">
        <Heading level="h3">Branches</Heading>
        {allBranches && (
          <CheckboxRow
            id="kassa-staff-all-branches"
            label="All branches"
            description="Also every branch opened later."
            checked={v.all_branches}
            onChange={(on) => set("all_branches", on)}
          />
        )}
        {!v.all_branches &&
          (branches.data ?? []).map((b) => (
            <CheckboxRow
              key={b.stock_location_id}
              id={`kassa-staff-branch-${b.stock_location_id}`}
              label={b.name}
              description={b.details?.code}
              checked={v.branch_ids.includes(b.stock_location_id)}
              onChange={(on) => set("branch_ids", toggle(v.branch_ids, b.stock_location_id, on))}
            />
          ))}
      </section>

      <EmploymentFields values={v} set={set} withPin={!staff} />
    </FormDrawer>
  )
}
