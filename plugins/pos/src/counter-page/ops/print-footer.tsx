/** A finished slip's footer: Print (P) and the step that closes it (Enter). */
export function PrintFooter({ onPrint, onDone, doneLabel = "Done" }: { onPrint: () => void; onDone: () => void; doneLabel?: string }) {
  return (
    <>
      <button className="act" style={{ padding: "0 18px" }} onClick={onPrint}>
        Print <kbd className="k">P</kbd>
      </button>
      <button className="pay" style={{ height: 52, padding: "0 28px", fontSize: 18 }} onClick={onDone} data-autofocus>
        {doneLabel} <kbd className="k">Enter</kbd>
      </button>
    </>
  )
}
