import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { planPricesStep, type PlanInput, type PricePlan } from "../steps/plan-prices"
import { prepareReviewWritesStep } from "../steps/review-writes"
import { createPriceReviewsStep, loadPendingReviewsStep, settleReviewsStep, type ReviewInput } from "../steps/reviews"
import { createMarkupRuleStep, deleteMarkupRuleStep, savePricingSettingsStep, type MarkupRuleInput, type PricingSettings } from "../steps/rules"
import { savePriceStatesStep, type PriceStateInput } from "../steps/save-price-states"
import { writeVariantPricesStep, type PriceWrite } from "../steps/write-variant-prices"

export const createMarkupRuleWorkflow = createWorkflow("create-markup-rule", (input: MarkupRuleInput) => {
  return new WorkflowResponse(createMarkupRuleStep(input))
})

export const deleteMarkupRuleWorkflow = createWorkflow("delete-markup-rule", (input: { id: string }) => {
  const id = transform({ input }, ({ input }) => input.id)
  return new WorkflowResponse(deleteMarkupRuleStep(id))
})

export const savePricingSettingsWorkflow = createWorkflow("save-pricing-settings", (input: PricingSettings) => {
  return new WorkflowResponse(savePricingSettingsStep(input))
})

/**
 * One lock for every markup write (apply, reviews, cost changes): each reads prices, markers and
 * reviews and then writes from what it read; two at once could overwrite each other's price or
 * apply a review another just dismissed. One key, so no ordering between keys to get wrong.
 */
export const PRICING_LOCK = "kassa:markup-pricing"
const lock = () => acquireLockStep({ key: PRICING_LOCK, timeout: 15, ttl: 120 })
const unlock = () => releaseLockStep({ key: PRICING_LOCK })

const toWrite = (plans: PricePlan[]): PriceWrite[] =>
  plans.map((p) => ({ variant_id: p.variant_id, price_set_id: p.price_set_id, price_id: p.price_id, currency_code: p.currency_code, amount: p.price, old: p.current }))

/**
 * Sets the price of every variant with a cost and a rule in force to what its rule gives.
 * Manual prices (typed by hand) are kept: a price found different from what the rule last wrote
 * is marked manual here, and stays so until /pricing/variants/:id/auto clears it.
 */
export const applyMarkupPricesWorkflow = createWorkflow("apply-markup-prices", (input: PlanInput) => {
  lock()
  const plans = planPricesStep(input)
  const { writes, states } = transform({ plans }, ({ plans }) => {
    const auto = plans.filter((p) => !p.manual)
    const changed = auto.filter((p) => p.changed)
    const states: PriceStateInput[] = [
      ...auto.map((p) => ({ variant_id: p.variant_id, currency_code: p.currency_code, auto_amount: p.price, manual: false })),
      ...plans.filter((p) => p.newly_manual).map((p) => ({ variant_id: p.variant_id, currency_code: p.currency_code, manual: true })),
    ]
    return { writes: toWrite(changed), states }
  })
  writeVariantPricesStep(writes)
  savePriceStatesStep(states)
  unlock()
  const summary = transform({ plans }, ({ plans }) => ({
    updated: plans.filter((p) => !p.manual && p.changed).map(({ variant_id, currency_code, current, price }) => ({ variant_id, currency_code, old_price: current, price })),
    manual: plans.filter((p) => p.manual).map(({ variant_id, currency_code, current, price }) => ({ variant_id, currency_code, price: current, rule_price: price })),
    unchanged: plans.filter((p) => !p.manual && !p.changed).length,
  }))
  return new WorkflowResponse(summary)
})

export type CostChange = { variant_id: string; currency_code: string; old_cost: string | null; new_cost: string }

/**
 * After cost changes: the prices their rules now give, as pending reviews (markup_apply =
 * review) or written at once and recorded as applied reviews (immediate). Each says "cost
 * changed from X to Y". Manual prices are left alone.
 */
