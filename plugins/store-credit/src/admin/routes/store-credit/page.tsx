import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { AccountFiltersBar } from "../../components/account-filters"
import { AccountsTable } from "../../components/accounts-table"
import { ListBody, ListHeader, Pager } from "../../components/list-frame"
import { SettingsForm } from "../../components/settings-form"
import { useAccess, useBranchChoices } from "../../lib/access"
import { clean, useAccounts } from "../../lib/queries"
import { apiUrl } from "../../lib/sdk"
import type { AccountFilters } from "../../lib/types"
import { useUrlFilters } from "../../lib/url-filters"

const KEYS: (keyof AccountFilters)[] = ["location_id", "q", "expiring_within_days", "offset"]

/** Store credit: every account with its balance and earliest expiry, filtered (kept in the URL), its CSV, and the store's settings. */
const StoreCreditPage = () => {
  const { filters, setFilter } = useUrlFilters<AccountFilters>(KEYS)
  const { can } = useAccess()
  const { branches } = useBranchChoices()
  const accounts = useAccounts(filters)
  const { offset: _offset, ...listed } = filters
  const csv = apiUrl(`/admin/kassa/store-credit/accounts?${new URLSearchParams({ ...clean(listed), format: "csv" })}`)
  const offset = Number(filters.offset ?? 0)
  const count = accounts.data?.count ?? 0

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <ListHeader title="Store credit" description="Customers' credit with the store: balances, what can be spent now, and what lapses soon." csv={csv} />
        <AccountFiltersBar filters={filters} setFilter={setFilter} branches={branches} />
        <ListBody error={accounts.error}>
          <AccountsTable accounts={accounts.data?.accounts ?? []} />
        </ListBody>
        <Pager offset={offset} count={count} setOffset={(o) => setFilter("offset", o)} />
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
