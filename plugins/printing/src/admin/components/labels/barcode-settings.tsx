import { Button, Heading, Input, Label, Switch, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useBarcodeSettings, useSaveBarcodeSettings } from "../../lib/labels-queries"

/**
 * How new variants get their EAN-13: from the store's GS1 company prefix, or internal codes
 * (prefix 2, meaningful only inside the store); and whether they get one at all. Codes already
 * given never change. Shown to those who may set it (Manager): the route refuses the others.
 */
export function BarcodeSettings() {
  const settings = useBarcodeSettings()
  const save = useSaveBarcodeSettings()
  const [prefix, setPrefix] = useState("")
  const [assign, setAssign] = useState(true)
  useEffect(() => {
    if (!settings.data) return
    setPrefix(settings.data.gs1_prefix ?? "")
    setAssign(settings.data.assign_on_create)
  }, [settings.data])
  if (!settings.data) return null
  const { internal, capacity } = settings.data
  return (
    <form
      className="flex flex-col gap-y-3"
      onSubmit={(e) => {
        e.preventDefault()
        save.mutate({ gs1_prefix: prefix.trim() || null, assign_on_create: assign })
      }}
    >
      <div>
        <Heading level="h2">Barcode numbering</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          New variants without a barcode get an EAN-13: {internal ? "internal codes (prefix 2), valid only in this store" : `from the GS1 prefix ${settings.data.gs1_prefix}`},{" "}
          room for {capacity.toLocaleString()} codes. Codes already given never change.
        </Text>
      </div>
      <div className="flex flex-wrap items-end gap-4">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor="gs1-prefix">GS1 company prefix</Label>
          <Input id="gs1-prefix" value={prefix} onChange={(e) => setPrefix(e.target.value)} placeholder="Empty: internal codes (2…)" inputMode="numeric" className="w-56" />
        </div>
        <div className="flex items-center gap-x-2 pb-2">
          <Switch id="assign-on-create" checked={assign} onCheckedChange={setAssign} />
          <Label htmlFor="assign-on-create">Give new variants a barcode</Label>
        </div>
        <Button type="submit" size="small" variant="secondary" isLoading={save.isPending}>
          Save numbering
        </Button>
      </div>
    </form>
  )
}
