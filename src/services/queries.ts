// The read-model queries the interactive layers (the wizard) read the store through. Reads only: every change goes
// through a service. The lint keeps src/wizard/ away from src/store/ (types aside); these are the reads it may make.
export { addressLabel, listAddresses, listLocations, type StoredAddress, type StoredLocation } from '../store/addresses.js';
export { getLimits, listAreas, listCountries, listSkus, type Sku } from '../store/catalog.js';
export { collectFigures, type StatusFigures } from '../store/figures.js';
export { gazetteerReader } from '../store/gazetteer.js';
export { licensesOfUsers, skuUnits, type SkuUnits } from '../store/licenses.js';
export { pendingCandidatesPage } from '../store/notifications.js';
export { countFree, queryNumbers, type NumberRow } from '../store/numbers.js';
export { listPlaces, type Place } from '../store/places.js';
export { queryUsers, resolveUsers, type ListedUser } from '../store/users.js';
