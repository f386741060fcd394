// What address validation needs to know from the gazetteer; src/store/gazetteer.ts answers it from the store.

/** A country of the gazetteer. */
export interface GazCountryFacts {
  code: string;
  name: string;
  /** English-speaking: a street named only by a number needs its ordinal suffix (148th). */
  english: boolean;
  postalPattern: string;
  postalExample: string;
  /** The gazetteer lists this country's postal codes with their places (US ZIP codes). */
  hasPostalData: boolean;
}

/** A state or province with its other names. */
export interface GazStateFacts {
  code: string;
  name: string;
  aliases: readonly string[];
}

/** A place (city, town) of a state, with its coordinates. */
export interface GazPlace {
  state: string;
  name: string;
  latitude: number;
  longitude: number;
}

/** A postal code of a place. */
export interface GazPostalRow {
  code: string;
  state: string;
  city: string;
  latitude: number;
  longitude: number;
}

/** Read access to the gazetteer, by country. */
export interface GazetteerReader {
  /** Every country of the gazetteer (code and name). */
  countries(): readonly { code: string; name: string }[];
  country(code: string): GazCountryFacts | undefined;
  states(country: string): readonly GazStateFacts[];
  /** Places of one state (with the places known only from postal codes), or the cities of the whole country when state is undefined. */
  places(country: string, state?: string): readonly GazPlace[];
  /** The places a postal code belongs to. */
  postal(country: string, code: string): readonly GazPostalRow[];
  /** Some postal codes of a place, for hints. */
  postalCodesOf(country: string, state: string, city: string, limit: number): readonly string[];
}
