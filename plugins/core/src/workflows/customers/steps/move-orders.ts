import type { IOrderModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Move = { from: string; into: string }

/** Every Medusa order of the customer merged away (counter and web, drafts too) now belongs to the one kept. */
export const moveOrdersStep = createStep(
  "kassa-merge-move-orders",
  async ({ from, into }: Move, { container }) => {
    const orders: IOrderModuleService = container.resolve(Modules.ORDER)
    const ids = (await orders.listOrders({ customer_id: from }, { select: ["id"] })).map((o) => o.id)
    if (ids.length) await orders.updateOrders(ids.map((id) => ({ id, customer_id: into })))
    return new StepResponse(ids, { ids, from })
  },
  async (undo, { container }) => {
    if (!undo?.ids.length) return
    await container.resolve<IOrderModuleService>(Modules.ORDER).updateOrders(undo.ids.map((id) => ({ id, customer_id: undo.from })))
  }
)
