import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ReceiptPercent } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useAccess } from "../../lib/access"
import { ReasonDrawer } from "../../components/reason-drawer"
import { SearchPicker, type Picked } from "../../components/search-picker"
import { describeRule, MANUAL_PRICES_KEY, setPriceMode, type ManualPrice, type MarkupRule } from "../../lib/markup"
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

const searchProducts = async (q: string): Promise<Picked[]> => {
  const { products } = await sdk.admin.product.list({ q, limit: 10, fields: "id,title,status" })
  return products.map((p) => ({ id: p.id, label: p.status === "published" ? p.title : `${p.title} (${p.status})` }))
}
const searchCategories = async (q: string): Promise<Picked[]> => {
  const { product_categories } = await sdk.admin.productCategory.list({ q, limit: 10, fields: "id,name,parent_category.name" })
  return product_categories.map((c) => ({ id: c.id, label: c.parent_category ? `${c.parent_category.name} › ${c.name}` : c.name }))
}

/** The header that carries why a change is made (kept with its audit entry). */
const because = (reason: string) => ({ "X-Kassa-Reason": encodeURIComponent(reason) })

/** A change the server wants explained: the drawer asks why, then `run` sends it with the reason. */
type Ask = { title: string; note: string; saveLabel: string; run: (reason: string) => Promise<unknown> }

/** A new rule: scope, what it applies to (picked by name), and the markup. */
const RuleForm = ({ ask }: { ask: (a: Ask) => void }) => {
  const [rule, setRule] = useState({ scope: "store", currency_code: "php", kind: "percent", value: "", rounding: "none" })
  const [target, setTarget] = useState<Picked | null>(null)
  const set = (k: keyof typeof rule) => (e: { target: { value: string } }) => setRule((r) => ({ ...r, [k]: e.target.value }))
  const add = useKassaMutation(
    (reason: string) =>
      sdk.client.fetch("/admin/kassa/pricing/rules", {
        method: "POST",
        headers: because(reason),
        body: {
          scope: rule.scope,
          ...(rule.scope === "product" ? { product_id: target?.id } : {}),
          ...(rule.scope === "category" ? { category_id: target?.id } : {}),
          currency_code: rule.currency_code.trim(),
          kind: rule.kind,
          value: rule.value.trim(),
          rounding: rule.rounding,
        },
      }),
    { success: "Rule added", refresh: [RULES_KEY] }
  )
  const needsTarget = rule.scope !== "store"
  return (
    <div className="flex flex-wrap items-center gap-2 px-6 py-4">
      <select
        aria-label="Scope"
        className={selectClass}
        value={rule.scope}
        onChange={(e) => {
          set("scope")(e)
          setTarget(null)
        }}
      >
        <option value="store">Store (default)</option>
        <option value="category">Category</option>
        <option value="product">Product</option>
      </select>
      {rule.scope === "product" && <SearchPicker key="product" noun="product" value={target} onChange={setTarget} search={searchProducts} />}
      {rule.scope === "category" && <SearchPicker key="category" noun="category" value={target} onChange={setTarget} search={searchCategories} />}
      <select aria-label="Kind" className={selectClass} value={rule.kind} onChange={set("kind")}>
        <option value="percent">Percent</option>
        <option value="fixed">Fixed amount</option>
      </select>
      <Input
        size="small"
        className="w-24"
        aria-label="Markup"
        inputMode="decimal"
        placeholder={rule.kind === "percent" ? "35.5" : "150.00"}
        value={rule.value}
        onChange={set("value")}
      />
      <Input size="small" className="w-16" aria-label="Currency" value={rule.currency_code} onChange={set("currency_code")} />
      <select aria-label="Rounding" className={selectClass} value={rule.rounding} onChange={set("rounding")}>
        <option value="none">No rounding</option>
        <option value="peso">Whole peso</option>
        <option value="half">.00 or .50</option>
        <option value="nine">Ends in 9</option>
        <option value="five">Nearest 5</option>
      </select>
      <Button
        size="small"
        variant="secondary"
        disabled={!rule.value.trim() || (needsTarget && !target)}
        isLoading={add.isPending}
        onClick={() =>
          ask({
            title: "Add rule",
            note: `Prices under this rule will follow cost with ${rule.kind === "percent" ? `${rule.value.trim()} %` : `+ ${rule.value.trim()}`} at the next apply or cost change.`,
            saveLabel: "Add rule",
            run: (reason) => add.mutateAsync(reason).then(() => setRule((r) => ({ ...r, value: "" }))),
          })
        }
      >
        Add rule
      </Button>
    </div>
  )
}

