package nl.spoorzoeker.instrument;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The interest test: the O*NET Interest Profiler Short Form, translated into plain Dutch. Its 60
 * items live in a resource file whose header names the source and the licence terms; this class
 * reads them once and checks the bank is whole (numbers 1..60 in order, ten per scale), so a
 * damaged file fails at start instead of scoring wrongly.
 */
public final class Interessetest {

    /** The code stored with every afname and persoonsprofiel version this test makes. */
    public static final String CODE = "ONET_IP_SF";
    public static final int AANTAL = 60;
    public static final int PER_SCHAAL = 10;
    /** The answer scale: 1 helemaal niet leuk … 5 heel leuk. */
    public static final int LAAGSTE = 1;
    public static final int HOOGSTE = 5;

    private static final String BANK = "onet-ip-sf.tsv";
    private static final List<Vraag> VRAGEN = lees(Interessetest.class.getResourceAsStream(BANK));

    private Interessetest() {
    }

    public static List<Vraag> vragen() {
        return VRAGEN;
    }

    /** Parses an item bank: '#' lines are the header, then number, scale, Dutch, English, TAB-separated. */
    static List<Vraag> lees(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("item bank missing: " + BANK);
        }
        List<Vraag> vragen = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String regel;
            while ((regel = r.readLine()) != null) {
                if (regel.isBlank() || regel.startsWith("#")) {
                    continue;
                }
                String[] delen = regel.split("\t", -1);
                if (delen.length != 4 || delen[2].isBlank() || delen[3].isBlank()) {
                    throw new IllegalStateException("item bank line malformed: " + regel);
                }
                vragen.add(new Vraag(Integer.parseInt(delen[0].strip()), Holland.vanLetter(delen[1]),
                        delen[2].strip(), delen[3].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        controleer(vragen);
        return List.copyOf(vragen);
    }

    private static void controleer(List<Vraag> vragen) {
        if (vragen.size() != AANTAL) {
            throw new IllegalStateException("item bank has " + vragen.size() + " items, not " + AANTAL);
        }
        for (int i = 0; i < vragen.size(); i++) {
            if (vragen.get(i).nummer() != i + 1) {
                throw new IllegalStateException("item bank out of order at item " + (i + 1));
            }
        }
        for (Holland h : Holland.values()) {
            long n = vragen.stream().filter(v -> v.schaal() == h).count();
            if (n != PER_SCHAAL) {
                throw new IllegalStateException("item bank has " + n + " items for " + h + ", not " + PER_SCHAAL);
            }
        }
    }
}
