/**
 * Addresses a mail server refused for good (a 5xx): recorded once by the outbox, and from then on
 * no mail goes to that mailbox (in any letter case) and subscribing it again needs the operator.
 */
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import type { Database } from '../../db/index.ts';
import { DocketwatchError } from '../errors.ts';

/** A mail server refused this address for good; it is not subscribed again without the operator. */
export class BouncedAddressError extends DocketwatchError {
  constructor(email: string) {
    super(
      'EBOUNCED',
      `${email} was refused permanently by its mail server; nothing is sent to it (the operator can add it again with --confirmed)`,
    );
  }
}

/** The form two addresses are compared in: the same mailbox in any letter case is one subscriber. */
export function mailboxKey(email: string): string {
  return email.toLowerCase();
}

/** `email` column names the same mailbox as `email` (any letter case). */
export function sameMailbox(column: string, email: string): Expression<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) = ${mailboxKey(email)}`;
}

/** True when a mail server refused this mailbox for good. */
export async function isBounced(db: Kysely<Database>, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('bounced_addresses')
    .select('email')
    .where(sameMailbox('email', email))
    .executeTakeFirst();
  return row !== undefined;
}

/** Record a permanent refusal: the address and all its subscriptions get no more mail. */
export async function markBounced(
  trx: Kysely<Database>,
  email: string,
  responseCode: number | null,
  response: string | null,
  now: Date = new Date(),
): Promise<void> {
  const at = now.toISOString();
  await trx
    .insertInto('bounced_addresses')
    .values({ email, response_code: responseCode, response: response?.slice(0, 500) ?? null, bounced_at: at })
    .onConflict((oc) => oc.column('email').doNothing())
    .execute();
  await trx
    .updateTable('subscriptions')
    .set({ status: 'bounced', updated_at: at })
    .where(sameMailbox('email', email))
    .where('status', 'in', ['active', 'pending'])
    .execute();
}
