import { Button, Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { useAccess } from "../../../lib/access"
import { type CreditOfficer, type StaffMember, useCreditOfficers, useSaveCreditOfficer } from "../../../lib/queries"

const LEVELS = ["1", "2", "3", "4", "5"]

/** One staff member's approval limit (the largest amount financed they may approve) and security level. */
const OfficerRow = ({ staff, officer }: { staff: StaffMember; officer?: CreditOfficer }) => {
  const [limit, setLimit] = useState(officer?.approval_limit == null ? "" : String(officer.approval_limit))
  const [level, setLevel] = useState(String(officer?.security_level ?? 1))
  const save = useSaveCreditOfficer(staff.id)
  const name = [staff.user.first_name, staff.user.last_name].filter(Boolean).join(" ") || staff.user.email
  return (
    <Table.Row>
      <Table.Cell>{name}</Table.Cell>
      <Table.Cell>
        <Input aria-label={`Approval limit of ${name}`} type="number" min={0} step="0.01" value={limit} onChange={(e) => setLimit(e.target.value)} />
      </Table.Cell>
      <Table.Cell>
        <Select value={level} onValueChange={setLevel}>
          <Select.Trigger aria-label={`Security level of ${name}`}>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {LEVELS.map((l) => (
              <Select.Item key={l} value={l}>
                {l}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </Table.Cell>
      <Table.Cell>
        <Button size="small" variant="secondary" isLoading={save.isPending}
          onClick={() => save.mutate({ approval_limit: limit.trim() === "" ? null : Number(limit), security_level: Number(level) })}>
          Save
        </Button>
      </Table.Cell>
    </Table.Row>
  )
}

/** Approval limits of the credit desk; none set is zero (managers approve above any limit). */
const OfficersPage = () => {
  const { can } = useAccess()
  const officers = useCreditOfficers()
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>Approval limits</Heading>
        <Text size="small" className="text-ui-fg-subtle">The largest installment plan each staff member may approve, and their security level (1 to 5).</Text>
      </div>
      {!can("staff:manage") ? (
        <Text className="px-6 py-4">Only staff managers set approval limits.</Text>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Staff member</Table.HeaderCell>
              <Table.HeaderCell>Approval limit</Table.HeaderCell>
              <Table.HeaderCell>Security level</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(officers.data ?? []).map((o) => (
              <OfficerRow key={o.staff.id} staff={o.staff} officer={o.officer} />
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export default OfficersPage
