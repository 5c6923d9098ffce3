import { ArchiveBox, CheckCircle, PencilSquare, Plus, XCircle } from "@medusajs/icons"
import { Button, Container, Heading, StatusBadge, Table, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import type { Branch, Register } from "../../lib/types"
import { ActionMenu } from "../action-menu"
import { useAddRegister, useRetireRegister, useUpdateRegister } from "./branch-writes"
import { RegisterDrawer } from "./register-drawer"

/** The branch's counters: add, rename, deactivate for a while, or retire for good. */
export const BranchRegistersSection = ({ branch, canManage }: { branch: Branch; canManage: boolean }) => {
  const [editing, setEditing] = useState<Register | "new" | null>(null)
  const add = useAddRegister(branch.stock_location_id)
  const update = useUpdateRegister()
  const retire = useRetireRegister()
  const prompt = usePrompt()
  const close = () => setEditing(null)

  const confirmRetire = async (r: Register) => {
    const ok = await prompt({
      title: `Retire ${r.name}?`,
      description: "It disappears from the counter; past sales keep pointing at it. This cannot be undone here.",
      confirmText: "Retire",
      cancelText: "Cancel",
    })
    if (ok) retire.mutate(r.id)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading level="h2">Registers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The counters that sell at this branch.
          </Text>
        </div>
        {canManage && (
          <Button size="small" variant="secondary" onClick={() => setEditing("new")}>
            <Plus />
            Add register
          </Button>
        )}
      </div>
      {branch.registers.length ? (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Code</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {branch.registers.map((r) => (
              <Table.Row key={r.id}>
                <Table.Cell>{r.name}</Table.Cell>
                <Table.Cell>{r.code}</Table.Cell>
                <Table.Cell>
                  <StatusBadge color={r.is_active ? "green" : "grey"}>{r.is_active ? "Active" : "Inactive"}</StatusBadge>
                </Table.Cell>
                <Table.Cell className="text-right">
                  {canManage && (
                    <ActionMenu
                      label={`Actions for ${r.name}`}
                      actions={[
                        { label: "Edit", icon: <PencilSquare />, onClick: () => setEditing(r) },
                        {
                          label: r.is_active ? "Deactivate" : "Activate",
                          icon: r.is_active ? <XCircle /> : <CheckCircle />,
                          onClick: () => update.mutate({ ...r, is_active: !r.is_active }),
                        },
                        { label: "Retire", icon: <ArchiveBox />, onClick: () => confirmRetire(r) },
                      ]}
                    />
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          No registers yet.
        </Text>
      )}
      {editing && (
        <RegisterDrawer
          register={editing === "new" ? undefined : editing}
          isPending={add.isPending || update.isPending}
          onClose={close}
          onSave={(body) =>
            editing === "new" ? add.mutate(body, { onSuccess: close }) : update.mutate({ ...editing, ...body }, { onSuccess: close })
          }
        />
      )}
    </Container>
  )
}
