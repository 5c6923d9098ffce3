import { useEffect, useRef, type ReactNode } from "react"

type Props = { title: string; onClose: () => void; children: ReactNode; footer?: ReactNode; wide?: boolean; testId?: string }

/**
 * A window over the counter: Escape closes it, [data-autofocus] (else the first field) gets the
 * focus, and the counter's own keys wait until it is gone.
 */
export function Modal({ title, onClose, children, footer, wide, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>("[data-autofocus]") ?? ref.current?.querySelector<HTMLElement>("input, select, textarea")
    first?.focus()
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.preventDefault()
        onClose()
      }
    }
    window.addEventListener("keydown", onKey)
    return () => window.removeEventListener("keydown", onKey)
  }, [onClose])
  return (
    <div className="overlay" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div className={wide ? "dialog wide" : "dialog"} role="dialog" aria-label={title} data-testid={testId} ref={ref}>
        <header>
          <h2>{title}</h2>
          <button className="act" style={{ height: 32, padding: "0 10px" }} onClick={onClose} aria-label="Close">
            Esc
          </button>
        </header>
        <div className="body">{children}</div>
        {footer && <footer>{footer}</footer>}
      </div>
    </div>
  )
}
