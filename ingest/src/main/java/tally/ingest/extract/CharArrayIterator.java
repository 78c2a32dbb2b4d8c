package tally.ingest.extract;

import java.text.CharacterIterator;

/**
 * The characters [from, to) of an array as a {@link CharacterIterator} with indices from 0, as
 * {@link java.text.StringCharacterIterator} over {@code new String(chars, from, to - from)} would
 * give them: ICU's sentence iterator reads the article's one copy instead of a copy of each
 * paragraph, and indexes an array instead of calling {@link String#charAt}.
 */
final class CharArrayIterator implements CharacterIterator {

    private final char[] chars;
    private final int offset;
    private final int length;
    private int pos;

    CharArrayIterator(char[] chars, int from, int to) {
        this.chars = chars;
        this.offset = from;
        this.length = to - from;
    }

    @Override
    public char first() {
        pos = 0;
        return current();
    }

    @Override
    public char last() {
        pos = length > 0 ? length - 1 : 0;
        return current();
    }

    @Override
    public char current() {
        return pos < length ? chars[offset + pos] : DONE;
    }

    @Override
    public char next() {
        if (pos < length - 1) {
            pos++;
            return chars[offset + pos];
        }
        pos = length;
        return DONE;
    }

    @Override
    public char previous() {
        if (pos > 0) {
            pos--;
            return chars[offset + pos];
        }
        return DONE;
    }

    @Override
    public char setIndex(int position) {
        if (position < 0 || position > length) {
            throw new IllegalArgumentException("Invalid index");
        }
        pos = position;
        return current();
    }

    @Override
    public int getBeginIndex() {
        return 0;
    }

    @Override
    public int getEndIndex() {
        return length;
    }

    @Override
    public int getIndex() {
        return pos;
    }

    @Override
    public CharArrayIterator clone() {
        try {
            return (CharArrayIterator) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }
}
