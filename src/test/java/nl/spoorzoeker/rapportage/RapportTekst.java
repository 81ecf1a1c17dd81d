package nl.spoorzoeker.rapportage;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.spoorzoeker.ui.I18n;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reading a rendered report back for the tests that judge what it prints: the text of the PDF,
 * cut into its parts by their headings, the figures of the Dutch sentences that carry them, and
 * the rows of its tables. Shared by the demo-dossier test and the property over generated dossiers,
 * so both read a report the same way. The sentence patterns are the Dutch bundle's, singular and
 * plural ("1 sollicitatie liep", "3 sollicitaties liepen").
 */
final class RapportTekst {

    static final DateTimeFormatter D = DateTimeFormatter.ofPattern("dd-MM-uuuu");
    private static final String DATUM = "(\\d{2}-\\d{2}-\\d{4})";
    /** A duration as {@code ui.Duur} writes it: "45 min", "2 u", "1 u 9 min", "1.250 u". */
    private static final String DUUR = "((?:\\d[\\d.]* u(?: \\d+ min)?)|(?:\\d+ min))";

    static final Pattern SAMEN = Pattern.compile("(\\d+) sollicitaties? (?:liepen|liep) in deze periode: (\\d+) verstuurd in"
            + " deze periode, (\\d+) eerder verstuurd \\(\\*\\), (\\d+) nog niet verstuurd");
    static final Pattern NORM = Pattern.compile("(\\d+) sollicitaties? verstuurd; de norm voor deze periode is (\\d+)"
            + " \\((\\d+) per week\\)");
    /** The funnel: its date, then each step's label and count. */
    static final Pattern TRECHTER = Pattern.compile("Hoe ver deze sollicitaties waren op " + DATUM + " Verstuurd (\\d+)"
            + " Gesprek (\\d+) Tweede gesprek (\\d+) Aanbod (\\d+) Aangenomen (\\d+)");
    static final Pattern CONTACTEN = Pattern.compile("(\\d+) contactmoment(?:en)? in deze periode");
    static final Pattern NETWERK = Pattern.compile("(\\d+) netwerkcontact(?:en)? vastgelegd; (\\d+) werkgevers- (?:en|of)"
            + " netwerkgesprek(?:ken)? in het logboek");
    static final Pattern UREN = Pattern.compile("Deze periode " + DUUR + ", sinds de start " + DUUR);
    static final Pattern TRAJECT = Pattern.compile("Van (\\S+) tot en met " + DATUM + ": (\\d+) contactmoment(?:en)?, " + DUUR
            + " geboekt, (\\d+) sollicitaties?, waarvan (\\d+) tot een gesprek (?:leidden|leidde) en (\\d+) tot een aanbod");
    static final Pattern PERIODE = Pattern.compile("Periode " + DATUM + " t/m " + DATUM);
    static final Pattern ZIEKTEDAG = Pattern.compile("Eerste ziektedag " + DATUM);
    static final Pattern VERZUIMWEEK = Pattern.compile("Verzuimweek op " + DATUM + " (?:week (\\d+)|geen)");
    static final Pattern VOLGENDE = Pattern.compile("Volgende wettelijke termijn (.+?), uiterlijk " + DATUM
            + " \\(over (\\d+) dag(?:en)?\\)");
    static final Pattern EERSTVOLGENDE = Pattern.compile("Eerstvolgende termijn: (.+?), uiterlijk " + DATUM + "\\.");
    /** A row of the chronology: from, to (or "loopt"), contacts, sollicitaties. */
    static final Pattern FASERIJ = Pattern.compile(DATUM + " (" + DATUM.substring(1, DATUM.length() - 1) + "|loopt) (\\d+) (\\d+)");

    // The report editor's "Uit het dossier" block, line by line (label → text).
    static final Pattern BLOK_CONTACTEN = Pattern.compile("(\\d+) contactmoment(?:en)?, " + DUUR);
    static final Pattern BLOK_UREN = Pattern.compile(DUUR + " deze periode; " + DUUR + " sinds de start, budget .+");
    static final Pattern BLOK_SOLLICITATIES = Pattern.compile("(\\d+) sollicitaties? verstuurd (?:\\(geen norm in deze"
            + " periode\\)|tegen een norm van (\\d+)); (\\d+) netwerkcontact(?:en)?");
    static final Pattern BLOK_DOELEN = Pattern.compile("(\\d+) doel(?:en)?, waarvan (\\d+) open");
    static final Pattern BLOK_TERMIJN = Pattern.compile("(.+) — " + DATUM);

    private RapportTekst() {
    }

