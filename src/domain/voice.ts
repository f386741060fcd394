// Set-CsOnlineVoiceUser rules (pure): given what the store knows about one request, the change to make or why not.

/** The user a request names, with what the rules check. */
export interface VoiceUserFacts {
  id: number;
  upn: string;
  usageLocation: string | null;
  hasPhoneSystem: boolean;
  hasCallingPlan: boolean;
  enterpriseVoice: boolean;
}

/** A number as the rules see it. */
export interface VoiceNumberFacts {
  id: number;
  digits: string;
  country: string;
  numberType: 'User' | 'Toll' | 'TollFree';
  /** The tenant owns it (acquired or ported in). */
  owned: boolean;
  /** Held in an active reservation of this tenant (not yet acquired). */
  reservedUntil: string | null;
  portPending: boolean;
  holderId: number | null;
  holderUpn: string | null;
  targetType: string | null;
  locationRow: number | null;
  originLocationRow: number | null;
}

/** An emergency location as the rules see it. */
export interface VoiceLocationFacts {
  row: number;
  locationId: string;
  country: string;
  validated: boolean;
}

/** One request: which parameters were given and what the store says about them. */
export interface VoiceRequestFacts {
  identity: string;
  user: VoiceUserFacts | undefined;
  /** -TelephoneNumber was given (possibly empty = remove). */
  numberGiven: boolean;
  /** The digits asked for; undefined when the number is to be removed. */
  digits: string | undefined;
  number: VoiceNumberFacts | undefined;
  /** The user's current number. */
  current: VoiceNumberFacts | undefined;
  locationGiven: string | undefined;
  location: VoiceLocationFacts | undefined;
  force: boolean;
}

/** What to do for one request. */
export type VoicePlan =
  | { status: 'failed'; errorId: string; message: string }
  | { status: 'unchanged'; message: string }
  | {
      status: 'plan';
      kind: 'assign' | 'remove' | 'location';
      userId: number;
      newNumberId: number | null;
      oldNumberId: number | null;
      locationRow: number | null;
      /** Another user who holds the number now (moved with -Force, or freed by another row of the batch). */
      holderId: number | null;
      holderUpn: string | null;
      message: string;
    };

const fail = (errorId: string, message: string): VoicePlan => ({ status: 'failed', errorId, message });

/** Checks the user may hold a number: Phone System (or E5) and a Calling Plan. */
function licenceProblem(u: VoiceUserFacts): VoicePlan | undefined {
  if (!u.hasPhoneSystem) {
    return fail('UserNotLicensed', `${u.upn} has no Phone System licence (MCOEV, or Office 365 E5); assign one with set-user-license first.`);
  }
  if (!u.hasCallingPlan) {
    return fail('UserNotLicensed', `${u.upn} has no Calling Plan (MCOPSTN1 or MCOPSTN2); assign one with set-user-license first.`);
  }
  return undefined;
}

/** Checks an emergency location against a number's country; US numbers need one. Returns the location row to use. */
function locationFor(f: VoiceRequestFacts, n: VoiceNumberFacts): { row: number | null } | VoicePlan {
  if (f.locationGiven !== undefined) {
    const l = f.location;
    if (!l) return fail('LocationNotFound', `there is no emergency location ${f.locationGiven} in this tenant.`);
    if (!l.validated)
      return fail('AddressNotValidated', `location ${l.locationId} belongs to an address that is not validated; validate it with test-address first.`);
    if (l.country !== n.country) {
      return fail('CountryMismatch', `location ${l.locationId} is in ${l.country}, but +${n.digits} is a ${n.country} number.`);
    }
    return { row: l.row };
  }
  if (n.country === 'US') {
    return fail('LocationRequired', `number +${n.digits} is a US number: give -LocationID (an emergency location of a validated US address).`);
  }
  // Outside the US the number came with the location of its reservation's address.
  if (n.originLocationRow === null) {
    return fail(
      'LocationRequired',
      `number +${n.digits} has no emergency location of its own: give -LocationID (a location of a validated ${n.country} address).`,
    );
  }
  return { row: n.originLocationRow };
}

