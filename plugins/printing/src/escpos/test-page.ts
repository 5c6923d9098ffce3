import { cutIfAble, escPos, printLines, type PrinterOutput } from "./encoder"

/** A page that shows the printer is reached and its width is set right: a ruler of `columns` digits. */
export function testPageBytes(printer: { name: string; host: string | null; port: number; paper_width: number }, output: PrinterOutput, at: Date): Uint8Array {
  const { columns } = output
  const ruler = Array.from({ length: columns }, (_, i) => String((i + 1) % 10)).join("")
  const lines = [
    { text: ruler },
    { text: printer.name },
    { text: `${printer.host}:${printer.port}` },
    { text: `${printer.paper_width} mm, ${columns} columns` },
    { text: `Code page ${output.codePage ?? "per document"}, ${output.cutter ? "cutter" : "no cutter"}` },
    { text: at.toISOString() },
  ]
  const encoder = escPos(columns, ["KASSA TEST PAGE", ...lines.map((l) => l.text)].join("\n"), output.codePage)
  encoder.align("center").bold(true).line("KASSA TEST PAGE").bold(false).align("left")
  printLines(encoder, lines)
  return cutIfAble(encoder, output).encode()
}
