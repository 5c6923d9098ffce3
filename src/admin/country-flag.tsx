import { type CSSProperties, useEffect, useState } from "react"

/**
 * Stands in for `react-country-flag` in the admin build (medusa-config.ts aliases it): Medusa's
 * dashboard draws country flags with it, fetched from a CDN — console errors and blank flags
 * offline or behind a strict firewall. These are the same `flag-icons` SVGs, bundled and loaded
 * only when a flag is shown (one small file each).
 */
const FLAGS = import.meta.glob<string>("../../node_modules/flag-icons/flags/4x3/*.svg", { query: "?url", import: "default" })

type Props = { countryCode: string; style?: CSSProperties; svg?: boolean; title?: string; className?: string; "aria-label"?: string }

export default function CountryFlag({ countryCode, style, title, className, "aria-label": label }: Props) {
  const [src, setSrc] = useState<string | null>(null)
  const load = FLAGS[`../../node_modules/flag-icons/flags/4x3/${countryCode.toLowerCase()}.svg`]
  useEffect(() => {
    let live = true
    load?.().then((url) => live && setSrc(url))
    return () => {
      live = false
    }
  }, [load])
  if (!src) return <span className={className} style={{ display: "inline-block", ...style }} aria-label={label ?? countryCode} title={title} />
  return <img src={src} alt={label ?? countryCode} title={title} className={className} style={{ display: "inline-block", verticalAlign: "middle", ...style }} />
}
