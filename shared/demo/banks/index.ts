import { AEROSPACE } from './aerospace';
import { MODERN_AGRICULTURE } from './agriculture';
import { BIOMEDICINE } from './biomedicine';
import { DIGITAL_CREATIVE } from './creative';
import { INFORMATION_TECHNOLOGY } from './digital';
import { NEW_ENERGY } from './energy';
import { ENVIRONMENTAL } from './environment';
import { HIGH_END_EQUIPMENT } from './equipment';
import { NEW_MATERIALS } from './materials';
import { NEW_ENERGY_VEHICLES } from './vehicles';
import type { DemoField, FieldBank } from './types';

export type { AchievementItem, DemoField, FieldBank, NeedItem, Topic } from './types';

/** In the order of FIELDS, so the fair reads in the order organisers report it. */
export const FIELD_BANKS: readonly FieldBank[] = [
  INFORMATION_TECHNOLOGY,
  BIOMEDICINE,
  NEW_MATERIALS,
  HIGH_END_EQUIPMENT,
  NEW_ENERGY,
  NEW_ENERGY_VEHICLES,
  ENVIRONMENTAL,
  DIGITAL_CREATIVE,
  MODERN_AGRICULTURE,
  AEROSPACE,
];

export const DEMO_FIELDS: readonly DemoField[] = FIELD_BANKS.map((b) => b.field);
