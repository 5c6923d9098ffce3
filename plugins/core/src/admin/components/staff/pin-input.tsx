import { Input } from "@medusajs/ui"

/** A counter PIN field: 4–6 digits, masked, numeric keypad on tablets, never autofilled. */
export const PinInput = ({ id, value, onChange }: { id: string; value: string; onChange: (pin: string) => void }) => (
  <Input
    id={id}
    type="password"
    inputMode="numeric"
    pattern="\d{4,6}"
    autoComplete="off"
    value={value}
    onChange={(e) => onChange(e.target.value)}
  />
)
