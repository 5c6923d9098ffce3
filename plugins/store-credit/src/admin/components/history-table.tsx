import { Badge, Button, Input, Table, Text } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { date, ENTRY_LABEL, money } from "../lib/format"
import { useReverseEntry } from "../lib/queries"
import type { Entry } from "../lib/types"
import { BranchSelect } from "./branch-select"

const COLOR = { credit: "green", debit: "blue", expiry: "grey", reversal: "orange" } as const

/**
 * An account's entries, newest first, with the balance after each. Managers reverse a credit or
 * a payment with a reason, at one of their branches.
 */
export const HistoryTable = ({ entries, currency, branches }: { entries: Entry[]; currency: string; branches: { id: string; name: string }[] }) => {
  const reverse = useReverseEntry()
  const [reversing, setReversing] = useState<string | null>(null)
  const [reason, setReason] = useState("")
  const [branch, setBranch] = useState("")
  const reversed = new Set(entries.filter((e) => e.type === "reversal").map((e) => e.source_id))
  const canReverse = (e: Entry) => branches.length > 0 && (e.type === "credit" || e.type === "debit") && !reversed.has(e.id)

  const submit = (ev: FormEvent) => {
    ev.preventDefault()
    reverse.mutate({ id: reversing!, location_id: branch || branches[0].id, reason }, { onSuccess: () => (setReversing(null), setReason("")) })
  }
  return (
    <>
      {/* The widget sits in the page's narrower column: the table scrolls rather than overflow the card. */}
      <div className="overflow-x-auto">
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Entry</Table.HeaderCell>
              <Table.HeaderCell>Reason</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
              <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {[...entries].reverse().map((e) => (
              <Table.Row key={e.id}>
                <Table.Cell className="whitespace-nowrap">
                  <Badge size="2xsmall" color={COLOR[e.type]}>
                    {ENTRY_LABEL[e.type]}
                  </Badge>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {date(e.created_at)}
                  </Text>
                </Table.Cell>
                <Table.Cell className="max-w-56">
                  <div className="truncate">{e.reason ?? (e.reference_type === "order" ? "Sale" : "–")}</div>
                  {e.type === "credit" && (
                    <Text size="xsmall" className="text-ui-fg-subtle">
                      {e.expires_at ? `Expires ${date(e.expires_at)}` : "Never expires"}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right">{money(e.amount, currency)}</Table.Cell>
                <Table.Cell className="whitespace-nowrap text-right">{money(e.balance, currency)}</Table.Cell>
                <Table.Cell className="text-right">
                  {canReverse(e) && (
                    <Button size="small" variant="transparent" onClick={() => setReversing(e.id)}>
                      Reverse
                    </Button>
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {reversing && (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-4 px-6 py-4">
          <Text size="small" className="w-full">
            {entries.find((e) => e.id === reversing)!.type === "debit" ? "Reverse this payment: the credit it spent comes back." : "Reverse this credit: what is left of it is taken back."}
          </Text>
          <Input aria-label="Reason for the reversal" className="w-72" placeholder="Reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          <BranchSelect branches={branches} value={branch || branches[0].id} onChange={setBranch} />
          <Button size="small" variant="danger" type="submit" isLoading={reverse.isPending}>
            Reverse entry
          </Button>
          <Button size="small" variant="secondary" type="button" onClick={() => setReversing(null)}>
            Cancel
          </Button>
        </form>
      )}
    </>
  )
}
