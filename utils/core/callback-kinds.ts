import { z } from './zod';
import { callbackKinds } from './callback-kind-list';

export { callbackKinds, type CallbackKind } from './callback-kind-list';
export const callbackKindSchema = z.enum(callbackKinds);
