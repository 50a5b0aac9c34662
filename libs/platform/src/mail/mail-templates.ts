/**
 * Mail templates: one function per message, plain text and HTML from the same data. Later issues
 * add theirs here (order received, report ready, ...). Values are escaped for HTML.
 */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function layout(title: string, paragraphs: string[]): RenderedMail {
  return {
    subject: title,
    text: paragraphs.join('\n\n'),
    html: `<!doctype html><html><body><h1>${escapeHtml(title)}</h1>${paragraphs
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('')}</body></html>`,
  };
}

export const MAIL_TEMPLATES = {
  /** Proves the mail path end to end (sent by tests and by operators checking SMTP settings). */
  'system.test': (data: { sentAt: string }) =>
    layout('PCR Desk test message', [`This is a test message sent at ${data.sentAt}.`, 'No action is needed.']),
  /** The daily audit checkpoint (libs/audit): sequence and head hash only, no personal data. */
  'audit.checkpoint': (data: { day: string; seq: number; headHash: string; createdAt: string }) =>
    layout(`PCR Desk audit checkpoint ${data.day}`, [
      `Audit checkpoint recorded at ${data.createdAt}.`,
      `Sequence: ${data.seq}`,
      `Head hash: ${data.headHash}`,
      'Keep this message. If the audit trail is ever verified and its seal at this sequence does not carry ' +
        'this hash, or the trail ends before it, the trail was changed after this checkpoint.',
    ]),
} satisfies Record<string, (data: never) => RenderedMail>;

export type MailTemplateName = keyof typeof MAIL_TEMPLATES;
export type MailTemplateData<N extends MailTemplateName> = Parameters<(typeof MAIL_TEMPLATES)[N]>[0];
