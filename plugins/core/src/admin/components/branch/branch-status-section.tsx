import { Badge, Button, Container, Heading, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import type { BranchDetails } from "../../lib/types"
import { Field } from "../field"
import { FormDrawer } from "../form-drawer"
import { useCloseBranch, useReopenBranch } from "./branch-writes"

const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: "numeric", month: "short", day: "numeric" })

/**
 * Whether the branch is open. Closing asks for a reason; while closed nothing is sold or changed
 * there (its records stay), and a manager reopens it with the registers it had.
 */
export const BranchStatusSection = ({ locationId, details, canManage }: { locationId: string; details: BranchDetails; canManage: boolean }) => {
  const [closing, setClosing] = useState(false)
  const [reason, setReason] = useState("")
  const close = useCloseBranch(locationId)
  const reopen = useReopenBranch(locationId)
  const closed = !!details.closed_at
  return (
    <Container className="flex items-center justify-between gap-x-4 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <div className="flex items-center gap-x-2">
          <Heading level="h2">Branch status</Heading>
          <Badge size="2xsmall" color={closed ? "red" : "green"}>
            {closed ? "Closed" : "Open"}
          </Badge>
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {closed
            ? `Closed on ${day(details.closed_at!)}${details.close_reason ? `: ${details.close_reason}` : ""}. Nothing is sold or changed here until it reopens; its sales and records stay.`
            : "Selling. Closing retires its registers and stops sales and changes here; every record stays."}
        </Text>
      </div>
      {canManage &&
        (closed ? (
          <Button size="small" variant="secondary" className="shrink-0" isLoading={reopen.isPending} onClick={() => reopen.mutate(undefined)}>
            Reopen branch
          </Button>
        ) : (
          <Button size="small" variant="danger" className="shrink-0" onClick={() => setClosing(true)}>
            Close branch
          </Button>
        ))}
      {closing && (
        <FormDrawer
          title="Close branch"
          onClose={() => setClosing(false)}
          onSubmit={() => close.mutate({ reason: reason.trim() }, { onSuccess: () => setClosing(false) })}
          canSave={!!reason.trim()}
          saving={close.isPending}
          saveLabel="Close branch"
        >
          <Field id="kassa-close-reason" label="Reason" hint="Kept with the branch and in the audit log. Every drawer must be closed first.">
            <Textarea id="kassa-close-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        </FormDrawer>
      )}
    </Container>
  )
}
