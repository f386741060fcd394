// A GazetteerReader over a copy of the template store (the shipped gazetteer), for validation tests.
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import type { AddressFields } from '../../src/domain/address/fields.js';
import { emptyAddress } from '../../src/domain/address/fields.js';
import type { GazetteerReader } from '../../src/domain/address/gazetteer.js';
import { gazetteerReader } from '../../src/store/gazetteer.js';
import { newStore } from '../helpers/store.js';

/** The shipped gazetteer, read from a test store (closed after the file's tests). */
export function realGazetteer(): GazetteerReader {
  const db = new Database(newStore(), { readonly: true });
  afterAll(() => db.close());
  return gazetteerReader(db);
}

/** An address with CompanyName Contoso and the given fields. */
export function address(fields: Partial<AddressFields>): AddressFields {
  return { ...emptyAddress(), companyName: 'Contoso', ...fields };
}
