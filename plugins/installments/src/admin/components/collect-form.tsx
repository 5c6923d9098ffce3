import { Button, Checkbox, Input, Label, Select } from "@medusajs/ui"
import { useState } from "react"
import { php } from "../lib/format"
import { useCollect } from "../lib/queries"
import { BranchSelect } from "./branch-select"

const TENDERS = [
  { value: "cash", label: "Cash" },
  { value: "card", label: "Card" },
  { value: "bank_transfer", label: "Bank transfer" },
  { value: "ewallet", label: "E-wallet" },
]

/**
 * Records a payment at a branch the staff member works at. The server allocates it oldest due
 * first (fees, interest, principal); "Pay off" fills in today's early-payoff quote.
 */
export const CollectForm = ({
  planId,
  branches,
  payoff,
}: {
  planId: string
  branches: { id: string; name: string }[]
  payoff: { amount: string; interest_waived: string } | null
}) => {
  const [location, setLocation] = useState(branches[0]?.id ?? "")
  const [method, setMethod] = useState("cash")
  const [amount, setAmount] = useState("")
  const [reference, setReference] = useState("")
  const [isPayoff, setPayoff] = useState(false)
  const collect = useCollect(planId)
  const submit = () =>
    collect.mutate(
      { location_id: location, method, amount: Number(amount), reference: reference || undefined, payoff: isPayoff || undefined },
      { onSuccess: () => (setAmount(""), setReference(""), setPayoff(false)) }
    )
  return (
    <div className="grid grid-cols-2 gap-3 px-6 py-4 md:grid-cols-4">
      <BranchSelect branches={branches} value={location} onChange={setLocation} />
      <div className="flex flex-col gap-y-1">
        <Label>Tender</Label>
        <Select value={method} onValueChange={setMethod}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {TENDERS.map((t) => (
              <Select.Item key={t.value} value={t.value}>
                {t.label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="pay-amount">Amount (PHP)</Label>
        <Input id="pay-amount" type="number" min="0" step="0.01" value={amount} disabled={isPayoff} onChange={(e) => setAmount(e.target.value)} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="pay-ref">Reference</Label>
        <Input id="pay-ref" value={reference} onChange={(e) => setReference(e.target.value)} placeholder="Bank or e-wallet reference" />
      </div>
      <div className="col-span-2 flex items-center gap-x-2 md:col-span-3">
        {payoff && (
          <>
            <Checkbox
              id="pay-off"
              checked={isPayoff}
              onCheckedChange={(c) => {
                setPayoff(c === true)
                if (c === true) setAmount(payoff.amount)
              }}
            />
            <Label htmlFor="pay-off">
              Pay off today: {php(payoff.amount)} ({php(payoff.interest_waived)} interest waived)
            </Label>
          </>
        )}
      </div>
      <div className="flex justify-end">
        <Button size="small" disabled={!location || !(Number(amount) > 0)} isLoading={collect.isPending} onClick={submit}>
          Record payment
        </Button>
      </div>
    </div>
  )
}
