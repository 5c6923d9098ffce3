import { useEffect, useRef } from "react"
import type { ScreenZone } from "../../counter/define"

/**
 * The counter's keyboard: every main action has a key, listed on screen (shortcut bar and F1).
 * F5, F7, F11 and F12 are left to the browser (reload, caret browsing, full screen, tools).
 * Extensions' screens add their own keys (extensions/zones.ts refuses a taken one).
 */
export const SHORTCUTS = [
  { key: "F1", label: "Shortcuts", action: "help" },
  { key: "F2", label: "Search", action: "search" },
  { key: "F3", label: "Customer", action: "customer" },
  { key: "F4", label: "Discount", action: "discount" },
  { key: "F6", label: "Edit line", action: "line" },
  { key: "F8", label: "Park", action: "park" },
  { key: "Shift+F8", label: "Parked", action: "parked" },
  { key: "F9", label: "Pay", action: "pay" },
  { key: "Alt+A", label: "Agent", action: "agent" },
  { key: "Alt+R", label: "Return", action: "returns" },
  { key: "Alt+C", label: "Drawer", action: "drawer" },
  { key: "Alt+D", label: "Display", action: "display" },
  { key: "Alt+L", label: "Lock", action: "lock" },
] as const

/** Keys that act on the selected line, shown in the F1 list only. */
export const LINE_KEYS = [
  { key: "↑ ↓", label: "Select a line" },
  { key: "+ −", label: "One more / one less" },
  { key: "Delete", label: "Remove the line" },
  { key: "Esc", label: "Close a window, clear what was typed" },
] as const

/** Keys of the payment window (F9), also in the F1 list. */
export const PAY_KEYS = [
  { key: "PgUp PgDn", label: "Payment: the previous / next tender (← → on the tenders too)" },
  { key: "Alt+1…5", label: "Payment: exact cash or a round amount" },
] as const

export type Action = (typeof SHORTCUTS)[number]["action"]

const keyName = (e: KeyboardEvent) => `${e.shiftKey && e.key.length > 1 ? "Shift+" : ""}${e.altKey ? "Alt+" : ""}${e.altKey ? e.code.replace(/^Key/, "") : e.key}`

const byKey = new Map<string, Action>(SHORTCUTS.map((s) => [s.key, s.action]))

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))

type Handlers = {
  /** A shortcut from SHORTCUTS. */
  onAction: (action: Action) => void
  /** The extensions' screens on at this branch, opened by their keys. */
  screens: ScreenZone[]
  onScreen: (screen: ScreenZone) => void
  /**
   * A key pressed with no field focused: a character or Enter is what a keyboard-wedge
   * scanner types; arrows, + − and Delete act on the selected line.
   */
  onKey: (key: string) => void
  /** While a window (dialog) is open, only it handles keys. */
  blocked: boolean
}

const PLAIN_KEYS = new Set(["Enter", "Backspace", "Escape", "ArrowUp", "ArrowDown", "Delete"])

/** One keydown listener for the whole counter screen. */
export function useCounterKeys(handlers: Handlers) {
  const ref = useRef(handlers)
  ref.current = handlers
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const h = ref.current
      if (h.blocked) return
      const name = keyName(e)
      const action = byKey.get(name)
      if (action) {
        e.preventDefault()
        h.onAction(action)
        return
      }
      const screen = h.screens.find((s) => s.key === name)
      if (screen) {
        e.preventDefault()
        h.onScreen(screen)
        return
      }
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return
      if (e.key.length === 1 || PLAIN_KEYS.has(e.key)) {
        e.preventDefault()
        h.onKey(e.key)
      }
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [])
}
