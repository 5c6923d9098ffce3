import { Button, Text } from "@medusajs/ui"
import { useState } from "react"
import { staffName } from "../../lib/format"
import type { Staff } from "../../lib/types"
import { Field } from "../field"
import { PinInput } from "./pin-input"
import { FormDrawer } from "../form-drawer"
import { useSetPin } from "./staff-writes"

/** Sets or removes the PIN a staff member types at the counter (e.g. to approve an override). */
export const PinDrawer = ({ staff, onClose }: { staff: Staff; onClose: () => void }) => {
  const [pin, setPin] = useState("")
  const save = useSetPin()
  return (
    <FormDrawer
      title={`PIN for ${staffName(staff)}`}
      onClose={onClose}
      onSubmit={() => save.mutate({ id: staff.id, pin }, { onSuccess: onClose })}
      canSave={!!pin}
      saving={save.isPending && save.variables?.pin !== null}
      saveLabel="Save PIN"
      extraActions={
        staff.has_pin && (
          <Button
            size="small"
            variant="danger"
            type="button"
            className="mr-auto"
            isLoading={save.isPending && save.variables?.pin === null}
            onClick={() => save.mutate({ id: staff.id, pin: null }, { onSuccess: onClose })}
          >
            Remove PIN
          </Button>
        )
      }
    >
      <Text size="small" className="text-ui-fg-subtle">
        {staff.has_pin ? "A PIN is set. A new one replaces it." : "No PIN is set yet."} Kassa stores only a hash of it.
      </Text>
      <Field id="kassa-pin" label="New PIN" hint="4 to 6 digits.">
        <PinInput id="kassa-pin" value={pin} onChange={setPin} />
      </Field>
    </FormDrawer>
  )
}
