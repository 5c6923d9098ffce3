import { SHORTCUTS, type Action } from "../lib/shortcuts"

/** Every shortcut on screen, also clickable (a touch screen has no F-keys). */
export function ShortcutBar({ onAction }: { onAction: (a: Action) => void }) {
  return (
    <nav className="keysbar" aria-label="Keyboard shortcuts">
      {SHORTCUTS.map((s) => (
        <button key={s.key} onClick={() => onAction(s.action)}>
          <kbd>{s.key}</kbd>
          {s.label}
        </button>
      ))}
    </nav>
  )
}
