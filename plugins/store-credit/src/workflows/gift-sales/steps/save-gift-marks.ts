import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { GIFT_SALE_MODULE } from "../../../modules/gift_sale"
import type GiftSaleModuleService from "../../../modules/gift_sale/service"
import type { GiftMark } from "./plan-gift-marks"

/** Keeps the marks until checkout; undone by deleting them. */
export const saveGiftMarksStep = createStep(
  "kassa-gift-sale-save-marks",
  async (marks: GiftMark[], { container }) => {
    const created = await container.resolve<GiftSaleModuleService>(GIFT_SALE_MODULE).createGiftSales(marks)
    return new StepResponse(created, created.map((m) => m.id))
  },
  async (ids, { container }) => {
    if (ids?.length) await container.resolve<GiftSaleModuleService>(GIFT_SALE_MODULE).deleteGiftSales(ids)
  }
)
