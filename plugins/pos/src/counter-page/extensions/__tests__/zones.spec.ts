import type { CounterExtension } from "../../../counter/define"
import { checkExtensions, zonesAt } from "../zones"

const Part = () => null
const loyalty: CounterExtension = {
  plugin: "loyalty",
  tenders: [{ tender: "points", Form: Part }],
  customerPanels: [Part],
  lineActions: [Part],
  saleComplete: [Part],
  screens: [{ id: "points", label: "Points", key: "Alt+P", Screen: Part }],
}
const warranty: CounterExtension = { plugin: "warranty", lineActions: [Part], screens: [{ id: "claims", label: "Claims", key: "Shift+F10", Screen: Part }] }

describe("counter extension zones", () => {
  it("shows an extension's parts only where its plugin is switched on (a plugin the server does not report is off)", () => {
    const on = zonesAt([loyalty, warranty], { loyalty: true, warranty: false })
    expect([...on.tenders.keys()]).toEqual(["points"])
    expect(on.customerPanels.map((p) => p.key)).toEqual(["loyalty-0"])
    expect(on.lineActions.map((p) => p.key)).toEqual(["loyalty-0"])
    expect(on.saleComplete).toHaveLength(1)
    expect(on.screens.map((s) => s.id)).toEqual(["points"])

    const off = zonesAt([loyalty, warranty], { warranty: true })
    expect(off.tenders.size).toBe(0)
    expect(off.customerPanels).toEqual([])
    expect(off.lineActions.map((p) => p.key)).toEqual(["warranty-0"])
    expect(off.screens.map((s) => s.key)).toEqual(["Shift+F10"])
  })

  it("accepts extensions whose keys, tenders and screens are free", () => {
    expect(checkExtensions([loyalty, warranty], ["F1", "F9", "Alt+R"])).toEqual([loyalty, warranty])
  })

  it("refuses a key the counter, the browser or another extension already has, and a key it cannot name", () => {
    const screen = (plugin: string, key: string, id = plugin): CounterExtension => ({ plugin, screens: [{ id, label: id, key, Screen: Part }] })
    expect(() => checkExtensions([screen("a", "F9")], ["F9"])).toThrow("the key F9 is taken by the counter")
    expect(() => checkExtensions([screen("a", "F5")], [])).toThrow("the key F5 is taken by the counter")
    expect(() => checkExtensions([screen("a", "Alt+P"), screen("b", "Alt+P")], [])).toThrow("b: the key Alt+P is taken by a")
    expect(() => checkExtensions([screen("a", "ctrl+p")], [])).toThrow('"ctrl+p" is not a key the counter can name')
    expect(() => checkExtensions([screen("a", "Alt+A", "same"), screen("b", "Alt+B", "same")], [])).toThrow('the screen id "same" is taken by a')
  })

  it("refuses a second form for the same tender", () => {
    const form = (plugin: string): CounterExtension => ({ plugin, tenders: [{ tender: "points", Form: Part }] })
    expect(() => checkExtensions([form("a"), form("b")], [])).toThrow('b: the tender "points" already has a form (a)')
  })
})
