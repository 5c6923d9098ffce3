import { Table, Text } from "@medusajs/ui"
import { formatDateTime, summarize } from "../lib/format"
import type { AuditEntry } from "../lib/types"
import { ActionBadge, Actor } from "./entry-badges"

/** When, who and what: the first cells of an entry's row on the page and in the widgets. */
export const EntryLeadCells = ({ entry }: { entry: AuditEntry }) => (
  <>
    <Table.Cell className="whitespace-nowrap">{formatDateTime(entry.occurred_at)}</Table.Cell>
    <Table.Cell>
      <Actor entry={entry} />
    </Table.Cell>
    <Table.Cell>
      <ActionBadge action={entry.action} />
    </Table.Cell>
  </>
)

/** "staff_member" → "Staff member". */
export const entityTypeLabel = (type: string) => type.charAt(0).toUpperCase() + type.slice(1).replace(/_/g, " ")

/** What the entry is about: the kind of record and its name (its id when it has none, or is gone). */
export const EntityCell = ({ entry }: { entry: AuditEntry }) => (
  <Table.Cell>
    <Text size="small" leading="compact">
      {entityTypeLabel(entry.entity_type)}
    </Text>
    {entry.entity_id && (
      <Text
        size="xsmall"
        leading="compact"
        className={`text-ui-fg-muted max-w-[12rem] truncate ${entry.entity_label ? "" : "font-mono"}`}
        title={entry.entity_id}
      >
        {entry.entity_label ?? entry.entity_id}
      </Text>
    )}
  </Table.Cell>
)

/** The changed fields (or the event's result) on one line. */
export const SummaryCell = ({ entry }: { entry: AuditEntry }) => (
  <Table.Cell>
    <Text size="small" leading="compact" className="max-w-xs truncate" title={summarize(entry)}>
      {summarize(entry)}
    </Text>
    {entry.reason && (
      <Text size="xsmall" leading="compact" className="text-ui-fg-subtle max-w-xs truncate" title={entry.reason}>
        Why: {entry.reason}
      </Text>
    )}
  </Table.Cell>
)
