import { Button } from "@medusajs/ui"

/** Previous / Next under a list paged `size` at a time; nothing when it fits on one page. */
export const Pager = ({ offset, size, count, onChange }: { offset: number; size: number; count: number; onChange: (offset: number) => void }) =>
  count > size ? (
    <div className="flex items-center justify-end gap-x-2 px-6 py-3">
      <Button size="small" variant="secondary" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - size))}>
        Previous
      </Button>
      <Button size="small" variant="secondary" disabled={offset + size >= count} onClick={() => onChange(offset + size)}>
        Next
      </Button>
    </div>
  ) : null
