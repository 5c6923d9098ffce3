import net from "node:net"

/**
 * Sends the bytes to a raw-TCP printer (port 9100) and resolves once they are handed to the
 * network: a connect or write that takes longer than `timeoutMs` (a printer that is off, a
 * wrong address) is an error, never a hang. The printer closes the connection when it likes;
 * we close it after a grace period if it does not.
 */
export function sendToPrinter(target: { host: string; port: number }, bytes: Uint8Array, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection({ host: target.host, port: target.port })
    let settled = false
    const settle = (error?: Error) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (error) {
        socket.destroy()
        reject(error)
      } else {
        resolve()
        setTimeout(() => socket.destroy(), 5_000).unref()
      }
    }
    const timer = setTimeout(() => settle(new Error(`No answer from ${target.host}:${target.port} within ${timeoutMs} ms`)), timeoutMs)
    socket.on("error", (e: NodeJS.ErrnoException) => settle(new Error(`${target.host}:${target.port}: ${e.code ?? e.message}`)))
    socket.once("connect", () => socket.end(Buffer.from(bytes), () => settle()))
    socket.on("close", () => settle(new Error(`${target.host}:${target.port} closed the connection before the job was sent`)))
  })
}
