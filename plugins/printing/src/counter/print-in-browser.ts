const FRAME_ID = "kassa-print-frame"

/**
 * Prints an HTML document from a hidden iframe, so the browser prints that page (an 80 mm gift
 * receipt, an A4 invoice) and not the counter. One frame serves every such print: it stays,
 * hidden, holding the last document.
 */
export function printInBrowser(html: string) {
  let frame = document.getElementById(FRAME_ID) as HTMLIFrameElement | null
  if (!frame) {
    frame = document.createElement("iframe")
    frame.id = FRAME_ID
    frame.title = "Printed document"
    frame.setAttribute("aria-hidden", "true")
    frame.style.cssText = "position:fixed;right:0;bottom:0;width:0;height:0;border:0"
    document.body.appendChild(frame)
  }
  frame.onload = () => frame?.contentWindow?.print()
  frame.srcdoc = html
}
