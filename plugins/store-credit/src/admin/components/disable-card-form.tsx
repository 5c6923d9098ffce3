import { Button, Input, Text } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { useDisableGiftCard } from "../lib/queries"
import { BranchSelect } from "./branch-select"

/** A lost or stolen card disabled with a reason, at one of the manager's branches: nothing more is spent from it. */
export const DisableCardForm = ({ cardId, branches }: { cardId: string; branches: { id: string; name: string }[] }) => {
  const disable = useDisableGiftCard(cardId)
  const [reason, setReason] = useState("")
  const [branch, setBranch] = useState("")
  if (!branches.length) return null
  const submit = (e: FormEvent) => {
    e.preventDefault()
    disable.mutate({ location_id: branch || branches[0].id, reason }, { onSuccess: () => setReason("") })
  }
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-4 px-6 py-4">
      <Text size="small" className="w-full">
        Disable a lost or stolen card: what is left on it can no longer be spent.
      </Text>
      <Input aria-label="Reason for disabling" className="w-72" placeholder="Reason (reported lost…)" value={reason} onChange={(e) => setReason(e.target.value)} />
      <BranchSelect branches={branches} value={branch || branches[0].id} onChange={setBranch} />
      <Button size="small" variant="danger" type="submit" isLoading={disable.isPending}>
        Disable card
      </Button>
    </form>
  )
}
