/**
 * Checks HTTP requests (and responses) against GitHub's published OpenAPI description, from the npm package
 * `@octokit/openapi` (`generated/api.github.com.json`, OpenAPI 3.0.3): the operation must exist for the method and
 * path, path and query parameters must fit their schemas, and a JSON body must validate against the operation's
 * `requestBody` schema. The JSON-schema validator here covers what GitHub's schemas use (type, nullable, enum,
 * properties, required, additionalProperties, items, oneOf/anyOf/allOf/not, lengths, bounds, pattern, $ref into
 * `#/components/…`) with OpenAPI 3.0's meaning of `nullable`.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { RecordedRequest } from './github-api.js'

/** Where `@octokit/openapi` keeps the description of api.github.com. */
export const SPEC_MODULE = '@octokit/openapi/generated/api.github.com.json'

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Schema = { [key: string]: Json }

interface Parameter {
  name: string
  in: 'path' | 'query' | 'header' | 'cookie'
  required?: boolean
  schema?: Schema
  'x-multi-segment'?: boolean
}

interface Operation {
  operationId?: string
  parameters?: Json[]
  requestBody?: Json
  responses?: { [status: string]: Json }
  deprecated?: boolean
}

interface PathTemplate {
  template: string
  regex: RegExp
  names: string[]
  /** Characters outside `{…}`: more is more specific. */
  literalLength: number
  item: { [method: string]: Json }
}

/** A parsed OpenAPI description with its path templates compiled. */
export interface LoadedSpec {
  file: string
  version: string
  document: { paths: { [path: string]: Json }; components?: { [kind: string]: Json } }
  templates: PathTemplate[]
}

/** The operation a method and path resolve to. */
export interface OperationMatch {
  template: string
  method: string
  operationId: string | undefined
  operation: Operation
  /** Path parameters, percent-decoded. */
  pathParams: Record<string, string>
  /** The operation's parameters with `$ref`s resolved. */
  parameters: Parameter[]
}

export interface SpecCheckOptions {
  spec?: LoadedSpec
  /**
   * Object properties that a schema does not declare (when it declares some and says nothing of
   * `additionalProperties`): `error` (default) reports them — GitHub ignores unknown fields, so a misspelt one
   * would silently do nothing; `ignore` accepts them as JSON Schema does.
   */
  unknownProperties?: 'error' | 'ignore'
  /**
   * `exactly-one` (default): JSON Schema's `oneOf`. `at-least-one` reads it as `anyOf`, for answers: the description
   * writes unions whose members accept the same body (a 409's basic-error and repository-rule-violation-error).
   */
  oneOf?: 'exactly-one' | 'at-least-one'
}

/** A request to check: method, path with optional query string, and the JSON body if any. */
export interface SpecRequest {
  method: string
  path: string
  body?: unknown
  /** The body as sent: when given and non-empty while `body` is undefined, the body was not JSON. */
  rawBody?: string
  headers?: Record<string, string>
}

export interface SpecResponse {
  method: string
  path: string
  status: number
  body?: unknown
}

const cache = new Map<string, LoadedSpec>()

/** The path of `@octokit/openapi`'s api.github.com description; throws saying how to install it when missing. */
export function defaultSpecFile(): string {
  try {
    return createRequire(import.meta.url).resolve(SPEC_MODULE)
  } catch (error) {
    throw new Error(
      `GitHub's OpenAPI description is not installed: cannot resolve ${SPEC_MODULE} ` +
        `(${(error as Error).message.split('\n')[0]}). Install the dev dependency: npm install --save-dev @octokit/openapi`,
    )
  }
}

/** Reads and compiles an OpenAPI description (default: {@link defaultSpecFile}); cached per file. */
export function loadSpec(file: string = defaultSpecFile()): LoadedSpec {
  const cached = cache.get(file)
  if (cached) return cached
  const document = JSON.parse(readFileSync(file, 'utf8')) as LoadedSpec['document'] & {
    info?: { version?: string }
  }
  if (typeof document !== 'object' || document === null || typeof document.paths !== 'object') {
    throw new Error(`${file} is not an OpenAPI description (no "paths")`)
  }
  const templates: PathTemplate[] = []
  for (const [template, item] of Object.entries(document.paths)) {
    if (!isObject(item)) continue
    const multiSegment = new Set<string>()
    for (const value of Object.values(item)) {
      if (!isObject(value) || !Array.isArray(value.parameters)) continue
      for (const raw of value.parameters) {
        const parameter = resolve(document, raw) as unknown as Parameter
        if (parameter.in === 'path' && parameter['x-multi-segment']) multiSegment.add(parameter.name)
      }
    }
    const names: string[] = []
    let literalLength = 0
    const source = template.replace(/\{([^}]+)\}|[^{]+/g, (part, name: string | undefined) => {
      if (name === undefined) {
        literalLength += part.length
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      }
      names.push(name)
      return multiSegment.has(name) ? '(.+)' : '([^/]+)'
    })
    templates.push({ template, regex: new RegExp(`^${source}$`), names, literalLength, item })
  }
  templates.sort((a, b) => b.literalLength - a.literalLength)
  const loaded: LoadedSpec = {
    file,
    version: String(document.info?.version ?? 'unknown'),
    document,
    templates,
  }
  cache.set(file, loaded)
  return loaded
}

