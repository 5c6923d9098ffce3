import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useAccess } from "../../lib/access"
import { describeRule, type MarkupRule } from "../../lib/markup"
import { formatMoney } from "../../lib/money"
import { useKassaMutation } from "../../lib/mutation"
import { sdk } from "../../lib/sdk"

type Review = {
  id: string
  variant_id: string
  currency_code: string
  old_price: number | null
  new_price: number
  old_cost: number | null
  new_cost: number
  reason: string | null
}

const RULES_KEY = ["kassa", "pricing", "rules"]
const REVIEWS_KEY = ["kassa", "pricing", "reviews"]
const SETTINGS_KEY = ["kassa", "pricing", "settings"]
const selectClass = "bg-ui-bg-field border-ui-border-base txt-compact-small h-8 rounded-md border px-2"

/** A new rule: scope, what it applies to, and the markup. */
const RuleForm = () => {
  const [rule, setRule] = useState({ scope: "store", target: "", currency_code: "php", kind: "percent", value: "", rounding: "none" })
  const set = (k: keyof typeof rule) => (e: { target: { value: string } }) => setRule((r) => ({ ...r, [k]: e.target.value }))
  const add = useKassaMutation(
    () =>
      sdk.client.fetch("/admin/kassa/pricing/rules", {
        method: "POST",
        body: {
          scope: rule.scope,
          ...(rule.scope === "product" ? { product_id: rule.target.trim() } : {}),
          ...(rule.scope === "category" ? { category_id: rule.target.trim() } : {}),
          currency_code: rule.currency_code,
          kind: rule.kind,
          value: rule.value.trim(),
          rounding: rule.rounding,
        },
      }),
    { success: "Rule added", refresh: [RULES_KEY] }
  )
  return (
    <div className="flex flex-wrap items-center gap-2 px-6 py-4">
      <select aria-label="Scope" className={selectClass} value={rule.scope} onChange={set("scope")}>
        <option value="store">Store (default)</option>
        <option value="category">Category</option>
        <option value="product">Product</option>
      </select>
      {rule.scope !== "store" && (
        <Input size="small" className="w-56" placeholder={rule.scope === "product" ? "prod_…" : "pcat_…"} value={rule.target} onChange={set("target")} />
      )}
      <select aria-label="Kind" className={selectClass} value={rule.kind} onChange={set("kind")}>
        <option value="percent">Percent</option>
        <option value="fixed">Fixed amount</option>
      </select>
      <Input size="small" className="w-24" inputMode="decimal" placeholder={rule.kind === "percent" ? "35.5" : "150.00"} value={rule.value} onChange={set("value")} />
      <Input size="small" className="w-16" aria-label="Currency" value={rule.currency_code} onChange={set("currency_code")} />
      <select aria-label="Rounding" className={selectClass} value={rule.rounding} onChange={set("rounding")}>
        <option value="none">No rounding</option>
        <option value="peso">Whole peso</option>
        <option value="half">.00 or .50</option>
        <option value="nine">Ends in 9</option>
        <option value="five">Nearest 5</option>
      </select>
      <Button size="small" variant="secondary" disabled={!rule.value.trim()} isLoading={add.isPending} onClick={() => add.mutate(undefined)}>
        Add rule
      </Button>
    </div>
  )
}

