import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, CurrencyDollar } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { AccountFiltersBar } from "../../components/account-filters"
import { AccountsTable } from "../../components/accounts-table"
import { SettingsForm } from "../../components/settings-form"
import { useAccess } from "../../lib/access"
import { clean, PAGE_SIZE, useAccounts, useLocations } from "../../lib/queries"
import { apiUrl } from "../../lib/sdk"
import type { AccountFilters } from "../../lib/types"

const KEYS: (keyof AccountFilters)[] = ["location_id", "q", "expiring_within_days", "offset"]

/** Store credit: every account with its balance and earliest expiry, filtered (kept in the URL), its CSV, and the store's settings. */
const StoreCreditPage = () => {
  const [params, setParams] = useSearchParams()
  const filters = Object.fromEntries(KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : []))) as AccountFilters
  const setFilter = (key: keyof AccountFilters, value: string | undefined) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    if (key !== "offset") next.delete("offset")
    setParams(next)
  }
  const { can, worksAt, me } = useAccess()
  const locations = useLocations()
  // A staff member of every branch may filter by any; others by their own (the server checks too).
  const branches = (locations.data ?? []).filter((l) => me?.staff?.all_branches !== false || worksAt(l.id))
  const accounts = useAccounts(filters)
  const { offset: _offset, ...listed } = filters
  const csv = apiUrl(`/admin/kassa/store-credit/accounts?${new URLSearchParams({ ...clean(listed), format: "csv" })}`)
  const offset = Number(filters.offset ?? 0)
  const count = accounts.data?.count ?? 0

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
          <div>
            <Heading>Store credit</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Customers' credit with the store: balances, what can be spent now, and what lapses soon.
            </Text>
          </div>
          <Button size="small" variant="secondary" asChild>
            <a href={csv} download>
              <ArrowDownTray />
              Export CSV
            </a>
          </Button>
        </div>
        <AccountFiltersBar filters={filters} setFilter={setFilter} branches={branches} />
        {accounts.error ? (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {accounts.error.message}
          </Text>
        ) : (
          <AccountsTable accounts={accounts.data?.accounts ?? []} />
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
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Settings</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Credit issued without a date lapses this many months later (blank: never); customers with an e-mail are told this many days before (0: never). A gift
            card sold lapses this many months after its sale (blank: never; cards sold before keep their date).
          </Text>
        </div>
        <SettingsForm editable={can("store_credit:configure")} />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Store credit", icon: CurrencyDollar })

export default StoreCreditPage