/** Plans one Set-CsOnlineVoiceUser request. */
export function planVoiceRequest(f: VoiceRequestFacts): VoicePlan {
  const u = f.user;
  if (!u) return fail('UserNotFound', `there is no user '${f.identity}' in this tenant (give a UPN, sip: address or ObjectId).`);
  if (!f.numberGiven && f.locationGiven === undefined) {
    return fail('MissingParameter', 'give -TelephoneNumber (or $null to remove it) and/or -LocationID.');
  }

  // Remove the number ($null or empty).
  if (f.numberGiven && f.digits === undefined) {
    if (f.locationGiven !== undefined) return fail('InvalidValue', '-LocationID cannot be set while removing the number.');
    if (!f.current) return { status: 'unchanged', message: `${u.upn} has no number.` };
    return {
      status: 'plan',
      kind: 'remove',
      userId: u.id,
      newNumberId: null,
      oldNumberId: f.current.id,
      locationRow: null,
      holderId: null,
      holderUpn: null,
      message: `number +${f.current.digits} removed from ${u.upn}; it is an unassigned number of the tenant again.`,
    };
  }

  // Only the location of the current number.
  if (!f.numberGiven) {
    if (!f.current) return fail('NoNumberAssigned', `${u.upn} has no number, so there is no emergency location to set; give -TelephoneNumber too.`);
    const loc = locationFor(f, f.current);
    if ('status' in loc) return loc;
    if (loc.row === f.current.locationRow) return { status: 'unchanged', message: `${u.upn} already has that emergency location.` };
    return {
      status: 'plan',
      kind: 'location',
      userId: u.id,
      newNumberId: f.current.id,
      oldNumberId: f.current.id,
      locationRow: loc.row,
      holderId: null,
      holderUpn: null,
      message: `emergency location of +${f.current.digits} set to ${f.locationGiven}.`,
    };
  }

  // Assign a number.
  const digits = f.digits!;
  const lic = licenceProblem(u);
  if (lic) return lic;
  const n = f.number;
  if (!n || (!n.owned && n.reservedUntil === null)) {
    return fail('NumberNotFound', `number +${digits} is not a number of this tenant; acquire it first (reserve, then acquire).`);
  }
  if (!n.owned) return fail('NumberNotAcquired', `number +${digits} is only reserved (the hold ends at ${n.reservedUntil}); acquire it first.`);
  if (n.portPending)
    return fail('NumberPortPending', `number +${digits} is in a port order that has not completed; it can be assigned once the transfer is done.`);
  if (n.numberType !== 'User') {
    return fail(
      'NumberNotSubscriber',
      `number +${digits} is a service (${n.numberType === 'TollFree' ? 'toll-free' : 'toll'}) number; users get Subscriber numbers.`,
    );
  }
  if (!u.usageLocation) return fail('UsageLocationRequired', `${u.upn} has no usage location; set it to ${n.country} with set-user first.`);
  if (u.usageLocation !== n.country) {
    return fail('CountryMismatch', `${u.upn} has usage location ${u.usageLocation}, but +${digits} is a ${n.country} number.`);
  }
  if (n.targetType === 'caa') return fail('NumberAlreadyAssigned', `number +${digits} is assigned to a conferencing bridge.`);
  const loc = locationFor(f, n);
  if ('status' in loc) return loc;
  const heldByOther = n.holderId !== null && n.holderId !== u.id;
  if (!heldByOther && f.current?.id === n.id) {
    if (loc.row === n.locationRow && u.enterpriseVoice) return { status: 'unchanged', message: `${u.upn} already has +${digits}.` };
    return {
      status: 'plan',
      kind: 'location',
      userId: u.id,
      newNumberId: n.id,
      oldNumberId: n.id,
      locationRow: loc.row,
      holderId: null,
      holderUpn: null,
      message: `emergency location of +${digits} updated.`,
    };
  }
  const replaced = f.current ? `; its old number +${f.current.digits} goes back to the tenant's unassigned numbers` : '';
  const moved = heldByOther ? ` (moved from ${n.holderUpn}${f.force ? ' with -Force' : ''})` : '';
  return {
    status: 'plan',
    kind: 'assign',
    userId: u.id,
    newNumberId: n.id,
    oldNumberId: f.current?.id ?? null,
    locationRow: loc.row,
    holderId: heldByOther ? n.holderId : null,
    holderUpn: heldByOther ? n.holderUpn : null,
    message: `number +${digits} assigned to ${u.upn}${moved}${replaced}.`,
  };
}

/** What the batch found about a row that clashes with other rows or with the store (cross-row checks). */
export interface CrossRowFacts {
  upn?: string;
  digits?: string;
  /** The rows of the file that ask for the same user or number ("2, 5"). */
  rows?: string;
  holderUpn?: string;
}

/** The message of a row refused by a cross-row check (DuplicateUser, DuplicateNumber, NumberAlreadyAssigned). */
export function crossRowMessage(errorId: string, f: CrossRowFacts): string {
  switch (errorId) {
    case 'DuplicateUser':
      return `${f.upn} is in rows ${f.rows} of the file; give each user once.`;
    case 'DuplicateNumber':
      return `number +${f.digits} is asked for in rows ${f.rows}; a number goes to one user.`;
    case 'NumberAlreadyAssigned':
      return `number +${f.digits} is assigned to ${f.holderUpn}; add -Force to move it, or give ${f.holderUpn} another number in the same run.`;
    default:
      return `${errorId}.`;
  }
}