/** Markup rules, what a cost change does, and the price changes waiting for a decision. */
const PricingPage = () => {
  const { can } = useAccess()
  const writable = can("price:write")
  const [reason, setReason] = useState("")
  const rules = useQuery({ queryKey: RULES_KEY, queryFn: () => sdk.client.fetch<{ markup_rules: MarkupRule[] }>("/admin/kassa/pricing/rules", { query: { limit: 200 } }) })
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: () => sdk.client.fetch<{ pricing_settings: { markup_apply: string } }>("/admin/kassa/pricing/settings") })
  const reviews = useQuery({
    queryKey: REVIEWS_KEY,
    queryFn: () => sdk.client.fetch<{ price_reviews: Review[]; count: number }>("/admin/kassa/pricing/reviews", { query: { status: "pending", limit: 100 } }),
  })
  const remove = useKassaMutation((id: string) => sdk.client.fetch(`/admin/kassa/pricing/rules/${id}`, { method: "DELETE" }), {
    success: "Rule deleted",
    refresh: [RULES_KEY],
  })
  const saveMode = useKassaMutation(
    (markup_apply: string) => sdk.client.fetch("/admin/kassa/pricing/settings", { method: "POST", body: { markup_apply } }),
    { success: "Saved", refresh: [SETTINGS_KEY] }
  )
  const applyAll = useKassaMutation(() => sdk.client.fetch("/admin/kassa/pricing/apply", { method: "POST", body: {} }), {
    success: "Prices set from the rules (manual prices kept)",
    refresh: [REVIEWS_KEY],
  })
  // The reason typed here goes into the history of the price change (the audit log); each row keeps its own too.
  const decide = useKassaMutation(
    ({ ids, action }: { ids: string[]; action: "apply" | "dismiss" }) =>
      sdk.client.fetch(`/admin/kassa/pricing/reviews/${action}`, {
        method: "POST",
        body: { ids },
        headers: reason.trim() ? { "X-Kassa-Reason": encodeURIComponent(reason.trim()) } : {},
      }),
    { success: ({ action }) => (action === "apply" ? "Prices applied" : "Dismissed"), refresh: [REVIEWS_KEY] }
  )

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading level="h1">Pricing</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Prices from cost: the product's rule, else its category's, else the store's. Prices typed by hand are kept.
            </Text>
          </div>
          {writable && (
            <Button size="small" variant="secondary" isLoading={applyAll.isPending} onClick={() => applyAll.mutate(undefined)}>
              Apply rules now
            </Button>
          )}
        </div>
        <div className="flex items-center gap-x-2 px-6 py-3">
          <Text size="small">When a cost changes:</Text>
          <select
            aria-label="When a cost changes"
            className={selectClass}
            disabled={!writable || !settings.data}
            value={settings.data?.pricing_settings.markup_apply ?? "review"}
            onChange={(e) => saveMode.mutate(e.target.value)}
          >
            <option value="review">List the new price for review</option>
            <option value="immediate">Change the price at once</option>
          </select>
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Rule</Table.HeaderCell>
              <Table.HeaderCell>Applies to</Table.HeaderCell>
              <Table.HeaderCell>Currency</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(rules.data?.markup_rules ?? []).map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>{describeRule(r)}</Table.Cell>
                <Table.Cell>
                  <Text size="xsmall" className="text-ui-fg-subtle">{r.product_id ?? r.category_id ?? "every product"}</Text>
                </Table.Cell>
                <Table.Cell>{r.currency_code.toUpperCase()}</Table.Cell>
                <Table.Cell className="text-right">
                  {writable && (
                    <Button size="small" variant="transparent" onClick={() => remove.mutate(r.id)}>
                      Delete
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        {!rules.data?.markup_rules.length && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            No rules yet: prices are only what is typed.
          </Text>
        )}
        {writable && <RuleForm />}
      </Container>

      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">
            Price changes to review <Badge size="2xsmall">{reviews.data?.count ?? 0}</Badge>
          </Heading>
          {writable && !!reviews.data?.price_reviews.length && (
            <div className="flex items-center gap-x-2">
              <Input size="small" className="w-64" placeholder="Why (optional, goes into the history)" value={reason} onChange={(e) => setReason(e.target.value)} />
              <Button size="small" variant="secondary" onClick={() => decide.mutate({ ids: reviews.data!.price_reviews.map((r) => r.id), action: "apply" })}>
                Apply all
              </Button>
            </div>
          )}
        </div>
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Variant</Table.HeaderCell>
              <Table.HeaderCell>Why</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Price now</Table.HeaderCell>
              <Table.HeaderCell className="text-right">New price</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(reviews.data?.price_reviews ?? []).map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>
                  <Text size="xsmall">{r.variant_id}</Text>
                </Table.Cell>
                <Table.Cell>
                  <Text size="xsmall" className="text-ui-fg-subtle">{r.reason}</Text>
                </Table.Cell>
                <Table.Cell className="text-right">{formatMoney(r.old_price, r.currency_code)}</Table.Cell>
                <Table.Cell className="text-right">{formatMoney(r.new_price, r.currency_code)}</Table.Cell>
                <Table.Cell className="text-right">
                  {writable && (
                    <div className="flex justify-end gap-x-1">
                      <Button size="small" variant="secondary" onClick={() => decide.mutate({ ids: [r.id], action: "apply" })}>
                        Apply
                      </Button>
                      <Button size="small" variant="transparent" onClick={() => decide.mutate({ ids: [r.id], action: "dismiss" })}>
                        Dismiss
                      </Button>
                    </div>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Pricing", icon: ReceiptPercent })

export default PricingPage
