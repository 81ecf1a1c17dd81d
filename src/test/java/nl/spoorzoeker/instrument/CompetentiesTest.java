package nl.spoorzoeker.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompetentiesTest {

    @Test
    void freeTextIsSplitAtCommasSemicolonsLinesAndBulletsEachTagOnce() {
        assertEquals(List.of("samenwerken", "plannen en organiseren", "klantgericht", "VCA"),
                Competenties.uit(" samenwerken,  plannen   en organiseren;\n- klantgericht\n• VCA\nSamenwerken\n\n"));
        assertEquals(List.of(), Competenties.uit(null));
        assertEquals(List.of("a", "B"), Competenties.samen(List.of("a"), List.of("A", "B")));
    }
}
