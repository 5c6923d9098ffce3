import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COST_MODULE } from "../../../modules/cost"
import type CostModuleService from "../../../modules/cost/service"

/**
 * `auto_amount` set: markup just wrote this price; null: forget what it wrote (the price is the
 * rule's to set again); left out: only mark or clear the manual flag.
 */
export type PriceStateInput = { variant_id: string; currency_code: string; auto_amount?: string | null; manual: boolean }

type Undo = { created: string[]; previous: { id: string; auto_amount: unknown; manual: boolean }[] }

/** Upserts the marker of each variant+currency; undo deletes the new ones and restores the rest. */
export const savePriceStatesStep = createStep(
  "save-price-states",
  async (states: PriceStateInput[], { container }) => {
    const undo: Undo = { created: [], previous: [] }
    if (!states.length) return new StepResponse([], undo)
    const service: CostModuleService = container.resolve(COST_MODULE)
    const existing = await service.listPriceStates({ variant_id: states.map((s) => s.variant_id) })
    const key = (s: { variant_id: string; currency_code: string }) => `${s.variant_id}:${s.currency_code}`
    const byKey = new Map(existing.map((e) => [key(e), e]))
    const toCreate = states.filter((s) => !byKey.has(key(s)))
    const toUpdate = states.filter((s) => byKey.has(key(s)))
    const fields = (s: PriceStateInput) => ({ manual: s.manual, ...(s.auto_amount !== undefined ? { auto_amount: s.auto_amount === null ? null : Number(s.auto_amount) } : {}) })
    const created = toCreate.length
      ? await service.createPriceStates(toCreate.map((s) => ({ variant_id: s.variant_id, currency_code: s.currency_code, ...fields(s) })))
      : []
    const updated = toUpdate.length ? await service.updatePriceStates(toUpdate.map((s) => ({ id: byKey.get(key(s))!.id, ...fields(s) }))) : []
    undo.created = created.map((c) => c.id)
    undo.previous = toUpdate.map((s) => {
      const e = byKey.get(key(s))!
      return { id: e.id, auto_amount: e.auto_amount, manual: e.manual }
    })
    return new StepResponse([...created, ...updated], undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service: CostModuleService = container.resolve(COST_MODULE)
    if (undo.created.length) await service.deletePriceStates(undo.created)
    if (undo.previous.length) await service.updatePriceStates(undo.previous as any)
  }
)
