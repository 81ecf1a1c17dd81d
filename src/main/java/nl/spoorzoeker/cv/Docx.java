package nl.spoorzoeker.cv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A small Word document writer over Apache POI for the CV and the letter: real Title and Heading
 * styles (so Word's navigation pane and a screen reader see the structure, and the werknemer can
 * restyle it in one go), the document's language and title, and no author but the werknemer.
 */
final class Docx implements AutoCloseable {

    private static final String LETTER = "DejaVu Sans";
    private final XWPFDocument doc = new XWPFDocument();

    Docx(Locale taal, String titel, String auteur) {
        XWPFStyles stijlen = doc.createStyles();
        stijlen.setSpellingLanguage("en".equals(taal.getLanguage()) ? "en-GB" : "nl-NL");
        stijlen.addStyle(stijl("Title", "Title", 0, 40, true));
        stijlen.addStyle(stijl("Heading1", "heading 1", 1, 26, true));
        stijlen.addStyle(stijl("Heading2", "heading 2", 2, 22, true));
        var kern = doc.getProperties().getCoreProperties();
        kern.setTitle(titel);
        kern.setCreator(auteur);
        doc.getProperties().getExtendedProperties().setApplication("Spoorzoeker");
    }

    /** A paragraph style; {@code niveau} 0 is the title (no outline level), 1 and 2 headings. */
    private static XWPFStyle stijl(String id, String naam, int niveau, int halvePunten, boolean vet) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(naam);
        ct.addNewBasedOn().setVal("Normal");
        ct.addNewNext().setVal("Normal");
        ct.addNewQFormat();
        var ppr = ct.addNewPPr();
        ppr.addNewKeepNext();
        var ruimte = ppr.addNewSpacing();
        ruimte.setBefore(BigInteger.valueOf(niveau == 0 ? 0 : 240));
        ruimte.setAfter(BigInteger.valueOf(80));
        if (niveau > 0) {
            ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(niveau - 1L));
        }
        var rpr = ct.addNewRPr();
        if (vet) {
            rpr.addNewB();
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halvePunten));
        return new XWPFStyle(ct);
    }

    void titel(String tekst) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Title");
        run(p, tekst, null);
    }

    void kop(String tekst, int niveau) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + niveau);
        run(p, tekst, null);
    }

    /** A paragraph; its line ends become line breaks within it. */
    void alinea(String tekst) {
        alinea(tekst, null);
    }

    /** @param kleur hex RGB (e.g. "6B7280") or null for the text colour */
    void alinea(String tekst, String kleur) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(120);
        run(p, tekst, kleur);
    }

    /** A bulleted list: each point a paragraph with a hanging bullet. */
    void lijst(java.util.List<String> punten) {
        for (String punt : punten) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(360);
            p.setIndentationHanging(360);
            p.setSpacingAfter(40);
            run(p, "•\t" + punt, null);
        }
    }

    private static void run(XWPFParagraph p, String tekst, String kleur) {
        XWPFRun r = p.createRun();
        r.setFontFamily(LETTER);
        if (kleur != null) {
            r.setColor(kleur);
        }
        String[] regels = tekst.split("\n", -1);
        for (int i = 0; i < regels.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            String[] tabs = regels[i].split("\t", -1);
            for (int j = 0; j < tabs.length; j++) {
                if (j > 0) {
                    r.addTab();
                }
                r.setText(tabs[j]);
            }
        }
    }

    byte[] klaar() {
        try {
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            doc.write(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
