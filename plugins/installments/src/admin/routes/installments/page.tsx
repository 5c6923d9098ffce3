import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, CreditCard } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link, useSearchParams } from "react-router-dom"
import { Figures } from "../../components/figures"
import { PlanFiltersBar } from "../../components/plan-filters"
import { PlansTable } from "../../components/plans-table"
import { useAccess } from "../../lib/access"
import { useLocations, usePlans } from "../../lib/queries"
import { apiUrl } from "../../lib/sdk"
import type { PlanFilters } from "../../lib/types"

const KEYS: (keyof PlanFilters)[] = ["status", "location_id", "overdue", "approvable", "officer_id", "customer_id"]

/** Installment plans: the figures, the filtered list (kept in the URL) and its CSV export. */
const InstallmentsPage = () => {
  const [params, setParams] = useSearchParams()
  const filters = Object.fromEntries(KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : []))) as PlanFilters
  const setFilter = (key: keyof PlanFilters, value: string | undefined) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    setParams(next)
  }
  const { me, can, worksAt } = useAccess()
  const locations = useLocations()
  const branches = (locations.data ?? []).filter((l) => worksAt(l.id))
  const names = new Map((locations.data ?? []).map((l) => [l.id, l.name]))
  const plans = usePlans(filters)
  const csv = apiUrl(`/admin/kassa/installments/plans/export?${new URLSearchParams(filters as Record<string, string>)}`)

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading>Installments</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Plans sold at the counter: applications to decide, balances, overdue accounts and collections.
          </Text>
        </div>
        <div className="flex gap-x-2">
          <Button size="small" variant="secondary" asChild>
            <Link to="/installments/calculator">Calculator and terms</Link>
          </Button>
          {can("staff:manage") && (
            <Button size="small" variant="secondary" asChild>
              <Link to="/installments/officers">Approval limits</Link>
            </Button>
          )}
          <Button size="small" variant="secondary" asChild>
            <a href={csv} download>
              <ArrowDownTray />
              Export CSV
            </a>
          </Button>
        </div>
      </div>
      <Figures locationId={filters.location_id} />
      <PlanFiltersBar filters={filters} setFilter={setFilter} branches={branches} canApprove={can("installment:approve")} userId={me?.staff?.user_id} />
      {plans.error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {plans.error.message}
        </Text>
      ) : (
        <PlansTable plans={plans.data?.plans ?? []} branchName={(id) => names.get(id) ?? id} />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Installments", icon: CreditCard })

export default InstallmentsPage
