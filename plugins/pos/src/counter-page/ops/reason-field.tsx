/** A reason typed, or picked from the usual ones for this operation (void, return, cash movement). */
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
  return (
    <>
      <label>
        <span className="field-label">Reason</span>
        <input className={small ? "big-input text small" : "big-input text"} aria-label={label} value={value} onChange={(e) => onChange(e.target.value)} />
      </label>
      <div className="chips">
        {reasons.map((r) => (
          <button type="button" key={r} onClick={() => onChange(r)}>
            {r}
          </button>
        ))}
      </div>
    </>
  )
}
