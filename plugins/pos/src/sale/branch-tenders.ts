import { isPluginOn } from "@kassa/core/kit"
import type { MedusaContainer } from "@medusajs/framework/types"
import { POS_MODULE } from "../modules/pos"
import type PosModuleService from "../modules/pos/service"
import { pluginTenders } from "./tender-registry"

/** `refundable`: a return can pay back in it (a plugin tender that says how: `refund`). */
export type OfferedTender = { id: string; label: string; holds_goods: boolean; refundable: boolean }
export type OwnMethod = { id: string; label: string }

/** The retailer's own methods (bank transfer, e-wallet, …) in a branch's POS settings. */
export const ownMethodsOf = (settings: { other_tenders: unknown }): OwnMethod[] =>
  (settings.other_tenders as { methods?: OwnMethod[] } | null)?.methods ?? []

/** Cash, card and the branch's own methods: money taken or paid back without any plugin. */
export const moneyTenders = (ownMethods: OwnMethod[]): OfferedTender[] => [
  { id: "cash", label: "Cash", holds_goods: false, refundable: true },
  { id: "card", label: "Card", holds_goods: false, refundable: true },
  ...ownMethods.map((m) => ({ id: m.id, label: m.label, holds_goods: false, refundable: true })),
]

const ownMethodsAt = async (container: MedusaContainer, stockLocationId: string) =>
  ownMethodsOf(await container.resolve<PosModuleService>(POS_MODULE).settingsFor(stockLocationId))

/**
 * The tenders a branch takes: its money tenders and the plugins' tenders whose plugin is
 * switched on there. The counter offers exactly these and the checkout accepts nothing else.
 * `ownMethods`: the branch's own methods when the caller has its settings already.
 */
export async function tendersAt(container: MedusaContainer, stockLocationId: string, ownMethods?: OwnMethod[]) {
  const [own, plugins] = await Promise.all([
    ownMethods ?? ownMethodsAt(container, stockLocationId),
    Promise.all(pluginTenders().map(async (t) => ((!t.plugin || (await isPluginOn(container, t.plugin, stockLocationId))) ? t : null))),
  ])
  const offered: OfferedTender[] = [
    ...moneyTenders(own),
    ...plugins.flatMap((t) => (t ? [{ id: t.id, label: t.label, holds_goods: !!t.holdsGoods, refundable: !!t.refund }] : [])),
  ]
  return offered
}

/** The money tenders a branch takes: what a payment outside a sale (an installment collected) is made in. */
export const moneyTendersAt = async (container: MedusaContainer, stockLocationId: string) =>
  moneyTenders(await ownMethodsAt(container, stockLocationId))
