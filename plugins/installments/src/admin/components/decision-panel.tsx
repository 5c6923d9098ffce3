import { Button, Label, Text, Textarea } from "@medusajs/ui"
import { useRef, useState } from "react"
import { useDecide } from "../lib/queries"

const MIN_NOTE = 3

/**
 * Approve or reject a pending application, with the note the decision needs. The server
 * refuses an officer's own sale and anything above their limit (escalating it), with a message.
 * The buttons stay clickable: a click without a note says what is missing instead of a dead button.
 */
export const DecisionPanel = ({ planId }: { planId: string }) => {
  const [note, setNote] = useState("")
  const [missing, setMissing] = useState(false)
  const field = useRef<HTMLTextAreaElement>(null)
  const decide = useDecide(planId)
  const run = (decision: "approve" | "reject") => {
    if (note.trim().length < MIN_NOTE) {
      setMissing(true)
      field.current?.focus()
      return
    }
    decide.mutate({ decision, note }, { onSuccess: () => setNote("") })
  }
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Label htmlFor="decision-note">Decision note (required)</Label>
      <Textarea
        id="decision-note"
        ref={field}
        value={note}
        aria-invalid={missing}
        aria-describedby="decision-note-hint"
        onChange={(e) => {
          setNote(e.target.value)
          setMissing(false)
        }}
        placeholder="Why: income checked, references called, …"
      />
      <Text id="decision-note-hint" size="xsmall" className={missing ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
        {missing
          ? `Write why you decide so (at least ${MIN_NOTE} characters): the note is kept with the decision.`
          : "Approving hands the goods over; rejecting cancels the sale, refunds the down payment and puts the stock back."}
      </Text>
      <div className="flex gap-x-2">
        <Button size="small" isLoading={decide.isPending} onClick={() => run("approve")}>
          Approve
        </Button>
        <Button size="small" variant="danger" isLoading={decide.isPending} onClick={() => run("reject")}>
          Reject
        </Button>
      </div>
    </div>
  )
}