/**
 * The operation for a method and path (query string ignored), or the reason there is none. Among templates that
 * match, the most specific one whose path parameters fit their schemas wins. `/repositories/{id}/…` is read as
 * `/repos/{owner}/{repo}/…`, the same endpoint addressed by repository id (GitHub's pagination links use it).
 */
export function findOperation(
  method: string,
  path: string,
  spec: LoadedSpec = loadSpec(),
): { match: OperationMatch } | { problem: string } {
  const pathname = normalizePath(path)
  const verb = method.toLowerCase()
  const candidates = spec.templates.filter((template) => template.regex.test(pathname))
  if (candidates.length === 0)
    return { problem: `no operation in the OpenAPI description has the path ${pathname}` }
  let firstProblem: string | undefined
  for (const candidate of candidates) {
    const operation = candidate.item[verb]
    if (!isObject(operation)) continue
    const values = candidate.regex.exec(pathname)!.slice(1)
    const pathParams: Record<string, string> = {}
    candidate.names.forEach((name, i) => {
      pathParams[name] = safeDecode(values[i]!)
    })
    const parameters = ((operation.parameters as Json[] | undefined) ?? []).map(
      (raw) => resolve(spec.document, raw) as unknown as Parameter,
    )
    const problems: string[] = []
    for (const parameter of parameters) {
      if (parameter.in !== 'path') continue
      const value = pathParams[parameter.name]
      if (value === undefined) continue
      problems.push(...checkParameterValue(parameter, value, spec))
    }
    const match: OperationMatch = {
      template: candidate.template,
      method: method.toUpperCase(),
      operationId: (operation as Operation).operationId,
      operation: operation as Operation,
      pathParams,
      parameters,
    }
    if (problems.length === 0) return { match }
    firstProblem ??= `${method.toUpperCase()} ${candidate.template}: ${problems.join('; ')}`
  }
  if (firstProblem) return { problem: firstProblem }
  const methods = [
    ...new Set(candidates.flatMap((c) => Object.keys(c.item).filter((k) => HTTP_METHODS.has(k)))),
  ]
  return {
    problem:
      `no ${method.toUpperCase()} operation for ${pathname} (${candidates[0]!.template} has ` +
      `${methods.map((m) => m.toUpperCase()).join(', ') || 'no operations'})`,
  }
}

/**
 * Problems with a request by GitHub's OpenAPI description (empty when it fits): the operation exists for the
 * method and path; path and query parameters fit; a JSON body is sent when required, not sent when the operation
 * takes none, and validates against `requestBody.content['application/json'].schema`.
 */
export function checkRequestAgainstSpec(request: SpecRequest, options: SpecCheckOptions = {}): string[] {
  const spec = options.spec ?? loadSpec()
  const found = findOperation(request.method, request.path, spec)
  if ('problem' in found) return [found.problem]
  const { match } = found
  const problems: string[] = []

  const query = new URLSearchParams(
    request.path.includes('?') ? request.path.slice(request.path.indexOf('?')) : '',
  )
  const queryParameters = match.parameters.filter((parameter) => parameter.in === 'query')
  for (const name of new Set(query.keys())) {
    const parameter = queryParameters.find((candidate) => candidate.name === name)
    if (!parameter) {
      problems.push(`query parameter "${name}" is not a parameter of ${match.operationId ?? match.template}`)
      continue
    }
    for (const value of query.getAll(name)) problems.push(...checkParameterValue(parameter, value, spec))
  }
  for (const parameter of queryParameters) {
    if (parameter.required && !query.has(parameter.name)) {
      problems.push(`required query parameter "${parameter.name}" is missing`)
    }
  }

  const requestBody = match.operation.requestBody && resolve(spec.document, match.operation.requestBody)
  const hasBody = request.body !== undefined
  if (!hasBody && request.rawBody !== undefined && request.rawBody !== '') {
    problems.push('request body is not JSON')
  } else if (!hasBody) {
    if (isObject(requestBody) && requestBody.required === true)
      problems.push('request body is required but missing')
  } else if (!isObject(requestBody)) {
    problems.push(`${match.operationId ?? match.template} takes no request body, but one was sent`)
  } else {
    const content = isObject(requestBody.content) ? requestBody.content : {}
    const json = content['application/json']
    if (!isObject(json)) {
      problems.push(`${match.operationId} takes ${Object.keys(content).join(', ') || 'no'} bodies, not JSON`)
    } else {
      const contentType = request.headers?.['content-type']
      if (contentType !== undefined && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
        problems.push(`content-type is ${contentType}, not application/json`)
      }
      if (isObject(json.schema)) {
        problems.push(
          ...validateAgainstSchema(request.body, json.schema, spec, { ...options, where: 'request body' }),
        )
      }
    }
  }
  return problems
}

