import { TriangleDownMini, TriangleRightMini } from "@medusajs/icons"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { Fragment, useState } from "react"
import { Link } from "react-router-dom"
import { useAuditAccess } from "../lib/access"
import { isForbidden, useHistory } from "../lib/queries"
import type { HistoryType } from "../lib/types"
import { EntityCell, EntryLeadCells, SummaryCell } from "./entry-cells"
import { EntryDiff } from "./entry-diff"

/**
 * The latest audit entries of a record and the rows tied to it (variants, prices, payments…),
 * each expandable to its diff. Nothing at all for staff without audit:read: the request is not
 * even made, as every refused request is itself logged.
 */
export const HistoryWidget = ({ type, id }: { type: HistoryType; id: string }) => {
  const { canRead } = useAuditAccess()
  const history = useHistory(type, id, !!canRead)
  const [open, setOpen] = useState<number | null>(null)

  if (!canRead || isForbidden(history.error)) return null
  const entries = history.data ?? []

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">History</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          The latest changes to this {type} and the rows tied to it.
        </Text>
      </div>
      {!entries.length ? (
        <Text size="small" className={`px-6 py-4 ${history.error ? "text-ui-fg-error" : "text-ui-fg-subtle"}`}>
          {history.error?.message ?? (history.data ? "No changes recorded yet." : "Loading…")}
        </Text>
      ) : (
        // A narrow card (the product page's main column) scrolls the table instead of spilling it.
        <div className="overflow-x-auto">
          <Table>
            <Table.Body className="border-b-0">
              {entries.map((e) => (
                <Fragment key={e.seq}>
                  <Table.Row
                    className="cursor-pointer"
                    tabIndex={0}
                    aria-expanded={open === e.seq}
                    onClick={() => setOpen(open === e.seq ? null : e.seq)}
                    onKeyDown={(k) => k.key === "Enter" && setOpen(open === e.seq ? null : e.seq)}
                  >
                    <Table.Cell className="w-6 pr-2 text-ui-fg-muted">
                      {open === e.seq ? <TriangleDownMini /> : <TriangleRightMini />}
                    </Table.Cell>
                    <EntryLeadCells entry={e} />
                    <EntityCell entry={e} />
                    <SummaryCell entry={e} />
                  </Table.Row>
                  {open === e.seq && (
                    <Table.Row className="hover:bg-ui-bg-base">
                      <td colSpan={6} className="px-6 py-4">
                        <div className="flex flex-col gap-y-3">
                          {e.reason && (
                            <Text size="small">
                              <span className="text-ui-fg-subtle">Why: </span>
                              {e.reason}
                            </Text>
                          )}
                          <EntryDiff changes={e.changes} />
                          <Link
                            to={`/audit?seq=${e.seq}`}
                            className="txt-compact-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover self-start"
                          >
                            Open entry #{e.seq} in the audit log
                          </Link>
                        </div>
                      </td>
                    </Table.Row>
                  )}
                </Fragment>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}
