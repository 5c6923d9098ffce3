import { Button, Heading, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { NEXT_STATUSES, STATUS_LABELS } from "../lib/labels"
import { post, useWarrantyWrite } from "../lib/queries"
import type { Claim, ClaimStatus } from "../lib/types"
import { Field } from "./field"

/** The moves the lifecycle allows from here, each with an optional note for the history (and the customer's e-mail). */
export const ClaimActions = ({ claim }: { claim: Claim }) => {
  const [note, setNote] = useState("")
  const moveTo = useWarrantyWrite((status: ClaimStatus) => post(`/admin/kassa/warranty/claims/${claim.id}`, { status, ...(note ? { note } : {}) }), "Claim updated")
  // A replacement claim is completed by the replacement itself.
  const next = NEXT_STATUSES[claim.status].filter((s) => !(s === "completed" && claim.type === "replacement"))
  if (!next.length) return null
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">Move on</Heading>
      <Field id="kassa-warranty-note" label="Note (optional)" hint="Kept in the claim's history and sent to the customer.">
        <Input id="kassa-warranty-note" size="small" value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="flex flex-wrap gap-2">
        {next.map((s) => (
          <Button key={s} size="small" variant={s === "rejected" || s === "canceled" ? "secondary" : "primary"} isLoading={moveTo.isPending && moveTo.variables === s} onClick={() => moveTo.mutate(s, { onSuccess: () => setNote("") })}>
            {STATUS_LABELS[s]}
          </Button>
        ))}
      </div>
      {moveTo.error && (
        <Text size="small" className="text-ui-fg-error">
          {moveTo.error.message}
        </Text>
      )}
    </div>
  )
}
