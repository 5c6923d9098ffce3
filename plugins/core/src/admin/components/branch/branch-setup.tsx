import { Button, Container, Heading, Text } from "@medusajs/ui"
import { BranchDetailsForm } from "./branch-details-form"
import { useSaveBranch } from "./branch-writes"

/** A stock location Kassa does not sell from yet: giving it a code makes it a branch. */
export const BranchSetup = ({ locationId, canManage }: { locationId: string; canManage: boolean }) => {
  const save = useSaveBranch(locationId)
  const formId = "kassa-branch-setup"
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Set up as a Kassa branch</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {canManage
            ? "Give this location a branch code to sell from it at the counter; the other details can follow later."
            : "This location is not a Kassa branch. Someone who may manage branches can set it up."}
        </Text>
      </div>
      {canManage && (
        <>
          <div className="px-6 py-4">
            <BranchDetailsForm id={formId} initial={null} onSubmit={(body) => save.mutate(body)} />
          </div>
          <div className="flex justify-end px-6 py-4">
            <Button size="small" type="submit" form={formId} isLoading={save.isPending}>
              Set up branch
            </Button>
          </div>
        </>
      )}
    </Container>
  )
}
