import { Heading, Input, RadioGroup, Select } from "@medusajs/ui"
import type { AdminUserRow } from "../../lib/queries"
import { Field } from "../field"
import type { SetStaffValue, StaffValues } from "./staff-values"

/** How a new staff member signs in: a new e-mail/password login, or an admin user not yet on the staff. */
export const SignInFields = ({
  values: v,
  set,
  candidates,
}: {
  values: StaffValues
  set: SetStaffValue
  candidates: AdminUserRow[]
}) => (
  <section className="flex flex-col gap-y-4">
    <Heading level="h3">Sign-in</Heading>
    <RadioGroup value={v.source} onValueChange={(s) => set("source", s as StaffValues["source"])}>
      <RadioGroup.ChoiceBox value="new" label="New login" description="Create an admin user with an e-mail and password." />
      <RadioGroup.ChoiceBox
        value="existing"
        label="Existing admin user"
        description="Give Kassa staff details to a user who already signs in to the admin."
        disabled={!candidates.length}
      />
    </RadioGroup>
    {v.source === "existing" ? (
      <Field id="kassa-staff-user" label="User">
        <Select value={v.user_id} onValueChange={(id) => set("user_id", id)}>
          <Select.Trigger id="kassa-staff-user">
            <Select.Value placeholder="Choose a user" />
          </Select.Trigger>
          <Select.Content>
            {candidates.map((u) => (
              <Select.Item key={u.id} value={u.id}>
                {[u.first_name, u.last_name].filter(Boolean).join(" ") || u.email} ({u.email})
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Field>
    ) : (
      <div className="grid grid-cols-2 gap-4">
        <Field id="kassa-staff-first-name" label="First name">
          <Input id="kassa-staff-first-name" value={v.first_name} onChange={(e) => set("first_name", e.target.value)} />
        </Field>
        <Field id="kassa-staff-last-name" label="Last name">
          <Input id="kassa-staff-last-name" value={v.last_name} onChange={(e) => set("last_name", e.target.value)} />
        </Field>
        <Field id="kassa-staff-email" label="E-mail">
          <Input id="kassa-staff-email" type="email" value={v.email} onChange={(e) => set("email", e.target.value)} />
        </Field>
        <Field id="kassa-staff-password" label="Password" hint="At least 8 characters.">
          <Input
            id="kassa-staff-password"
            type="password"
            autoComplete="new-password"
            value={v.password}
            onChange={(e) => set("password", e.target.value)}
          />
        </Field>
      </div>
    )}
  </section>
)
