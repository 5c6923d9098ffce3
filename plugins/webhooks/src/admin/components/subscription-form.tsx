import { Button, Checkbox, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { useEventCatalogue } from "../lib/queries"

type Props = { busy: boolean; onSave: (fields: { url: string; events: string[]; description: string | null }) => void }

/** The receiver's URL, what it is for, and the events it hears of, grouped by where they come from. */
export function SubscriptionForm({ busy, onSave }: Props) {
  const catalogue = useEventCatalogue().data ?? []
  const [url, setUrl] = useState("")
  const [description, setDescription] = useState("")
  const [events, setEvents] = useState<string[]>([])
  const toggle = (name: string) => setEvents((e) => (e.includes(name) ? e.filter((n) => n !== name) : [...e, name]))
  const sources = [...new Set(catalogue.map((e) => e.source))]
  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-2 gap-4">
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor="webhook-url">
            Receiver URL
          </Label>
          <Input id="webhook-url" size="small" placeholder="https://erp.example.com/kassa-events" value={url} onChange={(e) => setUrl(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="small" htmlFor="webhook-description">
            What it is for
          </Label>
          <Input id="webhook-description" size="small" placeholder="Accounting" value={description} onChange={(e) => setDescription(e.target.value)} />
        </div>
      </div>
      <div className="grid grid-cols-3 gap-4">
        {sources.map((source) => (
          <fieldset key={source} className="flex flex-col gap-y-2">
            <Text size="small" weight="plus">
              {catalogue.find((e) => e.source === source)?.source_name}
            </Text>
            {catalogue
              .filter((e) => e.source === source)
              .map((e) => (
                <div key={e.name} className="flex items-start gap-x-2">
                  <Checkbox id={`event-${e.name}`} checked={events.includes(e.name)} onCheckedChange={() => toggle(e.name)} />
                  <Label size="xsmall" htmlFor={`event-${e.name}`} title={e.name}>
                    {e.description}
                    <span className="text-ui-fg-muted block font-mono">{e.name}</span>
                  </Label>
                </div>
              ))}
          </fieldset>
        ))}
      </div>
      <div>
        <Button size="small" isLoading={busy} disabled={!url.trim() || !events.length} onClick={() => onSave({ url: url.trim(), events, description: description.trim() || null })}>
          Add subscription
        </Button>
      </div>
    </div>
  )
}
