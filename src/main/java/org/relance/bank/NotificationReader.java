package org.relance.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relance.config.Bank;
import org.relance.ledger.Money;
import org.relance.text.AmountText;
import org.relance.text.DateText;
import org.relance.text.Fold;

/**
 * Finds the credits in the text of a bank notification: the user's rules first, then statement-like lines
 * ("21/11/2026 VIR SEPA RECU /DE X /MOTIF Y +240,00 EUR"), then a single-credit alert read from its phrases and labels.
 */
final class NotificationReader {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /**
     * "X a effectué le virement": X paid, unless the sentence names another beneficiary ("… vers le compte de SCI Y").
     * Shared with {@link PayerAdvice}, where X is the sender.
     */
    /** "Votre virement" is the user's own, unless received or a platform's payout ("Votre virement … a été versé"). */
    static final String YOUR_TRANSFER = "\\bvotre\\s+virement\\b(?!\\s+(?:re[çc]u|entrant))(?![^.\\n]{0,40}?\\ba\\s+[ée]t[ée]\\s+vers[ée])";
    static final String NAMED_TRANSFER = "a\\s+effectu[ée]\\s+(?:ce\\s+jour\\s+|aujourd['’]hui\\s+|le\\s+\\d{1,2}(?:[/.]\\d{1,2}[/.]\\d{2,4}|\\s+\\p{L}+\\.?\\s+\\d{4})\\s+)?(?:un|le)\\s+(?:virement|versement|paiement)\\b"
            + "(?!(?:[^.\\n]|\\.(?=\\d)){0,60}?(?:\\bvers\\s+(?!votre\\b|ton\\b)|\\bau\\s+profit\\b|\\ben\\s+faveur\\b|[àa]\\s+destination\\b|[àa]\\s+l['’]ordre\\b))";

    private static final Pattern CREDIT = Pattern.compile(String.join("|",
            "(?:vous\\s+avez|avez|a)\\s+re[çc]u\\s+(?:un\\s+|une\\s+|des\\s+)?(?:nouveau\\s+|nouvel\\s+)?"
                    + "(?:virement|paiement|versement|transfert|encaissement|cr[ée]dit|[+]?\\d|€)",
            "\\bmouvements?\\s+cr[ée]diteurs?\\b",
            "virements?\\s+(?:(?:sepa|instantan[ée]e?s?|inst|internationa(?:l|ux)|swift|[ée]tranger|europ[ée]ens?|national|interne|bancaires?)\\s+){0,2}"
                    + "(?:re[çc]us?|entrants?|en\\s+votre\\s+faveur)",
            "\\brapatriements?\\s+(?:re[çc]u|de\\s+fonds)\\b|\\bcompte\\s+cr[ée]dit[ée]\\s*:",
            "\\bvir(?:t|ement)?\\.?\\s+(?:sepa\\s+|inst\\s+|instantane\\s+)?re[çc]u",
            "op[ée]rations?\\s+cr[ée]ditrices?",
            "(?:a|ont|avez)\\s+[ée]t[ée]\\s+cr[ée]dit[ée]e?s?",
            "(?:paiement|versement|transfert|encaissement|r[èe]glement)s?\\s+re[çc]u",
            "remise\\s+(?:de\\s+)?ch[eè]ques?",
            "\\b(?:les|vos)\\s+cr[ée]dits\\s+(?:suivants|du)\\b|\\bcr[ée]dits\\s+suivants\\s+ont\\s+[ée]t[ée]\\b",
            "\\b(?:vos|tes)\\s+encaissements\\b",
            // "CA Alpes Provence: Credit de 3450,00EUR le 24/11", "Un mouvement de +2.480,00 € a été enregistré"
            "(?:^|[:.]\\s*|\\n\\s*)cr[ée]dit\\s+de\\s+[+]?\\s*(?=[\\d€$£])",
            "\\b(?:mouvement|op[ée]ration|transaction|movement|buchung)\\s+(?:de|d['’]un\\s+montant\\s+de|of|von|[üu]ber)\\s+[+]\\s*(?=[\\d€$£])",
            "\\b(?:d[ée]p[ôo]t|versement)\\s+d['’]\\s*esp[eè]ces\\b|\\b(?:as|avez)\\s+d[ée]pos[ée]\\b[^.\\n]{0,40}?\\ben\\s+esp[eè]ces|\\bcash\\s+deposit\\b",
            "you(?:'ve|’ve|\\s+have)?\\s+(?:just\\s+)?received\\s+(?:a\\s+|an\\s+|some\\s+)?(?:new\\s+)?"
                    + "(?:payment|transfer|money|bank\\s+transfer|credit|[£$€]|\\d|eur\\b|gbp\\b|usd\\b)",
            "(?:payment|transfer|money|funds)\\s+received",
            "incoming\\s+(?:wire\\s+|bank\\s+|ach\\s+|sepa\\s+)?(?:payment|transfer|funds|credit)",
            "\\b(?:has|have)\\s+paid\\s+(?:your\\s+|the\\s+)?invoice|\\bpaid\\s+your\\s+invoice\\b|\\ba\\s+(?:r[ée]gl[ée]|pay[ée])\\s+(?:votre|la)\\s+facture\\b"
                    + "|\\bhat\\s+(?:ihre|die|deine)\\s+rechnung\\b(?:[^.\\n]|\\.(?=\\d)){0,30}?\\bbezahlt",
            "(?:has|have)\\s+been\\s+credited|was\\s+credited",
            // "We posted an ACH credit to your account ending in …"
            "\\b(?:posted|received)\\s+(?:an?\\s+)?(?:ach\\s+|wire\\s+|direct\\s+)?(?:credit|deposit)\\s+(?:to|into|in)\\s+your\\b",
            "\\bcredits?\\s+(?:were|was|have\\s+been|has\\s+been)\\s+(?:lodged|posted|received|paid\\s+in|booked)\\b|\\blodged\\s+(?:to|into|in)\\s+your\\b"
                    + "|\\blodgements?\\s+(?:to|into|on)\\s+your\\b",
            "\\bsent\\s+you\\b|\\bpaid\\s+you\\b",
            "\\b(?:vous\\s+a|t['’]a)\\s+(?:envoy[ée]|vir[ée]|vers[ée]|pay[ée]|r[ée]gl[ée]|rembours[ée])",
            // a platform paying out: "Zettle a viré 642,30 € sur votre compte", "Nous venons d'effectuer un virement de …"
            "\\b(?:a|ont)\\s+(?:vir[ée]|vers[ée]|transf[ée]r[ée])\\s+(?:[^.\\n]|\\.(?=\\d)){1,40}?\\bsur\\s+(?:votre|ton)\\s+compte",
            "\\bnous\\s+(?:venons\\s+d['’]\\s*effectuer|avons\\s+effectu[ée])\\s+(?:un|le)\\s+(?:virement|versement|paiement)\\b"
                    + "(?:[^.\\n]|\\.(?=\\d)){0,60}?\\bsur\\s+(?:votre|ton)\\s+compte",
            "\\bversement\\b(?:[^.\\n]|\\.(?=\\d)){0,40}?\\b(?:est|a\\s+[ée]t[ée])\\s+(?:arriv[ée]|effectu[ée]|envoy[ée])\\b",
            // "Cdiscount a effectué ce jour le virement correspondant à votre cycle": a named payer, not "vous"
            "(?<!\\b(?:vous|nous|on|je|tu)\\s)(?<=\\p{L}{2}\\s)" + NAMED_TRANSFER,
            // a platform's statement: "Paiement versé le 30/03/2026 : 1 333,15 €"
            "(?:^|\\n)[ \\t]*(?:paiement|montant)\\s+vers[ée]\\s+(?:le\\s+\\d|sur\\s+votre\\s+compte)",
            "\\bwe(?:'ve|’ve|\\s+have)\\s+sent\\s+your\\s+payout\\b|\\byour\\s+payout\\b(?:[^.\\n]|\\.(?=\\d)){0,40}?\\bhas\\s+been\\s+sent\\b",
            "\\b(?:just\\s+)?paid\\s+(?:[£$€]|\\d|eur\\b|usd\\b|gbp\\b)(?:[^\\n]){0,25}?\\b(?:toward|towards|for|on)\\s+(?:your\\s+|the\\s+)?invoice\\b"
                    + "|(?<=\\S\\s)paid\\s+invoice\\s+#?\\s*\\w",
            "\\bport[ée]e?\\s+sur\\s+(?:votre|ton)\\s+compte|\\b(?:a|ont)\\s+[ée]t[ée]\\s+(?:vers[ée]|vir[ée])e?s?\\s+sur\\s+(?:votre|ton)\\s+compte",
            "\\b(?:was|were|has\\s+been|have\\s+been)\\s+added\\s+to\\s+your\\b|\\bmoney\\s+added\\b",
            "\\bpayout\\b[^\\n]{0,30}?\\b(?:has\\s+been|was)\\s+(?:paid|deposited|sent)\\b",
            "\\being[äa]nge?\\b",
            "\\bre[çc]us?\\s*:?\\s*[+]?\\s*[€£$]?\\s*\\d|\\breceived\\s*:?\\s*[+]?\\s*[€£$]\\s*\\d",
            "\\bincoming\\b(?=\\s*[:\\-–]?\\s*[+]?\\s*[£$€\\d])",
            "\\bun\\s+cr[ée]dit\\s+de\\s+[^\\n]{1,25}?\\s+(?:a\\s+[ée]t[ée]|vient\\s+d['’]\\s*[êe]tre)\\s+(?:effectu[ée]|enregistr[ée]|port[ée]|re[çc]u)",
            "\\bwe(?:'ve|’ve|\\s+have)\\s+received\\s+(?:a\\s+|an\\s+)?(?:payment|transfer|money|funds)\\b",
            "(?:^|\\n)\\s*(?:payment|transfer|money)(?=\\s+from\\s+(?!your\\b|you\\b)\\p{L})",
            "\\bdeposited\\s+(?:to|into|in)\\s+your\\b|\\bdeposit\\s+received\\b",
            "\\beingehende[rn]?\\s+(?:zahlung|[üu]berweisung|gutschrift)",
            "\\br[ée]ception\\s+d['’]une?\\s+(?:virement|paiement|versement|transfert)|\\breceipt\\s+of\\s+(?:a\\s+|an\\s+|your\\s+)?(?:payment|transfer)",
            "(?:port[ée]e?s?|enregistr[ée]e?s?|op[ée]rations?|virements?|inscrite?s?)\\s+(?:au|en)\\s+cr[ée]dit\\b",
            "\\bau\\s+cr[ée]dit\\s+de\\s+votre\\s+compte",
            "\\bremboursements?\\b|\\brefund(?:ed|s)?\\b|\\br[üu]ckerstattung|\\berstattung",
            "(?:has|have)\\s+(?:just\\s+)?(?:arrived|landed|come\\s+in)|\\bmoney\\s+in\\b|\\bpaid\\s+in\\b",
            "\\bzahlungseing[äa]nge?s?\\b|\\bgutschrift(?:en)?\\b|\\beingegangen\\b",
            "\\b(?:hat|haben)\\s+(?:dir|ihnen|euch)\\b(?:[^.\\n]|\\.(?=\\d)){0,60}?\\b(?:gesendet|geschickt|[üu]berwiesen|gezahlt|bezahlt)",
            "\\b(?:sie\\s+haben|du\\s+hast)\\b(?:[^.\\n]|\\.(?=\\d)){0,60}?\\berhalten\\b",
            // an operation typed as a credit, a verb of receiving, a payout or a collection that reached the user
            "\\bavis\\s+de\\s+cr[ée]dit\\b|\\bop[ée]ration\\s*[-–:]\\s*cr[ée]dit\\b|\\bcredit\\s+advice\\b",
            "\\bvenez\\s+d['’]encaisser\\b|\\bavez\\s+encaiss[ée]\\b|\\b(?:ont|a)\\s+[ée]t[ée]\\s+encaiss[ée]e?s?\\b|\\bnouvel\\s+encaissement\\b"
                    + "|\\bentr[ée]es?\\s+de\\s+fonds\\b|\\bentr[ée]e\\s+d['’]argent\\b|\\brembours[ée]e?s?\\s+par\\b"
                    + "|\\b(?:vous\\s+a|t['’]a)\\s+fait\\s+un\\s+(?:virement|paiement|versement)\\b"
                    + "|[\\d€$£]\\s*(?:€|eur|chf|\\$)?\\s+(?:vient|viennent)\\s+d['’]\\s*arriver\\s+sur\\s+(?:ton|votre)\\s+compte",
            "\\bvenez\\s+de\\s+recevoir\\b|\\bvient\\s+d['’]\\s*[êe]tre\\s+(?:cr[ée]dit[ée]|vers[ée]|port[ée])",
            "\\byou(?:'ve|’ve|\\s+have)?\\s+(?:just\\s+)?(?:been\\s+paid|got\\s+(?:money|paid|a\\s+payment))",
            "\\bnous\\s+(?:vous\\s+)?avons\\s+(?:vers[ée]|vir[ée]|transf[ée]r[ée]|r[ée]gl[ée]|pay[ée])\\b(?:[^.\\n]|\\.(?=\\d)|\\n(?![ \\t]*\\n)){0,120}?\\bsur\\s+votre\\s+compte",
            "\\bversement\\s+a\\s+[ée]t[ée]\\s+effectu[ée]",
            "\\b(?:r[èe]glement|paiement|virement|versement)\\s+de\\s+[^\\n]{1,25}?\\s+a\\s+[ée]t[ée]\\s+(?:enregistr[ée]|re[çc]u)\\b",
            "\\b(?:virement|paiement|versement|transfert|r[èe]glement)\\b(?:[^.\\n]|\\.(?=\\d)){0,80}?\\ba\\s+[ée]t[ée]\\s+re[çc]u\\b",
            "(?:\\bwe(?:'ve|’ve|\\s+have)|(?<!\\byou\\s)\\b(?:has|have))\\s+(?:sent|paid|transferred|deposited|wired)\\b(?:[^.\\n]|\\.(?=\\d)){0,60}?\\bto\\s+your\\s+(?:bank\\s+)?account",
            "\\bwir\\s+haben\\b(?:[^.\\n]|\\.(?=\\d)){0,60}?\\bauf\\s+(?:ihr|dein)\\s+(?:bank)?konto\\s+(?:[üu]berwiesen|ausgezahlt|gutgeschrieben)",
            "\\bpayout\\s+(?:has\\s+been\\s+|was\\s+)?(?:paid|deposited|sent|completed)\\b|\\bgutgeschrieben\\b",
            "\\b(?:payment|transfer)\\s+of\\s+[^\\n]{1,25}?(?=\\s+from\\s+(?!your\\b|you\\b)\\p{L})|\\bpaid\\s+into\\s+your\\b",
            "\\bfunds\\s+are\\s+now\\s+(?:yours|available)",
            // a credit named as such, and an invoice an invoicing tool says was paid
            "\\b(?:ach\\s+|wire\\s+|sepa\\s+)?credit\\s+of\\s+(?:[£$€]|\\d|eur\\b|usd\\b|gbp\\b|chf\\b)",
            "\\b(?:factures?|invoices?|rechnung)\\b(?:[^.\\n]|\\.(?=\\d)){0,80}?(?:\\n(?![ \\t]*\\n)(?:[^.\\n]|\\.(?=\\d)){0,40}?)?(?:\\ba\\s+[ée]t[ée]\\s+(?:pay[ée]e|r[ée]gl[ée]e|encaiss[ée]e)|\\b(?:has\\s+been|was)\\s+paid"
                    + "|\\b(?:wurde|ist)\\s+bezahlt|\\b(?:est|is)\\s+(?:maintenant\\s+|now\\s+)?(?:pay[ée]e|r[ée]gl[ée]e|sold[ée]e|paid))\\b|^\\s*(?:facture|invoice|rechnung)\\s+\\S+\\s+(?:pay[ée]e|r[ée]gl[ée]e|paid|bezahlt)\\s*$",
            // a payment arriving, typed as incoming, or a signed amount put on the user's account
            // a payment noun: "votre facture vient d'arriver" is a bill
            "\\b(?:virements?|paiements?|versements?|transferts?|fonds|argent|r[èe]glements?)\\b(?:[^.\\n]|\\.(?=\\d)){0,40}?"
                    + "\\b(?:(?:vient|viennent)\\s+d['’]\\s*arriver\\b|(?:est|sont)\\s+arriv[ée]e?s?\\s+sur\\s+(?:votre|ton)\\b)",
            "\\b(?:paiements?|versements?|transferts?|fonds)\\s+(?:entrants?|cr[ée]dit[ée]s?)\\b|\\bdes\\s+fonds\\s+ont\\s+[ée]t[ée]\\s+cr[ée]dit",
            "(?<![\\p{L}\\d])[+]\\s*(?:[£$€]\\s*\\d[\\d\\s.,]*|\\d[\\d\\s.,]*\\s*(?:€|eur\\b|gbp\\b|usd\\b|chf\\b|£))\\s+(?:sur|on|to|in|into|auf)\\s+(?:votre|ton|your|ihr(?:em)?|dein(?:em)?)\\s+(?:compte|account|konto)",
            "\\byou(?:'ve|’ve|\\s+have)?\\s+(?:just\\s+)?got\\s+(?:[+]?[£$€]\\s?\\d|\\d[\\d.,\\s]*\\s?(?:€|£|\\$|eur\\b|gbp\\b|usd\\b|chf\\b)|(?:eur|gbp|usd|chf)\\s?\\d)",
            // a merchant's customer paying: a collected card or online payment
            "\\b(?:votre|your|ihr(?:e)?)\\s+(?:client(?:e)?|customer|kund(?:e|in))\\b(?:[^.\\n]|\\.(?=\\d)){0,60}?\\b(?:vient\\s+de\\s+(?:r[ée]gler|payer|verser)|a\\s+(?:r[ée]gl[ée]|pay[ée])|has\\s+(?:just\\s+)?paid|(?:hat|haben)\\b(?:[^.\\n]|\\.(?=\\d)){0,40}?\\b(?:bezahlt|gezahlt))",
            "\\ba\\s+(?:new\\s+)?payment\\s+(?:has\\s+been|was)\\s+(?:paid|completed|captured|settled)\\b(?!\\s+(?:to|out|by\\s+you)\\b)|\\bpay-?ins?\\b"
                    + "|\\b(?:authori[sz]ed\\s+and\\s+captured|(?:payment|charge)\\s+(?:was\\s+|has\\s+been\\s+)?captured)\\b(?!\\s+by\\b)"), FLAGS);

    /**
     * Words of money coming in, looser than {@link #CREDIT}'s phrases and in more languages: read only when a mail says
     * neither credit nor debit by those phrases, and only on the subject or the amount's own line, with every veto.
     */
    private static final Pattern LOOSE_CREDIT = Pattern.compile(String.join("|",
            // "votre reçu", "un reçu" are receipts of the user's own purchases
            "(?<!\\b(?:votre|ton|un|le|du|ce|vos|les|des|mon)\\s)\\bre[çc]u(?:e|s|es)?\\b|\\bencaiss[ée](?:e|s|es)?\\b"
                    + "|\\bencaissements?\\b|\\bentrants?\\b|\\bcr[ée]dit[ée](?:e|s|es)?\\b|\\bau\\s+cr[ée]dit\\b",
            "\\breceived\\b|\\bcredited\\b|\\bincoming\\b|\\binbound\\b|\\bdeposited\\b|\\bpayments?\\s+in\\b|\\bgot\\s+paid\\b",
            "\\berhalten\\b|\\beingegangen\\b|\\beingang\\b|\\bgutgeschrieben\\b|\\bgutschrift\\w*|\\bempfangen\\b",
            // Dutch, Spanish, Italian: a small company's foreign clients pay through their own banks' apps
            "\\bgestort\\b|\\bstorting\\b|\\bontvangen\\b|\\bbijgeschreven\\b|\\bbinnengekomen\\b|\\binkomende?\\b|\\bbijschrijving\\b",
            "\\brecibid[oa]s?\\b|\\babonad[oa]s?\\b|\\babono\\b|\\bingresos?\\b|\\bentrante\\b",
            // "ricevuta" is also a receipt
            "\\bricevut[oi]\\b|\\baccredit(?:o|at[oaie])\\b|\\bin\\s+entrata\\b",
            // Portuguese, the Nordic languages, Finnish, Polish: more clients' banks, read as loosely
            "\\bcreditad[oa]s?\\b|\\brecebe(?:u|ste)\\b|\\brecebid[oa]s?\\b",
            "\\bf[åa]tt\\s+en\\s+betalning\\b|\\binbetalning\\w*|\\bins[äa]ttning\\w*|\\bmodtaget\\b|\\bmottatt\\b|\\bmottagen\\b"
                    + "|\\bheeft\\s+(?:je|jou|u)\\s+(?:\\p{L}+\\s+)?betaald\\b|\\b(?:ind|inn)betaling\\w*|\\bsaapunu(?:t|neet|nut)\\b|\\bpanot?\\b|\\buznani[ae]\\w*|\\bwp[łl]yw\\w*|\\bprzychodz[ąa]c\\w*"), FLAGS);

    /** What the user paid or was billed: "we received your payment", "vous avez reçu une nouvelle facture". */
    private static final Pattern LOOSE_VETO = Pattern.compile(String.join("|",
            "\\b(?:your|votre|vos|ton|ihre?|deine?|uw|je|su|tu|tuo|vostro|vostra)\\s+(?:\\p{L}+\\s+)?(?:payment|paiement|r[èe]glement|zahlung"
                    + "|betaling|pago|pagamento|order|commande|bestellung|bestelling|pedido|ordine|purchase|achat|subscription|abonnement)",
            "\\b(?:afgeschreven|incasso|betaald\\s+aan|cargo|adeudo|domiciliaci[óo]n|addebit\\w*|prelievo|pagamento\\s+con\\s+carta"
                    + "|pago\\s+con\\s+tarjeta|in\\s+afwachting|verwacht|gepland|pendiente|programad[oa]|in\\s+attesa|programmat[oa]|previst[oa])\\b"),
            FLAGS);
    private static final Pattern BILL_NOUN = Pattern.compile("\\b(?:e-?bills?|factures?|invoices?|rechnung\\w*|factuur|facturen|facturas?"
            + "|fattur[ae]|bills?|relev[ée]s?|statements?|kontoausz[üu]ge?|avis\\s+d['’][ée]ch[ée]ance|devis|quote|angebot)\\b", FLAGS);
    private static final Pattern PAYMENT_NOUN = Pattern.compile("\\b(?:paiements?|payments?|virements?|transfers?|zahlung\\w*"
            + "|[üu]berweisung\\w*|betaling\\w*|overboeking\\w*|pagos?|transferencias?|bonific[oi]|pagament[oi]|versements?"
            + "|r[èe]glements?|fonds|funds|money|argent|geld|r[ée]gl[ée]e?s?|pay[ée]e?s?|paid|bezahlt|betaald|pagad[ao]|pagat[ao]"
            + "|encaiss[ée]e?s?|acquitt[ée]e?s?|settled|beglichen|credited|cr[ée]dit[ée]e?s?|gutgeschrieben)\\b", FLAGS);

