package nl.spoorzoeker.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreekrondeTest {

    @Test
    void aRepeatedPointIsKilledAtItsFirstSecondAndLastPassing() {
        List<String> punten = List.of("open", "kopie", "kopie", "kopie", "kopie", "kopie", "rename", "kopie", "sluit");
        assertEquals(List.of("open#1", "kopie#1", "kopie#2", "rename#1", "kopie#6", "sluit#1"), Breekronde.teDoden(punten));
    }

    @Test
    void aPointPassedTwiceOrThriceIsKilledAtEveryPassing() {
        assertEquals(List.of("a#1", "a#2", "b#1", "b#2", "b#3"), Breekronde.teDoden(List.of("a", "a", "b", "b", "b")));
    }
}
