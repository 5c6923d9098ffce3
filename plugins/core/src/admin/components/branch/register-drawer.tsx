import { Input } from "@medusajs/ui"
import { useState } from "react"
import type { Register } from "../../lib/types"
import { Field } from "../field"
import { FormDrawer } from "../form-drawer"
import type { RegisterInput } from "./branch-writes"

/** Adds a register (no `register`) or renames one. */
export const RegisterDrawer = ({
  register,
  isPending,
  onSave,
  onClose,
}: {
  register?: Register
  isPending: boolean
  onSave: (body: RegisterInput) => void
  onClose: () => void
}) => {
  const [name, setName] = useState(register?.name ?? "")
  const [code, setCode] = useState(register?.code ?? "")
  return (
    <FormDrawer
      title={register ? `Edit ${register.name}` : "Add register"}
      onClose={onClose}
      onSubmit={() => onSave({ name: name.trim(), code: code.trim().toUpperCase() })}
      canSave={!!name.trim() && !!code.trim()}
      saving={isPending}
    >
      <Field id="kassa-register-name" label="Name">
        <Input id="kassa-register-name" value={name} placeholder="Counter 3" onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field id="kassa-register-code" label="Code" hint="1–10 capital letters, digits or dashes; unique at this branch.">
        <Input id="kassa-register-code" value={code} placeholder="R3" onChange={(e) => setCode(e.target.value)} />
      </Field>
    </FormDrawer>
  )
}
