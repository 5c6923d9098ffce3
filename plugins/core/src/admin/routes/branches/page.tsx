import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import { isPluginOn } from "../../lib/plugins"
import { useBranches, usePlugins } from "../../lib/queries"

/** Every branch the user works at, with what sets it apart; a row opens its stock location. */
const BranchesPage = () => {
  const branches = useBranches()
  const plugins = usePlugins()
  const navigate = useNavigate()
  const switchable = (plugins.data ?? []).filter((p) => !p.always_on)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>Branches</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Each branch is a stock location. Open one to edit its details, registers and plugins.
        </Text>
      </div>
      {branches.error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {branches.error.message}
        </Text>
      )}
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>Code</Table.HeaderCell>
            <Table.HeaderCell>City</Table.HeaderCell>
            <Table.HeaderCell>Sales channel</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Registers</Table.HeaderCell>
            <Table.HeaderCell>Plugins on</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(branches.data ?? []).map((b) => {
            const to = `/settings/locations/${b.stock_location_id}`
            const on = switchable.filter((p) => isPluginOn(p, b))
            return (
              <Table.Row key={b.stock_location_id} className="cursor-pointer" onClick={() => navigate(to)}>
                <Table.Cell>
                  <Link to={to} className="txt-compact-small-plus" onClick={(e) => e.stopPropagation()}>
                    {b.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>
                  {b.details?.code ?? <Badge size="2xsmall">Not set up</Badge>}
                  {b.details?.closed_at && (
                    <Badge size="2xsmall" color="red" className="ml-2">
                      Closed
                    </Badge>
                  )}
                </Table.Cell>
                <Table.Cell>{b.address?.city || "–"}</Table.Cell>
                <Table.Cell>{b.sales_channels.map((c) => c.name).join(", ") || "–"}</Table.Cell>
                <Table.Cell className="text-right">{b.registers.filter((r) => r.is_active).length}</Table.Cell>
                <Table.Cell>
                  <div className="flex flex-wrap gap-1">
                    {on.length
                      ? on.map((p) => (
                          <Badge key={p.id} size="2xsmall" color="green">
                            {p.name}
                          </Badge>
                        ))
                      : "–"}
                  </div>
                </Table.Cell>
              </Table.Row>
            )
          })}
        </Table.Body>
      </Table>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Branches", icon: BuildingStorefront })

export default BranchesPage
