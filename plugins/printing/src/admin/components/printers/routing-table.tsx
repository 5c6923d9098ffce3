import { Button, Label, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { PRINT_TASKS, type Printer, type PrintRoute, taskLabel, usePrintingActions, useRoles } from "./api"

const ANY = "any"

/**
 * Which printer prints which task at the branch. The most specific route wins (register and role,
 * register, role, the branch's default); a task without one prints from the browser, except the
 * receipt, which falls back to the register's or branch's receipt printer.
 */
export function RoutingTable({
  locationId,
  routes,
  printers,
  registers,
  canConfigure,
}: {
  locationId: string
  routes: PrintRoute[]
  printers: Printer[]
  registers: { id: string; code: string; name: string }[]
  canConfigure: boolean
}) {
  const actions = usePrintingActions(locationId)
  const roles = useRoles().data ?? []
  const [draft, setDraft] = useState({ task: "receipt" as PrintRoute["task"], register_id: ANY, role_id: ANY, printer_id: "" })
  const name = {
    register: (id: string | null) => (id ? (registers.find((r) => r.id === id)?.code ?? id) : "Any"),
    role: (id: string | null) => (id ? (roles.find((r) => r.id === id)?.name ?? id) : "Any"),
    printer: (id: string) => printers.find((p) => p.id === id)?.name ?? id,
  }
  const sorted = [...routes].sort((a, b) => PRINT_TASKS.indexOf(a.task) - PRINT_TASKS.indexOf(b.task))
  const choice = (label: string, value: string, onChange: (v: string) => void, items: { value: string; label: string }[]) => (
    <div className="flex flex-col gap-y-1">
      <Label>{label}</Label>
      <Select value={value} onValueChange={onChange}>
        <Select.Trigger>
          <Select.Value placeholder={label} />
        </Select.Trigger>
        <Select.Content>
          {items.map((i) => (
            <Select.Item key={i.value} value={i.value}>
              {i.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </div>
  )
  return (
    <div>
      {sorted.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Task</Table.HeaderCell>
              <Table.HeaderCell>Register</Table.HeaderCell>
              <Table.HeaderCell>Role</Table.HeaderCell>
              <Table.HeaderCell>Printer</Table.HeaderCell>
              {canConfigure && <Table.HeaderCell />}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {sorted.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>{taskLabel(r.task)}</Table.Cell>
                <Table.Cell>{name.register(r.register_id)}</Table.Cell>
                <Table.Cell>{name.role(r.role_id)}</Table.Cell>
                <Table.Cell>{name.printer(r.printer_id)}</Table.Cell>
                {canConfigure && (
                  <Table.Cell className="text-right">
                    <Button size="small" variant="transparent" onClick={() => actions.removeRoute.mutate(r.id)}>
                      Remove
                    </Button>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          No routes: receipts go to the register's receipt printer, else the branch's; other documents print from the browser.
        </Text>
      )}
      {canConfigure && printers.length > 0 && (
        <form
          className="grid grid-cols-5 items-end gap-3 px-6 py-4"
          onSubmit={(e) => {
            e.preventDefault()
            if (!draft.printer_id) return
            actions.setRoute.mutate({
              task: draft.task,
              register_id: draft.register_id === ANY ? null : draft.register_id,
              role_id: draft.role_id === ANY ? null : draft.role_id,
              printer_id: draft.printer_id,
            })
          }}
        >
          {choice("Task", draft.task, (v) => setDraft({ ...draft, task: v as PrintRoute["task"] }), PRINT_TASKS.map((t) => ({ value: t, label: taskLabel(t) })))}
          {choice("Register", draft.register_id, (v) => setDraft({ ...draft, register_id: v }), [{ value: ANY, label: "Any" }, ...registers.map((r) => ({ value: r.id, label: r.code }))])}
          {choice("Role", draft.role_id, (v) => setDraft({ ...draft, role_id: v }), [{ value: ANY, label: "Any" }, ...roles.map((r) => ({ value: r.id, label: r.name }))])}
          {choice("Printer", draft.printer_id, (v) => setDraft({ ...draft, printer_id: v }), printers.map((p) => ({ value: p.id, label: p.name })))}
          <Button type="submit" size="small" variant="secondary" disabled={!draft.printer_id}>
            Set route
          </Button>
        </form>
      )}
    </div>
  )
}