    /**
     * The text of the PDF in drawing order, ligatures unfolded, without the running header and footer
     * (tagged as artifacts, as a screen reader skips them): a part that crosses a page break reads as
     * one text, as the reader of the paper reads it.
     */
    static String lees(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String t = RapportPdfTest.heel(new ZonderArtefacten().getText(doc));
            return Normalizer.normalize(t, Normalizer.Form.NFKC);
        }
    }

    /** Every character drawn, the running header and footer included: for searches that must miss nothing. */
    static String leesAlles(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String t = RapportPdfTest.heel(new PDFTextStripper().getText(doc));
            return Normalizer.normalize(t, Normalizer.Form.NFKC);
        }
    }

    /** A text stripper that leaves out what is drawn inside an /Artifact marked-content sequence. */
    private static final class ZonderArtefacten extends PDFTextStripper {
        private final java.util.ArrayDeque<Boolean> artefact = new java.util.ArrayDeque<>();

        @Override
        public void beginMarkedContentSequence(org.apache.pdfbox.cos.COSName tag,
                                               org.apache.pdfbox.cos.COSDictionary properties) {
            artefact.push(org.apache.pdfbox.cos.COSName.ARTIFACT.equals(tag) || Boolean.TRUE.equals(artefact.peek()));
            super.beginMarkedContentSequence(tag, properties);
        }

        @Override
        public void endMarkedContentSequence() {
            artefact.poll();
            super.endMarkedContentSequence();
        }

        @Override
        protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
            if (!Boolean.TRUE.equals(artefact.peek())) {
                super.processTextPosition(text);
            }
        }
    }

    /** White space folded to single spaces. */
    static String plat(String t) {
        return Normalizer.normalize(RapportPdfTest.heel(t), Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    static LocalDate datum(String dd) {
        return LocalDate.parse(dd, D);
    }

    static String datum(LocalDate d) {
        return D.format(d);
    }

    /** Minutes of a duration as {@code ui.Duur} prints it ("1 u 9 min" is 69). */
    static int minuten(String duur) {
        Matcher m = Pattern.compile("(?:(\\d[\\d.]*) u)? ?(?:(\\d+) min)?").matcher(duur.strip());
        if (!m.matches() || (m.group(1) == null && m.group(2) == null)) {
            throw new IllegalArgumentException("not a duration: " + duur);
        }
        int uren = m.group(1) == null ? 0 : Integer.parseInt(m.group(1).replace(".", ""));
        return uren * 60 + (m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
    }

    /** The heading a part prints. */
    static String kop(Rapportopbouw.Onderdeel o) {
        String key = switch (o) {
            case ACTIVITEITEN -> "rapport.sectie.activiteiten";
            case SOLLICITATIES -> "rapport.sectie.sollicitaties";
            case WERKERVARING -> "rapport.sectie.werkervaring";
            case BELASTBAARHEID -> "rapport.sectie.belastbaarheid";
            case ZOEKPROFIEL -> "rapport.sectie.zoekprofiel";
            case DOELEN -> "rapport.sectie.doelen";
            case UREN -> "rapport.sectie.uren";
            case TERMIJNEN -> "rapport.sectie.termijnen";
            case SPOOR1 -> "rapport.sectie.spoor1";
            case VISIE -> "rapport.sectie.visie";
            case ONDERTEKENING -> "rapport.sectie.ondertekening";
            default -> o.tekst() != null ? "rapport.sectie." + o.tekst().name() : "rapport.onderdeel." + o.name();
        };
        return I18n.t(key);
    }

    /**
     * Explanations printed only when something calls for them (under the norm, no search activity, no
     * result), and the Resultaat the coach may leave unwritten when the outcome was recorded.
     */
    static boolean voorwaardelijk(Rapportopbouw.Onderdeel o) {
        return o == Rapportopbouw.Onderdeel.RESULTAAT || o == Rapportopbouw.Onderdeel.VERKLARING_NORM || o == Rapportopbouw.Onderdeel.VERKLARING_GEEN_SOLLICITATIES
                || o == Rapportopbouw.Onderdeel.VERKLARING_GEEN_RESULTAAT;
    }

    /**
     * The report cut into its parts, in the order its type has them: each part's text runs from
     * after its heading to the next part's heading. A conditional part that is not printed is
     * absent; any other part missing fails.
     */
    static Map<Rapportopbouw.Onderdeel, String> delen(String tekst, RapportSoort soort) {
        List<Rapportopbouw.Onderdeel> onderdelen = Rapportopbouw.onderdelen(soort);
        Map<Rapportopbouw.Onderdeel, int[]> plek = new EnumMap<>(Rapportopbouw.Onderdeel.class);
        int vanaf = 0;
        for (Rapportopbouw.Onderdeel o : onderdelen) {
            int i = tekst.indexOf(kop(o), vanaf);
            if (i < 0 && voorwaardelijk(o)) {
                continue;
            }
            if (i < 0) {
                throw new AssertionError(soort + ": part " + o + " (" + kop(o) + ") missing or out of order");
            }
            plek.put(o, new int[] {i, i + kop(o).length()});
            vanaf = i + kop(o).length();
        }
        Map<Rapportopbouw.Onderdeel, String> delen = new EnumMap<>(Rapportopbouw.Onderdeel.class);
        List<Rapportopbouw.Onderdeel> gevonden = onderdelen.stream().filter(plek::containsKey).toList();
        for (int k = 0; k < gevonden.size(); k++) {
            int eind = k + 1 < gevonden.size() ? plek.get(gevonden.get(k + 1))[0] : tekst.length();
            delen.put(gevonden.get(k), tekst.substring(plek.get(gevonden.get(k))[1], eind).strip());
        }
        return delen;
    }

    /** Where the table that follows a part's own sentences ends: at the next heading of a part that can follow it. */
    static int volgendeKop(String tekst, int van) {
        int eind = tekst.length();
        for (String k : new String[] {I18n.t("rapport.onderdeel.NETWERK"), I18n.t("rapport.sectie.werkervaring"),
                I18n.t("rapport.sectie.VERKLARING_NORM"), I18n.t("rapport.sectie.VERKLARING_GEEN_SOLLICITATIES"),
                I18n.t("rapport.sectie.sollicitaties"), I18n.t("rapport.sectie.doelen")}) {
            int i = tekst.indexOf(k, van);
            if (i > 0 && i < eind) {
                eind = i;
            }
        }
        return eind;
    }

    /** Rows of the sollicitatie table: each row prints two dates, its own and the date of its status. */
    static int telDatums(String tabel) {
        return telRijen(tabel) / 2;
    }

    /** Rows of a table whose rows each print one date. */
    static int telRijen(String tabel) {
        Matcher m = Pattern.compile("\\d{2}-\\d{2}-\\d{4}").matcher(tabel);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
