import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { FetchError } from "@medusajs/js-sdk"
import type { AdminStockLocation, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { LogoField } from "../components/branding/logo-field"
import { BranchDetailsSection } from "../components/branch/branch-details-section"
import { BranchPluginsSection } from "../components/branch/branch-plugins-section"
import { BranchRegistersSection } from "../components/branch/branch-registers-section"
import { BranchSetup } from "../components/branch/branch-setup"
import { BranchStatusSection } from "../components/branch/branch-status-section"
import { useAccess } from "../lib/access"
import { useBranch } from "../lib/queries"

const problem = (error: Error) =>
  (error as FetchError).status === 403 ? "Only staff who work at this branch see its Kassa details." : error.message

/** Kassa on the stock location page: the branch's details and logo, its registers, its plugin switches and whether it is open. */
const BranchKassaWidget = ({ data: location }: DetailWidgetProps<AdminStockLocation>) => {
  const branch = useBranch(location.id)
  const { canAt } = useAccess()
  const canManage = canAt("branch:manage", location.id)

  if (!branch.data) {
    return (
      <Container>
        <Heading level="h2">Kassa branch</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {branch.error ? problem(branch.error) : "Loading…"}
        </Text>
      </Container>
    )
  }
  if (!branch.data.details) return <BranchSetup locationId={location.id} canManage={canManage} />
  return (
    <>
      <BranchDetailsSection locationId={location.id} details={branch.data.details} canManage={canManage} />
      <Container className="p-0">
        <LogoField locationId={location.id} canChange={canManage} />
      </Container>
      <BranchRegistersSection branch={branch.data} canManage={canManage} />
      <BranchPluginsSection branch={branch.data} canManage={canManage} />
      <BranchStatusSection locationId={location.id} details={branch.data.details} canManage={canManage} />
    </>
  )
}

export const config = defineWidgetConfig({ zone: "location.details.after" })

export default BranchKassaWidget
