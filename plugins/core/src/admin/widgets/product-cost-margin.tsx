import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminProduct, DetailWidgetProps } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Input, Table, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { formatMoney } from "../lib/money"
import { useAccess } from "../lib/access"
import { sdk } from "../lib/sdk"
import { ReasonDrawer } from "../components/reason-drawer"
import { describeRule, MANUAL_PRICES_KEY, setPriceMode, usePricedVariants } from "../lib/markup"
import { useStorePricing } from "../lib/store-pricing"

type VariantCost = { id: string; variant_id: string; currency_code: string; amount: number }
type PricedVariant = { id: string; title: string; sku: string | null; prices?: { amount: number; currency_code: string }[] }

/**
 * Cost price per variant next to its price, with the gross margin: costs are net of VAT, so
 * the margin is taken on the net price (a tax-inclusive shelf price with the VAT taken out).
 */
const ProductCostMarginWidget = ({ data: product }: DetailWidgetProps<AdminProduct>) => {
  const client = useQueryClient()
  const [drafts, setDrafts] = useState<Record<string, string>>({})
  const [reason, setReason] = useState("")
  const pricing = useStorePricing()
  const { can } = useAccess()
  const allowed = can("cost:read")

  const variants = useQuery({
    enabled: allowed,
    queryKey: ["kassa-priced-variants", product.id],
    queryFn: () =>
      sdk.admin.product.retrieve(product.id, { fields: "variants.id,variants.title,variants.sku,*variants.prices" }),
  })
  const ids = (variants.data?.product.variants ?? []).map((v) => v.id)
  const costs = useQuery({
    queryKey: ["kassa-variant-costs", product.id, ids],
    enabled: allowed && ids.length > 0,
    queryFn: () =>
      sdk.client.fetch<{ variant_costs: VariantCost[] }>("/admin/kassa/variant-costs", {
        query: { variant_id: ids, limit: ids.length },
      }),
  })
  // Markup (core's pricing): the rule in force per variant and whether its price was typed by hand.
  const markup = usePricedVariants(ids, allowed)
  // Marking a price as kept by hand, or giving it back to the rule: asked for a reason first.
  const [changingMode, setChangingMode] = useState<{ variant_id: string; title: string; mode: "manual" | "auto"; rule_price: string } | null>(null)
  const modeChange = useMutation({
    mutationFn: setPriceMode,
    onSuccess: (_r, { mode }) => {
      setChangingMode(null)
      toast.success(mode === "manual" ? "The price is kept by hand: rules leave it alone" : "The price follows its rule again")
      client.invalidateQueries({ queryKey: ["kassa-priced-variants-markup"] })
      client.invalidateQueries({ queryKey: ["kassa-priced-variants", product.id] })
      client.invalidateQueries({ queryKey: MANUAL_PRICES_KEY })
    },
    onError: (e: Error) => toast.error(e.message),
  })
  const save = useMutation({
    mutationFn: (body: { costs: { variant_id: string; currency_code: string; amount: string }[] }) =>
      // The reason goes with the change into the product's history (the audit log).
      sdk.client.fetch("/admin/kassa/variant-costs", { method: "POST", body, headers: { "X-Kassa-Reason": encodeURIComponent(reason.trim()) } }),
    onSuccess: () => {
      setDrafts({})
      setReason("")
      toast.success("Cost prices saved")
      client.invalidateQueries({ queryKey: ["kassa-variant-costs", product.id] })
      client.invalidateQueries({ queryKey: ["kassa-priced-variants-markup"] })
      client.invalidateQueries({ queryKey: ["kassa-priced-variants", product.id] })
    },
    onError: (e: Error) => toast.error(e.message),
  })

  // Cost prices are for those with cost:read (the server refuses the rest anyway).
  if (!allowed) return null
  if (!pricing.data || !variants.data) {
    return (
      <Container>
        <Heading level="h2">Cost and margin</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {pricing.error || variants.error ? "Could not load prices." : "Loading…"}
        </Text>
      </Container>
    )
  }

  const { currency, taxInclusive, vatRate } = pricing.data
  const netOf = (price: number) => (taxInclusive ? price / (1 + vatRate) : price)
  const markupOf = new Map((markup.data?.priced_variants ?? []).filter((m) => m.currency_code === currency).map((m) => [m.variant_id, m]))
  const costOf = new Map((costs.data?.variant_costs ?? []).map((c) => [c.variant_id, c]))
  const rows = variants.data.product.variants as PricedVariant[]
  const changed = Object.entries(drafts).filter(([, v]) => v.trim() !== "")

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Cost and margin</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Cost prices are net of VAT; Kassa's reports take gross profit from them.
          </Text>
        </div>
        <Button
          size="small"
          variant="secondary"
          className="shrink-0 whitespace-nowrap"
          disabled={!changed.length || reason.trim().length < 3 || !can("product:write")}
          isLoading={save.isPending}
          onClick={() =>
            save.mutate({
              costs: changed.map(([variant_id, amount]) => ({ variant_id, currency_code: currency, amount: amount.trim() })),
            })
          }
        >
          Save costs
        </Button>
      </div>
      {changed.length > 0 && (
        // The reason goes into the product's history with the change (required by the server).
        <div className="px-6 py-3">
          <Input
            size="small"
            aria-label="Why the cost changes"
            placeholder="Why does the cost change? e.g. supplier's new price list"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Variant</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Price</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Cost</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Gross margin</Table.HeaderCell>
            <Table.HeaderCell>Markup rule</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((v) => {
            const price = v.prices?.find((p) => p.currency_code === currency)?.amount
            const cost = costOf.get(v.id)?.amount
            const margin = price && cost !== undefined ? ((netOf(price) - cost) / netOf(price)) * 100 : undefined
            return (
              <Table.Row key={v.id}>
                <Table.Cell>
                  <Text size="small">{v.title}</Text>
                  <Text size="xsmall" className="text-ui-fg-subtle">{v.sku ?? "no SKU"}</Text>
                </Table.Cell>
                <Table.Cell className="text-right">
                  {formatMoney(price, currency)}
                  {markupOf.get(v.id)?.manual && (
                    <Badge size="2xsmall" color="orange" className="ml-2" title="Typed by hand: markup leaves it alone">
                      Manual
                    </Badge>
                  )}
                </Table.Cell>
                <Table.Cell className="text-right">
                  <Input
                    size="small"
                    aria-label={`Cost of ${v.title}`}
                    className="ml-auto w-28 text-right"
                    inputMode="decimal"
                    placeholder={cost !== undefined ? String(cost) : "not set"}
                    value={drafts[v.id] ?? ""}
                    onChange={(e) => setDrafts((d) => ({ ...d, [v.id]: e.target.value }))}
                  />
                </Table.Cell>
                <Table.Cell className="text-right">{margin === undefined ? "–" : `${margin.toFixed(1)} %`}</Table.Cell>
                <Table.Cell>
                  {(() => {
                    const m = markupOf.get(v.id)
                    if (!m) return <Text size="xsmall" className="text-ui-fg-subtle">none</Text>
                    return (
                      <div className="flex flex-col items-start">
                        <Text size="xsmall" className="whitespace-nowrap">
                          {describeRule(m.rule)}
                        </Text>
                        {(m.price == null || Number(m.price) !== Number(m.rule_price)) && (
                          <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
                            the rule gives {formatMoney(m.rule_price, currency)}
                          </Text>
                        )}
                        {can("price:write") && (
                          // A link-sized action: the widget shares the product page's narrow main column.
                          <button
                            type="button"
                            className="txt-compact-xsmall-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover whitespace-nowrap"
                            onClick={() => setChangingMode({ variant_id: v.id, title: v.title, mode: m.manual ? "auto" : "manual", rule_price: m.rule_price })}
                          >
                            {m.manual ? "Follow the rule" : "Keep this price"}
                          </button>
                        )}
                      </div>
                    )
                  })()}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      {changingMode && (
        <ReasonDrawer
          title={changingMode.mode === "manual" ? "Keep this price" : "Follow the rule"}
          note={
            changingMode.mode === "manual"
              ? `${changingMode.title}'s price stays as it is: applying the rules and cost changes will leave it alone until it follows the rule again.`
              : `${changingMode.title} will be priced by its rule again: ${formatMoney(changingMode.rule_price, currency)} now.`
          }
          saveLabel={changingMode.mode === "manual" ? "Keep price" : "Follow rule"}
          saving={modeChange.isPending}
          onClose={() => setChangingMode(null)}
          onSubmit={(reason) => modeChange.mutate({ variant_id: changingMode.variant_id, mode: changingMode.mode, reason })}
        />
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.after" })

export default ProductCostMarginWidget
