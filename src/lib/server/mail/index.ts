// Mail: sending email (or keeping it in the district's outbox without SMTP) and reading the outbox.
export { send, type Message } from './send';
export { listMails } from './queries';
export { mails, MAIL_STATUSES, type MailStatus } from './schema';
