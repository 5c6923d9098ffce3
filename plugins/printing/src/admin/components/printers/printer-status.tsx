import { StatusBadge, Tooltip } from "@medusajs/ui"
import { when, type Printer } from "./api"

/** What the queue last found: an error newer than the last success is the printer's state. */
export function PrinterStatus({ printer }: { printer: Printer }) {
  if (!printer.is_active) return <StatusBadge color="grey">Off</StatusBadge>
  // The browser and a PDF are never out of reach: nothing is sent to them.
  if (printer.kind !== "network") return <StatusBadge color="green">Ready</StatusBadge>
  const erred = printer.last_error_at && (!printer.last_success_at || printer.last_error_at > printer.last_success_at)
  if (erred) {
    return (
      <Tooltip content={`${printer.last_error} (${when(printer.last_error_at)})`}>
        <StatusBadge color="red">Error</StatusBadge>
      </Tooltip>
    )
  }
  if (printer.last_success_at) {
    return (
      <Tooltip content={`Last printed ${when(printer.last_success_at)}`}>
        <StatusBadge color="green">OK</StatusBadge>
      </Tooltip>
    )
  }
  return <StatusBadge color="orange">Not used yet</StatusBadge>
}
