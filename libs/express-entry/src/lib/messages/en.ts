/** English sentences for every code the engine reports. Translate this file to add a locale. */
import type { MessageCatalogue } from './catalogue';

export const EN: MessageCatalogue = {
  reasons: {
    NO_VALID_LANGUAGE_TEST: 'There is no language test result less than two years old on the assessment date.',
    INTENDS_TO_LIVE_IN_QUEBEC:
      'Candidates who plan to live in Quebec cannot use this federal program; Quebec selects its own immigrants.',
    CEC_INSUFFICIENT_CANADIAN_EXPERIENCE:
      'Less than one year (1,560 hours) of countable skilled work in Canada in the last three years; work as a full-time student, self-employment and hours above 30 a week do not count.',
    CEC_LANGUAGE_BELOW_THRESHOLD:
      'Not enough of the Canadian work meets the language level: TEER 0 or 1 jobs need CLB 7 and TEER 2 or 3 jobs need CLB 5 in every ability.',
    FSW_LANGUAGE_BELOW_CLB7: 'The first official language is below CLB 7 in at least one ability.',
    FSW_INSUFFICIENT_SKILLED_EXPERIENCE:
      'No continuous year (1,560 hours) of skilled work in one occupation within the last ten years.',
    FSW_NO_EDUCATION_CREDENTIAL: 'A secondary or post-secondary credential (with an ECA if foreign) is required.',
    FSW_GRID_BELOW_67: 'The Federal Skilled Worker selection grid totals less than 67 of 100 points.',
    FST_LANGUAGE_BELOW_THRESHOLD:
      'No valid test reaches CLB 5 in speaking and listening and CLB 4 in reading and writing.',
    FST_INSUFFICIENT_TRADE_EXPERIENCE:
      'Less than two years (3,120 hours) of work in one eligible skilled trade within the last five years.',
    FST_NO_JOB_OFFER_OR_CERTIFICATE:
      'A valid job offer or a Canadian certificate of qualification in the qualifying trade is required.',
    INSUFFICIENT_FUNDS: 'The available settlement funds are below the amount required for the family size.',
  },
  notes: {
    LANGUAGE_TEST_EXPIRED: 'The {test} result of {date} is two or more years old and no longer counts.',
    SPOUSE_LANGUAGE_TEST_EXPIRED: "The spouse's {test} result of {date} is two or more years old and no longer counts.",
    JOB_OFFER_NO_CRS_POINTS_SINCE_2025_03_25:
      'Job offers have not earned CRS points since 2025-03-25; the offer still counts for FSW and for proof-of-funds exemption.',
    RULES_MAY_BE_OUTDATED:
      'A CRS change reportedly took effect on 2026-11-03 whose point values are not confirmed; this result uses the rules in force before it.',
  },
  levers: {
    LANGUAGE_ABILITY_UP: 'One more CLB level in one ability',
    FIRST_LANGUAGE_CLB7: 'CLB 7 in every ability of the first official language',
    FIRST_LANGUAGE_CLB9: 'CLB 9 in every ability of the first official language',
    SECOND_LANGUAGE_NCLC7: 'A second official language at level 7 in every ability',
    CANADIAN_WORK_YEAR: 'Another year of work in the current Canadian job',
    EDUCATION_LEVEL_UP: 'A further education credential',
    SPOUSE_LANGUAGE_ABILITY_UP: "One more level in one ability of the spouse's test",
    SPOUSE_LANGUAGE_CLB9: "CLB 9 in every ability of the spouse's test",
    PROVINCIAL_NOMINATION: 'A provincial or territorial nomination',
  },
  causes: {
    BIRTHDAY: 'A birthday changes the age points',
    LANGUAGE_TEST_EXPIRES: 'A language test result expires',
    SPOUSE_LANGUAGE_TEST_EXPIRES: "The spouse's language test result expires",
    CANADIAN_WORK_YEAR_COMPLETES: 'Another full year of Canadian work is completed',
    SPOUSE_CANADIAN_WORK_YEAR_COMPLETES: 'The spouse completes another year of Canadian work',
    FOREIGN_WORK_YEAR_COMPLETES: 'Another full year of foreign work is completed',
    CEC_EXPERIENCE_SUFFICIENT: 'Canadian work reaches the one year the Canadian Experience Class needs',
    RULES_VERSION_CHANGES: 'A new rules version takes effect',
  },
};
