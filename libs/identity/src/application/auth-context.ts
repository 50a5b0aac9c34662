/** Where a request came from, for throttling and the audit trail (ids only, no personal data). */
export interface RequestContext {
  ip: string;
  requestId: string;
}
