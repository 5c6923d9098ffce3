import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Badge, Button, Container, Heading, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import { StatusFilter } from "../../../components/status-filter"
import { BranchSelect } from "../../../lib/branch-select"
import { date, type StockCount, useCan, useCounts, useLocationName, useStockWrite } from "../../../lib/api"

export const COUNT_COLOR = { counting: "blue", approved: "green", canceled: "red" } as Record<string, "blue" | "green" | "red">

/** Stock counts of the branches the staff member may see, newest first; a full count started at a branch. */
const CountsPage = () => {
  const [status, setStatus] = useState("all")
  const [location, setLocation] = useState("")
  const counts = useCounts({ ...(status !== "all" ? { status } : {}), limit: "100" })
  const name = useLocationName()
  const can = useCan()
  const navigate = useNavigate()
  const start = useStockWrite("Stock count started")
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center gap-3 px-6 py-4">
        <Heading className="mr-auto">Counts</Heading>
        <StatusFilter value={status} options={["all", "counting", "approved", "canceled"]} onChange={setStatus} />
        {can("stock:count") && (
          <>
            <BranchSelect value={location} onChange={setLocation} />
            <Button
              size="small"
              variant="secondary"
              disabled={!location}
              onClick={() =>
                start.mutate(
                  { path: "/counts", body: { location_id: location } },
                  { onSuccess: (data) => navigate(`/stock/counts/${(data as { stock_count: StockCount }).stock_count.id}`) }
                )
              }
            >
              Start a full count
            </Button>
          </>
        )}
      </div>
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Number</Table.HeaderCell>
            <Table.HeaderCell>Started</Table.HeaderCell>
            <Table.HeaderCell>Location</Table.HeaderCell>
            <Table.HeaderCell>Scope</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(counts.data?.counts ?? []).map((c) => (
            <Table.Row key={c.id}>
              <Table.Cell>
                <Link to={`/stock/counts/${c.id}`} className="text-ui-fg-interactive">
                  {c.number}
                </Link>
              </Table.Cell>
              <Table.Cell>{date(c.created_at)}</Table.Cell>
              <Table.Cell>{name(c.location_id)}</Table.Cell>
              <Table.Cell>{c.scope}</Table.Cell>
              <Table.Cell>
                <Badge size="2xsmall" color={COUNT_COLOR[c.status] ?? "grey"}>
                  {c.status}
                </Badge>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      <Text size="small" className="text-ui-fg-subtle px-6 py-3">
        {counts.data?.count ?? 0} count{counts.data?.count === 1 ? "" : "s"}
      </Text>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Counts" })

export default CountsPage