    /**
     * An announced future debit, an offer or a referral bonus, a request for money, a credit still pending, or one
     * that failed or was returned: never a credit, whatever else the mail says near the amount.
     */
    /** A payment disputed by the payer's bank: a chargeback takes the money back, whatever the mail says was received. */
    private static final String DISPUTE_WORDS = "\\bchargebacks?\\b|\\bdisputed?\\b|\\br[ée]trofactur\\w*";
    static final Pattern NOT_YET_OR_OFFER = Pattern.compile(String.join("|",
            "\\boffert(?:e|s|es)?\\b|\\bgratuit|\\bparrain|\\bprime\\s+de\\s+bienvenue|\\bbonus\\b|\\bcashback\\b",
            // an amount the user owes (a tax return's balance, a loan's instalments), and receivables handed to a factor,
            // which credit the factoring account, not the bank one
            "\\bmontant\\s+[àa]\\s+payer\\b|\\bamount\\s+to\\s+pay\\b|\\bzu\\s+zahlen\\b|\\bmensualit[ée]s?\\b"
                    + "|\\b(?:monthly\\s+)?instal(?:l)?ments?\\b|\\bmonatsraten?\\b|\\b(?:remises?|cessions?)\\s+de\\s+cr[ée]ances\\b",
            "[àa]\\s+venir|\\bsera\\s+(?:effectu|pr[ée]lev|d[ée]bit|pr[ée]sent|ex[ée]cut)|\\bseront\\s+pr[ée]lev|\\bprogramm[ée]",
            "\\bpr[ée]vu(?:e)?\\s+(?:le|pour)|\\b[ée]ch[ée]ance\\s+(?:du|de\\s+votre)\\s+pr[êe]t",
            "\\bwill\\s+be\\s+(?:collected|taken|debited|charged|paid\\s+out)|\\bupcoming\\b|\\bscheduled\\b",
            "\\brefer\\s+a\\s+friend|\\byou['’]ll\\s+(?:both\\s+)?(?:get|receive)|\\bwhen\\s+you\\s+(?:open|refer|sign)",
            "ank[üu]ndigung|angek[üu]ndigt|\\bbuchen\\s+wir\\b|\\bwird\\b(?:[^.\\n]|\\.(?=\\d)){0,40}abgebucht|\\bgeplant\\b|\\bpr[äa]mie\\b",
            "\\bgagne[zr]?\\b|\\bfilleul|\\bwin\\s+(?:up\\s+to\\s+)?[£$€\\d]|\\bgewinnen\\b",
            // a request for money is the opposite of a payment
            "\\bbetaalverzoek\\w*|\\bverzoek\\b|\\bsolicitud\\s+de\\s+pago|\\brichiesta\\s+di\\s+pagamento|\\bpedido\\s+de\\s+pagamento"
                    + "|\\bpro[śs]b[ay]\\s+o\\s+przelew|\\bbetalningsf[öo]rfr[åa]gan|\\banmodning\\b|\\bforesp[øo]rsel\\b",
            // an offer's "vous recevez 100 €", not a footer's "Vous recevez cet e-mail car …"
            "\\brecevez\\b(?!\\s+(?:cet|ce|ces|cette)\\s+(?:e-?mails?|courriels?|messages?|mails?|notifications?|newsletters?|alertes?)\\b)|\\bd[èe]s\\s+(?:votre|ton|le|la)\\s+premi[eè]re?\\b|\\bsoumise?s?\\s+[àa]\\s+conditions\\b",
            "\\brequest(?:ed|s)?\\b|\\b(?:vous|te)\\s+demande\\b|\\bdemandes?\\s+de\\b"
                    + "|\\bfordert\\b|\\bzahlungsaufforderung|\\bgeldanforderung|\\banfrage\\b|\\bbeantragt\\b|\\bangefordert\\b"
                    + "|\\bask(?:ed|s)?\\s+for\\b|\\ba\\s+demand[ée]\\b|\\bbittet\\s+um\\b",
            // owed to the user, to be claimed: not paid (and the shape of many phishing mails)
            "\\b(?:you\\s+are|you['’]re)\\s+due\\b|\\bto\\s+claim\\b|\\bclaim\\s+(?:it|now|your)\\b"
                    + "|\\bvous\\s+(?:avez\\s+droit|pouvez\\s+(?:r[ée]clamer|demander))\\b|\\bsie\\s+haben\\s+anspruch\\b",
            // expected, not arrived
            "\\berwartet\\w*|\\bexpected\\b|\\battendue?s?\\b|\\berfolgt\\s+nach\\b",
            // not there yet: it may still fail, and a reminder stopped for it would be wrong
            "\\ben\\s+cours\\s+(?:de\\s+(?:traitement|validation|v[ée]rification|r[ée]ception)|d['’]ex[ée]cution)"
                    + "|\\ben\\s+attente\\b|\\bsera\\s+(?:disponible|cr[ée]dit[ée]|vers[ée])|\\bune\\s+fois\\s+(?:v[ée]rifi|valid)",
            "\\bon\\s+hold\\b|\\bbeing\\s+held\\b|\\bheld\\s+(?:for|by|until)\\b|\\ben\\s+suspens\\b|\\bbloqu[ée]e?s?\\b|\\bsuspendue?s?\\b"
                    + "|\\bzur[üu]ckgehalten|\\bangehalten\\b|\\bgesperrt\\b",
            "\\bpending\\b|\\bon\\s+(?:its|the)\\s+way\\b|\\bbeing\\s+processed\\b"
                    + "|\\bwill\\s+(?:arrive|be\\s+(?:available|credited|deposited))\\b|\\bexpected\\s+(?:arrival|on)\\b",
            "\\bin\\s+bearbeitung\\b|\\bausstehend|\\bvorgemerkt|\\bunterwegs\\b|\\bwird\\b(?:[^.\\n]|\\.(?=\\d)){0,40}gutgeschrieben",
            // failed, rejected, returned or disputed: the money did not stay
            "\\brejet[ée]?e?s?\\b|\\brepris[e]?\\s+sur\\s+votre\\s+compte\\b|\\brefus[ée]e?s?\\b|n['’](?:a|ont)\\s+pas\\s+pu|\\b[ée]chou[ée]|\\b[ée]chec\\b|\\baucun\\s+montant\\b|\\bimpay[ée]"
                    + "|\\bretourn[ée]|\\bcontest[ée]|\\bannul[ée]e?s?\\b",
            "\\bdevoluci[óo]n\\b|\\bdevuelt[ao]s?\\b|\\brechazad[ao]s?\\b|\\bno\\s+ha\\s+podido\\b|\\bno\\s+se\\s+ha\\s+(?:ingresado|abonado)\\b"
                    + "|\\banulad[ao]s?\\b|\\brespint[oa]\\b|\\bstornat[oa]\\b|\\brifiutat[oa]\\b|\\bannullat[oa]\\b|\\bnon\\s+[èe]\\s+stat[oa]\\s+(?:accreditat|eseguit)"
                    + "|\\bdevolvid[ao]s?\\b|\\brejeitad[ao]s?\\b|\\brecusad[ao]s?\\b|\\bn[ãa]o\\s+foi\\s+(?:poss[íi]vel|creditad)",
            "\\bin\\s+attesa\\b|\\bin\\s+lavorazione\\b|\\bverr[àa]\\s+accreditat|\\bpendiente\\b|\\bse\\s+abonar[áa]\\b|\\ben\\s+proceso\\b"
                    + "|\\bpendente\\b|\\bem\\s+processamento\\b|\\bser[áa]\\s+creditad",
            "\\bfailed\\b|\\brejected\\b|\\breturned\\b|\\bdeclined\\b|\\bbounced\\b|\\bcould\\s+not\\b"
                    + "|\\bcancel(?:l)?ed\\b|\\breversed\\b|" + DISPUTE_WORDS + "|\\bmontant\\s+retenu\\b",
            // not (yet) received or paid: a reminder, not a payment
            "\\bn['’](?:avons|avez|a|ont)\\s+pas\\s+(?:encore\\s+)?(?:[ée]t[ée]\\s+)?(?:re[çc]u|vers[ée]|cr[ée]dit[ée]|vir[ée])"
                    + "|\\bpas\\s+encore\\s+(?:[ée]t[ée]\\s+)?(?:pay[ée]|r[ée]gl[ée]|re[çc]u|vers[ée]|cr[ée]dit[ée]|vir[ée])"
                    + "|\\baucun\\s+(?:paiement|virement|r[èe]glement)|\\bnot\\s+(?:yet\\s+)?(?:been\\s+)?(?:received|paid)\\b"
                    + "|\\bnot\\s+(?:yet\\s+)?(?:been\\s+)?credited\\b|\\bno\\s+payment\\b|\\bnoch\\s+nicht\\b|\\bnicht\\s+erhalten\\b|\\bkeine\\s+zahlung",
            "\\babgelehnt|\\bzur[üu]ckgewiesen|\\bfehlgeschlagen|\\bstorniert|\\br[üu]ckbuchung|\\br[üu]cklastschrift"
                    + "|\\bangefochten|\\bnicht\\s+(?:ausgef[üu]hrt|gutgeschrieben)",
            // a period's total, not one payment: "En novembre, vous avez encaissé 31 694,00 €", "this month you collected"
            "^\\W*(?:en|in|im)\\s+(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|m[äa]rz|april|mai|juni|juli|august|september|oktober|november|dezember)\\b[^.\\n]{0,12},|\\bce\\s+mois(?:-ci)?\\s*,|\\bdepuis\\s+le\\s+d[ée]but\\s+d"
                    + "|\\b(?:this|last)\\s+(?:month|week|year)\\s*,|\\bso\\s+far\\s+this\\b|\\bin\\s+diesem\\s+monat\\b"),
            FLAGS | Pattern.MULTILINE);

    /** The user paying, sending or refunding: such a sentence is never a credit, whatever the subject says. */
    static final Pattern USER_PAID = Pattern.compile(String.join("|",
            // a shop's or a biller's receipt for what the user paid or ordered
            "\\b(?:received|re[çc]u|erhalten|ontvangen)\\s+(?:de\\s+)?(?:your|votre|ihre|deine|uw|je)\\s+(?:payment|paiement|r[èe]glement|zahlung|betaling|order|commande|bestellung|bestelling)",
            "\\b(?:votre|your|ihre|deine|uw|je)\\s+(?:commande|order|bestellung|bestelling|achat|purchase)\\b|\\bfor\\s+your\\s+order\\b|\\bpour\\s+votre\\s+commande\\b",
            "^\\s*re[çc]u\\s+de\\s+(?:votre\\s+)?paiement|\\bpayment\\s+receipt\\b|\\breceipt\\s+for\\s+your\\b",
            "\\bhai\\s+(?:pagato|inviato)\\b|\\bhas\\s+(?:pagado|enviado)\\b|\\b(?:heb\\s+je|je\\s+hebt|u\\s+heeft|heeft\\s+u)\\b(?:[^.\\n]|\\.(?=\\d)){0,40}?\\b(?:betaald|gestuurd|overgemaakt)\\b",
            "\\bvous\\s+avez\\s+(?:rembours[ée]|envoy[ée]|pay[ée]|vir[ée]|r[ée]gl[ée])\\b",
            "\\byou(?:'ve|’ve|\\s+have)?\\s+(?:just\\s+)?(?:refunded|sent|paid|transferred|issued\\s+a\\s+refund)\\b(?!\\s+(?:you|in)\\b)",
            "\\b(?:sie\\s+haben|du\\s+hast)\\b(?:[^.\\n]|\\.(?=\\d)){0,60}?\\b(?:erstattet|zur[üu]ckerstattet|gesendet|[üu]berwiesen|bezahlt)\\b",
            YOUR_TRANSFER + "|\\byour\\s+(?:transfer|payment)\\b[^\\n]{0,40}?\\bto\\s+(?!you\\b)\\p{L}"
                    + "|\\bihre\\s+[üu]berweisung\\b",
            // money leaving the user: to a beneficiary, out of the user's account or wallet
            "\\bremboursements?\\b(?:[^.\\n]|\\.(?=\\d)){0,40}?\\ben\\s+faveur\\s+de\\s+(?!vous\\b|votre\\b)\\p{L}"
                    + "|\\brefunds?\\b(?:[^.\\n]|\\.(?=\\d)){0,40}?\\bin\\s+favou?r\\s+of\\s+(?!you\\b|your\\b)\\p{L}"
                    + "|\\berstattung\\b(?:[^.\\n]|\\.(?=\\d)){0,40}?\\bzugunsten\\s+(?!ihres|ihrer|deines)\\p{L}",
            "\\bdepuis\\s+(?:votre|ton)\\s+(?:compte|wallet|portefeuille|solde|porte-monnaie)\\b|\\bfrom\\s+your\\s+(?:account|wallet|balance)\\b"
                    + "|\\bvon\\s+(?:ihrem|deinem)\\s+(?:konto|guthaben|wallet)\\b"),
            FLAGS);

    private static final Pattern DEBIT = Pattern.compile(String.join("|",
            "op[ée]rations?\\s+d[ée]bitrices?",
            "pr[ée]l[eè]vements?",
            "\\bprlv\\b",
            "paiements?\\s+(?:par\\s+)?cartes?",
            "achats?\\s+(?:par\\s+)?cartes?",
            "\\bcb\\b",
            "\\bcarte\\s+(?:bancaire\\s+)?(?:n°|\\*|x{2,})",
            "card\\s+(?:payment|purchase|transaction|spend)",
            "you(?:'ve|’ve|\\s+have)?\\s+(?:just\\s+)?(?:paid|sent|spent)",
            "vous\\s+avez\\s+(?:pay[ée]|envoy[ée]|d[ée]pens[ée]|rembours[ée]|effectu[ée]\\s+un\\s+(?:paiement|virement|retrait|achat|remboursement))",
            "you(?:'ve|’ve|\\s+have)?\\s+(?:just\\s+)?(?:refunded|issued\\s+a\\s+refund)",
            "\\brefund(?:ed)?\\b[^\\n]{0,30}?\\bto\\s+(?!your\\b|you\\b)\\p{L}",
            "\\b(?:sie\\s+haben|du\\s+hast)\\b(?:[^.\\n]|\\.(?=\\d)){0,60}?\\b(?:erstattet|zur[üu]ckerstattet|gesendet|bezahlt)\\b",
            "virements?\\s+(?:sepa\\s+|inst\\s+|instantan[ée]e?s?\\s+|permanents?\\s+)?(?:[ée]mis|envoy[ée]s?|sortants?)(?!\\s+par\\b)",
            "\\bvir(?:ement)?\\.?\\s+(?:sepa\\s+|inst\\s+)?emis",
            "\\bretraits?\\b",
            "withdrawal",
            "(?:a|ont)\\s+[ée]t[ée]\\s+d[ée]bit[ée]e?s?",
            "(?:has|have|was)\\s+been\\s+debited|debited\\s+from",
            "direct\\s+debit",
            "\\bdebit\\s+of\\b",
            "\\baddebit\\w*|\\bafschrijving\\b|\\bafgeschreven\\b|\\badeudo\\b|\\bdomiciliaci[óo]n\\b|\\bincasso\\b|\\bprelievo\\b",
            "\\b(?:was|been|were)\\s+charged|\\bcharged\\s+(?:to|on)\\b|\\byou\\s+spent\\b|\\bmoney\\s+out\\b|\\bpaid\\s+out\\b",
            "\\b(?:transfer|payment|sent)\\s+to\\s+(?!your\\b|you\\b)",
            "\\blastschrift|\\bkartenzahlung|\\babbuchung|\\bdauerauftrag|\\b[üu]berwiesen\\b|\\bbelastung|\\bausgang\\b",
            "\\bvers\\s+(?!votre\\s+compte)\\p{L}|(?<!\\p{L})[àa]\\s+destination\\s+de\\b|\\bcarte\\s+(?:a\\s+[ée]t[ée]\\s+)?d[ée]bit[ée]e",
            "\\bfrais\\b|\\bcommissions?\\b|\\bcotisation\\b|\\bfees?\\b"), FLAGS);

    /** An estimate ("TVA collectée estimée ce mois-ci : 9 412,00 €") is nobody's payment. */
    private static final String ESTIMATE = "estim[ée]e?s?|estimated|gesch[äa]tzt\\w*|pr[ée]visionnel\\w*|forecast";
    private static final Pattern ESTIMATED = Pattern.compile("\\b(?:" + ESTIMATE + ")\\b", FLAGS);

    /** Words that make a nearby amount a balance, threshold or total rather than a payment. */
    private static final Pattern NOT_A_PAYMENT = Pattern.compile(
            "\\b(?:soldes?|balance|seuil|threshold|plafond|limite|limit|total|summe|totaal|encours|disponible|available|sup[ée]rieur\\w*|exceeding|au-del[àa]|" + ESTIMATE + "|"
                    + "d[ée]couvert|overdraft|kontostand|saldo|guthaben|closing|opening)\\b", FLAGS);

    private static final Pattern LABEL_LINE = Pattern.compile(
            "^[ \\t]*([\\p{L}][\\p{L}'’ .°/\\-]{0,40}?)[ \\t]*(?::[ \\t]*|\\t[ \\t]*)(\\S.*?)[ \\t]*$", Pattern.MULTILINE);
    /** "Montant      12 300,00 €": a known label, a column gap, its value. */
    private static final Pattern LABEL_GAP = Pattern.compile("^[ \\t]*([\\p{L}][\\p{L}'’ .°]{0,40}?) {2,}(\\S.*?)[ \\t]*$");
    private static final Pattern LABEL_ALONE = Pattern.compile("^[ \\t]*([\\p{L}][\\p{L}'’ .°]{0,60}?)[ \\t]*:?[ \\t]*$");

    private static final List<String> PAYER_LABELS = List.of("emetteur", "expediteur", "donneur d'ordre", "payeur",
            "payer", "sender", "from", "de", "de la part de", "nom du payeur", "nom de l'emetteur",
            "nom du donneur d'ordre", "paid by", "paid in by", "naam tegenpartij", "tegenpartij", "debiteur", "debtor", "provenance", "ordered by", "remitter",
            "originator", "tiers", "counterparty", "auftraggeber", "absender", "zahlungspflichtiger", "zahler",
            "payer name", "sender name", "name of payer", "from account", "emis par", "provenance du virement", "merchant",
            "marchand", "commercant", "name des auftraggebers", "de la part", "von", "received from", "recu de",
            "payment from", "virement de", "zahlung von", "eingang von", "contrepartie", "nom de la contrepartie",
            "counterparty name", "uberweisender", "einzahler", "customer", "customer name", "shopper name", "shopper",
            "client", "nom du client", "kunde", "kundenname", "name des kunden",
            "ordinante", "ord", "ordenante", "remitente", "mittente", "betaler", "naam betaler", "tegenpartij", "naam tegenpartij",
            "van", "pagador", "de parte de", "ordonnateur", "ordonnateur du virement", "naam tegenrekening", "tegenrekening naam", "naam opdrachtgever",
            "counter-account name", "counteraccount name", "counterparty account name", "name of counterparty",
            "fra", "fran", "maksaja", "nadawca", "zleceniodawca", "remetente", "betalare", "innbetaler", "indbetaler");
    private static final List<String> REFERENCE_LABELS = List.of("reference", "ref", "reference du virement",
            // a cheque or card remittance's own number: "Référence de remise : 4471203"
            "reference de remise", "reference de la remise", "numero de remise", "n° de remise", "n° remise",
            "reference du paiement", "reference de paiement", "reference client", "motif", "motif du virement", "communication", "payment reference",
            "objet", "message", "remittance information", "memo", "verwendungszweck", "zahlungsreferenz", "kundenreferenz",
            "note", "nachricht", "message from sender", "message from the sender", "purpose", "reference of the payment",
            "your reference", "votre reference", "reference du donneur d'ordre", "end to end reference", "end-to-end reference",
            "reference de bout en bout", "e2e reference", "referenz", "mandatsreferenz", "zahlungsgrund", "grund",
            "n° de commande", "numero de commande", "commande", "order", "order number", "order id", "order reference",
            "merchant reference", "bestellnummer", "bestellung",
            "omschrijving", "kenmerk", "betalingskenmerk", "mededeling", "concepto", "referencia", "causale", "caus", "causale del bonifico", "causale bonifico", "concepto de la transferencia",
            "concepto del pago", "referencia del pago", "riferimento",
            "reference on your bank statement", "reference on your statement", "statement reference", "bank statement reference",
            "libelle sur votre releve", "libelle sur votre releve bancaire", "libelle sur le releve", "reference sur votre releve", "verwendungszweck auf ihrem kontoauszug",
            "descritivo", "descricao", "mensagem", "meddelande", "besked", "melding", "tekst til modtager", "tytul", "tytuł",
            "tytul przelewu", "tytuł przelewu", "payout id", "payout reference", "reference du versement", "commentaire", "commentaires", "ocr", "ocr number", "ocr-nummer", "kid", "viite", "viitenumero", "vs", "variable symbol",
            "variabilni symbol", "title", "transfer title", "payment title", "tytul", "libelle complementaire", "information complementaire", "informations complementaires",
            "information", "informations", "referentie", "betalingsreferentie", "mitteilung", "zahlungsmitteilung", "remarks", "remark", "narration", "originator to beneficiary info", "originator to beneficiary information", "remittance info", "payment details");
    /** Labels whose value is the bank's whole label of the operation ("VIR SEPA X REF Y"): read inside. */
    private static final List<String> OPERATION_LABELS = List.of("libelle", "libelle du virement",
            "libelle de l'operation", "description", "beschreibung", "beschrijving", "descripcion", "descrizione", "details", "buchungstext", "operation", "intitule", "transaction",
            "libelle bancaire", "libelle de la transaction", "libelle de l'ecriture", "intitule de l'operation", "libelle banque");
    private static final List<String> TX_LABELS = List.of("reference de l'operation", "reference operation",
            "reference de la transaction", "reference de transaction", "reference bancaire", "n° d'operation",
            "numero d'operation", "n° de transaction", "numero de transaction", "identifiant de transaction",
            "identifiant de l'operation", "id de transaction", "transaction id", "transaction reference",
            "transaction number", "bank reference", "transaktionsnummer", "transaktions-id");
    private static final List<String> AMOUNT_LABELS = List.of("montant", "amount", "montant du virement",
            "montant recu", "montant credite", "somme", "amount received", "sum", "credit", "betrag", "gutschrift",
            "montant de l'operation", "montant de la transaction", "montant du credit", "transaction amount", "payment amount", "bedrag", "importe", "importo",
            "amount paid", "montant paye", "montant regle", "paid amount", "montante", "valor", "belopp", "belob", "belop", "summa",
            "kwota", "castka", "bedrag");
    private static final List<String> VALUE_DATE_LABELS = List.of("date de valeur", "value date", "valuta", "wertstellung",
            "fecha valor", "data valuta", "valutadatum", "rentedatum");
    private static final List<String> DATE_LABELS = List.of("date", "date de reception", "date d'operation",
            "date de l'operation", "date de valeur", "date du virement", "date comptable", "value date",
            "transfer date", "date received", "received on", "recu le", "booking date", "transaction date",
            "execution date", "date d'execution", "date of transfer", "buchungsdatum", "buchungstag", "valuta",
            "wertstellung", "datum", "eingangsdatum", "date de comptabilisation", "date de credit", "credited on",
            "date credited", "payment date", "date du paiement", "received", "paid on", "booked on", "buchung am",
            "gebucht am", "eingegangen am", "date de la transaction", "arrived", "recu", "credite le", "date de l'encaissement",
            "fecha", "fecha valor", "fecha de abono", "data accredito", "data di accredito", "data do credito", "data de credito", "fecha de operacion", "data", "data valuta", "data operazione", "data contabile", "boekdatum",
            "valutadatum", "rentedatum", "transactiedatum", "posted date", "posted on", "posting date", "deposited on",
            "data-valor", "data valor", "data do movimento", "dato", "bokforingsdag", "bokforingsdatum", "kirjauspaiva",
            "data ksiegowania", "data księgowania", "transferred on", "paid out on", "payout date", "date of payout", "verse le", "transfere le", "vire le",
            "date du versement", "uberwiesen am", "ausgezahlt am", "auszahlungsdatum", "sent on", "date d'envoi");
    /** Labels whose amount is, by their name, money that came in. */
    private static final List<String> CREDIT_AMOUNT_LABELS = List.of("credit", "gutschrift", "montant credite", "montant recu",
            "amount received", "montant du credit", "credit amount", "received amount", "amount credited", "betrag gutgeschrieben",
            "gutschriftsbetrag", "ontvangen bedrag", "importe recibido", "importo accreditato",
            // what a platform paid out: the net after its fees and refunds
            // an invoicing tool's part payment matched to the bank: "Acompte reçu (30 %)", "Paiement reçu"
            "acompte recu", "paiement recu", "reglement recu", "versement recu", "montant encaisse", "somme recue", "payment received",
            "montant verse", "total verse", "net verse", "montant vire", "total vire", "payout amount", "net payout", "amount paid out",
            "total paid out", "auszahlungsbetrag", "ausgezahlter betrag", "uitbetaald bedrag", "uitbetaald",
            // Wise's "X sent 3,200.00 USD / Fee … / You received 3,193.89 USD": what reached the account
            "you received", "you got", "vous avez recu", "du hast erhalten", "sie haben erhalten");

