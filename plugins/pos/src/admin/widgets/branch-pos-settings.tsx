import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminStockLocation, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { PosSettingsSection } from "../components/pos-settings-section"
import { useAccess } from "../lib/access"
import { useCurrency, usePosSettings } from "../lib/queries"

/**
 * The counter's settings on a branch's stock location page, under core's Kassa sections. A
 * location that is not a Kassa branch yet (no code) has no counter: core's section sets it up.
 */
const BranchPosSettingsWidget = ({ data: location }: DetailWidgetProps<AdminStockLocation>) => {
  const { me, canAt } = useAccess()
  const isBranch = !!me?.branches.find((b) => b.stock_location_id === location.id)?.details
  const settings = usePosSettings(location.id)
  const currency = useCurrency()

  if (me && !isBranch && !settings.error) return null
  if (!settings.data || !currency.data) {
    return (
      <Container>
        <Heading level="h2">Counter</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {/* The guard's refusal names what is missing (the policy, the branch, the plugin switched off). */}
          {settings.error ? settings.error.message : "Loading…"}
        </Text>
      </Container>
    )
  }
  return (
    <PosSettingsSection
      locationId={location.id}
      settings={settings.data}
      currency={currency.data}
      canManage={canAt("branch:manage", location.id)}
    />
  )
}

export const config = defineWidgetConfig({ zone: "location.details.after" })

export default BranchPosSettingsWidget
