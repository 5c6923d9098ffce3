import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminCustomer, DetailWidgetProps } from "@medusajs/framework/types"
import { Button, Container, Heading, Input, Label, Select, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { date, money, useAccess, useAdjust, useCustomerLoyalty, useEnrol, useLocations } from "../lib/api"

/** On a customer: their loyalty tier, points and history; enrolment, and a manager's adjustment with a reason. */
const CustomerLoyaltyWidget = ({ data: customer }: DetailWidgetProps<AdminCustomer>) => {
  const { can, branchesFor } = useAccess()
  const loyalty = useCustomerLoyalty(customer.id)
  const locations = useLocations()
  const enrol = useEnrol(customer.id)
  const adjust = useAdjust(customer.id)
  const [points, setPoints] = useState("")
  const [reason, setReason] = useState("")
  const adjustAt = branchesFor("loyalty:adjust")
  const enrolAt = branchesFor("loyalty:enrol")
  const [branch, setBranch] = useState<string>("")
  if (!can("loyalty:read")) return null
  const member = loyalty.data?.member
  const branchName = (id: string) => locations.data?.find((l) => l.id === id)?.name ?? id
  const chosen = branch || adjustAt[0] || enrolAt[0] || ""
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Loyalty</Heading>
        {!member && enrolAt.length > 0 && (
          <Button size="small" variant="secondary" isLoading={enrol.isPending} onClick={() => enrol.mutate({ location_id: enrolAt[0], marketing_consent: false })}>
            Enrol at {branchName(enrolAt[0])}
          </Button>
        )}
      </div>
      {!member ? (
        <Text size="small" className="text-ui-fg-subtle px-6 py-4">
          Not a member
        </Text>
      ) : (
        <>
          <div className="flex flex-wrap gap-x-8 gap-y-1 px-6 py-4">
            <Text size="small">
              Tier <strong>{member.tier?.name ?? "—"}</strong>
            </Text>
            <Text size="small">
              Points <strong>{member.balance}</strong>
            </Text>
            <Text size="small">
              Spendable <strong>{member.available}</strong> ({money(member.available_value)})
            </Text>
            <Text size="small">Member since {date(member.enrolled_at)}</Text>
            <Text size="small">Last activity {date(member.last_activity_at)}</Text>
          </div>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Date</Table.HeaderCell>
                <Table.HeaderCell>Type</Table.HeaderCell>
                <Table.HeaderCell>For</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Points</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {[...(loyalty.data?.history ?? [])].reverse().map((e) => (
                <Table.Row key={e.id}>
                  <Table.Cell>{date(e.created_at)}</Table.Cell>
                  <Table.Cell>{e.type}</Table.Cell>
                  <Table.Cell>
                    {e.reason ?? ""}
                    {e.shortfall ? ` (${e.shortfall} could not be taken back)` : ""}
                  </Table.Cell>
                  <Table.Cell className="text-right">{e.points > 0 ? `+${e.points}` : e.points}</Table.Cell>
                  <Table.Cell className="text-right">{e.balance}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {adjustAt.length > 0 && (
            <form
              className="flex flex-wrap items-end gap-3 px-6 py-4"
              onSubmit={(ev) => {
                ev.preventDefault()
                adjust.mutate({ location_id: chosen, points: Number(points), reason }, { onSuccess: () => { setPoints(""); setReason("") } })
              }}
            >
              <div>
                <Label size="small" htmlFor="loyalty-points">Points (+/−)</Label>
                <Input id="loyalty-points" size="small" type="number" value={points} onChange={(e) => setPoints(e.target.value)} />
              </div>
              <div className="flex-1">
                <Label size="small" htmlFor="loyalty-reason">Reason for the adjustment</Label>
                <Input id="loyalty-reason" size="small" value={reason} onChange={(e) => setReason(e.target.value)} />
              </div>
              {adjustAt.length > 1 && (
                <Select size="small" value={chosen} onValueChange={setBranch}>
                  <Select.Trigger className="w-48" aria-label="Branch">
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {adjustAt.map((id) => (
                      <Select.Item key={id} value={id}>
                        {branchName(id)}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              )}
              <Button size="small" type="submit" isLoading={adjust.isPending} disabled={!points || reason.trim().length < 3}>
                Adjust
              </Button>
            </form>
          )}
        </>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "customer.details.after" })

export default CustomerLoyaltyWidget
