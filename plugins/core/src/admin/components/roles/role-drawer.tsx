import { Input, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { usePlugins } from "../../lib/queries"
import type { Role } from "../../lib/types"
import { CheckboxRow } from "../checkbox-row"
import { Field } from "../field"
import { FormDrawer } from "../form-drawer"
import { PolicyChecklist } from "./policy-checklist"
import { useSaveRole } from "./role-writes"

/** Creates a role (no `role`) or edits one: its name, description, policies and whether it needs a second factor. */
export const RoleDrawer = ({ role, onClose }: { role?: Role; onClose: () => void }) => {
  const plugins = usePlugins()
  const save = useSaveRole()
  const [name, setName] = useState(role?.name ?? "")
  const [description, setDescription] = useState(role?.description ?? "")
  const [policies, setPolicies] = useState(role?.policies ?? [])
  const [secondFactor, setSecondFactor] = useState(role?.requires_second_factor ?? false)

  const submit = () => {
    save.mutate(
      { id: role?.id, name: name.trim(), description: description.trim() || null, policies, requires_second_factor: secondFactor },
      { onSuccess: onClose }
    )
  }

  return (
    <FormDrawer
      title={role ? `Edit ${role.name}` : "Create role"}
      onClose={onClose}
      onSubmit={submit}
      canSave={!!name.trim() && !!policies.length}
      saving={save.isPending}
    >
      <Field id="kassa-role-name" label="Name">
        <Input id="kassa-role-name" value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field id="kassa-role-description" label="Description">
        <Textarea id="kassa-role-description" rows={2} value={description} onChange={(e) => setDescription(e.target.value)} />
      </Field>
      <CheckboxRow
        id="kassa-role-second-factor"
        label="Require two-factor sign-in"
        description="Staff with this role sign in with an authenticator code. Until they set one up in their profile, they can do nothing else."
        checked={secondFactor}
        onChange={setSecondFactor}
      />
      <PolicyChecklist plugins={plugins.data ?? []} value={policies} onChange={setPolicies} />
    </FormDrawer>
  )
}
