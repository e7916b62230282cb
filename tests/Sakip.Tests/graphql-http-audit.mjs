// Runs the GraphQL Foundation's GraphQL-over-HTTP server audits (npm graphql-http, pinned by package-lock.json)
// against the endpoint given as the only argument, and prints one JSON object a line per audit:
// {"id":..., "name":..., "status":"ok"|"warn"|"error", "reason":...}. The xunit test GraphQLHttpAuditTests reads them.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node graphql-http-audit.mjs <graphql endpoint url>');
  process.exit(2);
}
const results = await auditServer({ url });
for (const { id, name, status, reason } of results) {
  console.log(JSON.stringify({ id, name, status, reason: reason ?? null }));
}
