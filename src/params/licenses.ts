import { param } from './define.js';

export const Sku = param({
  name: 'Sku',
  flag: 'sku',
  aliases: ['SkuPartNumber', 'AccountSkuId'],
  kind: 'string',
  valueName: 'SKU',
  help: 'The SKU: MCOEV, MCOPSTN1, MCOPSTN2, MCOMEETADV, ENTERPRISEPREMIUM, MCOPSTNC (see get-license).',
});

export const AddLicenses = param({
  name: 'AddLicenses',
  flag: 'add-licenses',
  kind: 'list',
  valueName: 'SKU,SKU',
  help: 'SKUs to assign, e.g. MCOEV,MCOPSTN1 (Phone System first, or in the same request).',
});

export const RemoveLicenses = param({ name: 'RemoveLicenses', flag: 'remove-licenses', kind: 'list', valueName: 'SKU,SKU', help: 'SKUs to take away.' });
