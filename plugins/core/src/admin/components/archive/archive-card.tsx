import { Badge, Button, Container, Heading, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { Field } from "../field"
import { FormDrawer } from "../form-drawer"

type ArchiveCardProps = {
  title: string
  /** What the record is now: archived (offer Restore), or live (offer Archive when `canArchive`). */
  archived: boolean
  /** The sentence under the title: what archiving does, or why and when it was archived. */
  note: string
  canArchive: boolean
  archiveLabel: string
  archiving: boolean
  restoring: boolean
  onArchive: (reason: string, done: () => void) => void
  onRestore?: () => void
}

/** One card for every archive in Kassa: a badge, what it means, and Archive (asks for a reason) or Restore. */
export const ArchiveCard = ({ title, archived, note, canArchive, archiveLabel, archiving, restoring, onArchive, onRestore }: ArchiveCardProps) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState("")
  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <div className="flex items-center gap-x-2">
        <Heading level="h2">{title}</Heading>
        {archived && (
          <Badge size="2xsmall" color="orange">
            Archived
          </Badge>
        )}
      </div>
      <Text size="small" className="text-ui-fg-subtle">
        {note}
      </Text>
      <div>
        {archived
          ? onRestore && (
              <Button size="small" variant="secondary" isLoading={restoring} onClick={onRestore}>
                Restore
              </Button>
            )
          : canArchive && (
              <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
                {archiveLabel}
              </Button>
            )}
      </div>
      {open && (
        <FormDrawer
          title={archiveLabel}
          onClose={() => setOpen(false)}
          onSubmit={() => onArchive(reason.trim(), () => setOpen(false))}
          canSave={reason.trim().length >= 3}
          saving={archiving}
          saveLabel={archiveLabel}
        >
          <Field id="kassa-archive-reason" label="Reason" hint="At least 3 characters. Kept with the record and in the audit log; a manager can restore it.">
            <Textarea id="kassa-archive-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        </FormDrawer>
      )}
    </Container>
  )
}
