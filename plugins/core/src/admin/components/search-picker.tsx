import { XMarkMini } from "@medusajs/icons"
import { Badge, Input, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useEffect, useState } from "react"

export type Picked = { id: string; label: string }

type SearchPickerProps = {
  /** What is searched, for the placeholder and the screen reader ("product", "category"). */
  noun: string
  value: Picked | null
  onChange: (value: Picked | null) => void
  /** Up to a handful of matches for the text typed (by title or name). */
  search: (text: string) => Promise<Picked[]>
  className?: string
}

/** Waits until typing pauses, so a search runs once per word rather than per key. */
function useSettled(text: string, ms = 250) {
  const [settled, setSettled] = useState(text)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), ms)
    return () => clearTimeout(timer)
  }, [text, ms])
  return settled
}

/**
 * Picks one record by typing part of its name: the matches drop down under the field, a click
 * picks one, and the pick shows as a chip that can be cleared. Nobody types an id.
 */
export const SearchPicker = ({ noun, value, onChange, search, className = "w-64" }: SearchPickerProps) => {
  const [text, setText] = useState("")
  const [open, setOpen] = useState(false)
  const settled = useSettled(text.trim())
  const matches = useQuery({
    queryKey: ["kassa-search-picker", noun, settled],
    enabled: open && settled.length > 0,
    queryFn: () => search(settled),
  })

  if (value) {
    return (
      <Badge size="small" className="max-w-64 gap-x-1">
        <span className="truncate" title={value.label}>
          {value.label}
        </span>
        <button type="button" aria-label={`Clear the ${noun}`} onClick={() => onChange(null)}>
          <XMarkMini />
        </button>
      </Badge>
    )
  }
  const found = matches.data ?? []
  return (
    <div className={`relative ${className}`}>
      <Input
        size="small"
        type="search"
        aria-label={`Find a ${noun}`}
        placeholder={`Find a ${noun} by name…`}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        // After a click on a match has been taken (mousedown comes first).
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && settled.length > 0 && (
        <div role="listbox" className="bg-ui-bg-base shadow-elevation-flyout absolute z-50 mt-1 max-h-64 w-full overflow-y-auto rounded-lg p-1">
          {found.map((m) => (
            <button
              key={m.id}
              type="button"
              role="option"
              aria-selected={false}
              className="txt-compact-small hover:bg-ui-bg-base-hover block w-full truncate rounded-md px-2 py-1.5 text-left"
              onMouseDown={(e) => {
                e.preventDefault()
                onChange(m)
                setText("")
                setOpen(false)
              }}
            >
              {m.label}
            </button>
          ))}
          {!found.length && (
            <Text size="xsmall" className="text-ui-fg-subtle px-2 py-1.5">
              {matches.isFetching ? "Searching…" : matches.error ? "Could not search." : `No ${noun} matches “${settled}”.`}
            </Text>
          )}
        </div>
      )}
    </div>
  )
}
