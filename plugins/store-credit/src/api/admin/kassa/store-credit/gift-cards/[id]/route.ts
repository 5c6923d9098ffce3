import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { saleStands } from "../../../../../../gift-cards/sale-stands"
import { cardStatus } from "../../../../../../gift-cards/status"
import { GIFT_CARD_MODULE } from "../../../../../../modules/gift_card"
import type GiftCardModuleService from "../../../../../../modules/gift_card/service"

/** A gift card (code masked) with its status, its order's number and every entry with the balance after it. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const card = await req.scope.resolve<GiftCardModuleService>(GIFT_CARD_MODULE).cardHistory(req.params.id)
  if (!card) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No gift card ${req.params.id}`)
  const { data: orders } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["id", "display_id"], filters: { id: card.order_id } })
  res.json({
    gift_card: {
      ...card,
      status: cardStatus(card, await saleStands(req.scope)(card.order_id)),
      order_display_id: (orders[0] as { display_id: number } | undefined)?.display_id ?? null,
    },
  })
}
