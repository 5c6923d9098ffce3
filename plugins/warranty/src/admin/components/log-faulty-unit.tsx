import { Button, Heading, Input, Select, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { post, useVariantSearch, useWarrantyWrite } from "../lib/queries"
import { Field } from "./field"

/** A unit found faulty on the shelf: one unit of the variant is held (reserved) at the branch. */
export const LogFaultyUnitForm = ({ locationId }: { locationId: string }) => {
  const [q, setQ] = useState("")
  const [variantId, setVariantId] = useState("")
  const [serial, setSerial] = useState("")
  const [reason, setReason] = useState("")
  const variants = useVariantSearch(q)
  const log = useWarrantyWrite(
    () => post("/admin/kassa/warranty/defective-units", { location_id: locationId, variant_id: variantId, reason: reason.trim(), ...(serial.trim() ? { serial_number: serial.trim() } : {}) }),
    "Faulty unit logged and held out of stock"
  )
  return (
    <form
      className="flex flex-col gap-y-3 px-6 py-4"
      onSubmit={(e) => {
        e.preventDefault()
        log.mutate(undefined, { onSuccess: () => (setVariantId(""), setSerial(""), setReason("")) })
      }}
    >
      <Heading level="h2">Log faulty unit</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        A unit found faulty on the shelf is held out of sellable stock until it is repaired, returned or written off.
      </Text>
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2">
        <Field id="kassa-warranty-faulty-search" label="Product (SKU, barcode or name)">
          <Input id="kassa-warranty-faulty-search" size="small" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Scan or type…" />
        </Field>
        <Field id="kassa-warranty-faulty-variant" label="Variant">
          <Select value={variantId || undefined} onValueChange={setVariantId} size="small">
            <Select.Trigger id="kassa-warranty-faulty-variant" aria-label="variant">
              <Select.Value placeholder={variants.data?.length ? "Choose…" : "Search first"} />
            </Select.Trigger>
            <Select.Content>
              {(variants.data ?? []).map((v) => (
                <Select.Item key={v.id} value={v.id}>
                  {[v.product?.title, v.title].filter(Boolean).join(" ")} {v.sku ? `(${v.sku})` : ""}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field id="kassa-warranty-faulty-serial" label="Serial number (optional)">
          <Input id="kassa-warranty-faulty-serial" size="small" value={serial} onChange={(e) => setSerial(e.target.value)} />
        </Field>
        <Field id="kassa-warranty-faulty-reason" label="What is wrong">
          <Textarea id="kassa-warranty-faulty-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
        </Field>
      </div>
      <div>
        <Button size="small" type="submit" disabled={!variantId || reason.trim().length < 3} isLoading={log.isPending}>
          Log faulty unit
        </Button>
      </div>
    </form>
  )
}