/**
 * Problems with a response by GitHub's OpenAPI description: the status is documented for the operation (or a
 * `default` response is), and a JSON body validates against the documented schema.
 */
export function checkResponseAgainstSpec(response: SpecResponse, options: SpecCheckOptions = {}): string[] {
  const spec = options.spec ?? loadSpec()
  const found = findOperation(response.method, response.path, spec)
  if ('problem' in found) return [found.problem]
  const { match } = found
  const responses = match.operation.responses ?? {}
  const documented = responses[String(response.status)] ?? responses.default
  if (documented === undefined) {
    return [
      `${match.operationId}: status ${response.status} is not documented (documented: ${Object.keys(responses).join(', ')})`,
    ]
  }
  const resolved = resolve(spec.document, documented)
  const content = isObject(resolved) && isObject(resolved.content) ? resolved.content : {}
  const json = content['application/json']
  if (response.body === undefined || !isObject(json) || !isObject(json.schema)) return []
  return validateAgainstSchema(response.body, json.schema, spec, {
    ...options,
    where: `${response.status} response body`,
  })
}

/** {@link checkRequestAgainstSpec} for the API requests a test server recorded, each problem prefixed by the request. */
export function checkRecordedRequests(requests: RecordedRequest[], options: SpecCheckOptions = {}): string[] {
  return requests
    .filter((request) => request.kind === 'api')
    .flatMap((request) =>
      checkRequestAgainstSpec(request, options).map(
        (problem) => `${request.method} ${request.path}: ${problem}`,
      ),
    )
}

/**
 * Statuses GitHub sends on any endpoint though the description does not list them for each operation: its rate limits
 * (403 with `x-ratelimit-remaining: 0`, 429) and server errors. A test may inject them ({@link RecordedRequest.injected});
 * the stand-in itself must answer as the description says.
 */
export const INJECTABLE_FAULT_STATUSES: readonly number[] = [403, 429, 500, 502, 503, 504]

/**
 * {@link checkRecordedRequests}, and each API answer checked with {@link checkResponseAgainstSpec}: the stand-in's
 * own answers must be ones GitHub documents. An injected answer may have a status of
 * {@link INJECTABLE_FAULT_STATUSES} the operation does not list; any other it must document, body included.
 */
export function checkRecordedExchanges(
  requests: RecordedRequest[],
  options: SpecCheckOptions = {},
): string[] {
  const responses = requests
    .filter((request) => request.kind === 'api' && request.status !== 0)
    .flatMap((request) => {
      const body = withoutErrorStatus(request.responseBody, request.status)
      const problems = checkResponseAgainstSpec(
        { method: request.method, path: request.path, status: request.status, body },
        { oneOf: 'at-least-one', ...options },
      )
      const allowed = request.injected && INJECTABLE_FAULT_STATUSES.includes(request.status)
      return problems
        .filter((problem) => !(allowed && problem.includes(`status ${request.status} is not documented`)))
        .map((problem) => `${request.method} ${request.path} → ${request.status}: ${problem}`)
    })
  return [...checkRecordedRequests(requests, options), ...responses]
}

/**
 * An error body without its `status` (`"422"`), which GitHub's error answers carry though the description's
 * validation-error schema does not declare it.
 */
function withoutErrorStatus(body: unknown, status: number): unknown {
  if (status < 400 || !isObject(body) || body.status !== String(status)) return body
  return Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'status'))
}

