import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../config';
import { MailService } from './mail.service';

interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** An in-process SMTP server that keeps what it receives. */
async function startSmtp(): Promise<{ server: SMTPServer; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { server, port, received };
}

describe('MailService', () => {
  it('sends a templated message over SMTP', async () => {
    const smtp = await startSmtp();
    const mail = new MailService(
      loadConfig({ NODE_ENV: 'test', SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, MAIL_FROM: 'desk@firm.test' }),
    );
    try {
      await mail.send('client@example.org', 'system.test', { sentAt: '2026-11-25T10:00:00Z' });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0].from).toBe('desk@firm.test');
      expect(smtp.received[0].to).toEqual(['client@example.org']);
      expect(smtp.received[0].raw).toContain('Subject: PCR Desk test message');
      expect(smtp.received[0].raw).toContain('2026-11-25T10:00:00Z');
    } finally {
      mail.onModuleDestroy();
      await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
    }
  });

  it('writes to the dev outbox when no SMTP server is configured', async () => {
    const outbox = mkdtempSync(join(tmpdir(), 'pcr-outbox-'));
    const mail = new MailService(loadConfig({ NODE_ENV: 'development', MAIL_OUTBOX_DIR: outbox }));
    const sent = await mail.send('client@example.org', 'system.test', { sentAt: 'now' });
    expect(sent.outboxFile).toBeDefined();
    expect(readFileSync(sent.outboxFile as string, 'utf8')).toContain('PCR Desk test message');
  });
});
