import { PencilSquare } from "@medusajs/icons"
import { Button, Container, Drawer, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import type { BranchDetails } from "../../lib/types"
import { BranchDetailsForm } from "./branch-details-form"
import { useSaveBranch } from "./branch-writes"

const ROWS: [keyof BranchDetails, string][] = [
  ["code", "Code"],
  ["address", "Address on receipts"],
  ["phone", "Phone"],
  ["tax_id", "TIN"],
  ["timezone", "Time zone"],
  ["receipt_header", "Receipt header"],
  ["receipt_footer", "Receipt footer"],
]

/** The branch's Kassa details (what the counter and its receipts print), editable in a drawer. */
export const BranchDetailsSection = ({
  locationId,
  details,
  canManage,
}: {
  locationId: string
  details: BranchDetails
  canManage: boolean
}) => {
  const [open, setOpen] = useState(false)
  const save = useSaveBranch(locationId)
  const formId = "kassa-branch-details"

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Kassa branch</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            What the counter and its receipts use at this location.
          </Text>
        </div>
        {canManage && (
          <Button size="small" variant="secondary" onClick={() => setOpen(true)}>
            <PencilSquare />
            Edit
          </Button>
        )}
      </div>
      {ROWS.map(([key, label]) => (
        <div key={key} className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
          <Text size="small" weight="plus" leading="compact">
            {label}
          </Text>
          <Text size="small" leading="compact" className="whitespace-pre-line">
            {details[key] || "–"}
          </Text>
        </div>
      ))}
      <Drawer open={open} onOpenChange={setOpen}>
        <Drawer.Content>
          <Drawer.Header>
            <Drawer.Title>Edit branch details</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="overflow-y-auto">
            {open && (
              <BranchDetailsForm
                id={formId}
                initial={details}
                onSubmit={(body) => save.mutate(body, { onSuccess: () => setOpen(false) })}
              />
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" form={formId} isLoading={save.isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </Drawer.Content>
      </Drawer>
    </Container>
  )
}
