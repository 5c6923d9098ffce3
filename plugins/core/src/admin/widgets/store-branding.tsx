import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading } from "@medusajs/ui"
import { LogoField } from "../components/branding/logo-field"
import { useAccess } from "../lib/access"

/** Kassa on the Store settings page: the logo every branch prints unless it has its own. */
const StoreBrandingWidget = () => {
  const { can } = useAccess()
  if (!can("settings:read")) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Kassa branding</Heading>
      </div>
      <LogoField canChange={can("settings:manage")} />
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "store.details.after" })

export default StoreBrandingWidget
