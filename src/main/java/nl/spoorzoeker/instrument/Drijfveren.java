package nl.spoorzoeker.instrument;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * The drives worksheet (issue 19 item 2): five open questions the werknemer answers in their own
 * words — what gives energy in work, what drains it, what they are proud of, what they want to
 * reach, what they no longer want. Our own questions, no licensed drives test. Blank answers are
 * null; at least one answer is needed to keep a sheet.
 */
public record Drijfveren(LocalDate datum, String energie, String moe, String trots, String belangrijk,
                         String nietMeer) {

    /** The longest answer: a short paragraph. */
    public static final int MAX = 1000;

    public Drijfveren {
        energie = schoon(energie);
        moe = schoon(moe);
        trots = schoon(trots);
        belangrijk = schoon(belangrijk);
        nietMeer = schoon(nietMeer);
    }

    public boolean leeg() {
        return Stream.of(energie, moe, trots, belangrijk, nietMeer).allMatch(java.util.Objects::isNull);
    }

    private static String schoon(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