    private static final Set<String> ALL_LABELS = allLabels();

    private static final String NAME_STOP = "(?=\\s+(?:d['’]un\\s+(?:montant|total)|de\\s+[+\\-]?[\\d£$€]|pour\\s|sur\\s"
            // the day said after the name: "reçu 850€ de Dupont SARL hier pour …"
            + "|(?:hier|aujourd['’]hui|ce\\s+matin|yesterday|today|this\\s+morning|gestern|heute)(?![\\p{L}])"
            + "|le\\s+\\d|on\\s+\\d|on\\s+(?:the\\s+)?\\p{L}+\\s+\\d|au\\s|(?:en|na|no|sul|nel)\\s+(?:tu|su|seu|sua|tuo|vostro|suo)\\s|avec\\s|with\\s|for\\s|to\\s+your|into\\s|via\\s"
            + "|of\\s+[£$€\\d]|a\\s+[ée]t[ée]|has\\s|was\\s|is\\s|posted\\s|vient\\s|(?:ist|sind|wurde|wurden)\\s|(?:erhalten|[üu]berwiesen|gesendet|gutgeschrieben|eingegangen|bezahlt|gezahlt)\\b|[+\\-]?[£$€]?\\d[\\d\\s.,]*\\s*(?:€|eur|gbp|usd|£|\\$))"
            + "|\\s+[-–—|·•]\\s+|\\s+(?:ref|r[ée]f[ée]rence|reference|motif|verwendungszweck)\\b|\\s+(?:message|infos?|m[ée]mo)\\s*:|\\s*\\(|\\s*[,;:!?](?:\\s|$)|(?<!\\b(?:\\p{L}|mme|mlle|mr|mrs|ms|dr|st|ste|me|pte|co|bros|pvt))\\.(?:\\s|$)|\\s*\\t|\\s{2,}|\\s*$)";
    private static final Pattern PAYER_AFTER_CREDIT = Pattern.compile(
            "(?:^|\\s)(?:(?:from|de\\s+la\\s+part\\s+de|en\\s+provenance\\s+de|[ée]mis\\s+par|de|par|von|by|van|da|de\\s+parte\\s+de)\\s*:?\\s+|d['’]\\s*)"
                    + "(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d)"
                    + "(?!(?:(?-i:ta|ton|tes|ma|mon|mes|notre|nos)|un|une|la|le|les|votre|vos|your|a|an|the|montant|amount|l['’]|eur|gbp|usd|chf|ihr|ihrem|einem|einer"
                    + "|card|carte|bank|banque|cheque|check|direct|standing|transfer|virement|karte|credit|debit)\\b)"
                    + "(?<name>\\p{L}[^\\n\\t]{0,80}?)" + NAME_STOP, FLAGS | Pattern.MULTILINE);
    private static final Pattern PAYER_BEFORE_SENT = Pattern.compile(
            "(?:^|[.!:]\\s+|[—–-]\\s+)(?!(?i:your|votre|ton|ihre?|dein|the|le|la|you|you.ve|vous|nous|we|wir|sie|du|je|i|on|man|amount|montant|total|betrag|sum|somme)\\s)(?<name>\\p{Lu}[^\\n\\t!?:—–]{0,80}?)(?<!\\s(?:has|have|had))\\s+(?:just\\s+)?(?:(?:vous\\s+a|t['’]a)\\s+(?:envoy[ée]|vir[ée]|vers[ée]|pay[ée]|r[ée]gl[ée]|rembours[ée])"
                    + "|sent\\s+you|paid\\s+you|has\\s+(?:sent|paid|refunded|transferred|deposited|wired|made\\s+a\\s+payment)|refunded|hat\\s+(?:dir|[Ii]hnen|euch)|a\\s+rembours[ée]"
                    + "|a\\s+(?:r[ée]gl[ée]|pay[ée]|vers[ée]|vir[ée])|a\\s+effectu[ée]\\s+(?:ce\\s+jour\\s+|aujourd['’]hui\\s+)?(?:un|le)\\s+(?:virement|versement|paiement)|(?:vous\\s+a|t['’]a)\\s+fait\\s+un\\s+(?:virement|paiement|versement)|te\\s+ha\\s+(?:enviado|pagado|transferido)|ti\\s+ha\\s+(?:inviato|pagato)"
                    + "|heeft\\s+(?:je|jou|u)\\s+(?:\\p{L}+\\s+)?(?:betaald|gestuurd|overgemaakt)|paid(?=\\s+(?:[£$€]|\\d|eur\\b|gbp\\b|usd\\b|chf\\b|the\\s+invoice|invoice)))\\b",
            Pattern.UNICODE_CASE | Pattern.MULTILINE);
    private static final Pattern PAYER_BEFORE_ARRIVED = Pattern.compile(
            "(?:[£$€]\\s?[\\d.,]+|[\\d.,]+\\s?(?:€|eur|gbp|usd|chf|£)|\\b(?:eur|gbp|usd|chf)\\s?[\\d.,]+)\\s+(?:from|de|von|de\\s+la\\s+part\\s+de)\\s+"
                    + "(?<name>\\p{L}[^\\n\\t]{0,80}?)" + NAME_STOP, FLAGS);
    private static final Pattern REFERENCE_PHRASE = Pattern.compile(
            // never inside a word: the "référence" of "préférences", the "communication" of "télécommunication"
            "(?<![\\p{L}])(?:with\\s+(?:the\\s+)?reference|avec\\s+(?:la\\s+)?(?:r[ée]f[ée]rence|mention|le\\s+motif)|"
                    + "r[ée]f[ée]rence|motif|libell[ée]|communication|\\br[ée]f\\b\\.?|\\bmemo\\b|\\bnote\\b(?=\\s*:)|\\bverwendungszweck\\b"
                    + "|\\bcausale\\b|\\bconcepto\\b|\\bomschrijving\\b|\\bmededeling\\b|\\bbetalingskenmerk\\b)\\s*[:«\"“]?\\s*[«\"“]?"
                    + "(?<value>[^\\n\\t\"»”()]{1,140}?)[»\"”]?(?=\\s*[.,;](?:\\s|$)|[ \\t]*$|\\t|\\s*\\)"
                    + "|\\s+(?:was|were|has\\s+been|is|a\\s+[ée]t[ée]|wurde|ist)\\s)", FLAGS | Pattern.MULTILINE);
    /** "émis par X", "paid into your account by X", "crédité par X": the payer before or after the credit verb. */
    private static final Pattern PAYER_IN_SENTENCE = Pattern.compile(
            "(?:\\b[ée]mise?s?\\s+par|\\bde\\s+la\\s+part\\s+de|\\ben\\s+provenance\\s+de|\\bsent\\s+by|\\bvon"
                    + "|\\bordonn[ée]e?s?\\s+par|\\b(?:ordered|initiated)\\s+by|\\badress[ée]e?s?\\s+[àa]|\\b(?:issued|billed)\\s+to"
                    + "|\\b(?:paid|sent|transferred|credited)\\b(?:[^.\\n]|\\.(?=\\d)){0,60}?\\bby"
                    + "|\\b(?:cr[ée]dit[ée]e?|vers[ée]e?|envoy[ée]e?|vir[ée]e?|rembours[ée]e?)\\b(?:[^.\\n]|\\.(?=\\d)){0,60}?\\bpar)\\s+"
                    + "(?!(?:un|une|le|la|les|virement|carte|ch[eè]que|pr[ée]l[eè]vement|transfer|card|bank|the|a|an)\\b)"
                    + "(?<name>\\p{L}[^\\n\\t]{0,80}?)" + NAME_STOP, FLAGS | Pattern.MULTILINE);
    /** A note in quotes: alone on its line, or after "pour"/"for"/"für" ("pour « Loyer »", "for \"Team lunch\""). */
    private static final Pattern QUOTED_NOTE = Pattern.compile(
            "(?:^[ \\t]*|\\bpour\\s+|\\bfor\\s+|\\bf[üu]r\\s+)[«\"“„]\\s*(?<value>[^\\n\"»”“]{1,140}?)\\s*[»\"”“]",
            FLAGS | Pattern.MULTILINE);
    private static final Set<String> REFERENCE_WORDS = Set.of("reference", "ref", "referenz", "note", "message", "memo",
            "motif", "communication", "verwendungszweck", "nachricht", "purpose", "remittance", "mitteilung", "betreff",
            "objet", "zahlungsreferenz", "notiz", "details", "zweck", "description");
    private static final Set<String> NOT_REFERENCE_WORDS = Set.of("transaction", "transaktion", "transaktions",
            "operation", "bancaire", "bank", "banque", "mandat", "mandate", "mandats", "mandatsreferenz", "id", "numero",
            "number", "nummer", "account", "compte", "konto", "creancier", "creditor", "glaubiger");
    private static final Pattern RF_REFERENCE = Pattern.compile("\\bRF\\d{2}[A-Z0-9]{1,21}\\b");
    /** Banks shorten "facture" to FACT in the 140-character SEPA label; the number after it is the reference. */
    private static final Pattern INVOICE_ABBREVIATION = Pattern.compile("^(?:FACT|FCT|FACT\\.)\\s+(?=[^\\n]{0,20}\\d)", FLAGS);

    private final List<Bank.Rule> rules;
    private final Currency defaultCurrency;

    NotificationReader(List<Bank.Rule> rules, Currency defaultCurrency) {
        this.rules = List.copyOf(rules);
        this.defaultCurrency = defaultCurrency;
    }

    /** The credits in one notification whose sender is unknown: rules scoped to a sender are not tried. */
    List<BankCredit> read(String file, String subject, String body, Optional<LocalDate> sent) {
        return read(file, subject, body, sent, Optional.empty());
    }

    List<BankCredit> read(String file, String subject, String body, Optional<LocalDate> sent, Optional<String> from) {
        return read(file, subject, body, sent, from, Optional.empty());
    }

    /**
     * The credits in one notification; none for debits, balances and anything that is not a payment. The sender's name
     * is the payer only of a mail in which the payer itself says it paid ({@link PayerAdvice}).
     */
    List<BankCredit> read(String file, String subject, String body, Optional<LocalDate> sent, Optional<String> from,
            Optional<String> senderName) {
        String all = ruleText(subject, body);
        String subjectText = normalize(subject);
        String bodyText = normalize(body);
        Optional<LocalDate> fallbackDate = fallbackDate(subjectText, bodyText, sent);
        List<BankCredit> credits = byUserRules(file, all, fallbackDate, from.orElse(null));
        // The user wrote rules for this bank's format: they win over the built-in guesses.
        if (credits.isEmpty()) {
            if (PayerAdvice.saysNotArrived(subjectText, bodyText)) {
                return List.of(); // "The funds will be available in your balance once the security period ends"
            }
            if (NOT_YET_OR_OFFER.matcher(subjectText).find() && !CREDIT.matcher(subjectText).find() && Forwarded.in(bodyText).isEmpty()) {
                return List.of(); // "Rejet d'un prélèvement SEPA", "Virement en attente": whatever the lines below say
            }
            if (advertising(subjectText, bodyText)) {
                return List.of(); // "Exemple : pour 50.000,00 EUR placés pendant 12 mois, vous percevriez …"
            }
            credits = readCredits(file, subject, body, sent, fallbackDate);
            Optional<String> sender = PayerAdvice.sender(senderName, from, bodyText);
            credits = credits.isEmpty()
                    ? PayerAdvice.read(file, subjectText, bodyText, fallbackDate, mailCurrency(all), sender)
                    : PayerAdvice.senderAsPayer(credits, subjectText, bodyText, sender);
        }
        credits = inTheMailsDollar(credits, all, from);
        return sent.isEmpty() ? credits : credits.stream().map(c -> notAfterTheMail(monthFirstIfImplausible(c, sent.get()), sent.get()))
                .toList();
    }

    /** "1 250,00 $" in a Desjardins alert is Canadian: a "$" read as USD takes the dollar the mail says it is in. */
    private static List<BankCredit> inTheMailsDollar(List<BankCredit> credits, String all, Optional<String> from) {
        if (credits.stream().noneMatch(c -> c.amount().currency().getCurrencyCode().equals("USD"))) {
            return credits;
        }
        return Dollar.of(all, from).map(dollar -> credits.stream().map(c -> !c.amount().currency().getCurrencyCode().equals("USD") ? c
                : new BankCredit(c.file(), c.date(), Money.of(c.amount().amount(), dollar), c.payerName(), c.reference(),
                        c.bankTxId(), c.source())).toList()).orElse(credits);
    }

    /** "Le solde vous sera versé le 30/06/2027" the only day written: a credit told of is not dated months after the mail. */
    private static BankCredit notAfterTheMail(BankCredit credit, LocalDate sent) {
        // a value date can come a few days after the alert (a cheque's), a payment does not months later
        return !credit.date().isAfter(sent.plusDays(31)) ? credit
                : new BankCredit(credit.file(), sent, credit.amount(), credit.payerName(), credit.reference(), credit.bankTxId(),
                        credit.source());
    }

    private static final Pattern ADVERTISING = Pattern.compile("\\bnewsletter\\b|\\bnieuwsbrief\\b|\\bwerbe(?:mitteilung|nachricht|mail)\\b"
            + "|\\bcommunication\\s+(?:commerciale|publicitaire)\\b|\\bmessage\\s+publicitaire\\b|\\bthis\\s+is\\s+a\\s+(?:marketing|promotional)\\b"
            + "|\\bmarketing\\s+(?:e-?mail|message|communication)\\b|\\breclame\\b"
            + "|\\bmessaggio\\s+pubblicitario\\b|\\bfinalit[àa]\\s+promozional\\w*|\\bcomunicaci[óo]n\\s+(?:comercial|publicitaria)\\b"
            + "|\\bmensaje\\s+publicitario\\b|\\bmensagem\\s+publicit[áa]ria\\b|\\bcomunica[çc][ãa]o\\s+(?:comercial|publicit[áa]ria)\\b", FLAGS);
    private static final Pattern EXAMPLE = Pattern.compile("\\b(?:par\\s+)?exemple\\s*:|\\brechenbeispiel\\b|\\bberekeningsvoorbeeld\\b"
            + "|\\b(?:for\\s+)?example\\s*[:,]|\\bzum\\s+beispiel\\b|\\bbeispiel\\s*:|\\bvoorbeeld\\s*:"
            + "|\\b(?:ad\\s+|per\\s+|por\\s+)?(?:esempio|ejemplo|exemplo)\\s*:", FLAGS);
    private static final Pattern RATE_OFFER = Pattern.compile("\\d\\s?%\\s*(?:p\\.\\s?a\\.|aer\\b|gross\\b|brut\\b|sur\\s+base\\s+annuelle|par\\s+an\\b|per\\s+annum|pro\\s+jahr|fixzins)"
            + "|\\d\\s?%\\s*(?:lordo|netto|annuo|tae|tan|nominal)\\b"
            + "|\\b(?:taux|zinssatz|fixzins\\w*|interest\\s+rate|rente|tasso|tipo\\s+de\\s+inter[ée]s|taxa\\s+de\\s+juro)\\b", FLAGS);

    /**
     * A bank's advertising: it says so (a newsletter, "Dies ist eine Werbemitteilung"), or it works an example of the
     * interest a deposit would earn; its amounts are offers and examples, never a credit.
     */
    private static boolean advertising(String subject, String body) {
        String head = body.strip().lines().limit(3).reduce(subject, (a, b) -> a + "\n" + b);
        return ADVERTISING.matcher(head).find() || ADVERTISING.matcher(body).find() && !CREDIT.matcher(subject).find() && !LOOSE_CREDIT.matcher(subject).find()
                || EXAMPLE.matcher(body).find() && RATE_OFFER.matcher(subject + "\n" + body).find();
    }

    /**
     * "Payment date: 02/11/2027" in a dollar notification sent on 11 February 2027 is an American month-first date: a
     * credit is never dated weeks after the mail that tells of it, nor months before it, so such a day-first reading is
     * turned when the turned one is not.
     */
    private static BankCredit monthFirstIfImplausible(BankCredit credit, LocalDate sent) {
        LocalDate d = credit.date();
        boolean future = d.isAfter(sent.plusDays(7));
        // "11/09/2026" in a mail of 10 November: not 11 September, two months before the mail that tells of it
        boolean stale = d.isBefore(sent.minusDays(21));
        if (!credit.amount().currency().getCurrencyCode().equals("USD") || !future && !stale || d.getDayOfMonth() > 12) {
            return credit;
        }
        LocalDate turned;
        try {
            turned = LocalDate.of(d.getYear(), d.getDayOfMonth(), d.getMonthValue());
        } catch (java.time.DateTimeException notADate) {
            return credit;
        }
        return turned.isAfter(sent.plusDays(1)) || turned.isBefore(sent.minusDays(stale ? 14 : 366)) ? credit
                : new BankCredit(credit.file(), turned, credit.amount(), credit.payerName(), credit.reference(),
                        credit.bankTxId(), credit.source());
    }

    private static final Pattern WEEKDAY_DAY = Pattern.compile("\\b(?:lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi"
            + "|samedi|dimanche|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\.?,?\\s+(?=\\d)", FLAGS);

