import { useEffect, useState, type RefObject } from "react"
import { documentHtml, errorText } from "./api"

const escape = (text: string) => text.replace(/[&<>]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;" })[c]!)

type Props = { path: string; title: string; frame: RefObject<HTMLIFrameElement> }

/**
 * A printable document (receipt, slip, report) in the 80 mm frame beside a dialog, fetched with
 * the counter's token and shown through `srcDoc`: the frame's own request (`src`) would carry no
 * token. Blank until it arrives; the server's refusal is shown in its place.
 */
export function DocumentFrame({ path, title, frame }: Props) {
  const [html, setHtml] = useState("")
  useEffect(() => {
    let current = true
    documentHtml(path).then(
      (text) => current && setHtml(text),
      (e) => current && setHtml(`<p style="font:14px sans-serif;color:#b91c1c;padding:12px">${escape(errorText(e))}</p>`)
    )
    return () => {
      current = false
    }
  }, [path])
  return <iframe ref={frame} className="receipt-frame" title={title} srcDoc={html} />
}
