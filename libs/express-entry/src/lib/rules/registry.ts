/** The rules versions the default engine knows, oldest first. Add new versions at the end. */
import type { RulesVersion } from './rules-types';
import { RULES_2024_06_03 } from './versions/v2024-06-03';
import { RULES_2025_03_25 } from './versions/v2025-03-25';
import { RULES_2025_07_07 } from './versions/v2025-07-07';

export const defaultRulesVersions: readonly RulesVersion[] = [RULES_2024_06_03, RULES_2025_03_25, RULES_2025_07_07];
