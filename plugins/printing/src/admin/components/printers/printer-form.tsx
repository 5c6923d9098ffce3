import { Button, Input, Label, Select, Switch } from "@medusajs/ui"
import { useState } from "react"
import { CODE_PAGES, PRINTER_KINDS, PRINTER_ROLES, type Printer, type PrinterInput } from "./api"

const NONE = "none"
const PER_DOCUMENT = "per-document"

/** A printer's settings: add (no `printer`) or edit. The server checks them again and says what is wrong. */
export function PrinterForm({
  printer,
  registers,
  onSave,
  onCancel,
}: {
  printer?: Printer
  registers: { id: string; code: string; name: string }[]
  onSave: (input: PrinterInput) => void
  onCancel: () => void
}) {
  const [f, setF] = useState<PrinterInput>({
    name: printer?.name ?? "",
    register_id: printer?.register_id ?? null,
    kind: printer?.kind ?? "network",
    host: printer?.host ?? "",
    port: printer?.port ?? 9100,
    paper_width: printer?.paper_width ?? 80,
    code_page: printer?.code_page ?? null,
    has_cutter: printer?.has_cutter ?? true,
    role: printer?.role ?? "receipt",
    cash_drawer: printer?.cash_drawer ?? false,
    is_active: printer?.is_active ?? true,
  })
  const set = <K extends keyof PrinterInput>(k: K, v: PrinterInput[K]) => setF((old) => ({ ...old, [k]: v }))
  const network = f.kind === "network"
  return (
    <form
      className="grid grid-cols-2 gap-3 px-6 py-4"
      onSubmit={(e) => {
        e.preventDefault()
        // Only a network printer has an address: the others are saved without one.
        onSave(network ? f : { ...f, host: null })
      }}
    >
      <div className="flex flex-col gap-y-1">
        <Label>Name</Label>
        <Input value={f.name} onChange={(e) => set("name", e.target.value)} placeholder="Counter 1" required />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label>Register</Label>
        <Select value={f.register_id ?? NONE} onValueChange={(v) => set("register_id", v === NONE ? null : v)}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value={NONE}>The whole branch</Select.Item>
            {registers.map((r) => (
              <Select.Item key={r.id} value={r.id}>
                {r.code} {r.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label>Prints to</Label>
        <Select value={f.kind} onValueChange={(v) => set("kind", v as PrinterInput["kind"])}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {Object.entries(PRINTER_KINDS).map(([kind, label]) => (
              <Select.Item key={kind} value={kind}>
                {label}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      <div className="flex flex-col gap-y-1">
        <Label>Role</Label>
        <Select value={f.role} onValueChange={(v) => set("role", v as PrinterInput["role"])}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            {PRINTER_ROLES.map((r) => (
              <Select.Item key={r} value={r}>
                {r}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
      </div>
      {network && (
        <>
          <div className="flex flex-col gap-y-1">
            <Label>Address (IP or host name)</Label>
            <Input value={f.host ?? ""} onChange={(e) => set("host", e.target.value)} placeholder="192.168.1.50" required />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label>Port</Label>
            <Input type="number" value={f.port} onChange={(e) => set("port", Number(e.target.value))} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label>Code page</Label>
            <Select value={f.code_page ?? PER_DOCUMENT} onValueChange={(v) => set("code_page", v === PER_DOCUMENT ? null : v)}>
              <Select.Trigger>
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={PER_DOCUMENT}>Per document (CP437, else CP858)</Select.Item>
                {CODE_PAGES.map((c) => (
                  <Select.Item key={c} value={c}>
                    {c}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
        </>
      )}
      <div className="flex flex-col gap-y-1">
        <Label>Paper</Label>
        <Select value={String(f.paper_width)} onValueChange={(v) => set("paper_width", Number(v) as 58 | 80)}>
          <Select.Trigger>
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="80">80 mm (48 columns)</Select.Item>
            <Select.Item value="58">58 mm (32 columns)</Select.Item>
          </Select.Content>
        </Select>
      </div>
      {network && (
        <>
          <div className="flex items-center gap-x-2">
            <Switch checked={f.has_cutter} onCheckedChange={(v) => set("has_cutter", v)} id="has-cutter" />
            <Label htmlFor="has-cutter">Cuts the paper</Label>
          </div>
          <div className="flex items-center gap-x-2">
            <Switch checked={f.cash_drawer} onCheckedChange={(v) => set("cash_drawer", v)} id="cash-drawer" />
            <Label htmlFor="cash-drawer">Cash drawer attached</Label>
          </div>
        </>
      )}
      <div className="flex items-center gap-x-2">
        <Switch checked={f.is_active} onCheckedChange={(v) => set("is_active", v)} id="printer-active" />
        <Label htmlFor="printer-active">Active</Label>
      </div>
      <div className="col-span-2 flex justify-end gap-x-2">
        <Button type="button" variant="secondary" size="small" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" size="small">
          {printer ? "Save" : "Add printer"}
        </Button>
      </div>
    </form>
  )
}
