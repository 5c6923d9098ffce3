import { Button, Label, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useDecide } from "../lib/queries"

/**
 * Approve or reject a pending application, with the note the decision needs. The server
 * refuses an officer's own sale and anything above their limit (escalating it), with a message.
 */
export const DecisionPanel = ({ planId }: { planId: string }) => {
  const [note, setNote] = useState("")
  const decide = useDecide(planId)
  const run = (decision: "approve" | "reject") => decide.mutate({ decision, note }, { onSuccess: () => setNote("") })
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      <Label htmlFor="decision-note">Decision note</Label>
      <Textarea id="decision-note" value={note} onChange={(e) => setNote(e.target.value)} placeholder="Why: income checked, references called, …" />
      <Text size="xsmall" className="text-ui-fg-subtle">
        Approving hands the goods over; rejecting cancels the sale, refunds the down payment and puts the stock back.
      </Text>
      <div className="flex gap-x-2">
        <Button size="small" disabled={note.trim().length < 3} isLoading={decide.isPending} onClick={() => run("approve")}>
          Approve
        </Button>
        <Button size="small" variant="danger" disabled={note.trim().length < 3} isLoading={decide.isPending} onClick={() => run("reject")}>
          Reject
        </Button>
      </div>
    </div>
  )
}
