import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, Clock } from "@medusajs/icons"
import { Button, Container, Heading, Select, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { PreordersTable } from "../../components/preorders-table"
import { apiUrl, listQuery, PAGE_SIZE, type PreorderFilters, STATUS, useLocations, usePreorders } from "../../lib/api"

const KEYS: (keyof PreorderFilters)[] = ["status", "location_id", "kind", "overdue", "offset"]
const ALL = "all"

/** Pre-orders and layaways: filtered by status, branch, kind and overdue (kept in the URL), with CSV. */
const PreordersPage = () => {
  const [params, setParams] = useSearchParams()
  const filters = Object.fromEntries(KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : []))) as PreorderFilters
  const setFilter = (key: keyof PreorderFilters, value: string | undefined) => {
    const next = new URLSearchParams(params)
    if (value && value !== ALL) next.set(key, value)
    else next.delete(key)
    if (key !== "offset") next.delete("offset")
    setParams(next)
  }
  const locations = useLocations().data ?? []
  const branchName = (id: string) => locations.find((l) => l.id === id)?.name ?? id
  const list = usePreorders(filters)
  const { offset: _o, ...listed } = filters
  const csv = apiUrl(`/admin/kassa/preorders?${new URLSearchParams({ ...listQuery(listed), format: "csv" })}`)
  const offset = Number(filters.offset ?? 0)
  const count = list.data?.count ?? 0

  const pick = (key: keyof PreorderFilters, label: string, options: { value: string; label: string }[]) => (
    <div className="w-48">
      <Select value={filters[key] ?? ALL} onValueChange={(v) => setFilter(key, v)}>
        <Select.Trigger aria-label={label}>
          <Select.Value />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={ALL}>{`Any ${label.toLowerCase()}`}</Select.Item>
          {options.map((o) => (
            <Select.Item key={o.value} value={o.value}>
              {o.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading>Pre-orders</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Deposits on goods not in stock yet, and layaways kept while the customer pays. Units are reserved oldest first as stock arrives.
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <a href={csv} download>
            <ArrowDownTray />
            Export CSV
          </a>
        </Button>
      </div>
      <div className="flex flex-wrap gap-2 px-6 py-4">
        {pick("status", "Status", [{ value: "open", label: "Open" }, ...Object.entries(STATUS).map(([value, s]) => ({ value, label: s.label }))])}
        {pick("location_id", "Branch", locations.map((l) => ({ value: l.id, label: l.name })))}
        {pick("kind", "Kind", [
          { value: "preorder", label: "Pre-orders" },
          { value: "layaway", label: "Layaways" },
        ])}
        {pick("overdue", "Date", [{ value: "true", label: "Overdue (still waiting)" }])}
      </div>
      {list.error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {list.error.message}
        </Text>
      ) : (
        <PreordersTable rows={list.data?.preorders ?? []} branchName={branchName} />
      )}
      {count > PAGE_SIZE && (
        <div className="flex items-center justify-between px-6 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            {offset + 1}–{Math.min(offset + PAGE_SIZE, count)} of {count}
          </Text>
          <div className="flex gap-x-2">
            <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setFilter("offset", offset > PAGE_SIZE ? String(offset - PAGE_SIZE) : undefined)}>
              Previous
            </Button>
            <Button size="small" variant="secondary" disabled={offset + PAGE_SIZE >= count} onClick={() => setFilter("offset", String(offset + PAGE_SIZE))}>
              Next
            </Button>
          </div>
        </div>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Pre-orders", icon: Clock })

export default PreordersPage
