import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { percent } from "../lib/format"

/** One figure with its label, and optionally its growth against the period before. */
export const KpiCard = ({ label, value, hint, growth, testId }: { label: string; value: string; hint?: string; growth?: number | null; testId?: string }) => (
  <Container className="flex flex-col gap-y-1 px-4 py-3" data-testid={testId}>
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="flex items-center gap-x-2">
      <Heading level="h2">{value}</Heading>
      {growth !== undefined && (
        <Badge size="2xsmall" color={growth === null ? "grey" : growth >= 0 ? "green" : "red"}>
          {percent(growth)}
        </Badge>
      )}
    </div>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </Container>
)
