import { Button, Heading, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useRef } from "react"
import { sdk } from "../../lib/sdk"

type Logo = { file_id: string; url: string | null } | null
const KEY = ["kassa", "printing", "logo"]

/**
 * The store's receipt logo (every branch prints it): a PNG or JPEG uploaded through Medusa's
 * File module, printed as an image at the top of thermal receipts. Managers change it.
 */
export function ReceiptLogo({ canConfigure }: { canConfigure: boolean }) {
  const client = useQueryClient()
  const input = useRef<HTMLInputElement>(null)
  const logo = useQuery({ queryKey: KEY, queryFn: () => sdk.client.fetch<{ logo: Logo }>("/admin/kassa/printing/logo"), select: (d) => d.logo })
  const save = useMutation({
    mutationFn: async (file: File | null) => {
      const file_id = file ? (await sdk.admin.upload.create({ files: [file] })).files[0].id : null
      return sdk.client.fetch<{ logo: Logo }>("/admin/kassa/printing/logo", { method: "POST", body: { file_id } })
    },
    onSuccess: (d) => {
      toast.success(d.logo ? "Receipts now print this logo" : "Logo removed")
      void client.invalidateQueries({ queryKey: KEY })
    },
    onError: (e: Error) => toast.error("Logo not saved", { description: e.message }),
  })
  const current = logo.data
  return (
    <div className="flex items-center justify-between gap-x-4 px-6 py-4">
      <div>
        <Heading level="h3">Receipt logo</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Printed at the top of every branch's thermal receipts, scaled to the roll. PNG or JPEG, black on white prints best.
        </Text>
      </div>
      <div className="flex items-center gap-x-2">
        {current?.url ? <img src={current.url} alt="Receipt logo" className="max-h-12 max-w-[160px] border border-ui-border-base" /> : <Text size="small">No logo</Text>}
        {canConfigure && (
          <>
            <Button size="small" variant="secondary" isLoading={save.isPending} onClick={() => input.current?.click()}>
              {current ? "Replace" : "Upload"}
            </Button>
            {current && (
              <Button size="small" variant="transparent" disabled={save.isPending} onClick={() => save.mutate(null)}>
                Remove
              </Button>
            )}
            <input
              ref={input}
              type="file"
              accept="image/png,image/jpeg"
              hidden
              aria-label="Receipt logo file"
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
