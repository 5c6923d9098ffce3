import { ArrowDownTray } from "@medusajs/icons"
import { Badge, Button, Drawer, Text } from "@medusajs/ui"
import { formatAt, formatMoney } from "../lib/format"
import { useDrawerSession } from "../lib/queries"
import { apiUrl } from "../lib/sdk"

/**
 * One drawer session in a side panel: its Z report once closed, its X report (as of now) while
 * open, as the register prints them (the report route's 80 mm HTML), with the PDF beside.
 */
export const SessionReport = ({
  id,
  registerName,
  timeZone,
  currency,
  onClose,
}: {
  id: string
  registerName: string
  timeZone: string
  currency: string
  onClose: () => void
}) => {
  const detail = useDrawerSession(id)
  const session = detail.data?.drawer_session
  const z = detail.data?.z_report
  const report = `/admin/kassa/pos/drawer-sessions/${id}/report`
  const title = z ? `Z report #${z.number}` : "X report (session still open)"

  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{`${registerName}: ${session ? title : "drawer session"}`}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {detail.error && (
            <Text size="small" className="text-ui-fg-error">
              {detail.error.message}
            </Text>
          )}
          {session && (
            <>
              <div className="flex flex-wrap items-center gap-2">
                <Badge size="2xsmall" color={session.status === "open" ? "green" : "grey"}>
                  {session.status === "open" ? "Open" : "Closed"}
                </Badge>
                <Text size="small" className="text-ui-fg-subtle">
                  {`Opened ${formatAt(session.opened_at, timeZone)}${session.closed_at ? ` · closed ${formatAt(session.closed_at, timeZone)}` : ""} · ${timeZone}`}
                </Text>
              </div>
              <Text size="small" className="text-ui-fg-subtle">
                {`Expected ${formatMoney(detail.data!.figures.cash.expected, currency)}${
                  detail.data!.figures.cash.counted == null ? "" : `, counted ${formatMoney(detail.data!.figures.cash.counted, currency)}`
                }`}
              </Text>
              <iframe
                title={title}
                data-testid="drawer-report"
                src={apiUrl(`${report}?format=html`)}
                className="bg-ui-bg-base h-[560px] w-full rounded-md border"
              />
            </>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Button size="small" variant="secondary" asChild>
            <a href={apiUrl(`${report}?format=pdf`)} target="_blank" rel="noopener">
              <ArrowDownTray />
              PDF
            </a>
          </Button>
          <Drawer.Close asChild>
            <Button size="small">Close</Button>
          </Drawer.Close>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