/** Names of the products and categories the rules target, read in one request each. */
const useTargetNames = (rules: MarkupRule[] | undefined) => {
  const productIds = [...new Set((rules ?? []).flatMap((r) => (r.product_id ? [r.product_id] : [])))]
  const categoryIds = [...new Set((rules ?? []).flatMap((r) => (r.category_id ? [r.category_id] : [])))]
  const products = useQuery({
    queryKey: ["kassa", "pricing", "rule-products", productIds],
    enabled: productIds.length > 0,
    queryFn: () => sdk.admin.product.list({ id: productIds, limit: productIds.length, fields: "id,title" }),
  })
  const categories = useQuery({
    queryKey: ["kassa", "pricing", "rule-categories", categoryIds],
    enabled: categoryIds.length > 0,
    queryFn: () => sdk.admin.productCategory.list({ id: categoryIds, limit: categoryIds.length, fields: "id,name" }),
  })
  const names = new Map<string, string>([
    ...(products.data?.products ?? []).map((p) => [p.id, p.title] as [string, string]),
    ...(categories.data?.product_categories ?? []).map((c) => [c.id, c.name] as [string, string]),
  ])
  const loading = products.isLoading || categories.isLoading
  return (id: string) => names.get(id) ?? (loading ? "…" : "(deleted)")
}

/** Variant names for the review list: product title and variant title, read in one request. */
const useVariantNames = (ids: string[]) => {
  const variants = useQuery({
    queryKey: ["kassa", "pricing", "review-variants", ids],
    enabled: ids.length > 0,
    queryFn: () =>
      sdk.client.fetch<{ variants: { id: string; title: string | null; sku: string | null; product?: { id: string; title: string } | null }[] }>(
        "/admin/product-variants",
        { query: { id: ids, limit: ids.length, fields: "id,title,sku,product.id,product.title" } }
      ),
  })
  return new Map((variants.data?.variants ?? []).map((v) => [v.id, v]))
}