    /**
     * An SMS's "le mar. 13/10": a day named with its weekday is the day of the operations, in the week the mail was
     * sent; a bare "10/12" or "12 Dec" may be a note's (a lesson's, a seat's) and dates nothing.
     */
    private static Optional<LocalDate> weekdayDate(String body, LocalDate sent) {
        Matcher m = WEEKDAY_DAY.matcher(body);
        while (m.find()) {
            Optional<LocalDate> day = DateText.firstYearless(body.substring(m.start()), sent)
                    .filter(d -> d.start() <= m.end() - m.start()).map(DateText.Found::date)
                    .filter(d -> !d.isBefore(sent.minusDays(7)));
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }

    /** The day a credit is given when its text names none of its own: the mail's first date, else the day it was sent. */
    private static Optional<LocalDate> fallbackDate(String subjectText, String bodyText, Optional<LocalDate> sent) {
        // A subject naming a day without its year ("Daily digest — Feb 16") dates a summary sent days later.
        return firstDate(bodyText).or(() -> firstDate(subjectText))
                .or(() -> sent.flatMap(day -> DateText.firstYearless(subjectText, day)).map(DateText.Found::date))
                .or(() -> sent.flatMap(day -> weekdayDate(bodyText, day)))
                .or(() -> sent);
    }

    private List<BankCredit> readCredits(String file, String subject, String body, Optional<LocalDate> sent,
            Optional<LocalDate> fallbackDate) {
        String subjectText = normalize(subject);
        String bodyText = amountsBelow(labelledRows(strungOperations(pipedRows(normalize(body)))));
        String all = ruleText(subject, body);
        List<BankCredit> totalled = totalledRows(file, bodyText, sent, fallbackDate, mailCurrency(all));
        if (!totalled.isEmpty()) {
            return totalled;
        }
        List<Line> sectioned = sectionLines(bodyText, sent, fallbackDate);
        Map<String, String> fields = labels(bodyText);
        if (sectioned.size() == 1 && (payerLabel(fields).isPresent() || label(fields, REFERENCE_LABELS).isPresent())) {
            // "Money in" over "X has sent you £1,250.00" and its From / Amount / Reference lines: a card, not a summary
            sectioned = List.of();
        }
        if (!sectioned.isEmpty()) {
            // "ENCAISSEMENTS (3) … / DÉCAISSEMENTS (2) …", "Deposits … / Top spend …": each heading says its lines' side
            return fromLines(file, sectioned, all, mailCurrency(all), true);
        }
        List<String> blocks = operationBlocks(bodyText);
        if (!blocks.isEmpty()) {
            // "Incoming payment / From: X / Amount: …" then "Card purchase / …": each block is its own alert
            List<BankCredit> credits = new ArrayList<>();
            for (String block : blocks) {
                boolean ownSide = creditOrDebit(block).isPresent();
                fromAlert(file, ownSide ? "" : subjectText, block, firstDate(block).or(() -> fallbackDate), mailCurrency(all))
                        .ifPresent(credits::add);
            }
            if (!credits.isEmpty()) {
                return credits;
            }
        }
        List<Line> lines = statementLines(bodyText, sent, fallbackDate);
        if (lines.size() == 1 && !lines.get(0).signed() && lines.get(0).column() == null && !lines.get(0).text().contains("\t")) {
            // one sentence with a date and an amount ("in data 22 febbraio 2027 … 1.980,00 EUR"): an alert, whose
            // labels name the payer and the reference
            Optional<BankCredit> alert = fromAlert(file, subjectText, bodyText, fallbackDate, mailCurrency(all));
            if (alert.isPresent()) {
                return List.of(alert.get());
            }
        }
        if (!lines.isEmpty()) {
            // rows with no date of their own are a list under the mail's sentence, which says their side
            boolean listed = lines.stream().allMatch(l -> DateText.findAll(l.text()).isEmpty());
            return fromLines(file, lines, all, mailCurrency(all), listed);
        }
        List<Line> undated = undatedSummaryLines(bodyText, fallbackDate);
        if (!undated.isEmpty()) {
            List<BankCredit> credits = fromLines(file, undated, all, mailCurrency(all), true);
            if (DISPUTE.matcher(subjectText).find()) {
                credits = List.of(); // "Vous avez reçu une rétrofacturation": the fields below are the disputed payment's
            }
            boolean creditLabelled = label(fields, CREDIT_AMOUNT_LABELS).flatMap(NotificationReader::firstMoney)
                    .filter(a -> a.amount().signum() > 0).isPresent();
            // "Montant brut 1 245,30 / Commissions - 12,47 / Montant net crédité 1 232,83": one operation's breakdown
            boolean netOfFees = label(fields, NET_LABELS).flatMap(NotificationReader::firstMoney)
                    .filter(a -> a.amount().signum() > 0).isPresent() && fields.keySet().stream().anyMatch(k -> FEE_LABEL.matcher(k).find());
            if (credits.size() >= 2 && !creditLabelled && !netOfFees) {
                return credits;
            }
            // "Amount received  1,000.00 GBP / Our fee  3.85 GBP / You got  1,152.30 EUR": one alert's fields
            // One credit among lines ending with amounts ("Vous avez reçu 14 750,00 DKK", "Montant 14 750,00 DKK",
            // "Remboursé par Alan 23,40 €"): an alert, whose labels and phrases are read whole.
            Optional<BankCredit> alert = fromAlert(file, subjectText, bodyText, fallbackDate, mailCurrency(all));
            return alert.map(List::of).orElse(credits);
        }
        List<BankCredit> pasted = pastedAlerts(file, bodyText, sent, mailCurrency(all));
        if (pasted.size() >= 2) {
            return pasted;
        }
        return fromAlert(file, subjectText, bodyText, fallbackDate, mailCurrency(all)).map(List::of).orElse(List.of());
    }

    /**
     * Several one-line alerts in one mail (SMS a person pasted one under the other, each saying a credit with its
     * amount): each line is read as its own alert, dated by its own text.
     */
    private List<BankCredit> pastedAlerts(String file, String body, Optional<LocalDate> sent, Currency mailCurrency) {
        List<String> alerts = java.util.Arrays.stream(body.split("\n"))
                .filter(line -> creditOrDebit(line).orElse(false) && holdsMoney(line) && !isLabelledField(line)).toList();
        if (alerts.size() < 2) {
            return List.of();
        }
        List<String> all = List.of(body.split("\n"));
        for (String alert : alerts) {
            int at = all.indexOf(alert);
            if (at > 0 && !all.get(at - 1).isBlank() && !all.get(at - 1).strip().matches(".*[.!?:\"”»)]$")
                    && !alert.strip().matches("^[\"“«>].*")) {
                return List.of(); // a line of a wrapped paragraph, not an alert of its own
            }
        }
        List<BankCredit> credits = new ArrayList<>();
        for (String alert : alerts) {
            Optional<LocalDate> day = firstDate(alert).or(() -> sent.flatMap(d -> DateText.firstYearless(alert, d))
                    .map(DateText.Found::date)).or(() -> sent);
            fromAlert(file, "", alert, day, mailCurrency).ifPresent(credits::add);
        }
        for (int a = 0; a < credits.size(); a++) {
            for (int b = a + 1; b < credits.size(); b++) {
                BankCredit x = credits.get(a);
                BankCredit y = credits.get(b);
                if (x.amount().equals(y.amount()) && (x.payerName() == null || y.payerName() == null
                        || x.payerName().equals(y.payerName()))) {
                    return List.of(); // "Vous avez reçu 1 250,00 €" over "X vous a envoyé 1 250,00 €": one credit said twice
                }
            }
        }
        return credits;
    }

    /**
     * "Money in  £8,420.00" above "Money out  £6,975.21" in a statement's summary: the period's total of each side,
     * never one payment.
     */
    private static boolean periodTotal(String all, AmountText.Found amount) {
        String line = lineOf(all, amount.start()).strip();
        return (CREDIT_SECTION.matcher(line).matches() || TOTAL_IN.matcher(line).find())
                && all.lines().anyMatch(l -> (DEBIT_SECTION.matcher(l.strip()).matches() || TOTAL_OUT.matcher(l).find()) && holdsMoney(l));
    }

    private static final Pattern TOTAL_WORD = Pattern.compile("^\\W*(?:total|totaux|summe|gesamt|totaal|totale)\\b", FLAGS);

    /**
     * "Payouts paid to your bank account" over "Mon, Nov 30  €418.22  Paid" rows and "Total paid out  €1,742.27": a
     * total that is the sum of the rows just above it is theirs, never a payment of its own; the rows are the credits
     * when their heading says money came in. Empty when the mail has no such block.
     */
    private static List<BankCredit> totalledRows(String file, String body, Optional<LocalDate> sent, Optional<LocalDate> fallbackDate,
            Currency currency) {
        String[] lines = body.split("\n");
        for (int i = 0; i < lines.length; i++) {
            List<AmountText.Found> total = anyMoney(lines[i]);
            if (!TOTAL_WORD.matcher(lines[i]).find() || total.size() != 1) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            int j = i - 1;
            for (; j >= 0 && !lines[j].isBlank() && moneyAmounts(lines[j]).size() == 1; j--) {
                rows.add(0, lines[j]);
                sum = sum.add(moneyAmounts(lines[j]).get(0).amount());
            }
            String heading = j >= 0 ? lines[j] : "";
            // a total followed by fees and a net paid out totals sales, and the net is the one credit
            boolean lastOfBlock = i + 1 >= lines.length || anyMoney(lines[i + 1]).isEmpty();
            if (rows.size() < 2 || sum.compareTo(total.get(0).amount()) != 0 || holdsMoney(heading) || !lastOfBlock
                    || Header.of(heading).isPresent()
                    || !(CREDIT.matcher(heading).find() || LOOSE_CREDIT.matcher(heading).find() || PAID_OUT.matcher(heading).find())
                    || DEBIT.matcher(heading).find() || NOT_YET_OR_OFFER.matcher(heading).find()
                    || rows.stream().anyMatch(r -> NOT_YET_OR_OFFER.matcher(r).find() || r.strip().startsWith("-"))) {
                continue;
            }
            List<BankCredit> credits = new ArrayList<>();
            for (String row : rows) {
                AmountText.Found amount = moneyAmounts(row).get(0);
                Optional<LocalDate> day = firstDate(row).or(() -> sent.flatMap(d -> DateText.firstYearless(row, d))
                        .map(DateText.Found::date)).or(() -> fallbackDate);
                Optional<Money> money = toMoney(amount.amount(), amount.currency().orElse(currency));
                if (day.isPresent() && money.isPresent()) {
                    credits.add(new BankCredit(file, day.get(), money.get(), null, null, null, BankCredit.Source.EMAIL));
                }
            }
            return credits;
        }
        return List.of();
    }

    /** Every amount of a line that looks like money, whatever word is before it (moneyAmounts leaves out totals and fees). */
    static List<AmountText.Found> anyMoney(String line) {
        return AmountText.findAll(line).stream()
                .filter(a -> a.currency().isPresent() || line.substring(a.start(), a.end()).matches("(?s).*[.,]\\d{2}\\D*")).toList();
    }

    /** "Payouts paid to your bank account", "Versements effectués": the heading of money paid out to the user. */
    private static final Pattern PAID_OUT = Pattern.compile("\\bpayouts?\\s+(?:paid|sent|deposited)\\b|\\bversements?\\s+effectu[ée]s?\\b"
            + "|\\bvirements?\\s+(?:effectu[ée]s?|envoy[ée]s?)\\s+sur\\s+votre\\s+compte\\b|\\bauszahlungen\\b", FLAGS);

    /** "Total des opérations au crédit …… 148 223,40 EUR" beside its debit twin: a statement's period totals. */
    private static final Pattern TOTAL_IN = Pattern.compile("^\\W*(?:total|summe|gesamt|totaal)\\b[^\\n]{0,40}?\\b(?:cr[ée]dits?|credits?|entr[ée]es"
            + "|encaissements|money\\s+in|paid\\s+in|haben|gutschriften|eing[äa]nge|bij)\\b", FLAGS);
    private static final Pattern TOTAL_OUT = Pattern.compile("^\\W*(?:total|summe|gesamt|totaal)\\b[^\\n]{0,40}?\\b(?:d[ée]bits?|debits?|sorties"
            + "|d[ée]caissements|money\\s+out|paid\\s+out|soll|lastschriften|ausg[äa]nge|af)\\b", FLAGS);

    /** "1) Virement de LOIRE DIGITAL" above an operation's fields: the transfer's heading names the payer. */
    private static Optional<String> headingPayer(String body) {
        String heading = NUMBERED_MARK.matcher(body.strip().lines().findFirst().orElse("")).replaceFirst("");
        LabelFields fields = LabelFields.parse(heading);
        return fields.transfer() && !holdsMoney(heading) ? Optional.ofNullable(fields.payer()) : Optional.empty();
    }

    private static final Pattern DISPUTE = Pattern.compile(DISPUTE_WORDS + "|\\blitiges?\\b", FLAGS);
    private static final Pattern CONVERSION = Pattern.compile(
            "\\bconver(?:ted|sion|ti|tie)\\b|\\bexchange\\s+rate\\b|\\btaux\\s+de\\s+change\\b|\\bwechselkurs\\b|\\bumgerechnet\\b", FLAGS);
    private static final Pattern CONVERTED_TO = Pattern.compile(
            "(?:\\byou\\s+got|\\badded|\\bconverted\\s+(?:it\\s+)?(?:in)?to|\\bvous\\s+avez\\s+obtenu|\\bconverti[e]?\\s+en"
                    + "|\\bgutgeschrieben\\s+wurden)[\\s:]*(?=[^\\n]{0,6}\\d)", FLAGS);

    /** The amount a conversion put in the account ("You got  1,152.30 EUR", "added 1,152.30 EUR to your balance"). */
    private static Optional<AmountText.Found> convertedAmount(String all) {
        if (!CONVERSION.matcher(all).find()) {
            return Optional.empty();
        }
        Matcher m = CONVERTED_TO.matcher(all);
        while (m.find()) {
            Optional<AmountText.Found> money = moneyAmounts(all.substring(m.end(), Math.min(all.length(), m.end() + 30))).stream()
                    .findFirst().map(a -> new AmountText.Found(a.amount(), a.currency(), a.start() + m.end(), a.end() + m.end()));
            if (money.isPresent() && money.get().currency().isPresent() && money.get().amount().signum() > 0) {
                return money;
            }
        }
        return Optional.empty();
    }

    private static final List<String> NET_LABELS = List.of("montant net", "net amount", "net", "nettobetrag", "netto",
            "net received", "montant net credite", "net credite", "amount net", "netto ontvangen", "importe neto",
            // after the exchange and the bank's fees: what reached the account
            "montant porte au credit", "montant porte au credit de votre compte", "montant porte en compte",
            "montant credite sur votre compte", "amount credited to your account", "importo netto", "importo accreditato",
            "importe abonado", "valor creditado", "importo netto accreditato");
    private static final Pattern FEE_LABEL = Pattern.compile("\\b(?:frais|fees?|commissions?|geb[üu]hren?|kosten|comisi[óo]n|commissioni|spese|comiss[ãa]o|gastos)\\b");

    /** "Amount received:   £185.00 GBP": an alert's field, which repeats its sentence's amount, not an alert of its own. */
    private static boolean isLabelledField(String line) {
        for (Pattern shape : List.of(LABEL_LINE, LABEL_GAP)) {
            Matcher m = shape.matcher(line);
            if (m.matches() && ALL_LABELS.contains(Words.fold(m.group(1).strip()))) {
                return true;
            }
        }
        return false;
    }

    private List<BankCredit> byUserRules(String file, String text, Optional<LocalDate> fallbackDate, String from) {
        List<BankCredit> credits = new ArrayList<>();
        for (Bank.Rule rule : rules) {
            if (!rule.appliesTo(from)) {
                continue; // learnt from another bank's layout: the same words may mean something else here
            }
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                String amountText = group(m, "amount");
                if (amountText == null || saysDebit(text, m)) {
                    continue;
                }
                Optional<AmountText.Found> amount = AmountText.parse(amountText);
                Optional<BigDecimal> value = amount.map(AmountText.Found::amount).or(() -> AmountText.number(amountText));
                Optional<Currency> currency = Optional.ofNullable(group(m, "currency")).flatMap(AmountText::currency)
                        .or(() -> amount.flatMap(AmountText.Found::currency));
                Optional<LocalDate> date = Optional.ofNullable(group(m, "date")).flatMap(NotificationReader::firstDate)
                        .or(() -> fallbackDate);
                if (value.isEmpty() || value.get().signum() <= 0 || date.isEmpty()) {
                    continue;
                }
                toMoney(value.get(), currency.orElse(defaultCurrency)).ifPresent(money -> credits.add(new BankCredit(
                        file, date.get(), money, Words.clean(group(m, "payer")), Words.clean(group(m, "reference")),
                        Words.clean(group(m, "bankTxId")), BankCredit.Source.EMAIL)));
            }
            if (!credits.isEmpty()) {
                // The first rule that reads the mail reads it: two rules for one format would store its credits twice.
                return credits;
            }
        }
        return credits;
    }

    /**
     * A dated line with an amount: one operation of a statement or of a single-operation alert.
     *
     * @param column TRUE/FALSE when the amount stands in a credit/debit column of the table's header; null otherwise
     * @param payer  the payer from the header's payer column, else null
     * @param reference the reference from the header's reference column, else null
     */
    private record Line(String text, LocalDate date, String label, AmountText.Found amount, boolean signed,
            Boolean column, String payer, String reference) {
    }

    /** The columns of a table's header line: by tab-separated cell, or by character position for aligned text. */
    private record Header(List<String> cells, boolean tabbed, int debitEnd, int creditEnd) {

        static Optional<Header> of(String line) {
            boolean tabbed = line.indexOf('\t') >= 0;
            List<String> cells = new ArrayList<>();
            for (String cell : tabbed ? line.split("\t", -1) : line.strip().split("\\s{2,}")) {
                cells.add(Words.fold(cell));
            }
            long known = cells.stream().filter(c -> !c.isEmpty() && columnKind(c) != null).count();
            long filled = cells.stream().filter(c -> !c.isEmpty()).count();
            if (known < 2 || known < filled - 1 || DateText.findAll(line).size() > 0 || !AmountText.findAll(line).isEmpty()) {
                return Optional.empty();
            }
            int debitEnd = -1;
            int creditEnd = -1;
            if (!tabbed) {
                Matcher word = Pattern.compile("\\S+(?: \\S+)*").matcher(line);
                while (word.find()) {
                    String kind = columnKind(Words.fold(word.group()));
                    if ("debit".equals(kind)) {
                        debitEnd = word.end();
                    } else if ("credit".equals(kind)) {
                        creditEnd = word.end();
                    }
                }
            }
            return Optional.of(new Header(cells, tabbed, debitEnd, creditEnd));
        }

        int index(String kind) {
            for (int i = 0; i < cells.size(); i++) {
                if (kind.equals(columnKind(cells.get(i)))) {
                    return i;
                }
            }
            return -1;
        }

        boolean splitsDebitAndCredit() {
            return tabbed ? index("debit") >= 0 && index("credit") >= 0 : debitEnd >= 0 && creditEnd >= 0;
        }
    }

    private static final Set<String> DEBIT_COLUMNS = Set.of("debit", "debits", "debit eur", "soll", "money out",
            "paid out", "withdrawals", "withdrawal", "sorties", "depenses", "ausgang", "ausgange", "belastung", "out", "af",
            "afschrijvingen", "afgeschreven",
            // Italian, Spanish and Portuguese statements' columns
            "dare", "addebiti", "uscite", "cargo", "cargos", "debe", "debito", "debitos", "adeudos");
    private static final Set<String> CREDIT_COLUMNS = Set.of("credit", "credits", "credit eur", "haben", "money in",
            "paid in", "deposits", "deposit", "entrees", "recettes", "eingang", "eingange", "gutschrift", "in", "bij",
            "bijschrijvingen", "bijgeschreven",
            "avere", "accrediti", "entrate", "abono", "abonos", "haber", "credito", "creditos", "ingresos");

    /** What a header cell names: debit, credit, amount, date, payer, reference, label; null when unknown. */
    private static String columnKind(String cell) {
        // "Débit €", "Credit (EUR)", "Date opé.": a column's currency and abbreviations say nothing of its kind
        String folded = cell.replaceAll("\\s*\\([^)]*\\)\\s*$", "").replaceAll("\\s*(?:€|eur|gbp|£|\\$|usd|chf|en euros?)\\s*$", "")
                .strip();
        if (folded.matches("date\\s+(?:ope|op|val|valeur|compta|comptable|d'operation|de l'operation|operation)\\.?")
                || folded.matches("(?:data|fecha|f\\.)\\s*(?:cont|contabile|val|valuta|valor|oper|operacion|operazione|mov|movimento)\\.?")) {
            return "date";
        }
        if (folded.contains("/")) {
            String kind = null;
            for (String part : folded.split("\\s*/\\s*")) {
                String k = part.isEmpty() ? null : columnKind(part);
                if ("payer".equals(k)) {
                    return k; // for a credit, the other party of "Payee/Payer" is the payer
                }
                kind = kind == null ? k : kind;
            }
            return kind;
        }
        if (DEBIT_COLUMNS.contains(folded)) {
            return "debit";
        }
        if (CREDIT_COLUMNS.contains(folded)) {
            return "credit";
        }
        if (AMOUNT_LABELS.contains(folded) || Set.of("montant", "amount", "betrag", "somme", "umsatz").contains(folded)) {
            return "amount";
        }
        if (DATE_LABELS.contains(folded) || Set.of("date", "datum", "jour", "day", "valeur", "value").contains(folded)) {
            return "date";
        }
        if (PAYER_LABELS.contains(folded)) {
            return "payer";
        }
        if (Set.of("sens", "side", "type", "credit/debit", "debit/credit", "soll/haben", "s/h", "dr/cr", "cr/dr")
                .contains(folded)) {
            return "side";
        }
        if (OPERATION_LABELS.contains(folded) || Set.of("libelle", "libelles", "nature", "operation", "operations",
                "umsatzart", "buchungstext", "vorgang", "text", "texte", "tekst", "beskrivelse", "kuvaus", "opis", "descripcion",
                "descrizione", "particulars", "narrative", "concepto").contains(folded)) {
            return "label";
        }
        if (Set.of("balance", "solde", "saldo", "kontostand", "running balance", "saldo disponibile").contains(folded)) {
            return "balance";
        }
        if (folded.equals("detail")) {
            return "reference"; // "Nature | Tiers | Détail | Montant": what the other party wrote
        }
        if (Set.of("heure", "time", "uhrzeit", "hora", "ora", "tijd").contains(folded)) {
            return "time";
        }
        if (REFERENCE_LABELS.contains(folded) || Set.of("facture", "factures", "invoice", "invoice no", "invoice number",
                "reference commande", "ref commande", "ref. commande", "n° commande", "order", "order no", "order ref",
                "n° facture", "n° de facture", "numero de facture", "rechnung", "rechnungsnummer", "factuur").contains(folded)) {
            return "reference";
        }
        return null;
    }

    private static List<Line> statementLines(String body, Optional<LocalDate> sent, Optional<LocalDate> summaryDay) {
        List<Line> lines = new ArrayList<>();
        Header header = null;
        String[] rows = body.split("\n");
        for (int i = 0; i < rows.length; i++) {
            String line = rows[i];
            Optional<Header> isHeader = Header.of(line);
            if (isHeader.isPresent()) {
                header = isHeader.get();
                continue;
            }
            List<DateText.Found> dates = new ArrayList<>(DateText.findAll(line));
            if (dates.isEmpty() && sent.isPresent()) {
                // summaries often write "30 Nov" or "30/11": the year is the mail's
                DateText.dayMonthAtStart(line, sent.get()).ifPresent(dates::add);
            }
            List<AmountText.Found> amounts = outsideDates(line, AmountText.findAll(line), dates);
            if (dates.isEmpty() && header != null && header.tabbed() && header.splitsDebitAndCredit() && !amounts.isEmpty()) {
                // a table of the day's operations with no date column ("Description | Money in | Money out")
                Optional<LocalDate> day = summaryDay;
                Line cells = day.isEmpty() ? null : byCells(line, header, new DateText.Found(day.get(), 0, 0), amounts.get(amounts.size() - 1));
                if (cells != null && moneyLike(line, cells.amount()) && !NOT_A_PAYMENT.matcher(line).find()) {
                    lines.add(cells);
                }
                continue;
            }
            if (dates.isEmpty() && header != null && !header.tabbed() && header.splitsDebitAndCredit() && !amounts.isEmpty()
                    && summaryDay.isPresent()) {
                if (amounts.stream().filter(a -> moneyLike(line, a)).count() != 1) {
                    continue; // "Summe der Umsätze  251,71  20.929,50": both columns filled, a total
                }
                // "Type  Paid in by / Paid to  Reference  Money in  Money out" aligned with spaces: an empty column
                // leaves no gap, so the amount's place under the titles says its side
                AmountText.Found last = amounts.get(amounts.size() - 1);
                Line cells = byCells(line, header, new DateText.Found(summaryDay.get(), 0, 0), last);
                if (cells != null && moneyLike(line, last) && !NOT_A_PAYMENT.matcher(line).find()) {
                    boolean credit = Math.abs(last.end() - header.creditEnd()) < Math.abs(last.end() - header.debitEnd());
                    lines.add(new Line(cells.text(), cells.date(), cells.label(), last, signed(line, last), credit,
                            cells.payer(), cells.reference()));
                }
                continue;
            }
            if (dates.isEmpty() && header != null && header.index("amount") >= 0 && !amounts.isEmpty()
                    && (header.tabbed() || line.strip().split("\\s{2,}").length == header.cells().size())
                    && (header.index("payer") >= 0 || header.index("reference") >= 0) && summaryDay.isPresent()) {
                // "Client | Facture | Mode | Montant": a list of the day's payments with no date column
                Line cells = byCells(line, header, new DateText.Found(summaryDay.get(), 0, 0), amounts.get(amounts.size() - 1));
                if (cells != null && moneyLike(line, cells.amount()) && !NOT_A_PAYMENT.matcher(line).find()) {
                    lines.add(cells);
                }
                continue;
            }
            if (dates.isEmpty() || amounts.isEmpty()) {
                continue;
            }
            DateText.Found date = dates.get(0);
            AmountText.Found amount = amounts.get(amounts.size() - 1);
            boolean balanceAfter = false;
            if (header != null && !header.tabbed() && amounts.size() >= 2 && "balance".equals(columnKind(header.cells().get(header.cells().size() - 1)))) {
                amount = amounts.get(amounts.size() - 2); // "Amount   Balance": the last column is the running balance
                balanceAfter = true;
            }
            for (int k = amounts.size() - 1; k >= 0 && !moneyLike(line, amount); k--) {
                amount = moneyLike(line, amounts.get(k)) ? amounts.get(k) : amount; // not the "77" of "ref BH-77"
            }
            Matcher mark = SIDE_MARK.matcher(line.substring(amount.end()));
            Boolean marked = mark.matches() ? Boolean.valueOf(CREDIT_MARKS.contains(mark.group(1).toUpperCase(Locale.ROOT))) : null;
            AmountText.Found last = amounts.get(amounts.size() - 1);
            boolean endsLine = marked != null || line.substring(amount.end()).matches("[\\s.;:)]*")
                    || balanceAfter && line.substring(amount.end(), last.start()).isBlank() && line.substring(last.end()).isBlank();
            String trailing = "";
            if (!endsLine) {
                // a reference column after the amount: the last amount with a sign or currency, then a column gap
                for (int k = amounts.size() - 1; k >= 0; k--) {
                    AmountText.Found a = amounts.get(k);
                    String after = line.substring(a.end());
                    if (a.start() > date.end() && (a.currency().isPresent() || signed(line, a))
                            && after.matches("(?:\\s{2,}|\\t)\\S.*")
                            && AmountText.findAll(after).stream().noneMatch(f -> f.currency().isPresent())) {
                        amount = a;
                        trailing = after.strip();
                        endsLine = true;
                        break;
                    }
                }
            }
            boolean moneyLike = moneyLike(line, amount);
            // aligned text read under its titles when each title has its cell and one names the payer
            // ("Date  Client  Facture(s)  Libellé bancaire  Montant"): a list of payments received, not a statement
            Line cells = header != null && (header.tabbed() || !header.splitsDebitAndCredit() && header.index("payer") >= 0
                    && line.strip().split("\\s{2,}").length == header.cells().size())
                    ? byCells(line, header, date, amount) : null;
            if (cells != null) {
                if (moneyLike && !isBalance(line, date, amount, cells.label())) {
                    lines.add(cells);
                }
                continue;
            }
            if (!endsLine || !moneyLike || amount.start() < date.end()) {
                continue;
            }
            boolean trailingNamed = LabelFields.startsWithReferenceWord(trailing);
            String label = line.substring(date.end(), amount.start()).replaceFirst("[+\\-−]\\s*$", "")
                    + (trailingNamed ? "  " + trailing : "");
            if (label.chars().filter(Character::isLetter).count() < 3 || isBalance(line, date, amount, label)) {
                continue;
            }
            Boolean column = marked;
            if (column == null && header != null && header.splitsDebitAndCredit()) {
                // Right-aligned columns: the amount ends nearest its column's title.
                column = Math.abs(amount.end() - header.creditEnd()) < Math.abs(amount.end() - header.debitEnd());
            }
            String reference = trailing.isEmpty() || trailingNamed ? null : Words.clean(trailing);
            String payer = null;
            List<String> more = new ArrayList<>();
            for (int j = i + 1; j < rows.length && more.size() < 4; j++) {
                Optional<String> next = continuation(rows[j], sent);
                if (next.isEmpty()) {
                    break;
                }
                more.add(next.get());
            }
            Map<String, String> labelled = labels(String.join("\n", more));
            if (!more.isEmpty() && more.get(0).startsWith("/")) {
                // "VIR SEPA RECU /DE X   +3 600,00 €" then "/MOTIF ACOMPTE SEMINAIRE": the label's slash fields go on
                SlashFields slashes = SlashFields.parse(String.join(" ", more));
                payer = slashes.payer();
                reference = first(reference, slashes.reference());
            } else if (!labelled.isEmpty()) {
                // "De : CLINIQUE PASTEUR" / "Motif : FACTURE F26-0412" under "VIR SEPA RECU"
                payer = payerLabel(labelled).map(Words::clean).orElse(null);
                reference = first(reference, label(labelled, REFERENCE_LABELS).or(() -> referenceLabel(labelled))
                        .map(Words::clean).orElse(null));
            } else if (!more.isEmpty() && CONTINUED_PAYER.matcher(more.get(0)).matches()) {
                // "FASTER PAYMENTS RECEIPT REF.INV F-0433" then "FROM HARROWGATE RETAIL LTD": who paid, on its own line
                payer = Words.clean(CONTINUED_PAYER.matcher(more.get(0)).replaceFirst("$1"));
            } else if (reference == null && more.size() >= 2 && LabelFields.parse(label).payer() == null
                    && isName(withoutAddress(more.get(0)))) {
                // "Gutschrift Überweisung" then "Bauer Fördertechnik GmbH" then "RE-FR-2026-0412 Statik Halle 3":
                // under an operation's type, who paid and what they wrote
                payer = Words.clean(withoutAddress(more.get(0)));
                reference = Words.clean(LabelFields.withoutReferenceWord(more.get(1)));
            } else if (reference == null && !more.isEmpty()) {
                // "Réf. QR 00 00000 …" alone under the row: the value, not the word naming it
                reference = Words.clean(LabelFields.withoutReferenceWord(more.get(0)));
            }
            lines.add(new Line(line, date.date(), label, amount, signed(line, amount), column, payer, reference));
        }
        return lines;
    }

