import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PencilSquare, Plus, Trash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Text, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { ActionMenu } from "../../../components/action-menu"
import { RoleDrawer } from "../../../components/roles/role-drawer"
import { useDeleteRole } from "../../../components/roles/role-writes"
import { useAccess } from "../../../lib/access"
import { useRoles } from "../../../lib/queries"
import type { Role } from "../../../lib/types"

const SHOWN_POLICIES = 6

/** Roles and the policies they grant; an owner (role:manage) creates, edits and deletes them. */
const RolesPage = () => {
  const roles = useRoles()
  const { can } = useAccess()
  const remove = useDeleteRole()
  const prompt = usePrompt()
  const [editing, setEditing] = useState<Role | "new" | null>(null)
  const manage = can("role:manage")

  const confirmDelete = async (role: Role) => {
    const ok = await prompt({
      title: `Delete ${role.name}?`,
      description: "Only a role nobody holds can be deleted.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (ok) remove.mutate(role)
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <div>
          <Heading>Roles</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            A staff member may do what any of their roles grants, at their branches.
          </Text>
        </div>
        {manage && (
          <Button size="small" variant="secondary" onClick={() => setEditing("new")}>
            <Plus />
            Create role
          </Button>
        )}
      </div>
      {roles.error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {roles.error.message}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Role</Table.HeaderCell>
            <Table.HeaderCell>Policies</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(roles.data ?? []).map((r) => (
            <Table.Row key={r.id}>
              <Table.Cell className="py-3">
                <div className="flex items-center gap-x-2">
                  <Text size="small" weight="plus">
                    {r.name}
                  </Text>
                  {r.is_system && <Badge size="2xsmall">Default</Badge>}
                  {r.requires_second_factor && <Badge size="2xsmall" color="blue">Two-factor</Badge>}
                </div>
                <Text size="small" className="text-ui-fg-subtle">
                  {r.description}
                </Text>
              </Table.Cell>
              <Table.Cell className="py-3">
                <div className="flex flex-wrap gap-1">
                  {r.policies.slice(0, SHOWN_POLICIES).map((p) => (
                    <Badge key={p} size="2xsmall" color={p === "*" ? "purple" : "grey"}>
                      {p === "*" ? "Everything" : p}
                    </Badge>
                  ))}
                  {r.policies.length > SHOWN_POLICIES && (
                    <Badge size="2xsmall">+{r.policies.length - SHOWN_POLICIES} more</Badge>
                  )}
                </div>
              </Table.Cell>
              <Table.Cell className="text-right">
                {manage && (
                  <ActionMenu
                    label={`Actions for ${r.name}`}
                    actions={[
                      { label: "Edit", icon: <PencilSquare />, onClick: () => setEditing(r) },
                      { label: "Delete", icon: <Trash />, onClick: () => confirmDelete(r), hidden: r.is_system },
                    ]}
                  />
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {editing && <RoleDrawer role={editing === "new" ? undefined : editing} onClose={() => setEditing(null)} />}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Roles" })

export default RolesPage
