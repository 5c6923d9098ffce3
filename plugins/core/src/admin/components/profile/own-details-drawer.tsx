import { Input } from "@medusajs/ui"
import { useState } from "react"
import { initials } from "../../lib/format"
import type { Staff } from "../../lib/types"
import { Field } from "../field"
import { FormDrawer } from "../form-drawer"
import { AvatarField } from "../staff/avatar-field"
import { useChangeOwnEmail, useSaveOwnProfile } from "./profile-writes"

/** One's own phone and picture; a new sign-in e-mail, confirmed by the current password. */
export const OwnDetailsDrawer = ({ staff, onClose }: { staff: Staff; onClose: () => void }) => {
  const save = useSaveOwnProfile()
  const changeEmail = useChangeOwnEmail()
  const [phone, setPhone] = useState(staff.phone ?? "")
  const [avatar, setAvatar] = useState(staff.avatar_url)
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")

  const submit = async () => {
    await save.mutateAsync({ phone: phone.trim() || null, avatar_url: avatar })
    if (email.trim()) await changeEmail.mutateAsync({ email: email.trim(), password })
    onClose()
  }
  return (
    <FormDrawer
      title="Edit your Kassa profile"
      onClose={onClose}
      onSubmit={() => void submit().catch(() => undefined)}
      canSave={!email.trim() || !!password}
      saving={save.isPending || changeEmail.isPending}
    >
      <AvatarField url={avatar} fallback={initials(staff)} onChange={setAvatar} />
      <Field id="kassa-own-phone" label="Phone">
        <Input id="kassa-own-phone" type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} />
      </Field>
      <Field id="kassa-own-email" label="New sign-in e-mail (optional)">
        <Input id="kassa-own-email" type="email" autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
      </Field>
      {email.trim() && (
        <Field id="kassa-own-password" label="Your current password">
          <Input id="kassa-own-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </Field>
      )}
    </FormDrawer>
  )
}