    /** A line that can be a name: letters, no digits (an account number after it is taken off first). */
    private static boolean isName(String line) {
        return line != null && line.chars().noneMatch(Character::isDigit) && line.chars().filter(Character::isLetter).count() >= 3
                && !LabelFields.startsWithReferenceWord(line);
    }

    /** A balance or total naming the line: in its first words or just before a colon ("Saldo contabile: € 12.044,19"). */
    private static final Pattern CONTINUED_PAYER = Pattern.compile("^(?:from|de\\s+la\\s+part\\s+de|de|von|van|by|par)\\s+(\\p{L}.{1,80})$", FLAGS);

    /**
     * "06/11   VIR SEPA MAISON TESSIER      840,00" then "        SOLDE PROJET ETIQUETTES": an indented line with no date
     * and no amount under an operation is the rest of its label, what the payer wrote.
     */
    /** A Belgian structured communication ("+++120/0456/78918+++", "***…***") or an ISO creditor reference. */
    private static final Pattern STRUCTURED_REFERENCE = Pattern.compile("^\\s*(?:[+*]{3}\\d{3}/\\d{4}/\\d{5}[+*]{3}|RF\\d{2}(?:\\s?[A-Z0-9]{1,4}){1,6})\\s*$");

    private static Optional<String> continuation(String next, Optional<LocalDate> sent) {
        if (next.matches("^(?:[ \\t]{2,}|\\t)\\S.*") && STRUCTURED_REFERENCE.matcher(next).matches()) {
            return Optional.of(next.strip());
        }
        if (!next.matches("^(?:[ \\t]{2,}|\\t)\\S.*") || next.chars().filter(Character::isLetter).count() < 2
                || !moneyAmounts(next).isEmpty()
                // the next row begins with its date; "Séance conseil du 06.11." only mentions one
                || DateText.findAll(next).stream().anyMatch(d -> next.substring(0, d.start()).isBlank())
                || sent.flatMap(d -> DateText.dayMonthAtStart(next, d)).isPresent()
                || next.strip().matches("[-=_\\s]+") || Header.of(next).isPresent()) {
            return Optional.empty();
        }
        return Optional.ofNullable(Words.clean(next));
    }

    private static final Pattern BALANCE_LINE = Pattern.compile("^\\W*(?:\\p{L}+\\s+){0,2}?(?:soldes?|balance|saldo|kontostand|total"
            + "|encours|available|disponible|guthaben|ending|closing|opening|nouveau\\s+solde|new\\s+balance)\\b"
            + "|\\b(?:soldes?|balance|saldo|kontostand|total|guthaben)\\b[^:\\n]{0,20}:"
            // an invoice's own figures under the payment's sentence, not operations
            + "|\\breste\\s+[àa]\\s+payer|\\brestant\\s+d[ûu]|\\bd[ée]j[àa]\\s+(?:r[ée]gl[ée]|pay[ée]|vers[ée])|\\balready\\s+paid"
            + "|\\b(?:amount|balance)\\s+(?:due|remaining)|\\bmontant\\s+de\\s+la\\s+facture|\\binvoice\\s+(?:total|amount)\\b", FLAGS);
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*[-•*–]\\s+\\p{L}");
    private static final Pattern BULLET_NAME = Pattern.compile("^[ \\t]*[-•*–]\\s+(\\p{L}[^:\\n]{1,80}?)\\s*:");
    /** "van J. de Vries", "from X": the preposition before a payer written after the amount. */
    private static final Pattern PREPOSITION = Pattern.compile("^(?:from|van|von|de\\s+la\\s+part\\s+de|de|da)\\s+(?=\\p{L})", FLAGS);

    /** "Money in —", "Entrées :": a summary's subtotal, not an operation. */
    private static boolean isColumnTitle(String label) {
        String f = Words.fold(label).replaceAll("[^a-z ]", " ").strip().replaceAll("\\s+", " ");
        return CREDIT_COLUMNS.contains(f) || DEBIT_COLUMNS.contains(f) || f.matches("(?:total|sous total|subtotal|summe)\\b.*");
    }

    /** "ACH   memo: ACME Jan retainer": after the amount, a method column may come before the labelled reference. */
    private static final Pattern SECTION_REFERENCE = Pattern.compile(
            "(?:^|\\s)(?:memo|ref\\.?|r[ée]f\\.?|reference|r[ée]f[ée]rence|note|motif|message|verwendungszweck)\\s*:\\s*", FLAGS);
    private static final String SECTION_REST = "(?:\\s*\\(\\d+\\))?[\\s.:…]*(?:[+]?[^\\n\\p{L}]{0,4}\\d[\\d\\s.,'’]*[^\\n\\p{L}\\d]{0,4}"
            + "(?:eur|gbp|usd|chf|cad|sek|nok|dkk|pln|czk)?)?\\s*$";
    private static final Pattern CREDIT_SECTION = Pattern.compile("^[\\s\\p{So}\\p{Sm}•*#▶►↑↓\\-]*(?:encaissements?|cr[ée]dits?|entr[ée]es?"
            + "(?:\\s+d['’]argent)?|recettes|money\\s+in|incoming(?:\\s+(?:payments|transfers|money))?|deposits|payments\\s+received"
            + "|paiements\\s+re[çc]us|virements\\s+re[çc]us|op[ée]rations\\s+cr[ée]ditrices|gutschriften|zahlungseing[äa]nge|eing[äa]nge"
            + "|ontvangsten|bijschrijvingen|ingresos|abonos|entrate|accrediti|saapuneet\\s+maksut|inbetalningar|innbetalinger|indbetalinger"
            + "|uznania|wp[łl]ywy)" + SECTION_REST, FLAGS);
    private static final Pattern DEBIT_SECTION = Pattern.compile("^[\\s\\p{So}\\p{Sm}•*#▶►↑↓\\-]*(?:d[ée]caissements?|d[ée]bits?|sorties?"
            + "(?:\\s+d['’]argent)?|d[ée]penses|money\\s+out|outgoing(?:\\s+(?:payments|transfers|money))?|withdrawals|spending|top\\s+spend"
            + "|payments\\s+sent|paiements\\s+[ée]mis|virements\\s+[ée]mis|pr[ée]l[eè]vements|op[ée]rations\\s+d[ée]bitrices"
            + "|card\\s+(?:payments|purchases|spend)|lastschriften|belastungen|ausg[äa]nge|afschrijvingen|uitgaven|gastos|cargos"
            + "|uscite|addebiti|l[äa]hteneet\\s+maksut|utbetalningar|utbetalinger|udbetalinger|obci[ąa][żz]enia)" + SECTION_REST, FLAGS);

    /**
     * A summary in sections under headings that say their side ("ENCAISSEMENTS (3) …… 14 250,00 €", "Deposits",
     * "DÉCAISSEMENTS", "Top spend"): each line with one amount under a credit heading is a credit, its words before the
     * amount the payer and after a column gap the reference; none under a debit heading. Empty without such a section.
     */
    private static List<Line> sectionLines(String body, Optional<LocalDate> sent, Optional<LocalDate> day) {
        List<Line> lines = new ArrayList<>();
        Boolean side = null;
        boolean creditSection = false;
        for (String line : body.split("\n")) {
            if (CREDIT_SECTION.matcher(line).matches()) {
                side = true;
                creditSection = true;
                continue;
            }
            if (DEBIT_SECTION.matcher(line).matches()) {
                side = false;
                continue;
            }
            if (line.isBlank() || side == null) {
                continue;
            }
            List<AmountText.Found> amounts = outsideDates(line, AmountText.findAll(line), DateText.findAll(line)).stream()
                    .filter(a -> moneyLike(line, a)).toList();
            Matcher field = LABEL_LINE.matcher(line);
            if (amounts.isEmpty() && !lines.isEmpty() && line.matches("^[ \\t]+\\S.*") && field.matches()) {
                // "   Reference: ARD-1201" indented under "1. £420.00 — Kestrel Learning Ltd": the operation's field
                String key = Words.fold(field.group(1));
                Line last = lines.get(lines.size() - 1);
                if (side && last.reference() == null && (REFERENCE_LABELS.contains(key) || isReferenceLabel(key))) {
                    lines.set(lines.size() - 1, new Line(last.text(), last.date(), last.label(), last.amount(), last.signed(),
                            last.column(), last.payer(), Words.clean(field.group(2))));
                }
                continue;
            }
            if (amounts.size() != 1 || BALANCE_LINE.matcher(line).find()) {
                side = null; // the section ends at a line that is no operation
                continue;
            }
            AmountText.Found amount = amounts.get(0);
            Optional<DateText.Found> dated = DateText.findAll(line).stream().findFirst()
                    .or(() -> sent.flatMap(latest -> DateText.dayMonthAtStart(line, latest)))
                    .or(() -> sent.flatMap(latest -> DateText.firstYearless(line, latest)).filter(d -> d.start() < amount.start()));
            int from = dated.filter(d -> d.end() <= amount.start()).map(DateText.Found::end).orElse(0);
            String before = line.substring(from, amount.start()).replaceFirst("[+\\-−]\\s*$", "").strip();
            String after = line.substring(amount.end()).strip();
            boolean listMark = before.matches("\\d{1,2}[.)]|[\\-•*]") || before.isEmpty() && after.matches("^[—–]\\s.*");
            if ((from > 0 || listMark) && before.chars().noneMatch(Character::isLetter)
                    && after.chars().filter(Character::isLetter).count() >= 2) {
                // "lun. 19 oct.   + 1 180,00 €   Virement de X - « Solde D26-041 »": date, amount, then the operation;
                // "1. £420.00 — Kestrel Learning Ltd": a numbered list's amount, then who paid
                before = after.replaceFirst("^[—–\\-:]\\s*", "");
                after = "";
            }
            String rowReference = null;
            if (from > 0 && before.chars().noneMatch(Character::isLetter) && dated.get().start() > 0) {
                // "Kelvin Robotics GmbH Transfer · Reference: INV-131 <tab> 8 Dec <tab> +€2,150.00": the row's text before its day
                String[] parts = LABEL_SEPARATOR.split(line.substring(0, dated.get().start()).strip());
                before = TRAILING_TYPE.matcher(parts[0]).replaceFirst("");
                for (int k = 1; k < parts.length; k++) {
                    Matcher part = LABEL_LINE.matcher(parts[k]);
                    if (part.matches() && REFERENCE_LABELS.contains(Words.fold(part.group(1)))) {
                        rowReference = Words.clean(part.group(2));
                    }
                }
            }
            if (before.chars().filter(Character::isLetter).count() < 2 || ALL_LABELS.contains(Words.fold(before.replaceFirst("\\s*:$", "")))) {
                side = null;
                continue;
            }
            if (!side || dated.isEmpty() && day.isEmpty()) {
                continue;
            }
            before = before.replaceFirst("[\\s.…]{3,}$", ""); // a leader of dots up to the amount
            LabelFields typed = LabelFields.parse(before);
            String payer = typed.transfer() ? typed.payer() : counterparty(withoutAddress(before));
            if (DEPOSIT.matcher(before).find()) {
                payer = null;
            }
            Matcher labelled = SECTION_REFERENCE.matcher(after);
            String reference = rowReference != null ? rowReference : after.isEmpty() ? typed.transfer() ? typed.reference() : null
                    : Words.clean(labelled.find() ? after.substring(labelled.end()) : after);
            lines.add(new Line(line, dated.map(DateText.Found::date).orElse(day.orElse(null)), before, amount, signed(line, amount),
                    Boolean.TRUE, payer, reference));
        }
        return creditSection ? lines : List.of();
    }

    /** "Kelvin Robotics GmbH Transfer", "OVHcloud Card refund": the operation's type after the counterparty's name. */
    private static final Pattern TRAILING_TYPE = Pattern.compile("\\s+(?:transfer|bank\\s+transfer|card\\s+refund|refund|card\\s+payment|payment"
            + "|virement|remboursement|[üu]berweisung|gutschrift)\\s*$", FLAGS);

    private static final Pattern NUMBERED = Pattern.compile("^[ \\t]*\\d{1,2}[).]\\s+\\S");
    private static final Pattern NUMBERED_MARK = Pattern.compile("^[ \\t]*\\d{1,2}[).]\\s+");

