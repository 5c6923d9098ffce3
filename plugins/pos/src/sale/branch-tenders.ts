import { isPluginOn } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { pluginTenders } from "./tender-registry"

/** `refundable`: a return can pay back in it (plugin tenders cannot yet). */
export type OfferedTender = { id: string; label: string; holds_goods: boolean; refundable: boolean }

/**
 * The tenders a branch takes: cash, card, the retailer's own methods (branch settings) and the
 * plugins' tenders whose plugin is switched on there. The counter offers exactly these and the
 * checkout accepts nothing else.
 */
export async function tendersAt(container: MedusaContainer, stockLocationId: string, otherMethods: { id: string; label: string }[]) {
  const plugins = await Promise.all(
    pluginTenders().map(async (t) => ((!t.plugin || (await isPluginOn(container, t.plugin, stockLocationId))) ? t : null))
  )
  const offered: OfferedTender[] = [
    { id: "cash", label: "Cash", holds_goods: false, refundable: true },
    { id: "card", label: "Card", holds_goods: false, refundable: true },
    ...otherMethods.map((m) => ({ id: m.id, label: m.label, holds_goods: false, refundable: true })),
    ...plugins.flatMap((t) => (t ? [{ id: t.id, label: t.label, holds_goods: !!t.holdsGoods, refundable: false }] : [])),
  ]
  return offered
}
