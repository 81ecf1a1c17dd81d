package nl.spoorzoeker.report.pdf;

import java.awt.color.ColorSpace;
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
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * A small layout engine on PDFBox for A4 reports: paragraphs and headings that flow over pages,
 * tables that split across pages with their header repeated, a footer with "pagina X van Y", the
 * DejaVu Sans font embedded (never the standard 14 fonts), and PDF/A-2b metadata with an sRGB
 * output intent. Nothing is drawn outside the margins.
 */
public final class PdfSchrijver implements AutoCloseable {

    public static final float MARGE = 56;
    public static final float MARGE_ONDER = 64;
    public static final float BREEDTE = PDRectangle.A4.getWidth() - 2 * MARGE;
    public static final float[] TEKST = {0.13f, 0.15f, 0.18f};
    public static final float[] GRIJS = {0.42f, 0.45f, 0.5f};
    public static final float[] ACCENT = {0.05f, 0.35f, 0.7f};
    public static final float[] LIJN = {0.82f, 0.84f, 0.87f};
    public static final float[] KOPVLAK = {0.93f, 0.95f, 0.98f};

    private final PDDocument doc = new PDDocument();
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

    /** @param nieuwePagina draws what every page starts with (the running header) */
    public PdfSchrijver(Runnable nieuwePagina) {
        this.nieuwePagina = nieuwePagina;
        gewoon = font("DejaVuSans.ttf");
        vet = font("DejaVuSans-Bold.ttf");
    }