    /**
     * The operations of a mail written as blocks (paragraphs, or numbered "1) …"), each with one amount and a label
     * naming who paid or what they wrote; at least two, else none (one block is an alert, read whole).
     */
    private static List<String> operationBlocks(String body) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : (body + "\n").split("\n", -1)) {
            if (line.isBlank() || NUMBERED.matcher(line).find()) {
                if (!block.isEmpty() && isOperationBlock(block.toString())) {
                    blocks.add(block.toString());
                }
                block.setLength(0);
            }
            if (!line.isBlank()) {
                block.append(line).append('\n');
            }
        }
        return blocks.size() >= 2 ? blocks : List.of();
    }

    private static boolean isOperationBlock(String block) {
        if (block.split("\n").length < 2) {
            return false;
        }
        long amounts = outsideDates(block, AmountText.findAll(block), DateText.findAll(block)).stream()
                .filter(a -> moneyLike(block, a) && !NOT_A_PAYMENT.matcher(lineOf(block, a.start())).find()).count();
        Map<String, String> labels = labels(block);
        // "1) Virement de LOIRE DIGITAL" heading its Montant / Information / Date lines
        LabelFields heading = LabelFields.parse(NUMBERED_MARK.matcher(block.lines().findFirst().orElse("")).replaceFirst(""));
        boolean named = payerLabel(labels).isPresent() || label(labels, REFERENCE_LABELS).isPresent()
                || heading.transfer() && heading.payer() != null && label(labels, AMOUNT_LABELS).isPresent();
        return amounts == 1 && named;
    }

    /** "+ 2 100,00 €  VIREMENT DE DELTA SAS  F-2027-011": a summary's line led by its signed amount. */
    private static final Pattern SIGNED_FIRST = Pattern.compile("^[ \\t]*[+\\-−][ \\t]*\\S");

    /**
     * A day's summary with no date on its lines, under one date ("Vos opérations du 01/03/2027"): lines led by a signed
     * amount, ending with one, or with a signed one between column gaps; at least two, dated by the body's first date,
     * else the subject's, else the mail's. Their words or sign say credit or debit.
     */
    private static List<Line> undatedSummaryLines(String body, Optional<LocalDate> day) {
        List<Line> lines = new ArrayList<>();
        if (day.isEmpty()) {
            return lines;
        }
        String[] all = body.split("\n");
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            List<AmountText.Found> amounts = outsideDates(line, AmountText.findAll(line), DateText.findAll(line)).stream()
                    .filter(a -> moneyLike(line, a)).toList();
            if (amounts.size() != 1 || BALANCE_LINE.matcher(line).find() || ESTIMATED.matcher(line).find()) {
                continue;
            }
            AmountText.Found amount = amounts.get(0);
            // "EUR 2 900,00 – Donneur d'ordre : X – Réf. : Y": an unsigned amount leading labelled segments
            boolean led = line.substring(0, amount.start()).isBlank() && line.substring(amount.end()).matches("\\s+[–—·|]\\s+\\S.*");
            boolean first = led || SIGNED_FIRST.matcher(line).find() && signed(line, amount)
                    && line.substring(0, amount.start()).matches("[\\s+\\-−]*");
            boolean last = line.substring(amount.end()).isBlank();
            // "Brightline Inc.   +$4,820.00   ACH   memo: …": a signed amount between column gaps
            boolean between = signed(line, amount) && line.substring(amount.end()).matches("(?:\\s{2,}|\\t)\\S.*")
                    && line.substring(0, amount.start()).matches(".*\\S(?:\\s{2,}|\\t)[+\\-−]?\\s*")
                    // "- Cabinet Moreau : 59,00 € - référence ABO-12": a listed operation
                    || BULLET.matcher(line).find() && line.substring(0, amount.start()).matches(".*\\p{L}.*[:\\-–]\\s*")
                    && line.substring(amount.end()).matches("(?:\\s+[\\-–·|]\\s+\\S.*)?\\s*")
                    // "Virement reçu de STUDIO X – 1 250 € – Réf. : FA 12": the amount set off by spaced dashes
                    || line.substring(0, amount.start()).matches(".*\\p{L}.*\\s[–—·|]\\s*")
                    && line.substring(amount.end()).matches("\\s*[–—·|]\\s+\\S.*");
            if (!first && !last && !between) {
                continue;
            }
            String label = first ? PREPOSITION.matcher(line.substring(amount.end()).strip()).replaceFirst("")
                    : (line.substring(0, amount.start()).replaceFirst("[+\\-−]\\s*$", "").strip()
                            + (between ? "  " + line.substring(amount.end()).strip() : ""));
            if (label.chars().filter(Character::isLetter).count() < 3 || isColumnTitle(label)
                    || !first && ALL_LABELS.contains(Words.fold(label.replaceFirst("\\s*:\\s*$", "")))) {
                continue; // "Montant : 1 320,00 EUR" is an alert's field, not an operation of a summary
            }
            LocalDate lineDay = day.get();
            List<DateText.Found> inLabel = DateText.findAll(label);
            if (!inLabel.isEmpty()) {
                // "+ 3 960,00 €   Virement de X   ·   13 nov. 2026": the operation's own day, set off at its end
                DateText.Found end = inLabel.get(inLabel.size() - 1);
                Matcher set = TRAILING_SEPARATOR.matcher(label.substring(0, end.start()));
                if (label.substring(end.end()).isBlank() && set.find()) {
                    lineDay = end.date();
                    label = label.substring(0, set.start());
                }
            }
            String reference = null;
            String continuedPayer = null;
            if (i + 1 < all.length && all[i + 1].matches("^[ \\t]+\\S.*")) {
                // "  Omschrijving: factuur 2027-0036" indented under its operation
                Matcher next = LABEL_LINE.matcher(all[i + 1]);
                if (next.matches() && (REFERENCE_LABELS.contains(Words.fold(next.group(1))) || isReferenceLabel(Words.fold(next.group(1))))) {
                    reference = Words.clean(next.group(2));
                } else if (next.matches() && OPERATION_LABELS.contains(Words.fold(next.group(1)))) {
                    // "  Libellé bancaire : VIR SEPA RECU /DE X /MOTIF F2026-0419": the bank's label, read inside
                    SlashFields slashes = SlashFields.parse(next.group(2));
                    LabelFields typed = LabelFields.parse(next.group(2));
                    reference = first(slashes.reference(), typed.reference());
                    continuedPayer = first(slashes.payer(), typed.payer());
                }
            }
            String payer = continuedPayer;
            if (BULLET.matcher(line).find() && !first) {
                Matcher named = BULLET_NAME.matcher(line);
                payer = named.find() ? Words.clean(named.group(1)) : null;
            }
            if (led) {
                Map<String, String> segments = new LinkedHashMap<>();
                for (String part : LABEL_SEPARATOR.split(line.substring(amount.end()).strip().replaceFirst("^[–—·|]\\s+", ""))) {
                    Matcher m = LABEL_LINE.matcher(part);
                    if (m.matches()) {
                        segments.putIfAbsent(Words.fold(m.group(1)).replaceFirst("\\.$", ""), m.group(2).strip());
                    }
                }
                payer = payerLabel(segments).map(Words::clean).orElse(null);
                reference = label(segments, REFERENCE_LABELS).or(() -> referenceLabel(segments)).map(Words::clean).orElse(reference);
            }
            lines.add(new Line(line, lineDay, label, amount, signed(line, amount), null, payer, reference));
        }
        return lines.size() >= 2 ? lines : List.of();
    }

    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s+[·•|–—]\\s*$");

    /** The side written after an amount in statements: CR/DR, C/D, German H(aben)/S(oll). */
    private static final Pattern SIDE_MARK = Pattern.compile("\\s+(CR|DR|Cr|Dr|C|D|H|S)\\.?\\s*$");
    private static final Set<String> CREDIT_MARKS = Set.of("CR", "C", "H");

    private static boolean moneyLike(String line, AmountText.Found amount) {
        return amount.currency().isPresent() || line.substring(amount.start(), amount.end()).matches("(?s).*[.,]\\d{2}\\D*");
    }

    /** A table row read under its header's titles; null when the row does not fit the header. */
    private static Line byCells(String line, Header header, DateText.Found firstDate, AmountText.Found lastAmount) {
        // aligned text: cells are parted by column gaps, as the header's titles are
        String[] cells = header.tabbed() ? line.split("\t", -1) : line.strip().split("\\s{2,}", -1);
        if (cells.length < header.cells().size() - 1) {
            return null;
        }
        Boolean column = null;
        AmountText.Found amount = null;
        int amountCell = -1;
        for (String kind : List.of("credit", "debit", "amount")) {
            int i = header.index(kind);
            if (i >= 0 && i < cells.length) {
                Optional<AmountText.Found> found = AmountText.findAll(cells[i]).stream().reduce((a, b) -> b);
                if (found.isPresent()) {
                    amount = found.get();
                    amountCell = i;
                    column = kind.equals("amount") ? null : kind.equals("credit");
                    break;
                }
            }
        }
        if (amount == null) {
            return null;
        }
        int sideCell = header.index("side");
        if (column == null && sideCell >= 0 && sideCell < cells.length) {
            String side = Words.fold(cells[sideCell]);
            column = CREDIT_SIDES.contains(side) ? Boolean.TRUE : DEBIT_SIDES.contains(side) ? Boolean.FALSE : null;
        }
        int offset = header.tabbed() ? offsetOf(cells, amountCell) : Math.max(line.indexOf(cells[amountCell]), 0);
        AmountText.Found placed = new AmountText.Found(amount.amount(), amount.currency(), offset + amount.start(),
                offset + amount.end());
        LocalDate date = firstDate.date();
        int dateCell = header.index("date");
        if (dateCell >= 0 && dateCell < cells.length) {
            date = firstDate(cells[dateCell]).orElse(date);
        }
        StringBuilder label = new StringBuilder();
        // "Details | Reference": the details alone name the other party, the reference column says what they wrote
        List<String> kinds = header.index("label") >= 0 && header.index("reference") >= 0 && header.index("payer") < 0
                ? List.of("label") : List.of("label", "reference", "payer");
        for (String kind : kinds) {
            int i = header.index(kind);
            if (i >= 0 && i < cells.length) {
                label.append(cells[i]).append(' ');
            }
        }
        String payer = cell(cells, header.index("payer"));
        String reference = cell(cells, header.index("reference"));
        if (reference == null && payer != null) {
            String kind = cell(cells, header.index("label"));
            // "Virement reçu | SARL X | …": the kind of operation is not what the payer wrote
            reference = kind == null || OPERATION_TYPE.matcher(kind).matches() ? null : kind;
        }
        return new Line(line, date, label.toString().strip(), placed, signed(line, placed), column, payer, reference);
    }

    private static final Set<String> CREDIT_SIDES = Set.of("credit", "cr", "c", "haben", "h", "gutschrift", "in",
            "money in", "entree", "recette", "eingang", "uznanie", "credito", "abono", "bijschrijving", "innskudd", "indbetaling");
    private static final Set<String> DEBIT_SIDES = Set.of("debit", "dr", "d", "soll", "s", "lastschrift", "out",
            "money out", "sortie", "depense", "ausgang", "belastung", "obciazenie", "obciążenie", "debito", "cargo", "afschrijving");

    private static String cell(String[] cells, int index) {
        return index >= 0 && index < cells.length ? Words.clean(cells[index]) : null;
    }

    private static int offsetOf(String[] cells, int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += cells[i].length() + 1;
        }
        return offset;
    }

    /** A sign before the amount, also before its currency sign ("+£338.17", "− 45,00 €"). */
    private static boolean signed(String line, AmountText.Found amount) {
        String raw = line.substring(amount.start(), amount.end()).strip();
        if (raw.matches("^[+\\-−].*")) {
            return true;
        }
        String before = line.substring(0, amount.start()).stripTrailing();
        return !before.isEmpty() && "+-−".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    private static boolean negative(String line, AmountText.Found amount) {
        if (amount.amount().signum() < 0) {
            return true;
        }
        if (line.substring(amount.start(), amount.end()).strip().startsWith("+")) {
            return false; // "- + 640,00 €": a bullet's dash before a plus sign
        }
        String before = line.substring(0, amount.start()).stripTrailing();
        return !before.isEmpty() && "-−".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /** Amounts that are not the "16.11" of a date "16.11.2026". */
    private static List<AmountText.Found> outsideDates(String text, List<AmountText.Found> amounts, List<DateText.Found> dates) {
        List<AmountText.Found> kept = new ArrayList<>();
        for (AmountText.Found a : amounts) {
            boolean inDate = dates.stream().anyMatch(d -> a.start() < d.end() && d.start() < a.end());
            if (!inDate) {
                kept.add(a);
            }
        }
        return kept;
    }

    private static boolean isBalance(String line, DateText.Found date, AmountText.Found amount, String label) {
        String before = line.substring(0, Math.min(date.start(), amount.start()));
        String[] words = label.strip().split("\\s+");
        String firstWord = words.length == 0 ? "" : words[0];
        String nearAmount = line.substring(Math.max(Math.min(date.end(), amount.start()), amount.start() - 25), amount.start());
        return NOT_A_PAYMENT.matcher(before).find() || NOT_A_PAYMENT.matcher(firstWord).matches()
                || NOT_A_PAYMENT.matcher(nearAmount).find();
    }

    private static final Pattern CURRENCY_MARK = Pattern.compile("[€£$₹]|\\b(?:EUR|GBP|USD|CHF|CAD|AUD|INR|NZD|SGD|HKD|SEK|NOK|DKK|PLN|JPY|CZK|HUF|RON|BGN|ISK|TRY|ZAR|MAD|XOF)\\b");

    /** The one currency a mail writes anywhere ("Paid in (£)"), else the configured default. */
    private Currency mailCurrency(String all) {
        Set<Currency> seen = new HashSet<>();
        Matcher m = CURRENCY_MARK.matcher(all);
        while (m.find() && seen.size() < 2) {
            AmountText.currency(m.group()).ifPresent(seen::add);
        }
        return seen.size() == 1 ? seen.iterator().next() : defaultCurrency;
    }

    /** @param listed lines listed under one sentence ("Les paiements suivants ont été encaissés :"), not a statement */
    private List<BankCredit> fromLines(String file, List<Line> lines, String all, Currency mailCurrency, boolean listed) {
        List<BankCredit> credits = new ArrayList<>();
        for (Line line : lines) {
            boolean credit;
            if (line.column() != null) {
                credit = line.column() && !negative(line.text(), line.amount());
            } else if (line.signed()) {
                credit = !negative(line.text(), line.amount());
            } else {
                // No sign: the line's words decide, or for a one-operation alert the whole message's.
                Optional<Boolean> words = creditOrDebit(line.text())
                        .or(() -> LOOSE_CREDIT.matcher(line.text()).find() && !LOOSE_VETO.matcher(line.text()).find()
                                ? Optional.of(true) : Optional.empty());
                // a list under "Les paiements suivants ont été encaissés :"; not the "Déjà réglé / Reste à payer" lines
                // under a sentence that says which amount came in
                // "Les opérations suivantes ont été enregistrées au crédit de votre compte :" above dated lines, in a
                // mail with no word of a debit anywhere: each line is a credit
                boolean onlyCredits = !DEBIT.matcher(all).find() && !creditSentenceHasAmount(all)
                        && lines.stream().noneMatch(l -> l.signed() || creditOrDebit(l.text()).isPresent());
                // "Voici le point sur les encaissements de la semaine :" over the table: whatever else the mail says
                boolean introduced = introducesCredits(all, lines.get(0).text())
                        && lines.stream().noneMatch(l -> l.signed() || creditOrDebit(l.text()).isPresent());
                // a signed line says its own side ("-290,00 €" refunded); the unsigned ones follow the mail's sentence
                credit = words.orElseGet(() -> introduced || (lines.size() == 1 || onlyCredits || listed && lines.stream()
                        .filter(l -> !l.signed()).noneMatch(l -> creditOrDebit(l.text()).isPresent()) && !creditSentenceHasAmount(all))
                        && creditOrDebit(all).orElse(false));
            }
            if (!credit || NOT_YET_OR_OFFER.matcher(line.text()).find() || USER_PAID.matcher(line.text()).find()) {
                continue;
            }
            SlashFields fields = SlashFields.parse(line.label());
            LabelFields words = LabelFields.parse(line.label());
            String reference = first(line.reference(), fields.reference(), words.reference());
            if (reference == null) {
                reference = referenceByPhrase(line.label()).orElse(null);
            }
            String payer = first(line.payer(), fields.payer(), words.payer());
            if (payer == null) {
                payer = payerByPhrase(line.text()).orElse(null);
            }
            if (payer == null) {
                payer = cardMerchant(line.label()).orElse(null);
            }
            String[] gaps = line.label().strip().split("\\s{2,}|\\t");
            if (payer == null && gaps.length >= 3 && OPERATION_TYPE.matcher(gaps[0]).matches()) {
                // "GUTSCHR. UEBERW.  Weber Haustechnik GmbH  RE-2027-018": type, other party, what they wrote
                payer = counterparty(gaps[1]);
                if (payer != null && (reference == null || reference.contains(gaps[1]))) {
                    reference = Words.clean(String.join(" ", java.util.Arrays.copyOfRange(gaps, 2, gaps.length)));
                }
            }
            String[] dashed = line.label().strip().split("\\s+[—–|]\\s+");
            if (payer == null && dashed.length >= 2 && invoiceMentioned(dashed[0]).isEmpty()) {
                // an invoicing tool's row: "SAS Octave Conseil — facture n° 2026-047 — 1 800,00 € — payée le 03/12/2026";
                // a bank app's: "Brasserie X SAS — « AC-2026-139 acompte 50% »" (the payer's note, quoted)
                Optional<String> note = Optional.of(dashed[1].strip()).filter(d -> d.matches("^[«\"“„].*[»\"”“]$"))
                        .map(d -> Words.clean(d.substring(1, d.length() - 1)));
                Optional<String> invoice = java.util.Arrays.stream(dashed).skip(1).map(NotificationReader::invoiceMentioned)
                        .flatMap(Optional::stream).findFirst();
                if (note.isPresent() || invoice.isPresent()) {
                    payer = counterparty(dashed[0]);
                    reference = reference == null || note.isPresent() ? note.orElseGet(invoice::get) : reference;
                }
            }
            if (payer == null && (line.signed() || line.column() != null)) {
                // the layout says credit and the label names no kind of operation: its words are the other party,
                // and in aligned text what follows a column gap is what they wrote ("M JONES    FEB DEPOSIT")
                String[] columns = line.label().strip().split("\\s{2,}", 2);
                payer = counterparty(columns[0]);
                if (payer != null && reference == null && columns.length == 2 && !line.label().contains("\t")) {
                    reference = Words.clean(columns[1]);
                }
            }
            if (payer != null && reference == null && payer.contains(" / ")) {
                // "BRASSERIE NATIONALE SA / FACT. 2026-0918": the other party, then what they wrote
                reference = Words.clean(payer.substring(payer.indexOf(" / ") + 3));
                payer = Words.clean(payer.substring(0, payer.indexOf(" / ")));
            }
            if (reference != null) {
                // a value-date column read into the label: "cotisation 2027 01-12-2026"; not the date the payer wrote
                // of their invoice ("FATTURA N. 124 DEL 20/11/2026", "facture du 12/11/2026")
                reference = reference.replaceFirst("(?<!\\b(?i:du|del|de|dd|of|vom|from|dated|le|il|do|da))"
                        + "\\s+\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2})$", "");
            }
            if (DEPOSIT.matcher(line.label()).find()) {
                payer = null;
                reference = null;
            }
            if (line.amount().currency().isEmpty() && kroner(line.text(), line.amount()) && !KRONER.contains(mailCurrency.getCurrencyCode())) {
                continue;
            }
            Optional<Money> money = toMoney(line.amount().amount().abs(), line.amount().currency().orElse(mailCurrency));
            String ref = stripAbbreviation(reference);
            String who = withoutAddress(payer);
            money.ifPresent(m -> credits.add(new BankCredit(file, line.date(), m, who, ref,
                    fields.bankTxId(), BankCredit.Source.EMAIL)));
        }
        return credits;
    }

    /** Cash or cheques paid in by the user: a credit with no payer ("REM CHQ N 8845123", "VERSEMENT ESPECES"). */
    private static final Pattern DEPOSIT = Pattern.compile("\\b(?:rem(?:ise)?\\.?\\s+(?:de\\s+)?(?:chq|ch[eè]ques?(?:\\(s\\))?)"
            + "|(?:versement|d[ée]p[ôo]t)\\s+(?:d['’]\\s*)?esp[eè]ces|d[ée]pos[ée]e?s?\\b[^.\\n]{0,40}?\\ben\\s+esp[eè]ces"
            + "|cash\\s+(?:deposit|lodgement)|cheque\\s+(?:deposit|lodgement)|bareinzahlung|scheckeinreichung|scheckgutschrift)", FLAGS);

    /** "REMBT CARTE 4974XXXXXXXX0385 01/12 AIR FRANCE WEB", "AVOIR CB 21/11 LEROY MERLIN": a card refund's merchant. */
    private static final Pattern CARD_REFUND = Pattern.compile("\\b(?:rembt|remb\\.?|rembours\\w*|avoir|refund|erstattung|gutschrift)"
            + "\\s+(?:carte|cb|card|karte)\\b[\\s.:]*(?:n°\\s*)?(?:[\\dX*]{4,}[\\dX* ]*\\s+)?(?:(?:du\\s+)?\\d{2}[/.]\\d{2}(?:[/.]\\d{2,4})?\\s+)?"
            + "(?<name>\\p{L}[^\\n\\t]{1,60}?)\\s*$", FLAGS);

    private static Optional<String> cardMerchant(String label) {
        Matcher m = CARD_REFUND.matcher(label.strip());
        return m.find() ? Optional.ofNullable(Words.clean(m.group("name"))) : Optional.empty();
    }

    /** A statement column naming only the kind of operation ("GUTSCHR. UEBERW.", "VIR SEPA RECU", "FASTER PAYMENT"). */
    private static final Pattern OPERATION_TYPE = Pattern.compile("(?:[\\p{L}.\\-]*(?:gutschr|[üu]e?berw|lastschr|echtzeit|sepa|vir"
            + "|transfer|credit|bonifico|accredito|giro|payment|receipt|faster|ach|wire|transferencia|abono|bijschrijving"
            + "|overboeking|recu|re[çc]u|inst|instant)[\\p{L}.\\-]*\\.?\\s*)+", FLAGS);

    /**
     * The name alone: without the address after it ("X AG, Bahnhofstrasse 12, 8001 Zürich"), without an operation type
     * before it ("ECHTZEIT-GUTSCHR. X", "RECEIPT FROM X").
     */
    private static String withoutAddress(String payer) {
        if (payer == null || AMOUNT_IN_WORDS.matcher(payer).find() || PRONOUN.matcher(payer.strip()).matches()) {
            // "la somme de trois cent douze euros et quarante centimes": an amount in words is no one's name, nor
            // the "We've" of "We've paid €4,312.18 into your bank account"
            return null;
        }
        String name = payer.replaceFirst(",\\s+(?=[^,]*\\d)(?<=\\p{L}{2},\\s{1,3}).*$", "")
                .replaceFirst("\\s*[(<][^()<>\\s]+@[^()<>\\s]+[)>]\\s*$", "")
                .replaceFirst(STREET_AFTER_NAME, "")
                // "Bakker Bouwadvies (NL48 INGB 0009 3316 72)": the account in brackets
                .replaceFirst("\\s*\\(\\s*[A-Z]{2}\\d{2}(?:\\s?[A-Z0-9]{4}){2,7}(?:\\s?[A-Z0-9]{1,3})?\\s*\\)\\s*$", "")
                // "ASBL X BE71 0961 2345 6769": the payer's account after its name
                .replaceFirst("(?<=\\p{L}{2}\\.?|\\p{L}\\.)\\s+(?:[-–—|,]\\s+)?[A-Z]{2}\\d{2}(?:\\s?[A-Z0-9]{4}){2,7}(?:\\s?[A-Z0-9]{1,3})?\\s*$", "");
        // "de CONCIERGERIE EMERAUDE SAS" under the amount: the lower-case preposition is not part of the name
        name = name.replaceFirst("^(?:de|from|von|van|da|par)\\s+(?=\\p{Lu})", "");
        // a table's day cell before the operation ("jeudi 3 décembre VIR SEPA INST DE X")
        String undated = WEEKDAY.matcher(name).replaceFirst("");
        Optional<DateText.Found> day = DateText.dayMonthAtStart(undated, DateText.LATEST);
        if (day.isPresent() && undated.length() > day.get().end() + 2) {
            name = undated.substring(day.get().end()).strip();
        }
        // "VIR SEPA INST DE M. X": the preposition first, so that a title's dot is not taken for the type's end
        for (Pattern shape : List.of(TYPED_FROM, TYPED_NAME)) {
            Matcher typed = shape.matcher(name);
            if (typed.matches() && (OPERATION_TYPE.matcher(typed.group(1)).matches()
                    || OPERATION_TYPE.matcher(typed.group(1).replaceFirst("(?i)\\s(?:from|von|van|de|da)$", "")).matches())) {
                return typed.group(2);
            }
        }
        return name;
    }

    /** Words standing for a person or a company, never its name: "We've paid …", "Our finance team has sent …". */
    static final Pattern PRONOUN = Pattern.compile("(?i)(?:we|we['’]ve|we['’]re|nous|wir|you|vous|i|je|on|they|ils|elles|our\\s+\\p{L}+)");

    /** "X GmbH Seefeldstrasse 112 8008 Zürich", "X SARL 12 rue de la Paix 75002 Paris": a postal address after the name. */
    private static final String STREET_AFTER_NAME = "(?<=\\p{L}{2}\\.?)\\s+(?:\\p{L}[\\p{L}'.\\-]{0,30}(?i:stra(?:ss|ß)e|str\\.|gasse|weg|platz|allee|ring|damm|ufer|straat|laan|plein)"
            + "\\s\\d{1,4}[a-z]?|\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+\\p{L}[\\p{L}'.\\- ]{2,40})\\s+(?:[A-Z]{1,2}-)?\\d{4,5}\\s+\\p{Lu}\\p{L}.*$";

    private static final Pattern WEEKDAY = Pattern.compile("^\\s*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
            + "|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
            + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\\.?,?\\s+(?=\\d)", FLAGS);
    private static final Pattern TYPED_FROM = Pattern.compile("^(.*?\\s(?:from|von|van|de|da))\\s+(\\p{L}.{1,80})$", FLAGS);

    private static final Pattern TYPED_NAME = Pattern.compile("^(.*?\\.|.*?\\s(?:from|von|van|de|da))\\s+(\\p{L}.{1,80})$", FLAGS);

    /** The label's words before a reference, when they read as a name rather than an operation or a balance. */
    private static String counterparty(String label) {
        String head = LabelFields.head(label);
        if (head == null || head.chars().filter(Character::isLetter).count() < 2 || head.matches(".*\\d{3,}.*")
                || CREDIT.matcher(head).find() || DEBIT.matcher(head).find() || NOT_A_PAYMENT.matcher(head).find()
                || NOT_YET_OR_OFFER.matcher(head).find()) {
            return null;
        }
        return head;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank() && !isPlaceholder(v)) {
                return v;
            }
        }
        return null;
    }

    /** "NOTPROVIDED", "non communiqué", "-": a field the bank fills when the payer gave nothing. */
    private static boolean isPlaceholder(String value) {
        String f = Words.fold(value).replaceAll("[^a-z0-9]", "");
        return f.isEmpty() || Set.of("notprovided", "nonfourni", "noncommunique", "nonrenseigne", "na", "none", "keine",
                "nichtangegeben", "aucun", "aucune", "sansreference", "noreference").contains(f);
    }

    private Optional<BankCredit> fromAlert(String file, String subject, String body, Optional<LocalDate> fallbackDate,
            Currency mailCurrency) {
        String all = subject + "\n" + body;
        Map<String, String> labels = labels(body);
        Optional<Boolean> side = sideLabel(labels).or(() -> creditOrDebit(all));
        if (side.isPresent() && !side.get() && sideLabel(labels).isEmpty()
                && (saysCreditWhereTheMoneyIs(subject, all) || labelsACredit(labels, all))) {
            // a menu ("Virements | Prélèvements") or a fee line ("Frais : EUR 0,00") named a debit before or beside
            // the amount a label says was credited
            side = Optional.of(true);
        }
        Optional<AmountText.Found> loose = side.isEmpty() ? looseCredit(subject, all) : Optional.empty();
        if (!side.orElse(false) && !(side.isEmpty() && (namesWhoPaid(labels, all) || labelsACredit(labels, all) || loose.isPresent()))) {
            return Optional.empty();
        }
        Optional<AmountText.Found> amount = label(labels, CREDIT_AMOUNT_LABELS).flatMap(v -> labelledMoney(all, v))
                .or(() -> label(labels, AMOUNT_LABELS).flatMap(v -> labelledMoney(all, v)))
                .or(() -> amountAfterCredit(all))
                .or(() -> loose)
                .or(() -> moneyAmounts(all).stream().filter(a -> a.amount().signum() > 0 && signed(all, a)).findFirst())
                .or(() -> moneyAmounts(all).stream().findFirst());
        if (amount.isEmpty() || amount.get().amount().signum() <= 0) {
            return Optional.empty();
        }
        Optional<Currency> chosen = amount.get().currency();
        Optional<AmountText.Found> converted = convertedAmount(all).filter(c -> !c.currency().equals(chosen));
        if (converted.isPresent()) {
            amount = converted; // "sent you 1,000.00 GBP … we converted it and added 1,152.30 EUR to your EUR balance"
        }
        Optional<AmountText.Found> net = label(labels, NET_LABELS).flatMap(v -> labelledMoney(all, v));
        if (net.isPresent() && net.get().amount().signum() > 0 && net.get().amount().compareTo(amount.get().amount()) < 0
                && labels.keySet().stream().anyMatch(k -> FEE_LABEL.matcher(k).find())) {
            // "Montant reçu 600,00 / Frais PayPal -17,75 / Montant net 582,25": the account got the net
            amount = net;
        }
        String sentence = sentenceOf(all, amount.get());
        if (periodTotal(all, amount.get())) {
            return Optional.empty();
        }
        // an amount labelled as credited or paid out ("Montant viré") is no bill's, whatever invoice the mail mentions
        int amountAt = amount.get().start();
        boolean creditLabelled = label(labels, CREDIT_AMOUNT_LABELS).flatMap(v -> labelledMoney(all, v))
                .filter(a -> a.start() == amountAt).isPresent();
        if (!creditLabelled && BILL_SIGNAL.matcher(all).find() && !PAYMENT_NOUN.matcher(sentence).find()
                && firstCreditLine(all).map(line -> billOnly(line, line)).orElse(true)) {
            return Optional.empty(); // "Sie haben eine neue eBill erhalten … Fällig am": a bill to pay
        }
        if (NOT_YET_OR_OFFER.matcher(subject).find() || NOT_YET_OR_OFFER.matcher(sentence).find()
                || !creditLabelled && USER_PAID.matcher(subject).find() || USER_PAID.matcher(sentence).find()
                || billOnly(all.substring(lineStart(all, amount.get().start()), amount.get().start()), lineOf(all, amount.get().start()))) {
            return Optional.empty();
        }
        if (REFUND_WORD.matcher(sentence + "\n" + subject).find() && REFUNDED_TO_OTHERS.matcher(all).find()) {
            return Optional.empty(); // the user's customer was refunded, and it comes off the user's next payout
        }
        // "… a été portée au crédit de votre compte le 09/11/2026" over "Date de valeur : 11/11/2026": the day it was
        // booked, as the sentence says, wins over a value date; any other date label wins over the sentence
        Optional<LocalDate> date = label(labels, DATE_LABELS.stream().filter(l -> !VALUE_DATE_LABELS.contains(l)).toList())
                .flatMap(NotificationReader::firstDate)
                .or(() -> label(labels, VALUE_DATE_LABELS).isPresent() ? creditSentenceDate(all, fallbackDate) : Optional.empty())
                .or(() -> label(labels, DATE_LABELS).flatMap(NotificationReader::firstDate))
                .or(() -> dayBefore(label(labels, DATE_LABELS).filter(v -> YESTERDAY.matcher(v.strip()).lookingAt()), fallbackDate))
                .or(() -> dayBefore(firstCreditLine(all).filter(l -> YESTERDAY_IN_SENTENCE.matcher(l).find()), fallbackDate))
                .or(() -> creditSentenceDate(all, fallbackDate)).or(() -> fallbackDate);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        SlashFields fields = SlashFields.byLine(body);
        LabelFields operation = label(labels, OPERATION_LABELS).map(NotificationReader::withoutAmountFirst).map(LabelFields::parse)
                .orElse(new LabelFields(null, null, false));
        String[] segments = segmentsAfterAmount(all);
        String payer = first(payerLabel(labels).filter(v -> !v.contains("@")).map(Words::clean).orElse(null),
                operation.payer(), fields.payer(), payerByPhrase(subject, body).orElse(null), headingPayer(body).orElse(null), segments[0],
                payerAfterAmount(all, amount.get()).orElse(null), payerUnderAmount(all, amount.get()).orElse(null));
        String operationText = operation.transfer() ? null
                : label(labels, OPERATION_LABELS).map(NotificationReader::withoutAmountFirst).map(Words::clean).orElse(null);
        String reference = first(label(labels, REFERENCE_LABELS).or(() -> referenceLabel(labels)).map(Words::clean).orElse(null),
                operation.reference(), fields.reference(), operationText, referenceByPhrase(body).orElse(null),
                quotedNote(body).orElse(null), segments[1], rfReference(all).orElse(null),
                invoiceMentioned(sentence).or(() -> invoiceOnACreditLine(all))
                        .or(() -> invoiceMentioned(subject)).orElse(null));
        if (DEPOSIT.matcher(all).find() && payerLabel(labels).isEmpty()) {
            // cash or cheques the user paid in: no one transferred them, and the slip number is no reference
            payer = null;
            reference = label(labels, REFERENCE_LABELS).map(Words::clean).orElse(null);
        }
        String bankTxId = label(labels, TX_LABELS).map(Words::clean).orElse(fields.bankTxId());
        AmountText.Found found = amount.get();
        // "Montant : 6 312,00" with "Devise : EUR" on its own line
        Currency currency = found.currency().or(() -> label(labels, CURRENCY_LABELS).flatMap(AmountText::currency))
                .orElse(mailCurrency);
        if (found.currency().isEmpty() && kroner(all, found) && !KRONER.contains(currency.getCurrencyCode())) {
            return Optional.empty(); // "kr 450,00": Swedish, Norwegian or Danish, never euros; kept for a person
        }
        String who = withoutAddress(payer);
        String what = stripAbbreviation(reference);
        return toMoney(found.amount(), currency).map(money -> new BankCredit(
                file, date.get(), money, who, what, bankTxId, BankCredit.Source.EMAIL));
    }

    private static final Pattern AMOUNT_IN_WORDS = Pattern.compile("\\b(?:euros?|centimes?|dollars?|cents|pounds|pence)\\b", FLAGS);
    private static final Set<String> KRONER = Set.of("SEK", "NOK", "DKK", "ISK");
    private static final Pattern KR_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])kr\\.?\\s?$");
    private static final Pattern KR_AFTER = Pattern.compile("(?i)^\\s?(?:kr\\.?|:-)(?![\\p{L}])");

    /** An amount written in crowns ("kr 450,00", "450 kr", "1 250:-"), whose country the sign does not tell. */
    private static boolean kroner(String text, AmountText.Found amount) {
        String before = text.substring(Math.max(0, amount.start() - 4), amount.start());
        String after = text.substring(amount.end(), Math.min(text.length(), amount.end() + 4));
        return KR_BEFORE.matcher(before).find() || KR_AFTER.matcher(after).find();
    }

    private static final List<String> CURRENCY_LABELS = List.of("devise", "currency", "wahrung", "valuta", "mena", "moneda", "divisa");
    private static final List<String> SIDE_LABELS = List.of("sens", "side", "credit/debit", "debit/credit", "soll/haben", "s/h",
            "dr/cr", "cr/dr", "sens de l'operation", "type de mouvement");

    /** "Sens : C", "Side: CR": the side a mail labels, whatever words its legend or footer use. */
    private static Optional<Boolean> sideLabel(Map<String, String> labels) {
        return label(labels, SIDE_LABELS).map(Words::fold).map(String::strip).flatMap(v -> CREDIT_SIDES.contains(v) ? Optional.of(true)
                : DEBIT_SIDES.contains(v) ? Optional.of(false) : Optional.empty());
    }

    private static final Pattern REFUND_WORD = Pattern.compile("\\brembours\\w*|\\brefund\\w*|\\berstatt\\w*|\\br[üu]ckerstatt\\w*", FLAGS);
    /** A refund the user gave: to the customer, deducted from what the user will be paid. */
    private static final Pattern REFUNDED_TO_OTHERS = Pattern.compile(String.join("|",
            "\\brembours[ée]e?s?\\s+(?:[àa]\\s+(?:votre|la|le|l['’])\\s*|au\\s+|aux\\s+)(?:client|cliente|acheteur|acheteuse)s?\\b",
            "\\b(?:sera|seront|est|sont|a\\s+[ée]t[ée]|ont\\s+[ée]t[ée])\\s+d[ée]duite?s?\\s+de\\s+(?:votre|ton|vos)\\b",
            "\\brefunded\\s+to\\s+(?:the\\s+|your\\s+)?(?:customer|buyer|shopper)s?\\b|\\b(?:will\\s+be|has\\s+been|was)\\s+deducted\\s+from\\s+your\\b",
            "\\b(?:an\\s+(?:den|die)\\s+(?:kunden|kundin|k[äa]ufer(?:in)?)\\s+(?:zur[üu]ck)?erstattet)\\b|\\bvon\\s+(?:ihrer|deiner)\\s+n[äa]chsten\\s+auszahlung\\s+abgezogen"),
            FLAGS);

    private static final Pattern PAYER_AFTER_AMOUNT = Pattern.compile(
            "^\\s*(?:de|from|von|van|da|de\\s+la\\s+part\\s+de)\\s+(?!(?:votre|your|vos|ton|ihr\\w*|dein\\w*|la|le|les|l['’]|the|un|une|a)\\b)"
                    + "(?<name>\\p{L}[^\\n\\t]{0,80}?)" + NAME_STOP, FLAGS);

    /** "+ 89,90 € de DECATHLON LYON": the payer named right after the credit's amount. */
    private static Optional<String> payerAfterAmount(String text, AmountText.Found amount) {
        int lineEnd = text.indexOf('\n', amount.end());
        String after = text.substring(amount.end(), lineEnd < 0 ? text.length() : lineEnd);
        Matcher m = PAYER_AFTER_AMOUNT.matcher(after);
        if (m.find()) {
            return Optional.ofNullable(Words.clean(m.group("name")));
        }
        // "+ 2 400,00 €   BRASSERIE DU PORT": an app's row, the amount first and the other party after a column gap
        Matcher column = NAME_COLUMN_AFTER_AMOUNT.matcher(after);
        boolean amountFirst = text.substring(lineStart(text, amount.start()), amount.start()).matches("[\\s+]*");
        return amountFirst && column.matches() ? Optional.ofNullable(Words.clean(column.group("name"))) : Optional.empty();
    }

    private static final Pattern NAME_COLUMN_AFTER_AMOUNT = Pattern.compile(
            "^(?:\\s{2,}|\\t)\\s*(?<name>\\p{Lu}[\\p{L}&'’.\\- ]{1,60}?)\\s*$", Pattern.UNICODE_CASE);

    private static final Pattern AMOUNT_FIRST = Pattern.compile("^[+\\-−]?[^\\n]{0,40}?\\s+[–—-]\\s+(?=\\p{L})");

    /** "+1 800,00 € le 30/11/2026 – VIR SEPA STUDIO NEBULEUSE": the operation's label is what follows its amount. */
    private static String withoutAmountFirst(String value) {
        Matcher m = AMOUNT_FIRST.matcher(value);
        return m.find() && AmountText.findAll(value.substring(0, m.end())).stream().anyMatch(a -> a.start() < 3)
                ? value.substring(m.end()) : value;
    }

    /**
     * "+900,00 €" alone on its line with "LEMAIRE CONSULTING" under it, as apps stack a transaction's card: the line
     * under the amount names who paid when it is a short name (no digits, no label, not a sentence, not a quote).
     */
    private static Optional<String> payerUnderAmount(String text, AmountText.Found credit) {
        for (AmountText.Found amount : moneyAmounts(text)) {
            String line = lineOf(text, amount.start());
            int lineEnd = text.indexOf('\n', amount.end());
            if (amount.amount().compareTo(credit.amount()) == 0 && lineEnd > 0
                    && line.replace(text.substring(amount.start(), amount.end()), "").matches("[\\s+]*")) {
                Optional<String> name = nameOnLineAfter(text, lineEnd);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nameOnLineAfter(String text, int lineEnd) {
        int nextEnd = text.indexOf('\n', lineEnd + 1);
        String next = text.substring(lineEnd + 1, nextEnd < 0 ? text.length() : nextEnd).strip();
        if (next.length() < 3 || next.length() > 60 || next.matches(".*[\\d:«»\"“”@].*") || next.matches(".*[.!?]$")
                || next.chars().filter(Character::isLetter).count() < 3 || CREDIT.matcher(next).find() || DEBIT.matcher(next).find()
                || NOT_A_PAYMENT.matcher(next).find() || next.split("\\s+").length > 6) {
            return Optional.empty();
        }
        return Optional.ofNullable(Words.clean(next));
    }

    private static final Pattern SEGMENT_SEPARATOR = Pattern.compile("\\s+[·•|]\\s+");

    /**
     * Push-style lines "Reçu +2 500,00 € · KERIGAN SAS · Facture 12": after the amount's segment come the payer and
     * what they wrote; {null, null} when no line is written that way.
     */
    private static String[] segmentsAfterAmount(String text) {
        String[] best = {null, null};
        for (String line : text.split("\n")) {
            String[] parts = SEGMENT_SEPARATOR.split(line.strip());
            for (int i = 0; i + 1 < parts.length; i++) {
                if (moneyAmounts(parts[i]).isEmpty()) {
                    continue;
                }
                String payer = parts[i + 1].chars().anyMatch(Character::isLetter) && moneyAmounts(parts[i + 1]).isEmpty()
                        ? Words.clean(parts[i + 1]) : null;
                String reference = payer != null && i + 2 < parts.length ? Words.clean(parts[i + 2]) : null;
                if (best[0] == null || best[1] == null && reference != null) {
                    best = new String[] {payer, reference}; // the subject may carry fewer segments than the body
                }
                break;
            }
        }
        return best;
    }

    /** Labels that can only name the party who paid the user (not a merchant, a sender of a request, an account). */
    private static final Set<String> WHO_PAID_LABELS = Set.of("emetteur", "donneur d'ordre", "payeur", "payer",
            "auftraggeber", "zahler", "name des zahlers", "name des auftraggebers", "remitter", "originator", "debtor",
            "debiteur", "zahlungspflichtiger", "ordering customer", "ordering party", "paid by", "nom du payeur",
            "nom du donneur d'ordre", "nom de l'emetteur", "payer name", "name of payer", "emis par", "ordonnateur", "ordinante", "ordenante");

    private static final Set<String> BENEFICIARY_WORDS = Set.of("beneficiaire", "beneficiary", "payee", "recipient",
            "destinataire", "empfanger", "zahlungsempfanger", "creancier", "creditor", "glaubiger", "to", "a");

    /**
     * A mail with no credit or debit words at all that still labels who paid and how much ("Donneur d'ordre : X",
     * "Montant : Y"): a credit, unless anything in it says pending, failed, requested, offered or paid by the user.
     */
    private static boolean namesWhoPaid(Map<String, String> labels, String all) {
        boolean payer = labels.entrySet().stream().anyMatch(e -> WHO_PAID_LABELS.contains(e.getKey())
                && e.getValue().chars().anyMatch(Character::isLetter)
                && !e.getValue().matches("(?iu).*\\b(?:your|votre|vos|ihr|ihre|dein)\\b.*"));
        // a beneficiary beside the payer: the mail may be about the user's own transfer out
        boolean beneficiary = labels.keySet().stream().anyMatch(k -> List.of(k.split("[\\s'’/]+")).stream()
                .anyMatch(BENEFICIARY_WORDS::contains));
        return payer && !beneficiary && label(labels, AMOUNT_LABELS).flatMap(NotificationReader::firstMoney).isPresent()
                && !NOT_YET_OR_OFFER.matcher(all).find() && !USER_PAID.matcher(all).find();
    }

    /**
     * The amount of a credit said in words {@link #CREDIT} does not know ("Überweisung empfangen: 300,00 EUR",
     * "Bonifico in entrata di 120,00 €"): a loose credit word on the amount's line, or in a subject when the mail
     * holds one amount; empty when that line or the subject also names the user's own payment or a bill.
     */
    private static Optional<AmountText.Found> looseCredit(String subject, String all) {
        List<AmountText.Found> amounts = moneyAmounts(all);
        Matcher m = LOOSE_CREDIT.matcher(all);
        while (m.find()) {
            int from = lineStart(all, m.start());
            int lineEnd = all.indexOf('\n', m.start());
            String line = all.substring(from, lineEnd < 0 ? all.length() : lineEnd);
            if (LOOSE_VETO.matcher(line).find() || LOOSE_VETO.matcher(subject).find()) {
                continue;
            }
            for (AmountText.Found found : amounts) {
                boolean sameLine = found.start() >= from && found.end() <= from + line.length();
                boolean inSubject = m.start() < subject.length();
                boolean labelled = label(labels(all), AMOUNT_LABELS).flatMap(NotificationReader::firstMoney)
                        .filter(a -> a.amount().compareTo(found.amount()) == 0).isPresent();
                if (sameLine && !billOnly(all.substring(from, found.start()), line)
                        || inSubject && !billOnly(subject, subject) && labelled
                        || inSubject && !billOnly(subject, subject) && amounts.stream().map(a -> a.amount().stripTrailingZeros()).distinct().count() == 1) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    /** What only a bill to pay says: who issued it, when it falls due, that it awaits the user's approval. */
    private static final Pattern BILL_SIGNAL = Pattern.compile("\\b(?:e-?bills?|rechnungssteller\\w*|biller|f[äa]llig\\s+(?:am|bis)"
            + "|due\\s+(?:on|date|by)|date\\s+d['’][ée]ch[ée]ance|[àa]\\s+r[ée]gler\\s+avant|zahlbar\\s+bis|freigeben|freigabe"
            + "|vervaldatum|fecha\\s+de\\s+vencimiento|scadenza)\\b", FLAGS);

    /** A bill named before the amount, with no word of a payment or of it being paid on its line. */
    private static boolean billOnly(String before, String line) {
        return BILL_NOUN.matcher(before).find() && !PAYMENT_NOUN.matcher(line).find();
    }

    /** "Crédit : 500,00 €" with no credit or debit words elsewhere: a credit, unless anything in the mail vetoes it. */
    private static boolean labelsACredit(Map<String, String> labels, String all) {
        return label(labels, CREDIT_AMOUNT_LABELS).flatMap(NotificationReader::firstMoney).filter(a -> a.amount().signum() > 0)
                .isPresent() && !NOT_YET_OR_OFFER.matcher(all).find() && !USER_PAID.matcher(all).find();
    }

    /** The sentence (within its line) around an amount found in {@code text}. */
    private static String sentenceOf(String text, AmountText.Found amount) {
        int from = lineStart(text, amount.start());
        int lineEnd = text.indexOf('\n', amount.end());
        String line = text.substring(from, lineEnd < 0 ? text.length() : lineEnd);
        int at = amount.start() - from;
        int start = Math.max(line.lastIndexOf(". ", at), line.lastIndexOf("! ", at));
        int end = line.indexOf(". ", at);
        String sentence = line.substring(start < 0 ? 0 : start, end < 0 ? line.length() : end);
        if (start < 0 && from > 0 && Character.isLowerCase(line.stripLeading().isEmpty() ? 'A' : line.stripLeading().charAt(0))) {
            // "… recevez 100 € de prime de bienvenue,\ncrédités sur votre compte dès …": one sentence over two lines
            String previous = lineOf(text, from - 1);
            if (!previous.strip().matches("(?s).*[.!?:]$")) {
                sentence = previous + " " + sentence;
            }
        }
        return sentence;
    }

    /** A date written in the sentence that says the money came in ("a été crédité le 12 novembre 2026"). */
    /** "Buchungsdatum: gestern, 16:48", "hier à 14:02": the day before the mail's. */
    private static final Pattern YESTERDAY = Pattern.compile("(?:gestern|yesterday|hier|gisteren|ayer|ieri)\\b", FLAGS);
    /** "Gestern ist auf Ihrem Konto ein Zahlungseingang gebucht worden" (not the French "hier", German for "here"). */
    private static final Pattern YESTERDAY_IN_SENTENCE = Pattern.compile("\\b(?:gestern|yesterday|gisteren)\\b"
            // the French "hier" in a French sentence of money received (in German it means "here")
            + "|(?=.*\\b(?:re[çc]ue?s?|cr[ée]dit[ée]e?s?|encaiss[ée]e?s?|vir[ée]e?s?)(?![\\p{L}])).*(?<![\\p{L}])hier(?![\\p{L}])", FLAGS);

    private static Optional<LocalDate> dayBefore(Optional<String> saidYesterday, Optional<LocalDate> mailDay) {
        return saidYesterday.isPresent() ? mailDay.map(d -> d.minusDays(1)) : Optional.empty();
    }

    private static Optional<LocalDate> creditSentenceDate(String text, Optional<LocalDate> latest) {
        Matcher credit = CREDIT.matcher(text);
        while (credit.find()) {
            int from = lineStart(text, credit.start());
            int lineEnd = phraseEnd(text, credit);
            List<DateText.Found> dates = DateText.findAll(text.substring(from, lineEnd));
            // "remise de chèques …, déposée le 06/11, a été portée au crédit de votre compte le 09/11": the last phrase
            // of the line followed by a date names the day it was credited
            int phrase = credit.start();
            Matcher later = CREDIT.matcher(text.substring(0, lineEnd));
            while (later.find(phrase + 1) && later.start() < lineEnd) {
                int at = later.start();
                if (dates.stream().noneMatch(d -> from + d.start() >= at)) {
                    break;
                }
                phrase = at;
            }
            int said = phrase;
            // "Opération du 26/11, portée au crédit de votre compte le 27/11": the day the phrase names
            Optional<DateText.Found> after = dates.stream().filter(d -> from + d.start() >= said).findFirst();
            if (after.isPresent() || !dates.isEmpty()) {
                return Optional.of(after.orElse(dates.get(0)).date());
            }
            Optional<LocalDate> yearless = latest.flatMap(day -> DateText.firstYearless(
                    text.substring(credit.end(), lineEnd), day)).map(DateText.Found::date);
            if (yearless.isPresent()) {
                return yearless; // "Credit de 3450,00EUR le 24/11": the year is the mail's
            }
        }
        return Optional.empty();
    }

    /**
     * A rule's match on lines that say debit (and not credit), or a negative amount: a rule learnt from a summary's
     * credit line would otherwise read its debit lines too, and a false credit is the one thing we never do.
     */
    private static boolean saysDebit(String text, Matcher m) {
        int start = m.start();
        while (start < m.end() && text.charAt(start) == '\n') {
            start++; // a rule may begin with the line break before its line
        }
        int from = lineStart(text, start);
        int lineEnd = text.indexOf('\n', Math.max(m.end() - 1, start));
        String lines = text.substring(from, lineEnd < 0 ? text.length() : lineEnd);
        String amount = group(m, "amount");
        int at = m.start("amount");
        String before = text.substring(Math.max(from, at - 2), at).strip();
        boolean negative = amount.strip().matches("^[\\-−].*") || before.endsWith("-") || before.endsWith("−");
        return negative || creditOrDebit(lines).map(credit -> !credit).orElse(false);
    }

    /**
     * The subject, or a line holding a non-zero amount, says credit first: a debit word elsewhere in the mail (a menu, a
     * "Fees: €0.00" line, a footer) does not make it a debit; the amount's own sentence is still vetoed as usual.
     */
    private static boolean saysCreditWhereTheMoneyIs(String subject, String all) {
        return creditOrDebit(subject).orElse(false)
                || creditLines(all).anyMatch(line -> creditOrDebit(line).orElse(false) && holdsMoney(line));
    }

    /** What a sentence introducing a table of payments received names them. */
    private static final Pattern CREDITS_INTRODUCED = Pattern.compile("\\b(?:encaissements?|paiements?\\s+re[çc]us|virements?\\s+re[çc]us"
            + "|r[èe]glements?\\s+re[çc]us|payments?\\s+received|incoming\\s+payments|zahlungseing[äa]nge|gutschriften)\\b", FLAGS);

    /**
     * "Voici le point sur les encaissements de la semaine … :" over a table's heading and its first row: the paragraph
     * that introduces the table says its rows are payments received, and says nothing of debits or of money to come.
     */
    private static boolean introducesCredits(String all, String firstRow) {
        int at = all.indexOf(firstRow);
        if (at < 0) {
            return false;
        }
        List<String> above = new ArrayList<>(List.of(all.substring(0, at).split("\n")));
        while (!above.isEmpty() && above.get(above.size() - 1).isBlank()) {
            above.remove(above.size() - 1);
        }
        if (!above.isEmpty() && moneyAmounts(above.get(above.size() - 1)).isEmpty()
                && !above.get(above.size() - 1).strip().endsWith(":")) {
            above.remove(above.size() - 1); // the table's heading
        }
        List<String> paragraph = new ArrayList<>();
        for (int i = above.size() - 1; i >= 0 && !(above.get(i).isBlank() && !paragraph.isEmpty()); i--) {
            if (!above.get(i).isBlank()) {
                paragraph.add(0, above.get(i));
            }
        }
        String intro = String.join(" ", paragraph).strip();
        return CREDITS_INTRODUCED.matcher(intro).find() && !DEBIT.matcher(intro).find()
                && !NOT_YET_OR_OFFER.matcher(intro).find() && moneyAmounts(intro).isEmpty();
    }

    private static boolean creditSentenceHasAmount(String all) {
        return creditLines(all).anyMatch(NotificationReader::holdsMoney);
    }

    /** The line of each credit phrase, in order (a line with two phrases comes twice). */
    private static java.util.stream.Stream<String> creditLines(String text) {
        return CREDIT.matcher(text).results().map(m -> text.substring(lineStart(text, m.start()), phraseEnd(text, m)));
    }

    /**
     * The end of the line where a credit phrase ends: a phrase may run onto the next line ("nous vous avons versé\nce
     * jour, 19/11/2026, une indemnité de 1 964,20 € … sur votre compte"), and its amount and day are there.
     */
    private static int phraseEnd(String text, java.util.regex.MatchResult phrase) {
        int end = text.indexOf('\n', Math.max(phrase.start(), phrase.end() - 1));
        return end < 0 ? text.length() : end;
    }

    private static boolean holdsMoney(String line) {
        return moneyAmounts(line).stream().anyMatch(a -> a.amount().signum() > 0);
    }

    /** True for a credit, false for a debit, empty when the text says neither; the first signal wins. */
    private static Optional<Boolean> creditOrDebit(String text) {
        Matcher credit = CREDIT.matcher(text);
        Matcher debit = DEBIT.matcher(text);
        boolean isCredit = credit.find();
        boolean isDebit = debit.find();
        if (isCredit && isDebit) {
            return Optional.of(credit.start() < debit.start());
        }
        return isCredit ? Optional.of(true) : isDebit ? Optional.of(false) : Optional.empty();
    }

    private static Optional<AmountText.Found> amountAfterCredit(String text) {
        Matcher credit = CREDIT.matcher(text);
        while (credit.find()) {
            // The amount belongs to the phrase when it is in the same sentence, e.g. "reçu un virement de 470,15 €",
            // also on the line where a phrase written over two lines ends.
            int from = lineStart(text, credit.start());
            String line = text.substring(from, phraseEnd(text, credit));
            for (AmountText.Found found : moneyAmounts(line)) {
                if (found.end() + from > credit.start() && found.amount().signum() > 0) {
                    // placed in the whole text, so that the amount's sentence is the one read for vetoes
                    return Optional.of(new AmountText.Found(found.amount(), found.currency(), from + found.start(),
                            from + found.end()));
                }
            }
        }
        return Optional.empty();
    }

    /** Amounts that look like money (currency or cents) and are not balances, thresholds or totals. */
    static List<AmountText.Found> moneyAmounts(String text) {
        List<AmountText.Found> kept = new ArrayList<>();
        for (AmountText.Found found : outsideDates(text, AmountText.findAll(text), DateText.findAll(text))) {
            String raw = text.substring(found.start(), found.end());
            boolean moneyLike = found.currency().isPresent() || raw.matches("(?s).*[.,]\\d{2}\\D*");
            String before = text.substring(Math.max(lineStart(text, found.start()), found.start() - 40), found.start());
            if (moneyLike && !NOT_A_PAYMENT.matcher(before).find()) {
                kept.add(found);
            }
        }
        return kept;
    }

    /** A label's amount, placed where its value stands in the whole text (its sentence is the one vetoes read). */
    private static Optional<AmountText.Found> labelledMoney(String all, String value) {
        int at = Math.max(all.indexOf(value), 0);
        return firstMoney(value).map(f -> new AmountText.Found(f.amount(), f.currency(), at + f.start(), at + f.end()));
    }

    private static Optional<AmountText.Found> firstMoney(String value) {
        return moneyAmounts(value).stream().findFirst().or(() -> AmountText.findAll(value).stream().findFirst());
    }

    /** "Northwind Labs has paid invoice #DL-448213": the invoice named on any line that says the money came in. */
    private static Optional<String> invoiceOnACreditLine(String text) {
        return creditLines(text).map(NotificationReader::invoiceMentioned).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> firstCreditLine(String text) {
        Matcher credit = CREDIT.matcher(text);
        if (credit.find()) {
            return Optional.of(lineOf(text, credit.start()));
        }
        Matcher loose = LOOSE_CREDIT.matcher(text);
        return loose.find() ? Optional.of(lineOf(text, loose.start())) : Optional.empty();
    }

    static String lineOf(String text, int at) {
        int end = text.indexOf('\n', at);
        return text.substring(lineStart(text, at), end < 0 ? text.length() : end);
    }

    private static int lineStart(String text, int at) {
        return text.lastIndexOf('\n', Math.max(at - 1, 0)) + 1;
    }

    /** A quoted note: its words are what the payer wrote, never the payer's name. */
    private static final Pattern QUOTED_SPAN = Pattern.compile("[«\"“„][^«»\"“”„\n]{0,140}[»\"”“]");

    /** "Votre client X vient de régler", "Your customer X has paid": the merchant's customer is the payer. */
    private static final Pattern PAYER_CUSTOMER = Pattern.compile(
            "\\b(?:votre|your|ihr(?:e)?)\\s+(?:client(?:e)?|customer|kund(?:e|in))\\s+(?!(?:vient|a|has|hat|haben|just|vous|you)\\b)(?<name>\\p{L}[^\\n\\t]{0,80}?)"
                    + "(?=\\s+(?:vient|a|has|hat|haben|just)\\s)", FLAGS);

    /** The payer the body names by a phrase; the subject's only when the body names none or a shorter one. */
    private static Optional<String> payerByPhrase(String subject, String body) {
        Optional<String> inSubject = payerByPhrase(subject).map(NotificationReader::withoutCompanyWord).filter(n -> !n.isBlank());
        Optional<String> inBody = payerByPhrase(body).map(NotificationReader::withoutCompanyWord).filter(n -> !n.isBlank());
        if (inSubject.isPresent() && inBody.isPresent()) {
            // a subject shortens the name ("Thomas vous a envoyé 45 €" above "Thomas Girard vous a envoyé 45,00 €")
            String s = Words.fold(inSubject.get());
            String b = Words.fold(inBody.get());
            return b.length() > s.length() && b.startsWith(s) ? inBody : inSubject;
        }
        return inSubject.or(() -> inBody);
    }

    private static final Pattern COMPANY_WORD = Pattern.compile(
            "^(?:la\\s+soci[ée]t[ée]|la\\s+st[ée]|l['’]entreprise|la\\s+maison|the\\s+company|die\\s+firma|der\\s+firma|la\\s+firma"
                    + "|de\\s+firma|la\\s+empresa|la\\s+ditta|l['’]association)\\s+(?=\\S)", FLAGS);

    /** "de la société ACME SARL": the name is ACME SARL. */
    private static String withoutCompanyWord(String name) {
        return COMPANY_WORD.matcher(name).replaceFirst("");
    }

    private static final Pattern PAYER_IS_SUBJECT = Pattern.compile("^a\\s+effectu", FLAGS);

    private static Optional<String> payerByPhrase(String text) {
        Matcher customer = PAYER_CUSTOMER.matcher(text);
        if (customer.find()) {
            return Optional.ofNullable(Words.clean(customer.group("name")));
        }
        Matcher credit = CREDIT.matcher(text);
        while (credit.find()) {
            if (PAYER_IS_SUBJECT.matcher(credit.group()).find()) {
                continue; // "Cdiscount a effectué le virement correspondant à votre cycle de facturation": named before
            }
            int lineEnd = text.indexOf('\n', credit.end());
            String rest = QUOTED_SPAN.matcher(text.substring(credit.end(), lineEnd < 0 ? text.length() : lineEnd))
                    .replaceAll(" ");
            Matcher m = PAYER_AFTER_CREDIT.matcher(rest);
            if (m.find()) {
                return Optional.ofNullable(Words.clean(m.group("name")));
            }
        }
        Matcher sent = PAYER_BEFORE_SENT.matcher(text);
        if (sent.find()) {
            return Optional.ofNullable(Words.clean(sent.group("name")));
        }
        // "£1,200.00 from X has arrived": the payer before the phrase, after the amount, on the same line.
        credit = CREDIT.matcher(text);
        while (credit.find()) {
            int from = lineStart(text, credit.start());
            String before = text.substring(from, credit.start());
            Matcher m = PAYER_BEFORE_ARRIVED.matcher(before);
            if (m.find()) {
                return Optional.ofNullable(Words.clean(m.group("name")));
            }
        }
        credit = CREDIT.matcher(text);
        while (credit.find()) {
            int from = lineStart(text, credit.start());
            int lineEnd = text.indexOf('\n', credit.start());
            if (lineEnd > 0 && !text.substring(from, lineEnd).strip().matches("(?s).*[.!?:]$")) {
                // the sentence goes on: "… a été crédité le 26 novembre 2026\nd'un virement … émis par X."
                int next = text.indexOf('\n', lineEnd + 1);
                lineEnd = next < 0 ? text.length() : next;
            }
            Matcher m = PAYER_IN_SENTENCE.matcher(text.substring(from, lineEnd < 0 ? text.length() : lineEnd));
            if (m.find()) {
                return Optional.ofNullable(Words.clean(m.group("name")));
            }
        }
        // a credit said in looser words: its payer after the word, on the same line ("Bonifico ricevuto da X")
        Matcher loose = LOOSE_CREDIT.matcher(text);
        while (loose.find()) {
            int lineEnd = text.indexOf('\n', loose.end());
            String rest = QUOTED_SPAN.matcher(text.substring(loose.end(), lineEnd < 0 ? text.length() : lineEnd)).replaceAll(" ");
            Matcher m = PAYER_AFTER_CREDIT.matcher(rest);
            if (m.find()) {
                return Optional.ofNullable(Words.clean(m.group("name")));
            }
            Matcher in = PAYER_IN_SENTENCE.matcher(lineOf(text, loose.start()));
            if (in.find()) {
                return Optional.ofNullable(Words.clean(in.group("name")));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> quotedNote(String text) {
        Matcher m = QUOTED_NOTE.matcher(text);
        return m.find() ? Optional.ofNullable(Words.clean(m.group("value"))) : Optional.empty();
    }

    /** A label that names the payer's words ("Their note", "Message de Marie", "Référence du versement"). */
    private static Optional<String> referenceLabel(Map<String, String> labels) {
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (isReferenceLabel(e.getKey()) && !e.getValue().isBlank()) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private static boolean isReferenceLabel(String folded) {
        List<String> words = List.of(folded.split("[\\s'’.]+"));
        if (words.isEmpty() || words.stream().anyMatch(NOT_REFERENCE_WORDS::contains)) {
            return false;
        }
        return isReferenceWord(words.get(0)) || words.stream().anyMatch(NotificationReader::isReferenceWord)
                && words.stream().noneMatch(PAYER_WORDS::contains);
    }

    /** A reference word, also inside a German compound ("Auszahlungsreferenz", "Überweisungszweck"). */
    private static boolean isReferenceWord(String word) {
        return REFERENCE_WORDS.contains(word) || word.length() > 8 && (word.endsWith("referenz") || word.endsWith("zweck"))
                && !NOT_REFERENCE_WORDS.contains(word);
    }

    /** The rest of a label ("Référence de la transaction : X" read from "Référence"): the phrase is that label. */
    private static final Pattern LABEL_REST = Pattern.compile("^[\\p{L}'’ ]{1,40}?\\s*:\\s");

    private static Optional<String> referenceByPhrase(String text) {
        Matcher m = REFERENCE_PHRASE.matcher(text);
        while (m.find()) {
            if (!LABEL_REST.matcher(m.group("value")).find()) {
                return Optional.ofNullable(Words.clean(m.group("value")));
            }
        }
        return Optional.empty();
    }

    /** "a réglé la facture F-2027-009", "for invoice #5521": the invoice the payment names, when nothing labels one. */
    private static final Pattern INVOICE_MENTION = Pattern.compile("\\b(?:factures?|invoices?|rechnung|factuur|factura|fattura)"
            + "\\s+(?:n[°o]\\.?\\s*|no\\.?\\s+|nr\\.?\\s*|#\\s*)?(?<value>[\\p{L}\\d](?=[\\p{L}\\d\\-/_.]*\\d)[\\p{L}\\d\\-/_.]{1,30})", FLAGS);

    /** "reçu 850€ de Dupont SARL hier pour la F-2026-031": an invoice's code named after "pour", without the word. */
    private static final Pattern FOR_INVOICE = Pattern.compile("\\b(?:pour|for)\\s+(?:la\\s+|le\\s+|ma\\s+|notre\\s+|the\\s+)?"
            + "(?<value>\\p{Lu}{1,5}[-/]?\\d[\\p{L}\\d\\-/_.]{2,30}?)(?=[.,;!)]?(?:\\s|$))", Pattern.UNICODE_CASE);

    private static Optional<String> invoiceMentioned(String text) {
        Matcher m = INVOICE_MENTION.matcher(text);
        if (m.find()) {
            return Optional.ofNullable(Words.clean(m.group("value")));
        }
        Matcher code = FOR_INVOICE.matcher(text);
        return code.find() ? Optional.ofNullable(Words.clean(code.group("value"))) : Optional.empty();
    }

    private static Optional<String> rfReference(String text) {
        Matcher m = RF_REFERENCE.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    private static String stripAbbreviation(String reference) {
        return reference == null ? null : INVOICE_ABBREVIATION.matcher(reference).replaceFirst("");
    }

    /** "Label : value" and "Label<TAB>value" lines, and a known label alone on a line with its value below. */
    private static Map<String, String> labels(String body) {
        Map<String, String> labels = new LinkedHashMap<>();
        String[] lines = body.split("\n");
        for (int i = 0; i < lines.length; i++) {
            // "Donneur d'ordre ........... X": a leader of dots is the label's colon
            lines[i] = DOT_LEADER.matcher(lines[i]).replaceFirst("$1: ");
            // "Acompte reçu (30 %) : 5 400,00 €", "Montant (EUR) : 1 200,00": the label without its aside
            lines[i] = LABEL_ASIDE.matcher(lines[i]).replaceFirst("$1$2");
            if (putSegments(labels, lines[i])) {
                continue;
            }
            Matcher m = LABEL_LINE.matcher(lines[i]);
            if (m.matches()) {
                String value = m.group(2).strip();
                Matcher next = NEXT_LABEL.matcher(value);
                while (next.find()) {
                    if (ALL_LABELS.contains(Words.fold(next.group(1)))) {
                        // two labels on one line, no separator: each keeps its own value
                        labels.putIfAbsent(Words.fold(next.group(1)), value.substring(next.end()).strip());
                        value = value.substring(0, next.start()).strip();
                        break;
                    }
                }
                labels.putIfAbsent(Words.fold(m.group(1)), value);
                continue;
            }
            Matcher gap = LABEL_GAP.matcher(lines[i]);
            if (gap.matches() && ALL_LABELS.contains(Words.fold(gap.group(1)))) {
                labels.putIfAbsent(Words.fold(gap.group(1)), gap.group(2).strip());
                continue;
            }
            Matcher alone = LABEL_ALONE.matcher(lines[i]);
            if (alone.matches() && (ALL_LABELS.contains(Words.fold(alone.group(1)))
                    // "Référence communiquée par le donneur d'ordre" over its value: a short heading, colon or not
                    || (lines[i].strip().endsWith(":") || alone.group(1).strip().split("\\s+").length <= 6)
                    && isReferenceLabel(Words.fold(alone.group(1)))) && i + 1 < lines.length
                    && !lines[i + 1].isBlank()) {
                labels.putIfAbsent(Words.fold(alone.group(1)), lines[i + 1].strip());
            }
        }
        return labels;
    }

    private static final Pattern LABEL_ASIDE = Pattern.compile("^([ \\t]*\\p{L}[\\p{L}'’ .°/\\-]{0,40}?)[ \\t]*\\([^()\\n]{1,20}\\)([ \\t]*(?::|\\t))");
    private static final Pattern DOT_LEADER = Pattern.compile("^([ \\t]*\\p{L}[\\p{L}'’ °/]{0,40}?)[ \\t]*[.…]{3,}[ \\t]*:?[ \\t]*(?=\\S)");
    private static final Pattern NEXT_LABEL = Pattern.compile("\\s+(\\p{Lu}[\\p{L}'’]{2,}(?:\\s[\\p{L}'’]{1,15}){0,3})\\s:\\s",
            Pattern.UNICODE_CASE);
    private static final Pattern LABEL_SEPARATOR = Pattern.compile("\\s+[·•|—–]\\s+");

    /** "Credit: €500.00 — From: ACME Ltd — Reference: INV-22": labels on one line, each its own; false if not so. */
    private static boolean putSegments(Map<String, String> labels, String line) {
        String[] parts = LABEL_SEPARATOR.split(line.strip());
        if (parts.length < 2) {
            return false;
        }
        List<Matcher> fields = new ArrayList<>();
        for (String part : parts) {
            Matcher m = LABEL_LINE.matcher(part);
            if (!m.matches() || !ALL_LABELS.contains(Words.fold(m.group(1)))) {
                return false;
            }
            fields.add(m);
        }
        fields.forEach(m -> labels.putIfAbsent(Words.fold(m.group(1)), m.group(2).strip()));
        return true;
    }

    private static Optional<String> label(Map<String, String> labels, List<String> names) {
        for (String name : names) {
            String value = labels.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static final Set<String> PAYER_WORDS = Set.of("payer", "payeur", "zahler", "zahlers", "auftraggeber",
            "auftraggebers", "absender", "absenders", "emetteur", "expediteur", "remitter", "sender", "debtor", "debiteur",
            "donneur", "ordering", "originator", "zahlungspflichtiger", "payers", "contrepartie", "counterparty", "tegenpartij");
    private static final Set<String> NOT_PAYER_WORDS = Set.of("reference", "ref", "referenz", "montant", "amount", "betrag",
            "date", "datum", "iban", "bic", "account", "compte", "konto", "adresse", "address", "bank", "banque", "email",
            "e-mail", "mail", "telephone", "phone", "pays", "country", "land", "reste", "restant", "due", "a");

    /** A payer label by its words ("Name des Zahlers", "Payer's name", "Nom du payeur"), not an account or address. */
    /** "Paid by: Wire transfer (Fedwire)": how it was paid, not who. */
    private static final Pattern PAYMENT_METHOD = Pattern.compile("^(?:(?:international\\s+|domestic\\s+|incoming\\s+)?(?:wire|bank|ach|sepa|swift"
            + "|faster\\s+payments?|bacs|chaps|card|credit\\s+card|debit\\s+card|virement|carte(?:\\s+bancaire)?|ch[eè]que|check"
            + "|direct\\s+debit|[üu]berweisung|lastschrift|overboeking|instant)(?:\\s+(?:transfer|payment|credit|sepa|instantan[ée]e?|bancaire))?)"
            + "(?:\\s*\\([^)]*\\))?\\s*$", FLAGS);

    private static Optional<String> payerLabel(Map<String, String> labels) {
        Optional<String> exact = PAYER_LABELS.stream().map(labels::get)
                .filter(v -> v != null && !v.isBlank() && !PAYMENT_METHOD.matcher(v.strip()).matches()).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        for (Map.Entry<String, String> e : labels.entrySet()) {
            List<String> words = List.of(e.getKey().split("[\\s'’/]+"));
            if (PAYMENT_METHOD.matcher(e.getValue().strip()).matches()) {
                continue;
            }
            if (words.stream().anyMatch(PAYER_WORDS::contains) && words.stream().noneMatch(NOT_PAYER_WORDS::contains)
                    && !isReferenceLabel(e.getKey()) && !e.getValue().isBlank() && moneyAmounts(e.getValue()).isEmpty()) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> firstDate(String text) {
        List<DateText.Found> dates = DateText.findAll(text);
        if (dates.isEmpty()) {
            dates = DateText.findAll(text, true); // "11/18/2026": only an American date reads at all
        }
        return dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0).date());
    }

    static Optional<Money> toMoney(BigDecimal amount, Currency currency) {
        int scale = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > scale) {
            return Optional.empty(); // a zero line ("0,00 €" in a column) is no credit
        }
        return Optional.of(Money.of(amount.setScale(scale), currency));
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException noSuchGroup) {
            return null;
        }
    }

    /**
     * True when a text that gave no credit still reads like a credit notification: credit words first, an amount,
     * and no offer or announced debit — the mail is then kept for a person rather than dropped.
     */
    boolean looksLikeCredit(String subject, String body) {
        String all = normalize(subject) + "\n" + normalize(body);
        return creditOrDebit(all).orElse(false) && !moneyAmounts(all).isEmpty()
                && !NOT_YET_OR_OFFER.matcher(normalize(subject)).find();
    }

    /** The text the rules are matched against: subject, a line break, the body; spaces and line ends made plain. */
    static String ruleText(String subject, String body) {
        return normalize(subject) + "\n" + normalize(body);
    }

    // a row starts at a day cell; a closing balance after the last row is a line of its own
    private static final Pattern PIPED_DATE = Pattern.compile("[ \\t]+\\|[ \\t]+(?=\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?[ \\t]+\\|"
            + "|(?:solde|balance|saldo|kontostand|total)\\b)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PIPE = Pattern.compile("[ \\t]+\\|[ \\t]+");

    /**
     * "… : 17/11 | PRLV SEPA X | -1 284,00 | 17/11 | VIR SEPA RECU DE Y | +780,00": operations strung on one line by
     * pipes, read as one row each (cells apart by tabs) when the line holds at least two of them.
     */
    private static String pipedRows(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            Matcher m = PIPED_DATE.matcher(line);
            long rows = m.results().count();
            if (rows >= 1 && line.split("[ \\t]+\\|[ \\t]+").length >= 6) {
                String rowsText = PIPED_DATE.matcher(line).replaceAll("\n");
                int firstRow = rowsText.indexOf('\n');
                // the sentence before the first row's date ("Vos opérations du 17/11/2026 : 17/11 | …")
                Matcher head = Pattern.compile(":[ \\t]+(?=\\d{1,2}[/.]\\d{1,2}[ \\t]+\\|)").matcher(rowsText);
                if (head.find() && (firstRow < 0 || head.start() < firstRow)) {
                    rowsText = rowsText.substring(0, head.start() + 1) + "\n" + rowsText.substring(head.end());
                }
                line = PIPE.matcher(rowsText).replaceAll("\t");
            }
            out.append(line).append('\n');
        }
        return out.substring(0, Math.max(out.length() - 1, 0));
    }

    /**
     * "Datum 26.11.2026 | Betrag 275,00 EUR | Auftraggeber: X | Mitteilung: Y": rows of labelled fields, one operation
     * each, on at least two lines; each row becomes a block of "label: value" lines, read as its own alert.
     */
    private static String labelledRows(String body) {
        String[] lines = body.split("\n", -1);
        List<Integer> rows = new ArrayList<>();
        List<List<String>> fields = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String[] parts = LABEL_SEPARATOR.split(lines[i].strip());
            if (parts.length < 3) {
                continue;
            }
            List<String> labelled = new ArrayList<>();
            for (String part : parts) {
                labelledField(part).ifPresent(labelled::add);
            }
            if (labelled.size() == parts.length && AmountText.findAll(lines[i]).size() >= 1) {
                rows.add(i);
                fields.add(labelled);
            }
        }
        if (rows.size() < 2) {
            return body;
        }
        for (int k = 0; k < rows.size(); k++) {
            lines[rows.get(k)] = "\n" + String.join("\n", fields.get(k)) + "\n";
        }
        return String.join("\n", lines);
    }

    /** "Betrag 275,00 EUR" or "Mitteilung: Y" as "label: value", when its first words are a known label. */
    private static Optional<String> labelledField(String part) {
        Matcher colon = LABEL_LINE.matcher(part);
        if (colon.matches() && ALL_LABELS.contains(Words.fold(colon.group(1)))) {
            return Optional.of(colon.group(1).strip() + ": " + colon.group(2).strip());
        }
        String[] words = part.strip().split("\\s+");
        for (int n = Math.min(4, words.length - 1); n >= 1; n--) {
            String label = String.join(" ", List.of(words).subList(0, n));
            if (ALL_LABELS.contains(Words.fold(label))) {
                return Optional.of(label + ": " + String.join(" ", List.of(words).subList(n, words.length)));
            }
        }
        return Optional.empty();
    }

    /**
     * "05/11/2026  Virement européen reçu" over its counterparty and communication lines, then "+ 1.815,00 EUR" alone:
     * each operation's amount is moved up to its dated line, so that it reads as a statement row with its continuation.
     */
    private static String amountsBelow(String body) {
        List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            List<DateText.Found> dates = DateText.findAll(line);
            if (dates.isEmpty() || !line.substring(0, dates.get(0).start()).isBlank() || !moneyAmounts(line).isEmpty()
                    || line.substring(dates.get(0).end()).chars().filter(Character::isLetter).count() < 3) {
                continue;
            }
            for (int j = i + 1; j < lines.size() && j <= i + 4; j++) {
                String next = lines.get(j);
                if (next.isBlank() || !next.matches("^[ \t]+\\S.*") || !DateText.findAll(next).isEmpty()) {
                    break;
                }
                Optional<AmountText.Found> alone = AmountText.parse(next.strip());
                if (alone.isPresent() && (alone.get().currency().isPresent() || next.strip().matches("^[+\\-−].*"))) {
                    lines.set(i, line.stripTrailing() + "   " + next.strip());
                    lines.remove(j);
                    break;
                }
                if (!moneyAmounts(next).isEmpty()) {
                    break;
                }
            }
        }
        return String.join("\n", lines);
    }

    private static final Pattern SIGNED_AMOUNT_AFTER = Pattern.compile("(?:[:;]|\\s/)\\s+(?=[+\\-−]\\s?\\d)");
    private static final Pattern BALANCE_AFTER = Pattern.compile(
            "\\.\\s+(?=(?:nouveau\\s+)?(?:solde|balance|saldo|kontostand)\\b)", FLAGS);

    /**
     * "2 operations creditrices le mar. 13/10 : +320,00E VIR DE X MOTIF Y / +1 050,00E VIR DE Z. Solde : …": an SMS
     * stringing signed operations on one line, read as one row each, the balance after them on its own line.
     */
    private static String strungOperations(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            if (SIGNED_AMOUNT_AFTER.matcher(line).results().count() >= 2) {
                line = BALANCE_AFTER.matcher(SIGNED_AMOUNT_AFTER.matcher(line).replaceAll(m -> m.group().charAt(0) == ' '
                        ? "\n" : Matcher.quoteReplacement(m.group().substring(0, 1)) + "\n")).replaceAll(".\n");
            }
            out.append(line).append('\n');
        }
        return out.substring(0, Math.max(out.length() - 1, 0));
    }

    static String normalize(String text) {
        return Fold.plainSpaces(text);
    }

    private static Set<String> allLabels() {
        List<String> all = new ArrayList<>();
        all.addAll(PAYER_LABELS);
        all.addAll(REFERENCE_LABELS);
        all.addAll(TX_LABELS);
        all.addAll(AMOUNT_LABELS);
        all.addAll(CREDIT_AMOUNT_LABELS);
        all.addAll(DATE_LABELS);
        all.addAll(OPERATION_LABELS);
        return Set.copyOf(all);
    }
}
