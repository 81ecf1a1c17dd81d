package nl.spoorzoeker.pdf;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.xmpbox.DateConverter;

/**
 * A small layout engine on PDFBox for A4 reports: paragraphs and headings that flow over pages,
 * tables that split across pages with their header repeated, a footer with "pagina X van Y", the
 * DejaVu Sans font embedded (never the standard 14 fonts), and PDF/A-2a and PDF/UA-1 metadata with
 * an sRGB output intent. Nothing is drawn outside the margins.
 *
 * <p>Tagged PDF (issue 16): whatever is drawn belongs to a structure element (H1/H2/H3, P, Table
 * with TR/TH/TD, Figure with its alternative text) through marked content with an MCID, or is an
 * artifact (running header after the first page, footer, page numbers, rules, backgrounds, a table
 * header repeated on a later page), so a screen reader reads the report in order and skips the
 * furniture. Typography: headings kept with what follows, no single line of a paragraph alone at
 * the foot or head of a page, words hyphenated at a syllable in the report's language.
 */
public final class PdfSchrijver implements AutoCloseable {

    /** Whether the text may direct the coach to the app's screens (a concept), or not (a final report for the employer). */
    public boolean aanwijzingen;


    public static final float MARGE = 56;
    public static final float MARGE_ONDER = 64;
    public static final float BREEDTE = PDRectangle.A4.getWidth() - 2 * MARGE;
    public static final Kleur TEKST = new Kleur(0.13f, 0.15f, 0.18f);
    public static final Kleur GRIJS = new Kleur(0.42f, 0.45f, 0.5f);
    public static final Kleur ACCENT = new Kleur(0.05f, 0.35f, 0.7f);
    /** Work and the higher scale levels in charts (the report's and the practice figures'). */
    public static final Kleur GROEN = new Kleur(0.15f, 0.6f, 0.3f);
    public static final Kleur LIJN = new Kleur(0.82f, 0.84f, 0.87f);
    public static final Kleur KOPVLAK = new Kleur(0.93f, 0.95f, 0.98f);

    private final PDDocument doc = new PDDocument();
    /** Fonts embedded whole (a screen document, never saved) rather than subset at saving. */
    private final boolean heleFonts;
    /** The document was handed to the screen ({@link #voorHetScherm}): its new owner closes it. */
    private boolean losgelaten;
    private IntConsumer naPagina = index -> { };
    public final PDType0Font gewoon;
    public final PDType0Font vet;
    private final Map<PDType0Font, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private final List<PDPage> paginas = new ArrayList<>();
    private PDPage pagina;
    private PDPageContentStream inhoud;
    private float y;
    private final Runnable nieuwePagina;
    private final Map<byte[], org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject> afbeeldingen =
            new java.util.IdentityHashMap<>();

    /** The report's language as the catalog names it (nl-NL, en-GB), and its hyphenation. */
    private final String taal;
    private final Afbreker afbreker;
    private final PDStructureTreeRoot boom = new PDStructureTreeRoot();
    private final PDStructureElement document;
    /** Per page, the structure element of each MCID (the parent tree's entry for that page). */
    private final List<List<PDStructureElement>> mcids = new ArrayList<>();
    /** What is drawn now belongs to this element; null: text becomes a paragraph of its own, shapes an artifact. */
    private PDStructureElement huidig;
    /** Above 0: everything drawn is an artifact (running header, a repeated table header). */
    private int artefact;
    /** The open marked-content sequence: none (null), {@link #ARTEFACT}, or the element it tags. */
    private Object open;
    private static final Object ARTEFACT = new Object();
    /** A heading not drawn yet: it goes on the page where the start of what it heads fits too. */
    private Kop wachtend;

    private record Kop(String tekst, float grootte, int niveau) {
    }

    /**
     * @param nieuwePagina draws what every page starts with (the running header): on the first page
     *                     as content (the letterhead), on the others as a pagination artifact
     * @param taal         the report's language: the catalog's Lang and the hyphenation patterns
     */
    public PdfSchrijver(Runnable nieuwePagina, Locale taal) {
        this(nieuwePagina, taal, false);
    }

