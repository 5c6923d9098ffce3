import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useWarrantyAccess } from "../lib/access"
import { isForbidden, useClaims } from "../lib/queries"
import { ClaimsTable } from "./claims-table"

/** The warranty claims of an order, product or customer; nothing for staff without warranty:read. */
export const ClaimsWidget = ({ filter, description, children }: { filter: Record<string, string>; description: string; children?: ReactNode }) => {
  const { canRead } = useWarrantyAccess()
  const claims = useClaims({ ...filter, limit: 20 }, !!canRead)
  if (!canRead || isForbidden(claims.error)) return null
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Warranty claims</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      </div>
      {children}
      <ClaimsTable claims={claims.data?.claims ?? []} empty={claims.error?.message ?? (claims.data ? "No claims." : "Loading…")} />
    </Container>
  )
}
