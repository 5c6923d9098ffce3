import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Plus, Users } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { ActiveStaffPanel } from "../../components/staff/active-staff-panel"
import { PinDrawer } from "../../components/staff/pin-drawer"
import { StaffDrawer } from "../../components/staff/staff-drawer"
import { StaffTable } from "../../components/staff/staff-table"
import { useAccess } from "../../lib/access"
import { useBranches, useRoles, useStaff } from "../../lib/queries"
import type { Staff } from "../../lib/types"

type Open = { drawer: "add" } | { drawer: "edit" | "pin"; staff: Staff } | null

/** The people who work at the user's branches: who they are, what they may do, who is in now. */
const StaffPage = () => {
  const staff = useStaff()
  const roles = useRoles()
  const branches = useBranches()
  const { can } = useAccess()
  const [open, setOpen] = useState<Open>(null)
  const close = () => setOpen(null)
  const error = staff.error ?? roles.error ?? branches.error

  return (
    <div className="flex flex-col gap-y-3">
      {can("staff:manage") && <ActiveStaffPanel />}
      <Container className="divide-y p-0">
        <div className="flex items-center justify-between px-6 py-4">
          <div>
            <Heading>Staff</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Roles say what someone may do; branches say where.
            </Text>
          </div>
          {can("staff:manage") && (
            <Button size="small" variant="secondary" disabled={!roles.data} onClick={() => setOpen({ drawer: "add" })}>
              <Plus />
              Add staff
            </Button>
          )}
        </div>
        {error ? (
          <Text size="small" className="text-ui-fg-error px-6 py-4">
            {error.message}
          </Text>
        ) : (
          <StaffTable
            staff={staff.data ?? []}
            roles={roles.data ?? []}
            branches={branches.data ?? []}
            onEdit={(s) => setOpen({ drawer: "edit", staff: s })}
            onSetPin={(s) => setOpen({ drawer: "pin", staff: s })}
          />
        )}
      </Container>
      {open?.drawer === "add" && <StaffDrawer onClose={close} />}
      {open?.drawer === "edit" && <StaffDrawer staff={open.staff} onClose={close} />}
      {open?.drawer === "pin" && <PinDrawer staff={open.staff} onClose={close} />}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Staff", icon: Users })

export default StaffPage
