import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config';
import { MAIL_TEMPLATES, type MailTemplateData, type MailTemplateName, type RenderedMail } from './mail-templates';

export interface SentMail {
  messageId: string;
  /** Where a development message was written, when there is no SMTP server. */
  outboxFile?: string;
}

/**
 * Sends templated mail over SMTP. In development with no SMTP_URL, messages are written as .eml
 * files to the dev outbox (MAIL_OUTBOX_DIR) instead, so nothing is lost and nothing leaves.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly transport: Transporter;
  private readonly outboxDir: string | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.mail.smtpUrl) {
      this.transport = createTransport(config.mail.smtpUrl);
      this.outboxDir = null;
    } else {
      this.transport = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
      this.outboxDir = resolve(config.mail.outboxDir);
    }
  }

  async send<N extends MailTemplateName>(to: string, template: N, data: MailTemplateData<N>): Promise<SentMail> {
    // TypeScript cannot tie the template to its data type through the generic key; MailTemplateData<N> does.
    const render = MAIL_TEMPLATES[template] as (input: MailTemplateData<N>) => RenderedMail;
    const rendered = render(data);
    const info = (await this.transport.sendMail({ from: this.config.mail.from, to, ...rendered })) as {
      messageId: string;
      message?: Buffer;
    };
    if (this.outboxDir === null || !info.message) return { messageId: info.messageId };
    mkdirSync(this.outboxDir, { recursive: true });
    const file = join(this.outboxDir, `${Date.now()}-${template}.eml`);
    writeFileSync(file, info.message);
    return { messageId: info.messageId, outboxFile: file };
  }

  onModuleDestroy(): void {
    this.transport.close();
  }
}
