import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"
import { Pager } from "../../components/pager"
import { useKassaMutation } from "../../lib/mutation"
import { sdk } from "../../lib/sdk"

type DupCustomer = { id: string; first_name: string | null; last_name: string | null; email: string | null; phone: string | null; has_account: boolean; created_at: string }
type Group = { kind: "phone" | "email" | "name"; key: string; customers: DupCustomer[] }
type Page = { duplicates: Group[]; count: number; offset: number; limit: number }

const PAGE = 20
const KIND_LABEL = { phone: "Same phone", email: "Same e-mail", name: "Same name" } as const
const nameOf = (c: DupCustomer) => [c.first_name, c.last_name].filter(Boolean).join(" ") || "(no name)"

/** One group: the manager picks the customer to keep, gives a reason, and merges the others into it. */
const GroupCard = ({ group }: { group: Group }) => {
  const [keep, setKeep] = useState(group.customers[0]?.id)
  const [reason, setReason] = useState("")
  const others = group.customers.filter((c) => c.id !== keep)
  const merge = useKassaMutation(
    async () => {
      // One merge per duplicate, each its own all-or-nothing workflow.
      for (const c of others) {
        await sdk.client.fetch(`/admin/kassa/customers/${keep}/merge`, { method: "POST", body: { from_customer_id: c.id, reason } })
      }
    },
    { success: `Merged ${others.length} customer${others.length === 1 ? "" : "s"} into the one kept`, refresh: [["kassa", "customer-duplicates"]] }
  )
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4" data-testid="duplicate-group">
      <div className="flex items-center gap-x-2">
        <Badge size="2xsmall" color={group.kind === "phone" ? "orange" : group.kind === "email" ? "blue" : "grey"}>
          {KIND_LABEL[group.kind]}
        </Badge>
        <Text size="small" className="text-ui-fg-subtle">
          {group.kind === "phone" ? `…${group.key}` : group.key}
        </Text>
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Keep</Table.HeaderCell>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Phone</Table.HeaderCell>
            <Table.HeaderCell>E-mail</Table.HeaderCell>
            <Table.HeaderCell>Since</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {group.customers.map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>
                <input type="radio" aria-label={`Keep ${nameOf(c)}`} name={`keep-${group.kind}-${group.key}`} checked={keep === c.id} onChange={() => setKeep(c.id)} />
              </Table.Cell>
              <Table.Cell>
                <Link to={`/customers/${c.id}`} className="text-ui-fg-interactive">
                  {nameOf(c)}
                </Link>
                {c.has_account && (
                  <Badge size="2xsmall" className="ml-2">
                    Web account
                  </Badge>
                )}
              </Table.Cell>
              <Table.Cell>{c.phone ?? "–"}</Table.Cell>
              <Table.Cell>{c.email ?? "–"}</Table.Cell>
              <Table.Cell>{new Date(c.created_at).toLocaleDateString()}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <div className="flex items-center gap-x-2">
        <Input size="small" aria-label="Reason for the merge" placeholder="Why they are the same person" value={reason} onChange={(e) => setReason(e.target.value)} className="max-w-md" />
        <Button size="small" variant="secondary" disabled={reason.trim().length < 3 || !others.length} isLoading={merge.isPending} onClick={() => merge.mutate(undefined)}>
          Merge {others.length} into the one kept
        </Button>
      </div>
      <Text size="xsmall" className="text-ui-fg-muted">
        Orders, addresses, groups, the profile, installment plans, warranty claims and store credit move to the customer kept; the others are archived.
      </Text>
    </div>
  )
}

/** Likely duplicate customers (same phone, e-mail or name), a page at a time, each group with its "Merge". */
const CustomerDuplicatesPage = () => {
  const [offset, setOffset] = useState(0)
  const page = useQuery({
    queryKey: ["kassa", "customer-duplicates", offset],
    queryFn: () => sdk.client.fetch<Page>(`/admin/kassa/customers/duplicates`, { query: { offset, limit: PAGE } }),
  })
  const count = page.data?.count ?? 0
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Duplicate customers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Customers with the same phone (in any spelling), e-mail or name. Choose the one to keep and merge the rest into it.
          </Text>
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {count} group{count === 1 ? "" : "s"}
        </Text>
      </div>
      {page.error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {(page.error as Error).message}
        </Text>
      ) : page.data && !page.data.duplicates.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No likely duplicates.
        </Text>
      ) : (
        page.data?.duplicates.map((g) => <GroupCard key={`${g.kind}:${g.key}:${g.customers.map((c) => c.id).join()}`} group={g} />)
      )}
      <Pager offset={offset} size={PAGE} count={count} onChange={setOffset} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Duplicate customers", icon: Users })

export default CustomerDuplicatesPage
