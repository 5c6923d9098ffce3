import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Brackets } from "@medusajs/icons"
import { Badge, Button, CodeBlock, Container, Heading, Input, Table, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { sdk } from "../../lib/sdk"

type Schema = { $ref?: string; type?: string | string[]; properties?: Record<string, Schema>; required?: string[] } & Record<string, unknown>
type Parameter = { name: string; in: "path" | "query"; required: boolean; schema: Schema }
type Operation = {
  operationId: string
  tags: string[]
  summary?: string
  description?: string
  parameters: Parameter[]
  requestBody?: { content: { "application/json": { schema: Schema } } }
}
type Document = {
  info: { title: string; version: string; description: string }
  tags: { name: string; description?: string }[]
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, Schema> }
}

const DOCUMENT = "/admin/kassa/openapi.json"
const METHOD_COLOR = { get: "blue", post: "green", delete: "red", put: "orange", patch: "orange" } as const

/** A schema's type in a few characters: `integer 1–999`, `string sloc_…`, `object`. */
const typeOf = (s: Schema): string => {
  const type = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? (s.anyOf ? "one of several" : "any"))
  const range = [s.minimum ?? s.exclusiveMinimum, s.maximum].some((v) => v !== undefined) ? ` ${s.minimum ?? `>${s.exclusiveMinimum ?? ""}`}–${s.maximum ?? ""}` : ""
  const values = Array.isArray(s.enum) ? `: ${s.enum.join(", ")}` : ""
  return `${type}${range}${values}${s.format ? ` (${s.format})` : ""}`
}

const OperationDetails = ({ op, doc }: { op: Operation; doc: Document }) => {
  const ref = op.requestBody?.content["application/json"].schema.$ref
  const body = ref ? doc.components.schemas[ref.split("/").pop()!] : undefined
  return (
    <div className="flex flex-col gap-y-3 px-6 pb-4">
      {op.description && op.description !== op.summary && (
        <Text size="small" className="text-ui-fg-subtle">
          {op.description.replace(/`/g, "")}
        </Text>
      )}
      {op.parameters.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Parameter</Table.HeaderCell>
              <Table.HeaderCell>In</Table.HeaderCell>
              <Table.HeaderCell>Type</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {op.parameters.map((p) => (
              <Table.Row key={`${p.in}-${p.name}`}>
                <Table.Cell>
                  <span className="font-mono">{p.name}</span>
                  {p.required && <span className="text-ui-fg-error"> *</span>}
                </Table.Cell>
                <Table.Cell>{p.in}</Table.Cell>
                <Table.Cell>{typeOf(p.schema)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      {body && (
        <CodeBlock snippets={[{ label: `Body (${ref!.split("/").pop()})`, language: "json", code: JSON.stringify(body, null, 2) }]}>
          <CodeBlock.Header />
          <CodeBlock.Body />
        </CodeBlock>
      )}
      {!body && !op.parameters.length && (
        <Text size="small" className="text-ui-fg-muted">
          No parameters and no body.
        </Text>
      )}
    </div>
  )
}

/** Kassa's API as the server documents it (GET /admin/kassa/openapi.json): routes by plugin, each opening to its parameters and body. */
const ApiPage = () => {
  const [filter, setFilter] = useState("")
  const doc = useQuery({ queryKey: ["kassa", "openapi"], queryFn: () => sdk.client.fetch<Document>(DOCUMENT), staleTime: Infinity })
  if (doc.error) return <Container><Text className="text-ui-fg-error">{(doc.error as Error).message}</Text></Container>
  if (!doc.data) return <Container><Text size="small">Loading…</Text></Container>
  const needle = filter.trim().toLowerCase()
  const operations = Object.entries(doc.data.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })))
  const shown = operations.filter(({ path, method, op }) => !needle || `${method} ${path} ${op.summary ?? ""}`.toLowerCase().includes(needle))
  return (
    <div className="flex flex-col gap-y-3">
      <Container className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading>API</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {operations.length} routes of the Kassa plugins this server runs, with the request schemas it checks (OpenAPI 3.1).
            Other systems call them with a secret API key given a role (Settings › Secret API keys); selling at the counter needs a staff member's sign-in.
          </Text>
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          <Input size="small" type="search" placeholder="Filter routes" value={filter} onChange={(e) => setFilter(e.target.value)} />
          <Button size="small" variant="secondary" asChild>
            <a href={DOCUMENT} download="kassa-openapi.json">
              Download openapi.json
            </a>
          </Button>
        </div>
      </Container>
      {doc.data.tags.map((tag) => {
        const ofTag = shown.filter(({ op }) => op.tags.includes(tag.name))
        if (!ofTag.length) return null
        return (
          <Container key={tag.name} className="divide-y p-0">
            <div className="px-6 py-4">
              <Heading level="h2">{tag.name}</Heading>
              {tag.description && (
                <Text size="small" className="text-ui-fg-subtle">
                  {tag.description}
                </Text>
              )}
            </div>
            {ofTag.map(({ path, method, op }) => (
              <details key={op.operationId} className="group">
                <summary className="hover:bg-ui-bg-base-hover flex cursor-pointer list-none items-center gap-x-3 px-6 py-2">
                  <Badge size="2xsmall" color={METHOD_COLOR[method as keyof typeof METHOD_COLOR] ?? "grey"} className="w-14 justify-center uppercase">
                    {method}
                  </Badge>
                  <span className="txt-compact-small font-mono">{path}</span>
                  <Text size="small" className="text-ui-fg-subtle truncate">
                    {op.summary?.replace(/`/g, "")}
                  </Text>
                </summary>
                <OperationDetails op={op} doc={doc.data!} />
              </details>
            ))}
          </Container>
        )
      })}
    </div>
  )
}

export const config = defineRouteConfig({ label: "API", icon: Brackets })

export default ApiPage
