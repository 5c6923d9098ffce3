import { Button, Checkbox, Heading, Input, Label, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { useWarrantyAccess } from "../lib/access"
import { useWarrantyWrite, warrantyKeys } from "../lib/queries"
import { sdk } from "../lib/sdk"
import { Field } from "./field"

type Target = { product_id: string } | { category_id: string }
type Policy = { id: string; repair_days: number; replacement_days: number; manufacturer_months: number | null; no_warranty: boolean }

const usePolicy = (target: Target) =>
  useQuery({
    queryKey: [...warrantyKeys.all, "policy", target],
    queryFn: () => sdk.client.fetch<{ policies: Policy[] }>("/admin/kassa/warranty/policies", { query: target }),
    select: (d) => d.policies[0] ?? null,
  })

const Form = ({ target, policy }: { target: Target; policy: Policy | null }) => {
  const [repair, setRepair] = useState(String(policy?.repair_days ?? 30))
  const [replacement, setReplacement] = useState(String(policy?.replacement_days ?? 7))
  const [months, setMonths] = useState(policy?.manufacturer_months ? String(policy.manufacturer_months) : "")
  const [none, setNone] = useState(policy?.no_warranty ?? false)
  const [reason, setReason] = useState("")
  // The reason goes with the change into the product's history (the server requires one).
  const save = useWarrantyWrite(
    () =>
      sdk.client.fetch("/admin/kassa/warranty/policies", {
        method: "POST",
        body: { ...target, repair_days: Number(repair), replacement_days: Number(replacement), manufacturer_months: months ? Number(months) : null, no_warranty: none },
        headers: { "X-Kassa-Reason": encodeURIComponent(reason.trim()) },
      }),
    "Warranty saved"
  )
  const id = "product_id" in target ? target.product_id : target.category_id
  return (
    <form
      className="flex flex-col gap-y-3 px-6 py-4"
      onSubmit={(e) => {
        e.preventDefault()
        save.mutate(undefined)
      }}
    >
      <div className="grid grid-cols-3 gap-4">
        <Field id={`${id}-repair`} label="Repair window (days)">
          <Input id={`${id}-repair`} size="small" type="number" min="0" value={repair} onChange={(e) => setRepair(e.target.value)} />
        </Field>
        <Field id={`${id}-replacement`} label="Replacement window (days)">
          <Input id={`${id}-replacement`} size="small" type="number" min="0" value={replacement} onChange={(e) => setReplacement(e.target.value)} />
        </Field>
        <Field id={`${id}-months`} label="Manufacturer (months)">
          <Input id={`${id}-months`} size="small" type="number" min="1" value={months} onChange={(e) => setMonths(e.target.value)} />
        </Field>
      </div>
      <div className="flex items-center gap-x-2">
        <Checkbox id={`${id}-none`} checked={none} onCheckedChange={(c) => setNone(c === true)} />
        <Label htmlFor={`${id}-none`} size="small">
          Sold without warranty
        </Label>
      </div>
      <div className="flex items-center gap-x-2">
        <Input
          size="small"
          aria-label="Why the warranty changes"
          placeholder="Why? e.g. supplier's new terms"
          className="max-w-sm"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button size="small" type="submit" className="shrink-0" isLoading={save.isPending} disabled={reason.trim().length < 3}>
          Save warranty
        </Button>
      </div>
    </form>
  )
}

/** Sets a product's or a category's own warranty policy (warranty:configure). */
export const PolicyForm = ({ target, inherited }: { target: Target; inherited: string }) => {
  const { canConfigure } = useWarrantyAccess()
  const policy = usePolicy(target)
  if (!canConfigure || policy.isLoading) return null
  return (
    <div className="flex flex-col">
      <div className="px-6 pt-4">
        <Heading level="h3">Warranty policy</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {policy.data ? "Its own policy." : inherited}
        </Text>
      </div>
      <Form key={policy.data?.id ?? "new"} target={target} policy={policy.data ?? null} />
    </div>
  )
}
