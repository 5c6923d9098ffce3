import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isGiftCardCode, normalizeGiftCardCode } from "../../../../../gift-cards/code"
import { standingSales } from "../../../../../gift-cards/sale-stands"
import { cardStatus, type GiftCardStatus } from "../../../../../gift-cards/status"
import { GIFT_CARD_MODULE } from "../../../../../modules/gift_card"
import type GiftCardModuleService from "../../../../../modules/gift_card/service"
import type { CardListFilters, CardListRow } from "../../../../../modules/gift_card/service"
import type { ListGiftCardsType } from "./validators"

export type GiftCardListItem = CardListRow & { status: GiftCardStatus; order_display_id: number | null; branch: string | null }

/** The code search: the full code, or its end as lists show it (never a piece of the hidden part). */
function codeFilter(typed: string): Pick<CardListFilters, "code" | "code_end"> {
  const code = normalizeGiftCardCode(typed)
  if (isGiftCardCode(code)) return { code }
  if (/^[0-9A-Z]{4,5}$/.test(code)) return { code_end: code }
  throw new MedusaError(MedusaError.Types.INVALID_DATA, "Search by the card's full code, or its end as the list shows it (ABCD or ABCD-E)")
}

/**
 * Gift cards matching the list's filters, newest first, each with its status, its order's number
 * and its branch's name. Active and inactive differ by whether the card's sale is completed, which
 * the POS knows: those two filters first ask which of the matching cards' sales stand.
 */
export async function listGiftCards(container: MedusaContainer, q: ListGiftCardsType, page: { offset: number; limit: number }, now = new Date()) {
  const service = container.resolve<GiftCardModuleService>(GIFT_CARD_MODULE)
  const filters: CardListFilters = { ...(q.q ? codeFilter(q.q) : {}) }
  if (q.location_id) filters.stock_location_id = q.location_id
  if (q.order_id) filters.order_ids = [q.order_id]
  if (q.status === "active" || q.status === "inactive") {
    filters.state = "live"
    const orders = await service.orderIdsOf(filters, now)
    const standing = await standingSales(container, orders)
    filters.order_ids = orders.filter((o) => standing.has(o) === (q.status === "active"))
  } else if (q.status) filters.state = q.status

  const { cards, count } = await service.listCards(filters, page, now)
  if (!cards.length) return { gift_cards: [] as GiftCardListItem[], count }
  const orderIds = [...new Set(cards.map((c) => c.order_id))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [standing, { data: orders }, { data: locations }] = await Promise.all([
    standingSales(container, orderIds),
    query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } }),
    query.graph({ entity: "stock_location", fields: ["id", "name"], filters: { id: [...new Set(cards.map((c) => c.stock_location_id))] } }),
  ])
  const displayIds = new Map((orders as { id: string; display_id: number }[]).map((o) => [o.id, o.display_id]))
  const names = new Map((locations as { id: string; name: string }[]).map((l) => [l.id, l.name]))
  return {
    gift_cards: cards.map((c): GiftCardListItem => ({
      ...c,
      status: cardStatus(c, standing.has(c.order_id), now),
      order_display_id: displayIds.get(c.order_id) ?? null,
      branch: names.get(c.stock_location_id) ?? null,
    })),
    count,
  }
}