export const repriceAfterCostChange = (changes: CostChange[], mode: PricingSettings["markup_apply"], plans: PricePlan[]) => {
  const byKey = new Map(changes.map((c) => [`${c.variant_id}:${c.currency_code}`, c]))
  const due = plans.filter((p) => !p.manual && p.changed && byKey.has(`${p.variant_id}:${p.currency_code}`))
  const reviews: ReviewInput[] = due.map((p) => {
    const change = byKey.get(`${p.variant_id}:${p.currency_code}`)!
    return {
      variant_id: p.variant_id,
      currency_code: p.currency_code,
      rule_id: p.rule_id,
      old_price: p.current,
      new_price: p.price,
      old_cost: change.old_cost,
      new_cost: change.new_cost,
      status: mode === "immediate" ? "applied" : "pending",
      reason: change.old_cost == null ? `cost set to ${change.new_cost}` : `cost changed from ${change.old_cost} to ${change.new_cost}`,
    }
  })
  const immediate = mode === "immediate" ? due : []
  return {
    reviews,
    writes: toWrite(immediate),
    states: immediate.map((p) => ({ variant_id: p.variant_id, currency_code: p.currency_code, auto_amount: p.price, manual: false })),
  }
}

/** Writes the prices of pending reviews (a person's decision: a manual price is overwritten too). */
export const applyPriceReviewsWorkflow = createWorkflow("apply-price-reviews", (input: { ids: string[] }) => {
  lock()
  const reviews = loadPendingReviewsStep(input.ids)
  const writes = prepareReviewWritesStep(reviews)
  writeVariantPricesStep(writes)
  const states = transform({ reviews }, ({ reviews }) =>
    reviews.map((r) => ({ variant_id: r.variant_id, currency_code: r.currency_code, auto_amount: r.new_price, manual: false }))
  )
  savePriceStatesStep(states)
  const settled = settleReviewsStep(transform({ input }, ({ input }) => ({ ids: input.ids, status: "applied" as const })))
  unlock()
  return new WorkflowResponse(settled)
})

export const dismissPriceReviewsWorkflow = createWorkflow("dismiss-price-reviews", (input: { ids: string[] }) => {
  lock()
  loadPendingReviewsStep(input.ids)
  const settled = settleReviewsStep(transform({ input }, ({ input }) => ({ ids: input.ids, status: "dismissed" as const })))
  unlock()
  return new WorkflowResponse(settled)
})

/** Clears the manual flag of a variant's prices: the next apply (or cost change) sets them by rule again. */
export const setPriceAutomaticWorkflow = createWorkflow("set-price-automatic", (input: { variant_id: string; currency_codes: string[] }) => {
  // The apply below runs as a sub-workflow, where Medusa skips its own lock step: held here.
  lock()
  const states = transform({ input }, ({ input }) =>
    input.currency_codes.map((currency_code) => ({ variant_id: input.variant_id, currency_code, auto_amount: null, manual: false }))
  )
  savePriceStatesStep(states)
  const applied = applyMarkupPricesWorkflow.runAsStep({ input: transform({ input }, ({ input }) => ({ variant_ids: [input.variant_id] })) })
  unlock()
  return new WorkflowResponse(applied)
})

/**
 * Marks a variant's prices as set by hand: apply and cost changes leave them alone (they are
 * reported as manual) until /pricing/variants/:id/auto gives them back to the rule. What markup
 * last wrote is kept, so the price is compared with it again only after that.
 */
export const markPriceManualWorkflow = createWorkflow("mark-price-manual", (input: { variant_id: string; currency_codes: string[] }) => {
  lock()
  const states = transform({ input }, ({ input }) =>
    input.currency_codes.map((currency_code): PriceStateInput => ({ variant_id: input.variant_id, currency_code, manual: true }))
  )
  const saved = savePriceStatesStep(states)
  unlock()
  return new WorkflowResponse(saved)
})
