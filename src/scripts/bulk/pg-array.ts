/**
 * A PostgreSQL array literal ('{"a","b",NULL}') for one bound parameter: knex would expand a JS
 * array into one parameter per element, and a batch has tens of thousands of them.
 */
export function pgArray(values: readonly (string | number | boolean | null)[]): string {
  let out = "{"
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (i) out += ","
    if (v === null) out += "NULL"
    else if (typeof v === "string") out += `"${v.replace(/["\\]/g, "\\$&")}"`
    else out += String(v)
  }
  return out + "}"
}
