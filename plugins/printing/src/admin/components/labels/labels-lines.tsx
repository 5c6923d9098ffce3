import { Trash } from "@medusajs/icons"
import { Badge, IconButton, Input, Table, Text } from "@medusajs/ui"
import type { LabelLine } from "../../lib/labels-types"

/** The print list: a row per variant with how many labels; a variant without a barcode is flagged (the server refuses it). */
export function LabelsLines({ lines, onQuantity, onRemove }: { lines: LabelLine[]; onQuantity: (id: string, quantity: number) => void; onRemove: (id: string) => void }) {
  if (!lines.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No labels yet: search for products above and add them.
      </Text>
    )
  }
  return (
    <Table>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Product</Table.HeaderCell>
          <Table.HeaderCell>Variant</Table.HeaderCell>
          <Table.HeaderCell>Barcode</Table.HeaderCell>
          <Table.HeaderCell className="w-28">Labels</Table.HeaderCell>
          <Table.HeaderCell className="w-12" />
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {lines.map((line) => (
          <Table.Row key={line.id}>
            <Table.Cell>{line.product_title}</Table.Cell>
            <Table.Cell>{line.title}</Table.Cell>
            <Table.Cell>{line.barcode ? <span className="font-mono text-xs">{line.barcode}</span> : <Badge color="red" size="2xsmall">no barcode</Badge>}</Table.Cell>
            <Table.Cell>
              <Input
                type="number"
                size="small"
                min={1}
                max={500}
                value={line.quantity}
                aria-label={`Labels for ${line.product_title} ${line.title}`}
                onChange={(e) => onQuantity(line.id, Math.max(1, Math.min(500, Math.floor(Number(e.target.value)) || 1)))}
              />
            </Table.Cell>
            <Table.Cell>
              <IconButton size="small" variant="transparent" aria-label="Remove" onClick={() => onRemove(line.id)}>
                <Trash />
              </IconButton>
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
