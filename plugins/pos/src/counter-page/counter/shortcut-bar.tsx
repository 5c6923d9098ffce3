import type { ScreenZone } from "../../counter/define"
import { SHORTCUTS, type Action } from "../lib/shortcuts"

type Props = { onAction: (a: Action) => void; screens: ScreenZone[]; onScreen: (s: ScreenZone) => void }

/** Every shortcut on screen, also clickable (a touch screen has no F-keys); extensions' screens last. */
export function ShortcutBar({ onAction, screens, onScreen }: Props) {
  return (
    <nav className="keysbar" aria-label="Keyboard shortcuts">
      {SHORTCUTS.map((s) => (
        <button key={s.key} onClick={() => onAction(s.action)}>
          <kbd>{s.key}</kbd>
          {s.label}
        </button>
      ))}
      {screens.map((s) => (
        <button key={s.key} onClick={() => onScreen(s)}>
          <kbd>{s.key}</kbd>
          {s.label}
        </button>
      ))}
    </nav>
  )
}
