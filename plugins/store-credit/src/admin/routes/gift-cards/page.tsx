import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Gift } from "@medusajs/icons"
import { Container } from "@medusajs/ui"
import { GiftCardFiltersBar } from "../../components/gift-card-filters"
import { GiftCardsTable } from "../../components/gift-cards-table"
import { ListBody, ListHeader, Pager } from "../../components/list-frame"
import { useBranchChoices } from "../../lib/access"
import { clean, useGiftCards } from "../../lib/queries"
import { apiUrl } from "../../lib/sdk"
import type { GiftCardFilters } from "../../lib/types"
import { useUrlFilters } from "../../lib/url-filters"

const KEYS: (keyof GiftCardFilters)[] = ["location_id", "status", "q", "offset"]

/** Gift cards sold: codes masked, balance and status, filtered (kept in the URL), and the filtered list as CSV. */
const GiftCardsPage = () => {
  const { filters, setFilter } = useUrlFilters<GiftCardFilters>(KEYS)
  const { branches } = useBranchChoices()
  const cards = useGiftCards(filters)
  const { offset: _offset, ...listed } = filters
  const csv = apiUrl(`/admin/kassa/store-credit/gift-cards?${new URLSearchParams({ ...clean(listed), format: "csv" })}`)
  const offset = Number(filters.offset ?? 0)
  const count = cards.data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <ListHeader title="Gift cards" description="Cards sold at the counter: what each has left, and a lost one disabled from its page." csv={csv} />
      <GiftCardFiltersBar filters={filters} setFilter={setFilter} branches={branches} />
      <ListBody error={cards.error}>
        <GiftCardsTable cards={cards.data?.gift_cards ?? []} />
      </ListBody>
      <Pager offset={offset} count={count} setOffset={(o) => setFilter("offset", o)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Gift cards", icon: Gift })

export default GiftCardsPage
