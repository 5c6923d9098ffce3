import type { CreditForm } from "./types"

/** The government IDs a Philippine credit desk accepts most; the server takes any name. */
const ID_TYPES = ["UMID", "PhilSys ID", "Driver's license", "Passport", "SSS ID", "Postal ID", "Voter's ID"]

// The same minimums as CreditDetailsSchema (credit/schema.ts), so a gap shows before checkout.
const PHONE = /^\+?[\d\s()-]{7,20}$/

/** What is missing from the credit details, as the cashier should read it; null when complete. */
export function creditProblem(c: CreditForm) {
  const missing = [
    c.id_number.trim().length < 3 && "the ID's number",
    c.address_line.trim().length < 3 && "the street address",
    c.city.trim().length < 2 && "the city",
    !PHONE.test(c.phone.trim()) && "a contact number",
  ].filter(Boolean)
  return missing.length ? `Credit details: enter ${missing.join(", ")}` : null
}

export const emptyCredit = (phone: string | null): CreditForm => ({ id_type: ID_TYPES[0], id_number: "", address_line: "", city: "", province: "", phone: phone ?? "" })

type Props = { value: CreditForm; onChange: (value: CreditForm) => void }

/** The customer's ID, address and contact number, filed with the sale for the credit officer. */
export function CreditFields({ value, onChange }: Props) {
  const field = (key: keyof CreditForm, label: string, props: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label>
      <span className="field-label">{label}</span>
      <input className="text-input" aria-label={label} value={value[key] ?? ""} onChange={(e) => onChange({ ...value, [key]: e.target.value })} {...props} />
    </label>
  )
  return (
    <fieldset className="credit">
      <legend>Credit details (none on file)</legend>
      <div className="row">
        <label style={{ flex: "0 0 42%" }}>
          <span className="field-label">ID type</span>
          <select className="text-input" aria-label="ID type" value={value.id_type} onChange={(e) => onChange({ ...value, id_type: e.target.value })}>
            {ID_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        {field("id_number", "ID number")}
      </div>
      {field("address_line", "Street address")}
      <div className="row">
        {field("city", "City")}
        {field("province", "Province")}
      </div>
      {field("phone", "Contact number", { inputMode: "tel" })}
    </fieldset>
  )
}
