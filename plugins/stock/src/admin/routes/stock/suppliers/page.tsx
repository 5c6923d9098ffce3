import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { StatusFilter } from "../../../components/status-filter"
import { date, useCan, useStockWrite, useSuppliers } from "../../../lib/api"

const STATUS_COLOR = { active: "green", renewed: "blue", opted_out: "orange", expired: "red" } as Record<string, "green" | "blue" | "orange" | "red">
const FIELDS = [
  ["name", "Name", "text"],
  ["contact_name", "Contact", "text"],
  ["phone", "Phone", "tel"],
  ["email", "E-mail", "email"],
  ["terms", "Terms", "text"],
  ["contract_start", "Contract from", "date"],
  ["contract_end", "Contract until", "date"],
] as const

const NewSupplier = () => {
  const write = useStockWrite("Supplier added")
  const [draft, setDraft] = useState<Record<string, string>>({})
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const body = Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim() !== ""))
    write.mutate({ path: "/suppliers", body }, { onSuccess: () => setDraft({}) })
  }
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3 px-6 py-4">
      {FIELDS.map(([key, label, type]) => (
        <div key={key} className="flex flex-col gap-y-1">
          <Label size="small" htmlFor={`sup-${key}`}>
            {label}
          </Label>
          <Input id={`sup-${key}`} size="small" type={type} className="w-44" value={draft[key] ?? ""} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
        </div>
      ))}
      <Button size="small" type="submit" isLoading={write.isPending} disabled={!draft.name?.trim()}>
        Add supplier
      </Button>
    </form>
  )
}

/** Suppliers with their contract status; a manager adds, archives and restores them. */
const SuppliersPage = () => {
  const can = useCan()
  const [q, setQ] = useState("")
  const [view, setView] = useState("current")
  const suppliers = useSuppliers({ ...(q ? { q } : {}), ...(view === "archived" ? { archived: "true" } : view !== "current" ? { status: view } : {}), limit: "200" })
  const write = useStockWrite("Supplier saved")
  const editable = can("stock:suppliers")
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <Heading className="mr-auto">Suppliers</Heading>
        <Input size="small" type="search" placeholder="Name" value={q} onChange={(e) => setQ(e.target.value)} />
        <StatusFilter value={view} options={["current", "active", "renewed", "opted_out", "expired", "archived"]} onChange={setView} width="w-40" />
      </div>
      {editable && <NewSupplier />}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Contact</Table.HeaderCell>
            <Table.HeaderCell>Terms</Table.HeaderCell>
            <Table.HeaderCell>Contract</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(suppliers.data?.suppliers ?? []).map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell>{s.name}</Table.Cell>
              <Table.Cell>{[s.contact_name, s.phone, s.email].filter(Boolean).join(" · ") || "—"}</Table.Cell>
              <Table.Cell>{s.terms ?? "—"}</Table.Cell>
              <Table.Cell>
                {date(s.contract_start)} – {date(s.contract_end)}
              </Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={STATUS_COLOR[s.status] ?? "grey"}>
                  {s.status.replace("_", " ")}
                </Badge>
              </Table.Cell>
              <Table.Cell>
                {editable && (
                  <Button size="small" variant="transparent" onClick={() => write.mutate({ path: `/suppliers/${s.id}/${s.archived_at ? "restore" : "archive"}` })}>
                    {s.archived_at ? "Restore" : "Archive"}
                  </Button>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Text size="small" className="text-ui-fg-subtle px-6 py-3">
        {suppliers.data?.count ?? 0} suppliers · the status follows the contract's dates
      </Text>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Suppliers" })

export default SuppliersPage
