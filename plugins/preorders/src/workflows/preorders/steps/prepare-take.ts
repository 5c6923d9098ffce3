import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules, QueryContext } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { branchAtOr404, toCentavos } from "@kassa/core/kit"
import { moneyTendersAt } from "@kassa/pos/kit"
import { PREORDERS_MODULE } from "../../../modules/preorders"
import PreordersModuleService, { type OpenInput, type PreorderKind } from "../../../modules/preorders/service"
import { centavosText } from "../money"

export type TakeInput = {
  kind: PreorderKind
  location_id: string
  customer_id: string
  variant_id: string
  quantity: number
  expected_at?: string | null
  note?: string | null
  deposit: { tender: string; amount: number }
  /** The register whose drawer takes a cash deposit. */
  register_id?: string | null
  created_by: string
}

const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)

/** A money tender the branch takes (cash, card, its own methods), or a 400 naming them. */
export async function assertMoneyTender(container: MedusaContainer, location: string, tender: string) {
  const offered = await moneyTendersAt(container, location)
  if (!offered.some((t) => t.id === tender)) throw invalid(`This branch takes ${offered.map((t) => t.id).join(", ")}; not ${tender}`)
}

type VariantRow = {
  id: string
  title: string | null
  manage_inventory: boolean
  product: { title: string; metadata: Record<string, unknown> | null }
  inventory_items?: { inventory_item_id: string; required_quantity: number }[]
  calculated_price?: { calculated_amount: number | null; currency_code: string | null } | null
}

/**
 * Everything a new pre-order or layaway is checked against, read once before anything is
 * written: the branch, the customer, the variant's price and stock there, the tender, the minimum
 * deposit. A pre-order is for goods the branch cannot sell now (fewer available than asked, or a
 * product whose `kassa_release_date` metadata is still ahead); a layaway is for goods in stock.
 */
export const prepareTakeStep = createStep("kassa-preorders-prepare-take", async (input: TakeInput, { container }) => {
  const branch = await branchAtOr404(container, input.location_id)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [customers, [store]] = await Promise.all([
    container.resolve(Modules.CUSTOMER).listCustomers({ id: input.customer_id }, { select: ["id"] }),
    container.resolve(Modules.STORE).listStores({}, { select: ["default_region_id"] }),
  ])
  if (!customers.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No customer ${input.customer_id}`)
  const region = store?.default_region_id ? await container.resolve(Modules.REGION).retrieveRegion(store.default_region_id, { select: ["currency_code"] }) : null
  if (!region) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The store has no default region: set one to take pre-orders")
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "title", "manage_inventory", "product.title", "product.metadata", "inventory_items.inventory_item_id", "inventory_items.required_quantity", "calculated_price.*"],
    filters: { id: input.variant_id },
    context: { calculated_price: QueryContext({ currency_code: region.currency_code, region_id: store!.default_region_id }) },
  })
  const variant = data[0] as VariantRow | undefined
  if (!variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No variant ${input.variant_id}`)
  const title = variant.title && variant.title !== "Default" ? `${variant.product.title} (${variant.title})` : variant.product.title
  const items = variant.manage_inventory ? variant.inventory_items ?? [] : []
  if (items.length !== 1 || (items[0].required_quantity || 1) !== 1) throw invalid(`${title}: only a variant kept in stock as one inventory item can be pre-ordered`)
  const amount = variant.calculated_price?.calculated_amount
  if (amount == null) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${title} has no price in ${region.currency_code.toUpperCase()}`)
  const unit_price = toCentavos(amount)

  await assertMoneyTender(container, input.location_id, input.deposit.tender)
  const [level] = await container.resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: items[0].inventory_item_id, location_id: input.location_id })
  const available = level ? Number(level.stocked_quantity) - Number(level.reserved_quantity) : 0
  const release = variant.product.metadata?.kassa_release_date
  const unreleased = typeof release === "string" && Date.parse(release) > Date.now()
  if (input.kind === "preorder" && available >= input.quantity && !unreleased) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${title} is in stock at ${branch.name} (${available} available): sell it at the counter, or take a layaway`)
  }

  const service = container.resolve<PreordersModuleService>(PREORDERS_MODULE)
  const rules = await service.rulesAt(input.location_id)
  const total = unit_price * input.quantity
  const deposit = toCentavos(input.deposit.amount)
  const minimum = PreordersModuleService.minimumDeposit(rules, total)
  if (deposit < minimum) throw invalid(`The deposit must be at least ${centavosText(region.currency_code, minimum)} at ${branch.name} (of ${centavosText(region.currency_code, total)})`)
  if (deposit > total) throw invalid(`The deposit ${centavosText(region.currency_code, deposit)} is more than the total ${centavosText(region.currency_code, total)}`)

  const open: OpenInput = {
    kind: input.kind,
    stock_location_id: input.location_id,
    branch_code: branch.code,
    customer_id: input.customer_id,
    variant_id: variant.id,
    inventory_item_id: items[0].inventory_item_id,
    title,
    quantity: input.quantity,
    currency_code: region.currency_code,
    unit_price,
    expected_at: input.expected_at ? new Date(input.expected_at) : null,
    expires_at: input.kind === "layaway" ? new Date(Date.now() + rules.layaway_days * 86_400_000) : null,
    note: input.note ?? null,
    created_by: input.created_by,
    deposit: { tender: input.deposit.tender, amount: deposit },
  }
  return new StepResponse({ open, branch_name: branch.name })
})
