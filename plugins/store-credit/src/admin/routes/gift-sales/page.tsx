import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, Gift } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"
import { GiftSaleFiltersBar } from "../../components/gift-sale-filters"
import { GiftSalesTable } from "../../components/gift-sales-table"
import { useAccess } from "../../lib/access"
import { customerName, money } from "../../lib/format"
import { giftSalesQuery, PAGE_SIZE, useGiftSales, useLocations, useProducts, useStaffList } from "../../lib/queries"
import { apiUrl } from "../../lib/sdk"
import type { GiftSaleFilters } from "../../lib/types"

const KEYS: (keyof GiftSaleFilters)[] = ["from", "to", "location_id", "product_id", "staff_id", "offset"]

/** Gift sales: goods given away at the counter with their value at the shelf price, filtered (kept in the URL), totals and CSV. */
const GiftSalesPage = () => {
  const [params, setParams] = useSearchParams()
  const filters = Object.fromEntries(KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : []))) as GiftSaleFilters
  const setFilter = (key: keyof GiftSaleFilters, value: string | undefined) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    if (key !== "offset") next.delete("offset")
    setParams(next)
  }
  const { can, worksAt, me } = useAccess()
  const locations = useLocations()
  const branches = (locations.data ?? []).filter((l) => me?.staff?.all_branches !== false || worksAt(l.id))
  const products = (useProducts().data ?? []).map((p) => ({ id: p.id, name: p.title }))
  const staff = useStaffList(can("staff:manage")).data
  const gifts = useGiftSales(filters)
  const { offset: _offset, ...listed } = filters
  const csv = apiUrl(`/admin/kassa/store-credit/gift-sales?${new URLSearchParams({ ...giftSalesQuery(listed), format: "csv" })}`)
  const offset = Number(filters.offset ?? 0)
  const count = gifts.data?.count ?? 0
  const branchName = (id: string) => locations.data?.find((l) => l.id === id)?.name ?? id

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
        <div>
          <Heading>Gift sales</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Goods given away at the counter (sold at zero), valued at their shelf price. A voided sale's gifts are not counted.
          </Text>
        </div>
        <Button size="small" variant="secondary" asChild>
          <a href={csv} download>
            <ArrowDownTray />
            Export CSV
          </a>
        </Button>
      </div>
      <GiftSaleFiltersBar
        filters={filters}
        setFilter={setFilter}
        branches={branches}
        products={products}
        staff={staff ? staff.map((s) => ({ id: s.id, name: customerName(s.user) })) : null}
      />
      <div className="flex flex-wrap gap-x-8 px-6 py-4" data-testid="gift-sales-totals">
        <Text size="small">
          <span className="text-ui-fg-subtle">Gifts </span>
          {count}
        </Text>
        {(gifts.data?.totals ?? []).map((t) => (
          <Text size="small" key={t.currency_code}>
            <span className="text-ui-fg-subtle">Units </span>
            {t.quantity}
            <span className="text-ui-fg-subtle"> · Value </span>
            <span className="font-medium">{money(t.value, t.currency_code)}</span>
          </Text>
        ))}
      </div>
      {gifts.error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {gifts.error.message}
        </Text>
      ) : (
        <GiftSalesTable gifts={gifts.data?.gift_sales ?? []} branchName={branchName} />
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

export const config = defineRouteConfig({ label: "Gift sales", icon: Gift })

export default GiftSalesPage
