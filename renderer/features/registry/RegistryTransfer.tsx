import type { RegistryKind } from '../../db/recordKinds';

/** Import and export buttons of a list: wired to the spreadsheet feature. */
export const RegistryTransfer = (_props: { kind: RegistryKind; eventId: string }) => null;
