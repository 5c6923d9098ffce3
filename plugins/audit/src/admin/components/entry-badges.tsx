import { Badge, Text } from "@medusajs/ui"
import { actionColor, actorLabel } from "../lib/format"
import type { AuditEntry } from "../lib/types"

export const ActionBadge = ({ action }: { action: string }) => (
  <Badge size="2xsmall" color={actionColor(action)}>
    {action}
  </Badge>
)

/** The actor's name with what kind of actor it is (a user, an API key, the system…). */
export const Actor = ({ entry }: { entry: Pick<AuditEntry, "actor_name" | "actor_id" | "actor_type"> }) => (
  <div className="flex items-center gap-x-2">
    <Text size="small" leading="compact" className="max-w-[12rem] truncate" title={entry.actor_id ?? undefined}>
      {actorLabel(entry)}
    </Text>
    {(entry.actor_name ?? entry.actor_id) && <Badge size="2xsmall">{entry.actor_type}</Badge>}
  </div>
)
