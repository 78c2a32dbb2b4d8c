package tally.ingest.clean;

import java.time.LocalDate;
import java.util.List;
import tally.ingest.lexicon.Lexicon;
import tally.ingest.text.PhraseTable;
import tally.ingest.text.Token;

/** Calendar dates written out in a page block, in the lexicon's month names. */
final class WrittenDates {

    private final Lexicon lexicon;

    WrittenDates(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The latest calendar date written out in the tokens ("July 13, 2014", "March 2011"), or null.
     * A page block dated after the article's publication cannot be part of the article.
     */
    LocalDate latest(List<Token> tokens) {
        LocalDate latest = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            PhraseTable.Match<Integer> month = t.isCapitalized() || !lexicon.capitalizedMonths ? lexicon.months.at(tokens, i) : null;
            if (month == null) {
                continue;
            }
            int j = i + month.length();
            if (j < tokens.size() && lexicon.dateJoiners.contains(tokens.get(j))) {
                j++; // "diciembre de 2006"
            }
            int day = 1;
            if (j < tokens.size() && tokens.get(j).isNumber() && tokens.get(j).text().length() <= 2) {
                day = Integer.parseInt(tokens.get(j).text());
                j++;
                if (j < tokens.size() && tokens.get(j).is(",")) {
                    j++;
                }
            }
            // Four digits, not any four-character number: "March 2.12" has no year.
            if (j < tokens.size() && tokens.get(j).isNumber() && tokens.get(j).text().length() == 4
                    && tokens.get(j).text().chars().allMatch(Character::isDigit)) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(tokens.get(j).text()), month.value(), day);
                    latest = latest == null || d.isAfter(latest) ? d : latest;
                } catch (java.time.DateTimeException e) {
                    // not a date
                }
            }
        }
        return latest;
    }
}
