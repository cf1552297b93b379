package org.relance.invoice;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relance.text.AmountText;
import org.relance.text.DateText;

/**
 * Finds invoice fields in the plain text of a French, English, German or Dutch invoice by label–value
 * proximity: the value follows its label on the same line, sits alone on the next line, or under it in its column.
 */
final class InvoiceTextFields {

    /** What a label announces. OTHER labels announce nothing we keep; they stop neighbouring values. */
    private static final Pattern DUE_WORDS = Pattern.compile("(?iu)(?<![\\p{L}])(?:due|d(?:û|u)|(?:à|a)\\s+payer|(?:à|a)\\s+r(?:é|e)gler"
            + "|balance|te\\s+betalen|zu\\s+zahlen|zahlbetrag|a\\s+pagar)(?![\\p{L}])");
    private static final Pattern PAID_WORDS = Pattern.compile("(?iu)(?<![\\p{L}])(?:payments?|paid|pay(?:é|e)e?s?|r(?:é|e)gl(?:é|e)e?s?"
            + "|vers(?:é|e)e?s?|re(?:ç|c)ue?s?|acomptes?|deposit|bezahlt|gezahlt|anzahlung|betaald|pagad[oa])(?![\\p{L}])");
    private static final Pattern WITHHOLDING = Pattern.compile("(?iu)ritenuta|(?<![\\p{L}])irpf(?![\\p{L}])|retenci(?:ó|o)n"
            + "|withholding(?:\\s+tax)?|retenue\\s+(?:à|a)\\s+la\\s+source|reten(?:ç|c)(?:ã|a)o\\s+na\\s+fonte");
    private static final Pattern CANADIAN = Pattern.compile(
            "(?<![\\p{L}])(?:CAD|TPS|TVQ|TVH|GST/HST|HST|QST|PST)(?![\\p{L}])|\\bCanada\\b|\\bQu[ée]bec\\b|\\bOntario\\b");

    enum Field { NUMBER, ISSUE_DATE, DUE_DATE, TOTAL, AMOUNT_DUE, DEPOSIT, NET, TAX, CUSTOMER, OTHER }

    private record Label(Field field, Pattern pattern, double weight) {
    }

    /** A label found on a line; its segment is the text up to the next label on that line. */
    private record Hit(Field field, double weight, int line, int start, int end, String label) {
    }

    /** The total chosen, and the net when only the total's neighbours revealed it. */
    private record TotalReading(Optional<Candidate<AmountText.Found>> total, BigDecimal net) {
    }

    /** A value found for a field, with how sure we are and where it was found. */
    private record Candidate<T>(T value, double weight, int line, Hit hit) {
    }

    /** A run of text on a line between gaps of two spaces or more (a column of the layout). */
    private record Cell(int start, int end, String text) {
    }

