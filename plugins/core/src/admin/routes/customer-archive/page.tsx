import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArchiveBox } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Pager } from "../../components/pager"
import { useKassaMutation } from "../../lib/mutation"
import { sdk } from "../../lib/sdk"

type Archived = {
  id: string
  first_name: string | null
  last_name: string | null
  email: string | null
  phone: string | null
  deleted_at: string
  archive: { reason: string; by: string; at: string } | null
  restorable: boolean
}
type Page = { customers: Archived[]; count: number; offset: number; limit: number }

const PAGE = 50
const nameOf = (c: Archived) => [c.first_name, c.last_name].filter(Boolean).join(" ") || c.email || "(no name)"

const RestoreButton = ({ customer }: { customer: Archived }) => {
  const restore = useKassaMutation(() => sdk.client.fetch(`/admin/kassa/customers/${customer.id}/restore`, { method: "POST", body: {} }), {
    success: `${nameOf(customer)} restored`,
    refresh: [["kassa", "customer-archive"], ["customers"]],
  })
  return (
    <Button size="small" variant="secondary" isLoading={restore.isPending} onClick={() => restore.mutate(undefined)}>
      Restore
    </Button>
  )
}

/** Archived customers, newest first, with who archived them and why, and Restore. */
const CustomerArchivePage = () => {
  const [offset, setOffset] = useState(0)
  const page = useQuery({
    queryKey: ["kassa", "customer-archive", offset],
    queryFn: () => sdk.client.fetch<Page>(`/admin/kassa/customers/archived`, { query: { offset, limit: PAGE } }),
  })
  const count = page.data?.count ?? 0
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Archived customers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Hidden from the customer list and the counter's search; their orders stay. Customers merged into another are listed but cannot be restored.
          </Text>
        </div>
        <Text size="small" className="text-ui-fg-subtle">
          {count} customer{count === 1 ? "" : "s"}
        </Text>
      </div>
      {page.error ? (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {(page.error as Error).message}
        </Text>
      ) : page.data && !page.data.customers.length ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No archived customers.
        </Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Phone</Table.HeaderCell>
              <Table.HeaderCell>E-mail</Table.HeaderCell>
              <Table.HeaderCell>Archived</Table.HeaderCell>
              <Table.HeaderCell>Reason</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {page.data?.customers.map((c) => (
              <Table.Row key={c.id}>
                <Table.Cell>{nameOf(c)}</Table.Cell>
                <Table.Cell>{c.phone ?? "–"}</Table.Cell>
                <Table.Cell>{c.email ?? "–"}</Table.Cell>
                <Table.Cell>{new Date(c.archive?.at ?? c.deleted_at).toLocaleDateString()}</Table.Cell>
                <Table.Cell>{c.archive?.reason ?? <Badge size="2xsmall">Merged or deleted</Badge>}</Table.Cell>
                <Table.Cell>{c.restorable && <RestoreButton customer={c} />}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Pager offset={offset} size={PAGE} count={count} onChange={setOffset} />
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Archived customers", icon: ArchiveBox })

export default CustomerArchivePage
