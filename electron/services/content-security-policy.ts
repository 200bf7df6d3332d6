/**
 * The renderer's Content Security Policy, sent as a header by both hosts and
 * repeated in renderer/index.html's <meta> tag (a test keeps the two equal). Monaco needs
 * inline styles and blob workers; pdf.js (citation sources) needs only its worker file from
 * 'self' and runs without eval. Nothing else is loosened.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** As a header the policy can also forbid framing, which a <meta> tag cannot express. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
