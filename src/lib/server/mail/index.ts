// Mail: sending email (or keeping it in the district's outbox without SMTP) and reading the outbox.
export { send, smtpConfigured, type Message } from './send';
export { getMail, listMails, mailsOfMeeting } from './queries';
export { markMailSent, resendMail } from './commands';
export { mails, MAIL_KINDS, MAIL_STATUSES, type MailKind, type MailStatus } from './schema';
