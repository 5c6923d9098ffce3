import { ArrowDownTray, PaperPlane } from "@medusajs/icons"
import { Button, Label, Select, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useDownloadLabels, useLabelBranches, useLabelPrinters, useSendLabels, type LabelsBody } from "../../lib/labels-queries"
import type { LabelLayout } from "../../lib/labels-types"

type Request = { items: { variant_id: string; quantity: number }[] } | { product_ids: string[]; quantity?: number }

const LAYOUTS: { value: LabelLayout; label: string }[] = [{ value: "55x25", label: "55 × 25 mm shelf label" }]

/**
 * Where and how the labels come out: the branch (its prices, its printers), the layout, and
 * either a PDF download or a label printer at the branch.
 */
export function LabelsPrintBar({ request, count }: { request: Request | null; count: number }) {
  const { branches } = useLabelBranches()
  const [locationId, setLocationId] = useState<string>()
  const [layout, setLayout] = useState<LabelLayout>("55x25")
  const [printerId, setPrinterId] = useState<string>()
  const printers = useLabelPrinters(locationId)
  const download = useDownloadLabels()
  const send = useSendLabels()

  useEffect(() => {
    if (!locationId && branches.length) setLocationId(branches[0].id)
  }, [branches, locationId])
  useEffect(() => setPrinterId(printers.data?.[0]?.id), [printers.data])

  if (!branches.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        You may not print labels at any branch.
      </Text>
    )
  }
  const body = (): LabelsBody | null => (request && locationId ? { location_id: locationId, layout, ...request } : null)
  const ready = !!request && count > 0 && !!locationId

  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-y-1">
        <Label size="small">Branch (prices)</Label>
        <Select value={locationId} onValueChange={setLocationId}>
          <Select.Trigger className="w-48">
            <Select.Value placeholder="Branch" />
          </Select.Trigger>
          <Select.Content>
            {branches.map((b) => (
              <Select.Item key={b.id} value={b.id}>
                {b.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label size="small">Layout</Label>
        <Select value={layout} onValueChange={(v) => setLayout(v as LabelLayout)}>
          <Select.Trigger className="w-52">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {LAYOUTS.map((l) => (
              <Select.Item key={l.value} value={l.value}>
                {l.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <Button size="small" variant="secondary" disabled={!ready} isLoading={download.isPending} onClick={() => body() && download.mutate(body()!)}>
        <ArrowDownTray />
        Download PDF ({count})
      </Button>
      <div className="flex flex-col gap-y-1">
        <Label size="small">Printer</Label>
        <Select value={printerId} onValueChange={setPrinterId} disabled={!printers.data?.length}>
          <Select.Trigger className="w-48">
            <Select.Value placeholder={printers.data?.length === 0 ? "No printer at this branch" : "Printer"} />
          </Select.Trigger>
          <Select.Content>
            {(printers.data ?? []).map((p) => (
              <Select.Item key={p.id} value={p.id}>
                {p.name} ({p.role})
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <Button size="small" disabled={!ready || !printerId} isLoading={send.isPending} onClick={() => body() && send.mutate({ ...body()!, printer_id: printerId })}>
        <PaperPlane />
        Send to printer
      </Button>
    </div>
  )
}