    private static final Pattern CELL_GAP = Pattern.compile("\\s{2,}|\\t");
    /** Where a cell starts: the line's start or after a wide gap. */
    private static final String CELL_START = "(?:^|(?<=\\s\\s|\\t))";
    /** A postal line: "69003 Lyon", "3511 AB Utrecht", "D-80331 München", "York YO1 7HU", "Boulder, CO 80301"... */
    private static final Pattern POSTAL = Pattern.compile(
            "^(?:[A-Z]{1,2}[-\\s])?\\d{4,5}(?:\\s?[A-Z]{2})?\\s+\\p{Lu}\\p{L}+"
                    // Swedish and Greek postcodes are written in two groups: "111 21 Stockholm", "847 02 Santorini".
                    + "|^\\d{3}\\s\\d{2}\\s+\\p{Lu}\\p{L}+|,\\s*(?:[A-Z]{1,2}-)?\\d{4,5}\\s+\\p{Lu}\\p{L}+"
                    + "|[A-Z]{1,2}\\d[A-Z\\d]?\\s+\\d[A-Z]{2}$|,\\s*[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?$|\\p{L}\\s*[-–]?\\s*\\d{3}\\s?\\d{3}$"
                    // "Sydney NSW 2000", "Toronto, ON M5V 2T6".
                    + "|\\p{L}\\s+(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\\s+\\d{4}$|\\p{L},?\\s+[A-Z]{2}\\s+[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d$");
    /** A street line: "140 cours Lafayette", "5 allée des Tanneurs", "12 High Street", "Hauptstraße 7". */
    private static final Pattern STREET = Pattern.compile(
            "^\\d{1,4}(?:\\s?(?:bis|ter|[a-z]))?,?\\s+(?:rue|avenue|av\\.|boulevard|bd|cours|all(?:é|e)e|place|chemin|quai|impasse"
                    + "|route|square|voie|faubourg|passage)(?![\\p{L}])"
                    + "|^\\d{1,4}\\s+(?:\\p{L}+\\s+){1,3}(?:street|st\\.?|road|rd\\.?|lane|avenue|drive|way)$"
                    + "|^\\p{L}+(?:straße|strasse|str\\.|weg|gasse|platz|straat|laan|plein)\\s+\\d{1,4}\\s?[a-z]?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words then a house number, as streets are written north and east of France: "Grote Markt 9", "Am Hof 12a". */
    private static final Pattern HOUSE_NUMBER_LAST = Pattern.compile("\\p{L}[\\p{L}.'’\\- ]*\\s\\d{1,4}\\s?[a-z]?",
            Pattern.UNICODE_CASE);
    /** Headings of the lines table: a "Date" column there dates an item. */
    private static final Pattern ITEM_HEADING = Pattern.compile(
            "(?<![\\p{L}])(?:description|d(?:é|e)signation|libell(?:é|e)|qt(?:é|e|y)|quantit(?:é|e|y)|menge|anzahl|aantal|hours|heures"
                    + "|stunden|uren|unit\\s+price|prix\\s+unitaire|p\\.\\s*u\\.|einzelpreis|eenheidsprijs|bezeichnung|omschrijving"
                    + "|item|article|artikel|rate"
                    // Spanish and Italian tables: "CONCEPTO  PRECIO  UNIDADES", "Descrizione  Qtà  Prezzo"
                    + "|concepto|precio|unidades|cantidad|descripci(?:ó|o)n|descrizione|prezzo|qt(?:à|a)|quantit(?:à|a))(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A whole address on one line, as the sender line over a window envelope's address. */
    private static final Pattern ROUNDING = Pattern.compile("(?<![\\p{L}])(?:rundung\\w*|rounding|round(?:ed)?[\\s-]?off|arrondi\\w*|afronding\\w*)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The word that heads an address block rather than naming the customer. */
    private static final Pattern ADDRESSEE = Pattern.compile("(?:aan|to|an|[àa]|messrs\\.?|attn\\.?|attention|destinataire|client|customer"
            + "|kunde|klant|bill\\s+to|sold\\s+to|ship\\s+to|invoice\\s+to|your\\s+order|votre\\s+commande|factur[ée]\\s+[àa]"
            + "|livr[ée]\\s+[àa]|rechnungsempf[äa]nger|empf[äa]nger|cliente|destinatario|spett\\.?le"
            // Salutations over an address are no names: "Exmo.(s) Sr.(s)", "Spett.le", "Egregio", "Messieurs".
            + "|exm[oa]s?\\.?(?:\\([as]+\\))?\\s+sr[as]?\\.?(?:\\([as]+\\))?|spettabile|egregi[oa]|gent\\.?(?:mo|ma|mi)\\.?"
            + "|se(?:ñ|n)or(?:es|a)?|sr(?:es|a)?\\.|madame|monsieur|messieurs)\\s*[:.,]?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** The heading of the seller's own block ("De" beside "Pour", "From" beside "To"): what follows is no customer. */
    private static final Pattern SENDER_HEADING = Pattern.compile(
            "(?:de|from|von|van|(?:é|e)metteur|exp(?:é|e)diteur|fournisseur|vendeur|prestataire|seller|supplier)\\s*:?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Prose or a label, not a name: it starts in lower case ("la réception des travaux.") or ends with a colon. */
    private static final Pattern FRAGMENT = Pattern.compile("^\\p{Ll}|:$", Pattern.UNICODE_CASE);
    private static final Pattern SENDER_LINE = Pattern.compile(
            "\\S\\s+[-–·|•,]\\s+.*(?:\\d{4,5}|[A-Z]{1,2}\\d[A-Z\\d]?\\s+\\d[A-Z]{2})\\s*\\p{L}*");
    /** Totals come after the client's address (a VAT word does not: "TVA BE 0123.456.789" sits in addresses). */
    private static final java.util.Set<Field> MONEY_FIELDS = java.util.EnumSet.of(Field.TOTAL, Field.AMOUNT_DUE,
            Field.NET);
    /**
     * Amounts inside brackets with a rate, or right after "rate on", are the base of a tax, not its value:
     * "VAT (20% on €156.97)", "TVA 20% sur 1 000,00 €".
     */
    private static final Pattern RATE_BASE = Pattern.compile("\\([^()]*%[^()]*\\)"
            + "|%\\s*(?:sur|on|of|auf|über|op|over|su)\\s+(?:[€$£]\\s?)?\\d(?:[.,'\\s\u00A0]?\\d)*(?:\\s?(?:€|EUR|\\$|£))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String AP = "['’]";
    private static final List<Label> LABELS = labels();

    private static final Pattern CREDIT_NOTE_HEADING = Pattern.compile(
            "^\\s*(?:facture\\s+d" + AP + "\\s*avoir|avoir|credit\\s*note|note\\s+de\\s+crédit|gutschrift|rechnungskorrektur)"
                    + "(?![\\p{L}])", FLAGS);
    private static final Pattern CREDIT_NOTE_LABEL = Pattern.compile("avoir|credit|gutschrift", FLAGS);
    private static final Pattern NUMBER_TOKEN = Pattern.compile("^[\\s:.#°º\\-–—]*([A-Za-z0-9][A-Za-z0-9/_.\\-]*[A-Za-z0-9])");
    /** "Facture n° 12 du 3 mars", "Fattura n. 523/26 del 4 dicembre": the date that follows a number. */
    private static final Pattern DATE_AFTER_NUMBER = Pattern.compile("^\\s*(?:du|vom|dated|of|from|le|del|de|do|da)\\s+", FLAGS);
    /** What joins a period's first day to its last: "du 01/07/2026 au 31/07/2026", "vom 1.7. bis 31.7.2026". */
    private static final Pattern PERIOD_END = Pattern.compile("^\\s*(?:au|to|till|until|bis|al|a|à|-|–|—)\\s*", FLAGS);
    /** The codes of currencies invoices are written in; a longer list would take words ("ALL", "TOP") for codes. */
    private static final Pattern CURRENCY_CODE = Pattern.compile(
            "(?<![\\p{L}])(EUR|USD|GBP|CHF|CAD|AUD|NZD|JPY|SEK|NOK|DKK|PLN|CZK|HUF|RON|INR|SGD|HKD|CNY|MAD|XOF|XAF|TND|ZAR"
                    // the Gulf's: "Total Amount Payable (AED)"
                    + "|AED|SAR|QAR|KWD|BHD|OMR)(?![\\p{L}])");
    private static final Pattern CURRENCY_LINE = Pattern.compile(
            "(?<![\\p{L}])(?:devise|currency|monnaie|w(?:ä|a)hrung|valuta|moneda)(?![\\p{L}])"
                    // "Montants exprimés en dinars tunisiens (TND)", "All amounts are stated in AED"
                    + "|montants?\\s+(?:exprim(?:é|e)s|libell(?:é|e)s|indiqu(?:é|e)s)\\s+en|amounts?\\s+(?:are\\s+)?(?:expressed|stated|shown|quoted)\\s+in",
            FLAGS);
    /** A euro or pound sign standing alone at the end of a label's cell ("Total €", "Rate €"). */
    private static final Pattern LABEL_SIGN = Pattern.compile("\\p{L}\\.?\\s?\\(?([€£])\\)?(?=\\s{2,}|\\t|\\s*$)");
    private static final Pattern RAND = Pattern.compile("(?<![\\p{L}\\d])-?R\\s?\\d{1,3}(?:[ \u00A0,]\\d{3})*[.,]\\d{2}(?!\\d)");
    private static final Pattern USD_WRITTEN = Pattern.compile("(?<![\\p{L}])(?:USD|US\\$)");
    private static final Pattern PERCENT = Pattern.compile("\\d+(?:[.,]\\d+)?\\s*%");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
    private static final Pattern NAME_PREFIX = Pattern.compile("^[\\s:]*(?:attn\\.?:?|à\\s+l" + AP + "attention\\s+de|z\\.\\s*hd\\.?)?\\s*", FLAGS);
    private static final Pattern NAME_END = Pattern.compile("\\s+[—–\\-|]\\s+|,|\\s{2,}|\\t");
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "(?<![\\p{L}])(?:SARL|SAS|SASU|EURL|SA|SCOP|SNC|SCI|SELARL|GmbH|AG|KG|UG|Inc\\.?|Ltd\\.?|LLC|Limited|Sàrl)(?![\\p{L}])");
    private static final double DOUBTFUL = 0.5;
    private static final Pattern LE_WORD = Pattern.compile("[,\\s]*le\\s*", FLAGS);
    /** A series code, a space, then year/sequence: the Portuguese "FT 2026/237", "FR A/1204" is one number. */
    private static final Pattern SERIES_NUMBER = Pattern.compile(
            "^[\\s:.#°º\\-–—]*(\\p{Lu}{1,4}\\s[A-Za-z0-9]*\\d[A-Za-z0-9]*/\\d+)(?![\\w/])");
    /** A year, a spaced slash, a sequence: the Belgian "2026 / 559" is one number, not the year 2026. */
    private static final Pattern YEAR_SEQUENCE = Pattern.compile("^[\\s:.#°º\\-–—]*((?:19|20)\\d{2} ?/ ?\\d{1,6})(?![\\w/])");
    private static final Pattern BARE_NUMBER_LABEL = Pattern.compile("n[°º]\\.?|n\\.[°º]|no\\.|nr\\.|#", FLAGS);
    /** A word right before a bare "n°" in its cell: "Licence n°", "dossier n°", "police n°", "A/c No." number that thing. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(?:\\p{L}{2,}|(?<![\\p{L}])\\p{L}/\\p{L}{1,2})\\.?\\s?$", FLAGS);
    /** The words of a document's own title, whose "n°" is the document's: "Note d'honoraires n°", "Reçu n°". */
    private static final Pattern DOCUMENT_WORD_BEFORE = Pattern.compile("(?<![\\p{L}])(?:facture|invoice|rechnung|factuur"
            + "|fattura|factura|fatura|avoir|note|honoraires|nota|bill|re(?:ç|c)u|receipt|quittance|gutschrift|document)\\s?$", FLAGS);
    /** A title cell: "FACTURE", "FACTURE DE TRANSPORT"; a bare "N°" under it is the document's. */
    private static final Pattern TITLE_CELL = Pattern.compile(
            "^(?:facture|invoice|rechnung|factuur|fattura|factura|fatura)(?:\\s+\\S.*)?$", FLAGS);
    /** The document's title ending its line, with its kind ("FACTURE RECTIFICATIVE", "Facture d'acompte"): a bare "N°" under it is its number. */
    private static final Pattern TITLE_AT_END = Pattern.compile(
            "(?<![\\p{L}])(?:facture|invoice|rechnung|factuur|avoir|credit\\s+note|gutschrift|creditnota)"
                    + "(?:\\s+(?:rectificative|d" + "['’]" + "\\s*acompte|de\\s+solde|finale?|corrective|corrig(?:é|e)e))?\\s*[:\\-–]?\\s*$", FLAGS);
    private static final Pattern VAT_EXEMPT = Pattern.compile(
            "tva\\s+non\\s+applicable|293\\s*b|exon(?:é|e)r(?:é|e|ation)|autoliquidation|vat\\s+(?:exempt|not\\s+applicable)"
                    + "|isent[oa]\\s+de\\s+iva|exent[oa]\\s+de\\s+iva|esente\\s+iva"
                    + "|reverse\\s+charge|no\\s+vat|steuerfrei|§\\s*19\\s*ustg|kleinunternehmer|vrijgesteld\\s+van\\s+btw|btw\\s+verlegd", FLAGS);
    private static final Pattern EURO_ZONE_WORDS = Pattern.compile(
            "(?<![\\p{L}])(?:tva|ttc|htva|tvac|btw|mwst|ust)(?![\\p{L}])", FLAGS);
    // A place may hold a dot: "St. Gallen, 1. März 2026".
    private static final Pattern PLACE_AND_DATE = Pattern.compile(
            "[\\p{L}][\\p{L}' ’.\\-]{1,40},\\s*(?:(?:le|den|am|on)\\s+)?(.{6,30}?)[.\\s]*", FLAGS);
    /** "Sans escompte", "no discount": saying there is none does not make a terms line a discount's. */
    private static final Pattern NO_DISCOUNT = Pattern.compile(
            "(?:sans|pas\\s+d" + "['’]" + "|aucun)\\s*escompte|escompte\\s*(?:pour\\s+paiement\\s+anticip(?:é|e)\\s*)?:?\\s*n(?:é|e)ant"
                    + "|no\\s+(?:early[\\s-]+payment\\s+)?discount|ohne\\s+skonto|geen\\s+korting", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Lines that count days for something else than the payment term: discounts, penalties, interest. */
    private static final Pattern NOT_TERMS = Pattern.compile(
            "escompte|discount|skonto|korting|p(?:é|e)nalit|retard|late\\s+(?:fee|payment|charge)|verzug|intér(?:ê|e)ts?|interest"
                    + "|rente|livraison|delivery|lieferung|levering|garantie|warranty|validit|g(?:ü|u)ltig|geldig"
                    // "payable 15 jours avant la date de l'événement": counted back from an event, not from the invoice
                    + "|(?:jours?|days?|tage?n?)\\s+(?:avant|before|vor)\\b", FLAGS);

    /** A column heading naming the payment terms, over its value. */
    private static final Pattern TERMS_HEADING = Pattern.compile(
            "(?:payment\\s+)?terms|conditions(?:\\s+de\\s+(?:paiement|r(?:è|e)glement))?|zahlungs(?:bedingungen|ziel)"
                    + "|betalingsvoorwaarden|betaaltermijn|condizioni(?:\\s+di\\s+pagamento)?", FLAGS);

    /** Payment terms: a number of days, optionally to the end of that month; zero days is on receipt. */
    private record Terms(int days, boolean endOfMonth, int dayOfNextMonth) {
        // Italian "60 gg", "giorni", Spanish "días", Portuguese "dias" count days too.
        private static final String DAYS = "(\\d{1,3})\\s*(?:jours?|j\\.?|days?|tage?n?|dagen|gg\\.?|giorni|d(?:í|i)as)(?![\\p{L}])";
        private static final Pattern END_OF_MONTH = Pattern.compile(
                DAYS + "[^\\d]{0,20}?(?:fin\\s+de\\s+mois|f\\.?d\\.?m\\.?|end\\s+of\\s+(?:the\\s+)?month|eom|monatsende"
                        + "|einde\\s+(?:van\\s+de\\s+)?maand"
                        // "60 gg d.f.f.m." (data fattura fine mese), "30 gg f.m."
                        + "|d\\.?\\s?f\\.?\\s?f\\.?\\s?m(?![\\p{L}])|fine\\s+mese|(?<![\\p{L}])f\\.\\s?m\\.)", FLAGS);
        // "by the end of the month following the date of invoice": the last day of the next month
        private static final Pattern NEXT_MONTH_END = Pattern.compile("end\\s+of\\s+(?:the\\s+)?(?:month\\s+following|following\\s+month|next\\s+month)"
                + "|fin\\s+du\\s+mois\\s+suivant|ende\\s+des\\s+(?:folgemonats|n(?:ä|a)chsten\\s+monats)|fine\\s+(?:del\\s+)?mese\\s+successivo", FLAGS);
        // "on the 20th of the month following invoice date", "le 10 du mois suivant": that day of the next month
        private static final Pattern DAY_OF_NEXT_MONTH = Pattern.compile(
                "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)\\s+(?:day\\s+)?of\\s+(?:the\\s+)?(?:month\\s+following|following\\s+month|next\\s+month)"
                        + "|(?<![\\p{L}])le\\s+(\\d{1,2})\\s+du\\s+mois\\s+suivant", FLAGS);
        private static final Pattern ON_DAY = Pattern.compile("\\s*,?\\s*(?:le|the|am|on\\s+the)\\s+(\\d{1,2})(?!\\d)(?:er|st|nd|rd|th|\\.)?(?![\\d/]|[.,]\\d)", FLAGS);
        private static final Pattern IN_DAYS = Pattern.compile(
                "(?<![\\p{L}])(?:payable|paiement|r(?:è|e)glement|r(?:é|e)gler|conditions|terms?|due|payment|pay|zahlbar|zahlung\\w*|betaling\\w*|betalen|betaalbaar"
                        + "|betaaltermijn|pagamento|pago|plazo|prazo|vencimiento|vencimento|scadenza"
                        // "Échéance 15 jours date de facture", "bitte überweisen Sie den Betrag innerhalb von 14 Tagen"
                        + "|(?:é|e)ch(?:é|e)ance|(?:ü|u)berweisen|begleichen|bezahlen|betaal|voldoen"
                        // "30% deposit with order, balance by T/T within 30 days after invoice date"
                        + "|balance)[^\\d]{0,40}?" + DAYS, FLAGS);
        /** "a 60 días fecha factura", "30 Tage ab Rechnungsdatum": days counted from the invoice date are its term. */
        private static final Pattern FROM_INVOICE_DATE = Pattern.compile(DAYS + "\\s+(?:(?:ab|nach|after|from|dalla"
                + "|desde|a\\s+partir\\s+de|(?:à|a)\\s+compter\\s+de|vanaf|na)\\s+)?(?:der|the|la|de\\s+la|de)?\\s*"
                + "(?:rechnungsdatum|rechnungsstellung|invoice\\s+date|date\\s+of\\s+(?:the\\s+)?invoice"
                + "|fecha\\s+(?:de\\s+)?(?:la\\s+)?factura|data\\s+(?:della\\s+)?fattura|date\\s+de\\s+(?:la\\s+)?facture"
                + "|factuurdatum|data\\s+(?:da\\s+)?fatura)(?![\\p{L}])", FLAGS);
        /** "Bitte überweisen Sie den Rechnungsbetrag unter Angabe der Rechnungsnummer innerhalb von 14 Tagen": a
         *  payment's sentence may put its verb far from the days; "within" them on that line is still the term. */
        private static final Pattern WITHIN_DAYS = Pattern.compile(
                "(?<![\\p{L}])(?:innerhalb(?:\\s+von)?|within|binnen|entro)\\s+" + DAYS, FLAGS);
        private static final Pattern PAYMENT_WORD = Pattern.compile(
                "(?:ü|u)berweis|zahl|begleichen|(?<![\\p{L}])pa(?:y|id)|betal|betaal|pag(?:a|o)|r(?:è|e)gl|paiement|versamento", FLAGS);
        /** "Skonto 2 % bei Zahlung innerhalb 10 Tagen, 30 Tage netto": on a discount's line, the net term is the term. */
        private static final Pattern NET_TERM = Pattern.compile(
                "(\\d{1,3})\\s*(?:tage?n?|days?|jours?|dagen)\\s+(?:rein\\s+)?(?:netto|net|nett)(?![\\p{L}])"
                        + "|(?<![\\p{L}])(?:netto|net)\\s+(?:innerhalb\\s+(?:von\\s+)?|within\\s+|binnen\\s+)?(\\d{1,3})\\s*(?:tage?n?|days?|jours?|dagen)(?![\\p{L}])",
                FLAGS);
        // "Total net 4 263,00 €" with a no-break space grouping the thousands is an amount, not "net 4" days.
        private static final Pattern NET_DAYS = Pattern.compile(
                "(?<![\\p{L}])net\\s*(\\d{1,3})(?!\\d)(?![\\s\\u00A0\\u202F]*(?:\\d|[.,]\\d|%|€|\\$|£))", FLAGS);
        private static final Pattern ON_RECEIPT = Pattern.compile(
                "(?:(?:(?:à|a|d(?:è|e)s)\\s+(?:la\\s+)?r(?:é|e)ception)|(?:due|payable)\\s+(?:on|upon)\\s+receipt|upon\\s+receipt"
                        + "|bei\\s+erhalt|sofort\\s+(?:zahlbar|f(?:ä|a)llig)|zahlbar\\s+sofort|bij\\s+ontvangst|comptant"
                        // at sight: "Scadenza: a vista", "Vencimiento: a la vista", "à vue"
                        + "|(?<![\\p{L}])a\\s+(?:la\\s+)?vista(?![\\p{L}])|(?<![\\p{L}])(?:à|a)\\s+vue(?![\\p{L}])|at\\s+sight)", FLAGS);
        private static final Pattern RECEIPT_CONTEXT = Pattern.compile(
                "payable|paiement|r(?:è|e)glement|conditions|terms?|due|payment|zahlbar|zahlung|betaling|betalen|f(?:ä|a)llig"
                        + "|betaalbaar|scadenza|vencimiento|vencimento|pagamento|pago", FLAGS);

        static Optional<Terms> in(String line) {
            Matcher nextMonthDay = DAY_OF_NEXT_MONTH.matcher(line);
            if (nextMonthDay.find()) {
                int d = Integer.parseInt(nextMonthDay.group(1) != null ? nextMonthDay.group(1) : nextMonthDay.group(2));
                return d >= 1 && d <= 28 ? Optional.of(new Terms(0, false, d)) : Optional.empty();
            }
            if (NEXT_MONTH_END.matcher(line).find()) {
                return Optional.of(new Terms(0, true, 0));
            }
            Matcher m = END_OF_MONTH.matcher(line);
            if (m.find()) {
                // "30 jours fin de mois le 10": the end of that month, then the 10th of the next one.
                Matcher day = ON_DAY.matcher(line).region(m.end(), line.length());
                int onDay = day.lookingAt() ? Integer.parseInt(day.group(1)) : 0;
                return of(m.group(1), true).map(t -> onDay >= 1 && onDay <= 28 ? new Terms(t.days(), true, onDay) : t);
            }
            m = IN_DAYS.matcher(line);
            if (m.find()) {
                return of(m.group(1), false);
            }
            m = NET_DAYS.matcher(line);
            if (m.find()) {
                return of(m.group(1), false);
            }
            m = FROM_INVOICE_DATE.matcher(line);
            if (m.find()) {
                return of(m.group(1), false);
            }
            m = WITHIN_DAYS.matcher(line);
            if (m.find() && PAYMENT_WORD.matcher(line).find()) {
                return of(m.group(1), false);
            }
            if (ON_RECEIPT.matcher(line).find() && RECEIPT_CONTEXT.matcher(line).find()) {
                return Optional.of(new Terms(0, false, 0));
            }
            return Optional.empty();
        }

        /** The last net term written on a line that also counts days for a discount, if one. */
        static Optional<Terms> netBeside(String line) {
            Matcher m = NET_TERM.matcher(line);
            String days = null;
            while (m.find()) {
                days = m.group(1) != null ? m.group(1) : m.group(2);
            }
            return days == null ? Optional.empty() : of(days, false);
        }

        private static Optional<Terms> of(String days, boolean endOfMonth) {
            int n = Integer.parseInt(days);
            return n > 0 && n <= 180 ? Optional.of(new Terms(n, endOfMonth, 0)) : Optional.empty();
        }

        LocalDate from(LocalDate issue) {
            if (days == 0 && endOfMonth) {
                LocalDate next = issue.plusMonths(1);
                return next.withDayOfMonth(next.lengthOfMonth());
            }
            LocalDate due = issue.plusDays(days);
            if (dayOfNextMonth > 0) {
                return due.plusMonths(1).withDayOfMonth(dayOfNextMonth);
            }
            return endOfMonth ? due.withDayOfMonth(due.lengthOfMonth()) : due;
        }
    }

    private InvoiceTextFields() {
    }

    /** Reads the fields of one invoice's text; {@code source} is always {@code text}. */
    static ExtractedInvoice read(String file, String rawText) {
        String text = Normalizer.normalize(rawText, Normalizer.Form.NFC);
        List<String> lines = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        List<Boolean> afterGap = new ArrayList<>();
        boolean gap = false;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                gap = true;
                continue;
            }
            lines.add(line);
            // Layout text (PdfLayoutText) starts a line at its column: where a value sits under its label.
            indents.add(raw.length() - raw.stripLeading().length());
            afterGap.add(gap);
            gap = false;
        }
        List<List<Hit>> hits = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            hits.add(hitsOn(lines.get(i), i));
        }
        List<String> kept = List.copyOf(lines);
        List<Integer> columns = List.copyOf(indents);
        List<Boolean> gaps = List.copyOf(afterGap);
        Reading reading = new Reading(file, kept, columns, gaps, hits, null);
        ExtractedInvoice read = reading.result();
        if (!reading.dateOrderUnknown) {
            return read;
        }
        // Dollar dates like 05/09/2026 read both ways: the order under which the written due date is the issue
        // date plus the written term ("Net 30") is the document's own; only when exactly one order fits.
        Optional<Terms> terms = reading.plainTerms();
        List<ExtractedInvoice> fitting = new ArrayList<>();
        List<ExtractedInvoice> ordered = new ArrayList<>();
        for (boolean monthFirst : new boolean[] {false, true}) {
            ExtractedInvoice e = new Reading(file, kept, columns, gaps, hits, monthFirst).result();
            boolean written = e.warnings().stream().noneMatch(w -> w.startsWith("dueDate:"));
            if (written && e.issueDate() != null && e.dueDate() != null) {
                ordered.add(e);
                if (terms.isPresent() && terms.get().from(e.issueDate()).equals(e.dueDate())) {
                    fitting.add(e);
                }
            }
        }
        if (fitting.size() == 1) {
            return fitting.get(0);
        }
        // Without a term to fit: the one order under which the written due date is not before the issue date
        // ("08/10/2026" due "09/09/2026"); still doubted, since both dates could be misread alike.
        if (terms.isEmpty() && ordered.size() == 1) {
            ExtractedInvoice e = ordered.get(0).withWarning("issueDate: numeric dates in a dollar invoice; day and month"
                    + " may be swapped; read in the one order that puts the due date after the issue date");
            return new ExtractedInvoice(e.file(), e.kind(), e.number(), e.issueDate(), e.dueDate(), e.currency(),
                    e.total(), e.amountDue(), e.net(), e.tax(), e.customerName(), e.customerEmail(), e.sellerName(),
                    e.iban(), e.source(), Math.min(e.confidence(), 0.7), e.warnings());
        }
        return read;
    }

    /** One pass over one document's lines, collecting values and warnings. */
    private static final class Reading {
        private final String file;
        private final List<String> lines;
        /** Each line's first column, and whether a blank line (a vertical gap) came before it. */
        private final List<Integer> indents;
        private final List<Boolean> afterGap;
        private final List<List<Hit>> hits;
        private final List<String> warnings = new ArrayList<>();

        /** Numeric dates read month first: a dollar invoice whose slashed dates show a month-first one. */
        private final boolean monthFirst;

        /** {@code order}: numeric dates month first or not; null to tell from the document. */
        Reading(String file, List<String> lines, List<Integer> indents, List<Boolean> afterGap, List<List<Hit>> hits,
                Boolean order) {
            this.file = file;
            this.lines = lines;
            this.indents = indents;
            this.afterGap = afterGap;
            this.hits = hits;
            this.monthFirst = order == null ? dateOrder() : order;
        }

        /**
         * US invoices write "11/07/2026" for 7 November. In a document in dollars, a slashed date whose first part
         * is over 12 shows day first, one whose second part is over 12 shows month first; with neither, the order
         * is unknown and the dates are doubted (a warning), since a wrong due date is a reminder sent too early.
         */
        private boolean dateOrder() {
            String all = String.join("\n", lines);
            List<Currency> written = AmountText.findAll(all).stream().map(AmountText.Found::currency)
                    .flatMap(Optional::stream).toList();
            boolean usd = written.stream().anyMatch(c -> c.getCurrencyCode().equals("USD"));
            // Canada writes "03/29/2026" too: in any dollar a month-first date shows the order, only USD doubts.
            if (!usd && written.stream().noneMatch(Reading::isDollar)) {
                return false;
            }
            boolean dayFirst = false;
            boolean monthFirstSeen = false;
            boolean ambiguous = false;
            Matcher m = DateText.NUMERIC_PARTS.matcher(all);
            while (m.find()) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                dayFirst |= a > 12 && b <= 12;
                monthFirstSeen |= b > 12 && a <= 12;
                ambiguous |= a <= 12 && b <= 12 && a != b;
            }
            if (monthFirstSeen && !dayFirst) {
                return true;
            }
            if (usd && ambiguous && !dayFirst) {
                dateOrderUnknown = true;
            }
            return false;
        }

        private boolean dateOrderUnknown;
        private final Map<Integer, List<Cell>> cellCache = new HashMap<>();

        private List<Cell> cellsOf(int line) {
            return cellCache.computeIfAbsent(line, k -> cells(lines.get(k)));
        }

        /** The payment term in days written on the document ("Net 30", "payable within 30 days"), if one. */
        Optional<Terms> plainTerms() {
            List<Terms> found = new ArrayList<>();
            for (String line : lines) {
                String flat = line.replaceAll("\\s{2,}", " ");
                (NOT_TERMS.matcher(NO_DISCOUNT.matcher(line).replaceAll(" ")).find() ? Terms.netBeside(flat) : Terms.in(flat))
                        .filter(t -> !t.endOfMonth() && t.days() > 0).ifPresent(found::add);
            }
            return found.stream().distinct().count() == 1 ? Optional.of(found.get(0)) : Optional.empty();
        }

        ExtractedInvoice result() {
            Optional<Candidate<String>> number = best(Field.NUMBER, "number", this::numberIn);
            List<Candidate<LocalDate>> issueCandidates = new ArrayList<>(candidates(Field.ISSUE_DATE, this::dateIn));
            // Any line stating the number may date it: "Objet : facture n° 12" then "notre facture n° 12 du 3 mars".
            number.flatMap(n -> candidates(Field.NUMBER, this::numberIn).stream()
                    .filter(c -> c.value().equals(n.value()))
                    .map(this::dateAfterNumber).flatMap(Optional::stream).findFirst())
                    .ifPresent(issueCandidates::add);
            if (issueCandidates.isEmpty()) {
                placeAndDate().ifPresent(issueCandidates::add);
            }
            Optional<Candidate<LocalDate>> issue = choose(issueCandidates, "issueDate");
            Optional<Candidate<LocalDate>> due = best(Field.DUE_DATE, "dueDate", this::dateIn);
            Optional<Candidate<AmountText.Found>> net = best(Field.NET, "net", this::amountIn);
            BigDecimal netValue = net.map(c -> c.value().amount().abs()).orElse(null);
            BigDecimal taxValue = taxAmount(netValue);
            if (taxValue == null && netValue != null && vatExempt()) {
                taxValue = BigDecimal.ZERO;
            }
            Optional<BigDecimal[]> pair = consistentNetAndTax(netValue, taxValue);
            if (pair.isPresent()) {
                netValue = pair.get()[0];
                taxValue = pair.get()[1];
                warnings.removeIf(w -> w.startsWith("net: several values") || w.startsWith("tax: several values"));
            }
            TotalReading totalReading = total(netValue, taxValue);
            Optional<Candidate<AmountText.Found>> total = totalReading.total();
            netValue = totalReading.net();
            Optional<Candidate<AmountText.Found>> dueAmount = best(Field.AMOUNT_DUE, "amountDue", this::amountIn);
            Optional<Candidate<AmountText.Found>> deposit = best(Field.DEPOSIT, "deposit", this::amountIn);
            Optional<Candidate<String>> customer = best(Field.CUSTOMER, "customerName", this::nameIn);
            if (customer.isEmpty()) {
                customer = addressBlockCustomer();
            }

            BigDecimal totalValue = total.map(c -> c.value().amount().abs()).orElse(null);
            double totalConfidence = total.map(Candidate::weight).orElse(0.0);
            if (totalValue != null && netValue != null && taxValue != null) {
                BigDecimal gross = netValue.add(taxValue);
                if (gross.compareTo(totalValue) == 0) {
                    totalConfidence = Math.max(totalConfidence, 0.98);
                } else if (addedOutsideTax != null && gross.add(addedOutsideTax).compareTo(totalValue) == 0) {
                    totalConfidence = Math.min(totalConfidence, 0.9); // net + tax + the items outside the tax written between
                } else if (withheld().stream().anyMatch(w -> gross.subtract(w).compareTo(totalValue) == 0)) {
                    totalConfidence = Math.max(totalConfidence, 0.9); // net + tax less the tax withheld (IRPF, ritenuta)
                } else if (warnings.stream().anyMatch(w -> w.startsWith("total: net ") && w.contains(" rounded by "))) {
                    totalConfidence = Math.min(totalConfidence, 0.85); // consistent, yet a person checks a rounding
                } else {
                    warnings.add("total: " + totalValue + " is not net " + netValue + " + tax " + taxValue);
                    totalConfidence = Math.min(totalConfidence * 0.8, 0.7);
                }
            } else if (totalValue != null) {
                // Nothing to check it against: a total read alone is a guess however clear its label.
                warnings.add("total: not checked, no " + (netValue == null ? "net" : "tax") + " amount written next to it");
                totalConfidence = Math.min(totalConfidence, 0.8);
            }
            if (totalValue == null && netValue != null && taxValue != null) {
                warnings.add("total: no total label; not derived from net + tax");
            }

            BigDecimal amountDue = amountDue(totalValue, dueAmount, deposit);
            if (totalValue != null && amountDue != null && amountDue.compareTo(totalValue) == 0) {
                amountDue = lessWhatWasPaid(totalValue);
            }
            Optional<Currency> written = total.flatMap(c -> c.value().currency());
            Optional<Currency> labelled = labelledCurrency();
            if (labelled.isPresent() && written.isPresent() && !written.equals(labelled)) {
                // "$" is read as USD; "Amount Due (CAD)  $4,969.76" says which dollar. Any other clash is doubted.
                if (isDollar(labelled.get()) && written.get().getCurrencyCode().equals("USD") && !writesUsd()) {
                    written = labelled;
                } else {
                    warnings.add("currency: " + written.get() + " next to the total but " + labelled.get()
                            + " in a label");
                }
            }
            if (written.isEmpty()) {
                written = labelled;
            }
            if (written.filter(c -> c.getCurrencyCode().equals("USD")).isPresent() && !writesUsd() && canadian()) {
                // "$" on an invoice charging TPS/TVQ or GST/HST, or writing "CAD" in a cell: Canadian dollars
                written = Optional.of(Currency.getInstance("CAD"));
            }
            Optional<Currency> currency = written.isPresent() ? written : documentCurrency();
            double currencyConfidence = written.isPresent() ? 0.95 : 0.9;
            if (currency.isEmpty() && lines.stream().filter(l -> RAND.matcher(l).find()).count() >= 2) {
                // "R 12 345,00": South Africa writes its rand with an R before the figure, on every amount.
                currency = Optional.of(Currency.getInstance("ZAR"));
            }
            if (currency.isEmpty()) {
                currencyConfidence = 0;
                if (EURO_ZONE_WORDS.matcher(String.join("\n", lines)).find()) {
                    currency = Optional.of(Currency.getInstance("EUR"));
                    currencyConfidence = 0.6;
                    warnings.add("currency: none written; assumed EUR from the VAT words (TVA, BTW, MwSt)");
                } else {
                    warnings.add("currency: no currency written next to the amounts");
                }
            }

            InvoiceKind kind = kind(number);
            String customerName = customer.map(Candidate::value).orElse(null);
            String customerEmail = customer.flatMap(this::emailNear).orElse(null);
            LocalDate issueDate = issue.map(Candidate::value).orElse(null);
            LocalDate dueDate = due.map(Candidate::value).orElse(null);
            double dueConfidence = due.map(Candidate::weight).orElse(0.0);
            if (issueDate != null && dueDate != null && dueDate.isBefore(issueDate)) {
                warnings.add("dueDate: " + dueDate + " is before the issue date " + issueDate + "; dropped");
                dueDate = null;
                dueConfidence = 0;
            }
            if (dueDate == null && due.isEmpty()) {
                dueDate = dueFromTerms(issueDate).orElse(null);
                // A computed date is only as good as the terms line it was read from: said in the warnings.
                dueConfidence = dueDate == null ? 0 : 0.8;
            }

            missing("number", number);
            missing("issueDate", issue);
            missing("total", total);
            missing("customerName", customer);
            if (dueDate == null && kind == InvoiceKind.INVOICE) {
                // An invoice must say when it is due; reading none means we may have missed it.
                missing("dueDate", Optional.empty());
            }
            List<Double> fields = new ArrayList<>(List.of(weak("number", number, 0.0), weak("issueDate", issue, 0.0),
                    totalConfidence, currencyConfidence));
            if (dueDate != null) {
                fields.add(dueConfidence);
            } else if (kind == InvoiceKind.INVOICE) {
                fields.add(0.7);
            }
            if (dateOrderUnknown && (issueDate != null || dueDate != null)) {
                warnings.add("issueDate: numeric dates in a dollar invoice; day and month may be swapped");
                fields.add(0.7);
            }
            // The whole is as sure as its least sure field (one wrong field is a wrong reminder), a little
            // less for every other doubtful one.
            fields.sort(Comparator.naturalOrder());
            double confidence = fields.get(0) - 0.05 * fields.stream().skip(1).filter(c -> c < 0.9).count();
            confidence = Math.max(0, confidence);
            if (!warnings.isEmpty()) {
                confidence = Math.min(confidence, 0.85);
            }
            return new ExtractedInvoice(file, kind,
                    number.map(Candidate::value).orElse(null),
                    issueDate, dueDate,
                    currency.map(Currency::getCurrencyCode).orElse(null),
                    totalValue, amountDue, netValue, taxValue,
                    customerName, customerEmail, seller(customer).orElse(null),
                    Iban.find(String.join("\n", lines)).orElse(null),
                    "text", Math.round(confidence * 100) / 100.0, warnings);
        }

        /**
         * The total: among the candidates, the one that is net + tax when those are written (a tax-inclusive
         * total can sit under a weaker label than a subtotal's), else the best by label.
         */
        private TotalReading total(BigDecimal net, BigDecimal tax) {
            List<Candidate<AmountText.Found>> all = candidates(Field.TOTAL, this::amountIn);
            if (net == null && tax != null) {
                // "Total 1,000.00 / VAT 200.00 / Amount incl. VAT 1,200.00": the smaller total is the net.
                for (Candidate<AmountText.Found> lower : all) {
                    BigDecimal sum = lower.value().amount().abs().add(tax);
                    List<Candidate<AmountText.Found>> upper = all.stream()
                            .filter(c -> c.value().amount().abs().compareTo(sum) == 0).toList();
                    if (!upper.isEmpty() && tax.signum() > 0) {
                        BigDecimal lowerNet = lower.value().amount().abs();
                        double upperWeight = upper.stream().mapToDouble(Candidate::weight).max().orElse(0);
                        int upperLine = upper.stream().mapToInt(Candidate::line).max().orElse(0);
                        List<Candidate<AmountText.Found>> beyond = all.stream()
                                .filter(c -> c.value().amount().abs().compareTo(sum) > 0)
                                .filter(c -> c.weight() > upperWeight || c.weight() >= upperWeight && c.line() > upperLine)
                                .toList();
                        Optional<Candidate<AmountText.Found>> roundedTotal = rounded(all, lowerNet, tax);
                        if (roundedTotal.isPresent()) {
                            return new TotalReading(roundedTotal, lowerNet);
                        }
                        if (!beyond.isEmpty()) {
                            // "Total honoraires TTC 4 860,00 / Débours 134,08 / Total de la note 4 994,08": a larger
                            // total further down, or under a stronger label, adds what bears no tax; it is the total.
                            return new TotalReading(choose(beyond, "total"), lowerNet);
                        }
                        return new TotalReading(choose(upper, "total"), lowerNet);
                    }
                }
            }
            if (net != null && tax != null) {
                BigDecimal sum = net.add(tax);
                Optional<Candidate<AmountText.Found>> rounded = rounded(all, net, tax);
                if (rounded.isPresent()) {
                    return new TotalReading(rounded, net);
                }
                List<BigDecimal> withheld = withheld();
                List<Candidate<AmountText.Found>> toPay = all.stream().filter(c -> withheld.stream()
                        .anyMatch(w -> sum.subtract(w).compareTo(c.value().amount().abs()) == 0)).toList();
                if (!toPay.isEmpty()) {
                    return new TotalReading(choose(toPay, "total"), net); // net + tax less the tax the customer withholds
                }
                List<Candidate<AmountText.Found>> checked = all.stream()
                        .filter(c -> c.value().amount().abs().compareTo(sum) == 0).toList();
                if (!checked.isEmpty()) {
                    Optional<Candidate<AmountText.Found>> gross = choose(checked, "total");
                    Optional<Candidate<AmountText.Found>> after = gross.flatMap(g -> addedAfterTax(all, g));
                    return new TotalReading(after.isPresent() ? after : gross, net);
                }
            }
            return new TotalReading(choose(afterWithholding(afterDeductions(all)), "total"), net);
        }

        /**
         * "Total honoraires TTC 3.789,05 / Débours 20,00 / 10,40 / Total à payer 3.819,45": amounts outside the tax
         * (disbursements, a tourist tax, a deposit for returnables) added under the tax-inclusive total give what is
         * paid. A larger total further down under a strong label is the total when the lines between add up to the
         * difference; when they do not, the gross is kept but doubted, since either may be the one to pay.
         */
        private Optional<Candidate<AmountText.Found>> addedAfterTax(List<Candidate<AmountText.Found>> all,
                Candidate<AmountText.Found> gross) {
            BigDecimal grossValue = gross.value().amount().abs();
            List<Candidate<AmountText.Found>> larger = all.stream()
                    .filter(c -> c.line() > gross.line() && c.weight() >= 0.9)
                    .filter(c -> c.value().amount().abs().compareTo(grossValue) > 0).toList();
            for (Candidate<AmountText.Found> c : larger) {
                BigDecimal difference = c.value().amount().abs().subtract(grossValue);
                BigDecimal between = BigDecimal.ZERO;
                int added = 0;
                for (int i = gross.line() + 1; i < c.line(); i++) {
                    if (hits.get(i).stream().anyMatch(h -> h.field() != Field.OTHER)) {
                        continue; // a tax, another total or a deduction is no item added outside the tax
                    }
                    List<Cell> cells = cellsOf(i);
                    Optional<AmountText.Found> amount = cells.isEmpty() ? Optional.empty()
                            : firstMoney(cells.get(cells.size() - 1).text());
                    if (amount.isPresent()) {
                        between = between.add(amount.get().amount());
                        added++;
                    }
                }
                if (added > 0 && between.compareTo(difference) == 0) {
                    addedOutsideTax = difference;
                    return Optional.of(c);
                }
            }
            if (!larger.isEmpty()) {
                warnings.add("total: " + larger.get(0).value().amount().abs() + " written further down is more than net + tax "
                        + grossValue + "; a person says which is paid");
            }
            return Optional.empty();
        }

        /** What {@link #addedAfterTax} found added to net + tax outside the tax, if anything. */
        private BigDecimal addedOutsideTax;

        /** The amounts written on lines that withhold a tax from what is paid ("Ritenuta d'acconto 20 %", "IRPF -15 %"). */
        private List<BigDecimal> withheld() {
            return lines.stream().filter(l -> WITHHOLDING.matcher(l).find()).flatMap(l -> AmountText.findAll(l).stream())
                    .map(a -> a.amount().abs()).filter(d -> d.signum() > 0).toList();
        }

        /**
         * "Totale documento 23.039,61 / Ritenuta d'acconto - 3.631,72 / Netto a pagare 19.407,89": the customer pays the
         * total less the tax it withholds for the State, so that is what it owes.
         */
        private List<Candidate<AmountText.Found>> afterWithholding(List<Candidate<AmountText.Found>> all) {
            List<BigDecimal> withheld = withheld();
            List<Candidate<AmountText.Found>> kept = all.stream().filter(c -> all.stream().anyMatch(o -> withheld.stream()
                    .anyMatch(w -> o.value().amount().abs().subtract(w).compareTo(c.value().amount().abs()) == 0))).toList();
            return kept.isEmpty() ? all : kept;
        }

        /**
         * "Montant TTC 32 981,53 / Retenue de garantie - 1 649,08 / Net à payer 31 332,45": a total that is another
         * less a deduction written (a retention, a deposit) is what is left to pay, not the invoice's total.
         */
        private List<Candidate<AmountText.Found>> afterDeductions(List<Candidate<AmountText.Found>> all) {
            List<BigDecimal> deductions = candidates(Field.DEPOSIT, this::amountIn).stream()
                    .map(c -> c.value().amount().abs()).filter(d -> d.signum() > 0).toList();
            List<Candidate<AmountText.Found>> kept = all.stream().filter(c -> all.stream().noneMatch(o -> deductions.stream()
                    .anyMatch(d -> o.value().amount().abs().subtract(d).compareTo(c.value().amount().abs()) == 0))).toList();
            return kept.isEmpty() ? all : kept;
        }

        /**
         * "Total inkl. MWST 12'397.63 / Rundungsdifferenz 0.02 / Rechnungsbetrag 12'397.65": with a rounding line,
         * what is paid is the total that differs from net + tax by exactly that rounding (said in the warnings).
         */
        private Optional<Candidate<AmountText.Found>> rounded(List<Candidate<AmountText.Found>> all, BigDecimal net, BigDecimal tax) {
            Optional<BigDecimal> rounding = rounding();
            if (rounding.isEmpty()) {
                return Optional.empty();
            }
            BigDecimal sum = net.add(tax);
            List<Candidate<AmountText.Found>> found = all.stream().filter(c -> {
                BigDecimal v = c.value().amount().abs();
                return v.compareTo(sum.add(rounding.get())) == 0 || v.compareTo(sum.subtract(rounding.get())) == 0;
            }).toList();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            warnings.add("total: net " + net + " + tax " + tax + " rounded by " + rounding.get());
            return choose(found, "total");
        }

        /** The amount of a rounding line ("Rundungsdifferenz 0.02", "Round Off (-)0.20", "Arrondi -0,03"), if one. */
        private Optional<BigDecimal> rounding() {
            for (String line : lines) {
                if (ROUNDING.matcher(line).find()) {
                    List<AmountText.Found> amounts = AmountText.findAll(line);
                    if (amounts.size() == 1 && amounts.get(0).amount().signum() != 0
                            && amounts.get(0).amount().abs().compareTo(BigDecimal.ONE) < 0) {
                        return Optional.of(amounts.get(0).amount().abs());
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * The tax: one per VAT rate when several are written ("TVA 20 %", "TVA 10 %", or CGST + SGST), their
         * sum when net + that sum is one of the totals; else the best single one.
         */
        private BigDecimal taxAmount(BigDecimal net) {
            List<Candidate<AmountText.Found>> all = candidates(Field.TAX, this::amountIn);
            Map<Integer, BigDecimal> perLine = new java.util.TreeMap<>();
            for (Candidate<AmountText.Found> c : all) {
                perLine.putIfAbsent(c.line(), c.value().amount().abs());
            }
            if (net != null && perLine.size() > 1) {
                BigDecimal sum = perLine.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal gross = net.add(sum);
                boolean fits = candidates(Field.TOTAL, this::amountIn).stream()
                        .anyMatch(c -> c.value().amount().abs().compareTo(gross) == 0);
                if (fits) {
                    return sum;
                }
            }
            return choose(all, "tax").map(c -> c.value().amount().abs()).orElse(null);
        }

        /**
         * Several nets ("Total HT" before a discount, "Total HT net" after it) or taxes (a VAT breakdown, then its
         * total) where the first chosen do not add up: the one net and tax that add up to a written total.
         */
        private Optional<BigDecimal[]> consistentNetAndTax(BigDecimal net, BigDecimal tax) {
            List<BigDecimal> totals = candidates(Field.TOTAL, this::amountIn).stream()
                    .map(c -> c.value().amount().abs()).distinct().toList();
            if (net != null && tax != null && totals.stream().anyMatch(t -> t.compareTo(net.add(tax)) == 0)) {
                return Optional.empty();
            }
            List<BigDecimal> nets = candidates(Field.NET, this::amountIn).stream()
                    .map(c -> c.value().amount().abs()).distinct().toList();
            List<BigDecimal> taxes = candidates(Field.TAX, this::amountIn).stream()
                    .map(c -> c.value().amount().abs()).filter(t -> t.signum() > 0).distinct().toList();
            if (nets.size() < 2 && taxes.size() < 2) {
                return Optional.empty();
            }
            List<BigDecimal[]> pairs = new ArrayList<>();
            for (BigDecimal n : nets) {
                for (BigDecimal t : taxes) {
                    if (totals.stream().anyMatch(total -> total.compareTo(n.add(t)) == 0)) {
                        pairs.add(new BigDecimal[] {n, t});
                    }
                }
            }
            return pairs.size() == 1 ? Optional.of(pairs.get(0)) : Optional.empty();
        }

        /** "TVA non applicable, art. 293 B du CGI", "VAT exempt", "§ 19 UStG": the tax is zero, not missing. */
        private boolean vatExempt() {
            return lines.stream().anyMatch(l -> VAT_EXEMPT.matcher(l).find());
        }

        /**
         * A field's confidence: its label's weight; a value read after a weak label (or none) says so,
         * so that nothing under 0.9 goes unexplained.
         */
        private double weak(String name, Optional<? extends Candidate<?>> value, double absent) {
            if (value.isEmpty()) {
                return absent;
            }
            Candidate<?> c = value.get();
            if (c.weight() < 0.9 && warnings.stream().noneMatch(w -> w.startsWith(name + ":"))) {
                String label = c.hit() == null ? "no label" : "the weak label \"" + c.hit().label().strip() + "\"";
                warnings.add(name + ": " + show(c.value()) + " read after " + label);
            }
            return c.weight();
        }

        /**
         * "London, 7 November 2026" alone on a line: the place and date a letter is signed with. Only
         * when no label names the issue date, and a weak clue, so it says so.
         */
        private Optional<Candidate<LocalDate>> placeAndDate() {
            for (int i = 0; i < lines.size(); i++) {
                for (Cell cell : cellsOf(i)) {
                    Matcher m = PLACE_AND_DATE.matcher(cell.text());
                    if (m.matches()) {
                        Optional<LocalDate> date = DateText.parse(m.group(1), monthFirst);
                        if (date.isPresent()) {
                            warnings.add("issueDate: no label; taken from the place and date \"" + cell.text() + "\"");
                            return Optional.of(new Candidate<>(date.get(), 0.6, i, null));
                        }
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * A due date from payment terms ("payable à 30 jours", "30 jours fin de mois", "à réception",
         * "Net 30", "due on receipt"), counted from the issue date; said in the warnings.
         */
        private Optional<LocalDate> dueFromTerms(LocalDate issueDate) {
            for (String line : lines) {
                String flat = line.replaceAll("\\s{2,}", " ");
                Optional<Terms> terms = NOT_TERMS.matcher(NO_DISCOUNT.matcher(line).replaceAll(" ")).find()
                        ? Terms.netBeside(flat) : Terms.in(flat);
                if (terms.isEmpty()) {
                    continue;
                }
                String shown = line.length() > 80 ? line.substring(0, 80) + "…" : line;
                if (issueDate == null) {
                    warnings.add("dueDate: terms \"" + shown + "\" but no issue date to count from");
                    return Optional.empty();
                }
                LocalDate due = terms.get().from(issueDate);
                warnings.add("dueDate: computed from the issue date " + issueDate + " and the terms \"" + shown + "\"");
                return Optional.of(due);
            }
            return termsUnderHeading().map(t -> {
                if (issueDate == null) {
                    warnings.add("dueDate: terms under a \"Terms\" heading but no issue date to count from");
                    return null;
                }
                warnings.add("dueDate: computed from the issue date " + issueDate + " and the terms under a \"Terms\" heading");
                return t.from(issueDate);
            });
        }

        /** "Invoice No.   Date   Terms" over "SI-260591   31 Jul 2026   30 Days": the term in the heading's column. */
        private Optional<Terms> termsUnderHeading() {
            for (int i = 0; i + 1 < lines.size(); i++) {
                for (Cell cell : cellsOf(i)) {
                    if (!TERMS_HEADING.matcher(cell.text().strip()).matches()) {
                        continue;
                    }
                    Optional<Terms> terms = cellUnder(i, cell.start(), cell.end(), i + 1)
                            .flatMap(c -> Terms.in("terms " + c.text().strip()));
                    if (terms.isPresent()) {
                        return terms;
                    }
                }
            }
            return Optional.empty();
        }

        private void missing(String name, Optional<?> value) {
            if (value.isEmpty() && warnings.stream().noneMatch(w -> w.startsWith(name + ":"))) {
                warnings.add(name + ": not found");
            }
        }

        /**
         * "Total: $8,980.91 / Payment on August 21 using e-Transfer: $2,694.00 / Amount Due (CAD): $6,286.91": a lower
         * amount labelled as what is due is what is left once a payment written on the page is taken off; without such
         * a payment it is doubted, so that a person says which the customer owes.
         */
        private BigDecimal lessWhatWasPaid(BigDecimal total) {
            List<BigDecimal> lower = candidates(Field.TOTAL, this::amountIn).stream()
                    .filter(c -> DUE_WORDS.matcher(c.hit().label()).find())
                    .map(c -> c.value().amount().abs()).filter(v -> v.signum() > 0 && v.compareTo(total) < 0).distinct().toList();
            for (BigDecimal due : lower) {
                BigDecimal paid = total.subtract(due);
                boolean written = lines.stream().filter(l -> PAID_WORDS.matcher(l).find())
                        .anyMatch(l -> AmountText.findAll(l).stream().anyMatch(a -> a.amount().abs().compareTo(paid) == 0));
                if (written) {
                    return due;
                }
                warnings.add("amountDue: the document also states " + due + " to pay, under the total " + total
                        + "; a person says which is owed");
            }
            return total;
        }

        private BigDecimal amountDue(BigDecimal total, Optional<Candidate<AmountText.Found>> stated,
                Optional<Candidate<AmountText.Found>> deposit) {
            if (total == null) {
                return stated.map(c -> c.value().amount().abs()).orElse(null);
            }
            BigDecimal due = total;
            if (stated.isPresent()) {
                due = stated.get().value().amount().abs();
                if (stated.get().weight() < 0.9 && due.compareTo(total) != 0) {
                    // "Solde 190,07": a word that may name a balance due, or a credit, or what was already paid
                    warnings.add("amountDue: " + due + " read after a weak label; a person checks it");
                }
            } else if (deposit.isPresent()) {
                // "Voorschot − 4.600,00 / Reeds betaald − 4.300,00": every payment written comes off, one per line.
                Map<Integer, BigDecimal> paid = new java.util.TreeMap<>();
                candidates(Field.DEPOSIT, this::amountIn)
                        .forEach(c -> paid.putIfAbsent(c.line(), c.value().amount().abs()));
                due = total.subtract(paid.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            if (due.compareTo(total) > 0 || due.signum() < 0) {
                warnings.add("amountDue: " + due + " does not fit the total " + total + "; left out");
                return null;
            }
            return due;
        }

        /**
         * A currency code written in the label of a total or a "Currency" line ("TOTAL GBP", "Amount Due (CAD)",
         * "Devise : USD"), when all such codes agree.
         */
        private Optional<Currency> labelledCurrency() {
            java.util.Set<String> codes = new java.util.TreeSet<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                boolean totalLine = hits.get(i).stream().anyMatch(h -> h.field() == Field.TOTAL
                        || h.field() == Field.AMOUNT_DUE);
                if (!totalLine && !CURRENCY_LINE.matcher(line).find()) {
                    continue;
                }
                Matcher m = CURRENCY_CODE.matcher(line);
                while (m.find()) {
                    codes.add(m.group(1));
                }
                // "INVOICE TOTAL €      16,613.16": a sign in the label's cell, apart from the figure; "$" says no dollar.
                if (totalLine) {
                    Matcher sign = LABEL_SIGN.matcher(line);
                    while (sign.find()) {
                        codes.add(sign.group(1).equals("€") ? "EUR" : "GBP");
                    }
                }
            }
            return codes.size() == 1 ? Optional.of(Currency.getInstance(codes.iterator().next())) : Optional.empty();
        }

        private static boolean isDollar(Currency c) {
            return c.getCurrencyCode().endsWith("D") && !c.getCurrencyCode().equals("USD");
        }

        private boolean canadian() {
            return lines.stream().anyMatch(l -> CANADIAN.matcher(l).find());
        }

        private boolean writesUsd() {
            return lines.stream().anyMatch(l -> USD_WRITTEN.matcher(l).find());
        }

        /** The currency the document's amounts are written with, when only one is. */
        private Optional<Currency> documentCurrency() {
            Map<Currency, Integer> counts = new HashMap<>();
            for (String line : lines) {
                for (AmountText.Found f : AmountText.findAll(line)) {
                    f.currency().ifPresent(c -> counts.merge(c, 1, Integer::sum));
                }
            }
            if (counts.size() > 1) {
                warnings.add("currency: several currencies written " + counts.keySet() + "; took the most used");
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        }

        private InvoiceKind kind(Optional<Candidate<String>> number) {
            boolean creditLabel = number.map(c -> CREDIT_NOTE_LABEL.matcher(c.hit().label()).find()).orElse(false);
            boolean heading = lines.stream().limit(20).anyMatch(l -> CREDIT_NOTE_HEADING.matcher(l).find());
            return creditLabel || heading ? InvoiceKind.CREDIT_NOTE : InvoiceKind.INVOICE;
        }

        /** The issuer: a line near the top naming a company by its legal form, other than the customer. */
        private Optional<String> seller(Optional<Candidate<String>> customer) {
            for (int i = 0; i < Math.min(lines.size(), 8); i++) {
                String line = lines.get(i);
                if (LEGAL_FORM.matcher(line).find()) {
                    String name = NAME_END.split(line, 2)[0].strip();
                    if (customer.map(c -> c.value().equals(name)).orElse(false)) {
                        continue;
                    }
                    return Optional.of(name);
                }
            }
            return Optional.empty();
        }

        /**
         * The e-mail address in the customer's block: on the few lines from its name, in its column when the layout
         * has columns ("facturation@seller.test    compta@customer.test" on one line: the seller's is the left one).
         */
        private Optional<String> emailNear(Candidate<String> customer) {
            int column = -1;
            for (int i = customer.line(); i < Math.min(lines.size(), customer.line() + 3) && column < 0; i++) {
                int at = lines.get(i).indexOf(customer.value()); // the name sits on its label's line or under it
                column = at < 0 ? -1 : indents.get(i) + at;
            }
            for (int i = customer.line(); i < Math.min(lines.size(), customer.line() + 5); i++) {
                Matcher m = EMAIL.matcher(lines.get(i));
                boolean columns = cellsOf(i).size() > 1;
                String nearest = null;
                int distance = Integer.MAX_VALUE;
                while (m.find()) {
                    int d = column < 0 ? 0 : Math.abs(indents.get(i) + m.start() - column);
                    if (d < distance) {
                        nearest = m.group();
                        distance = d;
                    }
                }
                if (nearest != null && (!columns || column < 0 || distance <= 12)) {
                    return Optional.of(nearest);
                }
            }
            return Optional.empty();
        }

        // --- choosing among candidates

        private <T> Optional<Candidate<T>> best(Field field, String name, Function<Hit, Optional<Candidate<T>>> valueOf) {
            return choose(candidates(field, valueOf), name);
        }

        private <T> List<Candidate<T>> candidates(Field field, Function<Hit, Optional<Candidate<T>>> valueOf) {
            List<Candidate<T>> found = new ArrayList<>();
            for (List<Hit> lineHits : hits) {
                for (Hit h : lineHits) {
                    if (h.field() == field) {
                        valueOf.apply(h).ifPresent(found::add);
                    }
                }
            }
            return found;
        }

        /**
         * The strongest candidate, earliest first on a tie; disagreeing candidates of the same strength
         * make it doubtful, and a doubtful value is dropped with a warning rather than guessed.
         */
        private <T> Optional<Candidate<T>> choose(List<Candidate<T>> found, String name) {
            if (found.isEmpty()) {
                return Optional.empty();
            }
            List<Candidate<T>> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.<Candidate<T>>comparingDouble(Candidate::weight).reversed()
                    .thenComparingInt(Candidate::line));
            Candidate<T> top = sorted.get(0);
            double weight = top.weight();
            for (Candidate<T> other : sorted.subList(1, sorted.size())) {
                if (other.weight() >= top.weight() - 1e-9 && !same(other.value(), top.value())) {
                    weight *= 0.75;
                    warnings.add(name + ": several values (" + show(top.value()) + ", " + show(other.value())
                            + "); took the first");
                    break;
                }
            }
            if (weight < DOUBTFUL) {
                warnings.add(name + ": doubtful, left out");
                return Optional.empty();
            }
            return Optional.of(new Candidate<>(top.value(), weight, top.line(), top.hit()));
        }

        private static boolean same(Object a, Object b) {
            if (a instanceof AmountText.Found x && b instanceof AmountText.Found y) {
                return x.amount().compareTo(y.amount()) == 0;
            }
            return a.equals(b);
        }

        private static String show(Object value) {
            return value instanceof AmountText.Found f ? f.amount().toPlainString() : String.valueOf(value);
        }

        // --- reading values next to a label

        /** The text after the label up to the next label on the line; blank when the label ends the line. */
        private String segment(Hit h) {
            String line = lines.get(h.line());
            int end = line.length();
            for (Hit other : hits.get(h.line())) {
                if (other.start() >= h.end() && other.start() < end) {
                    end = other.start();
                }
            }
            return line.substring(h.end(), end);
        }

        /** Nothing but punctuation between the label and the end of its line: "Bill to:". */
        private static boolean isBare(String segment) {
            return segment.matches("[\\s:.#°º\\-–—]*");
        }

        /**
         * The cell of line {@code j} in the label's column: overlapping it and starting or ending where it does
         * (left- or right-aligned), in layout text only.
         */
        private Optional<Cell> cellUnder(Hit h, int j) {
            return cellUnder(h.line(), h.start(), h.end(), j);
        }

        /** The cell of line {@code j} under the span {@code start}–{@code end} of line {@code line}. */
        private Optional<Cell> cellUnder(int line, int startOnLine, int endOnLine, int j) {
            if (j >= lines.size()) {
                return Optional.empty();
            }
            int from = indents.get(line) + startOnLine;
            int to = indents.get(line) + endOnLine;
            Cell best = null;
            for (Cell c : cellsOf(j)) {
                int start = indents.get(j) + c.start();
                int end = indents.get(j) + c.end();
                boolean overlaps = start < to && from < end;
                if (overlaps && (Math.abs(start - from) <= 2 || Math.abs(end - to) <= 2)) {
                    best = c;
                    break;
                }
            }
            return Optional.ofNullable(best);
        }

        private boolean labelAt(int line, int start) {
            return hits.get(line).stream().anyMatch(o -> o.start() == start && !gluedToValue(o));
        }

        private boolean hasLabel(int line) {
            return hits.get(line).stream().anyMatch(o -> !gluedToValue(o));
        }

        /** "#FA005929" under "Numéro de facture": a "#" written onto its value is the value's prefix, no heading. */
        private boolean gluedToValue(Hit o) {
            String line = lines.get(o.line());
            return o.label().equals("#") && o.end() < line.length() && Character.isLetterOrDigit(line.charAt(o.end()));
        }

        /**
         * A date's or number's value under a bare label: the cell in its column on the next line (layout text),
         * else the next line as before.
         */
        private Optional<String> valueBelow(Hit h) {
            if (!isBare(segment(h)) || h.line() + 1 >= lines.size()) {
                return Optional.empty();
            }
            Optional<Cell> under = cellUnder(h, h.line() + 1);
            if (under.isPresent()) {
                return labelAt(h.line() + 1, under.get().start()) ? Optional.empty() : Optional.of(under.get().text());
            }
            // A label in a right-hand column over a line that ends before it: that line is another column's.
            int next = h.line() + 1;
            if (indents.get(next) + lines.get(next).strip().length() < indents.get(h.line()) + h.start()) {
                return Optional.empty();
            }
            return nextLine(h);
        }

        /**
         * With no label naming the customer: the name over the first address block (lines in one column down to
         * a postal line) that is not the seller's — the letterhead at the top, or the sender line over a
         * window address. A guess, so it says so.
         */
        private Optional<Candidate<String>> addressBlockCustomer() {
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            String top = cells(lines.get(0)).get(0).text().strip();
            String seller = name(top).orElse(top);
            for (int i = 1; i < lines.size(); i++) {
                if (hits.get(i).stream().anyMatch(h -> MONEY_FIELDS.contains(h.field()))) {
                    // The client's address comes before the amounts; blocks further down are footers.
                    break;
                }
                for (Cell cell : cellsOf(i)) {
                    int column = indents.get(i) + cell.start();
                    Optional<Cell> above = afterGap.get(i) ? Optional.empty() : cellAt(i - 1, column);
                    // A sender line ("Seller GmbH · Street 7 · 80339 München") over a window address is not its block.
                    boolean senderLine = above.map(a -> SENDER_LINE.matcher(a.text()).find()
                            || ADDRESSEE.matcher(a.text().strip()).matches()).orElse(false);
                    if (above.isPresent() && !senderLine) {
                        continue;
                    }
                    if (ADDRESSEE.matcher(cell.text().strip()).matches() || FRAGMENT.matcher(cell.text().strip()).find()
                            || SENDER_HEADING.matcher(cell.text().strip()).matches()) {
                        continue; // "Aan", "Messrs.", "Your order:" head the block; "la réception des travaux." is prose
                    }
                    if (!hits.get(i).isEmpty() && hits.get(i).stream().anyMatch(h -> h.start() < cell.end()
                            && cell.start() < h.end())) {
                        continue;
                    }
                    if (HOUSE_NUMBER_LAST.matcher(cell.text().strip()).matches() && i + 1 < lines.size() && !afterGap.get(i + 1)
                            && cellAt(i + 1, column).map(c -> POSTAL.matcher(c.text().strip()).find()).orElse(false)) {
                        continue; // "Grote Markt 9" over "9051 Gent": a street and its house number, no name
                    }
                    Optional<String> name = name(cell.text());
                    if (name.isEmpty() || name.get().contains(seller) || seller.contains(name.get())
                            || name.get().contains(":")
                            || POSTAL.matcher(cell.text()).find() || digitsNoName(cell.text())) {
                        continue;
                    }
                    for (int j = i + 1; j < Math.min(lines.size(), i + 5) && !afterGap.get(j); j++) {
                        Optional<Cell> below = cellAt(j, column);
                        if (below.isEmpty()) {
                            break;
                        }
                        // A postal line ends an address block; a street line does too when the town is left out.
                        if (POSTAL.matcher(below.get().text().strip()).find() || STREET.matcher(below.get().text().strip()).find()) {
                            warnings.add("customerName: no label; taken from the address block \"" + name.get() + "\"");
                            return Optional.of(new Candidate<>(name.get(), 0.6, i, null));
                        }
                    }
                }
            }
            return Optional.empty();
        }

        /**
         * Digits make a cell a number or an address rather than a name, unless it opens with a legal form: a
         * company may have digits in its name ("SARL Optique Vision 2000").
         */
        private static boolean digitsNoName(String cell) {
            return cell.matches(".*\\d.*\\d.*") && !LEGAL_FORM.matcher(cell.strip()).lookingAt();
        }

        /** The name heading an address block that starts on the next line in the label's column, if one. */
        private Optional<String> addressUnder(Hit h) {
            int column = indents.get(h.line()) + h.start();
            int first = h.line() + 1;
            if (first >= lines.size() || afterGap.get(first)) {
                return Optional.empty();
            }
            Optional<Cell> top = cellAt(first, column);
            if (top.isEmpty() || labelAt(first, top.get().start()) || POSTAL.matcher(top.get().text()).find()
                    || top.get().text().matches(".*\\d.*")) {
                return Optional.empty();
            }
            for (int j = first + 1; j < Math.min(lines.size(), first + 4) && !afterGap.get(j); j++) {
                Optional<Cell> line = cellAt(j, column);
                if (line.isEmpty()) {
                    return Optional.empty();
                }
                if (POSTAL.matcher(line.get().text().strip()).find()) {
                    return name(top.get().text());
                }
            }
            return Optional.empty();
        }

        /** The cell of a line that starts at this column (give or take one). */
        private Optional<Cell> cellAt(int line, int column) {
            return cellsOf(line).stream()
                    .filter(c -> Math.abs(indents.get(line) + c.start() - column) <= 1).findFirst();
        }

        /** The line after the label's line, when the label ends its line (label above value). */
        private Optional<String> nextLine(Hit h) {
            if (!isBare(segment(h)) || h.line() + 1 >= lines.size()) {
                return Optional.empty();
            }
            List<Hit> below = hits.get(h.line() + 1);
            String next = lines.get(h.line() + 1);
            if (!below.isEmpty() && below.get(0).start() == 0) {
                return Optional.empty();
            }
            return Optional.of(next);
        }

        /**
         * A header table: a line of labels only ("Invoice No.  Date:  Due date:") over a line of values, the
         * k-th value under the k-th label; only when the counts agree, since columns are lost in the text.
         */
        private Optional<String> columnValue(Hit h) {
            List<Hit> row = hits.get(h.line());
            if (row.size() < 2 || h.line() + 1 >= lines.size() || hasLabel(h.line() + 1)) {
                return Optional.empty();
            }
            String line = lines.get(h.line());
            StringBuilder rest = new StringBuilder();
            int at = 0;
            for (Hit other : row) {
                rest.append(line, at, Math.max(at, other.start()));
                at = Math.max(at, other.end());
            }
            rest.append(line.substring(Math.min(at, line.length())));
            if (!isBare(rest.toString())) {
                return Optional.empty();
            }
            List<String> values = valueItems(lines.get(h.line() + 1));
            return values.size() == row.size() ? Optional.of(values.get(row.indexOf(h))) : Optional.empty();
        }

        /**
         * A header table in layout text: a row of at least three cells over a row of as many, each starting
         * where its heading does ("Invoice No.   Date   Due   Account"), the value under the label.
         */
        private Optional<String> alignedColumnValue(Hit h) {
            int next = h.line() + 1;
            // A label starts its cell; a label word inside a value ("TD01 Invoice" under "Document type") is none.
            if (next >= lines.size() || hits.get(next).stream()
                    .anyMatch(o -> !gluedToValue(o) && cellsOf(next).stream().anyMatch(c -> c.start() == o.start()))) {
                return Optional.empty();
            }
            List<Cell> heads = cellsOf(h.line());
            List<Cell> values = cellsOf(next);
            if (heads.size() < 3 || heads.size() != values.size()
                    || heads.stream().anyMatch(c -> !DateText.findAll(c.text()).isEmpty() || firstMoney(c.text()).isPresent())
                    || heads.stream().anyMatch(c -> ITEM_HEADING.matcher(c.text()).find())) {
                // Headings carry no values: a row with a date or an amount is a label-value line, not a header;
                // and the lines table's "Date | Description | Qty" dates an item, not the invoice.
                return Optional.empty();
            }
            for (int k = 0; k < heads.size(); k++) {
                int a = indents.get(h.line()) + heads.get(k).start();
                int b = indents.get(next) + values.get(k).start();
                if (Math.abs(a - b) > 2) {
                    return Optional.empty();
                }
            }
            for (int k = 0; k < heads.size(); k++) {
                if (heads.get(k).start() <= h.start() && h.end() <= heads.get(k).end()) {
                    if (repeatedBelow(next, values.get(k))) {
                        // Another value of the same kind under it: a table of items ("Date | Acte | Salarié |
                        // Montant"), each row dated or numbered for itself, not the invoice's header.
                        return Optional.empty();
                    }
                    return Optional.of(values.get(k).text());
                }
            }
            return Optional.empty();
        }

        /** The line after {@code row}, with no gap before it, holds in the value's column another date or number. */
        private boolean repeatedBelow(int row, Cell value) {
            int below = row + 1;
            if (below >= lines.size() || afterGap.get(below)) {
                return false;
            }
            int column = indents.get(row) + value.start();
            return cellAt(below, column).or(() -> cellAt(below, column + 1)).or(() -> cellAt(below, column - 2))
                    .map(c -> DateText.parse(value.text()).isPresent() ? DateText.parse(c.text()).isPresent()
                            : numberToken(value.text()).isPresent() && numberToken(c.text()).isPresent())
                    .orElse(false);
        }

        private Optional<Candidate<String>> numberIn(Hit h) {
            Optional<String> column = columnValue(h).or(() -> alignedColumnValue(h))
                    .or(() -> columnCell(h, t -> numberToken(t).isPresent()));
            if (column.isPresent()) {
                return numberToken(column.get()).map(t -> new Candidate<>(t, h.weight(), h.line(), h));
            }
            String segment = segment(h);
            Optional<String> token = numberToken(segment);
            if (token.isEmpty()) {
                token = valueBelow(h).flatMap(InvoiceTextFields::numberToken);
            }
            if (token.isEmpty()) {
                token = numberInColumnBelow(h);
            }
            double weight = numberWeight(h);
            return token.filter(t -> weight > 0).map(t -> new Candidate<>(t, weight, h.line(), h));
        }

        /**
         * A label over its number with other columns in between ("Facture" / dates at the right / "F-2026-0404"),
         * or with another column's text after it on its line: the first cell in its column within two lines.
         */
        private Optional<String> numberInColumnBelow(Hit h) {
            String segment = segment(h);
            if (!isBare(segment) && !segment.matches("\\s{2,}\\S.*")) {
                return Optional.empty();
            }
            for (int j = h.line() + 1; j <= h.line() + 2 && j < lines.size(); j++) {
                Optional<Cell> under = cellUnder(h, j);
                if (under.isPresent()) {
                    return labelAt(j, under.get().start()) ? Optional.empty() : numberToken(under.get().text());
                }
            }
            return Optional.empty();
        }

        /**
         * A bare "N°" right under (or after) the document's title "FACTURE" is that document's number; one that
         * follows another word in its cell numbers that word ("Licence communautaire n°", "dossier n°",
         * "pedido nº"): no number of this document (weight 0).
         */
        private double numberWeight(Hit h) {
            if (!BARE_NUMBER_LABEL.matcher(h.label().strip()).matches()) {
                return h.weight();
            }
            String before = lines.get(h.line()).substring(0, h.start());
            String above = h.line() > 0 ? lines.get(h.line() - 1) : "";
            if (TITLE_AT_END.matcher(before).find() || TITLE_AT_END.matcher(above).find()) {
                return 0.9;
            }
            String[] cellsBefore = CELL_GAP.split(before, -1);
            String inCell = cellsBefore[cellsBefore.length - 1];
            if (WORD_BEFORE.matcher(inCell).find() && !DOCUMENT_WORD_BEFORE.matcher(inCell).find()) {
                return 0;
            }
            boolean titleAbove = h.line() > 0 && cellAt(h.line() - 1, indents.get(h.line()) + h.start())
                    .map(c -> TITLE_CELL.matcher(c.text().strip()).matches()).orElse(false);
            return titleAbove ? 0.9 : h.weight();
        }

        /** "Facture n°562044387 du 02 Juillet 2015": the date that follows the number on its line. */
        private Optional<Candidate<LocalDate>> dateAfterNumber(Candidate<String> number) {
            String segment = segment(number.hit());
            int at = segment.indexOf(number.value());
            if (at < 0) {
                return Optional.empty();
            }
            String rest = segment.substring(at + number.value().length());
            if (rest.isBlank() && number.line() + 1 < lines.size()) {
                // A sentence wrapped after the number: "… notre facture n° 2026-118" / "du 3 novembre 2026 …".
                rest = lines.get(number.line() + 1);
            }
            Matcher m = DATE_AFTER_NUMBER.matcher(rest);
            if (!m.find()) {
                return Optional.empty();
            }
            List<DateText.Found> dates = DateText.findAll(rest.substring(m.end()), monthFirst);
            if (dates.isEmpty() || dates.get(0).start() != 0 || dates.size() > 1 && periodEnd(rest.substring(m.end()), dates)) {
                return Optional.empty();
            }
            // "Facture n° 562044387 du 02 Juillet 2015" states the invoice's own date.
            return Optional.of(new Candidate<>(dates.get(0).date(), 0.9, number.line(), number.hit()));
        }

        /** Whether the first two dates found in {@code text} are a period's ends, its first day not a date of its own. */
        private static boolean periodEnd(String text, List<DateText.Found> dates) {
            String between = text.substring(dates.get(0).end(), dates.get(1).start());
            Matcher m = PERIOD_END.matcher(between);
            return m.find() && m.end() == between.length();
        }

        private Optional<Candidate<LocalDate>> dateIn(Hit h) {
            Optional<String> column = columnValue(h).or(() -> alignedColumnValue(h))
                    .or(() -> columnCell(h, t -> DateText.parse(t, monthFirst).isPresent()));
            if (column.isPresent()) {
                return DateText.parse(column.get(), monthFirst).map(d -> new Candidate<>(d, h.weight(), h.line(), h));
            }
            Optional<LocalDate> date = firstDate(segment(h));
            if (date.isEmpty() && isBare(segment(h))) {
                // "Date      le 6 octobre 2026": the "le" is the date's own word, not a label of its own.
                date = hits.get(h.line()).stream().filter(o -> o.start() >= h.end()).findFirst()
                        .filter(o -> LE_WORD.matcher(o.label()).matches()).flatMap(o -> firstDate(segment(o)));
            }
            if (date.isEmpty() && segment(h).matches("\\s{2,}\\S.*") && h.line() + 1 < lines.size()) {
                // "Payment due          Estimate" over "28 October 2026    EST-0121": a row of headings, each over its value.
                // Not a table of items' "Date | Diligence | Temps", dated row after row.
                date = cellUnder(h, h.line() + 1).filter(c -> !labelAt(h.line() + 1, c.start()))
                        .filter(c -> !ITEM_HEADING.matcher(lines.get(h.line())).find() && !repeatedBelow(h.line() + 1, c))
                        .flatMap(c -> DateText.parse(c.text(), monthFirst));
            }
            if (date.isEmpty()) {
                date = valueBelow(h).flatMap(next -> {
                    List<DateText.Found> found = DateText.findAll(next, monthFirst);
                    return found.isEmpty() || found.get(0).start() != 0 ? Optional.empty()
                            : Optional.of(found.get(0).date());
                });
            }
            return date.map(d -> new Candidate<>(d, h.weight(), h.line(), h));
        }

        private Optional<LocalDate> firstDate(String segment) {
            List<DateText.Found> found = DateText.findAll(segment, monthFirst);
            // The value sits next to its label: a date far along the line belongs to something else.
            // Counted in words and single spaces: a layout's column gap is no distance.
            if (found.isEmpty() || segment.substring(0, found.get(0).start()).replaceAll("\\s+", " ").length() > 40) {
                return Optional.empty();
            }
            return Optional.of(found.get(0).date());
        }

        private Optional<Candidate<AmountText.Found>> amountIn(Hit h) {
            Optional<AmountText.Found> amount = firstMoney(segment(h)).filter(a -> !anotherCellBefore(segment(h), a));
            if (amount.isEmpty()) {
                amount = columnAmount(h);
            }
            if (amount.isEmpty()) {
                amount = nextLine(h).flatMap(next -> {
                    Optional<AmountText.Found> first = firstMoney(next);
                    return first.filter(f -> next.substring(0, f.start()).isBlank());
                });
            }
            return amount.map(a -> new Candidate<>(a, h.weight(), h.line(), h));
        }

        /**
         * A row of headings over their amounts ("TOTAL HT   ESCOMPTE 3%   NET FINANCIER HT   TOTAL TVA   NET À PAYER EUR"
         * and the figures under them, right-aligned in each column): the amount in the label's own column, from its
         * heading's start to the next heading's, on one of the next three lines; in layout text only.
         */
        private Optional<AmountText.Found> columnAmount(Hit h) {
            return columnCell(h, t -> firstMoney(t).isPresent()).flatMap(InvoiceTextFields::firstMoney);
        }

        /** As {@link #columnAmount}, for any value the caller accepts (a date, a number): the cell's text. */
        private Optional<String> columnCell(Hit h, java.util.function.Predicate<String> accept) {
            List<Cell> heads = cellsOf(h.line());
            boolean itemsAbove = h.line() > 0 && cellsOf(h.line() - 1).stream().anyMatch(c -> ITEM_HEADING.matcher(c.text()).find());
            if (heads.size() < 2 || !isBare(segment(h).replaceAll("(?i)\\b(?:eur|chf|usd|gbp|cad|ttc|ht)\\b|[()€$£]", ""))
                    || itemsAbove || heads.stream().anyMatch(c -> ITEM_HEADING.matcher(c.text()).find())) {
                return Optional.empty(); // the items' table ("Désignation  Qté  PU HT  Total HT") heads many rows
            }
            int k = -1;
            for (int i = 0; i < heads.size(); i++) {
                if (heads.get(i).start() <= h.start() && h.start() < heads.get(i).end()) {
                    k = i;
                }
            }
            if (k < 0) {
                return Optional.empty();
            }
            int indent = indents.get(h.line());
            int from = indent + heads.get(k).start();
            int to = k + 1 < heads.size() ? indent + heads.get(k + 1).start() : Integer.MAX_VALUE;
            for (int j = h.line() + 1; j < Math.min(lines.size(), h.line() + 4); j++) {
                if (hasLabel(j)) {
                    return Optional.empty(); // another row of labels: this one's values are not below
                }
                for (Cell c : cellsOf(j)) {
                    int start = indents.get(j) + c.start();
                    int end = indents.get(j) + c.end();
                    if (end > from + 1 && end <= to && start >= from - 12 && (k == 0 || start >= indent + heads.get(k - 1).end())) {
                        if (accept.test(c.text())) {
                            return Optional.of(c.text());
                        }
                        if (c.text().chars().anyMatch(Character::isLetter)) {
                            return Optional.empty(); // words in the column: not a row of values
                        }
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<Candidate<String>> nameIn(Hit h) {
            Optional<String> name = name(segment(h));
            boolean acrossGap = segment(h).matches("[\\s:]*\\s{2,}\\S.*");
            if (acrossGap && name.isPresent() && name.get().matches("\\S*\\d\\S*")) {
                // "Buyer (Bill to)      LR72123": a code in the next column is another heading's value, no name.
                name = Optional.empty();
            }
            if (name.isPresent() && acrossGap) {
                // "Titulaire du compte :      Montant de votre facture": text across a gap is another column's when
                // an address block (a name, then a postal line) sits in the label's own column under it.
                Optional<String> below = addressUnder(h);
                if (below.isPresent()) {
                    name = below;
                }
            }
            if (name.isEmpty() && (isBare(segment(h)) || acrossGap)) {
                // "Bill to:" above the name; skip lines that carry other labels (two-column layouts).
                // When the right column carries labels, the name is what comes before the first of them.
                // A label in the right column ("Seller      Client") names what sits under it, not the left text.
                // The label is read in its cell: "Facture adressée à" heads the name written under the cell's start.
                int cellStart = cellsOf(h.line()).stream().filter(c -> c.start() <= h.start() && h.start() < c.end())
                        .mapToInt(Cell::start).findFirst().orElse(h.start());
                boolean rightColumn = !lines.get(h.line()).substring(0, cellStart).isBlank();
                for (int i = h.line() + 1; i < Math.min(lines.size(), h.line() + 3) && name.isEmpty(); i++) {
                    int row = i;
                    Optional<Cell> under = cellUnder(h, i).or(() -> cellUnder(h.line(), cellStart, h.end(), row));
                    if (under.isPresent()) {
                        if (!labelAt(i, under.get().start())) {
                            name = name(under.get().text());
                        }
                        continue;
                    }
                    if (rightColumn) {
                        continue;
                    }
                    List<Hit> others = hits.get(i);
                    if (others.isEmpty()) {
                        name = name(lines.get(i));
                    } else if (others.get(0).start() > 0) {
                        name = name(lines.get(i).substring(0, others.get(0).start()));
                    }
                }
            }
            return name.map(n -> new Candidate<>(n, h.weight(), h.line(), h));
        }
    }

    // --- value shapes

    private static List<Cell> cells(String line) {
        List<Cell> out = new ArrayList<>();
        Matcher gap = CELL_GAP.matcher(line);
        int at = 0;
        while (gap.find()) {
            if (gap.start() > at) {
                out.add(new Cell(at, gap.start(), line.substring(at, gap.start())));
            }
            at = gap.end();
        }
        if (at < line.length()) {
            out.add(new Cell(at, line.length(), line.substring(at)));
        }
        return out;
    }

    /** The values of a table row in order: a date or an amount is one value, else each word is. */
    private static List<String> valueItems(String line) {
        List<int[]> spans = new ArrayList<>();
        for (DateText.Found d : DateText.findAll(line)) {
            spans.add(new int[] {d.start(), d.end()});
        }
        for (AmountText.Found a : AmountText.findAll(line)) {
            String raw = line.substring(a.start(), a.end()).strip();
            boolean money = a.currency().isPresent() || raw.matches(".*\\d[.,]\\d{2}$");
            if (money && spans.stream().noneMatch(s -> a.start() < s[1] && s[0] < a.end())) {
                spans.add(new int[] {a.start(), a.end()});
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        List<String> items = new ArrayList<>();
        int at = 0;
        for (int[] span : spans) {
            words(line.substring(at, Math.max(at, span[0])), items);
            items.add(line.substring(span[0], span[1]).strip());
            at = Math.max(at, span[1]);
        }
        words(line.substring(Math.min(at, line.length())), items);
        return items;
    }

    private static void words(String text, List<String> into) {
        for (String w : text.strip().split("\\s+")) {
            if (!w.isBlank()) {
                into.add(w);
            }
        }
    }

    private static Optional<String> numberToken(String segment) {
        Matcher m = NUMBER_TOKEN.matcher(segment);
        if (!m.find()) {
            return Optional.empty();
        }
        String token = m.group(1);
        Matcher series = SERIES_NUMBER.matcher(segment);
        if (series.find()) {
            token = series.group(1);
        }
        Matcher yearSequence = YEAR_SEQUENCE.matcher(segment);
        if (yearSequence.find()) {
            token = yearSequence.group(1);
        }
        if (token.length() < 3 || token.chars().noneMatch(Character::isDigit) || DateText.parse(token).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(token);
    }

    /**
     * The first amount that looks like money (two decimals or a currency sign), ignoring dates and
     * percentages that share the line.
     */
    static Optional<AmountText.Found> firstMoney(String segment) {
        char[] masked = segment.toCharArray();
        for (DateText.Found d : DateText.findAll(segment)) {
            for (int i = d.start(); i < d.end(); i++) {
                masked[i] = ' ';
            }
        }
        Matcher base = RATE_BASE.matcher(segment);
        while (base.find()) {
            for (int i = base.start(); i < base.end(); i++) {
                masked[i] = ' ';
            }
        }
        Matcher percent = PERCENT.matcher(segment);
        while (percent.find()) {
            for (int i = percent.start(); i < percent.end(); i++) {
                masked[i] = ' ';
            }
        }
        String clean = new String(masked);
        for (AmountText.Found f : AmountText.findAll(clean)) {
            String raw = clean.substring(f.start(), f.end()).strip();
            if (f.currency().isPresent() || raw.matches(".*\\d[.,]\\d{2}$")) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** Words in a cell of their own, not a currency or tax word ("EUR", "TTC"). */
    private static final Pattern WORDS_CELL = Pattern.compile("(?!(?:[A-Z]{3}|ttc|ht|htva|net)\\b)\\p{L}{3,}.*", FLAGS);

    /**
     * "Détail   Taux   Prix de base   Total taxes      Frais de livraison HT      8,25 €": a cell of words between a
     * heading and the amount across the gaps is another column's label, and the amount is that one's.
     */
    private static boolean anotherCellBefore(String segment, AmountText.Found amount) {
        String before = segment.substring(0, amount.start());
        Matcher gap = CELL_GAP.matcher(before);
        List<String> cellsAfterGaps = new ArrayList<>();
        int at = -1;
        while (gap.find()) {
            if (at >= 0 && gap.start() > at) {
                cellsAfterGaps.add(before.substring(at, gap.start()));
            }
            at = gap.end();
        }
        return cellsAfterGaps.stream().anyMatch(c -> WORDS_CELL.matcher(c.strip()).matches());
    }

    /**
     * What a customer label's neighbour may be without being a name: a VAT or company id ("ATU68646550"), another
     * party's or document's heading ("Maître d'œuvre", "Devis", "Committente").
     */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?iu)(?:[A-Z]{2,3}[\\s.]?\\d[\\d\\s.]{6,14}[A-Z0-9]?"
            + "|(?:devis|quote|quotation|offerte|angebot|preventivo|presupuesto|or[çc]amento|ma[îi]tre\\s+d['’](?:œ|oe)uvre"
            + "|ma[îi]tre\\s+d['’]ouvrage|architecte|committente|cliente|client|customer|kunde|klant|destinataire|emisor|emittente"
            + "|propri[ée]taire|locataire|preneur|animal"
            + "|bill\\s+to|ship\\s+to|deliver\\s+to|sold\\s+to|livraison|chantier|werf|page|seite)(?:\\s*[:/].*)?"
            // a period's heading: "Travaux du 14/01/2026 au 16/02/2026", "Leistungszeitraum"
            + "|(?:travaux|works|prestations?|p[ée]riode|period|leistungszeitraum)(?:\\s+(?:du|from|vom|de)\\s.*)?)");

    private static Optional<String> name(String text) {
        String s = NAME_PREFIX.matcher(text).replaceFirst("");
        s = NAME_END.split(s, 2)[0].strip();
        if (s.length() < 2 || !Character.isLetter(s.charAt(0)) || EMAIL.matcher(s).find()
                || s.chars().filter(Character::isLetter).count() < 2 || NOT_A_NAME.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    // --- labels

    private static List<Hit> hitsOn(String line, int index) {
        // The labels run over the line with its column gaps cut to two spaces (a gap stays a gap), which keeps
        // layout text as cheap as plain text; offsets are mapped back to the line.
        StringBuilder narrow = new StringBuilder(line.length());
        int[] at = new int[line.length() + 1];
        for (int i = 0; i < line.length(); i++) {
            if (i >= 2 && line.charAt(i) == ' ' && line.charAt(i - 1) == ' ' && line.charAt(i - 2) == ' ') {
                continue;
            }
            at[narrow.length()] = i;
            narrow.append(line.charAt(i));
        }
        at[narrow.length()] = line.length();
        List<Hit> all = new ArrayList<>();
        for (Label label : LABELS) {
            Matcher m = label.pattern().matcher(narrow);
            while (m.find()) {
                // A label never spans a column gap: "Date      Due" is two headings, not "date due".
                if (m.end() > m.start() && !CELL_GAP.matcher(m.group().strip()).find()) {
                    int start = at[m.start()];
                    int end = at[m.end() - 1] + 1;
                    all.add(new Hit(label.field(), label.weight(), index, start, end, line.substring(start, end)));
                }
            }
        }
        // Longer labels win over the shorter ones they contain: "Total HT" is not "Total", "Date limite" not "Date".
        all.sort(Comparator.comparingInt((Hit h) -> h.end() - h.start()).reversed());
        List<Hit> kept = new ArrayList<>();
        for (Hit h : all) {
            if (kept.stream().noneMatch(k -> h.start() < k.end() && k.start() < h.end())) {
                kept.add(h);
            }
        }
        kept.sort(Comparator.comparingInt(Hit::start));
        return kept;
    }

    private static List<Label> labels() {
        List<Label> l = new ArrayList<>();
        String no = "(?:n[°º]\\.?|n\\.\\s?[°º]?|no\\.?|nr\\.?|num(?:é|e)ro|number|nummer|#)";
        String doc = "(?:facture|invoice|rechnung|factuur|avoir|credit\\s*note|gutschrift|creditnota|factura|fattura|fatura|faktura)";
        add(l, Field.NUMBER, 0.95, doc + "\\s*" + no,
                "facture\\s+(?:de\\s+solde|d" + AP + "acompte|rectificative|finale?)\\s*" + no,
                // A kind of invoice in its title: "Facture de provision n°", "Facture de transport n°".
                "facture\\s+(?:de\\s+|d" + AP + "\\s*)[\\p{L}-]+\\s*" + no,
                // A note is an invoice under another name: "Note d'honoraires n°", "Note de droits d'auteur n°".
                "(?<![\\p{L}])note\\s+(?:de\\s+|d" + AP + "\\s*)[\\p{L}-]+(?:\\s+(?:de\\s+|d" + AP + "\\s*)?[\\p{L}-]+)?\\s*" + no,
                "(?:n[°º]\\.?|num(?:é|e)ro)\\s*(?:de\\s+(?:la\\s+)?)?(?:facture|l" + AP + "avoir|d" + AP + "avoir)",
                // Québec writes "No de facture" for "N° de facture".
                "(?<![\\p{L}])no\\s+de\\s+facture",
                "rechnungs-?\\s*(?:nr\\.?|nummer)", "invoice\\s*(?:id|ref(?:erence)?)", "(?<![\\p{L}])inv\\.?\\s*(?:no\\.?|#|number)",
                "(?<![\\p{L}])bill\\s*(?:n[°º]\\.?|no\\.?|nr\\.?|number|#)",
                "factuur\\s*-?\\s*(?:n[°º]\\.?|no\\.?|nr\\.?|nummer|#)",
                // Polish, Czech, Nordic and Finnish vendors: "Faktura VAT nr", "daňový doklad č.", "Fakturanr.", "Laskun numero"
                "faktura\\s+vat\\s*(?:nr\\.?|no\\.?)", "da(?:ň|n)ov(?:ý|y)\\s+doklad\\s*(?:č\\.|c\\.|(?:č|c)(?:í|i)slo)",
                "(?:č|c)(?:í|i)slo\\s+faktury", "fakturanr\\.?", "fakturanummer", "laskun\\s+numero", "numer\\s+faktury");
        add(l, Field.NUMBER, 0.75, "(?<![\\p{L}])" + doc + "(?![\\p{L}])");
        add(l, Field.NUMBER, 0.6, "(?<![\\p{L}])(?:n[°º]|n\\.[°º]|no\\.|nr\\.|#)");
        // "Numéro      FA05866" in a panel of document details: a cell of its own.
        add(l, Field.NUMBER, 0.75, CELL_START + "(?:num(?:é|e)ro|number|nummer)(?=\\s*:?(?:\\s\\s|\\t|\\s*$)|\\s*:\\s)",
                // "Numéro : FT-26-1628" on a line of its own under the title: the same panel, written with a colon.
                "^(?:num(?:é|e)ro|number|nummer)(?=\\s*:\\s)");
        // Sage 100 prints its grid of document details as "N° pièce | Date pièce": the piece is the invoice itself.
        add(l, Field.NUMBER, 0.9, "(?:n[°º]\\.?|num(?:é|e)ro)\\s*(?:de\\s+)?pi(?:è|e)ce(?![\\p{L}])");
        // Dolibarr heads its panel with a bare "Réf. : FA2603-0233"; "Réf. client :" names another's reference.
        add(l, Field.NUMBER, 0.75, "(?<![\\p{L}])r(?:é|e)f\\.?\\s*:(?=\\s*\\p{Alnum})");
        // A bare "Référence" cell in the details panel is the document's reference when nothing names the number better.
        add(l, Field.NUMBER, 0.6, CELL_START + "r(?:é|e)f(?:é|e)rence(?=\\s*:?(?:\\s\\s|\\t|\\s*$))");

        // "30 jours date de facture", "60 j. date fact." count a term from the invoice's date: no date label.
        String notTerm = "(?<!(?:jours?|j\\.?|days?|tage?|gg\\.?)\\s{1,3})";
        add(l, Field.ISSUE_DATE, 0.95,
                notTerm + "date\\s+(?:de\\s+(?:la\\s+)?)?(?:facture|facturation|l" + AP + "avoir)",
                "fecha\\s+(?:de\\s+(?:la\\s+)?)?(?:factura|emisi(?:ó|o)n|expedici(?:ó|o)n)",
                "data\\s+(?:de\\s+|da\\s+)?(?:emiss(?:ã|a)o|fatura)", "data\\s+(?:della\\s+)?fattura", "data\\s+(?:di\\s+)?emissione",
                "date\\s+d" + AP + "(?:é|e)mission", "invoice\\s+date", "date\\s+of\\s+(?:issue|invoice)", "issue\\s+date",
                "rechnungsdatum", "datum\\s+der\\s+rechnung", "ausstellungsdatum", "factuurdatum",
                "date\\s+issued", "tax\\s+point(?:\\s+date)?",
                "data\\s+wystawienia", "datum\\s+vystaven(?:í|i)", "fakturadat(?:um|o)", "laskun\\s+p(?:ä|a)iv(?:ä|a)m(?:ä|a)(?:ä|a)r(?:ä|a)");
        // Finnish "Päivämäärä" (date) heading the invoice's panel, as a bare "Date".
        add(l, Field.ISSUE_DATE, 0.9, CELL_START + "p(?:ä|a)iv(?:ä|a)m(?:ä|a)(?:ä|a)r(?:ä|a)(?![\\p{L}])");
        // "Date pièce" beside "N° pièce" in Sage's grid dates the invoice.
        add(l, Field.ISSUE_DATE, 0.9, "date\\s+(?:de\\s+(?:la\\s+)?)?pi(?:è|e)ce(?![\\p{L}])");
        // Weaker than a bare "Date": "Order dated …" names another document's date.
        add(l, Field.ISSUE_DATE, 0.8, CELL_START + "(?:é|e)tablie?\\s+le(?=\\s*:?\\s)");
        add(l, Field.ISSUE_DATE, 0.7, "(?<![\\p{L}])(?<!(?:order|po|commande|note|contract|quote|devis|bon)\\s{1,3})"
                + "(?:dated|issued(?:\\s+on)?|(?:é|e)mise?\\s+le)(?=\\s*:|\\s+\\p{Alnum}|\\s*$)");
        // A bare "Date" on an invoice is its date unless another date label disagrees (then both are doubted).
        add(l, Field.ISSUE_DATE, 0.9, notTerm + "(?<![\\p{L}])(?:date|datum|data|fecha)(?![\\p{L}])");
        add(l, Field.ISSUE_DATE, 0.7, ",\\s*le(?=\\s+\\d)", CELL_START + "le(?=\\s+\\d)");
        // "Facture du 4 novembre 2026" as a heading: the invoice's own date (an earlier one named later disagrees)
        add(l, Field.ISSUE_DATE, 0.8, CELL_START + "(?:facture|invoice|rechnung|factuur)\\s+(?:du|of|vom|van)(?=\\s+\\d)");
        // "Facture N° V021256" over "du 29 juillet 2026": the heading's date goes on to a line of its own ("du 01/11
        // au 30/11" is a period, not a date).
        add(l, Field.ISSUE_DATE, 0.7, CELL_START + "du(?=\\s+\\d)(?!.*?(?<![\\p{L}])au(?![\\p{L}]))");

        add(l, Field.DUE_DATE, 0.9, "(?:date\\s+d" + AP + ")?(?:é|e)ch(?:é|e)ance",
                "date\\s+limite\\s+de\\s+(?:paiement|r(?:è|e)glement)", "(?:à|a)\\s+(?:r(?:é|e)gler|payer)\\s+avant\\s+le",
                "payable\\s+(?:avant\\s+le|au|le|jusqu" + AP + "au)", "due\\s+date", "payment\\s+due(?:\\s+date)?",
                "due\\s+(?:on|by)", "pay\\s+by", "f(?:ä|a)llig(?:keitsdatum|\\s+am|\\s+bis)?", "zahlbar\\s+bis",
                "zahlungsziel", "vervaldatum", "betaal\\s+(?:uiterlijk|v(?:o|ó)(?:o|ó)r)(?:\\s+op)?", "vervaldag", "date\\s+due", "payable\\s+by",
                "(?:à|a)\\s+r(?:é|e)gler\\s+(?:au\\s+plus\\s+tard\\s+le|le)", "au\\s+plus\\s+tard\\s+le",
                // "Merci de régler cette note avant le 5 novembre": a sentence asking to pay before a day.
                "(?:r(?:é|e)gler|payer)\\s+(?:\\p{L}+\\s+){0,3}?avant\\s+le",
                // The noun says it too: "Règlement par virement avant le 14/03/2026" (not a discount's "pour règlement avant le").
                "(?<!pour\\s)r(?:è|e)glement\\s+(?:\\p{L}+\\s+){0,3}?avant\\s+le",
                // A direct debit is paid on the day it is taken: "Règlement par prélèvement SEPA le 14/12/2026".
                "pr(?:é|e)l(?:è|e)vement\\s+(?:\\p{L}+\\s+){0,2}?le(?=\\s+\\d)", "date\\s+de\\s+pr(?:é|e)l(?:è|e)vement",
                "pr(?:é|e)lev(?:é|e)e?\\s+(?:\\p{L}+\\s+){0,3}?le(?=\\s+\\d)",
                "fecha\\s+de\\s+vencimiento", "data\\s+de\\s+vencimento", "data\\s+(?:di\\s+)?scadenza",
                "(?<![\\p{L}])(?:vencimiento|vencimento|scadenza)(?![\\p{L}])", "date\\s+d" + AP + "exigibilit(?:é|e)", CELL_START + "due\\s*:",
                // A sentence asking for payment by a day: "Please settle this invoice by 8 February 2025".
                "(?:settle|pay|receive|receipt\\s+of\\s+payment|payment)\\s+(?:\\p{L}+\\s+){0,2}?by",
                "(?:überweisen|zahlen|begleichen)[^.\\d]{0,40}?\\s+bis\\s+(?:zum|spätestens(?:\\s+zum)?)",
                CELL_START + "due(?=\\s\\s|\\s*$)", "uiterste\\s+betaaldatum",
                "termin\\s+p(?:ł|l)atno(?:ś|s)ci", "datum\\s+splatnosti", "f(?:ö|o)rfallodatum", "forfaldsdato", "forfallsdato",
                "(?<![\\p{L}])er(?:ä|a)p(?:ä|a)iv(?:ä|a)(?![\\p{L}])", "te\\s+betalen\\s+(?:v(?:o|ó)(?:o|ó)r|uiterlijk(?:\\s+op)?)");

        add(l, Field.TOTAL, 0.95, "total\\s+(?:ttc|t\\.t\\.c\\.?)",
                "montant\\s+(?:total\\s+)?(?:de\\s+l" + AP + "avoir\\s+|de\\s+la\\s+facture\\s+|\\p{L}{3}\\s+)?ttc",
                "net\\s+(?:à|a)\\s+payer", "total\\s+(?:(?:à|a)\\s+payer|d(?:û|u))", "montant\\s+dû(?![\\p{L}])", "somme\\s+(?:à|a)\\s+payer",
                "total\\s+amount(?:\\s+due)?", "amount\\s+due", "total\\s+due", "grand\\s+total", "invoice\\s+total",
                "total\\s+for\\s+this\\s+invoice", "total\\s+incl\\w*\\.?\\s+(?:of\\s+)?(?:tax|vat)",
                "gesamtbetrag", "rechnungsbetrag", "bruttobetrag", "endbetrag", "gesamtsumme", "endsumme",
                "summe\\s+brutto", "factuurbedrag", "rechnungstotal",
                // "TOTAL AUD (inc. GST)", "TOTAL DUE NZD incl. GST": the tax word ends the label, not a tax's own.
                "(?:total|amount)(?:\\s+(?:due|payable))?(?:\\s+\\(?[a-z]{3}\\)?)?\\s+\\(?(?:inc|incl|including|inclusive)\\.?\\s+(?:of\\s+)?(?:gst|vat|tax)\\)?",
                "total\\s+current\\s+charges", "(?:gesamt|end)total",
                // "Total Akontorechnung inkl. MWST", "Total Anzahlung inkl. MWST": what this document bills, tax included.
                "total\\s+(?:\\p{L}+\\s+){1,2}inkl\\w*\\.?\\s+(?:mwst|ust|vat|tva|btw|gst|tax)\\.?",
                "total\\s+(?:brutto|inkl\\.?(?:\\s+mwst\\.?)?)",
                "(?:total|montant)\\s+(?:total\\s+)?(?:tvac|tvai|t\\.v\\.a\\.c\\.?|tva\\s+(?:comprise|incluse))", "(?<![\\p{L}])tvac(?![\\p{L}])",
                "(?:amount|total)\\s+payable", "(?:amount|price|total)\\s+incl(?:uding|usive|\\.)?\\s+(?:of\\s+)?(?:vat|tax|gst)",
                "totaal\\s+incl\\w*\\.?(?:\\s+btw)?", "totaalbedrag", "(?<!nog\\s)te\\s+betalen(?:\\s+bedrag)?(?!\\s+v)",
                "total\\s+invoice", "total\\s+factura", "importe\\s+total", "totale\\s+(?:fattura|documento|da\\s+pagare)",
                // What is to pay, as "Net à payer": Italian "Netto a pagare" is no net before tax.
                "netto\\s+a\\s+pagare", "totale\\s+a\\s+pagare", "total\\s+a\\s+pagar", "importe\\s+a\\s+pagar",
                "montant\\s+(?:à|a)\\s+payer", "montant\\s+(?:à|a)\\s+r(?:é|e)gler");
        add(l, Field.TOTAL, 0.8, "(?<![\\p{L}])totaal(?![\\p{L}])");
        // What is to pay in Polish, Czech, the Nordic languages and Finnish, and "Total amount payable".
        add(l, Field.TOTAL, 0.95, "do\\s+zap(?:ł|l)aty", "celkem\\s+k\\s+(?:ú|u)hrad(?:ě|e)", "(?<![\\p{L}])att\\s+betala(?![\\p{L}])",
                "(?<![\\p{L}])(?:å|at)\\s+betale(?![\\p{L}])", "maksettava(?:\\s+yhteens(?:ä|a))?",
                "total\\s+amount\\s+(?:due|payable)", "total\\s+payable");
        add(l, Field.TOTAL, 0.8, "(?<![\\p{L}])yhteens(?:ä|a)(?![\\p{L}])");
        // A letter's sentence: "notre facture n° … d'un montant de 2 340,00 € TTC".
        add(l, Field.TOTAL, 0.85, "d" + AP + "un\\s+montant\\s+(?:total\\s+)?de", "in\\s+the\\s+amount\\s+of",
                "über\\s+(?:einen\\s+betrag\\s+von|den\\s+betrag\\s+von)");
        add(l, Field.TOTAL, 0.65, "(?<![\\p{L}])total(?![\\p{L}])");

        add(l, Field.AMOUNT_DUE, 0.95, "reste\\s+(?:(?:à|a)\\s+payer|d(?:û|u))", "solde\\s+(?:(?:à|a)\\s+payer|d(?:û|u)|restant)",
                "restant\\s+d(?:û|u)", "balance\\s+due", "amount\\s+remaining", "remaining\\s+balance",
                "restbetrag", "noch\\s+zu\\s+zahlen", "zahlbetrag", "zu\\s+zahlender\\s+betrag", "verbleibender\\s+betrag",
                "balance\\s+payable", "nog\\s+te\\s+betalen", "saldo\\s+te\\s+betalen", "(?:te\\s+betalen|openstaand)\\s+saldo",
                // An author's note pays out the gross less the contributions withheld: "Net à verser à l'auteur".
                "net\\s+(?:à|a)\\s+verser", "openstaand\\s+(?:saldo|bedrag)");
        // not "Solde créditeur appliqué -190,07 €": a credit balance the seller deducts
        add(l, Field.AMOUNT_DUE, 0.7, "(?<![\\p{L}])solde(?![\\p{L}])(?!\\s+cr(?:é|e)diteur)");
        add(l, Field.DEPOSIT, 0.9,
                "solde\\s+cr(?:é|e)diteur(?:\\s+(?:appliqu|imput|d(?:é|e)duit)\\p{L}*)?", "cr(?:é|e)dit\\s+(?:appliqu|imput)\\p{L}*",
                "avoir\\s+(?:appliqu|imput|d(?:é|e)duit)\\p{L}*", "credit(?:\\s+balance)?\\s+applied", "applied\\s+(?:credit|balance)",
                "guthaben\\s+(?:verrechnet|angerechnet)",
                "acompte(?:\\s+(?:d(?:é|e)j(?:à|a)\\s+)?(?:vers(?:é|e)|r(?:é|e)gl(?:é|e)|pay(?:é|e)|re(?:ç|c)u))?",
                "d(?:é|e)j(?:à|a)\\s+(?:pay(?:é|e)|r(?:é|e)gl(?:é|e)|vers(?:é|e))", "deposit(?:\\s+paid)?",
                "already\\s+paid", "amount\\s+paid", "prepaid(?:\\s+amount)?", "anzahlung", "bereits\\s+(?:bezahlt|gezahlt)",
                "abschlagszahlung", "aanbetaling", "reeds\\s+betaald", "(?<![\\p{L}])voorschot(?:\\s+(?:betaald|ontvangen))?(?![\\p{L}])",
                // A lawyer's provision received is paid ahead, like a deposit.
                "provision\\s+(?:d(?:é|e)j(?:à|a)\\s+)?(?:re(?:ç|c)ue|vers(?:é|e)e|r(?:é|e)gl(?:é|e)e)",
                // A retention of guarantee is kept back from what is paid, like a deposit already paid.
                "retenue\\s+de\\s+garantie", "retention(?:\\s+money)?", "sicherheitseinbehalt");
        add(l, Field.NET, 0.9, "total\\s+(?:ht|h\\.t\\.?|hors\\s+taxes?)(?![\\p{L}])",
                "montant\\s+(?:total\\s+)?(?:\\p{L}{3}\\s+)?ht(?![\\p{L}])", "montant\\s+hors\\s+tax(?:es?)?", "sous-total(?:\\s+ht)?", "sub-?\\s*total",
                "net\\s+amount", "total\\s+(?:excl|exkl|excluding|before|net)\\w*\\.?(?:\\s+(?:of\\s+)?(?:tax|vat|mwst|btw))?",
                "nettobetrag", "summe\\s+netto",
                "(?<![\\p{L}])net(?=\\s*[£€$]|\\s+\\d{1,3}(?:[ ,.]\\d{3})*[.,]\\d{2}(?!\\d))", "gesamt\\s+netto", "(?<![\\p{L}])netto(?![\\p{L}])",
                "(?:total|montant)\\s+(?:total\\s+)?(?:htva|h\\.t\\.v\\.a\\.?)", "(?<![\\p{L}])htva(?![\\p{L}])",
                "sub-?\\s*totaal", "taxable\\s+(?:value|amount)", "zwischentotal",
                // The taxable base in Italian, Spanish and Portuguese: "Imponibile", "Base imponible", "Total ilíquido".
                "imponibile\\s+iva", "(?<![\\p{L}])(?:base\\s+)?imponibile(?![\\p{L}])", "base\\s+imponible", "total\\s+il(?:í|i)quido",
                "total\\s+before\\s+tax", "r(?:é|e)mun(?:é|e)ration\\s+brute(?:\\s+(?:ht|hors\\s+taxes?))?", "totaal\\s+excl\\w*\\.?(?:\\s+btw)?", "(?:amount|price|total)\\s+excl(?:uding|\\.)?\\s+(?:of\\s+)?(?:vat|tax|gst)");
        // "Total GST 10%" sums the tax column: above the item lines' own "GST" code.
        // The Finnish total before tax: "Veroton yhteensä" (untaxed, in all).
        add(l, Field.NET, 0.9, "veroton\\s+yhteens(?:ä|a)");
        // The Finnish VAT: "Alv 25,5 %" (not "ALV rek.", the VAT registration).
        add(l, Field.TAX, 0.85, "(?<![\\p{L}])alv(?![\\p{L}])(?!\\s+rek)");
        add(l, Field.TAX, 0.9, "total\\s+(?:gst|vat|tax|hst)(?![\\p{L}])", "total\\s+(?:des\\s+)?taxes(?![\\p{L}])");
        add(l, Field.TAX, 0.85, "total\\s+tva", "total\\s+iva", "montant\\s+(?:de\\s+la\\s+)?tva", "(?<![\\p{L}])(?:tva|vat|tax|mwst\\.?|ust\\.?|btw|iva)(?![\\p{L}])",
                "(?<![\\p{L}.])t\\.\\s?v\\.\\s?a\\.?(?!\\s?c)", "(?<![\\p{L}])(?:hst|qst|pst|tvq|tps)(?![\\p{L}])",
                "sales\\s+tax", "umsatzsteuer", "mehrwertsteuer",
                "(?<![\\p{L}])[icsu]?gst(?![\\p{L}])(?!\\s*(?:in|no|number|reg))");
        add(l, Field.CUSTOMER, 0.8, CELL_START + "client(?![\\p{L}])\\s*:?",
                // "Réf. client : Chantier 12", "Code client :" are references the seller keeps, not the customer's name.
                "(?<![\\p{L}.])(?<!r(?:é|e)f\\.?\\s{1,3})(?<!code\\s{1,3})client\\s*:",
                "adresse\\s+de\\s+facturation", "billing\\s+address", "rechnungs(?:adresse|anschrift)", "factuur\\s+aan",
                "facturatieadres", "factuuradres",
                // A utility's or telecom's bill names its customer as the holder of the contract; "Titulaire du
                // compte" and "account holder" are the seller's bank details as often (corpus: Netpresse).
                "titulaire\\s+du\\s+(?:contrat|abonnement)",
                // The Swiss QR-bill's payer: "Zahlbar durch" over the customer's name and address.
                "zahlbar\\s+durch(?=\\s*(?:\\([^)]*\\))?\\s*$)", CELL_START + "(?:klant|kunde|customer|cliente|committente|adquirente)(?=\\s\\s|\\s*$)",
                // the party billed by its role in the trade: an animal's owner at a vet's, the tenant of a hall
                CELL_START + "(?:propri(?:é|e)taire|locataire|preneur)(?=\\s*:?(?:\\s\\s|\\t|\\s*$))",
                // a hotel's or caterer's event is billed to its organiser: "Organisateur" heads the customer's block
                CELL_START + "(?:organisateur|organisatrice|organi[sz]er|veranstalter)(?=\\s*:?(?:\\s\\s|\\t|\\s*$))",
                // A role in the contract heading a block names the party billed: the building owner ("Maître
                // d'ouvrage") for a builder, the main contractor for a subcontractor, the member company for an
                // occupational health service; "Doit" (owes) and "Pour" (beside "De") head the customer's block.
                CELL_START + "(?:ma(?:î|i)tre\\s+d" + AP + "\\s*ouvrage|ma(?:î|i)tre\\s+de\\s+l" + AP + "\\s*ouvrage"
                        + "|entreprise(?:\\s+(?:principale|adh(?:é|e)rente|utilisatrice))?|entrepreneur\\s+principal|donneur\\s+d" + AP + "\\s*ordres?|doit|pour)"
                        + "(?=\\s*:?(?:\\s\\s|\\t|\\s*$))",
                // "Doit : Mme Sophie Aubert" — the old French form naming who owes, on its own line.
                CELL_START + "doit\\s*:",
                "(?<!,\\s)factur(?:é|e|er)\\s+(?:à|a)(?![\\p{L}])(?!\\s+(?:la|le|l" + AP + "|r(?:é|e)ception)(?![\\p{L}]))", "adress(?:é|e)e?\\s+(?:à|a)", "destinataire", "bill(?:ed)?\\s+to(?:\\s+address)?",
                "invoice\\s+to", "sold\\s+to",
                // "To:" heading a block is the addressee; the party billed by its role: "Vendeur facturé", "Client facturé".
                CELL_START + "to\\s*:(?=\\s*(?:\\s\\s|\\t|$))",
                CELL_START + "(?:vendeur|client|membre|adh(?:é|e)rent|soci(?:é|e)t(?:é|e))\\s+factur(?:é|e)e?(?=\\s*:?(?:\\s\\s|\\t|\\s*$))", "customer\\s*:", "buyer\\s*(?:\\(bill\\s+to\\))?\\s*:", "buyer\\s*\\(bill\\s+to\\)", "details\\s+of\\s+receiver(?:\\s*\\(bill(?:ed)?\\s+to\\))?", "rechnungsempf(?:ä|a)nger", "kunde\\s*:",
                "(?<![\\p{L}])klant\\s*:", "gefactureerd\\s+aan", "(?<![\\p{L}])cliente\\s*:",
                "(?<![\\p{L}])nabywca(?![\\p{L}])", "datos\\s+del\\s+cliente", "dados\\s+do\\s+cliente", "dati\\s+(?:del\\s+)?cliente", "(?<![\\p{L}])odb(?:ě|e)ratel(?![\\p{L}])", "faktureres\\s+til",
                CELL_START + "(?:kund|asiakas)(?=\\s*:?(?:\\s\\s|\\t|\\s*$))",
                // the Finnish bank giro slip's payer: "Maksajan nimi ja osoite"
                "maksajan\\s+nimi(?:\\s+ja\\s+osoite)?");
        // Labels of things we do not keep: they must not lend their values to the fields above.
        // What bears no tax is no tax amount: "Débours (non soumis à TVA) : … 13,00 €".
        add(l, Field.OTHER, 0, "non\\s+soumise?s?\\s+(?:(?:à|a)\\s+(?:la\\s+)?)?(?:tva|taxe)", "not\\s+subject\\s+to\\s+(?:vat|tax)",
                "outside\\s+the\\s+scope\\s+of\\s+vat", "nicht\\s+steuerbar");
        // A count of hours is no money: "Total Stunden: 63.75". A sum "exkl. MWST" after another word (a contract
        // sum, an order's value) is no tax; "Total exkl. MWST" stays the net, being the longer label.
        add(l, Field.OTHER, 0, "total\\s+(?:der\\s+)?(?:stunden|std\\.?|hours|hrs\\.?|heures|uren)(?![\\p{L}])",
                "(?<![\\p{L}])(?:exkl|excl|ohne)\\w*\\.?\\s+(?:mwst|ust|vat|tva|btw|gst|tax)\\.?(?![\\p{L}])",
                // An account statement's balance sums other invoices too: "Solde de votre compte".
                "solde\\s+(?:de\\s+)?(?:votre|du)\\s+compte", "kontosaldo|saldo\\s+ihres\\s+kontos", "account\\s+balance");
        // The sum of contributions withheld from an author's or worker's pay is no invoice total.
        add(l, Field.OTHER, 0, "total\\s+(?:du\\s+|des\\s+)?(?:pr(?:é|e)compte|retenues?|cotisations)(?![\\p{L}])");
        // The base a tax is counted on ("Incidência IVA 23 %  3.206,95") is not the tax.
        add(l, Field.OTHER, 0, "incid(?:ê|e)ncia(?:\\s+(?:de\\s+)?iva)?", "base\\s+(?:de\\s+)?(?:iva|tva|vat)(?![\\p{L}])");
        // The customer's order: "P.O.# :", "P.O./S.O. Number:", "PO #" name another document's number.
        add(l, Field.OTHER, 0, "(?<![\\p{L}])p\\.?\\s?o\\.?(?:\\s?/\\s?s\\.?\\s?o\\.?)?\\s*(?:#|n(?:o|°|º)\\.?|number)",
                "(?<![\\p{L}])s\\.?\\s?o\\.?\\s*(?:#|number)", "purchase\\s+order(?:\\s+(?:#|no\\.?|number))?");
        // A credit note names the invoice it cancels, with that invoice's date and due date: none of them its own.
        add(l, Field.OTHER, 0, "facture\\s+(?:d" + AP + "\\s*origine|initiale|annul(?:é|e)e|rectifi(?:é|e)e|concern(?:é|e)e)",
                "(?:é|e)ch(?:é|e)ance\\s+(?:initiale|d" + AP + "\\s*origine)", "original\\s+invoice", "invoice\\s+(?:cancelled|credited)",
                "urspr(?:ü|u)ngliche\\s+rechnung", "annule\\s+(?:int(?:é|e)gralement\\s+)?la\\s+facture",
                // "Facture FM2605-068 (10 986,38 €) réglée le 24/06/2026, merci": an earlier invoice, already paid
                "(?:facture|invoice|rechnung)\\s+(?:n[°º]\\s*)?[A-Z0-9][\\w\\-/.]*\\s+(?:\\([^)]*\\)\\s+)?(?:(?:a\\s+(?:é|e)t(?:é|e)|was|has\\s+been)\\s+)?"
                        + "(?:r(?:é|e)gl(?:é|e)e|pay(?:é|e)e|sold(?:é|e)e|acquitt(?:é|e)e|paid|settled|bezahlt|beglichen)");
        // "Objet" (subject) heads its own cell: beside "CLIENT" it is another column's heading, not the name.
        add(l, Field.OTHER, 0, CELL_START + "(?:objet|subject|betreff|onderwerp|oggetto|asunto|assunto)(?=\\s*:|\\s\\s|\\t|\\s*$)");
        add(l, Field.OTHER, 0, "(?:n[°º]\\.?|num(?:é|e)ro|code|id\\.?)\\s*(?:de\\s+)?client", "client\\s*(?:n[°º]|no\\.?|id|number|code)",
                "customer\\s*(?:no\\.?|number|id)", "kunden-?\\s*nr\\.?", "kundennummer", "account\\s+number",
                "date\\s+de\\s+(?:la\\s+)?(?:livraison|commande|prestation)", "(?:delivery|order|shipping|dispatch|po|purchase\\s+order)\\s+date", "lieferdatum",
                "buyer" + AP + "?s\\s+order\\s+(?:no\\.?|date)", "bon\\s+de\\s+commande(?:\\s+du)?", "auftrag\\s+vom", "gstin(?:\\s+of\\s+buyer)?",
                "bestelldatum", "tva\\s+intra\\w*\\.?", "n[°º]\\s*(?:de\\s+)?tva", "vat\\s+(?:number|no\\.?|id|reg\\w*)",
                "ust-?\\s*id\\w*\\.?", "steuer-?\\s*nr\\.?",
                "(?<![\\p{L}])gst\\s+(?:reg\\w*\\.?\\s+)?(?:no\\.?|number|#)", "details\\s+of\\s+consignee(?:\\s*\\(ship(?:ped)?\\s+to\\))?", "num(?:é|e)ro\\s+de\\s+(?:dossier|commande|ligne)",
                "order\\s+(?:no\\.?|number)", "contract\\s+no\\.?",
                "data\\s+sprzeda(?:ż|z)y", "datum\\s+zdaniteln(?:é|e)ho\\s+pln(?:ě|e)n(?:í|i)", "asiakasnumero", "kundnummer", "kundenr\\.?",
                "(?<![\\p{L}])(?:sprzedawca|dodavatel)(?![\\p{L}])", "your\\s+order", "votre\\s+commande", "delivery\\s+note",
                "bon\\s+de\\s+livraison", "albar(?:á|a)n", "siret", "siren", "capital\\s+de", "page",
                "btw-?\\s*(?:nummer|nr\\.?|id\\w*|no\\.?)", "kvk(?:-?\\s*(?:nummer|nr\\.?))?", "klantnummer",
                "leverdatum", "bestel(?:datum|nummer)", "debiteur(?:en)?nummer", "order(?:nummer|datum)",
                "ship(?:ped)?\\s+to", "deliver(?:y|ed)?\\s+(?:to|address)", "livr(?:é|e)\\s+(?:à|a)", "adresse\\s+de\\s+livraison",
                "liefer(?:adresse|anschrift)", "(?:af)?leveradres", "ship(?:ping)?\\s+date", "date\\s+of\\s+(?:supply|delivery)",
                "devis\\s*(?:n[°º]\\.?|num(?:é|e)ro)", "quot(?:e|ation)\\s*(?:no\\.?|number|#)", "angebots?-?\\s*(?:nr\\.?|nummer)",
                "offerte\\s*(?:nr\\.?|nummer)", "leistungs(?:datum|zeitraum)", "challan\\s+(?:no\\.?|date)",
                // Another document's number: a credit note's or a balance invoice's reference to an invoice.
                "(?:sur|selon|concerne|relative\\s+(?:à|a)|r(?:é|e)f(?:\\.|(?:é|e)rence)?\\s*(?::|(?:à|a))?)\\s+(?:(?:la|notre|votre)\\s+)?facture"
                        + "(?:\\s+d" + AP + "origine)?\\s*(?:n[°º]\\.?|num(?:é|e)ro)",
                "(?:against|re:?|ref(?:erence)?:?|for|original|relating\\s+to)\\s+invoice\\s*(?:no\\.?|number|#)",
                "(?:zur?|bezüglich|betr(?:\\.|ifft))\\s+(?:der\\s+|unserer\\s+)?rechnung\\s*(?:nr\\.?|nummer)",
                "(?:bij|op|betreft)\\s+factuur\\s*(?:nr\\.?|nummer)",
                // A corrective invoice names the invoice it replaces and the credit note that cancelled it.
                "(?:annule\\s+et\\s+remplace|remplace|annule|rectifie|corrige)\\s+(?:la\\s+|le\\s+|l" + AP + "\\s*|notre\\s+|votre\\s+)?"
                        + "(?:facture|avoir)(?:\\s+(?:initiale|d" + AP + "origine))?\\s*(?:n[°º]\\.?|num(?:é|e)ro)?",
                "annul(?:é|e)e?s?\\s+(?:\\p{L}+\\s+)?par\\s+(?:l" + AP + "\\s*|le\\s+|un\\s+|une\\s+)?(?:avoir|facture)\\s*(?:n[°º]\\.?|num(?:é|e)ro)?",
                // The deposit invoice a balance invoice names: "Acompte encaissé : facture d'acompte n° X".
                "(?:encaiss|vers|r(?:é|e)gl|pay|re(?:ç|c)u)\\p{L}*\\s*:?\\s*(?:par\\s+)?(?:la\\s+|notre\\s+)?facture\\s+d" + AP + "\\s*acompte\\s*(?:n[°º]\\.?|num(?:é|e)ro)?",
                "(?:cancels(?:\\s+and\\s+replaces)?|replaces|supersedes)\\s+(?:our\\s+|the\\s+)?invoice\\s*(?:no\\.?|number|#)?");
        return List.copyOf(l);
    }

    private static void add(List<Label> into, Field field, double weight, String... regexes) {
        for (String regex : regexes) {
            into.add(new Label(field, Pattern.compile(regex, FLAGS), weight));
        }
    }
}
