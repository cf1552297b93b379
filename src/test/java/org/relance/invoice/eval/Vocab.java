package org.relance.invoice.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The words, formats and distractors of one vendor country; the held-out family adds wordings of its own. */
final class Vocab {

    InvoicePdfGenerator.Lang lang;
    List<String> customers;
    List<String> sellers;
    List<String> items;
    BigDecimal rate;
    BigDecimal reducedRate;
    String bareTotal;
    List<String> dueLabels;
    List<String> termsDays;
    String termsEndOfMonth;
    List<String> onReceipt;
    List<String> dueInWordsPhrase;
    List<String> numberLabels;
    List<String> issueLabels;
    List<String> orderDateLabels;
    List<String> customerNoLabels;
    List<String> netLabels;
    List<String> taxLabels;
    List<String> totalLabels;
    List<String> depositLabels;
    List<String> balanceLabels;
    List<String> addresses;
    String legal;
    List<String> places;
    String title;
    List<String> customerLabels;
    String[] itemHeader;
    List<String> deliveryLabels;
    List<String> footers;
    String iban;
    String bic;
    String currency;
    String digitDate;
    String[] months;
    char group;
    char decimal;
    boolean prefix;
    String sign;

    private static final String[] FR_MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] DE_MONTHS = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
        "September", "Oktober", "November", "Dezember"};
    private static final String[] NL_MONTHS = {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december"};

    private Vocab() {
    }

    private static List<String> l(boolean heldOut, List<String> dev, String... heldOutOnly) {
        if (!heldOut || heldOutOnly.length == 0) {
            return dev;
        }
        List<String> all = new ArrayList<>(List.of(heldOutOnly));
        all.addAll(dev);
        return all;
    }

    static Vocab of(InvoicePdfGenerator.Lang lang, boolean h) {
        Vocab v = new Vocab();
        v.lang = lang;
        switch (lang) {
            case FR, BE -> {
                boolean be = lang == InvoicePdfGenerator.Lang.BE;
                v.customers = List.of("Boulangerie Martin", "Hôtel du Parc SAS", "Garage Lefèvre", "Cabinet Roussel",
                        "Librairie des Halles", "Atelier Mercier SARL", "Pharmacie Dubois");
                v.sellers = be ? List.of("Menuiserie Lambert SPRL", "Imprimerie Wauters SRL", "Bureau Dethier SA")
                        : List.of("Plomberie Girard SARL", "Studio Graphique Aubert", "Électricité Morel SAS",
                                "Conseil Perrin EURL");
                v.items = List.of("Prestation de conseil", "Pose de carrelage", "Maintenance annuelle", "Création de logo",
                        "Déplacement", "Fournitures diverses", "Formation d'une journée");
                v.rate = be ? new BigDecimal("21") : new BigDecimal("20");
                v.reducedRate = be ? new BigDecimal("6") : new BigDecimal("10");
                v.bareTotal = "Total";
                v.dueLabels = l(h, List.of("Échéance :", "Date d'échéance :", "À régler avant le"),
                        "Date limite de paiement :", "Payable avant le");
                v.termsDays = l(h, List.of("Conditions de paiement : %d jours", "Payable à %d jours"),
                        "Règlement à %d jours date de facture");
                v.termsEndOfMonth = "Règlement : %d jours fin de mois";
                v.onReceipt = l(h, List.of("Paiement à réception de facture"), "Payable dès réception");
                v.dueInWordsPhrase = List.of("Montant à régler avant le", "Merci de régler avant le");
                v.numberLabels = l(h, List.of("Facture n°", "Facture N°"), "N° de facture :", "Numéro de facture :");
                v.issueLabels = l(h, List.of("Date :", "Date de facture :"), "Date d'émission :", "Émise le");
                v.orderDateLabels = List.of("Date de commande :", "Bon de commande du");
                v.customerNoLabels = List.of("N° client :", "Code client :");
                v.netLabels = be ? l(h, List.of("Total HTVA", "Sous-total"), "Montant HTVA")
                        : l(h, List.of("Total HT", "Sous-total HT"), "Montant HT");
                v.taxLabels = List.of("TVA %s %%");
                v.totalLabels = be ? l(h, List.of("Total TVAC", "Total à payer"), "Montant TVAC", "Net à payer")
                        : l(h, List.of("Total TTC", "Net à payer"), "Montant TTC", "Total à payer");
                v.depositLabels = List.of("Acompte versé", "Déjà réglé");
                v.balanceLabels = List.of("Reste à payer", "Solde à payer");
                v.addresses = be ? List.of("Rue Neuve 12, 1000 Bruxelles", "Chaussée de Liège 8, 5000 Namur")
                        : List.of("12 rue de la Paix, 75002 Paris", "4 place Bellecour, 69002 Lyon", "8 quai des Chartrons, 33000 Bordeaux");
                v.legal = be ? "TVA BE0" : "SIRET";
                v.places = be ? List.of("Bruxelles", "Namur", "Liège") : List.of("Lyon", "Paris", "Nantes");
                v.title = "FACTURE";
                v.customerLabels = l(h, List.of("Client :", "Facturé à :"), "Adressé à :", "Destinataire :");
                v.itemHeader = new String[] {"Désignation", "Qté", "Prix unitaire", "Montant"};
                v.deliveryLabels = List.of("Date de livraison :", "Livré le");
                v.footers = List.of("Pénalités de retard : 3 fois le taux d'intérêt légal, indemnité forfaitaire de 40 €",
                        "Escompte pour paiement anticipé : néant", "Capital de 10 000 €");
                v.iban = be ? "BE68 5390 0754 7034" : "FR76 3000 6000 0112 3456 7890 189";
                v.bic = be ? "GKCCBEBB" : "AGRIFRPP";
                v.currency = "EUR";
                v.digitDate = be && h ? "dd-MM-yyyy" : "dd/MM/yyyy";
                v.months = FR_MONTHS;
                v.group = be ? '.' : ' ';
                v.decimal = ',';
                v.prefix = be && h;
                v.sign = be && h ? "€ " : " €";
                if (v.prefix) {
                    v.sign = "€ ";
                }
            }
            case EN_GB, EN_US -> {
                boolean us = lang == InvoicePdfGenerator.Lang.EN_US;
                v.customers = List.of("Contoso Ltd", "Harper & Sons", "Bluebird Cafe", "Northwind Traders", "Acme Studio");
                v.sellers = us ? List.of("Fabrikam Inc.", "Lakeside Design LLC") : List.of("Thames Consulting Ltd", "Brightwater Media Ltd");
                v.items = List.of("Consulting services", "Website maintenance", "Design work", "Travel expenses", "Licence fee");
                v.rate = us ? new BigDecimal("8") : new BigDecimal("20");
                v.reducedRate = us ? null : new BigDecimal("5");
                v.bareTotal = "Total";
                v.dueLabels = l(h, List.of("Due date:", "Payment due:"), "Please pay by", "Due by");
                v.termsDays = l(h, List.of("Payment terms: Net %d", "Payment due within %d days"), "Terms: %d days");
                v.termsEndOfMonth = "Payment terms: %d days end of month";
                v.onReceipt = l(h, List.of("Terms: Due on receipt"), "Payable upon receipt");
                v.dueInWordsPhrase = List.of("Please settle this invoice by", "Payment is due by");
                v.numberLabels = l(h, List.of("Invoice No:", "Invoice #"), "Invoice Number:", "Bill No:");
                v.issueLabels = l(h, List.of("Invoice date:", "Date:"), "Issue date:", "Dated");
                v.orderDateLabels = List.of("Order date:", "PO date:");
                v.customerNoLabels = List.of("Customer No:", "Account number:");
                v.netLabels = l(h, List.of("Subtotal", "Total excl. VAT"), "Net amount", "Sub-total");
                v.taxLabels = us ? List.of("Sales tax %s%%") : List.of("VAT %s%%");
                v.totalLabels = l(h, List.of("Total due", "Amount due", "Grand Total"), "Amount payable", "Total incl. VAT",
                        "Invoice total");
                v.depositLabels = List.of("Deposit paid", "Amount paid");
                v.balanceLabels = List.of("Balance due", "Balance payable");
                v.addresses = us ? List.of("100 Main Street, Springfield, IL 62701", "55 Market St, San Francisco, CA 94105")
                        : List.of("10 Downing Lane, London SW1A 2AA", "22 Deansgate, Manchester M3 4LY");
                v.legal = us ? "EIN" : "Company No.";
                v.places = us ? List.of("Springfield", "Boston") : List.of("London", "Manchester");
                v.title = "INVOICE";
                v.customerLabels = l(h, List.of("Bill to:", "Invoice to:"), "Billed to:", "Customer:");
                v.itemHeader = new String[] {"Description", "Qty", "Unit price", "Amount"};
                v.deliveryLabels = List.of("Delivery date:", "Shipped on");
                v.footers = List.of("Late payments incur interest at 8% over base rate after 30 days",
                        "Thank you for your business", "Early payment discount 2% within 10 days");
                v.iban = "GB29 NWBK 6016 1331 9268 19";
                v.bic = "NWBKGB2L";
                v.currency = us ? "USD" : "GBP";
                v.digitDate = "dd/MM/yyyy";
                v.months = EN_MONTHS;
                v.group = ',';
                v.decimal = '.';
                v.prefix = true;
                v.sign = us ? "$" : "£";
            }
            case NL -> {
                v.customers = List.of("Café De Hoek", "Bakkerij Visser", "Fietsenwinkel Smit", "Hotel Zonneveld");
                v.sellers = List.of("Jansen Installatie B.V.", "Studio De Vries", "Bouwbedrijf Bakker B.V.");
                v.items = List.of("Advieswerkzaamheden", "Onderhoud installatie", "Voorrijkosten", "Materiaal");
                v.rate = new BigDecimal("21");
                v.reducedRate = new BigDecimal("9");
                v.bareTotal = "Totaal";
                v.dueLabels = l(h, List.of("Vervaldatum:"), "Uiterste betaaldatum:", "Te betalen vóór");
                v.termsDays = l(h, List.of("Betalingstermijn: %d dagen"), "Te betalen binnen %d dagen");
                v.termsEndOfMonth = "Betaling binnen %d dagen na einde maand";
                v.onReceipt = List.of("Betaling bij ontvangst");
                v.dueInWordsPhrase = List.of("Gelieve te betalen vóór", "Te betalen uiterlijk op");
                v.numberLabels = l(h, List.of("Factuurnummer:", "Factuur nr."), "Factuurnr.:");
                v.issueLabels = l(h, List.of("Factuurdatum:", "Datum:"));
                v.orderDateLabels = List.of("Besteldatum:");
                v.customerNoLabels = List.of("Klantnummer:");
                v.netLabels = l(h, List.of("Subtotaal", "Totaal excl. BTW"));
                v.taxLabels = List.of("BTW %s%%");
                v.totalLabels = l(h, List.of("Totaal", "Totaal incl. BTW"), "Te betalen", "Totaalbedrag");
                v.depositLabels = List.of("Aanbetaling", "Reeds betaald");
                v.balanceLabels = List.of("Nog te betalen");
                v.addresses = List.of("Kerkstraat 12, 1017 GC Amsterdam", "Oudegracht 50, 3511 AR Utrecht");
                v.legal = "KvK";
                v.places = List.of("Amsterdam", "Utrecht");
                v.title = "FACTUUR";
                v.customerLabels = l(h, List.of("Klant:", "Gefactureerd aan:"));
                v.itemHeader = new String[] {"Omschrijving", "Aantal", "Prijs", "Bedrag"};
                v.deliveryLabels = List.of("Leverdatum:");
                v.footers = List.of("Bij te late betaling wordt wettelijke rente in rekening gebracht", "BTW-nummer NL001234567B01");
                v.iban = "NL91 ABNA 0417 1643 00";
                v.bic = "ABNANL2A";
                v.currency = "EUR";
                v.digitDate = "dd-MM-yyyy";
                v.months = NL_MONTHS;
                v.group = '.';
                v.decimal = ',';
                v.prefix = true;
                v.sign = "€ ";
            }
            case DE -> {
                v.customers = List.of("Café Müller", "Bäckerei Schmidt", "Praxis Dr. Weber", "Autohaus König GmbH");
                v.sellers = List.of("Schreinerei Vogel GmbH", "Elektro Braun KG", "Agentur Hoffmann GmbH");
                v.items = List.of("Beratungsleistung", "Montage", "Wartungsvertrag", "Anfahrt", "Material");
                v.rate = new BigDecimal("19");
                v.reducedRate = new BigDecimal("7");
                v.bareTotal = "Summe";
                v.dueLabels = l(h, List.of("Fällig am", "Zahlbar bis"), "Fälligkeitsdatum:");
                v.termsDays = l(h, List.of("Zahlbar innerhalb von %d Tagen ohne Abzug"), "Zahlungsziel: %d Tage netto");
                v.termsEndOfMonth = "Zahlbar %d Tage zum Monatsende";
                v.onReceipt = List.of("Zahlbar sofort nach Erhalt der Rechnung");
                v.dueInWordsPhrase = List.of("Bitte überweisen Sie bis zum", "Zahlbar bis zum");
                v.numberLabels = l(h, List.of("Rechnungsnummer:", "Rechnung Nr."), "Rechnungs-Nr.:");
                v.issueLabels = l(h, List.of("Rechnungsdatum:", "Datum:"), "Ausstellungsdatum:");
                v.orderDateLabels = List.of("Bestelldatum:", "Auftrag vom");
                v.customerNoLabels = List.of("Kundennummer:", "Kunden-Nr.:");
                v.netLabels = l(h, List.of("Nettobetrag", "Summe netto"), "Zwischensumme");
                v.taxLabels = List.of("MwSt. %s %%", "USt. %s %%");
                v.totalLabels = l(h, List.of("Gesamtbetrag", "Rechnungsbetrag"), "Endbetrag", "Gesamtsumme");
                v.depositLabels = List.of("Anzahlung", "Bereits bezahlt");
                v.balanceLabels = List.of("Restbetrag", "Noch zu zahlen");
                v.addresses = List.of("Hauptstraße 1, 10115 Berlin", "Marienplatz 3, 80331 München");
                v.legal = "HRB";
                v.places = List.of("Berlin", "München", "Hamburg");
                v.title = "RECHNUNG";
                v.customerLabels = l(h, List.of("Kunde:", "Rechnungsempfänger:"));
                v.itemHeader = new String[] {"Bezeichnung", "Menge", "Einzelpreis", "Betrag"};
                v.deliveryLabels = List.of("Lieferdatum:", "Leistungsdatum:");
                v.footers = List.of("Bei Zahlung innerhalb von 8 Tagen 2 % Skonto", "USt-IdNr. DE123456789",
                        "Geschäftsführer: Hans Vogel");
                v.iban = "DE89 3704 0044 0532 0130 00";
                v.bic = "COBADEFFXXX";
                v.currency = "EUR";
                v.digitDate = "dd.MM.yyyy";
                v.months = DE_MONTHS;
                v.group = '.';
                v.decimal = ',';
                v.prefix = false;
                v.sign = h ? " €" : " EUR";
            }
            case IN -> {
                v.customers = List.of("Maison Leroy", "Kumar Traders", "Patel Exports", "Blue Lotus Cafe");
                v.sellers = List.of("Sharma Textiles Pvt Ltd", "Gupta Software Solutions Pvt Ltd", "Mehta Spices LLP");
                v.items = List.of("Cotton fabric (HSN 5208)", "Software development", "Spice assortment", "Freight charges");
                v.rate = new BigDecimal("18");
                v.bareTotal = "Total";
                v.dueLabels = l(h, List.of("Due Date:"), "Payment Due Date:");
                v.termsDays = l(h, List.of("Payment terms: %d days"), "Due within %d days of invoice date");
                v.termsEndOfMonth = "Payment terms: %d days end of month";
                v.onReceipt = List.of("Payment due on receipt");
                v.dueInWordsPhrase = List.of("Kindly pay by", "Payment due by");
                v.numberLabels = l(h, List.of("Invoice No.", "Bill No."), "Tax Invoice No:");
                v.issueLabels = l(h, List.of("Invoice Date:", "Dated:"), "Date of Invoice:");
                v.orderDateLabels = List.of("Buyer's Order Date:", "PO Date:");
                v.customerNoLabels = List.of("GSTIN of Buyer:");
                v.netLabels = l(h, List.of("Taxable Value", "Sub Total"), "Total before tax");
                v.taxLabels = List.of("IGST %s%%");
                v.totalLabels = l(h, List.of("Grand Total", "Total Amount"), "Amount payable", "Invoice Total");
                v.depositLabels = List.of("Advance received");
                v.balanceLabels = List.of("Balance due");
                v.addresses = List.of("12 MG Road, Bengaluru 560001", "45 Nehru Place, New Delhi 110019");
                v.legal = "GSTIN 29ABCDE1234F1Z";
                v.places = List.of("Bengaluru", "New Delhi");
                v.title = "TAX INVOICE";
                v.customerLabels = l(h, List.of("Bill To:", "Buyer:"), "Billed To:");
                v.itemHeader = new String[] {"Description of Goods", "Qty", "Rate", "Amount"};
                v.deliveryLabels = List.of("Dispatch date:", "Delivery date:");
                v.footers = List.of("Interest @ 18% p.a. will be charged if not paid within 30 days",
                        "Amount in words: as per total above", "Subject to Bengaluru jurisdiction");
                v.iban = "IN12 HDFC 0001 2345 6789";
                v.bic = "HDFCINBB";
                v.currency = "INR";
                v.digitDate = h ? "dd-MM-yyyy" : "dd/MM/yyyy";
                v.months = EN_MONTHS;
                v.group = ',';
                v.decimal = '.';
                v.prefix = true;
                v.sign = h ? "INR " : "Rs. ";
            }
            default -> throw new IllegalArgumentException(lang.name());
        }
        return v;
    }
}
