import { Button, Heading, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { post, useWarrantyWrite } from "../lib/queries"
import type { Claim } from "../lib/types"
import { Field } from "./field"

/** Hands over a new unit from the branch's stock; the faulty one goes to defective stock. */
export const ReplaceForm = ({ claim }: { claim: Claim }) => {
  const [serial, setSerial] = useState("")
  const replace = useWarrantyWrite(() => post(`/admin/kassa/warranty/claims/${claim.id}/replacement`, { new_serial: serial.trim() }), "Unit replaced")
  return (
    <form
      className="flex flex-col gap-y-3 px-6 py-4"
      onSubmit={(e) => {
        e.preventDefault()
        replace.mutate(undefined)
      }}
    >
      <Heading level="h2">Replace the unit</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        A new unit of the same product leaves this branch's stock; S/N {claim.serial_number} goes to defective stock.
      </Text>
      <Field id="kassa-warranty-new-serial" label="New unit's serial number">
        <Input id="kassa-warranty-new-serial" size="small" value={serial} onChange={(e) => setSerial(e.target.value)} />
      </Field>
      <div>
        <Button size="small" type="submit" disabled={!serial.trim()} isLoading={replace.isPending}>
          Replace
        </Button>
      </div>
    </form>
  )
}
