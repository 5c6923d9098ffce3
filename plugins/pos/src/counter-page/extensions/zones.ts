import type { ComponentType } from "react"
import type { CounterExtension, CustomerPanelProps, LineActionProps, SaleCompleteProps, ScreenZone, TenderZone } from "../../counter/define"

type Part<P> = { key: string; Component: ComponentType<P> }

/** Every zone's parts from the extensions on at one branch. */
export type Zones = {
  tenders: Map<string, TenderZone>
  customerPanels: Part<CustomerPanelProps>[]
  lineActions: Part<LineActionProps>[]
  saleComplete: Part<SaleCompleteProps>[]
  screens: ScreenZone[]
}

const KEY = /^(Shift\+)?(Alt\+)?(F([1-9]|1[0-2])|[A-Z0-9])$/
// The browser's own (reload, caret browsing, full screen, tools).
const BROWSER_KEYS = ["F5", "F7", "F11", "F12"]

/**
 * Refuses extensions that would take a key, a tender form or a screen id already taken (by the
 * counter or another extension): the counter must not guess which one a key opens.
 */
export function checkExtensions(extensions: CounterExtension[], counterKeys: readonly string[]) {
  const keys = new Map<string, string>([...counterKeys, ...BROWSER_KEYS].map((k) => [k, "the counter"]))
  const tenders = new Map<string, string>()
  const screens = new Map<string, string>()
  const problems: string[] = []
  for (const e of extensions) {
    for (const t of e.tenders ?? []) {
      if (tenders.has(t.tender)) problems.push(`${e.plugin}: the tender "${t.tender}" already has a form (${tenders.get(t.tender)})`)
      tenders.set(t.tender, e.plugin)
    }
    for (const s of e.screens ?? []) {
      if (!KEY.test(s.key)) problems.push(`${e.plugin}: "${s.key}" is not a key the counter can name (e.g. "Alt+I", "F10")`)
      else if (keys.has(s.key)) problems.push(`${e.plugin}: the key ${s.key} is taken by ${keys.get(s.key)}`)
      if (screens.has(s.id)) problems.push(`${e.plugin}: the screen id "${s.id}" is taken by ${screens.get(s.id)}`)
      keys.set(s.key, e.plugin)
      screens.set(s.id, e.plugin)
    }
  }
  if (problems.length) throw new Error(`Counter extensions refused:\n${problems.join("\n")}`)
  return extensions
}

/** The parts of the extensions whose plugin is switched on at the branch (`GET me`'s switches). */
export function zonesAt(extensions: CounterExtension[], switches: Record<string, boolean>): Zones {
  const on = extensions.filter((e) => switches[e.plugin] === true)
  const parts = <P>(pick: (e: CounterExtension) => ComponentType<P>[] | undefined) =>
    on.flatMap((e) => (pick(e) ?? []).map((Component, i) => ({ key: `${e.plugin}-${i}`, Component })))
  return {
    tenders: new Map(on.flatMap((e) => (e.tenders ?? []).map((t) => [t.tender, t] as const))),
    customerPanels: parts((e) => e.customerPanels),
    lineActions: parts((e) => e.lineActions),
    saleComplete: parts((e) => e.saleComplete),
    screens: on.flatMap((e) => e.screens ?? []),
  }
}
