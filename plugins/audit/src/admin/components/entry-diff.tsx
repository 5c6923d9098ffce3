import { Table, Text } from "@medusajs/ui"
import { isFieldChanges, printValue } from "../lib/format"

/** A value in full: JSON pretty-printed, long lines wrapped rather than cut. */
const Value = ({ value }: { value: unknown }) =>
  value === null || value === undefined ? (
    <span className="text-ui-fg-muted">–</span>
  ) : (
    <pre className="txt-compact-xsmall font-mono whitespace-pre-wrap break-all py-2">{printValue(value)}</pre>
  )

/** What an entry changed: field | before | after for row changes, field | value for app events. */
export const EntryDiff = ({ changes }: { changes: Record<string, unknown> }) => {
  const fields = Object.keys(changes).sort()
  if (!fields.length) {
    return (
      <Text size="small" className="text-ui-fg-subtle">
        No fields recorded.
      </Text>
    )
  }
  const diff = isFieldChanges(changes)
  return (
    <div className="overflow-hidden rounded-lg border">
    <Table className="table-fixed">
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell className="w-1/4">Field</Table.HeaderCell>
          {diff ? (
            <>
              <Table.HeaderCell>Before</Table.HeaderCell>
              <Table.HeaderCell>After</Table.HeaderCell>
            </>
          ) : (
            <Table.HeaderCell>Value</Table.HeaderCell>
          )}
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {fields.map((field) => (
          <Table.Row key={field} className="align-top">
            <Table.Cell className="txt-compact-xsmall-plus break-all py-2">{field}</Table.Cell>
            {diff ? (
              <>
                <Table.Cell>
                  <Value value={changes[field].before} />
                </Table.Cell>
                <Table.Cell>
                  <Value value={changes[field].after} />
                </Table.Cell>
              </>
            ) : (
              <Table.Cell>
                <Value value={changes[field]} />
              </Table.Cell>
            )}
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
    </div>
  )
}