/** Markup rules, what a cost change does, and the price changes waiting for a decision. */
const PricingPage = () => {
  const { can } = useAccess()
  const writable = can("price:write")
  const [asking, setAsking] = useState<Ask | null>(null)
  const [sending, setSending] = useState(false)
  const rules = useQuery({ queryKey: RULES_KEY, queryFn: () => sdk.client.fetch<{ markup_rules: MarkupRule[] }>("/admin/kassa/pricing/rules", { query: { limit: 200 } }) })
  const settings = useQuery({ queryKey: SETTINGS_KEY, queryFn: () => sdk.client.fetch<{ pricing_settings: { markup_apply: string } }>("/admin/kassa/pricing/settings") })
  const reviews = useQuery({
    queryKey: REVIEWS_KEY,
    queryFn: () => sdk.client.fetch<{ price_reviews: Review[]; count: number }>("/admin/kassa/pricing/reviews", { query: { status: "pending", limit: 100 } }),
  })
  const remove = useKassaMutation(({ id, reason }: { id: string; reason: string }) => sdk.client.fetch(`/admin/kassa/pricing/rules/${id}`, { method: "DELETE", headers: because(reason) }), {
    success: "Rule deleted",
    refresh: [RULES_KEY],
  })
  const saveMode = useKassaMutation(
    ({ markup_apply, reason }: { markup_apply: string; reason: string }) =>
      sdk.client.fetch("/admin/kassa/pricing/settings", { method: "POST", body: { markup_apply }, headers: because(reason) }),
    { success: "Saved", refresh: [SETTINGS_KEY] }
  )
  const applyAll = useKassaMutation((reason: string) => sdk.client.fetch("/admin/kassa/pricing/apply", { method: "POST", body: {}, headers: because(reason) }), {
    success: "Prices set from the rules (manual prices kept)",
    refresh: [REVIEWS_KEY],
  })
  const manual = useQuery({
    queryKey: MANUAL_PRICES_KEY,
    queryFn: () => sdk.client.fetch<{ manual_prices: ManualPrice[]; count: number }>("/admin/kassa/pricing/manual", { query: { limit: 100 } }),
  })
  const [following, setFollowing] = useState<ManualPrice | null>(null)
  const follow = useKassaMutation(setPriceMode, { success: "The price follows its rule again", refresh: [MANUAL_PRICES_KEY, REVIEWS_KEY] })
  const targetName = useTargetNames(rules.data?.markup_rules)
  const variantOf = useVariantNames([...new Set((reviews.data?.price_reviews ?? []).map((r) => r.variant_id))])
  const decide = useKassaMutation(
    ({ ids, action, reason }: { ids: string[]; action: "apply" | "dismiss"; reason: string }) =>
      sdk.client.fetch(`/admin/kassa/pricing/reviews/${action}`, { method: "POST", body: { ids }, headers: because(reason) }),
    { success: ({ action }) => (action === "apply" ? "Prices applied" : "Dismissed"), refresh: [REVIEWS_KEY] }
  )
  const reviewAction = (ids: string[], action: "apply" | "dismiss") =>
    setAsking({
      title: action === "apply" ? "Apply new prices" : "Dismiss",
      note: `${ids.length === 1 ? "This price change" : `These ${ids.length} price changes`} will be ${action === "apply" ? "applied" : "dismissed (the price stays as it is)"}.`,
      saveLabel: action === "apply" ? "Apply" : "Dismiss",
      run: (reason) => decide.mutateAsync({ ids, action, reason }),
    })

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
            <Button
              size="small"
              variant="secondary"
              isLoading={applyAll.isPending}
              onClick={() =>
                setAsking({
                  title: "Apply rules now",
                  note: "Every price under a rule is set from its cost now; prices kept by hand stay as they are.",
                  saveLabel: "Apply rules",
                  run: (reason) => applyAll.mutateAsync(reason),
                })
              }
            >
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
            onChange={(e) => {
              const markup_apply = e.target.value
              setAsking({
                title: "When a cost changes",
                note: markup_apply === "immediate" ? "A cost change will change the price under its rule at once." : "A cost change will list the new price here for review.",
                saveLabel: "Save",
                run: (reason) => saveMode.mutateAsync({ markup_apply, reason }),
              })
            }}
          >
            <option value="review">List the new price for review</option>
            <option value="immediate">Change the price at once</option>
          </select>
        </div>
        {!!rules.data?.markup_rules.length && (
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
                    {r.product_id ? (
                      <Link to={`/products/${r.product_id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
                        {targetName(r.product_id)}
                      </Link>
                    ) : r.category_id ? (
                      <Link to={`/categories/${r.category_id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
                        {targetName(r.category_id)}
                      </Link>
                    ) : (
                      <Text size="small" className="text-ui-fg-subtle">
                        Every product
                      </Text>
                    )}
                  </Table.Cell>
                  <Table.Cell>{r.currency_code.toUpperCase()}</Table.Cell>
                  <Table.Cell className="text-right">
                    {writable && (
                      <Button
                        size="small"
                        variant="transparent"
                        onClick={() =>
                          setAsking({
                            title: "Delete rule",
                            note: `${describeRule(r)} (${r.currency_code.toUpperCase()}) goes; the prices it set stay until another rule or a hand changes them.`,
                            saveLabel: "Delete rule",
                            run: (reason) => remove.mutateAsync({ id: r.id, reason }),
                          })
                        }
                      >
                        Delete
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        {!rules.data?.markup_rules.length && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {rules.isLoading ? "Loading…" : rules.error ? "Could not load the rules." : "No rules yet: prices are only what is typed."}
          </Text>
        )}
        {writable && <RuleForm ask={setAsking} />}
      </Container>

      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <Heading level="h2">
            Price changes to review <Badge size="2xsmall">{reviews.data?.count ?? 0}</Badge>
          </Heading>
          {writable && !!reviews.data?.price_reviews.length && (
            <div className="flex items-center gap-x-2">
              <Button size="small" variant="secondary" onClick={() => reviewAction(reviews.data!.price_reviews.map((r) => r.id), "apply")}>
                Apply all
              </Button>
            </div>
          )}
        </div>
        {!!reviews.data?.price_reviews.length && (
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
                    {(() => {
                      const v = variantOf.get(r.variant_id)
                      if (!v?.product) return <Text size="xsmall">{r.variant_id}</Text>
                      return (
                        <Link to={`/products/${v.product.id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
                          {v.product.title}
                          {v.title ? ` · ${v.title}` : ""}
                        </Link>
                      )
                    })()}
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="xsmall" className="text-ui-fg-subtle">{r.reason}</Text>
                  </Table.Cell>
                  <Table.Cell className="text-right">{formatMoney(r.old_price, r.currency_code)}</Table.Cell>
                  <Table.Cell className="text-right">{formatMoney(r.new_price, r.currency_code)}</Table.Cell>
                  <Table.Cell className="text-right">
                    {writable && (
                      <div className="flex justify-end gap-x-1">
                        <Button size="small" variant="secondary" onClick={() => reviewAction([r.id], "apply")}>
                          Apply
                        </Button>
                        <Button size="small" variant="transparent" onClick={() => reviewAction([r.id], "dismiss")}>
                          Dismiss
                        </Button>
                      </div>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        {!reviews.data?.price_reviews.length && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {reviews.isLoading ? "Loading…" : "Nothing to review: cost changes list their new prices here."}
          </Text>
        )}
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">
            Prices kept by hand <Badge size="2xsmall">{manual.data?.count ?? 0}</Badge>
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Rules and cost changes leave these prices alone: marked on the product page (Cost and margin), or found
            changed by hand when the rules are applied.
          </Text>
        </div>
        {!!manual.data?.manual_prices.length && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Variant</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Price</Table.HeaderCell>
                <Table.HeaderCell className="text-right">The rule would give</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {manual.data.manual_prices.map((m) => (
                <Table.Row key={`${m.variant_id}:${m.currency_code}`}>
                  <Table.Cell>
                    {m.product_id ? (
                      <Link to={`/products/${m.product_id}`} className="txt-compact-small text-ui-fg-interactive hover:underline">
                        {m.product_title}
                        {m.variant_title ? ` · ${m.variant_title}` : ""}
                      </Link>
                    ) : (
                      <Text size="xsmall">{m.variant_id} (deleted)</Text>
                    )}
                  </Table.Cell>
                  <Table.Cell className="text-right">{m.price == null ? "–" : formatMoney(m.price, m.currency_code)}</Table.Cell>
                  <Table.Cell className="text-right">{m.rule_price == null ? "no rule or cost" : formatMoney(m.rule_price, m.currency_code)}</Table.Cell>
                  <Table.Cell className="text-right">
                    {writable && m.product_id && (
                      <Button size="small" variant="transparent" onClick={() => setFollowing(m)}>
                        Follow the rule
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
        {!manual.data?.manual_prices.length && (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4">
            {manual.isLoading ? "Loading…" : "None: every price with a rule follows it."}
          </Text>
        )}
      </Container>
      {asking && (
        <ReasonDrawer
          title={asking.title}
          note={asking.note}
          saveLabel={asking.saveLabel}
          saving={sending}
          onClose={() => setAsking(null)}
          onSubmit={(reason) => {
            setSending(true)
            asking
              .run(reason)
              .then(() => setAsking(null))
              .catch(() => undefined) // the mutation's own toast says what went wrong; the drawer stays for another try
              .finally(() => setSending(false))
          }}
        />
      )}
      {following && (
        <ReasonDrawer
          title="Follow the rule"
          note={`${following.product_title ?? following.variant_id}${following.variant_title ? ` · ${following.variant_title}` : ""} will be priced by its rule again${
            following.rule_price == null ? "" : `: ${formatMoney(following.rule_price, following.currency_code)} now`
          }.`}
          saveLabel="Follow the rule"
          saving={follow.isPending}
          onClose={() => setFollowing(null)}
          onSubmit={(reason) => follow.mutate({ variant_id: following.variant_id, mode: "auto", reason }, { onSuccess: () => setFollowing(null) })}
        />
      )}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Pricing", icon: ReceiptPercent })

export default PricingPage
