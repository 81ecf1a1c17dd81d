package nl.spoorzoeker.rapportage.pdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import nl.spoorzoeker.input.DateInput;
import nl.spoorzoeker.pdf.Kleur;
import nl.spoorzoeker.pdf.PdfSchrijver;
import nl.spoorzoeker.rapportage.Leesbaarheid.Blok;
import nl.spoorzoeker.rapportage.Privacypoort;
import nl.spoorzoeker.rapportage.Werknemerplan;
import nl.spoorzoeker.rapportage.Werknemerplantekst;
import nl.spoorzoeker.tijdlijn.Tijdzone;
import nl.spoorzoeker.taal.Teksten;

/**
 * Lays the werknemer's copy of the trajectplan out as PDF/A (tagged: PDF/A-2a and PDF/UA-1, like
 * the werkboek): large type (12 pt) for the kitchen table, one idea per line, the coach's own words
 * set apart in colour. No practice letterhead and no "confidential" footer for the employer: it is
 * the werknemer's own paper. It only lays out {@link Werknemerplantekst}'s blocks.
 */
public final class WerknemerplanPdf {

    private static final float TEKST = 12f;

    private WerknemerplanPdf() {
    }

    public static byte[] pdf(Privacypoort.EigenKopie<Werknemerplan> kopie, Instant gemaakt, Teksten tk) {
        Werknemerplan p = kopie.model();
        try (PdfSchrijver pdf = new PdfSchrijver(() -> { }, tk.taal())) {
            pdf.begin();
            pdf.titel(tk.t("b1.titel"), 22);
            pdf.alinea(tk.t("b1.van", p.naam() == null ? "" : p.naam(), DateInput.format(p.datum())), pdf.gewoon,
                    TEKST, PdfSchrijver.GRIJS);
            pdf.omlaag(8);
            List<String> punten = new ArrayList<>();
            for (Blok b : Werknemerplantekst.blokken(p, tk)) {
                if (b.soort() != Blok.Soort.PUNT && !punten.isEmpty()) {
                    lijst(pdf, punten);
                }
                switch (b.soort()) {
                    case KOP -> {
                        pdf.omlaag(6);
                        pdf.kop(b.tekst(), 16);
                    }
                    case TUSSENKOP -> pdf.kop(b.tekst(), 13, 3);
                    case PUNT -> punten.add(b.tekst());
                    case CITAAT -> alinea(pdf, b.tekst(), PdfSchrijver.ACCENT);
                    default -> alinea(pdf, b.tekst(), PdfSchrijver.TEKST);
                }
            }
            if (!punten.isEmpty()) {
                lijst(pdf, punten);
            }
            return pdf.klaar(tk.t("b1.bestand", p.naam() == null ? "" : p.naam()),
                    tk.t("b1.voet", p.naam() == null ? "" : p.naam()), tk.t("rapport.pagina"),
                    GregorianCalendar.from(gemaakt.atZone(Tijdzone.PRAKTIJK)));
        }
    }

    private static void alinea(PdfSchrijver pdf, String tekst, Kleur kleur) {
        pdf.alinea(tekst, pdf.gewoon, TEKST, kleur);
        pdf.omlaag(4);
    }

    private static void lijst(PdfSchrijver pdf, List<String> punten) {
        pdf.lijst(List.copyOf(punten), pdf.gewoon, TEKST, PdfSchrijver.TEKST);
        pdf.omlaag(4);
        punten.clear();
    }
}
