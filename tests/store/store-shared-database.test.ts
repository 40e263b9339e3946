/**
 * Several stores in one PostgreSQL database (a schema each, as tests and some deployments keep
 * them): one store's schema being dropped must not fail another store's migration. kysely's stock
 * introspector looked every schema up by name and failed with "schema … does not exist".
 */
import { sql } from 'kysely';
import pg from 'pg';
import { expect, it } from 'vitest';
import { openDatabase } from '../../db/index.ts';
import { MIGRATIONS } from '../../db/migrations/index.ts';
import { describeDialect, freshTarget, POSTGRES_URL } from '../support/db.ts';

describeDialect('postgres', 'stores sharing a PostgreSQL database', () => {
  it('migrates while other stores are created and dropped beside it', async () => {
    const churn = new pg.Client({ connectionString: POSTGRES_URL });
    await churn.connect();
    let stop = false;
    const churning = (async () => {
      for (let i = 0; !stop && i < 2000; i++) {
        const name = `churn_${process.pid}_${i}`;
        await churn.query(`create schema "${name}"`);
        await churn.query(`create table "${name}".t (id serial primary key, a text, b text, c text)`);
        await churn.query(`drop schema "${name}" cascade`);
      }
    })();
    try {
      for (let n = 0; n < 12; n++) {
        const store = await openDatabase(freshTarget('postgres'));
        const { rows } = await sql<{ n: string }>`select count(*) as n from kysely_migration`.execute(
          store.db,
        );
        await store.close();
        expect(Number(rows[0]!.n)).toBe(Object.keys(MIGRATIONS).length);
      }
    } finally {
      stop = true;
      await churning;
      await churn.end();
    }
  });
});
