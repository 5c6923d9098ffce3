import { Button, Input, Label, Text } from "@medusajs/ui"
import { FormEvent, useEffect, useState } from "react"
import { useSaveSettings, useSettings } from "../lib/queries"

/** The store-wide default expiry (blank: never), the days before expiry customers are e-mailed, and gift cards' validity (blank: never). */
export const SettingsForm = ({ editable }: { editable: boolean }) => {
  const { data: settings } = useSettings()
  const save = useSaveSettings()
  const [months, setMonths] = useState("")
  const [days, setDays] = useState("")
  const [validity, setValidity] = useState("")
  useEffect(() => {
    if (!settings) return
    setMonths(settings.expiry_months === null ? "" : String(settings.expiry_months))
    setDays(String(settings.reminder_days))
    setValidity(settings.gift_card_validity_months === null ? "" : String(settings.gift_card_validity_months))
  }, [settings])
  if (!settings) return null
  const submit = (e: FormEvent) => {
    e.preventDefault()
    save.mutate({ expiry_months: months === "" ? null : Number(months), reminder_days: Number(days), gift_card_validity_months: validity === "" ? null : Number(validity) })
  }
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-4 px-6 py-4">
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="sc-expiry-months">Credit expires after (months)</Label>
        <Input id="sc-expiry-months" type="number" min={1} max={120} className="w-48" placeholder="Never" value={months} disabled={!editable} onChange={(e) => setMonths(e.target.value)} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="sc-reminder-days">E-mail customers (days before)</Label>
        <Input id="sc-reminder-days" type="number" min={0} max={365} className="w-48" value={days} disabled={!editable} onChange={(e) => setDays(e.target.value)} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="sc-gift-card-months">Gift cards valid for (months)</Label>
        <Input id="sc-gift-card-months" type="number" min={1} max={120} className="w-48" placeholder="Never expire" value={validity} disabled={!editable} onChange={(e) => setValidity(e.target.value)} />
      </div>
      {editable ? (
        <Button size="small" variant="secondary" type="submit" isLoading={save.isPending}>
          Save settings
        </Button>
      ) : (
        <Text size="small" className="text-ui-fg-subtle">
          A manager or owner changes these.
        </Text>
      )}
    </form>
  )
}
