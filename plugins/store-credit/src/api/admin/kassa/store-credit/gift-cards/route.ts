import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { stringify } from "csv-stringify"
import { once } from "node:events"
import { listGiftCards } from "./list-gift-cards"
import type { ListGiftCardsType } from "./validators"

const COLUMNS = ["id", "code", "currency_code", "amount", "balance", "status", "branch", "stock_location_id", "sold_at", "expires_at", "order_id", "order_display_id", "disabled_reason"]
const PAGE = 500

/** Gift cards sold (codes masked) with balance and status; `format=csv`: the whole filtered list as a file. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, ListGiftCardsType>, res: MedusaResponse) => {
  const q = req.validatedQuery
  if (q.format !== "csv") {
    const { gift_cards, count } = await listGiftCards(req.scope, q, { offset: q.offset, limit: q.limit })
    res.json({ gift_cards, count, offset: q.offset, limit: q.limit })
    return
  }
  // One instant for every page, so a card cannot move between pages of a status filter.
  const now = new Date()
  // The first page before the headers: a bad search is still a 400, not a broken file.
  let { gift_cards } = await listGiftCards(req.scope, q, { offset: 0, limit: PAGE }, now)
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="gift-cards-${now.toISOString().slice(0, 10)}.csv"`)
  const csv = stringify({ header: true, columns: COLUMNS })
  csv.pipe(res)
  for (let offset = 0; ; ) {
    for (const c of gift_cards) {
      const row = { ...c, sold_at: new Date(c.created_at).toISOString(), expires_at: c.expires_at ? new Date(c.expires_at).toISOString() : "", disabled_reason: c.disabled_reason ?? "" }
      if (!csv.write(row)) await once(csv, "drain")
    }
    if (gift_cards.length < PAGE) break
    offset += PAGE
    gift_cards = (await listGiftCards(req.scope, q, { offset, limit: PAGE }, now)).gift_cards
  }
  csv.end()
}
