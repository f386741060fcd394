import { param } from './define.js';

export const TenantName = param({
  name: 'TenantName',
  flag: 'tenant-name',
  kind: 'string',
  valueName: 'NAME',
  help: 'Name of the tenant to create (default: Contoso on a new store).',
});

export const Catalog = param({
  name: 'Catalog',
  flag: 'catalog',
  kind: 'string',
  valueName: 'FILE',
  input: true,
  help: 'Load this provider catalog instead of the default (fixtures/catalog.json).',
});

export const Step = param({ name: 'Step', flag: 'step', kind: 'int', valueName: 'N', help: 'Walk only this step (1-5, in walking order), done or not.' });

export const Yes = param({
  name: 'Yes',
  flag: 'yes',
  aliases: ['y'],
  kind: 'switch',
  help: 'Accept every confirmation (save the address, apply the assignments, send, search again) without asking.',
});

export const Buy = param({
  name: 'Buy',
  flag: 'buy',
  kind: 'list',
  valueName: 'SKU=N,…',
  help: 'Licences: units to buy, e.g. MCOEV=10,MCOPSTN1=10; none buys nothing.',
});

export const Users = param({
  name: 'Users',
  flag: 'users',
  kind: 'list',
  valueName: 'U1,U2',
  help: 'Licences: the users to give Phone System and a Calling Plan (UPNs), all, or none.',
});

export const Licenses = param({
  name: 'Licenses',
  flag: 'licenses',
  kind: 'list',
  valueName: 'SKU,SKU',
  help: 'Licences: the Phone System SKU and the Calling Plan SKU to give, e.g. MCOEV,MCOPSTN1.',
});

export const Acquire = param({
  name: 'Acquire',
  flag: 'acquire',
  kind: 'list',
  valueName: 'all|N1,N2',
  help: 'Numbers: which reserved numbers to acquire (all, or a list); the rest go back.',
});

export const AssignUsers = param({
  name: 'AssignUsers',
  flag: 'assign-users',
  kind: 'list',
  valueName: 'U1,U2',
  help: 'Assign: the users to give a number (UPNs), all, or none.',
});

export const AssignNumbers = param({
  name: 'AssignNumbers',
  flag: 'assign-numbers',
  kind: 'list',
  valueName: 'next-free|N1,N2',
  help: 'Assign: next-free, or one number per user in the order of --assign-users.',
});
