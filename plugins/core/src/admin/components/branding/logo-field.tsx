import { Button, Heading, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useRef } from "react"
import { sdk } from "../../lib/sdk"

type Logo = { file_id: string; url: string; scope: "branch" | "store" } | null
type Branding = { store_logo: Logo; branch_logo?: Logo }

export const brandingKey = (locationId?: string) => ["kassa", "branding", locationId ?? "store"]

/**
 * The logo printed on receipts (A4, PDF, e-mail, the thermal roll): the store's, or with
 * `locationId` the branch's own instead. Uploaded through Medusa's File module, then set; the
 * server refuses anything but a PNG or JPEG of 2 MB at most, and its message is shown.
 */
export function LogoField({ locationId, canChange }: { locationId?: string; canChange: boolean }) {
  const client = useQueryClient()
  const input = useRef<HTMLInputElement>(null)
  const target = locationId ? `/admin/kassa/branches/${locationId}/logo` : "/admin/kassa/branding/logo"
  const branding = useQuery({
    queryKey: brandingKey(locationId),
    queryFn: () => sdk.client.fetch<Branding>("/admin/kassa/branding", { query: locationId ? { location_id: locationId } : {} }),
  })
  const save = useMutation({
    mutationFn: async (file: File | null) => {
      if (!file) return sdk.client.fetch(target, { method: "DELETE" })
      const file_id = (await sdk.admin.upload.create({ files: [file] })).files[0].id
      return sdk.client.fetch(target, { method: "POST", body: { file_id } })
    },
    onSuccess: (_d, file) => {
      toast.success(file ? "Receipts now print this logo" : "Logo removed")
      return client.invalidateQueries({ queryKey: ["kassa", "branding"] })
    },
    onError: (e: Error) => toast.error("Logo not saved", { description: e.message }),
  })
  const shown = locationId ? branding.data?.branch_logo : branding.data?.store_logo
  const own = locationId ? shown?.scope === "branch" : !!shown
  return (
    <div className="flex items-center justify-between gap-x-4 px-6 py-4">
      <div>
        <Heading level="h3">{locationId ? "Branch logo" : "Receipt logo"}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {locationId
            ? own
              ? "This branch prints its own logo instead of the store's."
              : "This branch prints the store's logo (Settings › Store). Upload one to print its own instead."
            : "Printed at the top of every receipt: A4 and PDF, e-mailed, and on the thermal roll. PNG or JPEG up to 2 MB; black on white prints best."}
        </Text>
      </div>
      <div className="flex shrink-0 items-center gap-x-2">
        {shown?.url ? <img src={shown.url} alt={locationId ? "Branch logo" : "Receipt logo"} className="max-h-12 max-w-[160px] border border-ui-border-base" /> : <Text size="small">No logo</Text>}
        {canChange && (
          <>
            <Button size="small" variant="secondary" isLoading={save.isPending} onClick={() => input.current?.click()}>
              {own ? "Replace" : "Upload"}
            </Button>
            {own && (
              <Button size="small" variant="transparent" disabled={save.isPending} onClick={() => save.mutate(null)}>
                Remove
              </Button>
            )}
            <input
              ref={input}
              type="file"
              accept="image/png,image/jpeg"
              hidden
              aria-label={locationId ? "Branch logo file" : "Receipt logo file"}
              onChange={(e) => {
                const file = e.target.files?.[0]
                e.target.value = ""
                if (file) save.mutate(file)
              }}
            />
          </>
        )}
      </div>
    </div>
  )
}
