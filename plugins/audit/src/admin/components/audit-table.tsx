import { Table } from "@medusajs/ui"
import type { AuditEntry } from "../lib/types"
import { EntityCell, EntryLeadCells, SummaryCell } from "./entry-cells"

type Props = {
  entries: AuditEntry[]
  branchNames: Map<string, string>
  onOpen: (seq: number) => void
}

/** The log's entries, one line each; a row opens the entry in full. */
export const AuditTable = ({ entries, branchNames, onOpen }: Props) => (
  <Table>
    <Table.Header>
      <Table.Row>
        <Table.HeaderCell>Time</Table.HeaderCell>
        <Table.HeaderCell>Actor</Table.HeaderCell>
        <Table.HeaderCell>Action</Table.HeaderCell>
        <Table.HeaderCell>Entity</Table.HeaderCell>
        <Table.HeaderCell>Branch</Table.HeaderCell>
        <Table.HeaderCell>Changes</Table.HeaderCell>
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {entries.map((e) => (
        <Table.Row
          key={e.seq}
          className="cursor-pointer"
          tabIndex={0}
          onClick={() => onOpen(e.seq)}
          onKeyDown={(k) => k.key === "Enter" && onOpen(e.seq)}
        >
          <EntryLeadCells entry={e} />
          <EntityCell entry={e} />
          <Table.Cell>{e.branch_id ? branchNames.get(e.branch_id) ?? e.branch_id : "–"}</Table.Cell>
          <SummaryCell entry={e} />
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)
