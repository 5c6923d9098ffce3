import { Input, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { usePlugins } from "../../lib/queries"
import type { Role } from "../../lib/types"
import { Field } from "../field"
import { FormDrawer } from "../form-drawer"
import { PolicyChecklist } from "./policy-checklist"
import { useSaveRole } from "./role-writes"

/** Creates a role (no `role`) or edits one: its name, description and policies. */
export const RoleDrawer = ({ role, onClose }: { role?: Role; onClose: () => void }) => {
  const plugins = usePlugins()
  const save = useSaveRole()
  const [name, setName] = useState(role?.name ?? "")
  const [description, setDescription] = useState(role?.description ?? "")
  const [policies, setPolicies] = useState(role?.policies ?? [])

  const submit = () => {
    save.mutate({ id: role?.id, name: name.trim(), description: description.trim() || null, policies }, { onSuccess: onClose })
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
      <PolicyChecklist plugins={plugins.data ?? []} value={policies} onChange={setPolicies} />
    </FormDrawer>
  )
}
