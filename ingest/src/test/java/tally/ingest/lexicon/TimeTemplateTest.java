package tally.ingest.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Time templates are checked when the lexicon loads: a misspelled slot or rule fails then, not on a sentence. */
class TimeTemplateTest {

    @Test
    void aMisspelledSlotFailsWhenTheTemplateIsRead() {
        assertEquals(TimeTemplate.Slot.MONTH2, TimeTemplate.parse("from {month} to {month2} {year}", "MONTH_SPAN").elements().get(3).slot());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TimeTemplate.parse("in {yaer}", "YEAR"));
        assertTrue(e.getMessage().contains("{yaer}"), e.getMessage());
    }

    @Test
    void aMisspelledRuleFailsWhenTheTemplateIsRead() {
        assertEquals(TimeRule.SINCE_SEASON, TimeTemplate.parse("since {season} {year}", "since_season").rule());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TimeTemplate.parse("in {year}", "YAER"));
        assertTrue(e.getMessage().contains("YAER") && e.getMessage().contains("in {year}"), e.getMessage());
    }

    @Test
    void everyLexiconLoadsWithKnownRules() {
        for (String lang : new String[] {"en", "es"}) {
            assertTrue(Lexicon.forLanguage(lang).timeTemplates.size() > 50, lang);
        }
    }
}
