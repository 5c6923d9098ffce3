import net from "node:net"

/** A raw-TCP printer on loopback: every connection's bytes, as one print each; `port` to come back on a known one. */
export async function testPrinter(port = 0) {
  const prints: Buffer[] = []
  const waiting: ((print: Buffer) => void)[] = []
  const server = net.createServer((socket) => {
    const chunks: Buffer[] = []
    socket.on("data", (chunk) => chunks.push(chunk))
    socket.on("end", () => {
      socket.end()
      const print = Buffer.concat(chunks)
      const waiter = waiting.shift()
      if (waiter) waiter(print)
      else prints.push(print)
    })
  })
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve))
  return {
    port: (server.address() as net.AddressInfo).port,
    /** The next print this printer receives (or already received and nobody took). */
    next: (ms = 15_000) =>
      new Promise<Buffer>((resolve, reject) => {
        const ready = prints.shift()
        if (ready) return resolve(ready)
        const timer = setTimeout(() => reject(new Error(`No print within ${ms} ms`)), ms)
        waiting.push((print) => {
          clearTimeout(timer)
          resolve(print)
        })
      }),
    /** Nothing more arrives within `ms`. */
    quiet: async (ms = 500) => {
      await new Promise((r) => setTimeout(r, ms))
      return prints.length === 0
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
