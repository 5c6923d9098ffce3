import { ArrowDownTray } from "@medusajs/icons"
import { Button, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { PAGE_SIZE } from "../lib/queries"

/** A list page's heading: its title, what it shows, and its filtered list as CSV. */
export function ListHeader({ title, description, csv }: { title: string; description: string; csv: string }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
      <div>
        <Heading>{title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      </div>
      <Button size="small" variant="secondary" asChild>
        <a href={csv} download>
          <ArrowDownTray />
          Export CSV
        </a>
      </Button>
    </div>
  )
}

/** The list itself, or why it could not be read. */
export function ListBody({ error, children }: { error: Error | null; children: ReactNode }) {
  if (!error) return <>{children}</>
  return (
    <Text size="small" className="text-ui-fg-error px-6 py-4">
      {error.message}
    </Text>
  )
}

/** Previous and next pages of PAGE_SIZE rows, shown only when there is more than one. */
export function Pager({ offset, count, setOffset }: { offset: number; count: number; setOffset: (offset: string | undefined) => void }) {
  if (count <= PAGE_SIZE) return null
  return (
    <div className="flex items-center justify-between px-6 py-3">
      <Text size="small" className="text-ui-fg-subtle">
        {offset + 1}–{Math.min(offset + PAGE_SIZE, count)} of {count}
      </Text>
      <div className="flex gap-x-2">
        <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => setOffset(offset > PAGE_SIZE ? String(offset - PAGE_SIZE) : undefined)}>
          Previous
        </Button>
        <Button size="small" variant="secondary" disabled={offset + PAGE_SIZE >= count} onClick={() => setOffset(String(offset + PAGE_SIZE))}>
          Next
        </Button>
      </div>
    </div>
  )
}
