import { defineRouteConfig } from "@medusajs/admin-sdk"
import { DocumentText } from "@medusajs/icons"
import { Container, Heading, Label, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import { JOB_STATUSES, type JobFilters, useJobs, useLocations, usePrinters } from "../../components/printers/api"
import { JobsTable } from "../../components/printers/jobs-table"

const ALL = "all"

/** The print history of the staff member's branches: filter by branch, printer and status; reprint a sale. */
const PrintJobsPage = () => {
  const [filters, setFilters] = useState<JobFilters>({})
  const locations = useLocations().data ?? []
  const printers = usePrinters(filters.location_id).data ?? []
  const jobs = useJobs(filters, 100)
  const set = (k: keyof JobFilters, v: string) => setFilters((f) => ({ ...f, [k]: v === ALL ? undefined : v, ...(k === "location_id" ? { printer_id: undefined } : {}) }))
  const pick = (label: string, k: keyof JobFilters, items: { value: string; label: string }[]) => (
    <div className="flex w-56 flex-col gap-y-1">
      <Label>{label}</Label>
      <Select value={filters[k] ?? ALL} onValueChange={(v) => set(k, v)}>
        <Select.Trigger>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>All</Select.Item>
          {items.map((i) => (
            <Select.Item key={i.value} value={i.value}>
              {i.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
  const names = new Map([...locations.map((l) => [l.id, l.name] as const), ...printers.map((p) => [p.id, p.name] as const)])
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Print history</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Receipts, gift receipts, invoices, slips, labels and test pages sent to the branches' printers or kept as PDFs{jobs.data ? ` (${jobs.data.count})` : ""}.
        </Text>
      </div>
      <div className="flex flex-wrap gap-4 px-6 py-4">
        {pick("Branch", "location_id", locations.map((l) => ({ value: l.id, label: l.name })))}
        {pick("Printer", "printer_id", printers.map((p) => ({ value: p.id, label: p.name })))}
        {pick("Status", "status", JOB_STATUSES.map((s) => ({ value: s, label: s })))}
      </div>
      {jobs.isError ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-error">
          {jobs.error instanceof Error ? jobs.error.message : "The print history could not be read"}
        </Text>
      ) : (
        <JobsTable jobs={jobs.data?.print_jobs ?? []} printerName={(id) => names.get(id) ?? id} branchName={(id) => names.get(id) ?? id} />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Print history", icon: DocumentText })

export default PrintJobsPage
