import { Button, Checkbox, Input, Label, toast } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { dayOf, endOfDay } from "../lib/format"
import { useIssueCredit, useSettings } from "../lib/queries"
import { BranchSelect } from "./branch-select"

/** The date credit issued today lapses by the store's setting; null: never. */
const defaultDay = (months: number | null) => {
  if (months === null) return null
  const d = new Date()
  d.setMonth(d.getMonth() + months)
  return dayOf(d)
}

/** Issues store credit to the customer: amount, reason, expiry (the store's default filled in) and branch. */
export const IssueForm = ({ customerId, branches }: { customerId: string; branches: { id: string; name: string }[] }) => {
  const { data: settings } = useSettings()
  const issue = useIssueCredit(customerId)
  const [amount, setAmount] = useState("")
  const [reason, setReason] = useState("")
  const [expiry, setExpiry] = useState("")
  const [never, setNever] = useState(false)
  const [branch, setBranch] = useState(branches[0]?.id ?? "")
  useEffect(() => {
    if (!settings) return
    const day = defaultDay(settings.expiry_months)
    setExpiry(day ?? "")
    setNever(day === null)
  }, [settings])
  useEffect(() => {
    if (!branch && branches[0]) setBranch(branches[0].id)
  }, [branches, branch])

  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!never && !expiry) return toast.error("Choose when the credit expires, or tick Never expires")
    issue.mutate(
      { location_id: branch, amount: Number(amount), reason, expires_at: never ? null : endOfDay(expiry) },
      {
        onSuccess: () => {
          setAmount("")
          setReason("")
        },
      }
    )
  }
  return (
    <form onSubmit={submit} className="grid grid-cols-2 gap-4 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="sc-amount">Amount</Label>
        <Input id="sc-amount" type="number" min={0.01} step={0.01} value={amount} onChange={(e) => setAmount(e.target.value)} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="sc-reason">Reason</Label>
        <Input id="sc-reason" maxLength={500} placeholder="Goodwill: late delivery" value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="sc-expiry">Expires on</Label>
        <Input id="sc-expiry" type="date" disabled={never} min={dayOf(new Date(Date.now() + 86_400_000))} value={expiry} onChange={(e) => setExpiry(e.target.value)} />
        <div className="flex items-center gap-x-2">
          <Checkbox id="sc-never" checked={never} onCheckedChange={(c) => setNever(c === true)} />
          <Label htmlFor="sc-never">Never expires</Label>
        </div>
      </div>
      <BranchSelect branches={branches} value={branch} onChange={setBranch} />
      <div className="col-span-2 flex justify-end">
        <Button size="small" type="submit" isLoading={issue.isPending} disabled={!branch}>
          Issue credit
        </Button>
      </div>
    </form>
  )
}
