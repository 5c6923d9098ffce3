import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton } from "@medusajs/ui"
import type { ReactNode } from "react"

export type Action = { label: string; icon: ReactNode; onClick: () => void; hidden?: boolean }

/** The "…" menu at the end of a table row, as the dashboard's own lists have it. */
export const ActionMenu = ({ label, actions }: { label: string; actions: Action[] }) => {
  const shown = actions.filter((a) => !a.hidden)
  if (!shown.length) return null
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <IconButton size="small" variant="transparent" aria-label={label}>
          <EllipsisHorizontal />
        </IconButton>
      </DropdownMenu.Trigger>
      <DropdownMenu.Content align="end">
        {shown.map((a) => (
          <DropdownMenu.Item key={a.label} className="gap-x-2" onClick={a.onClick}>
            {a.icon}
            {a.label}
          </DropdownMenu.Item>
        ))}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}
