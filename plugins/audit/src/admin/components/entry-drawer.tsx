import { Button, Copy, Drawer, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { formatDateTime } from "../lib/format"
import { useEntry } from "../lib/queries"
import { ActionBadge, Actor } from "./entry-badges"
import { entityTypeLabel } from "./entry-cells"
import { EntryDiff } from "./entry-diff"

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="grid grid-cols-3 gap-x-4 py-2">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-small col-span-2 break-all">{children || <span className="text-ui-fg-muted">–</span>}</div>
  </div>
)

const Mono = ({ children }: { children: string }) => <code className="txt-compact-xsmall font-mono break-all">{children}</code>

const Hash = ({ value }: { value: string }) => (
  <div className="flex items-start gap-x-1">
    <Mono>{value}</Mono>
    <Copy content={value} />
  </div>
)

type Props = {
  seq: number
  branchNames: Map<string, string>
  onClose: () => void
  /** Narrows the log to this entry's actor or record. */
  onFilter: (key: "actor_id" | "entity_id", value: string) => void
}

/** One entry in full: who, what, where from, the diff, and its place in the hash chain. */
export const EntryDrawer = ({ seq, branchNames, onClose, onFilter }: Props) => {
  const { data: e, error } = useEntry(seq)
  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Entry #{seq}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          {!e ? (
            <Text size="small" className={error ? "text-ui-fg-error" : "text-ui-fg-subtle"}>
              {error ? error.message : "Loading…"}
            </Text>
          ) : (
            <>
              <section className="divide-y">
                <Field label="Occurred">{formatDateTime(e.occurred_at)}</Field>
                <Field label="Recorded">{formatDateTime(e.recorded_at)}</Field>
                <Field label="Actor">
                  <Actor entry={e} />
                  {e.actor_id && <Mono>{e.actor_id}</Mono>}
                </Field>
                <Field label="Action">
                  <ActionBadge action={e.action} />
                </Field>
                <Field label="Entity">
                  {entityTypeLabel(e.entity_type)}
                  {e.entity_label && <div>{e.entity_label}</div>}
                  {e.entity_id && (
                    <div>
                      <Mono>{e.entity_id}</Mono>
                    </div>
                  )}
                </Field>
                <Field label="Reason">{e.reason}</Field>
                <Field label="Branch">{e.branch_id && (branchNames.get(e.branch_id) ?? e.branch_id)}</Field>
                <Field label="Related">{e.related_ids.length > 0 && <Mono>{e.related_ids.join(", ")}</Mono>}</Field>
                <Field label="IP">{e.ip}</Field>
                <Field label="User agent">{e.user_agent}</Field>
                <Field label="Correlation id">{e.correlation_id && <Mono>{e.correlation_id}</Mono>}</Field>
              </section>
              <section className="flex flex-col gap-y-3">
                <Heading level="h3">Changes</Heading>
                <EntryDiff changes={e.changes} />
              </section>
              <section className="flex flex-col gap-y-1">
                <Heading level="h3">Chain</Heading>
                <Field label="Hash">
                  <Hash value={e.hash} />
                </Field>
                <Field label="Previous hash">
                  <Hash value={e.prev_hash} />
                </Field>
              </section>
            </>
          )}
        </Drawer.Body>
        {(e?.actor_id || e?.entity_id) && (
          <Drawer.Footer>
            {e.actor_id && (
              <Button size="small" variant="secondary" onClick={() => onFilter("actor_id", e.actor_id!)}>
                Entries by this actor
              </Button>
            )}
            {e.entity_id && (
              <Button size="small" variant="secondary" onClick={() => onFilter("entity_id", e.entity_id!)}>
                Entries for this record
              </Button>
            )}
          </Drawer.Footer>
        )}
      </Drawer.Content>
    </Drawer>
  )
}
