import { Button, Drawer } from "@medusajs/ui"
import type { FormEvent, ReactNode } from "react"

type FormDrawerProps = {
  title: string
  onClose: () => void
  onSubmit: () => void
  canSave: boolean
  saving: boolean
  saveLabel?: string
  /** Extra footer buttons, left of Cancel (e.g. "Remove PIN"). */
  extraActions?: ReactNode
  children: ReactNode
}

/** The drawer every Kassa form uses: a title, the fields, and Cancel / Save. */
export const FormDrawer = ({ title, onClose, onSubmit, canSave, saving, saveLabel = "Save", extraActions, children }: FormDrawerProps) => {
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit()
  }
  return (
    <Drawer open onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{title}</Drawer.Title>
        </Drawer.Header>
        <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">{children}</Drawer.Body>
          <Drawer.Footer>
            {extraActions}
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" disabled={!canSave} isLoading={saving}>
              {saveLabel}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
