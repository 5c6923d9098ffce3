import { Button, Heading, Input, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { post, useMe, useWarrantyWrite } from "../lib/queries"
import type { Claim } from "../lib/types"
import { Field } from "./field"

/** The technician's part: who works on it, what was done, parts and labour (the claim's cost impact). */
export const RepairForm = ({ claim, editable }: { claim: Claim; editable: boolean }) => {
  const me = useMe()
  const [notes, setNotes] = useState(claim.repair_notes ?? "")
  const [parts, setParts] = useState(String(claim.parts_cost ?? 0))
  const [labour, setLabour] = useState(String(claim.labour_cost ?? 0))
  const save = useWarrantyWrite(
    (body: Record<string, unknown>) => post(`/admin/kassa/warranty/claims/${claim.id}`, body),
    "Repair details saved"
  )
  const myId = me.data?.staff?.id
  return (
    <form
      className="flex flex-col gap-y-3 px-6 py-4"
      onSubmit={(e) => {
        e.preventDefault()
        save.mutate({ repair_notes: notes || null, parts_cost: Number(parts), labour_cost: Number(labour) })
      }}
    >
      <div className="flex items-center justify-between">
        <Heading level="h2">Repair</Heading>
        {editable && myId && claim.technician_id !== myId && (
          <Button size="small" variant="secondary" type="button" onClick={() => save.mutate({ technician_id: myId })}>
            Assign to me
          </Button>
        )}
      </div>
      <Field id="kassa-warranty-repair-notes" label="Repair notes">
        <Textarea id="kassa-warranty-repair-notes" value={notes} disabled={!editable} onChange={(e) => setNotes(e.target.value)} />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <Field id="kassa-warranty-parts" label="Parts cost">
          <Input id="kassa-warranty-parts" size="small" type="number" min="0" step="0.01" value={parts} disabled={!editable} onChange={(e) => setParts(e.target.value)} />
        </Field>
        <Field id="kassa-warranty-labour" label="Labour cost">
          <Input id="kassa-warranty-labour" size="small" type="number" min="0" step="0.01" value={labour} disabled={!editable} onChange={(e) => setLabour(e.target.value)} />
        </Field>
      </div>
      {editable && (
        <div>
          <Button size="small" type="submit" isLoading={save.isPending}>
            Save repair details
          </Button>
        </div>
      )}
    </form>
  )
}
