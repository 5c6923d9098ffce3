import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Gift } from "@medusajs/icons"
import { Container, Text } from "@medusajs/ui"
import { GiftSaleFiltersBar } from "../../components/gift-sale-filters"
import { GiftSalesTable } from "../../components/gift-sales-table"
import { ListBody, ListHeader, Pager } from "../../components/list-frame"
import { useAccess, useBranchChoices } from "../../lib/access"
import { customerName, money } from "../../lib/format"
import { giftSalesQuery, useGiftSales, useProducts, useStaffList } from "../../lib/queries"
import { apiUrl } from "../../lib/sdk"
import type { GiftSaleFilters } from "../../lib/types"
import { useUrlFilters } from "../../lib/url-filters"

const KEYS: (keyof GiftSaleFilters)[] = ["from", "to", "location_id", "product_id", "staff_id", "offset"]

/** Gift sales: goods given away at the counter with their value at the shelf price, filtered (kept in the URL), totals and CSV. */
const GiftSalesPage = () => {
  const { filters, setFilter } = useUrlFilters<GiftSaleFilters>(KEYS)
  const { can } = useAccess()
  const { branches, branchName } = useBranchChoices()
  const products = (useProducts().data ?? []).map((p) => ({ id: p.id, name: p.title }))
  const staff = useStaffList(can("staff:manage")).data
  const gifts = useGiftSales(filters)
  const { offset: _offset, ...listed } = filters
  const csv = apiUrl(`/admin/kassa/store-credit/gift-sales?${new URLSearchParams({ ...giftSalesQuery(listed), format: "csv" })}`)
  const offset = Number(filters.offset ?? 0)
  const count = gifts.data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <ListHeader title="Gift sales" description="Goods given away at the counter (sold at zero), valued at their shelf price. A voided sale's gifts are not counted." csv={csv} />
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
      <ListBody error={gifts.error}>
        <GiftSalesTable gifts={gifts.data?.gift_sales ?? []} branchName={branchName} />
      </ListBody>
      <Pager offset={offset} count={count} setOffset={(o) => setFilter("offset", o)} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Gift sales", icon: Gift })

export default GiftSalesPage
