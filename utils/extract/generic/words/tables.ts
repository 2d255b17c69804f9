// Every language's field-word table by its BCP 47 tag (zh-TW, sr-Cyrl…): the data of ./index.ts. The content script's
// build replaces this module with an empty one (wxt.config.ts) and gets the tables from the background
// (docs/adapters.md, "How the world's words reach the content script").
import { AFRICA } from './africa';
import { EUROPE_WEST } from './europe-west';
import { EAST_ASIA } from './east-asia';
import { EUROPE_EAST } from './europe-east';
import { EUROPE_NORTH } from './europe-north';
import { MIDDLE_EAST_CENTRAL_ASIA } from './middle-east';
import { SOUTH_ASIA } from './south-asia';
import { SOUTHEAST_ASIA } from './southeast-asia';
import type { WordTable } from './index';
import { withCyrillicOf } from './serbian-script';

export const WORLD_WORDS: Record<string, WordTable> = {
  ...EUROPE_WEST,
  ...EUROPE_NORTH,
  ...EUROPE_EAST,
  ...MIDDLE_EAST_CENTRAL_ASIA,
  ...SOUTH_ASIA,
  ...SOUTHEAST_ASIA,
  ...EAST_ASIA,
  ...AFRICA,
  'sr-Cyrl': withCyrillicOf(EUROPE_EAST['sr-Cyrl'] ?? {}, EUROPE_EAST.hr ?? {}),
};