// ---------------------------------------------------------------------------------------------------------------
// JSON schema (OpenAPI 3.0 dialect)
// ---------------------------------------------------------------------------------------------------------------

export interface ValidateOptions extends SpecCheckOptions {
  /** Prefix of each problem, e.g. `request body`. */
  where?: string
}

/** Problems of `value` against an OpenAPI 3.0 schema, `$ref`s resolved in `spec`; each names a JSON pointer. */
export function validateAgainstSchema(
  value: unknown,
  schema: Json,
  spec: LoadedSpec,
  options: ValidateOptions = {},
): string[] {
  const problems: string[] = []
  const where = options.where ?? 'value'
  validate(value, schema, '', {
    spec,
    strict: (options.unknownProperties ?? 'error') === 'error',
    oneOfAsAnyOf: options.oneOf === 'at-least-one',
    report: (pointer, message) => problems.push(`${where}${pointer ? ` at ${pointer}` : ''}: ${message}`),
  })
  return problems
}

interface Validation {
  spec: LoadedSpec
  strict: boolean
  oneOfAsAnyOf: boolean
  report: (pointer: string, message: string) => void
}

function validate(value: unknown, rawSchema: Json, pointer: string, v: Validation, strict = v.strict): void {
  const schema = resolve(v.spec.document, rawSchema)
  if (schema === true || schema === undefined) return
  if (schema === false) return v.report(pointer, 'no value is allowed here')
  if (!isObject(schema)) return

  if (value === null && (schema.nullable === true || typeIncludes(schema.type, 'null'))) return
  if (schema.enum !== undefined && Array.isArray(schema.enum)) {
    if (!schema.enum.some((option) => deepEqual(option, value))) {
      // `nullable` with an enum that lacks null still allows null (handled above).
      v.report(
        pointer,
        `${show(value)} is not one of ${schema.enum.map((option) => show(option)).join(', ')}`,
      )
      return
    }
  }
  if ('const' in schema && !deepEqual(schema.const, value)) {
    v.report(pointer, `${show(value)} is not ${show(schema.const)}`)
    return
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string]
    if (!types.some((type) => hasType(value, type))) {
      v.report(
        pointer,
        `${show(value)} is not of type ${types.join(' or ')}${value === null ? ' (not nullable)' : ''}`,
      )
      return
    }
  }

  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) {
      v.report(pointer, `shorter than ${schema.minLength} characters`)
    }
    if (typeof schema.maxLength === 'number' && [...value].length > schema.maxLength) {
      v.report(pointer, `longer than ${schema.maxLength} characters`)
    }
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
      v.report(pointer, `${show(value)} does not match /${schema.pattern}/`)
    }
    if (
      schema.format === 'date-time' &&
      !/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/.test(value)
    ) {
      v.report(pointer, `${show(value)} is not an RFC 3339 date-time`)
    }
    if (schema.format === 'uri' && !URL.canParse(value)) v.report(pointer, `${show(value)} is not a URI`)
  }
  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum)
      v.report(pointer, `less than ${schema.minimum}`)
    if (typeof schema.maximum === 'number' && value > schema.maximum)
      v.report(pointer, `more than ${schema.maximum}`)
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) {
      v.report(pointer, `fewer than ${schema.minItems} items`)
    }
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) {
      v.report(pointer, `more than ${schema.maxItems} items`)
    }
    if (
      schema.uniqueItems === true &&
      value.some((item, i) => value.findIndex((o) => deepEqual(o, item)) !== i)
    ) {
      v.report(pointer, 'items are not unique')
    }
    if (schema.items !== undefined) {
      value.forEach((item, i) => validate(item, schema.items!, `${pointer}/${i}`, v))
    }
  }
  if (isObject(value)) {
    const properties = isObject(schema.properties) ? schema.properties : {}
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : []
    for (const name of required) {
      // A property set to undefined is absent, as it is once serialized to JSON.
      if (value[name] === undefined) v.report(pointer, `missing required property "${name}"`)
    }
    const known = knownProperties(schema, v.spec)
    for (const [name, item] of Object.entries(value)) {
      if (item === undefined) continue
      const child = `${pointer}/${escapePointer(name)}`
      if (name in properties) validate(item, properties[name]!, child, v)
      else if (schema.additionalProperties === false) v.report(pointer, `property "${name}" is not allowed`)
      else if (isObject(schema.additionalProperties)) validate(item, schema.additionalProperties, child, v)
      else if (strict && schema.additionalProperties === undefined && known && !known.has(name)) {
        v.report(pointer, `unknown property "${name}" (known: ${[...known].join(', ')})`)
      }
    }
    if (typeof schema.minProperties === 'number' && Object.keys(value).length < schema.minProperties) {
      v.report(pointer, `fewer than ${schema.minProperties} properties`)
    }
  }

  // Combinators: members are checked without the unknown-property rule, which the aggregate check above covers.
  if (Array.isArray(schema.allOf)) {
    for (const member of schema.allOf) validate(value, member, pointer, v, false)
  }
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const oneOf = Array.isArray(schema.oneOf)
    const branches = (oneOf ? schema.oneOf : schema.anyOf) as Json[]
    const outcomes = branches.map((branch) => {
      const found: string[] = []
      validate(
        value,
        branch,
        pointer,
        { ...v, report: (at, message) => found.push(`${at || '/'}: ${message}`) },
        false,
      )
      return found
    })
    const passing = outcomes.filter((found) => found.length === 0).length
    const keyword = oneOf ? 'oneOf' : 'anyOf'
    if (passing === 0) {
      const closest = outcomes.reduce((best, found) => (found.length < best.length ? found : best))
      v.report(
        pointer,
        `matches none of the ${branches.length} ${keyword} schemas (closest: ${closest.slice(0, 3).join('; ')})`,
      )
    } else if (oneOf && passing > 1 && !v.oneOfAsAnyOf) {
      v.report(pointer, `matches ${passing} of the oneOf schemas, not exactly one`)
    }
  }
  if (schema.not !== undefined) {
    const found: string[] = []
    validate(value, schema.not, pointer, { ...v, report: (_at, message) => found.push(message) }, false)
    if (found.length === 0) v.report(pointer, 'matches a schema it must not')
  }
}

