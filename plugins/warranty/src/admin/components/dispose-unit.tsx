import { Button, Input, Select } from "@medusajs/ui"
import { useState } from "react"
import { DISPOSAL_LABELS } from "../lib/labels"
import { post, useWarrantyWrite } from "../lib/queries"
import type { DefectiveUnit } from "../lib/types"

const choices = (["repaired", "returned_to_supplier", "disposed"] as const).map((value) => ({ value, label: DISPOSAL_LABELS[value] }))

/** A pending unit's way out: repaired (back to sellable stock), returned to the supplier (RMA number) or written off. */
export const DisposeUnit = ({ unit }: { unit: DefectiveUnit }) => {
  const [to, setTo] = useState("")
  const [rma, setRma] = useState("")
  const dispose = useWarrantyWrite(
    () => post(`/admin/kassa/warranty/defective-units/${unit.id}`, { disposal_status: to, ...(to === "returned_to_supplier" ? { rma_number: rma.trim() } : {}) }),
    "Disposal recorded"
  )
  const ready = !!to && (to !== "returned_to_supplier" || !!rma.trim())
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="w-44">
        <Select value={to || undefined} onValueChange={setTo} size="small">
          <Select.Trigger id={`kassa-warranty-disposal-${unit.id}`} aria-label="disposal">
            <Select.Value placeholder="Dispose as…" />
          </Select.Trigger>
          <Select.Content>
            {choices.map((c) => (
              <Select.Item key={c.value} value={c.value}>
                {c.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {to === "returned_to_supplier" && <Input size="small" className="w-32" placeholder="RMA number" aria-label="RMA number" value={rma} onChange={(e) => setRma(e.target.value)} />}
      <Button size="small" variant="secondary" disabled={!ready} isLoading={dispose.isPending} onClick={() => dispose.mutate(undefined)}>
        Apply
      </Button>
    </div>
  )
}
