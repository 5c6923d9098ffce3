import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowUpRightOnBox, ComputerDesktop } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { apiUrl } from "../../lib/sdk"
import { useMe } from "../../lib/queries"

/**
 * The admin's way to the counter, and a cashier's start page. The counter is its own page
 * (/pos, served by this plugin) with its own sign-in, made for a register's keyboard and scanner.
 */
const CounterPage = () => {
  const { data: me } = useMe()
  const branches = (me?.branches ?? []).filter((b) => b.details)
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading>Counter</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Sell, take returns and close the drawer at a register. The counter opens in its own tab.
        </Text>
      </div>
      <div className="flex flex-col items-start gap-y-3 px-6 py-6">
        <Button asChild>
          <a href={apiUrl("/pos")} target="_blank" rel="noopener" data-testid="open-counter">
            <ArrowUpRightOnBox />
            Open the counter
          </a>
        </Button>
        <Text size="small" className="text-ui-fg-subtle">
          {branches.length
            ? `You sell at ${branches.map((b) => `${b.name} (${b.details!.code})`).join(", ")}. Sign in there with the same e-mail and password.`
            : "Sign in there with the same e-mail and password."}
        </Text>
      </div>
      <div className="flex items-center justify-between px-6 py-4">
        <Text size="small" className="text-ui-fg-subtle">
          Drawer sessions of your branches, with their X and Z reports.
        </Text>
        <Button size="small" variant="secondary" asChild>
          <Link to="/counter/drawers">Drawers</Link>
        </Button>
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Counter", icon: ComputerDesktop })

export default CounterPage
