import { Avatar, Button, Label } from "@medusajs/ui"
import { useRef } from "react"
import { useUploadAvatar } from "./staff-writes"

/** The profile picture: uploaded at once, kept as a URL the form saves with the rest. */
export const AvatarField = ({
  url,
  fallback,
  onChange,
}: {
  url: string | null
  fallback: string
  onChange: (url: string | null) => void
}) => {
  const input = useRef<HTMLInputElement>(null)
  const upload = useUploadAvatar()
  return (
    <div className="flex flex-col gap-y-2">
      <Label size="small" weight="plus">
        Profile picture
      </Label>
      <div className="flex items-center gap-x-3">
        <Avatar size="large" src={url ?? undefined} fallback={fallback} />
        <Button size="small" variant="secondary" type="button" isLoading={upload.isPending} onClick={() => input.current?.click()}>
          {url ? "Replace" : "Upload"}
        </Button>
        {url && (
          <Button size="small" variant="transparent" type="button" onClick={() => onChange(null)}>
            Remove
          </Button>
        )}
        <input
          ref={input}
          type="file"
          accept="image/*"
          hidden
          aria-label="Profile picture file"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ""
            if (file) upload.mutate(file, { onSuccess: onChange })
          }}
        />
      </div>
    </div>
  )
}
