import { ArchiveBox, CheckCircle, Key, PencilSquare, XCircle } from "@medusajs/icons"
import { Avatar, Badge, StatusBadge, Table, Text, Textarea, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useAccess } from "../../lib/access"
import { formatDateTime, formatTime, initials, isLocked, staffName } from "../../lib/format"
import type { Branch, Role, Staff } from "../../lib/types"
import { ActionMenu } from "../action-menu"
import { Field } from "../field"
import { FormDrawer } from "../form-drawer"
import { useArchiveStaff, useRestoreStaff, useUpdateStaff } from "./staff-writes"

/** Branch names the user can see; the others (the user does not work there) only counted. */
function branchList(ids: string[], names: Map<string, string>) {
  const known = ids.filter((id) => names.has(id)).map((id) => names.get(id))
  const others = ids.length - known.length
  return [...known, ...(others ? [`${others} other${others > 1 ? "s" : ""}`] : [])].join(", ") || "–"
}

type Props = {
  staff: Staff[]
  roles: Role[]
  branches: Branch[]
  onEdit: (s: Staff) => void
  onSetPin: (s: Staff) => void
}

/** Staff with their roles, branches and sign-in state; the row menu edits those in reach. */
export const StaffTable = ({ staff, roles, branches, onEdit, onSetPin }: Props) => {
  const { me, can, reaches } = useAccess()
  const update = useUpdateStaff()
  const archive = useArchiveStaff()
  const restore = useRestoreStaff()
  const [archiving, setArchiving] = useState<Staff | null>(null)
  const [reason, setReason] = useState("")
  const prompt = usePrompt()
  const startArchive = (s: Staff) => {
    setReason("")
    setArchiving(s)
  }
  const roleName = new Map(roles.map((r) => [r.id, r.name]))
  const branchName = new Map(branches.map((b) => [b.stock_location_id, b.name]))

  const setActive = async (s: Staff, is_active: boolean) => {
    const ok =
      is_active ||
      (await prompt({
        title: `Deactivate ${staffName(s)}?`,
        description: "Their next request is refused and they can no longer sign in, until someone reactivates them.",
        confirmText: "Deactivate",
        cancelText: "Cancel",
      }))
    if (ok) update.mutate({ id: s.id, is_active })
  }

  return (
    <>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Roles</Table.HeaderCell>
            <Table.HeaderCell>Branches</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Last sign-in</Table.HeaderCell>
            <Table.HeaderCell />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {staff.map((s) => {
            const editable = can("staff:manage") && reaches(s)
            return (
              <Table.Row key={s.id}>
                <Table.Cell>
                  <div className="flex items-center gap-x-3 py-2">
                    <Avatar size="small" src={s.avatar_url ?? undefined} fallback={initials(s)} />
                    <div>
                      <Text size="small" weight="plus" leading="compact">
                        {staffName(s)}
                      </Text>
                      <Text size="small" leading="compact" className="text-ui-fg-subtle">
                        {s.user.email}
                      </Text>
                    </div>
                  </div>
                </Table.Cell>
                <Table.Cell>
                  <div className="flex flex-wrap gap-1">
                    {s.role_ids.map((id) => (
                      <Badge key={id} size="2xsmall">
                        {roleName.get(id) ?? id}
                      </Badge>
                    ))}
                  </div>
                </Table.Cell>
                <Table.Cell>{s.all_branches ? "All branches" : branchList(s.branch_ids, branchName)}</Table.Cell>
                <Table.Cell>
                  <div className="flex flex-wrap gap-1">
                    <StatusBadge color={s.is_active ? "green" : s.archived_at ? "orange" : "grey"} title={s.archive_reason ?? undefined}>
                      {s.is_active ? "Active" : s.archived_at ? "Archived" : "Deactivated"}
                    </StatusBadge>
                    {isLocked(s) && (
                      <Badge size="2xsmall" color="red" title="Too many failed sign-ins">
                        Locked until {formatTime(s.locked_until!)}
                      </Badge>
                    )}
                  </div>
                </Table.Cell>
                <Table.Cell>{formatDateTime(s.last_login_at)}</Table.Cell>
                <Table.Cell className="text-right">
                  {editable && (
                    <ActionMenu
                      label={`Actions for ${staffName(s)}`}
                      actions={[
                        { label: "Edit", icon: <PencilSquare />, onClick: () => onEdit(s) },
                        { label: "Set PIN", icon: <Key />, onClick: () => onSetPin(s) },
                        {
                          label: s.is_active ? "Deactivate" : "Reactivate",
                          icon: s.is_active ? <XCircle /> : <CheckCircle />,
                          onClick: () => setActive(s, !s.is_active),
                          // Deactivating oneself would lock one out of the admin; an archived member is restored instead.
                          hidden: s.id === me?.staff?.id || !!s.archived_at,
                        },
                        {
                          label: s.archived_at ? "Restore" : "Archive",
                          icon: s.archived_at ? <CheckCircle /> : <ArchiveBox />,
                          onClick: () => (s.archived_at ? restore.mutate(s.id) : startArchive(s)),
                          hidden: s.id === me?.staff?.id,
                        },
                      ]}
                    />
                  )}
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
      {archiving && (
        <FormDrawer
          title={`Archive ${staffName(archiving)}`}
          onClose={() => setArchiving(null)}
          onSubmit={() => archive.mutate({ id: archiving.id, reason: reason.trim() }, { onSuccess: () => setArchiving(null) })}
          canSave={reason.trim().length >= 3}
          saving={archive.isPending}
          saveLabel="Archive"
        >
          <Field id="kassa-staff-archive-reason" label="Reason" hint="Their next request is refused and they cannot sign in until restored. Kept with the record and in the audit log.">
            <Textarea id="kassa-staff-archive-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
        </FormDrawer>
      )}
    </>
  )
}