    private PDType0Font font(String naam) {
        try (InputStream in = PdfSchrijver.class.getResourceAsStream("/nl/spoorzoeker/report/fonts/" + naam)) {
            return PDType0Font.load(doc, new java.io.ByteArrayInputStream(zonderLigaturen(in.readAllBytes())), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
        return Regelbreker.breek(tekst, maxBreedte, s -> breedte(font, grootte, s));
    }

    public void begin() {
        nieuwePaginaZonderKop();
        nieuwePagina.run();
    }

    private void nieuwePaginaZonderKop() {
        sluitInhoud();
        pagina = new PDPage(PDRectangle.A4);
        doc.addPage(pagina);
        paginas.add(pagina);
        try {
            inhoud = new PDPageContentStream(doc, pagina);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGE;
    }

    /** Makes room for {@code hoogte} points, starting a new page when it does not fit. */
    public void ruimte(float hoogte) {
        if (y - hoogte < MARGE_ONDER) {
            begin();
        }
    }

    public float y() {
        return y;
    }

    public void omlaag(float punten) {
        y -= punten;
    }

    public void tekst(String tekst, PDType0Font font, float grootte, float x, float[] kleur) {
        try {
            inhoud.beginText();
            inhoud.setFont(font, grootte);
            inhoud.setNonStrokingColor(kleur[0], kleur[1], kleur[2]);
            inhoud.newLineAtOffset(x, y);
            inhoud.showText(tekenbaar(font, tekst));
            inhoud.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A paragraph over the full width (or from {@code x} to the right margin), flowing over pages. */
    public void alinea(String tekst, PDType0Font font, float grootte, float[] kleur) {
        float regelhoogte = grootte * 1.45f;
        for (String regel : regels(tekst, font, grootte, BREEDTE)) {
            ruimte(regelhoogte);
            omlaag(regelhoogte);
            tekst(regel, font, grootte, MARGE, kleur);
        }
    }

    /** A heading; it moves to the next page unless a few lines of what it heads fit below it. */
    public void kop(String tekst, float grootte) {
        ruimte(grootte * 3.2f + 36);
        omlaag(grootte * 1.2f);
        alinea(tekst, vet, grootte, TEKST);
        omlaag(grootte * 0.3f);
    }

    /**
     * Draws an image (the practice's logo) with its top at the current line, at most {@code maxHoogte}
     * high and {@code maxBreedte} wide; returns its width, or 0 when the bytes are not an image.
     */
    float afbeelding(byte[] bytes, float x, float maxHoogte, float maxBreedte) {
        try {
            var image = afbeeldingen.get(bytes);
            if (image == null) {
                image = org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(doc, bytes, "logo");
                afbeeldingen.put(bytes, image);
            }
            float schaal = Math.min(maxHoogte / image.getHeight(), maxBreedte / image.getWidth());
            float b = image.getWidth() * schaal;
            float h = image.getHeight() * schaal;
            inhoud.drawImage(image, x, y - h, b, h);
            return b;
        } catch (IOException | IllegalArgumentException e) {
            // A logo that cannot be read must not stop the report: it is left out.
            return 0;
        }
    }

    public void lijn(float x1, float x2, float[] kleur, float dikte) {
        try {
            inhoud.setStrokingColor(kleur[0], kleur[1], kleur[2]);
            inhoud.setLineWidth(dikte);
            inhoud.moveTo(x1, y);
            inhoud.lineTo(x2, y);
            inhoud.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void vlak(float x, float onder, float breedte, float hoogte, float[] kleur) {
        try {
            inhoud.setNonStrokingColor(kleur[0], kleur[1], kleur[2]);
            inhoud.addRect(x, onder, breedte, hoogte);
            inhoud.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A table over the full width: column widths as fractions, the header repeated on every page
     * the table runs onto, each cell wrapped within its column.
     */
    public void tabel(String[] kopjes, float[] fracties, List<String[]> rijen) {
        float grootte = 8.5f;
        float regel = grootte * 1.35f;
        float[] breedtes = new float[fracties.length];
        for (int i = 0; i < fracties.length; i++) {
            breedtes[i] = fracties[i] * BREEDTE;
        }
        Runnable kop = () -> {
            float hoogte = regel + 6;
            ruimte(hoogte + regel * 2);
            vlak(MARGE, y - hoogte, BREEDTE, hoogte, KOPVLAK);
            omlaag(regel + 1);
            float x = MARGE + 3;
            for (int i = 0; i < kopjes.length; i++) {
                tekst(kopjes[i], vet, grootte, x, TEKST);
                x += breedtes[i];
            }
            omlaag(5);
        };
        omlaag(4); // clear of the descenders of the line above
        kop.run();
        for (String[] rij : rijen) {
            List<List<String>> cellen = new ArrayList<>();
            int hoogste = 1;
            for (int i = 0; i < rij.length; i++) {
                List<String> r = regels(rij[i] == null ? "" : rij[i], gewoon, grootte, breedtes[i] - 6);
                cellen.add(r);
                hoogste = Math.max(hoogste, r.size());
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
                for (int r = 0; r < deze; r++) {
                    omlaag(regel);
                    float x = MARGE + 3;
                    for (int i = 0; i < cellen.size(); i++) {
                        List<String> cel = cellen.get(i);
                        if (gedaan + r < cel.size()) {
                            tekst(cel.get(gedaan + r), gewoon, grootte, x, TEKST);
                        }
                        x += breedtes[i];
                    }
                }
                gedaan += deze;
                if (gedaan < hoogste) {
                    begin();
                    kop.run();
                }
            }
            omlaag(4);
            lijn(MARGE, MARGE + BREEDTE, LIJN, 0.5f);
        }
        omlaag(6);
    }

    /** Writes the footer on every page and the PDF/A-2b metadata, and returns the bytes. */
    public byte[] klaar(String titel, String voettekstLinks, String paginaTekst, Calendar gemaakt) {
        sluitInhoud();
        try {
            int totaal = paginas.size();
            for (int i = 0; i < totaal; i++) {
                try (PDPageContentStream voet = new PDPageContentStream(doc, paginas.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    voet.setStrokingColor(LIJN[0], LIJN[1], LIJN[2]);
                    voet.setLineWidth(0.5f);
                    voet.moveTo(MARGE, MARGE_ONDER - 18);
                    voet.lineTo(MARGE + BREEDTE, MARGE_ONDER - 18);
                    voet.stroke();
                    voet.beginText();
                    voet.setFont(gewoon, 8);
                    voet.setNonStrokingColor(GRIJS[0], GRIJS[1], GRIJS[2]);
                    voet.newLineAtOffset(MARGE, MARGE_ONDER - 30);
                    voet.showText(tekenbaar(gewoon, voettekstLinks));
                    voet.endText();
                    String pagina = String.format(paginaTekst, i + 1, totaal);
                    voet.beginText();
                    voet.newLineAtOffset(MARGE + BREEDTE - breedte(gewoon, 8, pagina), MARGE_ONDER - 30);
                    voet.showText(tekenbaar(gewoon, pagina));
                    voet.endText();
                }
            }
            pdfa(titel, gemaakt);
            ByteArrayOutputStream uit = new ByteArrayOutputStream();
            doc.save(uit);
            return uit.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * PDF/A-2b: XMP metadata that matches the document information (title only: no client data),
     * and an sRGB output intent for the device colours used.
     */
    private void pdfa(String titel, Calendar gemaakt) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(titel);
        info.setCreator("Spoorzoeker");
        info.setProducer("Spoorzoeker");
        info.setCreationDate(gemaakt);
        info.setModificationDate(gemaakt);
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(titel);
        XMPBasicSchema basis = xmp.createAndAddXMPBasicSchema();
        basis.setCreatorTool("Spoorzoeker");
        basis.setCreateDate(gemaakt);
        basis.setModifyDate(gemaakt);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer("Spoorzoeker");
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        pdfa.setPart(2);
        try {
            pdfa.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException e) {
            throw new IllegalStateException("B is a valid PDF/A conformance level", e);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, xml, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e);
        }
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(xml.toByteArray());
        doc.getDocumentCatalog().setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(doc,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    private void sluitInhoud() {
        if (inhoud != null) {
            try {
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
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
