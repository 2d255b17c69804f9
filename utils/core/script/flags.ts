import { z } from '../zod';
import { flagSeverities, scriptFlags } from './flag-info';

export { flagInfo, flagSeverities, scriptFlags, type FlagInfo, type FlagSeverity, type ScriptFlag } from './flag-info';
export const scriptFlagSchema = z.enum(scriptFlags);
/** How urgent an escalation is: conduct violations weigh more than dissatisfaction (utils/core/rules/escalations.ts). */
export const flagSeveritySchema = z.enum(flagSeverities);
