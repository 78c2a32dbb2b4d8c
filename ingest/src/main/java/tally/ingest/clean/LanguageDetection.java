package tally.ingest.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.jsoup.Jsoup;

/**
 * The language of an article whose input does not say, by Apache Tika's wrapper of the Optimaize
 * n-gram detector (all its language profiles, so that a French page is reported as French rather
 * than read as English). Detection reads the visible text, never markup.
 */
public final class LanguageDetection {

    /** The detector needs this much text to be worth asking. */
    static final int MIN_CHARS = 40;

    /** What detection decided: a language, or that it is one Tally cannot read. */
    public record Decision(String lang, boolean supported) {
    }

    private static final ThreadLocal<LanguageDetector> DETECTOR = ThreadLocal.withInitial(() -> new OptimaizeLangDetector().loadModels());

    private final Set<String> supported;
    private final String fallback;

    /**
     * @param supported languages with a lexicon
     * @param fallback  the language assumed when the text is too short or the detector unsure
     */
    public LanguageDetection(Set<String> supported, String fallback) {
        this.supported = supported;
        this.fallback = fallback;
    }

    public Decision detect(String body, boolean html) {
        String text = html ? Jsoup.parse(body).text() : body;
        if (text.strip().length() < MIN_CHARS) {
            return new Decision(fallback, true);
        }
        List<LanguageResult> ranked = DETECTOR.get().detectAll(text.length() > 20_000 ? text.substring(0, 20_000) : text);
        if (ranked.isEmpty()) {
            return new Decision(fallback, true);
        }
        LanguageResult top = ranked.get(0);
        String lang = top.getLanguage().toLowerCase(Locale.ROOT);
        if (supported.contains(lang)) {
            return new Decision(lang, true);
        }
        if (top.isReasonablyCertain()) {
            return new Decision(lang, false);
        }
        for (LanguageResult r : ranked) {
            if (supported.contains(r.getLanguage())) {
                return new Decision(r.getLanguage(), true);
            }
        }
        return new Decision(fallback, true);
    }
}
