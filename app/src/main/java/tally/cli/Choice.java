package tally.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import tally.ingest.Extraction;

/**
 * An option that takes one of a few words: the converter that refuses any other word naming the
 * valid ones, and the same words as picocli's completion candidates (help, shell completion).
 * Each option's choice is a small subclass, since picocli instantiates both by class.
 */
abstract class Choice<T> implements ITypeConverter<T>, Iterable<String> {

    private final List<String> words;

    Choice(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** The value of a valid word. */
    abstract T value(String word);

    @Override
    public T convert(String given) {
        String word = given.strip().toLowerCase(Locale.ROOT);
        if (!words.contains(word)) {
            throw new TypeConversionException("'" + given + "' is not one of " + String.join(", ", words));
        }
        return value(word);
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    /** An enum's constants as lower-case words. */
    abstract static class OfEnum<E extends Enum<E>> extends Choice<E> {

        private final Class<E> type;

        OfEnum(Class<E> type) {
            super(Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList());
            this.type = type;
        }

        @Override
        E value(String word) {
            return Enum.valueOf(type, word.toUpperCase(Locale.ROOT));
        }
    }

    /** Words taken as they are. */
    abstract static class OfWords extends Choice<String> {

        OfWords(List<String> words) {
            super(words);
        }

        @Override
        String value(String word) {
            return word;
        }
    }

    /** Kafka Streams' processing guarantees that Tally supports. */
    static final class Guarantees extends OfWords {
        Guarantees() {
            super(List.of("exactly_once_v2", "at_least_once"));
        }
    }

    /** The languages extraction reads. */
    static final class Languages extends OfWords {
        Languages() {
            super(Extraction.LANGUAGES.stream().sorted().toList());
        }
    }
}
