import { PencilSquare } from "@medusajs/icons"
import { Badge, Button, Container, Drawer, Heading, Text, toast } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useState, type ReactNode } from "react"
import { formatMoney } from "../lib/format"
import { posKeys } from "../lib/queries"
import { sdk } from "../lib/sdk"
import type { PosSettings, PosSettingsInput } from "../lib/types"
import { PosSettingsForm } from "./pos-settings-form"

const useSaveSettings = (locationId: string) => {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: PosSettingsInput) =>
      sdk.client.fetch<{ settings: PosSettings }>(`/admin/kassa/pos/branches/${locationId}/settings`, { method: "POST", body }),
    onSuccess: () => {
      toast.success("Counter settings saved")
      return client.invalidateQueries({ queryKey: posKeys.settings(locationId) })
    },
    // The server's message is written for the person at the screen (a bad pattern, a tender id).
    onError: (e: Error) => toast.error(e.message),
  })
}

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-compact-small whitespace-pre-line">{children}</div>
  </div>
)

/** The branch's counter settings (core's branch sections show the same way), editable in a drawer by who may. */
export const PosSettingsSection = ({
  locationId,
  settings,
  currency,
  canManage,
}: {
  locationId: string
  settings: PosSettings
  currency: string
  canManage: boolean
}) => {
  const [open, setOpen] = useState(false)
  const save = useSaveSettings(locationId)
  const formId = "kassa-pos-settings"
  const days = settings.return_approval_days

  return (
    <Container className="divide-y p-0" data-testid="pos-settings">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Counter</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            How the point of sale works at this branch.
          </Text>
        </div>
        {canManage && (
          <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
            <PencilSquare />
            Edit
          </Button>
        )}
      </div>
      <Row label="Receipt numbers">
        {settings.receipt_pattern}
        {settings.last_receipt && (
          <Text size="xsmall" className="text-ui-fg-muted">
            {/* The period is the pattern's date part, with its separators ("-202612-"). */}
            {`Last issued: no. ${settings.last_receipt.number.toLocaleString()} of period ${settings.last_receipt.period.replace(/[^0-9A-Za-z]+/g, " ").trim()}`}
          </Text>
        )}
      </Row>
      <Row label="Tenders">
        <div className="flex flex-wrap gap-1">
          {["Cash", "Card", ...settings.other_tenders.map((t) => t.label)].map((label) => (
            <Badge key={label} size="2xsmall">
              {label}
            </Badge>
          ))}
        </div>
      </Row>
      <Row label="Returns needing a manager">
        {`Above ${formatMoney(settings.return_approval_amount, currency)}, or of sales older than ${days} day${days === 1 ? "" : "s"}`}
      </Row>
      <Row label="Out-of-stock sales">{settings.allow_negative_stock ? "Allowed (stock may go below zero)" : "Refused"}</Row>
      <Row label="Receipts by e-mail">{settings.email_receipts ? "Sent to the customer as each sale completes" : "When the cashier sends one"}</Row>
      <Row label="Warranty terms">{settings.warranty_terms || "–"}</Row>
      <Drawer open={open} onOpenChange={setOpen}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>Edit counter settings</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="overflow-y-auto">
            {open && (
              <PosSettingsForm
                id={formId}
                initial={settings}
                currency={currency}
                onSubmit={(body) => save.mutate(body, { onSuccess: () => setOpen(false) })}
              />
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" form={formId} isLoading={save.isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}
