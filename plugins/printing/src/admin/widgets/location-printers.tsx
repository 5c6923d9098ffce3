import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminStockLocation, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useCanAt, usePrinters, useRegisters, useRoutes } from "../components/printers/api"
import { PrintersTable } from "../components/printers/printers-table"
import { RoutingTable } from "../components/printers/routing-table"

/** On a branch (stock location): its printers, their status, and which printer prints which task. */
const LocationPrintersWidget = ({ data: location }: DetailWidgetProps<AdminStockLocation>) => {
  const printers = usePrinters(location.id)
  const routes = useRoutes(location.id)
  const registers = useRegisters(location.id).data ?? []
  const canConfigure = useCanAt("printer:configure", location.id)
  if (printers.isError) return null // printing is off here, or the staff member may not see it
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Printers</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Network ESC/POS printers (raw TCP, port 9100), the counter's browser, or PDFs kept in the{" "}
          <a href="/app/print-jobs" className="text-ui-fg-interactive">
            print history
          </a>
          .
        </Text>
      </div>
      <PrintersTable locationId={location.id} printers={printers.data ?? []} registers={registers} canConfigure={canConfigure} />
      <div className="px-6 py-4">
        <Heading level="h3">Routing</Heading>
      </div>
      <RoutingTable locationId={location.id} routes={routes.data ?? []} printers={printers.data ?? []} registers={registers} canConfigure={canConfigure} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "location.details.after" })

export default LocationPrintersWidget