/**
 * The property names an object schema declares, its own and its `allOf`/`anyOf`/`oneOf` members' (so a property
 * of a branch is not called unknown); undefined when it declares none, or a member allows any.
 */
function knownProperties(schema: Schema, spec: LoadedSpec, depth = 0): Set<string> | undefined {
  const names = new Set<string>()
  let declares = false
  if (isObject(schema.properties)) {
    declares = true
    for (const name of Object.keys(schema.properties)) names.add(name)
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const members = schema[keyword]
    if (!Array.isArray(members) || depth > 8) continue
    for (const raw of members) {
      const member = resolve(spec.document, raw)
      if (!isObject(member)) continue
      if (member.additionalProperties !== undefined && member.additionalProperties !== false) return undefined
      const inner = knownProperties(member, spec, depth + 1)
      if (inner) {
        declares = true
        for (const name of inner) names.add(name)
      }
    }
  }
  return declares ? names : undefined
}

function checkParameterValue(parameter: Parameter, text: string, spec: LoadedSpec): string[] {
  const schema = parameter.schema ? resolve(spec.document, parameter.schema) : undefined
  if (!isObject(schema)) return []
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  let value: unknown = text
  if ((type === 'integer' || type === 'number') && /^-?\d+(?:\.\d+)?$/.test(text)) value = Number(text)
  else if (type === 'boolean' && (text === 'true' || text === 'false')) value = text === 'true'
  else if (type === 'array') value = text.split(',')
  return validateAgainstSchema(value, schema, spec, {
    where: `${parameter.in} parameter "${parameter.name}"`,
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])

/** Follows `$ref`s (`#/…` JSON pointers into the document) until a value without one. */
function resolve(document: LoadedSpec['document'], value: Json | undefined): Json | undefined {
  let current = value
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`$ref loop at ${current.$ref}`)
    const ref = current.$ref
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported, not ${ref}`)
    let target: Json | undefined = document as unknown as Json
    for (const part of ref.slice(2).split('/')) {
      const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')
      target = isObject(target) ? target[key] : undefined
      if (target === undefined) throw new Error(`$ref ${ref} points at nothing`)
    }
    current = target
  }
  return current
}

function normalizePath(path: string): string {
  const pathname = path.split('?')[0]!.split('#')[0]!
  return pathname.replace(/^\/repositories\/\d+(?=\/)/, '/repos/{owner}/{repo}')
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string'
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'array':
      return Array.isArray(value)
    case 'object':
      return isObject(value)
    case 'null':
      return value === null
    default:
      return true
  }
}

function typeIncludes(type: Json | undefined, name: string): boolean {
  return type === name || (Array.isArray(type) && type.includes(name))
}

function isObject(value: unknown): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]))
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]))
  }
  return false
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value)
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

function escapePointer(name: string): string {
  return name.replace(/~/g, '~0').replace(/\//g, '~1')
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
