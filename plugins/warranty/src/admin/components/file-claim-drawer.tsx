import { Button, Drawer, Input, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useWarrantyAccess } from "../lib/access"
import { post, useLocationNames, useLookup, useWarrantyWrite } from "../lib/queries"
import type { Claim, ClaimType, Window } from "../lib/types"
import { Choice, Field } from "./field"

export type ClaimableLine = { id: string; title: string; serial_numbers: string[] }

const windowText = (w: Window, type: ClaimType) =>
  w.open ? `Day ${w.day} of the ${w.days}-day ${type} window (until ${w.ends_on}).` : `Outside the ${w.days}-day ${type} window: it ended on ${w.ends_on} (day ${w.day}).`

/** Files a claim for a unit of this order: the window is checked as the serial is chosen. */
export const FileClaimDrawer = ({ orderId, lines, onClose }: { orderId: string; lines: ClaimableLine[]; onClose: () => void }) => {
  const navigate = useNavigate()
  const { branches, canOverride } = useWarrantyAccess()
  const names = useLocationNames()
  const [lineId, setLineId] = useState(lines[0]?.id ?? "")
  const line = lines.find((l) => l.id === lineId)
  const [serial, setSerial] = useState(line?.serial_numbers[0] ?? "")
  const [type, setType] = useState<ClaimType>("repair")
  const [locationId, setLocationId] = useState(branches[0]?.stock_location_id ?? "")
  const [issue, setIssue] = useState("")
  const [override, setOverride] = useState("")
  const lookup = useLookup({ location_id: locationId, serial_number: serial, order_id: orderId, line_item_id: lineId })
  const window = lookup.data?.windows[type]
  const file = useWarrantyWrite(
    () =>
      post<{ claim: Claim }>("/admin/kassa/warranty/claims", {
        location_id: locationId,
        type,
        serial_number: serial,
        order_id: orderId,
        line_item_id: lineId,
        issue,
        ...(window && !window.open ? { override: { reason: override } } : {}),
      }),
    "Claim filed"
  )
  const blocked = !!lookup.data?.open_claim || (!!window && !window.open && (!canOverride || override.trim().length < 3))
  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>File a warranty claim</Drawer.Title>
        </Drawer.Header>
        <form
          className="flex flex-1 flex-col overflow-hidden"
          onSubmit={(e) => {
            e.preventDefault()
            file.mutate(undefined, { onSuccess: (r) => navigate(`/warranty/${r.claim.id}`) })
          }}
        >
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <Field id="kassa-warranty-line" label="Item">
              <Choice
                id="kassa-warranty-line"
                value={lineId}
                onChange={(id) => {
                  setLineId(id)
                  setSerial(lines.find((l) => l.id === id)?.serial_numbers[0] ?? "")
                }}
                options={lines.map((l) => ({ value: l.id, label: l.title }))}
              />
            </Field>
            <Field id="kassa-warranty-serial" label="Serial number">
              <Choice id="kassa-warranty-serial" value={serial} onChange={setSerial} options={(line?.serial_numbers ?? []).map((s) => ({ value: s, label: s }))} />
            </Field>
            <Field id="kassa-warranty-type" label="Claim">
              <Choice id="kassa-warranty-type" value={type} onChange={(t) => setType(t as ClaimType)} options={[{ value: "repair", label: "Repair" }, { value: "replacement", label: "Replacement" }]} />
            </Field>
            <Field id="kassa-warranty-branch" label="Branch taking the unit in">
              <Choice id="kassa-warranty-branch" value={locationId} onChange={setLocationId} options={branches.map((b) => ({ value: b.stock_location_id, label: names.data?.get(b.stock_location_id) ?? b.code }))} />
            </Field>
            {lookup.error && <Text size="small" className="text-ui-fg-error">{lookup.error.message}</Text>}
            {lookup.data?.open_claim && <Text size="small" className="text-ui-fg-error">This unit already has an open claim ({lookup.data.open_claim.id}).</Text>}
            {window && <Text size="small" className={window.open ? "text-ui-fg-subtle" : "text-ui-fg-error"}>{windowText(window, type)}</Text>}
            {window && !window.open && (
              canOverride ? (
                <Field id="kassa-warranty-override" label="Override reason" hint="Filing outside the window is recorded with your name.">
                  <Input id="kassa-warranty-override" size="small" value={override} onChange={(e) => setOverride(e.target.value)} />
                </Field>
              ) : (
                <Text size="small">A manager must file this claim (warranty:override).</Text>
              )
            )}
            <Field id="kassa-warranty-issue" label="Reported fault">
              <Textarea id="kassa-warranty-issue" value={issue} onChange={(e) => setIssue(e.target.value)} />
            </Field>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" disabled={!serial || !locationId || issue.trim().length < 3 || blocked} isLoading={file.isPending}>
              File claim
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
