package org.relance.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The demo's invoice documents, written at run time so that their dates are relative to the day of the demo: plain
 * text PDFs, and Factur-X PDFs (the same page with the CII XML embedded as {@code factur-x.xml}, where Mustang finds
 * it). Pure.
 */
public final class DemoPdfs {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter CII = DateTimeFormatter.BASIC_ISO_DATE;

    private DemoPdfs() {
    }

    /** A one-page PDF as the founder's invoicing tool would print it. */
    static byte[] plain(SampleInvoice invoice) {
        return build(lines(invoice), null);
    }

    /** The same page carrying its CII XML (Factur-X BASIC profile): read from the XML, not from the text. */
    static byte[] facturX(SampleInvoice invoice) {
        return build(lines(invoice), ciiXml(invoice).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> lines(SampleInvoice i) {
        List<String> lines = new ArrayList<>();
        lines.add(SampleMail.SELLER);
        lines.add("12 rue de la Paix, 75002 Paris - SIREN 123456789");
        lines.add("");
        lines.add(i.creditNote() ? "AVOIR" : "FACTURE");
        lines.add((i.creditNote() ? "Avoir n° " : "Facture n° ") + i.number());
        lines.add("Date : " + FRENCH.format(i.issued()));
        if (i.termsOnly()) {
            lines.add("Conditions : payable à " + java.time.temporal.ChronoUnit.DAYS.between(i.issued(), i.due())
                    + " jours");
        } else if (!i.creditNote()) {
            lines.add("Échéance : " + FRENCH.format(i.due()));
        }
        lines.add("");
        lines.add("Client : " + i.customer());
        lines.add("Email : " + i.email());
        lines.add("");
        lines.add(i.line());
        lines.add("Total HT : " + SampleMail.french(i.net()) + " €");
        lines.add("TVA 20 % : " + SampleMail.french(i.total().subtract(i.net())) + " €");
        lines.add("Total TTC : " + SampleMail.french(i.total()) + " €");
        lines.add("");
        lines.add("IBAN : FR76 3000 6000 0112 3456 7890 189");
        return lines;
    }

    private static String ciiXml(SampleInvoice i) {
        String amounts = """
                <ram:TaxBasisTotalAmount>%s</ram:TaxBasisTotalAmount>
                <ram:TaxTotalAmount currencyID="EUR">%s</ram:TaxTotalAmount>
                <ram:GrandTotalAmount>%s</ram:GrandTotalAmount>
                <ram:DuePayableAmount>%s</ram:DuePayableAmount>""".formatted(i.net().toPlainString(),
                i.total().subtract(i.net()).toPlainString(), i.total().toPlainString(), i.total().toPlainString());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
                    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
                    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
                  <rsm:ExchangedDocumentContext>
                    <ram:GuidelineSpecifiedDocumentContextParameter>
                      <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic</ram:ID>
                    </ram:GuidelineSpecifiedDocumentContextParameter>
                  </rsm:ExchangedDocumentContext>
                  <rsm:ExchangedDocument>
                    <ram:ID>%s</ram:ID>
                    <ram:TypeCode>%s</ram:TypeCode>
                    <ram:IssueDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:IssueDateTime>
                  </rsm:ExchangedDocument>
                  <rsm:SupplyChainTradeTransaction>
                    <ram:ApplicableHeaderTradeAgreement>
                      <ram:SellerTradeParty><ram:Name>%s</ram:Name></ram:SellerTradeParty>
                      <ram:BuyerTradeParty>
                        <ram:Name>%s</ram:Name>
                        <ram:URIUniversalCommunication><ram:URIID schemeID="EM">%s</ram:URIID></ram:URIUniversalCommunication>
                      </ram:BuyerTradeParty>
                    </ram:ApplicableHeaderTradeAgreement>
                    <ram:ApplicableHeaderTradeDelivery/>
                    <ram:ApplicableHeaderTradeSettlement>
                      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
                      <ram:SpecifiedTradeSettlementPaymentMeans>
                        <ram:TypeCode>58</ram:TypeCode>
                        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>FR7630006000011234567890189</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
                      </ram:SpecifiedTradeSettlementPaymentMeans>
                      <ram:SpecifiedTradePaymentTerms>
                        <ram:DueDateDateTime><udt:DateTimeString format="102">%s</udt:DateTimeString></ram:DueDateDateTime>
                      </ram:SpecifiedTradePaymentTerms>
                      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                %s
                      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                    </ram:ApplicableHeaderTradeSettlement>
                  </rsm:SupplyChainTradeTransaction>
                </rsm:CrossIndustryInvoice>
                """.formatted(i.number(), i.creditNote() ? "381" : "380", CII.format(i.issued()), SampleMail.SELLER,
                i.customer(), i.email(), CII.format(i.due()), amounts.indent(8).stripTrailing());
    }

    /** A one-page PDF with one text line per string (Helvetica): the plain invoices here, and the tests' PDFs. */
    public static byte[] textPdf(List<String> lines) {
        return build(lines, null);
    }

    private static byte[] build(List<String> lines, byte[] embeddedXml) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(16);
                content.newLineAtOffset(50, 740);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            if (embeddedXml != null) {
                embed(doc, embeddedXml);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a demo PDF", e);
        }
    }

    private static void embed(PDDocument doc, byte[] xml) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new java.io.ByteArrayInputStream(xml));
        file.setSubtype("text/xml");
        file.setSize(xml.length);
        file.setCreationDate(Calendar.getInstance());
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile("factur-x.xml");
        spec.setFileUnicode("factur-x.xml");
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of("factur-x.xml", spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
        // Mustang looks for the embedded XML only in a PDF with XMP metadata, as Factur-X requires.
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(XMP.getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
    }

    /** The Factur-X extension schema's description of the attachment (BASIC profile). */
    private static final String XMP = """
            <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
              <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#">
                  <fx:DocumentType>INVOICE</fx:DocumentType>
                  <fx:DocumentFileName>factur-x.xml</fx:DocumentFileName>
                  <fx:Version>1.0</fx:Version>
                  <fx:ConformanceLevel>BASIC</fx:ConformanceLevel>
                </rdf:Description>
              </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
}
