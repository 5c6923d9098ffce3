import { DatePicker, Heading, Input } from "@medusajs/ui"
import { Field } from "../field"
import { PinInput } from "./pin-input"
import type { SetStaffValue, StaffValues } from "./staff-values"

/** Contact and employment details; the PIN only when adding (later it has its own drawer). */
export const EmploymentFields = ({ values: v, set, withPin }: { values: StaffValues; set: SetStaffValue; withPin: boolean }) => (
  <section className="grid grid-cols-2 gap-4">
    <Heading level="h3" className="col-span-2">
      Employment
    </Heading>
    <Field id="kassa-staff-phone" label="Phone">
      <Input id="kassa-staff-phone" type="tel" value={v.phone} onChange={(e) => set("phone", e.target.value)} />
    </Field>
    <Field id="kassa-staff-hire-date" label="Hire date">
      <DatePicker id="kassa-staff-hire-date" value={v.hire_date} onChange={(d) => set("hire_date", d)} />
    </Field>
    <Field id="kassa-staff-commission" label="Commission (%)" hint="Of the agent's sales.">
      <Input
        id="kassa-staff-commission"
        type="number"
        min={0}
        max={100}
        step="0.01"
        value={v.commission_rate}
        onChange={(e) => set("commission_rate", e.target.value)}
      />
    </Field>
    {withPin && (
      <Field id="kassa-staff-pin" label="Counter PIN" hint="Optional: 4–6 digits.">
        <PinInput id="kassa-staff-pin" value={v.pin} onChange={(pin) => set("pin", pin)} />
      </Field>
    )}
  </section>
)
