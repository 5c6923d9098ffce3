import { useSearchParams } from "react-router-dom"

/**
 * A list page's filters kept in the URL (shareable, kept on reload): the keys it reads, and a
 * setter that drops the page offset whenever another filter changes.
 */
export function useUrlFilters<F extends Record<string, string | undefined>>(keys: (keyof F & string)[]) {
  const [params, setParams] = useSearchParams()
  const filters = Object.fromEntries(keys.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : []))) as F
  const setFilter = (key: keyof F & string, value: string | undefined) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    if (key !== "offset") next.delete("offset")
    setParams(next)
  }
  return { filters, setFilter }
}