    /**
     * A document for the screen only ({@link #voorHetScherm}): never saved, so its fonts are embedded
     * whole at once instead of subset at saving. A page can then be drawn while the others are still
     * being laid out, in the very font the saved PDF has (PDFBox draws a font not yet embedded in a
     * substitute, and building the substitute's cache took longer than the report: issue 21 item 10).
     */
    public static PdfSchrijver voorHetScherm(Runnable nieuwePagina, Locale taal) {
        return new PdfSchrijver(nieuwePagina, taal, true);
    }

    private PdfSchrijver(Runnable nieuwePagina, Locale taal, boolean heleFonts) {
        this.heleFonts = heleFonts;
        this.nieuwePagina = nieuwePagina;
        this.taal = "en".equals(taal.getLanguage()) ? "en-GB" : "nl-NL";
        this.afbreker = Afbreker.voor(taal);
        gewoon = font(Fonts.GEWOON);
        vet = font(Fonts.VET);
        document = new PDStructureElement(StandardStructureTypes.DOCUMENT, boom);
        boom.appendKid(document);
    }

    private PDType0Font font(org.apache.fontbox.ttf.TrueTypeFont ttf) {
        try {
            // Made from a parsed font, the PDFont leaves it open when the document closes.
            return PDType0Font.load(doc, ttf, !heleFonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The two fonts read and parsed once per run, not for every document: each preview, each final
     * PDF and each check made a new writer, which read 1.4 MB of fonts and parsed both (issue 21 item 3).
     * A parsed TrueTypeFont may serve many documents on many threads: PDFBox's own font cache shares
     * them so, fontbox locks its reads of the font's tables and glyphs, and nothing here changes one.
     * What is per document — the PDFont, its subset of used glyphs, its embedded stream — is made anew
     * for each writer from it, so every PDF is the same as before.
     */
    static final class Fonts {
        static final org.apache.fontbox.ttf.TrueTypeFont GEWOON = lees("DejaVuSans.ttf");
        static final org.apache.fontbox.ttf.TrueTypeFont VET = lees("DejaVuSans-Bold.ttf");

        private Fonts() {
        }

        private static org.apache.fontbox.ttf.TrueTypeFont lees(String naam) {
            try (InputStream in = PdfSchrijver.class.getResourceAsStream("/nl/spoorzoeker/rapportage/fonts/" + naam)) {
                return new org.apache.fontbox.ttf.TTFParser().parse(
                        new org.apache.pdfbox.io.RandomAccessReadBuffer(zonderLigaturen(in.readAllBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The font without its glyph-substitution table: PDFBox applies GSUB ligatures, so "profiel" was
     * drawn with the single glyph U+FB01 and a search for "profiel" in a PDF viewer, a screen reader
     * or a DLP scan missed it. Renaming the table's tag in the font's table directory hides it from
     * the parser; every glyph and metric stays. Text extraction then gives the letters as typed.
     */
    static byte[] zonderLigaturen(byte[] ttf) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(ttf);
        int tabellen = Short.toUnsignedInt(b.getShort(4));
        for (int i = 0; i < tabellen; i++) {
            int plek = 12 + 16 * i;
            if (b.getInt(plek) == 0x47535542) { // 'GSUB'
                b.putInt(plek, 0x78535542); // 'xSUB': unknown to the parser, so ignored
            }
        }
        return ttf;
    }

    /** The text with every character the font cannot draw replaced by "?" (an emoji in a note must not stop a report). */
    String tekenbaar(PDType0Font font, String tekst) {
        Map<Integer, Boolean> cache = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder uit = new StringBuilder(tekst.length());
        tekst.codePoints().forEach(cp -> {
            boolean kan = cache.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
            if (kan) {
                uit.appendCodePoint(cp);
            } else {
                uit.append('?');
            }
        });
        return uit.toString();
    }

    public float breedte(PDType0Font font, float grootte, String tekst) {
        try {
            return font.getStringWidth(tekenbaar(font, tekst)) / 1000f * grootte;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> regels(String tekst, PDType0Font font, float grootte, float maxBreedte) {
        return Regelbreker.breek(tekst, maxBreedte, s -> breedte(font, grootte, s), afbreker);
    }

    /** A new page with the running header: the letterhead (content) on the first, an artifact on the others. */
    public void begin() {
        boolean eerste = paginas.isEmpty();
        nieuwePaginaZonderKop();
        PDStructureElement was = huidig;
        Kop wacht = wachtend;
        huidig = null;
        wachtend = null;
        if (!eerste) {
            artefact++;
        }
        try {
            nieuwePagina.run();
        } finally {
            if (!eerste) {
                artefact--;
            }
            huidig = was;
            wachtend = wacht;
        }
    }

    /**
     * Told the index of each page as soon as it is laid out whole, when the next one begins (its
     * footer, which needs the page count, still to come): a screen document can draw that page
     * ({@link #teken}) while the rest is laid out.
     */
    public void naPagina(IntConsumer klaar) {
        this.naPagina = klaar;
    }

    /** Draws page {@code index} as laid out so far; on a screen document in its final fonts. */
    public BufferedImage teken(int index, float dpi) {
        try {
            return new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void nieuwePaginaZonderKop() {
        sluitInhoud();
        if (!paginas.isEmpty()) {
            naPagina.accept(paginas.size() - 1);
        }
        pagina = new PDPage(PDRectangle.A4);
        doc.addPage(pagina);
        paginas.add(pagina);
        mcids.add(new ArrayList<>());
        try {
            inhoud = new PDPageContentStream(doc, pagina);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGE;
    }

    /** Makes room for {@code hoogte} points, starting a new page when it does not fit (a waiting heading and all). */
    public void ruimte(float hoogte) {
        zetKop(hoogte);
        if (y - hoogte < MARGE_ONDER) {
            begin();
        }
    }

    public float y() {
        zetKop(STANDAARD_VERVOLG);
        return y;
    }

    public void omlaag(float punten) {
        zetKop(punten + STANDAARD_VERVOLG);
        y -= punten;
    }

    /** What a heading keeps with it when the next thing drawn does not say how much it needs: two lines of text. */
    private static final float STANDAARD_VERVOLG = 2 * 10 * 1.45f;

    /** Text at {@code x} on the current line: part of the element being drawn, or a paragraph of its own. */
    public void tekst(String tekst, PDType0Font font, float grootte, float x, Kleur kleur) {
        zetKop(grootte * 1.45f * 2);
        if (huidig == null && artefact == 0) {
            huidig = element(StandardStructureTypes.P);
            try {
                schrijf(tekst, font, grootte, x, kleur);
            } finally {
                huidig = null;
            }
        } else {
            schrijf(tekst, font, grootte, x, kleur);
        }
    }

    private void schrijf(String tekst, PDType0Font font, float grootte, float x, Kleur kleur) {
        try {
            markeer(huidig);
            inhoud.beginText();
            inhoud.setFont(font, grootte);
            kleur.vul(inhoud);
            inhoud.newLineAtOffset(x, y);
            inhoud.showText(tekenbaar(font, tekst));
            inhoud.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph over the full width (or from {@code x} to the right margin), flowing over pages. */
    public void alinea(String tekst, PDType0Font font, float grootte, Kleur kleur) {
        alinea(tekst, font, grootte, kleur, StandardStructureTypes.P);
    }

    /** The report's title: the document's one first-level heading. */
    public void titel(String tekst, float grootte) {
        alinea(tekst, vet, grootte, TEKST, StandardStructureTypes.H1);
    }

    /**
     * A paragraph tagged {@code soort} (P, H1, …), flowing over pages without leaving one line of it
     * alone: not its first line at the foot of a page (an orphan), nor its last at the head of the
     * next (a widow).
     */
    void alinea(String tekst, PDType0Font font, float grootte, Kleur kleur, String soort) {
        float regelhoogte = grootte * 1.45f;
        List<String> regels = regels(tekst, font, grootte, BREEDTE);
        zetKop(Math.min(regels.size(), 2) * regelhoogte);
        PDStructureElement was = huidig;
        huidig = element(soort);
        try {
            vloei(regels.size(), regelhoogte, r -> schrijf(regels.get(r), font, grootte, MARGE, kleur));
        } finally {
            huidig = was;
        }
    }

    /**
     * Lays {@code aantal} lines of {@code regelhoogte} over pages, calling {@code regel} for each with
     * the baseline set, and never leaves one line alone: not the first at the foot of a page (an
     * orphan), nor the last at the head of the next (a widow).
     */
    private void vloei(int aantal, float regelhoogte, java.util.function.IntConsumer regel) {
        int i = 0;
        boolean nieuw = false;
        while (i < aantal) {
            int rest = aantal - i;
            int passen = (int) Math.floor((y - MARGE_ONDER) / regelhoogte);
            int hier = Math.max(0, Math.min(rest, passen));
            if (hier > 0 && hier < rest) {
                if (rest - hier == 1) {
                    hier--; // the last line does not go over alone: one more goes with it
                }
                if (hier == 1) {
                    hier = 0; // nor does the first line stay behind alone
                }
            }
            if (hier == 0 && nieuw) {
                hier = Math.min(rest, Math.max(1, passen)); // a fresh page takes what it can, come what may
            }
            for (int r = 0; r < hier; r++) {
                y -= regelhoogte;
                regel.accept(i + r);
            }
            i += hier;
            if (i < aantal) {
                begin();
                nieuw = true;
            }
        }
    }

    /**
     * A bulleted list (L, each item an LI with its bullet as Lbl and its text as LBody), the text's
     * lines indented under its first; an item flows over pages like a paragraph.
     */
    public void lijst(List<String> punten, PDType0Font font, float grootte, Kleur kleur) {
        float regelhoogte = grootte * 1.45f;
        float inspring = breedte(font, grootte, "•") + grootte * 0.6f;
        List<List<String>> alle = punten.stream().map(p -> regels(p, font, grootte, BREEDTE - inspring)).toList();
        zetKop(alle.isEmpty() ? 0 : Math.min(alle.getFirst().size(), 2) * regelhoogte);
        PDStructureElement was = huidig;
        PDStructureElement lijst = element(StandardStructureTypes.L);
        org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject soort =
                new org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject();
        soort.setListNumbering(org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject
                .LIST_NUMBERING_DISC);
        lijst.addAttribute(soort);
        try {
            for (List<String> regels : alle) {
                PDStructureElement punt = element(StandardStructureTypes.LI, lijst);
                PDStructureElement label = element(StandardStructureTypes.LBL, punt);
                PDStructureElement tekst = element(StandardStructureTypes.L_BODY, punt);
                vloei(regels.size(), regelhoogte, r -> {
                    if (r == 0) {
                        huidig = label;
                        schrijf("•", font, grootte, MARGE, kleur);
                    }
                    huidig = tekst;
                    schrijf(regels.get(r), font, grootte, MARGE + inspring, kleur);
                });
            }
        } finally {
            huidig = was;
        }
    }

    /** A section heading (H2); it is kept on one page with the start of what it heads. */
    public void kop(String tekst, float grootte) {
        kop(tekst, grootte, 2);
    }

    /** A heading of level {@code niveau} (2 or 3), kept on one page with the start of what it heads. */
    public void kop(String tekst, float grootte, int niveau) {
        Kop nieuw = new Kop(tekst, grootte, niveau);
        zetKop(kopHoogte(nieuw) + STANDAARD_VERVOLG);
        wachtend = nieuw;
    }

    private float kopHoogte(Kop k) {
        return k.grootte() * 1.2f + regels(k.tekst(), vet, k.grootte(), BREEDTE).size() * k.grootte() * 1.45f
                + k.grootte() * 0.3f;
    }

    /**
     * Draws a waiting heading, on a new page unless {@code vervolg} points of what follows fit under
     * it: a heading never stands alone at the foot of a page.
     */
    private void zetKop(float vervolg) {
        if (wachtend == null) {
            return;
        }
        Kop k = wachtend;
        wachtend = null;
        float hoogte = kopHoogte(k);
        if (y - hoogte - vervolg < MARGE_ONDER) {
            begin();
        }
        y -= k.grootte() * 1.2f;
        alinea(k.tekst(), vet, k.grootte(), TEKST, "H" + Math.max(2, Math.min(6, k.niveau())));
        y -= k.grootte() * 0.3f;
    }

    /**
     * A figure (a chart): what {@code tekenen} draws is one Figure element, read out by its
     * {@code alt} text instead of as bars and numbers.
     */
    public void figuur(String alt, Runnable tekenen) {
        zetKop(STANDAARD_VERVOLG);
        PDStructureElement was = huidig;
        huidig = element(StandardStructureTypes.Figure);
        huidig.setAlternateDescription(alt);
        try {
            tekenen.run();
        } finally {
            huidig = was;
        }
    }

    /** A new structure element in the document, in reading order. */
    private PDStructureElement element(String soort) {
        return element(soort, document);
    }

    private static PDStructureElement element(String soort, PDStructureNode ouder) {
        PDStructureElement e = new PDStructureElement(soort, ouder);
        ouder.appendKid(e);
        return e;
    }

    /**
     * Opens the marked-content sequence for what is drawn next, unless it is open already: tagged
     * with a new MCID for {@code element}, or an artifact for null or inside {@link #artefact}.
     */
    private void markeer(PDStructureElement element) throws IOException {
        Object wat = artefact > 0 || element == null ? ARTEFACT : element;
        if (wat == open) {
            return;
        }
        sluitMarkering();
        if (wat == ARTEFACT) {
            inhoud.beginMarkedContent(COSName.ARTIFACT);
        } else {
            List<PDStructureElement> opPagina = mcids.getLast();
            int mcid = opPagina.size();
            opPagina.add(element);
            inhoud.beginMarkedContent(COSName.getPDFName(element.getStructureType()), mcid);
            // The element's page is its first; an MCID there is a plain number, one on a later page (a
            // cell or paragraph that went over) a reference naming its page. Fewer objects to write.
            var pg = element.getCOSObject().getDictionaryObject(COSName.PG);
            if (pg == null) {
                element.setPage(pagina);
                element.appendKid(mcid);
            } else if (pg == pagina.getCOSObject()) {
                element.appendKid(mcid);
            } else {
                PDMarkedContentReference ref = new PDMarkedContentReference();
                ref.setMCID(mcid);
                ref.setPage(pagina);
                element.appendKid(ref);
            }
        }
        open = wat;
    }

    private void sluitMarkering() throws IOException {
        if (open != null) {
            inhoud.endMarkedContent();
            open = null;
        }
    }

    /**
     * Draws an image (the practice's logo) with its top at the current line, at most {@code maxHoogte}
     * high and {@code maxBreedte} wide; returns its width, or 0 when the bytes are not an image. It is
     * a Figure read out as {@code alt}; in a running header, an artifact.
     */
    public float afbeelding(byte[] bytes, float x, float maxHoogte, float maxBreedte, String alt) {
        zetKop(maxHoogte);
        org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image;
        try {
            image = afbeeldingen.get(bytes);
            if (image == null) {
                image = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(doc, bytes, "logo");
                afbeeldingen.put(bytes, image);
            }
        } catch (IOException | IllegalArgumentException e) {
            // A logo that cannot be read must not stop the report: it is left out, and the log says so.
            org.slf4j.LoggerFactory.getLogger(PdfSchrijver.class).warn("An image (logo or signature) could not be read; left out of the PDF", e);
            return 0;
        }
        PDStructureElement was = huidig;
        if (huidig == null && artefact == 0) {
            huidig = element(StandardStructureTypes.Figure);
            huidig.setAlternateDescription(alt);
        }
        try {
            float schaal = Math.min(maxHoogte / image.getHeight(), maxBreedte / image.getWidth());
            float b = image.getWidth() * schaal;
            float h = image.getHeight() * schaal;
            markeer(huidig);
            inhoud.drawImage(image, x, y - h, b, h);
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            huidig = was;
        }
    }

    /** A rule: an artifact, unless it is part of a figure being drawn. */
    public void lijn(float x1, float x2, Kleur kleur, float dikte) {
        zetKop(STANDAARD_VERVOLG);
        try {
            markeer(huidig);
            kleur.trek(inhoud);
            inhoud.setLineWidth(dikte);
            inhoud.moveTo(x1, y);
            inhoud.lineTo(x2, y);
            inhoud.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled rectangle: an artifact (a background), unless it is part of a figure being drawn (a bar). */
    public void vlak(float x, float onder, float breedte, float hoogte, Kleur kleur) {
        zetKop(STANDAARD_VERVOLG);
        try {
            markeer(huidig);
            kleur.vul(inhoud);
            inhoud.addRect(x, onder, breedte, hoogte);
            inhoud.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A table over the full width: column widths as fractions, the header repeated on every page
     * the table runs onto, each cell wrapped within its column. Tagged as a Table: a row of TH
     * (scope column) and a TR of TD per row; the header repeated on a later page is an artifact, and
     * a cell that runs onto the next page stays one TD.
     */
    public void tabel(String[] kopjes, float[] fracties, List<String[]> rijen) {
        tabel(kopjes, fracties, rijen, false);
    }

    /**
     * A table of facts: each row a label and its value, the label in bold and tagged as the row's
     * header (TH, scope row), so a screen reader says "Eerste ziektedag: 16-09-2025" rather than a
     * bare date; no column header ("Gegeven | Waarde" would tell the reader nothing).
     */
    public void gegevenstabel(float[] fracties, List<String[]> rijen) {
        tabel(null, fracties, rijen, true);
    }

    private void tabel(String[] kopjes, float[] fracties, List<String[]> rijen, boolean rijkoppen) {
        boolean metKop = kopjes != null;
        float grootte = 8.5f;
        float regel = grootte * 1.35f;
        float[] breedtes = new float[fracties.length];
        for (int i = 0; i < fracties.length; i++) {
            breedtes[i] = fracties[i] * BREEDTE;
        }
        List<List<List<String>>> alleCellen = new ArrayList<>(rijen.size());
        for (String[] rij : rijen) {
            List<List<String>> cellen = new ArrayList<>();
            for (int i = 0; i < rij.length; i++) {
                cellen.add(regels(rij[i] == null ? "" : rij[i], rijkoppen && i == 0 ? vet : gewoon, grootte,
                        breedtes[i] - 6));
            }
            alleCellen.add(cellen);
        }
        // A header wider than its column ("Deelnemers" over "Doel") wraps like a cell.
        List<List<String>> koppen = new ArrayList<>();
        for (int i = 0; metKop && i < kopjes.length; i++) {
            koppen.add(regels(kopjes[i], vet, grootte, breedtes[i] - 6));
        }
        int kopRegels = metKop ? koppen.stream().mapToInt(List::size).max().orElse(1) : 0;
        float kopHoogte = metKop ? kopRegels * regel + 6 : 0;
        int eersteRij = alleCellen.isEmpty() ? 1 : alleCellen.getFirst().stream().mapToInt(List::size).max().orElse(1);
        // The heading above stays with the table's header and its first lines.
        zetKop(4 + kopHoogte + Math.min(eersteRij, 3) * regel + 4);
        PDStructureElement tabel = element(StandardStructureTypes.TABLE);
        PDStructureElement was = huidig;
        boolean[] herhaling = {false};
        Runnable kop = () -> {
            if (!metKop) {
                ruimte(regel * 2);
                herhaling[0] = true;
                return;
            }
            ruimte(kopHoogte + regel * 2);
            huidig = null;
            vlak(MARGE, y - kopHoogte, BREEDTE, kopHoogte, KOPVLAK);
            float boven = y;
            if (herhaling[0]) {
                artefact++; // the header repeated on a later page: read once, at the table's start
            }
            PDStructureElement rij = herhaling[0] ? null : element(StandardStructureTypes.TR, tabel);
            float x = MARGE + 3;
            for (int i = 0; i < kopjes.length; i++) {
                if (rij != null) {
                    huidig = element(StandardStructureTypes.TH, rij);
                    PDTableAttributeObject scope = new PDTableAttributeObject();
                    scope.setScope(PDTableAttributeObject.SCOPE_COLUMN);
                    huidig.addAttribute(scope);
                }
                y = boven - 1;
                for (String r : koppen.get(i)) {
                    y -= regel;
                    schrijf(r, vet, grootte, x, TEKST);
                }
                x += breedtes[i];
            }
            y = boven - kopRegels * regel - 1;
            if (herhaling[0]) {
                artefact--;
            }
            huidig = null;
            herhaling[0] = true;
            y -= 5;
        };
        try {
            y -= 4; // clear of the descenders of the line above
            kop.run();
            for (List<List<String>> cellen : alleCellen) {
                int hoogste = cellen.stream().mapToInt(List::size).max().orElse(1);
                PDStructureElement tr = element(StandardStructureTypes.TR, tabel);
                List<PDStructureElement> tds = new ArrayList<>(cellen.size());
                for (int i = 0; i < cellen.size(); i++) {
                    if (rijkoppen && i == 0) {
                        PDStructureElement th = element(StandardStructureTypes.TH, tr);
                        PDTableAttributeObject scope = new PDTableAttributeObject();
                        scope.setScope(PDTableAttributeObject.SCOPE_ROW);
                        th.addAttribute(scope);
                        tds.add(th);
                    } else {
                        tds.add(element(StandardStructureTypes.TD, tr));
                    }
                }
                // A row taller than a page is cut into page-sized parts, the header repeated above each.
                int gedaan = 0;
                while (gedaan < hoogste) {
                    int passen = (int) Math.floor((y - MARGE_ONDER - 4) / regel);
                    if (passen < 1 || (gedaan == 0 && passen < Math.min(hoogste, 3))) {
                        begin();
                        kop.run();
                        passen = (int) Math.floor((y - MARGE_ONDER - 4) / regel);
                    }
                    int deze = Math.min(passen, hoogste - gedaan);
                    // Cell by cell, so that each cell's lines are one marked-content sequence and
                    // text extraction reads a cell whole.
                    float boven = y;
                    float x = MARGE + 3;
                    for (int i = 0; i < cellen.size(); i++) {
                        List<String> cel = cellen.get(i);
                        huidig = tds.get(i);
                        y = boven;
                        for (int r = 0; r < deze; r++) {
                            y -= regel;
                            if (gedaan + r < cel.size()) {
                                schrijf(cel.get(gedaan + r), rijkoppen && i == 0 ? vet : gewoon, grootte, x, TEKST);
                            }
                        }
                        x += breedtes[i];
                    }
                    huidig = null;
                    y = boven - deze * regel;
                    gedaan += deze;
                    if (gedaan < hoogste) {
                        begin();
                        kop.run();
                    }
                }
                y -= 4;
                lijn(MARGE, MARGE + BREEDTE, LIJN, 0.5f);
            }
            y -= 6;
        } finally {
            huidig = was;
        }
    }

    /**
     * Writes the footer on every page (a pagination artifact), the structure tree's parent tree and
     * the PDF/A-2a and PDF/UA-1 metadata, and returns the bytes.
     */
    public byte[] klaar(String titel, String voettekstLinks, String paginaTekst, Calendar gemaakt) {
        zetKop(0);
        sluitInhoud();
        try {
            voeten(voettekstLinks, paginaTekst);
            structuur();
            pdfa(titel, gemaakt);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            doc.save(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A screen document's end: the footers written as {@link #klaar} writes them, and the document
     * itself handed over unsaved, to draw its pages from (the caller closes it). No structure tree,
     * metadata or subsetting: nothing of it leaves the screen.
     */
    public PDDocument voorHetScherm(String voettekstLinks, String paginaTekst) {
        if (!heleFonts) {
            throw new IllegalStateException("a document with subset fonts must be saved before it is drawn");
        }
        zetKop(0);
        sluitInhoud();
        try {
            voeten(voettekstLinks, paginaTekst);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        losgelaten = true;
        return doc;
    }

    /** The footer on every page (a pagination artifact): the left text, a rule, "pagina X van Y". */
    private void voeten(String voettekstLinks, String paginaTekst) throws IOException {
        int totaal = paginas.size();
        for (int i = 0; i < totaal; i++) {
            try (PDPageContentStream voet = new PDPageContentStream(doc, paginas.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                voet.beginMarkedContent(COSName.ARTIFACT);
                LIJN.trek(voet);
                voet.setLineWidth(0.5f);
                voet.moveTo(MARGE, MARGE_ONDER - 18);
                voet.lineTo(MARGE + BREEDTE, MARGE_ONDER - 18);
                voet.stroke();
                voet.beginText();
                voet.setFont(gewoon, 8);
                GRIJS.vul(voet);
                voet.newLineAtOffset(MARGE, MARGE_ONDER - 30);
                voet.showText(tekenbaar(gewoon, voettekstLinks));
                voet.endText();
                String pagina = String.format(paginaTekst, i + 1, totaal);
                voet.beginText();
                voet.newLineAtOffset(MARGE + BREEDTE - breedte(gewoon, 8, pagina), MARGE_ONDER - 30);
                voet.showText(tekenbaar(gewoon, pagina));
                voet.endText();
                voet.endMarkedContent();
            }
        }
    }

    /**
     * The catalog of a tagged PDF: the structure tree with its parent tree (page by page, the element
     * of each MCID), MarkInfo Marked, the language, and the title shown instead of the file name.
     */
    private void structuur() {
        PDDocumentCatalog catalogus = doc.getDocumentCatalog();
        Map<Integer, PDParentTreeValue> ouders = new HashMap<>();
        for (int i = 0; i < paginas.size(); i++) {
            paginas.get(i).setStructParents(i);
            paginas.get(i).getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
            COSArray elementen = new COSArray();
            for (PDStructureElement e : mcids.get(i)) {
                elementen.add(e);
            }
            ouders.put(i, new PDParentTreeValue(elementen));
        }
        PDNumberTreeNode ouderboom = new PDNumberTreeNode(PDParentTreeValue.class);
        ouderboom.setNumbers(ouders);
        boom.setParentTree(ouderboom);
        boom.setParentTreeNextKey(paginas.size());
        catalogus.setStructureTreeRoot(boom);
        PDMarkInfo markering = new PDMarkInfo();
        markering.setMarked(true); // Suspects left out (false): poppler calls a written false "wrong type"
        catalogus.setMarkInfo(markering);
        catalogus.setLanguage(taal);
        PDViewerPreferences voorkeuren = new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
        voorkeuren.setDisplayDocTitle(true);
        catalogus.setViewerPreferences(voorkeuren);
    }

    /**
     * PDF/A-2a and PDF/UA-1: XMP metadata that matches the document information (title only: no
     * client data), with the pdfuaid identification and its extension schema (PDF/A allows only
     * described schemas), and an sRGB output intent for the device colours used.
     */
    private void pdfa(String titel, Calendar gemaakt) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(titel);
        info.setCreator("Spoorzoeker");
        info.setProducer("Spoorzoeker");
        info.setCreationDate(gemaakt);
        info.setModificationDate(gemaakt);
        String datum = DateConverter.toISO8601(gemaakt);
        String xmp = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:format>application/pdf</dc:format>
                <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%1$s</rdf:li></rdf:Alt></dc:title>
                <dc:language><rdf:Bag><rdf:li>%3$s</rdf:li></rdf:Bag></dc:language>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                <xmp:CreatorTool>Spoorzoeker</xmp:CreatorTool>
                <xmp:CreateDate>%2$s</xmp:CreateDate>
                <xmp:ModifyDate>%2$s</xmp:ModifyDate>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                <pdf:Producer>Spoorzoeker</pdf:Producer>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                <pdfaid:part>2</pdfaid:part>
                <pdfaid:conformance>A</pdfaid:conformance>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
                xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
                <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
                <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>part</pdfaProperty:name>
                <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                <pdfaProperty:category>internal</pdfaProperty:category>
                <pdfaProperty:description>Indicates which part of ISO 14289 the file conforms to</pdfaProperty:description>
                </rdf:li></rdf:Seq></pdfaSchema:property>
                </rdf:li></rdf:Bag></pdfaExtension:schemas>
                </rdf:Description>
                </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(xml(titel), datum, taal);
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xmp.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(doc,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    private static String xml(String tekst) {
        return tekst.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void sluitInhoud() {
        if (inhoud != null) {
            try {
                sluitMarkering();
                inhoud.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            inhoud = null;
        }
    }

    @Override
    public void close() {
        try {
            sluitInhoud();
            if (!losgelaten) {
                doc.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
