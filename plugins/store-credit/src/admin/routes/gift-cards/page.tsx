import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, Gift } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { GiftCardFiltersBar } from "../../components/gift-card-filters"
import { GiftCardsTable } from "../../components/gift-cards-table"
import { useAccess } from "../../lib/access"
import { clean, PAGE_SIZE, useGiftCards, useLocations } from "../../lib/queries"
import { apiUrl } from "../../lib/sdk"
import type { GiftCardFilters } from "../../lib/types"

const KEYS: (keyof GiftCardFilters)[] = ["location_id", "status", "q", "offset"]

/** Gift cards sold: codes masked, balance and status, filtered (kept in the URL), and the filtered list as CSV. */
const GiftCardsPage = () => {
  const [params, setParams] = useSearchParams()
  const filters = Object.fromEntries(KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : []))) as GiftCardFilters
  const setFilter = (key: keyof GiftCardFilters, value: string | undefined) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    if (key !== "offset") next.delete("offset")
    setParams(next)
  }
  const { worksAt, me } = useAccess()
  const locations = useLocations()
  // A staff member of every branch may filter by any; others by their own (the server checks too).
  const branches = (locations.data ?? []).filter((l) => me?.staff?.all_branches !== false || worksAt(l.id))
  const cards = useGiftCards(filters)
  const { offset: _offset, ...listed } = filters
  const csv = apiUrl(`/admin/kassa/store-credit/gift-cards?${new URLSearchParams({ ...clean(listed), format: "csv" })}`)
  const offset = Number(filters.offset ?? 0)
  const count = cards.data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading>Gift cards</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Cards sold at the counter: what each has left, and a lost one disabled from its page.
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <a href={csv} download>
            <ArrowDownTray />
            Export CSV
          </a>
        </Button>
      </div>
      <GiftCardFiltersBar filters={filters} setFilter={setFilter} branches={branches} />
      {cards.error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {cards.error.message}
        </Text>
      ) : (
        <GiftCardsTable cards={cards.data?.gift_cards ?? []} />
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

export const config = defineRouteConfig({ label: "Gift cards", icon: Gift })

export default GiftCardsPage
