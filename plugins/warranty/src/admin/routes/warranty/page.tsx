import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, Wrench } from "@medusajs/icons"
import { Button, Container, Heading, Input, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { ClaimsTable } from "../../components/claims-table"
import { Choice } from "../../components/field"
import { FiguresSummary } from "../../components/figures-summary"
import { useWarrantyAccess } from "../../lib/access"
import { exportUrl, useClaimFilters } from "../../lib/filters"
import { STATUS_LABELS } from "../../lib/labels"
import { isForbidden, useClaims, useFigures, useLocationNames } from "../../lib/queries"

const NO_ACCESS = "You need the warranty:read policy to see warranty claims. An owner or manager can add it to one of your roles."

const statusOptions = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }))
const typeOptions = [
  { value: "repair", label: "Repair" },
  { value: "replacement", label: "Replacement" },
]

const Claims = () => {
  const { filters, setFilter, clear } = useClaimFilters()
  const { branches } = useWarrantyAccess()
  const names = useLocationNames()
  const branchNames = names.data ?? new Map<string, string>()
  const claims = useClaims({ ...filters, limit: 100 })
  const figures = useFigures({ location_id: filters.location_id, from: filters.from, to: filters.to })
  const branchOptions = branches.map((b) => ({ value: b.stock_location_id, label: branchNames.get(b.stock_location_id) ?? b.code }))

  if (isForbidden(claims.error) && !filters.location_id) return <Text className="px-6 py-4">{NO_ACCESS}</Text>
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading>Warranty claims</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Repairs and replacements of units sold, from filing to release.
          </Text>
        </div>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" asChild>
            <Link to="/warranty/defective">Defective stock</Link>
          </Button>
          <Button size="small" variant="secondary" asChild>
            <a href={exportUrl(filters)} download>
              <ArrowDownTray />
              Export CSV
            </a>
          </Button>
        </div>
      </div>
      {figures.data && <FiguresSummary figures={figures.data} />}
      <div className="flex flex-wrap items-center gap-2 px-6 py-4">
        <Input size="small" type="search" placeholder="Serial number" aria-label="Serial number" value={filters.q ?? ""} onChange={(e) => setFilter("q", e.target.value)} className="w-48" />
        <div className="w-44">
          <Choice id="kassa-warranty-branch" value={filters.location_id ?? ""} onChange={(v) => setFilter("location_id", v)} options={branchOptions} anyLabel="All branches" />
        </div>
        <div className="w-40">
          <Choice id="kassa-warranty-status" value={filters.status ?? ""} onChange={(v) => setFilter("status", v)} options={statusOptions} anyLabel="Any status" />
        </div>
        <div className="w-40">
          <Choice id="kassa-warranty-type" value={filters.type ?? ""} onChange={(v) => setFilter("type", v)} options={typeOptions} anyLabel="Any type" />
        </div>
        <Input size="small" type="date" aria-label="Filed from" value={filters.from ?? ""} onChange={(e) => setFilter("from", e.target.value)} className="w-40" />
        <Input size="small" type="date" aria-label="Filed to" value={filters.to ?? ""} onChange={(e) => setFilter("to", e.target.value)} className="w-40" />
        {Object.keys(filters).length > 0 && (
          <Button size="small" variant="transparent" onClick={clear}>
            Clear filters
          </Button>
        )}
      </div>
      {claims.error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {claims.error.message}
        </Text>
      ) : (
        <ClaimsTable claims={claims.data?.claims ?? []} branchNames={branchNames} empty={claims.data ? "No claims match these filters." : "Loading…"} />
      )}
      {claims.data && claims.data.count > claims.data.claims.length && (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          The newest {claims.data.claims.length} of {claims.data.count} claims: narrow the filters or export the CSV for all of them.
        </Text>
      )}
    </>
  )
}

/** Warranty claims: list, filter, export, and the dashboard's figures. */
const WarrantyPage = () => {
  const { canRead } = useWarrantyAccess()
  return (
    <Container className="divide-y p-0">
      {canRead === undefined ? <Text className="px-6 py-4">Loading…</Text> : canRead ? <Claims /> : <Text className="px-6 py-4">{NO_ACCESS}</Text>}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Warranty", icon: Wrench })

export default WarrantyPage
