import { useRef } from "react"

/**
 * A reason typed, or picked from the usual ones for this operation (void, return, cash movement).
 * A picked reason hands the focus back to the field, so Enter submits the form as after typing.
 */
export function ReasonField({
  label,
  reasons,
  value,
  onChange,
  small = true,
}: {
  /** The input's accessible name. */
  label: string
  reasons: readonly string[]
  value: string
  onChange: (reason: string) => void
  small?: boolean
}) {
  const input = useRef<HTMLInputElement>(null)
  return (
    <>
      <label>
        <span className="field-label">Reason</span>
        <input ref={input} className={small ? "big-input text small" : "big-input text"} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />
      </label>
      <div className="chips">
        {reasons.map((r) => (
          <button
            type="button"
            key={r}
            aria-pressed={value === r}
            onClick={() => {
              onChange(r)
              input.current?.focus()
            }}
          >
            {r}
          </button>
        ))}
      </div>
    </>
  )
}
